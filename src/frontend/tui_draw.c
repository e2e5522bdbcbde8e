/* Layout helpers for the curses interview: roles, text by width, bars, documents. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/text.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

/* Colour roles as a table: the attributes of each role, and for some a
 * background with an explicit foreground chosen for contrast. No role
 * sets a foreground colour on the terminal's default background, whose
 * colour a program cannot know (light or dark): text without a pair is in
 * the terminal's own colours, emphasised by bold, underline or reverse.
 * Black text is never bold: xterm shows bold colours 0-7 as their bright
 * forms, and bright black (grey) would lose the contrast; bold white is
 * bright white. WCAG contrast with the standard xterm palette: bright
 * white on blue 9.4, black on cyan 10.6, bright white on black 21, black
 * on yellow 12.3, bright white on red 5.8, black on green 9.7 (all >= 4.5;
 * the person's screen uses bright white on black only, >= 7). The e2e
 * test tui_test.py (colour_roles) measures these on the screen. */
struct role_style {
	short fg, bg;		/* -1, -1: the terminal's own colours */
	int color_attr;
	int mono_attr;
};

static const struct role_style role_styles[ROLE_COUNT] = {
	[ROLE_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
	[ROLE_TITLE] = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_KEYBAR] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[ROLE_KEY] = { COLOR_WHITE, COLOR_BLACK, A_BOLD, A_BOLD },
	[ROLE_HEADING] = { -1, -1, A_BOLD | A_UNDERLINE, A_BOLD | A_UNDERLINE },
	[ROLE_SIGN] = { -1, -1, A_BOLD, A_BOLD },
	[ROLE_SELECTION] = { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE },
	[ROLE_DIM] = { -1, -1, A_DIM, A_DIM },
	[ROLE_ANSWER] = { -1, -1, A_BOLD, A_BOLD },
	[ROLE_PERSON] = { -1, -1, A_BOLD, A_BOLD },
	[ROLE_URGENT] = { COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD | A_BLINK },
	[ROLE_REFER] = { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE | A_BOLD },
	[ROLE_REFER_FURTHER] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_BOLD | A_UNDERLINE },
	[ROLE_INFORM] = { COLOR_BLACK, COLOR_GREEN, A_NORMAL, A_BOLD },
};

static bool use_color;

bool tui_draw_init(const char *mode)
{
	const char *no_color = getenv("NO_COLOR");
	bool always = mode && !strcmp(mode, "always");

	use_color = false;
	if (mode && !strcmp(mode, "never"))
		return false;
	/* https://no-color.org: set and not empty means no colour, unless
	 * asked for on the command line. */
	if ((!always && no_color && *no_color) || !has_colors())
		return false;
	if (start_color() == ERR)
		return false;
	use_default_colors();
	for (int r = 1; r < ROLE_COUNT; r++)
		init_pair((short)r, role_styles[r].fg, role_styles[r].bg);
	use_color = true;
	return true;
}

int tui_role_attr(enum tui_role r)
{
	if (!use_color)
		return role_styles[r].mono_attr;
	if (r == ROLE_NORMAL || (role_styles[r].fg < 0 && role_styles[r].bg < 0))
		return role_styles[r].color_attr;
	return (int)COLOR_PAIR(r) | role_styles[r].color_attr;
}

enum tui_role tui_level_role(enum level l)
{
	switch (l) {
	case LEVEL_URGENT: return ROLE_URGENT;
	case LEVEL_REFER: return ROLE_REFER;
	case LEVEL_REFER_FURTHER: return ROLE_REFER_FURTHER;
	default: return ROLE_INFORM;
	}
}

int tui_put(int y, int x, int width, const char *s, size_t len, enum tui_role r)
{
	size_t n;

	if (!s || width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + width > COLS)
		width = COLS - x;
	n = text_fit(s, len, (size_t)width);
	attrset(tui_role_attr(r));
	mvaddnstr(y, x, s, (int)n);
	attrset(A_NORMAL);
	return (int)text_width_n(s, n);
}

int tui_puts(int y, int x, int width, const char *s, enum tui_role r)
{
	return s ? tui_put(y, x, width, s, strlen(s), r) : 0;
}

void tui_fill(int y, int x, enum tui_role r)
{
	if (y < 0 || y >= LINES)
		return;
	attrset(tui_role_attr(r));
	for (int i = x; i < COLS; i++)
		mvaddch(y, i, ' ');
	attrset(A_NORMAL);
}

