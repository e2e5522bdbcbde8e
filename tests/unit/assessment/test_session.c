/* Unit tests: the interview session state machine, without a terminal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"
#include "tipcheck/session.h"

/*
 * safety (first): section "needs" with an intro, items danger, child
 *   (preset yes for child and unsure).
 * labour: section "recruit" (r1, r2 shown only if r1 is yes), section
 *   "work" with an intro (w1), section "end" with an intro and no items.
 * other: section "o" (o1).
 */
struct w {
	struct fx *f;
	struct checklist *safety, *labour, *other;
	struct item *danger, *child, *r1, *r2, *w1, *o1;
	struct element *el;
};

static struct w world(void)
{
	struct w w = { .f = fx_new() };
	struct fx *f = w.f;
	struct ruleset *rs = fx_ruleset(f, "tr");
	struct section *sec;

	w.el = fx_element(f, rs, "rec", 0);
	fx_ilo_rule(w.el);
	w.safety = fx_checklist(f, "safety", rs, true);
	sec = fx_section(f, w.safety, "needs", NULL, "Read this out first.");
	w.danger = fx_item(f, sec, "danger", STRENGTH_STRONG);
	w.child = fx_item(f, sec, "child", STRENGTH_NONE);
	w.child->preset_yes = 1u << SITUATION_CHILD | 1u << SITUATION_UNSURE;
	w.labour = fx_checklist(f, "labour", rs, false);
	sec = fx_section(f, w.labour, "recruit", w.el, NULL);
	w.r1 = fx_item(f, sec, "r1", STRENGTH_STRONG);
	w.r2 = fx_item(f, sec, "r2", STRENGTH_MEDIUM);
	w.r2->show_if = ex_item(f, w.r1);
	sec = fx_section(f, w.labour, "work", w.el, "About work.");
	w.w1 = fx_item(f, sec, "w1", STRENGTH_WEAK);
	fx_section(f, w.labour, "end", NULL, "Thank the person.");
	w.other = fx_checklist(f, "other", rs, false);
	sec = fx_section(f, w.other, "o", NULL, NULL);
	w.o1 = fx_item(f, sec, "o1", STRENGTH_WEAK);
	fx_done(f);
	return w;
}

static struct session *start(struct w *w, enum situation sit)
{
	const struct checklist *lists[] = { w->labour };

	return session_new(&w->f->c, lists, 1, sit);
}

static bool ev(struct session *s, enum session_event_kind k, enum answer a, size_t index)
{
	return session_handle(s, (struct session_event){ .kind = k, .answer = a, .index = index });
}

static bool answer(struct session *s, enum answer a)
{
	return ev(s, SESSION_EV_ANSWER, a, 0);
}

#define assert_step(s, sec_id, item_ptr) do { \
		assert_int_equal(session_state(s), SESSION_STEP); \
		assert_string_equal(session_section(s)->id, (sec_id)); \
		assert_ptr_equal(session_item(s), (item_ptr)); \
	} while (0)

