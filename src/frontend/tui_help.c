/* Help screen: the keys of the screen it was opened on, from that screen's key table. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/text.h"
#include "tui.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

static const struct tui_binding help_keys[] = {
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ 'u', ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ 'm', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ TUI_ESC, ACT_CLOSE, "ui.tui.action.close", SHOW_BAR },
	{ 'q', ACT_CLOSE, "ui.tui.action.close", SHOW_HELP },
	{ '\r', ACT_CLOSE, "ui.tui.action.close", SHOW_HELP },
	{ '\n', ACT_CLOSE, "ui.tui.action.close", SHOW_HELP },
};

/* Whether help was opened on a screen the person holds: then it is in
 * the person's language and lists only what the person may press. */
static bool for_person(const struct tui *t)
{
	return t->help_from == TUI_PERSON || t->help_from == TUI_CONSENT;
}

/* The label of a row: on the person's screens, in the person's words. */
static const char *label_of(const struct tui *t, const struct tui_binding *b)
{
	if (!for_person(t))
		return tr_ui(&t->lang, b->label);
	if (b->action == ACT_HELP)
		return tr_ui(&t->ask_lang, "ui.person.help.help");
	if (b->action == ACT_QUICK_EXIT)
		return tr_ui(&t->ask_lang, "ui.person.help.quick-exit");
	return tr_ui(&t->ask_lang, b->label);
}

/* Appends one line per action of a key table: its keys, then its label.
 * Rows without a key (-1, or an answer letter the worker's language
 * lacks), and the worker's rows in the person's help, are left out. */
static void add_table(const struct tui *t, struct tui_doc *d, const struct tui_binding *b,
		      size_t n)
{
	char name[16];

	for (size_t i = 0; i < n; ) {
		char keys[128] = "";
		size_t j = i, first = n;

		for (; j < n && b[j].action == b[i].action; j++) {
			int key = tui_row_key(&t->lang, b, n, j);
			const char *k;

			if (key < 0 || (for_person(t) && b[j].show == SHOW_WORKER))
				continue;
			if (first == n)
				first = j;
			k = tui_key_name(t, key, name, sizeof name);

			/* Enter appears as \r and \n: name it once. */
			if (strstr(keys, k))
				continue;
			if (*keys)
				strncat(keys, ", ", sizeof keys - strlen(keys) - 1);
			strncat(keys, k, sizeof keys - strlen(keys) - 1);
		}
		if (first < n) {
			/* Pad by display width: key names may be arrows. */
			size_t w = text_width(keys);

			tui_doc_add_owned(d, xasprintf("%s%*s %s", keys,
						       w < 16 ? (int)(16 - w) : 0, "",
						       label_of(t, &b[first])), 2, ROLE_NORMAL);
		}
		i = j;
	}
}

static void help_doc(const struct tui *t, struct tui_doc *d)
{
	const struct tui_screen *s = tui_screen_of(t->help_from);

	tui_doc_init(d, tui_measure(COLS - 4));
	add_table(t, d, s->keys, s->n_keys);
	tui_doc_blank(d);
	add_table(t, d, tui_global_keys, tui_n_global_keys);
}

static void help_enter(struct tui *t)
{
	t->help_scroll = 0;
}

static enum tui_reaction help_act(struct tui *t, enum tui_action a, int key)
{
	struct tui_doc d;

	(void)key;
	if (a == ACT_CLOSE) {
		t->screen = t->help_from;
		return TUI_CONTINUE;
	}
	help_doc(t, &d);
	tui_scroll(a, &t->help_scroll, d.n, LINES - 4);
	tui_doc_free(&d);
	return TUI_CONTINUE;
}

static void help_draw(const struct tui *t)
{
	struct tui_doc d;

	if (for_person(t)) {
		/* No title bar or key bar naming anything: the person's words. */
		char *close = xasprintf("Esc: %s", tr_ui(&t->ask_lang, "ui.person.help.close"));

		tui_puts(1, 2, COLS - 4, tr_ui(&t->ask_lang, "ui.person.help.title"),
			 ROLE_HEADING);
		tui_puts(LINES - 1, 2, COLS - 4, close, ROLE_DIM);
		free(close);
	} else {
		tui_title_bar(tr_ui(&t->lang, "ui.tui.help.title"), NULL);
		tui_key_bar(t, &tui_help_screen);
	}
	help_doc(t, &d);
	tui_doc_draw(&d, t->help_scroll, 2 + for_person(t), 1, LINES - 4);
	tui_doc_free(&d);
}

const struct tui_screen tui_help_screen = {
	"help", help_keys, sizeof help_keys / sizeof help_keys[0],
	help_enter, help_act, help_draw, NULL,
};
