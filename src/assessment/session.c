/* The interview session: steps, answers and navigation as a state machine. */
#include <stdlib.h>
#include <string.h>

#include "shown.h"
#include "tipcheck/privacy.h"
#include "tipcheck/fit.h"
#include "tipcheck/session.h"
#include "tipcheck/situation.h"
#include "tipcheck/xalloc.h"

/* A step: a section of the interview and, within it, INTRO or the
 * position of an item in section->items. */
#define INTRO ((size_t)-1)

struct step {
	size_t sec;
	size_t pos;
};

struct session {
	const struct content *c;
	const struct checklist **lists;
	size_t n_lists;
	enum situation situation;
	enum answer *answers;		/* content->n_items, by item->index */
	bool *in_interview;		/* content->n_items: item is ours */
	const struct section **sections;
	size_t n_sections;
	struct shown *shown;		/* which of the sections' items are shown */
	enum session_state state;
	struct step cur;		/* STEP: shown; REVIEW: last shown */
	bool edit_return;		/* next answer goes back to the review */
	bool person;			/* the person holds the screen */
	bool declined;			/* the person does not want to talk now */
	/* Alerts of the interview's rules files; whether each `when` held
	 * after the last change; the raised ones not yet acknowledged, in
	 * the order raised. */
	const struct alert **alerts;
	size_t n_alerts;
	bool *held;
	size_t *raised;
	size_t n_raised;
};

static const char *const state_names[SESSION_STATE_COUNT] = {
	[SESSION_STEP] = "step",
	[SESSION_REVIEW] = "review",
	[SESSION_DONE] = "done",
	[SESSION_STOPPED] = "stopped",
};

static const char *const event_names[SESSION_EV_COUNT] = {
	[SESSION_EV_ANSWER] = "answer",
	[SESSION_EV_NEXT] = "next",
	[SESSION_EV_BACK] = "back",
	[SESSION_EV_JUMP] = "jump",
	[SESSION_EV_REVIEW] = "review",
	[SESSION_EV_EDIT] = "edit",
	[SESSION_EV_SET] = "set",
	[SESSION_EV_RESUME] = "resume",
	[SESSION_EV_FINISH] = "finish",
	[SESSION_EV_ALERT] = "alert",
	[SESSION_EV_PERSON] = "person",
	[SESSION_EV_WORKER] = "worker",
	[SESSION_EV_DECLINE] = "decline",
};

/* The choices each kind of alert offers. */
static const bool offers[ALERT_KIND_COUNT][SESSION_ALERT_CHOICE_COUNT] = {
	[ALERT_EMERGENCY] = { [SESSION_ALERT_CONTINUE] = true, [SESSION_ALERT_RESULT] = true },
	[ALERT_DISCREET] = { [SESSION_ALERT_CONTINUE] = true, [SESSION_ALERT_STOP] = true },
};

const char *session_state_to_str(enum session_state s)
{
	return s < SESSION_STATE_COUNT ? state_names[s] : "?";
}

const char *session_event_to_str(enum session_event_kind k)
{
	return k < SESSION_EV_COUNT ? event_names[k] : "?";
}

bool session_alert_offers(enum alert_kind k, enum session_alert_choice c)
{
	return k < ALERT_KIND_COUNT && c < SESSION_ALERT_CHOICE_COUNT && offers[k][c];
}

size_t session_order_lists(const struct content *c,
			   const struct checklist *const *lists, size_t n_lists,
			   const struct checklist ***out)
{
	const struct checklist **v = xcalloc(c->n_checklists + n_lists + 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < c->n_checklists; i++)
		if (c->checklists[i].first)
			v[n++] = &c->checklists[i];
	for (size_t i = 0; i < n_lists; i++) {
		bool seen = lists[i]->first;

		for (size_t k = 0; k < n && !seen; k++)
			seen = v[k] == lists[i];
		if (!seen)
			v[n++] = lists[i];
	}
	*out = v;
	return n;
}

/* --- steps ------------------------------------------------------------- */

static const struct item *step_item(const struct session *s, struct step st)
{
	return st.pos == INTRO ? NULL : &s->sections[st.sec]->items[st.pos];
}

/* Whether st is a step that is shown now. */
static bool step_valid(const struct session *s, struct step st)
{
	const struct section *sec;

	if (st.sec >= s->n_sections)
		return false;
	sec = s->sections[st.sec];
	if (st.pos == INTRO)
		return sec->intro || sec->guidance;
	return st.pos < sec->n_items && eval_item_visible(&sec->items[st.pos], s->answers);
}

/* The position after st, shown or not; false past the end. */
static bool step_succ(const struct session *s, struct step *st)
{
	if (st->pos == INTRO ? s->sections[st->sec]->n_items > 0
			     : st->pos + 1 < s->sections[st->sec]->n_items) {
		st->pos = st->pos == INTRO ? 0 : st->pos + 1;
		return true;
	}
	if (st->sec + 1 >= s->n_sections)
		return false;
	*st = (struct step){ st->sec + 1, INTRO };
	return true;
}