void tui_put_centred(int y, const char *s, size_t len, enum tui_role r)
{
	size_t w = text_width_n(s, len);
	int x = w < (size_t)COLS ? (COLS - (int)w) / 2 : 0;

	tui_put(y, x, COLS - x, s, len, r);
}

static const char *title_tag;

void tui_title_tag(const char *tag)
{
	title_tag = tag;
}

void tui_title_bar(const char *left, const char *right)
{
	int rw = right ? (int)text_width(right) : 0;
	char *tagged = title_tag ? xasprintf("%s %s", title_tag, left ? left : "") : NULL;

	tui_fill(0, 0, ROLE_TITLE);
	if (right && rw + 2 < COLS)
		tui_puts(0, COLS - rw - 1, rw, right, ROLE_TITLE);
	else
		rw = -2;
	tui_puts(0, 1, COLS - rw - 4, tagged ? tagged : left, ROLE_TITLE);
	free(tagged);
}

/* Names of the keys that are not characters; the words come from the
 * catalog (ui.tui.key.*). */
static const struct {
	int key;
	const char *name;	/* a ui key, or a symbol */
	bool ui;
} key_names[] = {
	{ '\n', "ui.tui.key.enter", SHOW_BAR },
	{ '\r', "ui.tui.key.enter", SHOW_BAR },
	{ TUI_FN(KEY_ENTER), "ui.tui.key.enter", SHOW_BAR },
	{ ' ', "ui.tui.key.space", SHOW_BAR },
	{ TUI_ESC, "ui.tui.key.esc", SHOW_BAR },
	{ TUI_FN(KEY_BACKSPACE), "ui.tui.key.backspace", SHOW_BAR },
	{ 127, "ui.tui.key.backspace", SHOW_BAR },
	{ TUI_FN(KEY_PPAGE), "ui.tui.key.page-up", SHOW_BAR },
	{ TUI_FN(KEY_NPAGE), "ui.tui.key.page-down", SHOW_BAR },
	{ TUI_FN(KEY_HOME), "ui.tui.key.home", SHOW_BAR },
	{ TUI_FN(KEY_END), "ui.tui.key.end", SHOW_BAR },
	{ TUI_FN(KEY_UP), "\xe2\x86\x91", false },	/* arrows */
	{ TUI_FN(KEY_DOWN), "\xe2\x86\x93", false },
	{ TUI_FN(KEY_LEFT), "\xe2\x86\x90", false },
	{ TUI_FN(KEY_RIGHT), "\xe2\x86\x92", false },
};

const char *tui_draw_key_name(const struct tr *lang, int key, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (key_names[i].key == key)
			return key_names[i].ui ? tr_ui(lang, key_names[i].name)
					       : key_names[i].name;
	if (key >= TUI_FN(KEY_F(1)) && key <= TUI_FN(KEY_F(12)))
		snprintf(buf, size, "F%d", key - TUI_FN(KEY_F(0)));
	else if (key > 0 && key < 32)
		snprintf(buf, size, "Ctrl-%c", '@' + key);
	else if (key < 0x80)
		snprintf(buf, size, "%c", key);
	else if (key < 0x800)
		snprintf(buf, size, "%c%c", 0xc0 | key >> 6, 0x80 | (key & 0x3f));
	else if (key < 0x10000)
		snprintf(buf, size, "%c%c%c", 0xe0 | key >> 12, 0x80 | (key >> 6 & 0x3f),
			 0x80 | (key & 0x3f));
	else
		snprintf(buf, size, "?");
	return buf;
}

/* Width of the "KEY label" pairs of a table's bar rows. */
static int bar_width(const struct tr *lang, const struct tui_binding *b, size_t n)
{
	char buf[16];
	int w = 0;

	for (size_t i = 0; i < n; i++)
		if (b[i].show == SHOW_BAR)
			w += (int)(text_width(tui_draw_key_name(lang, b[i].key, buf, sizeof buf)) + 1 +
				   text_width(tr_ui(lang, b[i].label)) + 2);
	return w;
}

/* Draws "KEY label" pairs from a table from column x up to column end;
 * stops before a pair that does not fit. */
static void bar_from(const struct tr *lang, const struct tui_binding *b, size_t n,
		     enum tui_show show, int y, int x, int end)
{
	char buf[16];

	for (size_t i = 0; i < n; i++) {
		if (b[i].show != show)
			continue;
		const char *name = tui_draw_key_name(lang, b[i].key, buf, sizeof buf);
		const char *label = tr_ui(lang, b[i].label);
		int w = (int)(text_width(name) + 1 + text_width(label));

		if (x + w > end)
			return;
		x += tui_puts(y, x, end - x, name, ROLE_KEY);
		x += tui_puts(y, x + 1, end - x - 1, label,
			      show == SHOW_BAR ? ROLE_KEYBAR : ROLE_NORMAL) + 3;
	}
}

