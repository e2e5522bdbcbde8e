/*
 * Drawing helpers for the full-screen interview: colour roles with a
 * monochrome fallback, text placed by display width (text.h), title and
 * key bars, and "documents": paragraphs wrapped to a width that a screen
 * scrolls through. Front-end code only: these draw on stdscr and never
 * change interview state.
 */
#ifndef TIPCHECK_TUI_DRAW_H
#define TIPCHECK_TUI_DRAW_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/catalog.h"
#include "tipcheck/model.h"
#include "tui_keys.h"

enum tui_role {
	ROLE_NORMAL,
	ROLE_TITLE,		/* title bar */
	ROLE_KEYBAR,		/* key bar: labels */
	ROLE_KEY,		/* key bar: the keys */
	ROLE_HEADING,		/* headings inside a screen */
	ROLE_SIGN,		/* the sign on the question screen */
	ROLE_SELECTION,		/* the highlighted row */
	ROLE_DIM,		/* hints, guidance labels */
	ROLE_ANSWER,		/* the current answer */
	ROLE_PERSON,		/* the question on the person's screen */
	ROLE_URGENT,
	ROLE_REFER,
	ROLE_REFER_FURTHER,
	ROLE_INFORM,
	ROLE_COUNT
};

/* Sets up colours (or not: no colour terminal, mode "never", or NO_COLOR
 * set and mode not "always"). mode: --colour's "auto", "always", "never",
 * or NULL for auto. Returns whether colours are used. Call after initscr(). */
bool tui_draw_init(const char *mode);

/* The curses attributes of a role (colour pair, or the monochrome
 * fallback: bold, reverse, underline). */
int tui_role_attr(enum tui_role r);

/* The role of a result level (NONE draws as inform). */
enum tui_role tui_level_role(enum level l);

/* The widest a line of text is set, in columns: lines much longer are
 * hard to read, so a wide terminal gets a margin on the right. */
#define TUI_MEASURE 100

/* The columns to set text in when there are `room` columns: room, at
 * most TUI_MEASURE. */
int tui_measure(int room);

/* The mark of a cut: "\u2026" where the user's locale is UTF-8, "..."
 * elsewhere. Static. */
const char *tui_ellipsis(void);

/* Draws s (UTF-8, len bytes) at y, x in at most width columns. What does
 * not fit is cut at a character boundary and ends with tui_ellipsis().
 * Returns the columns drawn. */
int tui_put(int y, int x, int width, const char *s, size_t len, enum tui_role r);
/* Same for a NUL-terminated string. */
int tui_puts(int y, int x, int width, const char *s, enum tui_role r);
/* Fills a row from x to the right edge with spaces in a role. */
void tui_fill(int y, int x, enum tui_role r);
/* Fills width columns of a row from x. */
void tui_fill_width(int y, int x, int width, enum tui_role r);
/* Marks row y as a list's selection over width columns from x: the
 * selection's colour and "> " at x, which shows it on any terminal.
 * Returns the column the entry's text starts at (x + 2). */
int tui_selection(int y, int x, int width);
/* Draws s centred on row y. */
void tui_put_centred(int y, const char *s, size_t len, enum tui_role r);

/* Title bar on row 0: left text and right text (either may be NULL),
 * after the tag set by tui_title_tag(), if any. */
void tui_title_bar(const char *left, const char *right);

/* A tag shown first in every title bar (training mode: "[TRAINING]"),
 * or NULL for none. Borrowed: must outlive the drawing. */
void tui_title_tag(const char *tag);
/* Key bar on the last row: the SHOW_BAR rows of a screen's key table
 * (keys, n) from the left and of the global table (global, n_global) at
 * the right; labels in lang. When the bar is narrow the keys that matter
 * most stay (quit and quick exit at every width, then help, then each
 * screen's way on: a rank per action); the rest is left out (F1 lists
 * everything). */
void tui_draw_key_bar(const struct tr *lang, const struct tui_binding *keys, size_t n,
		      const struct tui_binding *global, size_t n_global);
/* The SHOW_HINT rows of a key table on row y from column x. */
void tui_draw_key_hints(const struct tr *lang, const struct tui_binding *keys, size_t n,
			int y, int x);
/* The printable name of a key ("y", "F1", "Ctrl-X", "Enter") in lang,
 * borrowed or made in buf. */
const char *tui_draw_key_name(const struct tr *lang, int key, char *buf, size_t size);

/* A document: wrapped lines borrowing their text. */
struct tui_line {
	const char *text;	/* borrowed: lives as long as the source */
	size_t len;
	int indent;
	enum tui_role role;
};

struct tui_doc {
	struct tui_line *v;
	size_t n, cap;
	int width;		/* columns lines are wrapped to */
	char **owned;		/* strings made for this document */
	size_t n_owned, cap_owned;
};

void tui_doc_init(struct tui_doc *d, int width);
void tui_doc_free(struct tui_doc *d);
/* Appends text wrapped to the width less indent. NULL or "" adds
 * nothing. */
void tui_doc_add(struct tui_doc *d, const char *text, int indent, enum tui_role r);
/* Takes ownership of s (freed with the document) and appends it. */
void tui_doc_add_owned(struct tui_doc *d, char *s, int indent, enum tui_role r);
void tui_doc_blank(struct tui_doc *d);
/* Draws lines from first on rows y..y+height-1 from column x. */
void tui_doc_draw(const struct tui_doc *d, size_t first, int y, int x, int height);
/* The first line to show so that [first, first+height) stays within the
 * document. */
size_t tui_doc_clamp(const struct tui_doc *d, size_t first, int height);

/* Applies a scroll action (up, down, page, home, end) to *first for a
 * document of n lines shown height rows at a time. Returns whether the
 * action was a scroll action. */
bool tui_scroll(enum tui_action a, size_t *first, size_t n, int height);

/* A ui string of the worker's language with {name} placeholders filled:
 * a new string owned by the caller. */
char *tui_format(const struct tr *tr, const char *key, const char *const *names,
		 const char *const *values, size_t n);

#endif
