/*
 * The full-screen interview: its state, its screens and their key tables.
 *
 * Each screen is an enter/act/draw triple (tui_start.c, tui_question.c...).
 * A key is looked up in the global table and then the screen's table;
 * the screen's act() applies the action and returns a reaction; one loop
 * (tui.c) redraws after every key. draw() never changes state. Front-end
 * code only; nothing here writes a file.
 */
#ifndef TIPCHECK_TUI_H
#define TIPCHECK_TUI_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/catalog.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/explain.h"
#include "interview.h"
#include "tipcheck/model.h"
#include "tipcheck/session.h"
#include "tui_keys.h"
#include "speech.h"

/* The smallest terminal the screens are laid out for. */
#define TUI_MIN_COLS 60
#define TUI_MIN_LINES 20

enum tui_screen_id {
	TUI_START,		/* languages, region, situation, checklists */
	TUI_QUESTION,		/* one step of the interview, worker's view */
	TUI_SECTIONS,		/* pick a section to jump to */
	TUI_PERSON,		/* person-facing: one question, their language */
	TUI_REVIEW,		/* all answers by section */
	TUI_RESULT,		/* the recommendation and its reasoning */
	TUI_HELP,		/* the keys of the screen it was opened from */
	TUI_ALERT_EMERGENCY,	/* a safety interrupt: act now */
	TUI_ALERT_DISCREET,	/* a safety interrupt: close discreetly */
	TUI_NEUTRAL,		/* after stopping at an alert: nothing shown */
	TUI_CONSENT,		/* person-facing: consent first, or "not now" */
	TUI_SCREEN_COUNT
};

enum tui_reaction {
	TUI_CONTINUE,		/* redraw and read the next key */
	TUI_QUIT,		/* leave normally (answers wiped) */
	TUI_QUICK_EXIT,		/* wipe, clear, leave at once */
};

struct tui;

struct tui_screen {
	const char *name;	/* for diagnostics */
	const struct tui_binding *keys;
	size_t n_keys;
	/* Called when the screen is shown; may be NULL. */
	void (*enter)(struct tui *t);
	/* Applies an action (key: the key pressed). */
	enum tui_reaction (*act)(struct tui *t, enum tui_action a, int key);
	void (*draw)(const struct tui *t);
	/* While the screen's one-line prompt is open, keys other than quick
	 * exit go here instead of the key table; may be NULL. */
	enum tui_reaction (*input)(struct tui *t, int key);
};

/* What the result screen shows: the advice (the training feedback first,
 * the debrief last), the rules in full, or the sources. */
enum tui_result_view { RESULT_ADVICE, RESULT_TRACE, RESULT_SOURCES };

/* Steps of the start screen, in order; skipped when already given. */
enum tui_start_step {
	START_WORKER_LANG,
	START_ASK_LANG,
	START_REGION,
	START_SITUATION,
	START_LISTS,
	START_STEP_COUNT
};

/* The state of one running interview front end. */
struct tui {
	const struct interview_setup *setup;
	const struct content *content;
	struct tr lang, ask_lang;
	const struct directory *region;
	enum situation situation;
	bool color;
	char title_tag[160];		/* [TRAINING], [Draft translation] */

	enum tui_screen_id screen;
	enum tui_screen_id help_from;	/* the screen help was opened on */

	/* Start: the current step, its cursor, the marked checklists
	 * (content order), remembered for the running process only. */
	enum tui_start_step step;
	size_t cursor[START_STEP_COUNT];
	bool *marked;
	bool failed;			/* a file the interview needs has an error */
	bool partial;			/* content: translations only, so far */

	/* The interview; NULL before the start screen is done. */
	struct session *session;
	const struct checklist **lists;	/* chosen (owned array) */
	size_t n_lists;
	struct evaluation *eval;	/* on the result screen */
	struct explanation *explanation;	/* of eval, in lang */
	enum tui_result_view result_view;

