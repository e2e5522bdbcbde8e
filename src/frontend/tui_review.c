/* Review screen: every answer by section; change any, or go back to it. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/text.h"
#include "tui.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

static const struct tui_binding review_keys[] = {
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.up", SHOW_HELP },
	{ 'k', ACT_UP, "ui.tui.action.up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.down", SHOW_HELP },
	{ 'j', ACT_DOWN, "ui.tui.action.down", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ 'u', ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ 'm', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ TUI_FN(KEY_HOME), ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ 't', ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ TUI_FN(KEY_END), ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ 'e', ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ TUI_LETTER, ACT_YES, "ui.tui.answer.yes", SHOW_HELP },
	{ '1', ACT_YES, "ui.tui.answer.yes", SHOW_HELP },
	{ TUI_LETTER, ACT_NO, "ui.tui.answer.no", SHOW_HELP },
	{ '2', ACT_NO, "ui.tui.answer.no", SHOW_HELP },
	{ TUI_LETTER, ACT_UNKNOWN, "ui.tui.answer.unknown", SHOW_HELP },
	{ '3', ACT_UNKNOWN, "ui.tui.answer.unknown", SHOW_HELP },
	{ TUI_LETTER, ACT_NOT_ASKED, "ui.tui.answer.not-asked", SHOW_HELP },
	{ '4', ACT_NOT_ASKED, "ui.tui.answer.not-asked", SHOW_HELP },
	{ '\r', ACT_SELECT, "ui.tui.action.go-to", SHOW_BAR },
	{ '\n', ACT_SELECT, "ui.tui.action.go-to", SHOW_HELP },
	{ TUI_FN(KEY_ENTER), ACT_SELECT, "ui.tui.action.go-to", SHOW_HELP },
	{ 'f', ACT_FINISH, "ui.tui.action.finish", SHOW_BAR },
	{ 'b', ACT_BACK, "ui.tui.action.resume", SHOW_BAR },
	{ TUI_ESC, ACT_BACK, "ui.tui.action.resume", SHOW_HELP },
	{ TUI_FN(KEY_LEFT), ACT_BACK, "ui.tui.action.resume", SHOW_HELP },
};

/* "s n d o: change the selected answer...": the worker's answer letters,
 * as the table takes them. Owned by the caller. */
static char *review_hint(const struct tui *t)
{
	const size_t n = sizeof review_keys / sizeof review_keys[0];
	const char *names[] = { "letters" };
	const char *values[1];
	char letters[64] = "", name[16];

	for (size_t i = 0; i < n; i++) {
		int key = tui_row_key(&t->lang, review_keys, n, i);

		if (review_keys[i].key != TUI_LETTER || key < 0)
			continue;
		if (*letters)
			strncat(letters, " ", sizeof letters - strlen(letters) - 1);
		strncat(letters, tui_key_name(t, key, name, sizeof name),
			sizeof letters - strlen(letters) - 1);
	}
	values[0] = letters;
	return tui_format(&t->lang, "ui.tui.review.hint", names, values, 1);
}

/* A row of the review: a section heading (item NULL) or an item. */
struct row {
	const struct section *section;
	const struct item *item;
};

/* The rows in interview order, visible items only. Returns a new array
 * (free()); *n rows, *n_items of them items. */
static struct row *review_rows(const struct tui *t, size_t *n, size_t *n_items)
{
	const struct session *s = t->session;
	size_t cap = session_n_sections(s) + t->content->n_items + 1;
	struct row *v = xcalloc(cap, sizeof *v);

	*n = *n_items = 0;
	for (size_t i = 0; i < session_n_sections(s); i++) {
		const struct section *sec = session_section_at(s, i);

		if (sec->n_items == 0)
			continue;
		v[(*n)++] = (struct row){ sec, NULL };
		for (size_t j = 0; j < sec->n_items; j++)
			if (session_visible(s, &sec->items[j])) {
				v[(*n)++] = (struct row){ sec, &sec->items[j] };
				(*n_items)++;
			}
	}
	return v;
}

/* The row of item number k (0-based, visible order). */
static size_t row_of_item(const struct row *v, size_t n, size_t k)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].item && k-- == 0)
			return i;
	return 0;
}

static int list_height(void)
{
	return LINES - 4;
}

