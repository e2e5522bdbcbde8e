/* Unit tests: rule evaluation over content built in C. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"
#include "tipcheck/evaluate.h"

/* --- the ILO/EC rule, one element ------------------------------------- */

struct ilo {
	struct fx *f;
	struct checklist *cl;
	struct item *strong[3], *medium[3], *weak[3];
};

static struct ilo ilo_fixture(void)
{
	struct ilo x = { .f = fx_new() };
	struct ruleset *rs = fx_ruleset(x.f, "tr");
	struct element *el = fx_element(x.f, rs, "coercion", 0);
	struct section *sec;
	char id[8];

	fx_ilo_rule(el);
	x.cl = fx_checklist(x.f, "cl", rs, false);
	sec = fx_section(x.f, x.cl, "sec", el, NULL);
	for (int i = 0; i < 3; i++) {
		snprintf(id, sizeof id, "s%d", i);
		x.strong[i] = fx_item(x.f, sec, id, STRENGTH_STRONG);
		snprintf(id, sizeof id, "m%d", i);
		x.medium[i] = fx_item(x.f, sec, id, STRENGTH_MEDIUM);
		snprintf(id, sizeof id, "w%d", i);
		x.weak[i] = fx_item(x.f, sec, id, STRENGTH_WEAK);
	}
	fx_done(x.f);
	return x;
}

struct ilo_case {
	unsigned strong, medium, weak;
	bool positive;
	unsigned missing;		/* when not positive */
};

/* Every combination at its threshold, and just below it. */
static const struct ilo_case ilo_cases[] = {
	{ 2, 0, 0, true, 0 },	{ 1, 0, 0, false, 1 },	/* 2 strong */
	{ 1, 1, 0, true, 0 },	{ 0, 1, 0, false, 1 },	/* 1 strong + 1 medium */
	{ 1, 0, 1, true, 0 },	{ 0, 0, 1, false, 1 },	/* 1 strong + 1 weak */
	{ 0, 3, 0, true, 0 },	{ 0, 2, 0, false, 1 },	/* 3 medium */
	{ 0, 2, 1, true, 0 },	{ 0, 1, 1, false, 1 },	/* 2 medium + 1 weak */
	{ 0, 0, 3, false, 1 },	{ 0, 1, 2, false, 1 },	/* weak alone never */
	{ 0, 0, 0, false, 2 },	{ 3, 3, 3, true, 0 },
};

static void ilo_rule(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof ilo_cases / sizeof ilo_cases[0]; k++) {
		const struct ilo_case *t = &ilo_cases[k];
		struct ilo x = ilo_fixture();
		enum answer *a = calloc(x.f->c.n_items, sizeof *a);
		const struct checklist *lists[] = { x.cl };
		struct evaluation *e;

		for (unsigned i = 0; i < 3; i++) {
			a[x.strong[i]->index] = i < t->strong ? ANSWER_YES : ANSWER_NO;
			a[x.medium[i]->index] = i < t->medium ? ANSWER_YES : ANSWER_NO;
			a[x.weak[i]->index] = i < t->weak ? ANSWER_YES : ANSWER_NO;
		}
		e = evaluate(&x.f->c, lists, 1, a, NULL);
		assert_int_equal(e->n_elements, 1);
		const struct element_result *r = &e->elements[0];
		if (r->state != (t->positive ? ELEMENT_POSITIVE : ELEMENT_NOT_POSITIVE))
			fail_msg("case %zu (%u strong, %u medium, %u weak): %s", k,
				 t->strong, t->medium, t->weak, element_state_to_str(r->state));
		assert_int_equal(r->yes[STRENGTH_STRONG], t->strong);
		assert_int_equal(r->yes[STRENGTH_MEDIUM], t->medium);
		assert_int_equal(r->yes[STRENGTH_WEAK], t->weak);
		assert_int_equal(r->n_yes_items, t->strong + t->medium + t->weak);
		assert_int_equal(r->n_items, 9);
		assert_int_equal(r->n_answered, 9);
		if (t->positive) {
			assert_non_null(r->met);
			assert_null(r->nearest);
			assert_int_equal(r->missing, 0);
		} else {
			assert_null(r->met);
			assert_non_null(r->nearest);
			assert_int_equal(r->missing, t->missing);
			unsigned sum = 0;
			for (int s = 0; s < STRENGTH_COUNT; s++)
				sum += r->need[s];
			assert_int_equal(sum, t->missing);
		}
		assert_false(e->insufficient);
		evaluation_free(e);
		free(a);
		fx_free(x.f);
	}
}

