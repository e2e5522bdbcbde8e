/* Unit tests: safe echo of user-supplied text, and diagnostics printed through it. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/diag.h"
#include "tipcheck/echo.h"

static void assert_escaped(const char *in, const char *want)
{
	char *got = echo_escape(in);

	assert_string_equal(got, want);
	free(got);
}

static void controls_and_bidi(void **state)
{
	(void)state;
	assert_escaped("labour.no-pay", "labour.no-pay");
	assert_escaped("Привет 日本 ñ", "Привет 日本 ñ");		/* text passes */
	assert_escaped("abc\xe2\x80\xae" "cba", "abc<U+202E>cba");	/* right-to-left override */
	assert_escaped("\xe2\x81\xa6x\xe2\x81\xa9", "<U+2066>x<U+2069>");	/* isolates */
	assert_escaped("\xe2\x80\x8f\xe2\x80\x8e\xd8\x9c", "<U+200F><U+200E><U+061C>");
	assert_escaped("\xe2\x80\xa8", "<U+2028>");			/* line separator */
	assert_escaped("\x1b[31mred", "<U+001B>[31mred");		/* terminal escape */
	assert_escaped("a\tb\nc\rd\x7f", "a<U+0009>b<U+000A>c<U+000D>d<U+007F>");
	assert_escaped("\xc2\x9b" "1m", "<U+009B>1m");			/* C1 CSI */
	assert_escaped("caf\xe9", "caf<0xE9>");				/* not UTF-8 */
	assert_escaped("\xc0\xaf", "<0xC0><0xAF>");			/* overlong */
	assert_escaped("", "");
	assert_null(echo_escape(NULL));
}

static void unsafe_classes(void **state)
{
	(void)state;
	assert_true(echo_unsafe(0));
	assert_true(echo_unsafe(0x202e));
	assert_true(echo_unsafe(0x9f));
	assert_false(echo_unsafe(' '));
	assert_false(echo_unsafe(0xa0));
	assert_false(echo_unsafe(0x05d0));	/* Hebrew alef: right-to-left text is fine */
	assert_false(echo_unsafe(0x200d));	/* zero-width joiner, used in scripts */
}

/* What a diagnostic quotes is escaped, file names included. */
static void diagnostics_escape(void **state)
{
	struct diag_list l;
	char buf[512] = "";
	FILE *m = fmemopen(buf, sizeof buf - 1, "w");

	(void)state;
	diag_list_init(&l, 0);
	diag_error(&l, ((struct pos){ "<stdin>", 3, 1 }), DIAG_REFERENCE,
		   "unknown item '%s'", "x\xe2\x80\xaey");
	diag_error(&l, ((struct pos){ "dir\x1b]0;t\x07/a.yaml", 0, 0 }), DIAG_IO, "cannot open");
	diag_print(&l, m);
	fclose(m);
	assert_string_equal(buf, "<stdin>:3:1: error: unknown item 'x<U+202E>y'\n"
			    "dir<U+001B>]0;t<U+0007>/a.yaml: error: cannot open\n");
	diag_list_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(controls_and_bidi),
		cmocka_unit_test(unsafe_classes),
		cmocka_unit_test(diagnostics_escape),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