/* First checklists come first; intro, then items; forward to the review. */
static void navigation(void **state)
{
	struct w w = world();
	struct session *s = start(&w, SITUATION_ADULT);

	(void)state;
	assert_int_equal(session_n_checklists(s), 2);
	assert_ptr_equal(session_checklists(s)[0], w.safety);
	assert_ptr_equal(session_checklists(s)[1], w.labour);
	assert_int_equal(session_n_sections(s), 4);
	assert_step(s, "needs", NULL);			/* the intro */
	assert_false(answer(s, ANSWER_YES));		/* nothing to answer on an intro */
	assert_false(ev(s, SESSION_EV_BACK, 0, 0));	/* nothing before */
	assert_false(ev(s, SESSION_EV_RESUME, 0, 0));	/* only from the review */
	assert_true(ev(s, SESSION_EV_NEXT, 0, 0));
	assert_step(s, "needs", w.danger);
	assert_true(answer(s, ANSWER_NO));
	assert_step(s, "needs", w.child);
	assert_true(answer(s, ANSWER_NO));
	assert_step(s, "recruit", w.r1);
	assert_true(answer(s, ANSWER_NO));		/* hides r2 */
	assert_step(s, "work", NULL);
	assert_true(ev(s, SESSION_EV_BACK, 0, 0));
	assert_step(s, "recruit", w.r1);
	assert_true(ev(s, SESSION_EV_BACK, 0, 0));
	assert_step(s, "needs", w.child);
	assert_int_equal(session_answer(s, w.child), ANSWER_NO);
	assert_true(ev(s, SESSION_EV_NEXT, 0, 0));	/* skip keeps the answer */
	assert_int_equal(session_answer(s, w.child), ANSWER_NO);
	assert_true(answer(s, ANSWER_YES));		/* r1 yes: r2 shown */
	assert_step(s, "recruit", w.r2);
	assert_true(answer(s, ANSWER_UNKNOWN));
	assert_step(s, "work", NULL);
	assert_true(ev(s, SESSION_EV_NEXT, 0, 0));
	assert_step(s, "work", w.w1);
	assert_true(answer(s, ANSWER_YES));
	assert_step(s, "end", NULL);			/* intro-only section */
	assert_true(ev(s, SESSION_EV_NEXT, 0, 0));
	assert_int_equal(session_state(s), SESSION_REVIEW);
	assert_true(ev(s, SESSION_EV_RESUME, 0, 0));
	assert_step(s, "end", NULL);
	assert_true(ev(s, SESSION_EV_FINISH, 0, 0));
	assert_int_equal(session_state(s), SESSION_DONE);
	assert_false(ev(s, SESSION_EV_NEXT, 0, 0));
	assert_false(ev(s, SESSION_EV_SET, ANSWER_YES, w.r1->index));
	session_free(s);
	fx_free(w.f);
}

/* Changing an answer re-evaluates show_if; the hidden answer is kept but
 * not counted. */
static void skip_logic(void **state)
{
	struct w w = world();
	struct session *s = start(&w, SITUATION_ADULT);
	struct evaluation *e;

	(void)state;
	assert_false(session_visible(s, w.r2));
	assert_true(ev(s, SESSION_EV_SET, ANSWER_YES, w.r1->index));
	assert_true(session_visible(s, w.r2));
	assert_true(ev(s, SESSION_EV_SET, ANSWER_YES, w.r2->index));
	e = session_evaluate(s, NULL);
	assert_int_equal(e->elements[0].yes[STRENGTH_STRONG], 1);
	assert_int_equal(e->elements[0].yes[STRENGTH_MEDIUM], 1);
	assert_int_equal(e->elements[0].state, ELEMENT_POSITIVE);
	evaluation_free(e);

	assert_true(ev(s, SESSION_EV_SET, ANSWER_NO, w.r1->index));	/* change of answer */
	assert_false(session_visible(s, w.r2));
	assert_int_equal(session_answer(s, w.r2), ANSWER_YES);	/* kept */
	e = session_evaluate(s, NULL);
	assert_int_equal(e->elements[0].yes[STRENGTH_MEDIUM], 0);	/* not counted */
	assert_int_equal(e->elements[0].state, ELEMENT_NOT_POSITIVE);
	evaluation_free(e);

	/* Standing on r2 when it gets hidden moves on to the next step. */
	assert_true(ev(s, SESSION_EV_SET, ANSWER_YES, w.r1->index));
	assert_true(ev(s, SESSION_EV_JUMP, 0, 1));
	assert_true(ev(s, SESSION_EV_NEXT, 0, 0));
	assert_step(s, "recruit", w.r2);
	assert_true(ev(s, SESSION_EV_SET, ANSWER_NO, w.r1->index));
	assert_step(s, "work", NULL);

	/* Items outside the interview cannot be set. */
	assert_false(ev(s, SESSION_EV_SET, ANSWER_YES, w.o1->index));
	assert_false(ev(s, SESSION_EV_SET, ANSWER_YES, 9999));
	assert_false(ev(s, SESSION_EV_SET, ANSWER_COUNT, w.r1->index));
	session_free(s);
	fx_free(w.f);
}