/* The first combination met is reported, and the nearest one's needs. */
static void ilo_met_and_need(void **state)
{
	struct ilo x = ilo_fixture();
	enum answer *a = calloc(x.f->c.n_items, sizeof *a);
	const struct checklist *lists[] = { x.cl };
	struct evaluation *e;

	(void)state;
	a[x.strong[0]->index] = ANSWER_YES;
	a[x.medium[0]->index] = ANSWER_YES;
	e = evaluate(&x.f->c, lists, 1, a, NULL);
	assert_ptr_equal(e->elements[0].met, &x.cl->sections[0].element->positive_when[1]);
	assert_ptr_equal(e->elements[0].yes_items[0], x.strong[0]);
	assert_ptr_equal(e->elements[0].yes_items[1], x.medium[0]);
	evaluation_free(e);

	a[x.strong[0]->index] = ANSWER_NO;
	a[x.medium[1]->index] = ANSWER_YES;	/* 2 medium: nearest needs 1 weak or 1 medium */
	e = evaluate(&x.f->c, lists, 1, a, NULL);
	assert_int_equal(e->elements[0].state, ELEMENT_NOT_POSITIVE);
	assert_int_equal(e->elements[0].missing, 1);
	/* Ties go to the first listed: 1 strong + 1 medium needs a strong. */
	assert_int_equal(e->elements[0].need[STRENGTH_STRONG], 1);
	evaluation_free(e);
	free(a);
	fx_free(x.f);
}

/* Don't know and not asked never count as yes; strength none never counts. */
static void unknown_and_not_asked(void **state)
{
	struct ilo x = ilo_fixture();
	enum answer *a = calloc(x.f->c.n_items, sizeof *a);
	const struct checklist *lists[] = { x.cl };
	struct evaluation *e;

	(void)state;
	for (int i = 0; i < 3; i++)
		a[x.strong[i]->index] = ANSWER_UNKNOWN;
	e = evaluate(&x.f->c, lists, 1, a, NULL);
	assert_int_equal(e->elements[0].state, ELEMENT_NOT_POSITIVE);
	assert_int_equal(e->elements[0].yes[STRENGTH_STRONG], 0);
	assert_int_equal(e->elements[0].n_unknown, 3);
	assert_int_equal(e->elements[0].n_not_asked, 6);
	assert_int_equal(e->elements[0].n_answered, 0);
	assert_int_equal(e->counts[ANSWER_UNKNOWN], 3);
	assert_int_equal(e->counts[ANSWER_NOT_ASKED], 6);
	assert_int_equal(e->counts[ANSWER_YES], 0);
	assert_int_equal(e->level, LEVEL_NONE);
	assert_int_equal(e->n_outcomes, 0);
	evaluation_free(e);
	free(a);
	fx_free(x.f);
}

/* --- outcomes, referrals, notices -------------------------------------- */

struct world {
	struct fx *f;
	struct checklist *safety, *labour;
	struct item *danger, *child, *r1, *r2, *e1, *e2, *e3, *minor;
	struct element *rec, *exp;
	struct directory *intl, *uk;
	enum answer *a;
};

static struct world world(void)
{
	struct world w = { .f = fx_new() };
	struct fx *f = w.f;
	struct ruleset *safe = fx_ruleset(f, "safe");
	struct ruleset *tr = fx_ruleset(f, "tr");
	struct section *sec;

	w.rec = fx_element(f, tr, "rec", 0);
	fx_ilo_rule(w.rec);
	w.exp = fx_element(f, tr, "exp", 2);
	fx_ilo_rule(w.exp);
	/* An element no section scores: not reported. */
	fx_ilo_rule(fx_element(f, tr, "unscored", 5));

	w.safety = fx_checklist(f, "safety", safe, true);
	sec = fx_section(f, w.safety, "needs", NULL, "Read this out.");
	w.danger = fx_item(f, sec, "danger", STRENGTH_STRONG);
	w.child = fx_item(f, sec, "child", STRENGTH_NONE);

