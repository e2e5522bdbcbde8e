/* The keys of every screen, and the answer letters of the worker's language (ui.tui.keys.*) with the key a table row stands for. */
#include <curses.h>
#include <stdint.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/text.h"
#include "tui_keys.h"

/* Quick exit needs no function key. */
const struct tui_binding tui_global_keys[] = {
	{ '?', ACT_HELP, "ui.tui.action.help", SHOW_BAR },
	{ TUI_FN(KEY_F(1)), ACT_HELP, "ui.tui.action.help", SHOW_HELP },
	{ TUI_CTRL('x'), ACT_QUICK_EXIT, "ui.tui.action.quick-exit", SHOW_BAR },
	{ TUI_FN(KEY_F(10)), ACT_QUICK_EXIT, "ui.tui.action.quick-exit", SHOW_HELP },
};
const size_t tui_n_global_keys = sizeof tui_global_keys / sizeof tui_global_keys[0];

static const struct {
	enum tui_action action;
	const char *ui_key;
} letters[] = {
	{ ACT_YES, "ui.tui.keys.yes" },
	{ ACT_NO, "ui.tui.keys.no" },
	{ ACT_UNKNOWN, "ui.tui.keys.unknown" },
	{ ACT_NOT_ASKED, "ui.tui.keys.not-asked" },
};

const char *tui_letter_ui_key(enum tui_action a)
{
	for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
		if (letters[i].action == a)
			return letters[i].ui_key;
	return NULL;
}

int tui_letter_parse(const char *s)
{
	int32_t cp;
	size_t n = text_decode(s, strlen(s), &cp);

	/* Control characters, space, DEL and the C1 controls are no letter. */
	if (!n || s[n] || cp <= 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= '0' && cp <= '9'))
		return -1;
	return (int)cp;
}

static int letter_of(const struct tr *tr, enum tui_action a)
{
	const char *key = tui_letter_ui_key(a);

	return key ? tui_letter_parse(tr_ui(tr, key)) : -1;
}

const struct tui_binding *tui_key_clash(const struct tr *tr, const struct tui_binding *b,
					size_t n, size_t i, int key)
{
	for (size_t j = 0; j < n; j++) {
		if (j == i || b[j].action == b[i].action)
			continue;
		if ((b[j].key == TUI_LETTER ? letter_of(tr, b[j].action) : b[j].key) == key)
			return &b[j];
	}
	for (size_t j = 0; j < tui_n_global_keys; j++)
		if (tui_global_keys[j].key == key)
			return &tui_global_keys[j];
	return NULL;
}

int tui_row_key(const struct tr *tr, const struct tui_binding *b, size_t n, size_t i)
{
	int key;

	if (b[i].key != TUI_LETTER)
		return b[i].key;
	key = letter_of(tr, b[i].action);
	if (key < 0 || tui_key_clash(tr, b, n, i, key))
		return -1;
	return key;
}