static void presets(void **state)
{
	struct w w = world();
	struct session *s;

	(void)state;
	s = start(&w, SITUATION_ADULT);
	assert_int_equal(session_answer(s, w.child), ANSWER_NOT_ASKED);
	assert_int_equal(session_situation(s), SITUATION_ADULT);
	session_free(s);
	s = start(&w, SITUATION_CHILD);
	assert_int_equal(session_answer(s, w.child), ANSWER_YES);
	session_free(s);
	s = start(&w, SITUATION_UNSURE);
	assert_int_equal(session_answer(s, w.child), ANSWER_YES);
	assert_int_equal(session_answer(s, w.danger), ANSWER_NOT_ASKED);
	session_free(s);
	fx_free(w.f);
}

/* Progress counts visible items; an intro shows the next item's number. */
static void progress(void **state)
{
	struct w w = world();
	struct session *s = start(&w, SITUATION_ADULT);
	size_t n, m;

	(void)state;
	session_progress(s, &n, &m);
	assert_int_equal(n, 1);
	assert_int_equal(m, 4);			/* danger, child, r1, w1 */
	ev(s, SESSION_EV_NEXT, 0, 0);
	session_progress(s, &n, &m);
	assert_int_equal(n, 1);
	answer(s, ANSWER_NO);
	answer(s, ANSWER_NO);
	session_progress(s, &n, &m);
	assert_int_equal(n, 3);
	answer(s, ANSWER_YES);			/* r1 yes: r2 appears */
	session_progress(s, &n, &m);
	assert_int_equal(n, 4);
	assert_int_equal(m, 5);
	answer(s, ANSWER_NO);
	session_progress(s, &n, &m);		/* the "work" intro */
	assert_ptr_equal(session_item(s), NULL);
	assert_int_equal(n, 5);
	session_free(s);
	fx_free(w.f);
}

static void jump(void **state)
{
	struct w w = world();
	struct session *s = start(&w, SITUATION_ADULT);

	(void)state;
	assert_true(ev(s, SESSION_EV_JUMP, 0, 2));
	assert_step(s, "work", NULL);
	assert_int_equal(session_section_index(s), 2);
	assert_true(ev(s, SESSION_EV_JUMP, 0, 1));
	assert_step(s, "recruit", w.r1);
	assert_false(ev(s, SESSION_EV_JUMP, 0, 4));	/* out of range */
	assert_step(s, "recruit", w.r1);
	assert_true(ev(s, SESSION_EV_REVIEW, 0, 0));
	assert_true(ev(s, SESSION_EV_JUMP, 0, 0));	/* from the review too */
	assert_step(s, "needs", NULL);
	assert_string_equal(session_section_at(s, 3)->id, "end");
	assert_null(session_section_at(s, 4));
	session_free(s);
	fx_free(w.f);
}

/* Edit from the review returns to the review after the answer; resume
 * goes back to the step last shown. */
static void review_and_edit(void **state)
{
	struct w w = world();
	struct session *s = start(&w, SITUATION_ADULT);

	(void)state;
	ev(s, SESSION_EV_NEXT, 0, 0);
	answer(s, ANSWER_YES);				/* danger */
	assert_step(s, "needs", w.child);
	assert_true(ev(s, SESSION_EV_REVIEW, 0, 0));
	assert_int_equal(session_state(s), SESSION_REVIEW);
	assert_false(answer(s, ANSWER_NO));		/* not in the review */
	assert_false(ev(s, SESSION_EV_EDIT, 0, w.r2->index));	/* hidden */
	assert_false(ev(s, SESSION_EV_EDIT, 0, w.o1->index));	/* not ours */
	assert_true(ev(s, SESSION_EV_EDIT, 0, w.danger->index));
	assert_step(s, "needs", w.danger);
	assert_true(answer(s, ANSWER_NO));
	assert_int_equal(session_state(s), SESSION_REVIEW);
	assert_int_equal(session_answer(s, w.danger), ANSWER_NO);
	assert_true(ev(s, SESSION_EV_RESUME, 0, 0));
	assert_step(s, "needs", w.danger);		/* last step shown */
	assert_true(answer(s, ANSWER_NO));
	assert_step(s, "needs", w.child);		/* ordinary flow again */

	/* Skipping while editing also returns to the review. */
	ev(s, SESSION_EV_REVIEW, 0, 0);
	assert_true(ev(s, SESSION_EV_EDIT, 0, w.w1->index));
	assert_true(ev(s, SESSION_EV_NEXT, 0, 0));
	assert_int_equal(session_state(s), SESSION_REVIEW);
	assert_true(ev(s, SESSION_EV_FINISH, 0, 0));
	assert_int_equal(session_state(s), SESSION_DONE);
	session_free(s);
	fx_free(w.f);
}

