/* Unit tests: words found without case (fold.c) and content_check_has_word(). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "src/content/fold.h"
#include "tipcheck/content_check.h"

/* fold_starts() with w folded first, as its callers do. */
static bool starts(const char *text, const char *word)
{
	char *w = fold_copy(word);
	bool r = fold_starts(text, w, strlen(w));

	free(w);
	return r;
}

static void copy(void **state)
{
	static const char *const cases[][2] = {
		{ "Hit, HURT 42", "hit, hurt 42" },
		{ "FRAPPÉ À Ø Þ", "frappé à ø þ" },
		/* × is no letter; ß and ÿ have no upper case here. */
		{ "×ßÿ", "×ßÿ" },
		{ "ЕГО БИЛИ ЁЖ Ђ", "его били ёж ђ" },
		{ "Ωμέγα 中文", "Ωμέγα 中文" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *f = fold_copy(cases[i][0]);

		assert_string_equal(f, cases[i][1]);
		assert_int_equal(strlen(f), strlen(cases[i][0]));
		free(f);
	}
}

static void starts_without_case(void **state)
{
	(void)state;
	assert_true(starts("Beaten badly", "beaten"));
	assert_true(starts("BeAtEn", "BEATEN"));
	assert_true(starts("FRAPPÉ", "frappé"));
	assert_true(starts("Frappé", "FRAPPÉ"));
	assert_true(starts("БИЛИ его", "били"));
	assert_true(starts("Ёжик", "ёж"));
	/* Only a prefix is asked: the word may go on in the text. */
	assert_true(starts("threatened", "threaten"));
	assert_false(starts("threat", "threaten"));
	assert_false(starts("", "a"));
	assert_false(starts("frappe", "frappé"));
	assert_false(starts("билет", "били"));
	/* A different letter with the same first byte in UTF-8. */
	assert_false(starts("Би", "бю"));
}

static void heads(void **state)
{
	(void)state;
	assert_int_equal(fold_head("AbCdE"), 'a' | 'b' << 8 | 'c' << 16 | (unsigned)'d' << 24);
	assert_int_equal(fold_head("Ab"), 'a' | 'b' << 8);
	assert_int_equal(fold_head(""), 0);
	/* É is C3 89, folded é C3 A9; Б is D0 91, folded б D0 B1. */
	assert_int_equal(fold_head("xÉБ"), 'x' | 0xc3 << 8 | 0xa9 << 16 | 0xd0u << 24);
	assert_int_equal(fold_head2("Éa"), 0xc3 | 0xa9 << 8);
	assert_int_equal(fold_head2("AB"), 'a' | 'b' << 8);
	assert_int_equal(fold_head2("Z"), 'z');
	assert_int_equal(fold_head2("aР"), 'a' | 0xd1 << 8);
}

static void next_start(void **state)
{
	const char *t = "He was bEaten, Его-били ß2x!";
	static const char *const want[] = {
		"was bEaten, Его-били ß2x!", "bEaten, Его-били ß2x!", " Его-били ß2x!",
		"Его-били ß2x!", "били ß2x!", "ß2x!", "",
	};
	const char *p = t;

	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		p = fold_next_start(p);
		assert_string_equal(p, want[i]);
	}
}

static void has_word(void **state)
{
	(void)state;
	assert_true(content_check_has_word("He was Beaten.", "beaten"));
	assert_true(content_check_has_word("HE WAS BEATEN", "Beaten"));
	assert_false(content_check_has_word("upbeaten", "beaten"));
	assert_false(content_check_has_word("up2beaten", "beaten"));
	assert_true(content_check_has_word("up-beaten", "beaten"));
	assert_true(content_check_has_word("keeps the person's passport", "person's passport"));
	assert_true(content_check_has_word("Le travail, FRAPPÉ", "frappé"));
	/* É is a letter: no word starts after it. */
	assert_false(content_check_has_word("ÉFRAPPÉ", "frappé"));
	assert_true(content_check_has_word("«Frappé»", "FRAPPÉ"));
	assert_true(content_check_has_word("Его БИЛИ", "били"));
	assert_true(content_check_has_word("Его, Бьют", "бьют"));
	assert_false(content_check_has_word("билет", "били"));
	assert_false(content_check_has_word("ЖБИЛИ", "били"));
	/* Greek is a letter too, though not folded. */
	assert_false(content_check_has_word("Ωbeaten", "beaten"));
	assert_true(content_check_has_word("golpea a", "golpea "));
	assert_false(content_check_has_word("golpea", "golpea "));
	assert_false(content_check_has_word("", "x"));
	assert_false(content_check_has_word("x", ""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(copy),
		cmocka_unit_test(starts_without_case),
		cmocka_unit_test(heads),
		cmocka_unit_test(next_start),
		cmocka_unit_test(has_word),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
