/* Unit tests: plural categories by language and tr_ui_n's choice of form. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "tipcheck/catalog.h"
#include "tipcheck/plural.h"

struct want {
	const char *lang;
	unsigned long n;
	enum plural_category c;
};

static void categories(void **state)
{
	static const struct want cases[] = {
		{ "en", 0, PLURAL_OTHER }, { "en", 1, PLURAL_ONE }, { "en", 2, PLURAL_OTHER },
		{ "en", 11, PLURAL_OTHER }, { "en", 21, PLURAL_OTHER },
		{ "es", 0, PLURAL_OTHER }, { "es", 1, PLURAL_ONE }, { "es", 5, PLURAL_OTHER },
		{ "es", 1000000, PLURAL_MANY }, { "es", 1000001, PLURAL_OTHER },
		{ "fr", 0, PLURAL_ONE }, { "fr", 1, PLURAL_ONE }, { "fr", 2, PLURAL_OTHER },
		{ "fr", 2000000, PLURAL_MANY },
		{ "ru", 1, PLURAL_ONE }, { "ru", 21, PLURAL_ONE }, { "ru", 101, PLURAL_ONE },
		{ "ru", 11, PLURAL_MANY }, { "ru", 2, PLURAL_FEW }, { "ru", 4, PLURAL_FEW },
		{ "ru", 22, PLURAL_FEW }, { "ru", 12, PLURAL_MANY }, { "ru", 14, PLURAL_MANY },
		{ "ru", 0, PLURAL_MANY }, { "ru", 5, PLURAL_MANY }, { "ru", 111, PLURAL_MANY },
		{ "uk", 3, PLURAL_FEW }, { "uk", 11, PLURAL_MANY }, { "uk", 21, PLURAL_ONE },
		{ "pl", 1, PLURAL_ONE }, { "pl", 21, PLURAL_MANY }, { "pl", 22, PLURAL_FEW },
		{ "pl", 5, PLURAL_MANY },
		{ "ro", 1, PLURAL_ONE }, { "ro", 0, PLURAL_FEW }, { "ro", 19, PLURAL_FEW },
		{ "ro", 20, PLURAL_OTHER }, { "ro", 101, PLURAL_FEW }, { "ro", 120, PLURAL_OTHER },
		{ "ar", 0, PLURAL_ZERO }, { "ar", 1, PLURAL_ONE }, { "ar", 2, PLURAL_TWO },
		{ "ar", 3, PLURAL_FEW }, { "ar", 10, PLURAL_FEW }, { "ar", 11, PLURAL_MANY },
		{ "ar", 99, PLURAL_MANY }, { "ar", 100, PLURAL_OTHER }, { "ar", 103, PLURAL_FEW },
		{ "tl", 1, PLURAL_ONE }, { "tl", 4, PLURAL_OTHER }, { "tl", 10, PLURAL_ONE },
		{ "fa", 0, PLURAL_ONE }, { "fa", 2, PLURAL_OTHER },
		{ "zh", 1, PLURAL_OTHER }, { "vi", 1, PLURAL_OTHER }, { "th", 2, PLURAL_OTHER },
		{ "bg", 1, PLURAL_ONE }, { "sq", 2, PLURAL_OTHER },
		/* The language part decides; no row: English. */
		{ "ru-RU", 3, PLURAL_FEW }, { "es_MX.UTF-8", 1, PLURAL_ONE },
		{ "zh-Hans", 1, PLURAL_OTHER }, { "pt-PT", 1000000, PLURAL_MANY },
		{ "de", 0, PLURAL_OTHER }, { NULL, 1, PLURAL_ONE },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (plural_category(cases[i].lang, cases[i].n) != cases[i].c)
			fail_msg("%s %lu: %s, not %s", cases[i].lang ? cases[i].lang : "NULL",
				 cases[i].n,
				 plural_category_to_str(plural_category(cases[i].lang, cases[i].n)),
				 plural_category_to_str(cases[i].c));
	assert_true(plural_has_category("ru", PLURAL_FEW));
	assert_false(plural_has_category("es", PLURAL_FEW));
	assert_true(plural_has_category("xx", PLURAL_OTHER));
	/* What a counted string must have: millions-only "many" is not. */
	assert_true(plural_has_category("es", PLURAL_MANY));
	assert_false(plural_needs_category("es", PLURAL_MANY));
	assert_false(plural_needs_category("fr", PLURAL_MANY));
	assert_true(plural_needs_category("ru", PLURAL_MANY));
	assert_true(plural_needs_category("ru", PLURAL_OTHER));
	assert_true(plural_needs_category("ar", PLURAL_ZERO));
	assert_true(plural_needs_category("ro", PLURAL_FEW));
	assert_false(plural_needs_category("zh", PLURAL_ONE));
}