	bool guidance;			/* question: guidance panel shown */
	size_t body_scroll;		/* question: first body line shown */
	size_t section_cursor;		/* sections list */
	bool person_done;		/* person mode: past the last question */
	size_t review_cursor;		/* review: selected item, visible order */
	size_t review_scroll;
	size_t result_scroll;
	size_t help_scroll;
	size_t alert_scroll;

	/* Reading aloud (tui_speech.c): the speaker, whether the person's
	 * screens speak, and the last problem to say on the screen. */
	struct speech *speech;
	bool speaking;
	enum speech_status speech_note;
	/* Person-facing: the person agreed to talk in this interview; the
	 * consent text's scroll; the person said "not now". */
	bool consent_given;
	bool declined_shown;
	size_t consent_scroll;

	/* A one-line prompt (the file name to save to) and the last
	 * message of an explicit action (printed, saved, failed). */
	bool prompt_open;
	char prompt[256];
	size_t prompt_len;
	bool overwrite;			/* confirmed: replace the file */
	bool print_asked;		/* P asked once: P again prints */
	char *message;			/* owned; NULL: none */
};

/* The screens, indexed by enum tui_screen_id. */
extern const struct tui_screen tui_start_screen, tui_question_screen,
	tui_sections_screen, tui_person_screen, tui_review_screen,
	tui_result_screen, tui_help_screen, tui_alert_emergency_screen,
	tui_alert_discreet_screen, tui_neutral_screen, tui_consent_screen;

/* Shows screen id (calls its enter()). */
void tui_show(struct tui *t, enum tui_screen_id id);
const struct tui_screen *tui_screen_of(enum tui_screen_id id);

/* The key bar of screen s with the global keys, the hint row of s, and
 * the name of a key, in the worker's language (tui_draw.h). */
void tui_key_bar(const struct tui *t, const struct tui_screen *s);
void tui_key_hints(const struct tui *t, const struct tui_screen *s, int y, int x);
const char *tui_key_name(const struct tui *t, int key, char *buf, size_t size);

/* Starts a session over the chosen lists and shows its first step. */
void tui_begin_interview(struct tui *t);

/* Whether the start menu has a language to ask (tui_start.c). */
bool tui_start_lang_step(const struct tui *t);

/* Reads the rest of a partial content (setup->whole_content) and sizes
 * what depends on its checklists. False: a file has an error; t->failed
 * is then set and the content is gone: the interview must end at once. */
bool tui_whole_content(struct tui *t);
/* Shows the screen matching the session's state: an alert the session
 * holds for the worker first; step, review, done; after a stop, the
 * interview ends and the neutral screen shows. */
void tui_follow_session(struct tui *t);
/* The alert screen for an alert of kind k (tui_alert.c). */
enum tui_screen_id tui_alert_screen_of(enum alert_kind k);
/* Applies a session event, then follows the session's state. */
bool tui_session_event(struct tui *t, enum session_event_kind kind,
		       enum answer a, size_t index);
/* Frees the session, the evaluation and the chosen lists; answers are
 * wiped first. */
void tui_end_interview(struct tui *t);
/* After a quick exit, curses ended: clears the screen and, where the
 * terminal allows, its scrollback. */
void tui_clear_scrollback(void);

/* The answer an action stands for (ACT_YES -> ANSWER_YES...); false for
 * any other action. */
bool tui_action_answer(enum tui_action a, enum answer *out);
/* The ui key of an answer's label ("ui.tui.answer.yes"). */
const char *tui_answer_label(enum answer a);
/* The ui key of a strength's label ("ui.tui.strength.strong"). */
const char *tui_strength_label(enum strength st);
/* A section's title as the jump list and the review show it: its own
 * title, then its checklist's (ui.tui.section-of), in the worker's
 * language. A new string owned by the caller. */
char *tui_section_title(const struct tui *t, const struct section *s);

#endif
