/* Unit tests: answers written as YAML (answers.h), over the shipped content. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/answers.h"
#include "tipcheck/loader.h"

static struct content *c;

static const struct checklist *list(const char *id)
{
	const struct checklist *cl = content_checklist(c, id);

	assert_non_null(cl);
	return cl;
}

/* Reads s for the checklists ids (NULL-terminated); returns the errors. */
static struct diag_list read_for(const char *s, size_t len, enum answer *a, const char *id, ...)
{
	const struct checklist *lists[8];
	struct diag_list d;
	size_t n = 0;
	va_list ap;

	va_start(ap, id);
	for (; id && n < 8; id = va_arg(ap, const char *))
		lists[n++] = list(id);
	va_end(ap);
	diag_list_init(&d, 0);
	memset(a, 0, c->n_items * sizeof *a);
	answers_read(c, lists, n, s, len, "<stdin>", a, &d);
	return d;
}

static void reads_keys_and_bare_ids(void **state)
{
	enum answer *a = calloc(c->n_items, sizeof *a);
	static const char in[] = "\xef\xbb\xbfgeneral.cannot-leave: yes\nfrom-another-country: no\n";
	struct diag_list d = read_for(in, sizeof in - 1, a, "general", NULL);

	(void)state;
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(a[content_item(c, "general.cannot-leave", NULL)->index], ANSWER_YES);
	assert_int_equal(a[content_item(c, "general.from-another-country", NULL)->index],
			 ANSWER_NO);
	diag_list_free(&d);
	free(a);
}

static void reports_every_problem_with_its_position(void **state)
{
	enum answer *a = calloc(c->n_items, sizeof *a);
	static const char in[] = "abuse-beliefs: yes\n"		/* in two checklists */
				 "nothing\xe2\x80\xae: no\n"		/* unknown, U+202E */
				 "general.cannot-leave: maybe\n"	/* invalid answer */
				 "general.from-another-country: no\n"
				 "from-another-country: yes\n";	/* the same item again */
	struct diag_list d = read_for(in, sizeof in - 1, a, "labour-adult", "sexual-adult",
				      "general", NULL);

	(void)state;
	assert_int_equal(d.n_errors, 4);
	assert_int_equal(d.v[0].line, 1);
	assert_non_null(strstr(d.v[0].message, "more than one checklist"));
	assert_int_equal(d.v[1].line, 2);
	assert_non_null(strstr(d.v[1].message, "unknown item"));
	assert_int_equal(d.v[2].line, 3);
	assert_int_equal(d.v[2].col, 23);
	assert_non_null(strstr(d.v[2].message, "invalid answer 'maybe'"));
	assert_int_equal(d.v[3].line, 5);
	assert_non_null(strstr(d.v[3].message, "first given on line 4"));
	assert_int_equal(a[content_item(c, "general.from-another-country", NULL)->index],
			 ANSWER_NO);
	diag_list_free(&d);
	d = read_for("- a list\n", 9, a, "general", NULL);
	assert_int_equal(d.n_errors, 1);
	assert_non_null(strstr(d.v[0].message, "expected a mapping"));
	diag_list_free(&d);
	d = read_for("a: \x01\n", 5, a, "general", NULL);
	assert_int_equal(d.n_errors, 1);
	assert_int_equal(d.v[0].col, 4);
	diag_list_free(&d);
	free(a);
}

static int setup(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d;

	(void)state;
	diag_list_init(&d, 0);
	c = loader_load(src ? src : ".", &d);
	diag_list_free(&d);
	return c ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	content_free(c);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_keys_and_bare_ids),
		cmocka_unit_test(reports_every_problem_with_its_position),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
