/*
 * Keys of the full-screen interview: how a key is numbered, the actions
 * keys stand for, the rows of the key tables (behaviour as data), the
 * keys of every screen, and the answer letters of the worker's language
 * (tui_keys.c). The screens own their tables (tui.h); drawing a key bar
 * takes a table (tui_draw.h). Front-end code only.
 */
#ifndef TIPCHECK_TUI_KEYS_H
#define TIPCHECK_TUI_KEYS_H

#include <stddef.h>

struct tr;

/* Keys: characters are their code point; function keys (KEY_* from
 * curses) are TUI_FN(code), above every code point. */
#define TUI_FN(code) (0x200000 + (code))
#define TUI_CTRL(c) ((c) & 0x1f)
#define TUI_ESC 27
/* A row whose key is the worker's letter for its action (an answer):
 * ui.tui.keys.yes... of the worker's language, "s" for "sí". Digits stay
 * in their own rows: they work on every keyboard layout. */
#define TUI_LETTER (-2)

enum tui_action {
	ACT_NONE,
	ACT_QUICK_EXIT,
	ACT_HELP,
	ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_HOME, ACT_END,
	ACT_SELECT,		/* Enter: choose, go to, continue */
	ACT_TOGGLE,		/* Space: mark a checklist */
	ACT_BACK,		/* previous step / screen */
	ACT_CLOSE,		/* leave an overlay screen */
	ACT_YES, ACT_NO, ACT_UNKNOWN, ACT_NOT_ASKED,
	ACT_FORWARD,		/* next step without answering */
	ACT_JUMP,		/* the list of sections */
	ACT_REVIEW,
	ACT_GUIDANCE,		/* show or hide the guidance panel */
	ACT_PERSON,		/* person-facing mode on */
	ACT_LEAVE,		/* person-facing mode off (the worker) */
	ACT_FINISH,		/* from the review to the result */
	ACT_NEW,		/* a new interview: wipes everything */
	ACT_PRINT,		/* print the result summary */
	ACT_SAVE,		/* save the result summary to a file */
	ACT_WHY,		/* result: the rules in full, or back */
	ACT_SOURCES,		/* result: sources and judgements, or back */
	ACT_QUIT,
	ACT_CONTINUE,		/* alert: go on with the interview */
	ACT_RESULT,		/* alert: the result now */
	ACT_STOP,		/* alert: stop, showing nothing */
	ACT_SPEAK,		/* read the step aloud in the person's language */
	ACT_SILENCE,		/* speech off */
	ACT_REPEAT,		/* person: hear it again */
	ACT_AGREE,		/* person: I agree to talk */
	ACT_DECLINE,		/* person: I do not want to talk now */
	ACT_ASK,		/* person: I have a question (screen to the worker) */
	ACT_COUNT
};

/* Where a key is shown besides help (which lists every row). */
enum tui_show {
	SHOW_HELP,		/* only in help */
	SHOW_BAR,		/* also in the key bar at the bottom */
	SHOW_HINT,		/* also in the screen's own hint row */
	SHOW_WORKER,		/* person-facing screens: only in the worker's
				 * help, never in the person's */
};

/* One row of a key table: behaviour as data. label is a ui key. Rows of
 * one action follow each other (help shows them on one line). */
struct tui_binding {
	int key;
	enum tui_action action;
	const char *label;
	enum tui_show show;
};

/* Keys that work on every screen (quick exit, help), looked up before
 * the screen's own. */
extern const struct tui_binding tui_global_keys[];
extern const size_t tui_n_global_keys;

/* The ui key naming the worker's letter for action a ("ui.tui.keys.yes"),
 * NULL for an action without one. */
const char *tui_letter_ui_key(enum tui_action a);

/* The key s names when it is one key a translator may give an answer:
 * one printable character, not a digit (digits are the answers' on every
 * layout), not a blank; else -1. */
int tui_letter_parse(const char *s);

/* The row of b[0..n) or of the global keys, other than row i, that key
 * also stands for (a fixed key, or another row's letter in tr); NULL when
 * key is free. */
const struct tui_binding *tui_key_clash(const struct tr *tr, const struct tui_binding *b,
					size_t n, size_t i, int key);

/* The key row i of b stands for in the worker's language tr: its own, or
 * for a TUI_LETTER row the worker's letter, -1 when that letter is
 * missing, not one key, or taken by another row or a global key (so that
 * one key never means two things). */
int tui_row_key(const struct tr *tr, const struct tui_binding *b, size_t n, size_t i);

#endif