static void wipe(void **state)
{
	struct w w = world();
	struct session *s = start(&w, SITUATION_CHILD);
	const enum answer *a;

	(void)state;
	ev(s, SESSION_EV_SET, ANSWER_YES, w.r1->index);
	ev(s, SESSION_EV_JUMP, 0, 2);
	session_wipe(s);
	a = session_answers(s);
	for (size_t i = 0; i < w.f->c.n_items; i++)
		assert_int_equal(a[i], ANSWER_NOT_ASKED);
	assert_step(s, "needs", NULL);
	session_free(s);
	session_free(NULL);
	fx_free(w.f);
}

static void names(void **state)
{
	(void)state;
	assert_string_equal(session_state_to_str(SESSION_REVIEW), "review");
	assert_string_equal(session_event_to_str(SESSION_EV_EDIT), "edit");
	assert_string_equal(session_state_to_str(SESSION_STATE_COUNT), "?");
	for (int k = 0; k < SESSION_EV_COUNT; k++)
		assert_string_not_equal(session_event_to_str((enum session_event_kind)k), "?");
}

/* The first checklists are put in front once, whatever the caller passed. */
static void order_lists(void **state)
{
	struct w w = world();
	const struct checklist *in[] = { w.other, w.safety, w.labour, w.other };
	const struct checklist **out;
	size_t n = session_order_lists(&w.f->c, in, 4, &out);

	(void)state;
	assert_int_equal(n, 3);
	assert_ptr_equal(out[0], w.safety);
	assert_ptr_equal(out[1], w.other);
	assert_ptr_equal(out[2], w.labour);
	free(out);
	fx_free(w.f);
}

/*
 * Alerts: safety (first) with danger, talk (safe to talk; "no" is the
 * worry) and child (preset for child and unsure); labour with r1 and r2.
 * "now" (emergency) when danger is yes; "quiet" (discreet) when talk is
 * answered no; "kid" (emergency) when child is yes.
 */
struct aw {
	struct fx *f;
	struct checklist *safety, *labour;
	struct item *danger, *talk, *child, *r1, *r2;
	struct alert *now, *quiet, *kid;
};

static struct aw alert_world(void)
{
	struct aw w = { .f = fx_new() };
	struct fx *f = w.f;
	struct ruleset *rs = fx_ruleset(f, "tr");
	struct element *el = fx_element(f, rs, "rec", 0);
	struct section *sec;

	fx_ilo_rule(el);
	w.safety = fx_checklist(f, "safety", rs, true);
	sec = fx_section(f, w.safety, "needs", NULL, NULL);
	w.danger = fx_item(f, sec, "danger", STRENGTH_NONE);
	w.talk = fx_item(f, sec, "talk", STRENGTH_NONE);
	w.child = fx_item(f, sec, "child", STRENGTH_NONE);
	w.child->preset_yes = 1u << SITUATION_CHILD | 1u << SITUATION_UNSURE;
	w.labour = fx_checklist(f, "labour", rs, false);
	sec = fx_section(f, w.labour, "recruit", el, NULL);
	w.r1 = fx_item(f, sec, "r1", STRENGTH_STRONG);
	w.r2 = fx_item(f, sec, "r2", STRENGTH_MEDIUM);
	w.now = fx_alert(f, rs, "now", ALERT_EMERGENCY, ex_item(f, w.danger), "emergency");
	w.quiet = fx_alert(f, rs, "quiet", ALERT_DISCREET,
			   ex_all(f, ex_answered(f, w.talk), ex_not(f, ex_item(f, w.talk)), NULL),
			   "hotline");
	w.kid = fx_alert(f, rs, "kid", ALERT_EMERGENCY, ex_item(f, w.child), NULL);
	fx_done(f);
	return w;
}