	w.labour = fx_checklist(f, "labour", tr, false);
	sec = fx_section(f, w.labour, "recruitment", w.rec, NULL);
	w.r1 = fx_item(f, sec, "r1", STRENGTH_STRONG);
	w.r2 = fx_item(f, sec, "r2", STRENGTH_MEDIUM);
	sec = fx_section(f, w.labour, "work", w.exp, NULL);
	w.e1 = fx_item(f, sec, "e1", STRENGTH_STRONG);
	w.e2 = fx_item(f, sec, "e2", STRENGTH_MEDIUM);
	w.e3 = fx_item(f, sec, "e3", STRENGTH_WEAK);
	w.e3->show_if = ex_item(f, w.e1);
	sec = fx_section(f, w.labour, "context", NULL, NULL);
	w.minor = fx_item(f, sec, "minor", STRENGTH_NONE);

	fx_outcome(f, safe, "urgent", LEVEL_URGENT, ex_item(f, w.danger), "emergency");
	fx_outcome(f, tr, "trafficking", LEVEL_REFER,
		   ex_all(f, ex_element(f, w.rec), ex_element(f, w.exp), NULL), "nrm,ngo");
	fx_outcome(f, tr, "exploitation", LEVEL_REFER_FURTHER,
		   ex_all(f, ex_element(f, w.exp), ex_not(f, ex_element(f, w.rec)), NULL),
		   "labour-inspect,ngo");
	fx_outcome(f, tr, "child", LEVEL_REFER,
		   ex_any(f, ex_item(f, w.child), ex_item(f, w.minor), NULL),
		   "child-protection,nrm");
	fx_outcome(f, tr, "more-info", LEVEL_INFORM, ex_undecided(f, w.exp), "ngo");
	fx_alert(f, safe, "now", ALERT_EMERGENCY, ex_item(f, w.danger), "emergency,nrm");
	fx_notice(f, tr, "rights", NULL);
	fx_notice(f, tr, "asylum", ex_element(f, w.rec));

	w.intl = fx_directory(f, "international");
	fx_service(f, w.intl, "emergency", "112");
	fx_service(f, w.intl, "nrm", "intl-nrm");
	fx_service(f, w.intl, "ngo", "intl-ngo");
	fx_service(f, w.intl, "labour-inspect", NULL);
	fx_service(f, w.intl, "child-protection", "intl-cp");
	w.uk = fx_directory(f, "uk");
	fx_service(f, w.uk, "nrm", "uk-nrm");
	fx_service(f, w.uk, "ngo", "");
	fx_done(f);
	w.a = calloc(f->c.n_items, sizeof *w.a);
	return w;
}

static void world_free(struct world *w)
{
	free(w->a);
	fx_free(w->f);
}

static struct evaluation *eval_world(struct world *w, const struct directory *region)
{
	const struct checklist *lists[] = { w->safety, w->labour };

	return evaluate(&w->f->c, lists, 2, w->a, region);
}

static const struct outcome_result *find_outcome(const struct evaluation *e, const char *id)
{
	for (size_t i = 0; i < e->n_outcomes; i++)
		if (!strcmp(e->outcomes[i].outcome->id, id))
			return &e->outcomes[i];
	return NULL;
}

/* Like find_outcome, but a missing outcome ends the test. */
static const struct outcome_result *must_outcome(const struct evaluation *e, const char *id)
{
	const struct outcome_result *o = find_outcome(e, id);

	if (!o) {
		fail_msg("outcome %s did not match", id);
		abort();
	}
	return o;
}

/* All matched outcomes are reported in order; the highest level wins. */
static void outcomes_order_and_level(void **state)
{
	struct world w = world();
	struct evaluation *e;

	(void)state;
	w.a[w.r1->index] = ANSWER_YES;
	w.a[w.r2->index] = ANSWER_YES;
	w.a[w.e1->index] = ANSWER_YES;
	w.a[w.e2->index] = ANSWER_YES;
	e = eval_world(&w, NULL);
	assert_int_equal(e->n_outcomes, 1);
	assert_string_equal(e->outcomes[0].outcome->id, "trafficking");
	assert_int_equal(e->level, LEVEL_REFER);
	evaluation_free(e);

	w.a[w.danger->index] = ANSWER_YES;
	w.a[w.child->index] = ANSWER_YES;
	e = eval_world(&w, NULL);
	assert_int_equal(e->n_outcomes, 3);
	assert_string_equal(e->outcomes[0].outcome->id, "urgent");	/* safety first */
	assert_string_equal(e->outcomes[1].outcome->id, "trafficking");
	assert_string_equal(e->outcomes[2].outcome->id, "child");
	assert_int_equal(e->level, LEVEL_URGENT);
	evaluation_free(e);

	/* Exploitation without recruitment: the lower level alone. */
	w.a[w.danger->index] = ANSWER_NO;
	w.a[w.child->index] = ANSWER_NO;
	w.a[w.r1->index] = ANSWER_NO;
	e = eval_world(&w, NULL);
	assert_int_equal(e->n_outcomes, 1);
	assert_string_equal(e->outcomes[0].outcome->id, "exploitation");
	assert_int_equal(e->level, LEVEL_REFER_FURTHER);
	evaluation_free(e);
	world_free(&w);
}

