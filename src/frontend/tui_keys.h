/*
 * Keys of the full-screen interview: how a key is numbered, the actions
 * keys stand for, and the rows of the key tables (behaviour as data). The
 * screens own their tables (tui.h); drawing a key bar takes a table
 * (tui_draw.h). Front-end code only.
 */
#ifndef TIPCHECK_TUI_KEYS_H
#define TIPCHECK_TUI_KEYS_H

/* Keys: characters are their code point; function keys (KEY_* from
 * curses) are TUI_FN(code), above every code point. */
#define TUI_FN(code) (0x200000 + (code))
#define TUI_CTRL(c) ((c) & 0x1f)
#define TUI_ESC 27

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

#endif
