/* Sections screen: the list of the interview's sections, to jump to one. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "tipcheck/catalog.h"
#include "tui.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

static const struct tui_binding sections_keys[] = {
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.up", SHOW_HELP },
	{ 'k', ACT_UP, "ui.tui.action.up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.down", SHOW_HELP },
	{ 'j', ACT_DOWN, "ui.tui.action.down", SHOW_HELP },
	{ TUI_FN(KEY_HOME), ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ 't', ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ TUI_FN(KEY_END), ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ 'e', ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ '\r', ACT_SELECT, "ui.tui.action.go-to", SHOW_BAR },
	{ '\n', ACT_SELECT, "ui.tui.action.go-to", SHOW_HELP },
	{ TUI_FN(KEY_ENTER), ACT_SELECT, "ui.tui.action.go-to", SHOW_HELP },
	{ TUI_ESC, ACT_CLOSE, "ui.tui.action.close", SHOW_BAR },
	{ 'q', ACT_CLOSE, "ui.tui.action.close", SHOW_HELP },
	{ TUI_FN(KEY_LEFT), ACT_CLOSE, "ui.tui.action.close", SHOW_HELP },
};

static void sections_enter(struct tui *t)
{
	t->section_cursor = session_section_index(t->session);
}

static enum tui_reaction sections_act(struct tui *t, enum tui_action a, int key)
{
	size_t n = session_n_sections(t->session);

	(void)key;
	switch (a) {
	case ACT_UP: if (t->section_cursor > 0) t->section_cursor--; break;
	case ACT_DOWN: if (t->section_cursor + 1 < n) t->section_cursor++; break;
	case ACT_HOME: t->section_cursor = 0; break;
	case ACT_END: t->section_cursor = n ? n - 1 : 0; break;
	case ACT_SELECT:
		if (!tui_session_event(t, SESSION_EV_JUMP, ANSWER_NOT_ASKED, t->section_cursor))
			tui_follow_session(t);
		break;
	case ACT_CLOSE:
		tui_follow_session(t);
		break;
	default:
		break;
	}
	return TUI_CONTINUE;
}

static void sections_draw(const struct tui *t)
{
	size_t n = session_n_sections(t->session), cur = t->section_cursor;
	int h = LINES - 4, y = 2, width = tui_measure(COLS - 2), digits = 1;
	size_t first = h > 0 && cur >= (size_t)h ? cur - (size_t)h + 1 : 0;

	tui_title_bar(tr_ui(&t->lang, "ui.tui.sections.title"), NULL);
	for (size_t k = n; k >= 10; k /= 10)
		digits++;
	for (int row = 0; row < h && first + (size_t)row < n; row++) {
		size_t i = first + (size_t)row;
		enum tui_role r = i == cur ? ROLE_SELECTION : ROLE_NORMAL;
		char *title = tui_section_title(t, session_section_at(t->session, i));
		char *entry = xasprintf("%*zu. %s", digits, i + 1, title);

		if (i == cur)
			tui_selection(y + row, 0, width + 2);
		tui_puts(y + row, 2, width - 2, entry, r);
		free(entry);
		free(title);
	}
	tui_key_bar(t, &tui_sections_screen);
}

const struct tui_screen tui_sections_screen = {
	"sections", sections_keys, sizeof sections_keys / sizeof sections_keys[0],
	sections_enter, sections_act, sections_draw, NULL,
};
