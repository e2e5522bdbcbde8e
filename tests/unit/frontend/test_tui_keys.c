/* Unit tests: the full screen's answer letters (tui_keys.c): what is one key, and that a letter another row or a global key takes answers nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "tipcheck/catalog.h"
#include "tui_keys.h"

/* Writable strings, as the loader's. */
#define E(key, text) { (char[]){ key }, (char[]){ text }, { 0 } }

/* A worker's catalog: entries sorted by key, as the loader keeps them. */
static struct catalog_entry es_entries[] = {
	E("ui.tui.keys.no", "н"),
	E("ui.tui.keys.not-asked", "p"),
	E("ui.tui.keys.unknown", "?"),
	E("ui.tui.keys.yes", "s"),
};
static struct catalog_entry en_entries[] = {
	E("ui.tui.keys.no", "n"),
	E("ui.tui.keys.not-asked", "s"),
	E("ui.tui.keys.unknown", "d"),
	E("ui.tui.keys.yes", "y"),
};

static const struct tui_binding table[] = {
	{ TUI_LETTER, ACT_YES, "ui.tui.answer.yes", SHOW_HINT },
	{ '1', ACT_YES, "ui.tui.answer.yes", SHOW_HELP },
	{ TUI_LETTER, ACT_NO, "ui.tui.answer.no", SHOW_HINT },
	{ TUI_LETTER, ACT_UNKNOWN, "ui.tui.answer.unknown", SHOW_HINT },
	{ TUI_LETTER, ACT_NOT_ASKED, "ui.tui.answer.not-asked", SHOW_HINT },
	{ 'p', ACT_PERSON, "ui.tui.action.person", SHOW_BAR },
};
#define N (sizeof table / sizeof table[0])

static void views(struct catalog *es, struct catalog *en, struct tr *t_es, struct tr *t_en)
{
	*en = (struct catalog){ .lang = (char[]){ "en" }, .entries = en_entries, .n_entries = 4 };
	*es = (struct catalog){ .lang = (char[]){ "es" }, .entries = es_entries, .n_entries = 4 };
	*t_es = (struct tr){ NULL, es, en };
	*t_en = (struct tr){ NULL, en, en };
}

/* One character, not a digit nor a blank; Cyrillic is one key. */
static void one_key(void **state)
{
	(void)state;
	assert_int_equal(tui_letter_parse("s"), 's');
	assert_int_equal(tui_letter_parse("д"), 0x434);
	assert_int_equal(tui_letter_parse("sí"), -1);
	assert_int_equal(tui_letter_parse("2"), -1);
	assert_int_equal(tui_letter_parse(" "), -1);
	assert_int_equal(tui_letter_parse(""), -1);
	assert_int_equal(tui_letter_parse("\x1b"), -1);
}

/* The letters of the worker's language; a letter the screen or the global
 * keys already use answers nothing there, and the digits stay. */
static void row_keys(void **state)
{
	struct catalog es, en;
	struct tr t_es, t_en;

	(void)state;
	views(&es, &en, &t_es, &t_en);
	assert_int_equal(tui_row_key(&t_en, table, N, 0), 'y');
	assert_int_equal(tui_row_key(&t_en, table, N, 4), 's');
	assert_int_equal(tui_row_key(&t_es, table, N, 0), 's');
	assert_int_equal(tui_row_key(&t_es, table, N, 1), '1');
	assert_int_equal(tui_row_key(&t_es, table, N, 2), 0x43d);
	/* ? is help on every screen; p is this screen's person mode. */
	assert_int_equal(tui_row_key(&t_es, table, N, 3), -1);
	assert_non_null(tui_key_clash(&t_es, table, N, 3, '?'));
	assert_int_equal(tui_row_key(&t_es, table, N, 4), -1);
	assert_ptr_equal(tui_key_clash(&t_es, table, N, 4, 'p'), &table[5]);
	assert_int_equal(tui_row_key(&t_es, table, N, 5), 'p');
	assert_null(tui_key_clash(&t_es, table, N, 0, 's'));
}

/* Two answers given one letter: neither takes it. */
static void two_alike(void **state)
{
	struct catalog_entry alike[] = {
		E("ui.tui.keys.no", "s"),
		E("ui.tui.keys.yes", "s"),
	};
	struct catalog es, en;
	struct tr t_es, t_en;

	(void)state;
	views(&es, &en, &t_es, &t_en);
	es.entries = alike;
	es.n_entries = 2;
	assert_int_equal(tui_row_key(&t_es, table, N, 0), -1);
	assert_int_equal(tui_row_key(&t_es, table, N, 2), -1);
	assert_int_equal(tui_row_key(&t_es, table, N, 1), '1');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(one_key),
		cmocka_unit_test(row_keys),
		cmocka_unit_test(two_alike),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