/* Keeps the cursor in range and its row on screen. */
static void review_settle(struct tui *t)
{
	size_t n, n_items, row;
	struct row *v = review_rows(t, &n, &n_items);
	size_t h = (size_t)(list_height() > 1 ? list_height() : 1);

	if (t->review_cursor >= n_items)
		t->review_cursor = n_items ? n_items - 1 : 0;
	row = row_of_item(v, n, t->review_cursor);
	/* Show the section heading with its first item. */
	if (row > 0 && !v[row - 1].item && row - 1 < t->review_scroll)
		t->review_scroll = row - 1;
	if (row < t->review_scroll)
		t->review_scroll = row;
	if (row >= t->review_scroll + h)
		t->review_scroll = row - h + 1;
	free(v);
}

static void review_enter(struct tui *t)
{
	review_settle(t);
}

static enum tui_reaction review_act(struct tui *t, enum tui_action a, int key)
{
	size_t n, n_items, step = (size_t)(list_height() > 2 ? list_height() - 1 : 1);
	struct row *v = review_rows(t, &n, &n_items);
	const struct item *it = n_items ? v[row_of_item(v, n, t->review_cursor)].item : NULL;
	enum answer ans;

	(void)key;
	free(v);
	if (tui_action_answer(a, &ans)) {
		/* Through the front end's event: a changed answer may raise an
		 * alert. */
		if (it)
			tui_session_event(t, SESSION_EV_SET, ans, it->index);
		if (t->screen == TUI_REVIEW)
			review_settle(t);
		return TUI_CONTINUE;
	}
	switch (a) {
	case ACT_UP: if (t->review_cursor > 0) t->review_cursor--; break;
	case ACT_DOWN: t->review_cursor++; break;
	case ACT_PAGE_UP: t->review_cursor = t->review_cursor > step ? t->review_cursor - step : 0; break;
	case ACT_PAGE_DOWN: t->review_cursor += step; break;
	case ACT_HOME: t->review_cursor = 0; t->review_scroll = 0; break;
	case ACT_END: t->review_cursor = n_items; break;
	case ACT_SELECT:
		if (it)
			tui_session_event(t, SESSION_EV_EDIT, ANSWER_NOT_ASKED, it->index);
		return TUI_CONTINUE;
	case ACT_FINISH:
		tui_session_event(t, SESSION_EV_FINISH, ANSWER_NOT_ASKED, 0);
		return TUI_CONTINUE;
	case ACT_BACK:
		tui_session_event(t, SESSION_EV_RESUME, ANSWER_NOT_ASKED, 0);
		return TUI_CONTINUE;
	default:
		break;
	}
	review_settle(t);
	return TUI_CONTINUE;
}

static void review_draw(const struct tui *t)
{
	size_t n, n_items, cur_row, first;
	char *hint;
	struct row *v = review_rows(t, &n, &n_items);
	int h = list_height(), col = 0, width = tui_measure(COLS - 2);

	for (int a = 0; a < ANSWER_COUNT; a++) {
		int w = (int)text_width(tr_ui(&t->lang, tui_answer_label((enum answer)a)));
		col = w > col ? w : col;
	}
	col += 4;
	cur_row = n_items ? row_of_item(v, n, t->review_cursor) : n;
	first = t->review_scroll;
	if (n > (size_t)h && first > n - (size_t)h)
		first = n - (size_t)h;
	tui_title_bar(tr_ui(&t->lang, "ui.tui.review.title"), NULL);
	hint = review_hint(t);
	tui_puts(1, 1, width, hint, ROLE_DIM);
	free(hint);
	for (int r = 0; r < h && first + (size_t)r < n; r++) {
		const struct row *row = &v[first + (size_t)r];
		int y = 2 + r;

		if (!row->item) {
			char *title = tui_section_title(t, row->section);

			tui_puts(y, 1, width, title, ROLE_HEADING);
			free(title);
			continue;
		}
		enum answer a = session_answer(t->session, row->item);
		bool sel = first + (size_t)r == cur_row;

		if (sel)
			tui_selection(y, 1, width);
		tui_puts(y, 3, col - 1, tr_ui(&t->lang, tui_answer_label(a)),
			 sel ? ROLE_SELECTION : a == ANSWER_NOT_ASKED ? ROLE_DIM : ROLE_ANSWER);
		tui_puts(y, 3 + col, width - 2 - col,
			 tr_text(&t->lang, row->item->key, "sign", row->item->sign),
			 sel ? ROLE_SELECTION : ROLE_NORMAL);
	}
	free(v);
	tui_key_bar(t, &tui_review_screen);
}

const struct tui_screen tui_review_screen = {
	"review", review_keys, sizeof review_keys / sizeof review_keys[0],
	review_enter, review_act, review_draw, NULL,
};
