/* Unit tests: the safety properties of rules, on hand-built rules and on the shipped content. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"
#include "tipcheck/content_check.h"
#include "tipcheck/loader.h"
#include "tipcheck/safety_check.h"

#define RULES_FILE "rules.yaml"

/* One element (ILO rule, min_answered 2), a `first` checklist with a
 * "may be a child" item preset for children, and a checklist with a
 * strong, a medium and a weak item; the weak one carries act, the medium
 * one exploitation (together they do not make the element positive). */
struct unsafe {
	struct fx *f;
	struct ruleset *rs;
	struct element *el;
	struct item *child, *s, *m, *w;
	struct signal *act, *exp;
};

static struct unsafe base(void)
{
	struct unsafe x = { .f = fx_new() };
	struct checklist *sn, *cl;
	struct section *sec;

	x.rs = fx_ruleset(x.f, "tr");
	x.rs->pos = (struct pos){ RULES_FILE, 1, 1 };
	x.el = fx_element(x.f, x.rs, "coercion", 2);
	fx_ilo_rule(x.el);
	x.act = fx_signal(x.f, "act");
	x.exp = fx_signal(x.f, "exp");
	sn = fx_checklist(x.f, "sn", x.rs, true);
	x.child = fx_item(x.f, fx_section(x.f, sn, "safety", NULL, NULL), "child", STRENGTH_NONE);
	x.child->preset_yes = 1u << SITUATION_CHILD;
	cl = fx_checklist(x.f, "cl", x.rs, false);
	sec = fx_section(x.f, cl, "sec", x.el, NULL);
	x.s = fx_item(x.f, sec, "s", STRENGTH_STRONG);
	x.m = fx_item(x.f, sec, "m", STRENGTH_MEDIUM);
	x.w = fx_item(x.f, sec, "w", STRENGTH_WEAK);
	return x;
}

static void done(struct unsafe *x)
{
	fx_done(x->f);
	fx_tag(x->f, x->w, x->act);
	fx_tag(x->f, x->m, x->exp);
}

static struct outcome *at(struct outcome *o, unsigned line)
{
	o->pos = (struct pos){ RULES_FILE, line, 5 };
	return o;
}

/* The messages of d that contain fragment, and the line of the first. */
static size_t count(const struct diag_list *d, const char *fragment, unsigned *line)
{
	size_t n = 0;

	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->v[i].message, fragment)) {
			if (!n && line)
				*line = d->v[i].line;
			n++;
		}
	return n;
}

/* Rules that keep every property: an outcome for the element, one for any
 * graded yes, the all-clear only without one, a child rule over signals. */
static void safe_rules(void **state)
{
	struct unsafe x = base();
	struct diag_list d;
	struct safety_stats st = { 0 };
	struct outcome *child;

	(void)state;
	fx_outcome(x.f, x.rs, "positive", LEVEL_REFER, ex_element(x.f, x.el), NULL);
	fx_outcome(x.f, x.rs, "some", LEVEL_REFER_FURTHER, ex_sign(x.f, STRENGTH_WEAK), NULL);
	fx_outcome(x.f, x.rs, "unsure", LEVEL_REFER_FURTHER, ex_undecided(x.f, x.el), NULL);
	x.rs->properties.all_clear = fx_outcome(x.f, x.rs, "clear", LEVEL_INFORM,
		ex_all(x.f, ex_not(x.f, ex_sign(x.f, STRENGTH_WEAK)),
		       ex_not(x.f, ex_undecided(x.f, x.el)), NULL), NULL);
	child = fx_outcome(x.f, x.rs, "child", LEVEL_REFER,
		ex_all(x.f, ex_item(x.f, x.child), ex_signal(x.f, x.act), ex_signal(x.f, x.exp),
		       NULL), NULL);
	x.rs->properties.child = (struct child_property){ .outcome = child, .act = x.act,
							  .exploitation = x.exp };
	done(&x);
	diag_list_init(&d, 50);
	assert_true(safety_check_all(&x.f->c, NULL, &d, &st));
	if (d.n)
		diag_print(&d, stderr);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(st.sets, 2);		/* one checklist, two situations */
	assert_true(st.evaluations > 2 * SAFETY_SAMPLES);
	diag_list_free(&d);
	fx_free(x.f);
}