static bool step_pred(const struct session *s, struct step *st)
{
	if (st->pos != INTRO) {
		st->pos = st->pos == 0 ? INTRO : st->pos - 1;
		return true;
	}
	if (st->sec == 0)
		return false;
	st->sec--;
	st->pos = s->sections[st->sec]->n_items ? s->sections[st->sec]->n_items - 1 : INTRO;
	return true;
}

/* The first shown step at or after st. */
static bool step_forward(const struct session *s, struct step *st)
{
	struct step t = *st;

	if (t.sec >= s->n_sections)
		return false;
	while (!step_valid(s, t))
		if (!step_succ(s, &t))
			return false;
	*st = t;
	return true;
}

static bool step_next(const struct session *s, struct step *st)
{
	struct step t = *st;

	return step_succ(s, &t) && step_forward(s, &t) && (*st = t, true);
}

static bool step_prev(const struct session *s, struct step *st)
{
	struct step t = *st;

	do {
		if (!step_pred(s, &t))
			return false;
	} while (!step_valid(s, t));
	*st = t;
	return true;
}

/* After answers change, the step shown may have been hidden: show the next
 * one instead (or the review when none is left). */
static void settle(struct session *s)
{
	if (step_valid(s, s->cur))
		return;
	if (step_forward(s, &s->cur))
		return;
	if (!step_prev(s, &s->cur))
		s->cur = (struct step){ 0, INTRO };
	if (s->state == SESSION_STEP)
		s->state = SESSION_REVIEW;
}

static void advance(struct session *s)
{
	if (!step_next(s, &s->cur))
		s->state = SESSION_REVIEW;
}

static const struct item *item_by_index(const struct session *s, size_t index)
{
	if (index >= s->c->n_items || !s->in_interview[index])
		return NULL;
	return s->c->items ? s->c->items[index] : NULL;
}

static bool item_step(const struct session *s, const struct item *it, struct step *st)
{
	for (size_t k = 0; k < s->n_sections; k++)
		if (s->sections[k] == it->section) {
			*st = (struct step){ k, (size_t)(it - it->section->items) };
			return true;
		}
	return false;
}

/* --- alerts ------------------------------------------------------------ */

static bool is_raised(const struct session *s, size_t i)
{
	for (size_t k = 0; k < s->n_raised; k++)
		if (s->raised[k] == i)
			return true;
	return false;
}

/* After answers changed: raise every alert whose `when` went from false
 * to true. With raise false, only takes note (the start, presets). */
static void update_alerts(struct session *s, bool raise)
{
	for (size_t i = 0; i < s->n_alerts; i++) {
		bool now = eval_answers(s->alerts[i]->when, s->answers);

		if (raise && now && !s->held[i] && !is_raised(s, i))
			s->raised[s->n_raised++] = i;
		s->held[i] = now;
	}
}

static void wipe_answers(void *arg);
static void restart(struct session *s);

static bool acknowledge(struct session *s, size_t choice)
{
	const struct alert *a = session_alert(s);

	if (!a || !session_alert_offers(a->kind, (enum session_alert_choice)choice))
		return false;
	s->n_raised--;
	memmove(s->raised, s->raised + 1, s->n_raised * sizeof *s->raised);
	switch ((enum session_alert_choice)choice) {
	case SESSION_ALERT_RESULT:
		s->state = SESSION_DONE;
		break;
	case SESSION_ALERT_STOP:
		/* Nothing of this interview may be shown any more. */
		wipe_answers(s);
		shown_reset(s->shown);
		restart(s);
		s->n_raised = 0;
		update_alerts(s, false);
		s->state = SESSION_STOPPED;
		break;
	default:
		break;
	}
	return true;
}

/* --- handlers, one per state ------------------------------------------- */

static bool set_answer(struct session *s, struct session_event ev)
{
	const struct item *it = item_by_index(s, ev.index);

	if (!it || ev.answer >= ANSWER_COUNT)
		return false;
	s->answers[ev.index] = ev.answer;
	shown_changed(s->shown, it);
	settle(s);
	update_alerts(s, true);
	return true;
}

static bool jump(struct session *s, size_t sec)
{
	struct step st = { sec, INTRO };

	if (sec >= s->n_sections || !step_forward(s, &st) || st.sec != sec)
		return false;
	s->cur = st;
	s->state = SESSION_STEP;
	s->edit_return = false;
	return true;
}