static struct session *start_alerts(struct aw *w, enum situation sit)
{
	const struct checklist *lists[] = { w->labour };

	return session_new(&w->f->c, lists, 1, sit);
}

static bool ack(struct session *s, enum session_alert_choice c)
{
	return ev(s, SESSION_EV_ALERT, ANSWER_NOT_ASKED, c);
}

/* A yes raises the alert; it is held until acknowledged, and continuing
 * goes on with the next step. */
static void alert_raised(void **state)
{
	struct aw w = alert_world();
	struct session *s = start_alerts(&w, SITUATION_ADULT);

	(void)state;
	assert_null(session_alert(s));
	assert_true(answer(s, ANSWER_NO));		/* danger: no */
	assert_null(session_alert(s));
	assert_true(ev(s, SESSION_EV_BACK, 0, 0));
	assert_true(answer(s, ANSWER_YES));		/* danger: yes */
	assert_ptr_equal(session_alert(s), w.now);
	assert_step(s, "needs", w.talk);
	/* Held: still shown after looking at it again. */
	assert_ptr_equal(session_alert(s), w.now);
	assert_false(ev(s, SESSION_EV_ALERT, 0, SESSION_ALERT_CHOICE_COUNT));
	assert_true(ack(s, SESSION_ALERT_CONTINUE));
	assert_null(session_alert(s));
	assert_step(s, "needs", w.talk);
	assert_int_equal(session_answer(s, w.danger), ANSWER_YES);
	/* Nothing to acknowledge now. */
	assert_false(ack(s, SESSION_ALERT_CONTINUE));
	session_free(s);
	fx_free(w.f);
}

/* Not raised again while `when` stays true; raised again after it went
 * false and true. */
static void alert_not_raised_again(void **state)
{
	struct aw w = alert_world();
	struct session *s = start_alerts(&w, SITUATION_ADULT);

	(void)state;
	assert_true(answer(s, ANSWER_YES));
	assert_true(ack(s, SESSION_ALERT_CONTINUE));
	assert_true(ev(s, SESSION_EV_BACK, 0, 0));
	assert_true(answer(s, ANSWER_YES));		/* yes again: still true */
	assert_null(session_alert(s));
	assert_true(ev(s, SESSION_EV_SET, ANSWER_UNKNOWN, w.danger->index));
	assert_null(session_alert(s));
	assert_true(ev(s, SESSION_EV_SET, ANSWER_YES, w.danger->index));
	assert_ptr_equal(session_alert(s), w.now);
	assert_true(ack(s, SESSION_ALERT_CONTINUE));
	session_free(s);
	fx_free(w.f);
}

/* An emergency offers the result now (not stop); a discreet alert offers
 * to stop (not the result). */
static void alert_choices(void **state)
{
	struct aw w = alert_world();
	struct session *s = start_alerts(&w, SITUATION_ADULT);

	(void)state;
	assert_true(session_alert_offers(ALERT_EMERGENCY, SESSION_ALERT_RESULT));
	assert_false(session_alert_offers(ALERT_EMERGENCY, SESSION_ALERT_STOP));
	assert_true(session_alert_offers(ALERT_DISCREET, SESSION_ALERT_STOP));
	assert_false(session_alert_offers(ALERT_DISCREET, SESSION_ALERT_RESULT));
	assert_true(answer(s, ANSWER_YES));
	assert_false(ack(s, SESSION_ALERT_STOP));
	assert_ptr_equal(session_alert(s), w.now);
	assert_true(ack(s, SESSION_ALERT_RESULT));
	assert_int_equal(session_state(s), SESSION_DONE);
	assert_int_equal(session_answer(s, w.danger), ANSWER_YES);
	session_free(s);
	fx_free(w.f);
}

