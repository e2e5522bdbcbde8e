/* Unit tests: translation look-ups, fallback, formatting, percentages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/catalog.h"
#include "tipcheck/loader.h"
#include "tipcheck/xalloc.h"

static struct content *content;

static int setup(void **state)
{
	char *dir = xasprintf("%s/tests/malformed/base", getenv("TIPCHECK_SRC"));
	struct diag_list d;

	(void)state;
	diag_list_init(&d, 100);
	content = loader_load(dir, &d);
	diag_list_free(&d);
	free(dir);
	return content ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	content_free(content);
	return 0;
}

static void init_spellings(void **state)
{
	struct tr t;

	(void)state;
	assert_true(tr_init(&t, content, "es"));
	assert_string_equal(tr_lang(&t), "es");
	assert_true(tr_init(&t, content, "es_ES.UTF-8"));
	assert_string_equal(tr_lang(&t), "es");
	assert_true(tr_init(&t, content, "es-ES"));
	assert_true(tr_init(&t, content, "es_MX@euro"));
	assert_true(tr_init(&t, content, "en_GB.UTF-8"));
	assert_string_equal(tr_lang(&t), "en");
	assert_false(tr_init(&t, content, "fr"));
	assert_string_equal(tr_lang(&t), "en");
	assert_false(tr_init(&t, content, NULL));
	assert_false(tr_init(&t, content, "C.UTF-8"));
	assert_false(tr_init(&t, content, "POSIX"));
}

static void fallback(void **state)
{
	struct tr t;
	const struct item *it = content_item(content, "work.cannot-leave", NULL);

	(void)state;
	tr_init(&t, content, "es");
	assert_string_equal(tr_ui(&t, "ui.hello"), "Hola {name}");
	assert_string_equal(tr_ui(&t, "ui.bye"), "Goodbye");		/* English */
	assert_string_equal(tr_ui(&t, "ui.none"), "ui.none");		/* the key */
	assert_string_equal(tr_text(&t, it->key, "sign", it->sign), "La persona no puede irse.");
	assert_string_equal(tr_text(&t, it->key, "guidance", it->guidance), "Ask gently.");
	assert_null(tr_text(&t, "work.lives-at-work", "ask", NULL));
	assert_string_equal(tr_text(&t, "farm", "debrief.2", "x"), "Anote la puerta cerrada.");
	assert_true(tr_has(&t, "work.title"));
	assert_false(tr_has(&t, "ui.bye"));
	tr_init(&t, content, "en");
	assert_string_equal(tr_text(&t, it->key, "sign", it->sign), it->sign);
	assert_string_equal(catalog_get(t.en, "ui.bye"), "Goodbye");
	assert_null(catalog_get(t.en, "ui.zzz"));
}

static void format(void **state)
{
	const char *names[] = { "name", "count" };
	const char *values[] = { "Ana", "3" };
	char *s;

	(void)state;
	s = tr_format("Hello {name}, {count} left; {other} {{name} {", names, values, 2);
	assert_string_equal(s, "Hello Ana, 3 left; {other} {name} {");
	free(s);
	s = tr_format("", names, values, 2);
	assert_string_equal(s, "");
	free(s);
	s = tr_format("{count}{count}", names, values, 2);
	assert_string_equal(s, "33");
	free(s);
}

static void percent_and_missing(void **state)
{
	size_t total, missing;

	(void)state;
	assert_int_equal(catalog_percent(content, content_catalog(content, "en")), 100);
	missing = catalog_missing(content, content_catalog(content, "es"), NULL, NULL, &total);
	/* es has 4 of the 2 ui + content keys. */
	assert_int_equal(total - missing, 4);
	assert_int_equal(catalog_percent(content, content_catalog(content, "es")),
			 (unsigned)(4 * 100 / total));
}

static void env_lang(void **state)
{
	(void)state;
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LC_MESSAGES", "", 1);
	setenv("LANG", "es_ES.UTF-8", 1);
	assert_string_equal(tr_env_lang(), "es_ES.UTF-8");
	setenv("LC_MESSAGES", "fr_FR", 1);
	assert_string_equal(tr_env_lang(), "fr_FR");
	setenv("LC_ALL", "pt_BR", 1);
	assert_string_equal(tr_env_lang(), "pt_BR");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "POSIX", 1);
	assert_null(tr_env_lang());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(init_spellings),
		cmocka_unit_test(fallback),
		cmocka_unit_test(format),
		cmocka_unit_test(percent_and_missing),
		cmocka_unit_test(env_lang),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