void tui_draw_key_bar(const struct tr *lang, const struct tui_binding *keys, size_t n,
		      const struct tui_binding *global, size_t n_global)
{
	/* Help and quick exit stay visible at the right; the screen's keys
	 * take what is left. */
	int g = bar_width(lang, global, n_global);
	int gx = COLS - g > COLS / 3 ? COLS - g : COLS;

	tui_fill(LINES - 1, 0, ROLE_KEYBAR);
	bar_from(lang, keys, n, SHOW_BAR, LINES - 1, 0, gx - 1);
	if (gx < COLS)
		bar_from(lang, global, n_global, SHOW_BAR, LINES - 1, gx + 1, COLS);
}

void tui_draw_key_hints(const struct tr *lang, const struct tui_binding *keys, size_t n,
			int y, int x)
{
	bar_from(lang, keys, n, SHOW_HINT, y, x, COLS);
}

void tui_doc_init(struct tui_doc *d, int width)
{
	memset(d, 0, sizeof *d);
	d->width = width > 1 ? width : 1;
}

void tui_doc_free(struct tui_doc *d)
{
	for (size_t i = 0; i < d->n_owned; i++)
		free(d->owned[i]);
	free(d->owned);
	free(d->v);
	memset(d, 0, sizeof *d);
}

static void doc_push(struct tui_doc *d, const char *text, size_t len, int indent,
		     enum tui_role r)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 32;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	d->v[d->n++] = (struct tui_line){ text, len, indent, r };
}

void tui_doc_add(struct tui_doc *d, const char *text, int indent, enum tui_role r)
{
	struct text_line *lines;
	int width = d->width - indent;
	size_t n;

	if (!text || !*text)
		return;
	if (width < 1)
		width = 1;
	n = text_wrap(text, (size_t)width, &lines);
	/* Folded YAML keeps a final newline: no blank line for it. */
	while (n > 0 && lines[n - 1].len == 0)
		n--;
	for (size_t i = 0; i < n; i++)
		doc_push(d, text + lines[i].start, lines[i].len, indent, r);
	free(lines);
}

void tui_doc_add_owned(struct tui_doc *d, char *s, int indent, enum tui_role r)
{
	if (d->n_owned == d->cap_owned) {
		d->cap_owned = d->cap_owned ? 2 * d->cap_owned : 16;
		d->owned = xreallocarray(d->owned, d->cap_owned, sizeof *d->owned);
	}
	d->owned[d->n_owned++] = s;
	tui_doc_add(d, s, indent, r);
}

void tui_doc_blank(struct tui_doc *d)
{
	if (d->n > 0 && d->v[d->n - 1].len > 0)
		doc_push(d, "", 0, 0, ROLE_NORMAL);
}

size_t tui_doc_clamp(const struct tui_doc *d, size_t first, int height)
{
	size_t h = height > 0 ? (size_t)height : 1;

	if (d->n <= h)
		return 0;
	return first > d->n - h ? d->n - h : first;
}

void tui_doc_draw(const struct tui_doc *d, size_t first, int y, int x, int height)
{
	first = tui_doc_clamp(d, first, height);
	for (int row = 0; row < height && first + (size_t)row < d->n; row++) {
		const struct tui_line *l = &d->v[first + (size_t)row];

		tui_put(y + row, x + l->indent, d->width - l->indent, l->text, l->len, l->role);
	}
}

bool tui_scroll(enum tui_action a, size_t *first, size_t n, int height)
{
	size_t h = height > 1 ? (size_t)height : 1;
	size_t last = n > h ? n - h : 0;

	if (*first > last)
		*first = last;
	switch (a) {
	case ACT_UP: *first = *first > 0 ? *first - 1 : 0; break;
	case ACT_DOWN: *first = *first < last ? *first + 1 : last; break;
	case ACT_PAGE_UP: *first = *first > h - 1 ? *first - (h - 1) : 0; break;
	case ACT_PAGE_DOWN: *first = *first + (h - 1) < last ? *first + (h - 1) : last; break;
	case ACT_HOME: *first = 0; break;
	case ACT_END: *first = last; break;
	default: return false;
	}
	return true;
}

char *tui_format(const struct tr *tr, const char *key, const char *const *names,
		 const char *const *values, size_t n)
{
	return tr_format(tr_ui(tr, key), names, values, n);
}
