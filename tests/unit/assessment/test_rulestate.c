/*
 * Unit tests: rulestate_set() (one answer changed, only its dependents
 * recounted) agrees with a full rulestate_eval() of the same answers after
 * every step of random set/unset sequences: levels, element counts and
 * states, the threshold met, every outcome. The fixture has show_if chains
 * (an item shown after a yes, which shows another), a show_if on an item of
 * another element, signals, sign leaves and outcomes read before they are
 * defined, so that taking a yes back hides its dependents again.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"
#include "src/assessment/rulestate.h"

struct world {
	struct fx *f;
	struct checklist *sn, *cl, *ext;
	struct ruleset *rs;
	struct item *items[FX_MAX];
	size_t n;
};

static struct item *add(struct world *w, struct section *sec, const char *id, enum strength s)
{
	struct item *it = fx_item(w->f, sec, id, s);

	w->items[w->n++] = it;
	return it;
}

static struct world world_fixture(void)
{
	struct world w = { .f = fx_new() };
	struct element *coercion, *exploit;
	struct section *a, *b;
	struct signal *act, *exp;
	struct item *child, *s1, *m1, *m2, *w1, *w2, *s2, *m3, *w3, *o;
	struct outcome *uses_later, *later;

	w.rs = fx_ruleset(w.f, "tr");
	coercion = fx_element(w.f, w.rs, "coercion", 2);
	exploit = fx_element(w.f, w.rs, "exploit", 0);
	fx_ilo_rule(coercion);
	fx_threshold(exploit, 1, 2, 0);
	act = fx_signal(w.f, "act");
	exp = fx_signal(w.f, "exp");
	w.sn = fx_checklist(w.f, "sn", w.rs, true);
	child = add(&w, fx_section(w.f, w.sn, "safety", NULL, NULL), "child", STRENGTH_NONE);
	w.cl = fx_checklist(w.f, "cl", w.rs, false);
	a = fx_section(w.f, w.cl, "a", coercion, NULL);
	b = fx_section(w.f, w.cl, "b", exploit, NULL);
	s1 = add(&w, a, "s1", STRENGTH_STRONG);
	m1 = add(&w, a, "m1", STRENGTH_MEDIUM);
	m2 = add(&w, a, "m2", STRENGTH_MEDIUM);
	w1 = add(&w, a, "w1", STRENGTH_WEAK);
	w2 = add(&w, a, "w2", STRENGTH_WEAK);
	s2 = add(&w, b, "s2", STRENGTH_STRONG);
	m3 = add(&w, b, "m3", STRENGTH_MEDIUM);
	w3 = add(&w, b, "w3", STRENGTH_WEAK);
	w.ext = fx_checklist(w.f, "ext", w.rs, false);
	o = add(&w, fx_section(w.f, w.ext, "sec", NULL, NULL), "o", STRENGTH_STRONG);
	/* A chain: m2 after m1 is yes, w1 after m2 is yes; one across
	 * elements (s2 after w1 is yes); one on "not no" (w2 unless s1 is no);
	 * one on "answered" (w3 once m3 is answered). */
	m2->show_if = ex_item(w.f, m1);
	w1->show_if = ex_item(w.f, m2);
	s2->show_if = ex_all(w.f, ex_item(w.f, w1), ex_not(w.f, ex_unknown(w.f, child)), NULL);
	w2->show_if = ex_not(w.f, ex_item(w.f, s1));
	w3->show_if = ex_answered(w.f, m3);
	uses_later = fx_outcome(w.f, w.rs, "uses-later", LEVEL_REFER, NULL, NULL);
	later = fx_outcome(w.f, w.rs, "later", LEVEL_REFER_FURTHER,
			   ex_all(w.f, ex_signal(w.f, act), ex_element(w.f, exploit), NULL), NULL);
	uses_later->when = ex_any(w.f, ex_outcome(w.f, later), ex_element(w.f, coercion), NULL);
	fx_outcome(w.f, w.rs, "unsure", LEVEL_INFORM,
		   ex_any(w.f, ex_unknown(w.f, child), ex_undecided(w.f, coercion), NULL), NULL);
	fx_outcome(w.f, w.rs, "sign-medium", LEVEL_INFORM, ex_sign(w.f, STRENGTH_MEDIUM), NULL);
	fx_outcome(w.f, w.rs, "no-sign", LEVEL_INFORM,
		   ex_not(w.f, ex_sign(w.f, STRENGTH_WEAK)), NULL);
	fx_outcome(w.f, w.rs, "exp", LEVEL_INFORM, ex_signal(w.f, exp), NULL);
	fx_done(w.f);
	fx_tag(w.f, s1, act);
	fx_tag(w.f, w1, exp);
	fx_tag(w.f, s2, act);
	fx_tag(w.f, o, act);	/* outside the interview: never counts */
	return w;
}

static uint64_t next(uint64_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return *x;
}

/* Everything the queries answer, for inc (kept by rulestate_set) and full
 * (a fresh rulestate_eval of the same answers). */
static void same(struct world *w, struct rulestate *inc, enum level l_inc,
		 struct rulestate *full, const enum answer *answers, unsigned step)
{
	enum level l_full = rulestate_eval(full, answers);