static bool on_step(struct session *s, struct session_event ev)
{
	const struct item *it = step_item(s, s->cur);

	switch (ev.kind) {
	case SESSION_EV_ANSWER:
		if (!it || ev.answer >= ANSWER_COUNT)
			return false;
		s->answers[it->index] = ev.answer;
		shown_changed(s->shown, it);
		update_alerts(s, true);
		if (s->edit_return) {
			s->edit_return = false;
			s->state = SESSION_REVIEW;
			settle(s);
			return true;
		}
		/* The answer may hide or show later items; the next step is
		 * found over the new visibility. */
		advance(s);
		return true;
	case SESSION_EV_NEXT:
		if (s->edit_return) {
			s->edit_return = false;
			s->state = SESSION_REVIEW;
			return true;
		}
		advance(s);
		return true;
	case SESSION_EV_BACK:
		return step_prev(s, &s->cur);
	case SESSION_EV_JUMP:
		return jump(s, ev.index);
	case SESSION_EV_REVIEW:
		s->edit_return = false;
		s->state = SESSION_REVIEW;
		return true;
	case SESSION_EV_SET:
		return set_answer(s, ev);
	case SESSION_EV_FINISH:
		s->state = SESSION_DONE;
		return true;
	default:
		return false;
	}
}

static bool on_review(struct session *s, struct session_event ev)
{
	const struct item *it;
	struct step st;

	switch (ev.kind) {
	case SESSION_EV_EDIT:
		it = item_by_index(s, ev.index);
		if (!it || !item_step(s, it, &st) || !step_valid(s, st))
			return false;
		s->cur = st;
		s->state = SESSION_STEP;
		s->edit_return = true;
		return true;
	case SESSION_EV_RESUME:
		if (!step_valid(s, s->cur))
			return false;
		s->state = SESSION_STEP;
		return true;
	case SESSION_EV_JUMP:
		return jump(s, ev.index);
	case SESSION_EV_SET:
		return set_answer(s, ev);
	case SESSION_EV_FINISH:
		s->state = SESSION_DONE;
		return true;
	default:
		return false;
	}
}

/* Back from the result to the review: every answer is kept, and
 * finishing again evaluates them anew. */
static bool on_done(struct session *s, struct session_event ev)
{
	if (ev.kind != SESSION_EV_REVIEW)
		return false;
	s->edit_return = false;
	s->state = SESSION_REVIEW;
	return true;
}

static bool on_stopped(struct session *s, struct session_event ev)
{
	(void)s;
	(void)ev;
	return false;
}

static bool (*const handlers[SESSION_STATE_COUNT])(struct session *, struct session_event) = {
	[SESSION_STEP] = on_step,
	[SESSION_REVIEW] = on_review,
	[SESSION_DONE] = on_done,
	[SESSION_STOPPED] = on_stopped,
};

/* Not now: only what was asked before the consent (the checklists
 * marked `first`: safety and needs) stays; nothing the person might have
 * said after it is kept. */
static bool decline(struct session *s)
{
	for (size_t i = 0; i < s->c->n_items; i++)
		if (!s->c->items[i]->checklist->first)
			privacy_wipe(&s->answers[i], sizeof s->answers[i]);
	update_alerts(s, false);
	s->declined = true;
	s->edit_return = false;
	s->state = SESSION_DONE;
	return true;
}

bool session_handle(struct session *s, struct session_event ev)
{
	if (ev.kind >= SESSION_EV_COUNT || s->state == SESSION_STOPPED)
		return false;
	/* Who holds the screen and the alerts are the same in every state. */
	switch (ev.kind) {
	case SESSION_EV_ALERT:
		return acknowledge(s, ev.index);
	case SESSION_EV_PERSON:
		s->person = true;
		return true;
	case SESSION_EV_WORKER:
		s->person = false;
		return true;
	case SESSION_EV_DECLINE:
		return decline(s);
	default:
		if (!handlers[s->state](s, ev))
			return false;
		/* An answer given after all: the interview goes on. */
		if (ev.kind == SESSION_EV_ANSWER || ev.kind == SESSION_EV_SET)
			s->declined = false;
		return true;
	}
}

/* --- life cycle -------------------------------------------------------- */

static void wipe_answers(void *arg)
{
	struct session *s = arg;

	privacy_wipe(s->answers, s->c->n_items * sizeof *s->answers);
}

static void restart(struct session *s)
{
	s->cur = (struct step){ 0, INTRO };
	s->edit_return = false;
	s->state = step_forward(s, &s->cur) ? SESSION_STEP : SESSION_REVIEW;
}

/* The alerts of the rules files of the interview's checklists, each
 * rules file once, in order of first use. */