/* Reasons: all children of a true `all`, the true ones of an `any`, the
 * inner leaf of a `not` marked negated. */
static void reasons(void **state)
{
	struct world w = world();
	struct evaluation *e;
	const struct outcome_result *o;

	(void)state;
	w.a[w.r1->index] = ANSWER_YES;
	w.a[w.r2->index] = ANSWER_YES;
	w.a[w.e1->index] = ANSWER_YES;
	w.a[w.e2->index] = ANSWER_YES;
	w.a[w.minor->index] = ANSWER_YES;
	w.a[w.child->index] = ANSWER_NO;
	e = eval_world(&w, NULL);
	o = must_outcome(e, "trafficking");
	assert_int_equal(o->n_reasons, 2);
	assert_int_equal(o->reasons[0].term->kind, EXPR_ELEMENT);
	assert_ptr_equal(o->reasons[0].term->element, w.rec);
	assert_true(o->reasons[0].value);
	assert_false(o->reasons[0].negated);
	assert_ptr_equal(o->reasons[1].term->element, w.exp);
	o = must_outcome(e, "child");
	assert_int_equal(o->n_reasons, 1);
	assert_ptr_equal(o->reasons[0].term->item, w.minor);
	assert_true(o->reasons[0].value);
	evaluation_free(e);

	w.a[w.r1->index] = ANSWER_NO;
	e = eval_world(&w, NULL);
	o = must_outcome(e, "exploitation");
	assert_int_equal(o->n_reasons, 2);
	assert_ptr_equal(o->reasons[0].term->element, w.exp);
	assert_true(o->reasons[0].value);
	assert_false(o->reasons[0].negated);
	assert_ptr_equal(o->reasons[1].term->element, w.rec);
	assert_false(o->reasons[1].value);
	assert_true(o->reasons[1].negated);
	evaluation_free(e);
	world_free(&w);
}

/* Union in first-appearance order without duplicates; region, then the
 * international fallback; no contact said as such. */
static void referrals(void **state)
{
	struct world w = world();
	struct evaluation *e;

	(void)state;
	w.a[w.r1->index] = ANSWER_YES;
	w.a[w.r2->index] = ANSWER_YES;
	w.a[w.e1->index] = ANSWER_YES;
	w.a[w.e2->index] = ANSWER_YES;
	w.a[w.child->index] = ANSWER_YES;
	e = eval_world(&w, w.uk);
	assert_ptr_equal(e->region, w.uk);
	assert_int_equal(e->n_referrals, 3);
	assert_string_equal(e->referrals[0].service_id, "nrm");
	assert_ptr_equal(e->referrals[0].directory, w.uk);
	assert_string_equal(e->referrals[0].service->contact, "uk-nrm");
	assert_false(e->referrals[0].fallback);
	assert_false(e->referrals[0].no_contact);
	assert_string_equal(e->referrals[0].because->id, "trafficking");
	/* ngo: listed in uk with an empty contact, so international's */
	assert_string_equal(e->referrals[1].service_id, "ngo");
	assert_ptr_equal(e->referrals[1].directory, w.intl);
	assert_string_equal(e->referrals[1].service->contact, "intl-ngo");
	assert_true(e->referrals[1].fallback);
	/* child-protection: not in uk at all */
	assert_string_equal(e->referrals[2].service_id, "child-protection");
	assert_true(e->referrals[2].fallback);
	assert_string_equal(e->referrals[2].service->contact, "intl-cp");
	assert_string_equal(e->referrals[2].because->id, "child");
	evaluation_free(e);

	/* Without a region: the default directory, never a fallback. */
	e = eval_world(&w, NULL);
	assert_ptr_equal(e->region, w.intl);
	assert_string_equal(e->referrals[0].service->contact, "intl-nrm");
	assert_false(e->referrals[0].fallback);
	evaluation_free(e);

	/* labour-inspect has no contact anywhere. */
	w.a[w.r1->index] = ANSWER_NO;
	w.a[w.child->index] = ANSWER_NO;
	e = eval_world(&w, w.uk);
	assert_int_equal(e->n_referrals, 2);
	assert_string_equal(e->referrals[0].service_id, "labour-inspect");
	assert_true(e->referrals[0].no_contact);
	assert_non_null(e->referrals[0].service);
	assert_string_equal(e->referrals[1].service_id, "ngo");
	assert_false(e->referrals[1].no_contact);
	evaluation_free(e);
	world_free(&w);
}

