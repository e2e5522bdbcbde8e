/* Answer choices drawn large for the person: block digits side by side, readable at arm's length. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/text.h"
#include "tui_person.h"

/* Digits as 3 by 5 dots; a dot is drawn 2 columns wide and 1 row high
 * (a terminal cell is about twice as high as it is wide), times the
 * scale. */
#define GLYPH_W 3
#define GLYPH_H 5
#define MAX_SCALE 3

static const char *const glyphs[10][GLYPH_H] = {
	{ "###", "# #", "# #", "# #", "###" },
	{ " # ", "## ", " # ", " # ", "###" },
	{ "###", "  #", "###", "#  ", "###" },
	{ "###", "  #", "###", "  #", "###" },
	{ "# #", "# #", "###", "  #", "  #" },
	{ "###", "#  ", "###", "  #", "###" },
	{ "###", "#  ", "###", "# #", "###" },
	{ "###", "  #", "  #", "  #", "  #" },
	{ "###", "# #", "###", "# #", "###" },
	{ "###", "# #", "###", "  #", "###" },
};

/* A full block: drawn in every monochrome terminal as a solid cell. */
static const char block[] = "\xe2\x96\x88";

static void draw_digit(char digit, int y, int x, int scale)
{
	const char *const *g = glyphs[digit >= '0' && digit <= '9' ? digit - '0' : 0];

	attrset(tui_role_attr(ROLE_HEADING) & ~A_UNDERLINE);
	for (int r = 0; r < GLYPH_H * scale; r++)
		for (int c = 0; c < GLYPH_W * 2 * scale; c++)
			if (g[r / scale][c / (2 * scale)] == '#' && y + r < LINES && x + c < COLS)
				mvaddstr(y + r, x + c, block);
	attrset(A_NORMAL);
}

int tui_centred_para(const char *text, int y, int end, int width, enum tui_role r)
{
	struct tui_doc d;

	tui_doc_init(&d, width);
	tui_doc_add(&d, text, 0, r);
	for (size_t i = 0; i < d.n && y < end; i++, y++) {
		size_t w = text_width_n(d.v[i].text, d.v[i].len);
		int x = w < (size_t)COLS ? (COLS - (int)w) / 2 : 0;

		tui_put_dir(y, x, COLS - x, d.v[i].text, d.v[i].len, r, d.v[i].dir);
	}
	tui_doc_free(&d);
	return y;
}

/* Rows the words of a choice take in a column. */
static int label_rows(const char *label, int width)
{
	struct text_line *lines;
	size_t n = text_wrap(label, (size_t)(width > 1 ? width : 1), &lines);

	free(lines);
	return (int)n;
}

/* The words centred in the column [x, x + width). */
static int draw_label(const char *label, int y, int x, int width, int end)
{
	struct text_line *lines;
	size_t n = text_wrap(label, (size_t)(width > 1 ? width : 1), &lines);

	for (size_t i = 0; i < n && y < end; i++, y++) {
		size_t w = text_width_n(label + lines[i].start, lines[i].len);
		int cx = x + (w < (size_t)width ? (width - (int)w) / 2 : 0);

		tui_put_dir(y, cx, width, label + lines[i].start, lines[i].len, ROLE_HEADING,
			    bidi_paragraph(label, strlen(label), BIDI_LTR));
	}
	free(lines);
	return y;
}

int tui_choices_min_rows(void)
{
	return GLYPH_H + 3;
}

/* Small room: "1  Yes", one choice a line, centred as a block. */
static int draw_lines(const struct tr *tr, const struct tui_choice *v, size_t n, int top,
		      int bottom)
{
	int widest = 0, x, y = top;

	for (size_t i = 0; i < n; i++) {
		int w = (int)text_width(tr_ui(tr, v[i].label)) + 4;

		widest = w > widest ? w : widest;
	}
	x = widest < COLS ? (COLS - widest) / 2 : 0;
	for (size_t i = 0; i < n && y < bottom; i++) {
		char digit[2] = { v[i].digit, '\0' };

		tui_puts(y, x, 3, digit, ROLE_KEY);
		tui_puts(y, x + 4, COLS - x - 5, tr_ui(tr, v[i].label), ROLE_HEADING);
		y += bottom - top >= (int)n * 2 ? 2 : 1;
	}
	return y;
}

int tui_draw_choices(const struct tr *tr, const struct tui_choice *v, size_t n, int top,
		     int bottom)
{
	int col = n ? COLS / (int)n : COLS, words = 1, scale, y;

	for (size_t i = 0; i < n; i++) {
		int r = label_rows(tr_ui(tr, v[i].label), col - 2);

		words = r > words ? r : words;
	}
	/* The largest digits that fit, with a row between digit and words. */
	for (scale = MAX_SCALE; scale > 0; scale--)
		if (GLYPH_H * scale + 1 + words <= bottom - top &&
		    GLYPH_W * 2 * scale + 2 <= col)
			break;
	if (!scale)
		return draw_lines(tr, v, n, top, bottom);
	/* What is left is shared above and below: the choices sit in the
	 * middle of their room. */
	y = top + (bottom - top - (GLYPH_H * scale + 1 + words)) / 2;
	for (size_t i = 0; i < n; i++) {
		int x = (int)i * col;

		draw_digit(v[i].digit, y, x + (col - GLYPH_W * 2 * scale) / 2, scale);
		draw_label(tr_ui(tr, v[i].label), y + GLYPH_H * scale + 1, x + 1, col - 2, bottom);
	}
	return y + GLYPH_H * scale + 1 + words;
}