static void collect_alerts(struct session *s)
{
	const struct ruleset **seen = xcalloc(s->n_lists + 1, sizeof *seen);
	size_t n_seen = 0, n = 0;

	for (size_t l = 0; l < s->n_lists; l++) {
		const struct ruleset *rs = s->lists[l]->rules;
		bool dup = !rs;

		for (size_t k = 0; k < n_seen && !dup; k++)
			dup = seen[k] == rs;
		if (dup)
			continue;
		seen[n_seen++] = rs;
		n += rs->n_alerts;
	}
	s->alerts = xcalloc(n + 1, sizeof *s->alerts);
	s->held = xcalloc(n + 1, sizeof *s->held);
	s->raised = xcalloc(n + 1, sizeof *s->raised);
	for (size_t r = 0; r < n_seen; r++)
		for (size_t k = 0; k < seen[r]->n_alerts; k++)
			s->alerts[s->n_alerts++] = &seen[r]->alerts[k];
	free(seen);
}

struct session *session_new(const struct content *c,
			    const struct checklist *const *lists, size_t n_lists,
			    enum situation situation)
{
	struct session *s = xcalloc(1, sizeof *s);
	size_t n_sec = 0;

	s->c = c;
	s->situation = situation;
	s->n_lists = session_order_lists(c, lists, n_lists, &s->lists);
	s->answers = xcalloc(c->n_items ? c->n_items : 1, sizeof *s->answers);
	s->in_interview = xcalloc(c->n_items ? c->n_items : 1, sizeof *s->in_interview);
	for (size_t l = 0; l < s->n_lists; l++)
		n_sec += s->lists[l]->n_sections;
	s->sections = xcalloc(n_sec ? n_sec : 1, sizeof *s->sections);
	for (size_t l = 0; l < s->n_lists; l++)
		for (size_t k = 0; k < s->lists[l]->n_sections; k++) {
			const struct section *sec = &s->lists[l]->sections[k];

			s->sections[s->n_sections++] = sec;
			for (size_t i = 0; i < sec->n_items; i++) {
				const struct item *it = &sec->items[i];

				s->in_interview[it->index] = true;
			}
		}
	situation_apply_presets(situation, s->lists, s->n_lists, s->answers);
	s->shown = shown_new(c, s->sections, s->n_sections, s->answers);
	restart(s);
	/* Presets are not answers: an alert they make true is not raised. */
	collect_alerts(s);
	update_alerts(s, false);
	return s;
}

void session_wipe(struct session *s)
{
	wipe_answers(s);
	shown_reset(s->shown);
	restart(s);
	s->person = false;
	s->declined = false;
	s->n_raised = 0;
	update_alerts(s, false);
}

void session_free(struct session *s)
{
	if (!s)
		return;
	wipe_answers(s);
	shown_free(s->shown);
	free(s->answers);
	free(s->in_interview);
	free(s->sections);
	free(s->lists);
	free(s->alerts);
	free(s->held);
	free(s->raised);
	free(s);
}

/* --- queries ----------------------------------------------------------- */

enum session_state session_state(const struct session *s)
{
	return s->state;
}

enum situation session_situation(const struct session *s)
{
	return s->situation;
}

const struct alert *session_alert(const struct session *s)
{
	if (s->person || !s->n_raised || s->state == SESSION_STOPPED)
		return NULL;
	return s->alerts[s->raised[0]];
}

bool session_declined(const struct session *s)
{
	return s->declined;
}

bool session_person(const struct session *s)
{
	return s->person;
}

size_t session_n_checklists(const struct session *s)
{
	return s->n_lists;
}

const struct checklist *const *session_checklists(const struct session *s)
{
	return s->lists;
}

size_t session_n_sections(const struct session *s)
{
	return s->n_sections;
}

const struct section *session_section_at(const struct session *s, size_t i)
{
	return i < s->n_sections ? s->sections[i] : NULL;
}

const struct section *session_section(const struct session *s)
{
	return s->n_sections ? s->sections[s->cur.sec] : NULL;
}

const struct item *session_item(const struct session *s)
{
	return s->n_sections ? step_item(s, s->cur) : NULL;
}

size_t session_section_index(const struct session *s)
{
	return s->cur.sec;
}

void session_progress(const struct session *s, size_t *n, size_t *m)
{
	size_t total = shown_total(s->shown), before = 0;

	if (s->cur.sec < s->n_sections)
		before = shown_before(s->shown, s->cur.sec, s->cur.pos == INTRO ? 0 : s->cur.pos);
	*m = total;
	*n = before + 1 > total ? total : before + 1;
}

bool session_visible(const struct session *s, const struct item *item)
{
	return eval_item_visible(item, s->answers);
}

enum answer session_answer(const struct session *s, const struct item *item)
{
	return s->answers[item->index];
}

const enum answer *session_answers(const struct session *s)
{
	return s->answers;
}

struct evaluation *session_evaluate(const struct session *s,
				    const struct directory *region)
{
	struct evaluation *e = evaluate(s->c, s->lists, s->n_lists, s->answers, region);

	evaluation_fit(e, s->c, session_situation(s), s->answers);
	e->declined = s->declined;
	return e;
}