/* Stop at a discreet alert: every answer wiped, nothing left to show,
 * nothing applies any more. */
static void alert_stop(void **state)
{
	struct aw w = alert_world();
	struct session *s = start_alerts(&w, SITUATION_CHILD);

	(void)state;
	assert_true(answer(s, ANSWER_NO));		/* danger */
	assert_true(answer(s, ANSWER_NO));		/* talk: not safe */
	assert_ptr_equal(session_alert(s), w.quiet);
	assert_false(ack(s, SESSION_ALERT_RESULT));
	assert_true(ack(s, SESSION_ALERT_STOP));
	assert_int_equal(session_state(s), SESSION_STOPPED);
	assert_null(session_alert(s));
	for (size_t i = 0; i < w.f->c.n_items; i++)
		assert_int_equal(session_answers(s)[i], ANSWER_NOT_ASKED);
	assert_false(answer(s, ANSWER_YES));
	assert_false(ev(s, SESSION_EV_REVIEW, 0, 0));
	assert_false(ev(s, SESSION_EV_FINISH, 0, 0));
	assert_false(ev(s, SESSION_EV_SET, ANSWER_YES, w.danger->index));
	session_free(s);
	fx_free(w.f);
}

/* While the person holds the screen an alert is held, not shown; the
 * worker sees it on taking the screen back. */
static void alert_person_hold(void **state)
{
	struct aw w = alert_world();
	struct session *s = start_alerts(&w, SITUATION_ADULT);

	(void)state;
	assert_true(ev(s, SESSION_EV_PERSON, 0, 0));
	assert_true(session_person(s));
	assert_true(answer(s, ANSWER_YES));		/* danger, by the person */
	assert_null(session_alert(s));
	assert_false(ack(s, SESSION_ALERT_CONTINUE));
	assert_true(answer(s, ANSWER_NO));		/* talk: no, a second alert */
	assert_null(session_alert(s));
	assert_true(answer(s, ANSWER_UNKNOWN));		/* child */
	assert_true(ev(s, SESSION_EV_WORKER, 0, 0));
	assert_false(session_person(s));
	/* Both, oldest first. */
	assert_ptr_equal(session_alert(s), w.now);
	assert_true(ack(s, SESSION_ALERT_CONTINUE));
	assert_ptr_equal(session_alert(s), w.quiet);
	assert_true(ack(s, SESSION_ALERT_CONTINUE));
	assert_null(session_alert(s));
	session_free(s);
	fx_free(w.f);
}

/* Presets are not answers: a child interview does not raise "kid"; the
 * worker's own yes after a no does. */
static void alert_presets(void **state)
{
	struct aw w = alert_world();
	struct session *s = start_alerts(&w, SITUATION_UNSURE);

	(void)state;
	assert_int_equal(session_answer(s, w.child), ANSWER_YES);
	assert_null(session_alert(s));
	assert_true(ev(s, SESSION_EV_SET, ANSWER_NO, w.child->index));
	assert_null(session_alert(s));
	assert_true(ev(s, SESSION_EV_SET, ANSWER_YES, w.child->index));
	assert_ptr_equal(session_alert(s), w.kid);
	/* Wiping forgets raised alerts. */
	session_wipe(s);
	assert_null(session_alert(s));
	session_free(s);
	fx_free(w.f);
}

/* From the result back to the review: nothing is lost, answers can be
 * changed, and finishing again evaluates them anew. */