/* Each property broken once: each reported at its rule with the answers. */
static void unsafe_rules(void **state)
{
	struct unsafe x = base();
	struct diag_list d, again;
	struct outcome *clear, *unsure, *child;
	unsigned line = 0;

	(void)state;
	fx_outcome(x.f, x.rs, "positive", LEVEL_REFER, ex_element(x.f, x.el), NULL);
	/* Undecided until two answers: one more yes can settle it and lower
	 * the level. */
	unsure = at(fx_outcome(x.f, x.rs, "unsure", LEVEL_REFER_FURTHER,
			       ex_undecided(x.f, x.el), NULL), 20);
	/* The all-clear whenever the element is not positive: after one
	 * strong yes too. */
	clear = at(fx_outcome(x.f, x.rs, "clear", LEVEL_INFORM,
			      ex_not(x.f, ex_element(x.f, x.el)), NULL), 30);
	x.rs->properties.all_clear = clear;
	x.rs->properties.pos = (struct pos){ RULES_FILE, 50, 1 };
	/* Children graded like adults. */
	child = at(fx_outcome(x.f, x.rs, "child", LEVEL_REFER,
			      ex_all(x.f, ex_item(x.f, x.child), ex_element(x.f, x.el), NULL),
			      NULL), 40);
	x.rs->properties.child = (struct child_property){ .outcome = child, .act = x.act,
							  .exploitation = x.exp };
	done(&x);
	diag_list_init(&d, 50);
	assert_false(safety_check_all(&x.f->c, NULL, &d, NULL));

	assert_true(count(&d, "one more yes lowers the level", &line) >= 1);
	assert_int_equal(line, unsure->pos.line);
	assert_true(count(&d, "loses outcome 'unsure'", NULL) >= 1);
	assert_true(count(&d, "strong sign cl.s alone", &line) >= 1);
	assert_int_equal(line, 30);
	assert_true(count(&d, "with the all-clear outcome 'clear'", NULL) >= 1);
	assert_int_equal(count(&d, "does not get outcome 'child'", &line), 1);
	assert_int_equal(line, 40);
	assert_true(count(&d, "yes to cl.w (act) and to cl.m (exp)", NULL) == 1);
	for (size_t i = 0; i < d.n; i++) {
		assert_int_equal(d.v[i].code, DIAG_SAFETY);
		assert_string_equal(d.v[i].file, RULES_FILE);
	}

	/* A fixed seed: the same content gives the same report. */
	diag_list_init(&again, 50);
	safety_check_all(&x.f->c, NULL, &again, NULL);
	assert_int_equal(again.n, d.n);
	for (size_t i = 0; i < d.n; i++)
		assert_string_equal(again.v[i].message, d.v[i].message);
	diag_list_free(&again);
	diag_list_free(&d);
	fx_free(x.f);
}

/* The shipped content keeps every property over every checklist in both
 * situations, and has no reachability or signal warning. */
static void shipped(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d;
	struct safety_stats st = { 0 };
	struct content *c;
	size_t n_sets = 0;

	(void)state;
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	c = loader_load(src ? src : ".", &d);
	if (!c)
		diag_print(&d, stderr);
	assert_non_null(c);
	diag_list_free(&d);
	for (size_t i = 0; i < c->n_checklists; i++)
		n_sets += !c->checklists[i].first;

	diag_list_init(&d, DIAG_DEFAULT_MAX);
	safety_check_all(c, NULL, &d, &st);
	content_check(c, &d);
	if (d.n)
		diag_print(&d, stderr);
	assert_int_equal(d.n, 0);
	assert_int_equal(st.sets, 2 * n_sets);
	assert_non_null(c->rulesets[0].properties.all_clear);
	assert_non_null(c->rulesets[0].properties.child.outcome);
	assert_ptr_equal(c->rulesets[0].properties.child.act, content_signal(c, "act"));
	/* Signals are linked both ways, in content order. */
	const struct signal *v = content_signal(c, "violence");
	const struct item *hurt = content_item(c, "general.violence", NULL);

	assert_non_null(v);
	assert_non_null(hurt);
	assert_string_equal(v->key, "signals.violence");
	assert_ptr_equal(c->signals + v->index, v);
	assert_true(v->n_items > 5);
	for (size_t i = 1; i < v->n_items; i++)
		assert_true(v->items[i - 1]->index < v->items[i]->index);
	bool carried = false;

	for (size_t k = 0; k < hurt->n_signal_ids; k++)
		carried |= hurt->signals[k] == v;
	assert_true(carried);
	diag_list_free(&d);
	content_free(c);
}

/* Signal words: at the start of a word, without case, Latin and Cyrillic. */
static void words(void **state)
{
	(void)state;
	assert_true(content_check_has_word("He was Beaten.", "beaten"));
	assert_false(content_check_has_word("upbeaten", "beaten"));
	assert_true(content_check_has_word("keeps the person's passport", "person's passport"));
	assert_true(content_check_has_word("Le travail, FRAPPÉ", "frappé"));
	assert_true(content_check_has_word("Его БИЛИ", "били"));
	assert_false(content_check_has_word("билет", "били"));
	assert_false(content_check_has_word("", "x"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(safe_rules),
		cmocka_unit_test(unsafe_rules),
		cmocka_unit_test(shipped),
		cmocka_unit_test(words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