/* Alerts whose `when` holds, with their contacts resolved like
 * referrals (the region's, else the default directory's). */
static void alerts(void **state)
{
	struct world w = world();
	struct evaluation *e;
	struct referral r;

	(void)state;
	e = eval_world(&w, w.uk);
	assert_int_equal(e->n_alerts, 0);
	evaluation_free(e);
	w.a[w.danger->index] = ANSWER_YES;
	e = eval_world(&w, w.uk);
	assert_int_equal(e->n_alerts, 1);
	assert_string_equal(e->alerts[0].alert->id, "now");
	assert_int_equal(e->alerts[0].n_contacts, 2);
	assert_string_equal(e->alerts[0].contacts[0].service->contact, "112");
	assert_true(e->alerts[0].contacts[0].fallback);
	assert_string_equal(e->alerts[0].contacts[1].service->contact, "uk-nrm");
	assert_false(e->alerts[0].contacts[1].fallback);
	evaluation_free(e);
	referral_resolve(&w.f->c, NULL, "ngo", &r);
	assert_ptr_equal(r.directory, w.intl);
	assert_string_equal(r.service->contact, "intl-ngo");
	assert_false(r.fallback);
	referral_resolve(&w.f->c, w.uk, "labour-inspect", &r);
	assert_true(r.no_contact);
	world_free(&w);
}

static void notices(void **state)
{
	struct world w = world();
	struct evaluation *e;

	(void)state;
	e = eval_world(&w, NULL);
	assert_int_equal(e->n_notices, 1);
	assert_string_equal(e->notices[0]->id, "rights");
	evaluation_free(e);
	w.a[w.r1->index] = ANSWER_YES;
	w.a[w.r2->index] = ANSWER_YES;
	e = eval_world(&w, NULL);
	assert_int_equal(e->n_notices, 2);
	assert_string_equal(e->notices[1]->id, "asylum");
	evaluation_free(e);
	world_free(&w);
}

/* A hidden item's answer is kept by the caller but never counted. */
static void hidden_not_counted(void **state)
{
	struct world w = world();
	struct evaluation *e;

	(void)state;
	w.a[w.e1->index] = ANSWER_NO;
	w.a[w.e2->index] = ANSWER_YES;
	w.a[w.e3->index] = ANSWER_YES;		/* hidden: e1 is not yes */
	e = eval_world(&w, NULL);
	assert_false(eval_item_visible(w.e3, w.a));
	const struct element_result *r = &e->elements[1];
	assert_ptr_equal(r->element, w.exp);
	assert_int_equal(r->n_items, 2);
	assert_int_equal(r->yes[STRENGTH_WEAK], 0);
	assert_int_equal(r->state, ELEMENT_NOT_POSITIVE);
	assert_int_equal(e->counts[ANSWER_YES], 1);
	evaluation_free(e);

	/* Shown again once e1 is yes: e3 counts too. */
	w.a[w.e1->index] = ANSWER_YES;
	e = eval_world(&w, NULL);
	assert_true(eval_item_visible(w.e3, w.a));
	assert_int_equal(e->elements[1].yes[STRENGTH_WEAK], 1);
	assert_int_equal(e->elements[1].state, ELEMENT_POSITIVE);
	assert_int_equal(e->counts[ANSWER_YES], 3);
	evaluation_free(e);
	world_free(&w);
}