static void back_from_result(void **state)
{
	struct aw w = alert_world();
	struct session *s = start_alerts(&w, SITUATION_ADULT);
	struct evaluation *e;

	(void)state;
	assert_true(answer(s, ANSWER_NO));
	assert_true(answer(s, ANSWER_YES));
	assert_true(answer(s, ANSWER_NO));
	assert_true(answer(s, ANSWER_YES));		/* r1 */
	assert_true(ev(s, SESSION_EV_FINISH, 0, 0));
	assert_int_equal(session_state(s), SESSION_DONE);
	e = session_evaluate(s, NULL);
	assert_int_equal(e->elements[0].state, ELEMENT_NOT_POSITIVE);
	evaluation_free(e);
	assert_false(answer(s, ANSWER_YES));
	assert_true(ev(s, SESSION_EV_REVIEW, 0, 0));
	assert_int_equal(session_state(s), SESSION_REVIEW);
	assert_int_equal(session_answer(s, w.r1), ANSWER_YES);
	assert_int_equal(session_answer(s, w.talk), ANSWER_YES);
	assert_true(ev(s, SESSION_EV_SET, ANSWER_YES, w.r2->index));
	assert_true(ev(s, SESSION_EV_FINISH, 0, 0));
	e = session_evaluate(s, NULL);
	assert_int_equal(e->elements[0].state, ELEMENT_POSITIVE);
	evaluation_free(e);
	session_free(s);
	fx_free(w.f);
}

/* "Not now": the answers after the consent (every checklist not asked
 * first) are wiped, the safety answers and presets stay, the interview
 * ends declined; a later answer lifts "declined". */
static void decline(void **state)
{
	struct w w = world();
	struct session *s = start(&w, SITUATION_CHILD);
	struct evaluation *e;

	(void)state;
	assert_true(ev(s, SESSION_EV_NEXT, 0, 0));	/* the intro */
	assert_true(answer(s, ANSWER_YES));		/* danger */
	assert_true(answer(s, ANSWER_YES));		/* child (preset yes) */
	assert_true(answer(s, ANSWER_YES));		/* r1 */
	assert_true(answer(s, ANSWER_NO));		/* r2, shown by r1 */
	assert_false(session_declined(s));
	assert_true(ev(s, SESSION_EV_PERSON, 0, 0));
	assert_true(ev(s, SESSION_EV_DECLINE, 0, 0));
	assert_true(session_declined(s));
	assert_int_equal(session_state(s), SESSION_DONE);
	assert_int_equal(session_answer(s, w.danger), ANSWER_YES);
	assert_int_equal(session_answer(s, w.child), ANSWER_YES);
	assert_int_equal(session_answer(s, w.r1), ANSWER_NOT_ASKED);
	assert_int_equal(session_answer(s, w.r2), ANSWER_NOT_ASKED);
	e = session_evaluate(s, NULL);
	assert_true(e->declined);
	assert_int_equal(e->counts[ANSWER_YES], 2);
	evaluation_free(e);
	/* Back to the review and an answer after all: no longer declined. */
	assert_true(ev(s, SESSION_EV_REVIEW, 0, 0));
	assert_true(session_declined(s));
	assert_true(ev(s, SESSION_EV_SET, ANSWER_YES, w.w1->index));
	assert_false(session_declined(s));
	e = session_evaluate(s, NULL);
	assert_false(e->declined);
	evaluation_free(e);
	/* Wiping forgets it too. */
	assert_true(ev(s, SESSION_EV_DECLINE, 0, 0));
	session_wipe(s);
	assert_false(session_declined(s));
	assert_string_equal(session_event_to_str(SESSION_EV_DECLINE), "decline");
	session_free(s);
	fx_free(w.f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decline),
		cmocka_unit_test(navigation),
		cmocka_unit_test(skip_logic),
		cmocka_unit_test(presets),
		cmocka_unit_test(progress),
		cmocka_unit_test(jump),
		cmocka_unit_test(review_and_edit),
		cmocka_unit_test(wipe),
		cmocka_unit_test(names),
		cmocka_unit_test(order_lists),
		cmocka_unit_test(alert_raised),
		cmocka_unit_test(alert_not_raised_again),
		cmocka_unit_test(alert_choices),
		cmocka_unit_test(alert_stop),
		cmocka_unit_test(alert_person_hold),
		cmocka_unit_test(alert_presets),
		cmocka_unit_test(back_from_result),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
