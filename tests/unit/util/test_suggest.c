/* Unit tests: "did you mean" by edit distance. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/suggest.h"

static void distances(void **state)
{
	(void)state;
	assert_int_equal(suggest_distance("", ""), 0);
	assert_int_equal(suggest_distance("list", "list"), 0);
	assert_int_equal(suggest_distance("labor-adult", "labour-adult"), 1);	/* insertion */
	assert_int_equal(suggest_distance("printt", "print"), 1);		/* deletion */
	assert_int_equal(suggest_distance("chack", "check"), 1);		/* substitution */
	assert_int_equal(suggest_distance("lsit", "list"), 1);			/* swap */
	assert_int_equal(suggest_distance("", "abc"), 3);
	assert_int_equal(suggest_distance("kitten", "sitting"), 3);
}

static void too_long(void **state)
{
	char big[SUGGEST_MAX_LEN + 2];

	(void)state;
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_true(suggest_distance(big, "a") == SIZE_MAX);
	big[SUGGEST_MAX_LEN] = '\0';		/* exactly the limit: measured */
	assert_int_equal(suggest_distance(big, big), 0);
}

static const char *best_of(const char *word, const char *const *candidates)
{
	struct suggest s;

	suggest_init(&s, word);
	for (; *candidates; candidates++)
		suggest_add(&s, *candidates);
	return suggest_best(&s);
}

static const char *const commands[] = { "screen", "assess", "print", "train", "list",
					"check", NULL };
static const char *const checklists[] = { "safety", "general", "labour-adult",
					  "sexual-adult", "child", NULL };

static void suggestions(void **state)
{
	(void)state;
	assert_string_equal(best_of("labor-adult", checklists), "labour-adult");
	assert_string_equal(best_of("lsit", commands), "list");
	assert_string_equal(best_of("prnt", commands), "print");
	assert_string_equal(best_of("sceen", commands), "screen");
	assert_string_equal(best_of("chld", checklists), "child");
	/* Nothing close: no guess. */
	assert_null(best_of("frobnicate", commands));
	assert_null(best_of("xx", commands));
	assert_null(best_of("zz", (const char *const[]){ "en", "es", "fr", "ru", NULL }));
	/* The word itself is no suggestion. */
	assert_null(best_of("list", commands));
	/* No candidates. */
	assert_null(best_of("list", (const char *const[]){ NULL }));
}

/* Of two at the same distance, the first added wins (content order). */
static void ties(void **state)
{
	(void)state;
	assert_string_equal(best_of("ab", (const char *const[]){ "ax", "ay", NULL }), "ax");
	assert_string_equal(best_of("ab", (const char *const[]){ "ay", "ax", NULL }), "ay");
}

/* The tolerance grows with the word: three edits on a long id. */
static void tolerance(void **state)
{
	(void)state;
	assert_string_equal(best_of("sexualadlt", checklists), "sexual-adult");
	assert_null(best_of("sxuaadlt", checklists));
	assert_null(best_of("chi", (const char *const[]){ "ru", NULL }));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(distances),
		cmocka_unit_test(too_long),
		cmocka_unit_test(suggestions),
		cmocka_unit_test(ties),
		cmocka_unit_test(tolerance),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
