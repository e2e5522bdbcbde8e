/* Unit tests: display widths and word wrapping. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/text.h"

static void widths(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc"), 3);
	assert_int_equal(text_width("Привет"), 6);	/* Cyrillic: 1 each */
	assert_int_equal(text_width("日本語"), 6);	/* CJK: 2 each */
	assert_int_equal(text_width("e\xcc\x81"), 1);	/* e + combining acute */
	assert_int_equal(text_width("\xff"), 1);	/* a bad byte: one column */
}

static void utf8_validity(void **state)
{
	(void)state;
	assert_true(text_valid_utf8("ñ日", strlen("ñ日")));
	assert_false(text_valid_utf8("\xc3", 1));		/* truncated */
	assert_false(text_valid_utf8("\xc0\xaf", 2));		/* overlong */
	assert_false(text_valid_utf8("\xed\xa0\x80", 3));	/* surrogate */
}

/* Every wrapped line fits and words are kept whole where they fit. */
static void wrap_words(void **state)
{
	struct text_line *l;
	const char *s = "one two three four";
	size_t n = text_wrap(s, 10, &l);

	(void)state;
	assert_int_equal(n, 2);
	assert_int_equal(l[0].len, 7);		/* "one two" */
	assert_memory_equal(s + l[1].start, "three four", 10);
	free(l);
}

static void wrap_wide(void **state)
{
	struct text_line *l;
	size_t n = text_wrap("日本語の文章", 5, &l);

	(void)state;
	assert_int_equal(n, 3);			/* 2+2 columns a line */
	for (size_t i = 0; i < n; i++)
		assert_true(l[i].width <= 5);
	free(l);
}

static void wrap_newlines_and_long_words(void **state)
{
	struct text_line *l;
	size_t n = text_wrap("a\n\nbcdefgh", 3, &l);

	(void)state;
	assert_int_equal(n, 5);			/* a, blank, bcd, efg, h */
	assert_int_equal(l[1].len, 0);
	assert_int_equal(l[4].len, 1);
	free(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(widths),
		cmocka_unit_test(utf8_validity),
		cmocka_unit_test(wrap_words),
		cmocka_unit_test(wrap_wide),
		cmocka_unit_test(wrap_newlines_and_long_words),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
