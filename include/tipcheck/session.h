/*
 * The interview session: which step is shown, the answers so far, and the
 * moves between steps, as an explicit state machine. Pure logic: no I/O.
 *
 * Answers live only in the session's memory and are wiped by
 * session_free() (and session_wipe()).
 */
#ifndef TIPCHECK_SESSION_H
#define TIPCHECK_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/*
 * Steps: for each section in interview order, its intro (if it has one)
 * and then its visible items. The checklists marked `first` come before
 * the chosen ones, whatever the caller passed.
 *
 * Alerts (the rules files' `alerts`): an answer that makes an alert's
 * `when` go from false to true raises it; it is held until acknowledged
 * (SESSION_EV_ALERT), and is not raised again while `when` stays true.
 * While the person holds the screen (person-facing mode) a raised alert
 * is held and not shown: the worker sees it on taking the screen back.
 */
enum session_state {
	SESSION_STEP,		/* showing a step (an intro or an item) */
	SESSION_REVIEW,		/* all answers, by section */
	SESSION_DONE,		/* finished: evaluate */
	SESSION_STOPPED,	/* stopped at an alert: answers wiped, nothing
				 * to show; only session_free() is left */
	SESSION_STATE_COUNT
};

enum session_event_kind {
	SESSION_EV_ANSWER,	/* answer the current item, go to next step */
	SESSION_EV_NEXT,	/* forward without answering (skip) */
	SESSION_EV_BACK,	/* previous visible step */
	SESSION_EV_JUMP,	/* to the first step of section `index` */
	SESSION_EV_REVIEW,	/* to the review */
	SESSION_EV_EDIT,	/* from review: go to item `index`; the next
				 * answer returns to the review */
	SESSION_EV_SET,		/* set item `index` to `answer`, stay */
	SESSION_EV_RESUME,	/* from review: back to the last step shown */
	SESSION_EV_FINISH,	/* end the interview */
	SESSION_EV_ALERT,	/* acknowledge the alert shown, with the
				 * choice `index` (enum session_alert_choice) */
	SESSION_EV_PERSON,	/* the person takes the screen */
	SESSION_EV_WORKER,	/* the worker takes the screen back */
	SESSION_EV_DECLINE,	/* the person does not want to talk now: the
				 * answers of the checklists after those marked
				 * `first` are wiped, and the interview ends
				 * (SESSION_DONE), declined */
	SESSION_EV_COUNT
};

/* What the worker chose at an alert. Which choices an alert offers
 * depends on its kind (session_alert_offers). */
enum session_alert_choice {
	SESSION_ALERT_CONTINUE,	/* go on where the interview was */
	SESSION_ALERT_RESULT,	/* end now: the result (SESSION_DONE) */
	SESSION_ALERT_STOP,	/* stop: answers wiped (SESSION_STOPPED) */
	SESSION_ALERT_CHOICE_COUNT
};

struct session_event {
	enum session_event_kind kind;
	enum answer answer;	/* ANSWER, SET */
	size_t index;		/* JUMP: section ordinal; EDIT, SET: item->index;
				 * ALERT: enum session_alert_choice */
};

const char *session_state_to_str(enum session_state s);
const char *session_event_to_str(enum session_event_kind k);

/* Whether an alert of kind k offers choice c: an emergency offers the
 * result now or to continue; a discreet alert, to stop or continue. */
bool session_alert_offers(enum alert_kind k, enum session_alert_choice c);

struct session;

/*
 * Starts an interview over lists (checklists marked `first` are added in
 * front if missing; duplicates dropped). Items whose preset_yes names the
 * situation start answered "yes". Returns a new session owned by the
 * caller; it borrows c, which must outlive it. The session registers
 * nothing process-wide: the front end that runs it registers
 * session_wipe() on exit and fatal signals (privacy_on_exit()), and
 * forgets it before session_free().
 */
struct session *session_new(const struct content *c,
			    const struct checklist *const *lists, size_t n_lists,
			    enum situation situation);

/*
 * The checklists of an interview over lists, in order: every checklist of
 * c marked `first` (content order), then lists without those and without
 * duplicates. Sets *out to a new array owned by the caller (free()) and
 * returns its length. Used by session_new() and by front ends that
 * evaluate answers without a session (assess).
 */
size_t session_order_lists(const struct content *c,
			   const struct checklist *const *lists, size_t n_lists,
			   const struct checklist ***out);

/* Wipes the answers and frees the session. NULL is fine. */
void session_free(struct session *s);

/* Wipes the answers (all "not asked"; presets are not applied again) and
 * returns to the first step. */
void session_wipe(struct session *s);

/*
 * Applies an event. Returns true when it applied; false when it does not
 * apply in the current state or its index is out of range (nothing
 * changes). ANSWER past the last step moves to SESSION_REVIEW; REVIEW in
 * SESSION_DONE goes back to the review with every answer kept. ALERT
 * applies only while session_alert() shows an alert and the choice is
 * one it offers. Nothing applies in SESSION_STOPPED.
 */
bool session_handle(struct session *s, struct session_event ev);

enum session_state session_state(const struct session *s);
enum situation session_situation(const struct session *s);

/* The alert to show the worker now: the oldest one raised and not yet
 * acknowledged; NULL when there is none, or while the person holds the
 * screen. Borrowed from the content. */
const struct alert *session_alert(const struct session *s);
/* Whether the person holds the screen (SESSION_EV_PERSON). */
bool session_person(const struct session *s);
/* Whether the person declined to talk (SESSION_EV_DECLINE) and no answer
 * was given or changed since. The answers to the checklists marked
 * `first` (safety and needs, asked before the consent) are kept: a
 * danger or a child noted there still counts. */
bool session_declined(const struct session *s);

/* The checklists of the interview, in order (borrowed). */
size_t session_n_checklists(const struct session *s);
const struct checklist *const *session_checklists(const struct session *s);

/* Sections of the interview in order (for jump and review). */
size_t session_n_sections(const struct session *s);
const struct section *session_section_at(const struct session *s, size_t i);

/* The current step: its section, and its item (NULL on an intro step). */
const struct section *session_section(const struct session *s);
const struct item *session_item(const struct session *s);
/* Ordinal of the current section in session_section_at(). */
size_t session_section_index(const struct session *s);

/* Progress: item n (1-based) of m visible items; on an intro step n is
 * the number of the next item. */
void session_progress(const struct session *s, size_t *n, size_t *m);

bool session_visible(const struct session *s, const struct item *item);
enum answer session_answer(const struct session *s, const struct item *item);
/* The answers, indexed by item->index (content->n_items long); borrowed,
 * valid until the next event or session_free. */
const enum answer *session_answers(const struct session *s);

/* Evaluates the answers so far (any state); the evaluation says whether
 * the person declined (session_declined). */
struct evaluation *session_evaluate(const struct session *s,
				    const struct directory *region);

#endif