	if (l_inc != l_full)
		fail_msg("step %u: level %d after set, %d evaluated", step, (int)l_inc, (int)l_full);
	for (size_t e = 0; e < w->rs->n_elements; e++) {
		const struct element *el = &w->rs->elements[e];
		const struct element_counts *a = rulestate_element(inc, el);
		const struct element_counts *b = rulestate_element(full, el);

		assert_non_null(a);
		assert_non_null(b);
		if (memcmp(a->yes, b->yes, sizeof a->yes) || a->n_items != b->n_items ||
		    a->n_answered != b->n_answered || a->n_unknown != b->n_unknown ||
		    a->n_not_asked != b->n_not_asked || a->state != b->state || a->met != b->met)
			fail_msg("step %u: element %s differs (items %u/%u, answered %u/%u, state %d/%d)",
				 step, el->id, a->n_items, b->n_items, a->n_answered, b->n_answered,
				 (int)a->state, (int)b->state);
	}
	for (size_t o = 0; o < w->rs->n_outcomes; o++) {
		const struct outcome *oc = &w->rs->outcomes[o];

		if (rulestate_matched(inc, oc) != rulestate_matched(full, oc))
			fail_msg("step %u: outcome %s differs", step, oc->id);
	}
}

/* Many random sequences from all not asked; each step sets one item to a
 * random answer (not asked included: an answer taken back), or puts it
 * after another (rulestate_put). */
static void set_agrees_with_eval(void **state)
{
	struct world w = world_fixture();
	const struct checklist *lists[] = { w.sn, w.cl };
	size_t n = w.f->c.n_items;
	enum answer *inc_answers = calloc(n, sizeof *inc_answers);
	enum answer *full_answers = calloc(n, sizeof *full_answers);
	uint64_t x = 0x9e3779b97f4a7c15u;
	unsigned step = 0;

	(void)state;
	for (int seq = 0; seq < 200; seq++) {
		struct rulestate *inc = rulestate_new(&w.f->c, lists, 2);
		struct rulestate *full = rulestate_new(&w.f->c, lists, 2);
		enum level l;

		memset(inc_answers, 0, n * sizeof *inc_answers);
		l = rulestate_eval(inc, inc_answers);
		same(&w, inc, l, full, inc_answers, step);
		for (int k = 0; k < 60; k++, step++) {
			const struct item *it = w.items[next(&x) % w.n];
			enum answer a = (enum answer)(next(&x) % ANSWER_COUNT);

			/* Every third step a run of puts, decided at the query. */
			if (k % 3 == 2) {
				const struct item *other = w.items[next(&x) % w.n];

				rulestate_put(inc, inc_answers, other,
					      (enum answer)(next(&x) % ANSWER_COUNT));
				rulestate_put(inc, inc_answers, it, a);
				l = rulestate_level(inc);
			} else {
				l = rulestate_set(inc, inc_answers, it, a);
			}
			assert_int_equal(inc_answers[it->index], a);
			memcpy(full_answers, inc_answers, n * sizeof *full_answers);
			same(&w, inc, l, full, full_answers, step);
		}
		rulestate_free(inc);
		rulestate_free(full);
	}
	free(inc_answers);
	free(full_answers);
	fx_free(w.f);
}

/* A yes taken back hides the chain it showed, and the counts drop with
 * it: m1 yes shows m2, m2 yes shows w1; m1 back to no hides both. */
static void yes_taken_back(void **state)
{
	struct world w = world_fixture();
	const struct checklist *lists[] = { w.sn, w.cl };
	size_t n = w.f->c.n_items;
	enum answer *answers = calloc(n, sizeof *answers);
	struct rulestate *rs = rulestate_new(&w.f->c, lists, 2);
	const struct element *coercion = &w.rs->elements[0];
	struct item *m1 = w.items[2], *m2 = w.items[3], *w1 = w.items[4];
	unsigned items_before;

	(void)state;
	rulestate_eval(rs, answers);
	items_before = rulestate_element(rs, coercion)->n_items;
	rulestate_set(rs, answers, m1, ANSWER_YES);
	rulestate_set(rs, answers, m2, ANSWER_YES);
	rulestate_set(rs, answers, w1, ANSWER_YES);
	assert_int_equal(rulestate_element(rs, coercion)->n_items, items_before + 2);
	assert_int_equal(rulestate_element(rs, coercion)->yes[STRENGTH_MEDIUM], 2);
	assert_int_equal(rulestate_element(rs, coercion)->yes[STRENGTH_WEAK], 1);
	assert_int_equal(rulestate_element(rs, coercion)->state, ELEMENT_POSITIVE);
	rulestate_set(rs, answers, m1, ANSWER_NO);
	assert_int_equal(rulestate_element(rs, coercion)->n_items, items_before);
	assert_int_equal(rulestate_element(rs, coercion)->yes[STRENGTH_MEDIUM], 0);
	assert_int_equal(rulestate_element(rs, coercion)->yes[STRENGTH_WEAK], 0);
	assert_int_not_equal(rulestate_element(rs, coercion)->state, ELEMENT_POSITIVE);
	/* The hidden answers are kept: a yes again shows them as they were. */
	assert_int_equal(answers[m2->index], ANSWER_YES);
	rulestate_set(rs, answers, m1, ANSWER_YES);
	assert_int_equal(rulestate_element(rs, coercion)->yes[STRENGTH_MEDIUM], 2);
	assert_int_equal(rulestate_element(rs, coercion)->state, ELEMENT_POSITIVE);
	rulestate_free(rs);
	free(answers);
	fx_free(w.f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(set_agrees_with_eval),
		cmocka_unit_test(yes_taken_back),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