/* Too little answered: undecided and insufficient, never "no indicators". */
static void insufficient(void **state)
{
	struct world w = world();
	struct evaluation *e;

	(void)state;
	e = eval_world(&w, NULL);
	assert_int_equal(e->n_elements, 3);
	assert_int_equal(e->elements[0].state, ELEMENT_NOT_POSITIVE);	/* min 0 */
	assert_int_equal(e->elements[1].state, ELEMENT_UNDECIDED);
	/* No chosen checklist scores it, and min_answered is 5: never asked
	 * is not enough information, not "no indicators". */
	assert_int_equal(e->elements[2].n_items, 0);
	assert_int_equal(e->elements[2].state, ELEMENT_UNDECIDED);
	assert_true(e->insufficient);
	assert_non_null(find_outcome(e, "more-info"));
	assert_int_equal(e->level, LEVEL_INFORM);
	evaluation_free(e);

	/* Unknown answers do not make it decided. */
	w.a[w.e1->index] = ANSWER_UNKNOWN;
	w.a[w.e2->index] = ANSWER_NO;
	e = eval_world(&w, NULL);
	assert_int_equal(e->elements[1].n_answered, 1);
	assert_true(e->insufficient);
	evaluation_free(e);

	w.a[w.e1->index] = ANSWER_NO;
	e = eval_world(&w, NULL);
	assert_int_equal(e->elements[1].state, ELEMENT_NOT_POSITIVE);
	assert_true(e->insufficient);	/* "unscored" is still never asked */
	assert_null(find_outcome(e, "more-info"));
	assert_int_equal(e->level, LEVEL_NONE);
	evaluation_free(e);
	world_free(&w);
}

/* --- unknown, signal, sign, outcome ------------------------------------- */

struct leaves {
	struct fx *f;
	struct checklist *sn, *cl, *ext;
	struct item *child, *s, *m, *w, *outside;
	struct signal *act, *exp;
	struct outcome *uses_later, *later, *unsure, *sign_medium, *no_sign;
};

static struct leaves leaves_fixture(void)
{
	struct leaves x = { .f = fx_new() };
	struct ruleset *rs = fx_ruleset(x.f, "tr");
	struct element *el = fx_element(x.f, rs, "coercion", 0);
	struct section *sec;

	fx_ilo_rule(el);
	x.act = fx_signal(x.f, "act");
	x.exp = fx_signal(x.f, "exp");
	x.sn = fx_checklist(x.f, "sn", rs, true);
	x.child = fx_item(x.f, fx_section(x.f, x.sn, "safety", NULL, NULL), "child",
			  STRENGTH_NONE);
	x.cl = fx_checklist(x.f, "cl", rs, false);
	sec = fx_section(x.f, x.cl, "sec", el, NULL);
	x.s = fx_item(x.f, sec, "s", STRENGTH_STRONG);
	x.m = fx_item(x.f, sec, "m", STRENGTH_MEDIUM);
	x.w = fx_item(x.f, sec, "w", STRENGTH_WEAK);
	x.w->show_if = ex_item(x.f, x.m);	/* shown only after m is yes */
	x.ext = fx_checklist(x.f, "ext", rs, false);
	x.outside = fx_item(x.f, fx_section(x.f, x.ext, "sec", NULL, NULL), "o", STRENGTH_STRONG);
	/* Read before it is defined: the order of outcomes must not matter. */
	x.uses_later = fx_outcome(x.f, rs, "uses-later", LEVEL_REFER, NULL, NULL);
	x.later = fx_outcome(x.f, rs, "later", LEVEL_REFER_FURTHER, ex_signal(x.f, x.act), NULL);
	x.uses_later->when = ex_outcome(x.f, x.later);
	x.unsure = fx_outcome(x.f, rs, "unsure", LEVEL_INFORM, ex_unknown(x.f, x.child), NULL);
	x.sign_medium = fx_outcome(x.f, rs, "sign-medium", LEVEL_INFORM,
				   ex_sign(x.f, STRENGTH_MEDIUM), NULL);
	x.no_sign = fx_outcome(x.f, rs, "no-sign", LEVEL_INFORM,
			       ex_not(x.f, ex_sign(x.f, STRENGTH_WEAK)), NULL);
	fx_done(x.f);
	fx_tag(x.f, x.s, x.act);
	fx_tag(x.f, x.w, x.exp);
	fx_tag(x.f, x.outside, x.act);
	return x;
}

static const struct outcome_result *matched(const struct evaluation *e, const struct outcome *o)
{
	for (size_t i = 0; i < e->n_outcomes; i++)
		if (e->outcomes[i].outcome == o)
			return &e->outcomes[i];
	return NULL;
}

/* The outcome's result; the test stops when o did not match. */
static const struct outcome_result *must_match(const struct evaluation *e, const struct outcome *o)
{
	const struct outcome_result *r = matched(e, o);

	if (!r) {
		fail_msg("outcome %s did not match", o->id);
		abort();
	}
	return r;
}

