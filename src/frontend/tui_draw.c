/* Layout helpers for the curses interview: roles, text by width, bars, documents. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "tipcheck/bidi.h"
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

/* Right-to-left text is put in display order here, and Arabic shaped,
 * unless TIPCHECK_BIDI says the terminal does it: "terminal" (reorders
 * and shapes, as mlterm and Konsole), "reorder" (shapes only). */
static bool bidi_reorder = true;
static unsigned bidi_flags = BIDI_SHAPE;

static void bidi_init(void)
{
	const char *mode = getenv("TIPCHECK_BIDI");

	bidi_reorder = !mode || strcmp(mode, "terminal");
	bidi_flags = mode && !strcmp(mode, "reorder") ? 0 : BIDI_SHAPE;
}

bool tui_draw_init(const char *mode)
{
	const char *no_color = getenv("NO_COLOR");
	bool always = mode && !strcmp(mode, "always");

	bidi_init();
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

int tui_measure(int room)
{
	return room < TUI_MEASURE ? room : TUI_MEASURE;
}

const char *tui_ellipsis(void)
{
	return cli_locale_utf8() ? "\xe2\x80\xa6" : "...";
}

/* Whether s[from, len) is only spaces and line ends: nothing is lost
 * when it is left out. */
static bool blank_from(const char *s, size_t from, size_t len)
{
	for (size_t i = from; i < len; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t')
			return false;
	return true;
}

int tui_put_dir(int y, int x, int width, const char *s, size_t len, enum tui_role r,
		enum bidi_dir dir)
{
	const char *ell = NULL;
	char *cut = NULL, *visual = NULL;
	size_t n, w, ew = 0;

	if (!s || width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + width > COLS)
		width = COLS - x;
	n = text_fit(s, len, (size_t)width);
	/* A cut says so: the ellipsis takes the last columns, after the
	 * last whole character (and no space before it). */
	if (n < len && !blank_from(s, n, len)) {
		ell = tui_ellipsis();
		ew = text_width(ell);
		n = ew < (size_t)width ? text_fit(s, len, (size_t)width - ew) : 0;
		while (n > 0 && s[n - 1] == ' ')
			n--;
	}
	/* Cut in reading order, then reorder what is kept, its ellipsis with
	 * it (which then ends a right-to-left line on the left). */
	if (bidi_reorder && bidi_needed(s, n, dir)) {
		if (ell && ew < (size_t)width) {
			size_t el = strlen(ell);

			cut = xmalloc(n + el + 1);
			memcpy(cut, s, n);
			memcpy(cut + n, ell, el + 1);
			s = cut;
			n += el;
		}
		ell = NULL;
		s = visual = bidi_visual(s, n, dir, bidi_flags, &n);
	}
	attrset(tui_role_attr(r));
	move(y, x);
	if (n > 0)
		addnstr(s, (int)n);
	w = text_width_n(s, n);
	if (ell && w + ew <= (size_t)width) {
		addstr(ell);
		w += ew;
	}
	attrset(A_NORMAL);
	free(cut);
	free(visual);
	return (int)w;
}

int tui_put(int y, int x, int width, const char *s, size_t len, enum tui_role r)
{
	return tui_put_dir(y, x, width, s, len, r, BIDI_LTR);
}

int tui_puts(int y, int x, int width, const char *s, enum tui_role r)
{
	return s ? tui_put(y, x, width, s, strlen(s), r) : 0;
}

void tui_fill(int y, int x, enum tui_role r)
{
	tui_fill_width(y, x, COLS - x, r);
}

void tui_fill_width(int y, int x, int width, enum tui_role r)
{
	if (y < 0 || y >= LINES)
		return;
	attrset(tui_role_attr(r));
	for (int i = x; i < COLS && i < x + width; i++)
		mvaddch(y, i, ' ');
	attrset(A_NORMAL);
}

int tui_selection(int y, int x, int width)
{
	tui_fill_width(y, x, width, ROLE_SELECTION);
	tui_puts(y, x, 1, ">", ROLE_SELECTION);
	return x + 2;
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

/* The columns the bars set their words in: the text's measure and its
 * margins, so that on a wide terminal the eye need not cross it. */
static int frame_width(void)
{
	return tui_measure(COLS - 4) + 4;
}

void tui_title_bar(const char *left, const char *right)
{
	int rw = right ? (int)text_width(right) : 0, end = frame_width();
	char *tagged = title_tag ? xasprintf("%s %s", title_tag, left ? left : "") : NULL;

	tui_fill(0, 0, ROLE_TITLE);
	if (right && rw + 2 < end)
		tui_puts(0, end - rw - 1, rw, right, ROLE_TITLE);
	else
		rw = -2;
	tui_puts(0, 1, end - rw - 4, tagged ? tagged : left, ROLE_TITLE);
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

const char *tui_draw_key_name(const struct tr *tr, int key, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (key_names[i].key == key)
			return key_names[i].ui ? tr_ui(tr, key_names[i].name) : key_names[i].name;
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

/* What the key bar keeps when it is narrow, by action: the highest rank
 * first, in table order within a rank; 0 goes first. Quit and quick exit
 * stay at every width; help lists whatever is left out, and Esc leaves
 * an overlay; then each screen's way on. */
static const unsigned char bar_rank[ACT_COUNT] = {
	[ACT_QUICK_EXIT] = 4, [ACT_QUIT] = 4,
	[ACT_HELP] = 3, [ACT_CLOSE] = 3,
	[ACT_SELECT] = 2, [ACT_PERSON] = 2, [ACT_JUMP] = 2, [ACT_FINISH] = 2,
	[ACT_CONTINUE] = 2, [ACT_RESULT] = 2, [ACT_STOP] = 2, [ACT_NEW] = 2,
	[ACT_PAGE_DOWN] = 2,
	[ACT_BACK] = 1, [ACT_REVIEW] = 1, [ACT_TOGGLE] = 1, [ACT_WHY] = 1,
	[ACT_PRINT] = 1, [ACT_SAVE] = 1,
};
#define BAR_RANKS 5
#define BAR_MAX 32

/* One "KEY label" pair of the bar. */
struct bar_entry {
	const char *name, *label;
	int width;		/* of "KEY label" */
	int rank;
	bool right, shown;
};

static size_t bar_collect(const struct tr *tr, const struct tui_binding *b, size_t n,
			  bool right, struct bar_entry *v, size_t at, char (*names)[16])
{
	for (size_t i = 0; i < n && at < BAR_MAX; i++) {
		int key = tui_row_key(tr, b, n, i);

		if (b[i].show != SHOW_BAR || key < 0)
			continue;
		struct bar_entry *e = &v[at];

		e->name = tui_draw_key_name(tr, key, names[at], sizeof names[at]);
		e->label = tr_ui(tr, b[i].label);
		e->width = (int)(text_width(e->name) + 1 + text_width(e->label));
		e->rank = b[i].action < ACT_COUNT ? bar_rank[b[i].action] : 0;
		e->right = right;
		e->shown = false;
		at++;
	}
	return at;
}

/* Draws the shown entries of one side from column x; returns the column
 * after them. */
static int bar_draw(const struct bar_entry *v, size_t n, bool right, int y, int x)
{
	for (size_t i = 0; i < n; i++) {
		if (!v[i].shown || v[i].right != right)
			continue;
		x += tui_puts(y, x, COLS - x, v[i].name, ROLE_KEY);
		x += tui_puts(y, x + 1, COLS - x - 1, v[i].label, ROLE_KEYBAR) + 3;
	}
	return x;
}

void tui_draw_key_bar(const struct tr *tr, const struct tui_binding *left, size_t n_left,
		      const struct tui_binding *right, size_t n_right)
{
	struct bar_entry v[BAR_MAX];
	char names[BAR_MAX][16];
	size_t n = bar_collect(tr, left, n_left, false, v, 0, names);
	int used = 0, right_w = 0, x;

	n = bar_collect(tr, right, n_right, true, v, n, names);
	/* Each pair takes its width and two spaces; one column stays free
	 * at the right edge. */
	for (int rank = BAR_RANKS - 1; rank >= 0; rank--)
		for (size_t i = 0; i < n; i++)
			if (v[i].rank == rank && used + v[i].width + 2 <= COLS) {
				v[i].shown = true;
				used += v[i].width + 2;
				if (v[i].right)
					right_w += v[i].width + 2;
			}
	tui_fill(LINES - 1, 0, ROLE_KEYBAR);
	x = bar_draw(v, n, false, LINES - 1, 0);
	/* The right-hand keys at the frame's edge, or past it when the bar
	 * needs more room. */
	if (right_w)
		bar_draw(v, n, true, LINES - 1,
			 x + right_w <= frame_width() ? frame_width() - right_w + 1 : x);
}

void tui_draw_key_hints(const struct tr *lang, const struct tui_binding *keys, size_t n,
			int y, int x)
{
	char buf[16];

	for (size_t i = 0; i < n; i++) {
		const struct tui_binding *b = &keys[i];
		int key = tui_row_key(lang, keys, n, i);

		if (b->show != SHOW_HINT || key < 0)
			continue;
		const char *name = tui_draw_key_name(lang, key, buf, sizeof buf);
		const char *label = tr_ui(lang, b->label);
		int w = (int)(text_width(name) + 1 + text_width(label));

		if (x + w > COLS)
			return;
		x += tui_puts(y, x, COLS - x, name, ROLE_KEY);
		x += tui_puts(y, x + 1, COLS - x - 1, label, ROLE_NORMAL) + 3;
	}
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
		     enum tui_role r, enum bidi_dir dir)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 32;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	d->v[d->n++] = (struct tui_line){ text, len, indent, r, dir };
}

void tui_doc_add(struct tui_doc *d, const char *text, int indent, enum tui_role r)
{
	struct text_line *lines;
	int width = d->width - indent;
	enum bidi_dir dir;
	size_t n;

	if (!text || !*text)
		return;
	dir = bidi_paragraph(text, strlen(text), BIDI_LTR);
	if (width < 1)
		width = 1;
	n = text_wrap(text, (size_t)width, &lines);
	/* Folded YAML keeps a final newline: no blank line for it. */
	while (n > 0 && lines[n - 1].len == 0)
		n--;
	for (size_t i = 0; i < n; i++)
		doc_push(d, text + lines[i].start, lines[i].len, indent, r, dir);
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
		doc_push(d, "", 0, 0, ROLE_NORMAL, BIDI_LTR);
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
		int w = d->width - l->indent, pad = 0;

		/* Right to left: the indent and the ragged edge change sides. */
		if (l->dir == BIDI_RTL)
			pad = w - (int)text_width_n(l->text, l->len);
		tui_put_dir(y + row, x + (pad > 0 ? pad : 0), w, l->text, l->len, l->role, l->dir);
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