static void key_split(void **state)
{
	size_t base;
	enum plural_category c;

	(void)state;
	assert_true(plural_key_split("ui.x.few", &base, &c));
	assert_int_equal(base, 4);
	assert_int_equal(c, PLURAL_FEW);
	assert_false(plural_key_split("ui.x.title", &base, &c));
	assert_false(plural_key_split("other", &base, &c));
}

/* Catalogs made by hand, entries sorted by key as the loader leaves them. */
#define E(key, text) { (char *)(key), (char *)(text), { 0 } }
static struct catalog_entry en_entries[] = {
	E("ui.signs.one", "{count} sign"),
	E("ui.signs.other", "{count} signs"),
	E("ui.weeks.one", "{count} week"),
	E("ui.weeks.other", "{count} weeks"),
};
static struct catalog_entry ru_entries[] = {
	E("ui.signs.few", "{count} признака"),
	E("ui.signs.many", "{count} признаков"),
	E("ui.signs.one", "{count} признак"),
	E("ui.signs.other", "{count} признака (other)"),
};
static struct catalog_entry fr_entries[] = {
	E("ui.signs.other", "{count} signes"),
};
static struct catalog en = { .lang = (char *)"en", .entries = en_entries, .n_entries = 4 };
static struct catalog ru = { .lang = (char *)"ru", .entries = ru_entries, .n_entries = 4 };
static struct catalog fr = { .lang = (char *)"fr", .entries = fr_entries, .n_entries = 1 };

static void forms(void **state)
{
	struct tr t_ru = { NULL, &ru, &en }, t_fr = { NULL, &fr, &en }, t_en = { NULL, &en, &en };
	const char *lang;

	(void)state;
	assert_string_equal(tr_ui_n(&t_ru, "ui.signs", 1, &lang), "{count} признак");
	assert_string_equal(lang, "ru");
	assert_string_equal(tr_ui_n(&t_ru, "ui.signs", 3, NULL), "{count} признака");
	assert_string_equal(tr_ui_n(&t_ru, "ui.signs", 5, NULL), "{count} признаков");
	assert_string_equal(tr_ui_n(&t_ru, "ui.signs", 11, NULL), "{count} признаков");
	/* Russian lacks the key: English, by the English rule. */
	assert_string_equal(tr_ui_n(&t_ru, "ui.weeks", 1, &lang), "{count} week");
	assert_string_equal(lang, "en");
	assert_string_equal(tr_ui_n(&t_ru, "ui.weeks", 3, NULL), "{count} weeks");
	/* French has only "other": its own other, also for one. */
	assert_string_equal(tr_ui_n(&t_fr, "ui.signs", 1, &lang), "{count} signes");
	assert_string_equal(lang, "fr");
	assert_string_equal(tr_ui_n(&t_en, "ui.signs", 0, NULL), "{count} signs");
	assert_string_equal(tr_ui_n(&t_en, "ui.signs", 1, NULL), "{count} sign");
	/* No form at all: the key. */
	assert_string_equal(tr_ui_n(&t_en, "ui.none", 2, &lang), "ui.none");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(categories),
		cmocka_unit_test(key_split),
		cmocka_unit_test(forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