static struct evaluation *eval_leaves(const struct leaves *x, const enum answer *a)
{
	const struct checklist *lists[] = { x->sn, x->cl };

	return evaluate(&x->f->c, lists, 2, a, NULL);
}

static void new_leaves(void **state)
{
	struct leaves x = leaves_fixture();
	enum answer *a = calloc(x.f->c.n_items, sizeof *a);
	const struct outcome_result *r;
	struct evaluation *e;

	(void)state;
	/* Nothing yes: only "no graded sign". */
	a[x.s->index] = a[x.m->index] = ANSWER_NO;
	e = eval_leaves(&x, a);
	assert_non_null(matched(e, x.no_sign));
	assert_null(matched(e, x.later));
	assert_null(matched(e, x.uses_later));
	assert_null(matched(e, x.unsure));
	assert_int_equal(e->level, LEVEL_INFORM);
	evaluation_free(e);

	/* Don't know is its own answer. */
	a[x.child->index] = ANSWER_UNKNOWN;
	e = eval_leaves(&x, a);
	r = must_match(e, x.unsure);
	assert_int_equal(r->reasons[0].term->kind, EXPR_UNKNOWN);
	evaluation_free(e);

	/* A yes outside the interview's checklists is not heard. */
	a[x.outside->index] = ANSWER_YES;
	e = eval_leaves(&x, a);
	assert_null(matched(e, x.later));
	evaluation_free(e);

	/* The strong item carries act: the signal, both outcomes (the first
	 * one reading the later one), and a sign of medium or stronger. */
	a[x.s->index] = ANSWER_YES;
	e = eval_leaves(&x, a);
	r = must_match(e, x.later);
	assert_int_equal(r->n_reasons, 1);
	assert_int_equal(r->reasons[0].term->kind, EXPR_SIGNAL);
	assert_int_equal(r->reasons[0].n_items, 1);
	assert_ptr_equal(r->reasons[0].items[0], x.s);
	r = must_match(e, x.uses_later);
	assert_int_equal(r->reasons[0].term->kind, EXPR_OUTCOME);
	assert_true(r->reasons[0].value);
	r = must_match(e, x.sign_medium);
	assert_ptr_equal(r->reasons[0].items[0], x.s);
	assert_null(matched(e, x.no_sign));
	assert_int_equal(e->level, LEVEL_REFER);
	/* The matched order is the file's, whatever the references. */
	assert_ptr_equal(e->outcomes[0].outcome, x.uses_later);
	evaluation_free(e);

	/* A hidden item's yes counts for no signal and no sign. */
	a[x.s->index] = ANSWER_NO;
	a[x.w->index] = ANSWER_YES;
	e = eval_leaves(&x, a);
	assert_non_null(matched(e, x.no_sign));
	evaluation_free(e);
	a[x.m->index] = ANSWER_YES;		/* now w is shown */
	e = eval_leaves(&x, a);
	assert_null(matched(e, x.no_sign));
	r = must_match(e, x.sign_medium);
	assert_int_equal(r->reasons[0].n_items, 1);	/* m only: w is weak */
	assert_ptr_equal(r->reasons[0].items[0], x.m);
	evaluation_free(e);
	free(a);
	fx_free(x.f);
}

static void answer_names(void **state)
{
	enum answer a;

	(void)state;
	for (int i = 0; i < ANSWER_COUNT; i++) {
		assert_true(answer_from_str(answer_to_str((enum answer)i), &a));
		assert_int_equal(a, i);
	}
	assert_false(answer_from_str("maybe", &a));
	assert_string_equal(answer_to_str(ANSWER_NOT_ASKED), "not-asked");
	assert_string_equal(element_state_to_str(ELEMENT_NOT_POSITIVE), "not-positive");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ilo_rule),
		cmocka_unit_test(ilo_met_and_need),
		cmocka_unit_test(unknown_and_not_asked),
		cmocka_unit_test(outcomes_order_and_level),
		cmocka_unit_test(reasons),
		cmocka_unit_test(referrals),
		cmocka_unit_test(alerts),
		cmocka_unit_test(notices),
		cmocka_unit_test(hidden_not_counted),
		cmocka_unit_test(insufficient),
		cmocka_unit_test(new_leaves),
		cmocka_unit_test(answer_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
