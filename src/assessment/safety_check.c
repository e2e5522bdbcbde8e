/* Safety properties of rules, checked within bounds: monotone levels, strong signs, children. */
#include <stdlib.h>
#include <string.h>

#include "rulestate.h"
#include "tipcheck/safety_check.h"
#include "tipcheck/situation.h"
#include "tipcheck/session.h"
#include "tipcheck/xalloc.h"

/* The situations every property is checked in. */
static const enum situation situations[] = { SITUATION_ADULT, SITUATION_CHILD };

/* What a sample's draws and its search for a sign to flip read of an
 * item: tens of thousands of picks at random among thousands of items
 * stay in this small array instead of touching each large struct item. */
struct pick {
	size_t index;			/* item->index */
	size_t pos;			/* rulestate_position() */
	bool graded;
	bool preset;			/* in the run's situation */
};

/* One checklist set of one rules file in one situation. */
struct run {
	const struct content *c;
	const struct ruleset *r;
	const struct checklist **lists;
	size_t n_lists;
	struct rulestate *rs;
	enum answer *answers;		/* c->n_items */
	const struct item **items;	/* the set's items, interview order */
	struct pick *picks;		/* by position in items */
	size_t n_items;
	enum situation situation;
	char *label;			/* "adult situation; checklists a, b" */
	struct diag_list *d;
	struct safety_stats *stats;
	uint64_t rng;
};

void safety_opts_init(struct safety_opts *o)
{
	*o = (struct safety_opts){ .samples = SAFETY_SAMPLES, .seed = SAFETY_SEED };
}

/* xorshift64*: small, fast and the same everywhere. */
static uint64_t next_random(struct run *x)
{
	x->rng ^= x->rng >> 12;
	x->rng ^= x->rng << 25;
	x->rng ^= x->rng >> 27;
	return x->rng * UINT64_C(2685821657736338717);
}

/* A number in 0..n-1. */
static size_t random_below(struct run *x, size_t n)
{
	return (size_t)(next_random(x) >> 11) % n;
}

static enum level eval(struct run *x)
{
	return rulestate_eval(x->rs, x->answers);
}

/* The level after one answer changes from those of the last eval(): a
 * cost that does not grow with the checklist. */
static enum level set(struct run *x, const struct item *it, enum answer a)
{
	return rulestate_set(x->rs, x->answers, it, a);
}

/* set() where the level is not wanted (an answer put back, a redraw):
 * the rules are decided once, at the next level or query. */
static void put(struct run *x, const struct item *it, enum answer a)
{
	rulestate_put(x->rs, x->answers, it, a);
}

static bool preset(const struct run *x, const struct item *it)
{
	return situation_presets(x->situation, it);
}

static bool graded(const struct item *it)
{
	return it->strength != STRENGTH_NONE;
}

/* The situation's start: presets yes, graded items no, others not asked. */
static void base_answers(struct run *x)
{
	for (size_t i = 0; i < x->n_items; i++) {
		const struct item *it = x->items[i];

		x->answers[it->index] = preset(x, it) ? ANSWER_YES
					: graded(it) ? ANSWER_NO : ANSWER_NOT_ASKED;
	}
}

static char *append(char *s, const char *sep, const char *add)
{
	char *t = xasprintf("%s%s%s", s, *s ? sep : "", add);

	free(s);
	return t;
}

/* "a.b: yes, a.c: no" over the set's answered items, skipping one. */
static char *answers_words(const struct run *x, const struct item *skip)
{
	char *s = xstrdup("");

	for (size_t i = 0; i < x->n_items; i++) {
		const struct item *it = x->items[i];
		char *one;

		if (it == skip || x->answers[it->index] == ANSWER_NOT_ASKED)
			continue;
		one = xasprintf("%s: %s", it->key, answer_to_str(x->answers[it->index]));
		s = append(s, ", ", one);
		free(one);
	}
	if (!*s)
		s = append(s, "", "nothing else answered");
	return s;
}

/* The outcome of x->r that matched at level `level` before (when the
 * answers were `before`) and no longer does: the rule a lowered level
 * lost. NULL when none can be named. */
static const struct outcome *lost_outcome(struct run *x, const struct item *flip,
					  enum answer before, enum level level)
{
	const struct outcome *lost = NULL;
	bool *was = xcalloc(x->r->n_outcomes ? x->r->n_outcomes : 1, sizeof *was);

	x->answers[flip->index] = before;
	eval(x);
	for (size_t k = 0; k < x->r->n_outcomes; k++)
		was[k] = x->r->outcomes[k].level == level &&
			 rulestate_matched(x->rs, &x->r->outcomes[k]);
	x->answers[flip->index] = ANSWER_YES;
	eval(x);
	for (size_t k = 0; k < x->r->n_outcomes && !lost; k++)
		if (was[k] && !rulestate_matched(x->rs, &x->r->outcomes[k]))
			lost = &x->r->outcomes[k];
	x->answers[flip->index] = before;
	free(was);
	return lost;
}

/* Whether turning flip (now `before`, at level l0 after the last eval()
 * or set()) to yes lowers the level. */
static bool lowers_from(struct run *x, const struct item *flip, enum answer before,
			enum level l0)
{
	enum level l1 = set(x, flip, ANSWER_YES);

	put(x, flip, before);
	return l1 < l0;
}

/* Leaves only the answers the counterexample needs: each other answer is
 * dropped (made not asked) when the level still drops without it. */
static void shrink(struct run *x, const struct item *flip, enum answer before)
{
	bool changed = true;

	x->answers[flip->index] = before;
	eval(x);
	while (changed) {
		changed = false;
		for (size_t i = 0; i < x->n_items; i++) {
			const struct item *it = x->items[i];
			enum answer a = x->answers[it->index];

			if (it == flip || preset(x, it) || a == ANSWER_NOT_ASKED)
				continue;
			if (lowers_from(x, flip, before, set(x, it, ANSWER_NOT_ASKED)))
				changed = true;
			else
				put(x, it, a);
		}
	}
}

static void report_monotone(struct run *x, const struct item *flip, enum answer before)
{
	enum level l0, l1;
	const struct outcome *lost;
	char *with;

	shrink(x, flip, before);
	x->answers[flip->index] = before;
	l0 = eval(x);
	with = answers_words(x, flip);
	x->answers[flip->index] = ANSWER_YES;
	l1 = eval(x);
	x->answers[flip->index] = before;
	lost = lost_outcome(x, flip, before, l0);
	diag_error(x->d, lost ? lost->pos : x->r->pos, DIAG_SAFETY,
		   "safety: one more yes lowers the level from %s to %s (%s): with %s, a yes "
		   "to %s (%s, instead of %s) %s%s%s", level_to_str(l0), level_to_str(l1), x->label,
		   with, flip->key, strength_to_str(flip->strength), answer_to_str(before),
		   lost ? "loses outcome '" : "", lost ? lost->id : "gives a lower level",
		   lost ? "'" : "");
	free(with);
}

/* Above this many items a sample redraws this many answers, not every
 * answer, and looks for its sign to flip among as many random picks: a
 * sample then costs the same whatever the checklist's size. The answers
 * drift from sample to sample instead of being drawn afresh; with
 * thousands of items the counts are far beyond any threshold either way. */
#define MONOTONE_REDRAW 256

/* A random answer to pk with p per mille yes (presets are always yes):
 * below p yes, then no up to half the rest, unknown up to two thirds,
 * else not asked. The answer is the number of bounds r passed, not a
 * chain of branches on a random number (which mispredict). */
static enum answer draw(struct run *x, const struct pick *pk, unsigned p)
{
	static const enum answer by_bounds[] = {
		ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN, ANSWER_NOT_ASKED };
	unsigned r = (unsigned)random_below(x, 1000);
	unsigned passed = (r >= p) + (r >= p + (1000 - p) / 2) + (r >= p + (1000 - p) * 2 / 3);

	return by_bounds[pk->preset ? 0 : passed];
}

/* After eval() or set(): the state keeps the interview's items' shown.
 * & rather than &&: the answer is random, a branch on it mispredicts. */
static bool flippable(const struct run *x, const struct pick *pk)
{
	return pk->graded & (x->answers[pk->index] != ANSWER_YES) &
	       rulestate_shown_at(x->rs, pk->pos);
}

/* Random answer sets, each with one more yes to a graded sign. */
static bool check_monotone(struct run *x, unsigned samples)
{
	/* Sparse to dense: counterexamples are easiest to read when few
	 * answers are yes. */
	static const unsigned yes_per_mille[] = { 50, 100, 200, 350 };
	bool redraw = x->n_items > MONOTONE_REDRAW;
	size_t *cand = xcalloc(redraw ? 1 : x->n_items + 1, sizeof *cand);
	enum level level = LEVEL_NONE;
	bool ok = true;

	for (unsigned s = 0; s < samples && ok; s++) {
		unsigned p = yes_per_mille[s % 4];
		const struct item *flip = NULL;
		size_t n_cand = 0;

		if (!redraw || !s) {
			for (size_t i = 0; i < x->n_items; i++)
				x->answers[x->picks[i].index] = draw(x, &x->picks[i], p);
			level = eval(x);
		} else {
			for (size_t k = 0; k < MONOTONE_REDRAW; k++) {
				const struct pick *pk = &x->picks[random_below(x, x->n_items)];

				rulestate_put_at(x->rs, x->answers, pk->pos, draw(x, pk, p));
			}
			level = rulestate_level(x->rs);
		}
		if (redraw) {
			for (size_t k = 0; k < MONOTONE_REDRAW && !flip; k++) {
				size_t i = random_below(x, x->n_items);

				if (flippable(x, &x->picks[i]))
					flip = x->items[i];
			}
		} else {
			/* Written always, kept when flippable: no branch. */
			for (size_t i = 0; i < x->n_items; i++) {
				cand[n_cand] = i;
				n_cand += flippable(x, &x->picks[i]);
			}
			if (n_cand)
				flip = x->items[cand[random_below(x, n_cand)]];
		}
		if (!flip)
			continue;
		enum answer before = x->answers[flip->index];

		if (lowers_from(x, flip, before, level)) {
			report_monotone(x, flip, before);
			ok = false;
		}
	}
	free(cand);
	return ok;
}

static struct pos properties_pos(const struct ruleset *r)
{
	return r->properties.pos.line ? r->properties.pos : r->pos;
}

/* Each strong item alone yes. */
static bool check_strong(struct run *x)
{
	const struct outcome *clear = x->r->properties.all_clear;
	const struct item *first = NULL;
	enum level first_level = LEVEL_NONE;
	bool first_clear = false;
	unsigned failures = 0;

	base_answers(x);
	eval(x);
	for (size_t i = 0; i < x->n_items; i++) {
		const struct item *it = x->items[i];
		enum level l;
		bool all_clear;

		if (it->strength != STRENGTH_STRONG || preset(x, it))
			continue;
		l = set(x, it, ANSWER_YES);
		if (rulestate_shown(x->rs, it)) {
			all_clear = clear && rulestate_matched(x->rs, clear);
			if (l < LEVEL_REFER_FURTHER || all_clear) {
				if (!failures++) {
					first = it;
					first_level = l;
					first_clear = all_clear;
				}
			}
		}
		put(x, it, ANSWER_NO);
	}
	if (!failures)
		return true;
	diag_error(x->d, first_clear ? clear->pos : properties_pos(x->r), DIAG_SAFETY,
		   "safety: a yes to the strong sign %s alone (every other graded sign no; %s) "
		   "gives level %s%s%s%s, not at least refer-further without the all-clear "
		   "outcome", first->key, x->label, level_to_str(first_level),
		   first_clear ? " with the all-clear outcome '" : "",
		   first_clear ? clear->id : "", first_clear ? "'" : "");
	if (failures > 1)
		diag_error(x->d, first_clear ? clear->pos : properties_pos(x->r), DIAG_SAFETY,
			   "safety: and %u more strong signs alone fail the same way (%s)",
			   failures - 1, x->label);
	return false;
}

static bool carries(const struct item *it, const struct signal *sg)
{
	for (size_t k = 0; k < it->n_signal_ids; k++)
		if (it->signals && it->signals[k] == sg)
			return true;
	return false;
}

/* Each pair of an act item and an exploitation item, in the child situation. */
static bool check_child(struct run *x)
{
	const struct child_property *p = &x->r->properties.child;
	const struct item *fa = NULL, *fe = NULL;
	unsigned failures = 0;

	if (!p->outcome || !p->act || !p->exploitation || x->situation != SITUATION_CHILD)
		return true;
	base_answers(x);
	eval(x);
	for (size_t i = 0; i < x->n_items; i++) {
		const struct item *act = x->items[i];
		enum answer save_act = x->answers[act->index];

		if (!carries(act, p->act))
			continue;
		put(x, act, ANSWER_YES);
		for (size_t k = 0; k < x->n_items; k++) {
			const struct item *ex = x->items[k];
			enum answer save_ex = x->answers[ex->index];

			if (!carries(ex, p->exploitation))
				continue;
			/* rulestate_matched() decides the rules for this pair. */
			put(x, ex, ANSWER_YES);
			if (rulestate_shown(x->rs, act) && rulestate_shown(x->rs, ex)) {
				if (!rulestate_matched(x->rs, p->outcome) && !failures++) {
					fa = act;
					fe = ex;
				}
			}
			put(x, ex, save_ex);
		}
		put(x, act, save_act);
	}
	if (!failures)
		return true;
	diag_error(x->d, p->outcome->pos, DIAG_SAFETY,
		   "safety: a child (%s) with a yes to %s (%s) and to %s (%s), every other "
		   "graded sign no, does not get outcome '%s'%s", x->label, fa->key, p->act->id,
		   fe->key, p->exploitation->id, p->outcome->id,
		   failures > 1 ? " (nor do other pairs of act and exploitation signs)" : "");
	return false;
}

static char *set_label(const struct run *x)
{
	char *s = xasprintf("%s situation; checklists ", situation_to_str(x->situation));

	for (size_t i = 0; i < x->n_lists; i++)
		s = append(s, i ? ", " : "", x->lists[i]->id);
	return s;
}

/* All properties over one checklist set, in both situations. */
static bool check_set(const struct content *c, const struct ruleset *r,
		      const struct checklist *cl, const struct safety_opts *o, uint64_t seed,
		      struct diag_list *d, struct safety_stats *stats)
{
	struct run x = { .c = c, .r = r, .d = d, .stats = stats };
	size_t n = 0;
	bool ok = true;

	x.n_lists = session_order_lists(c, cl ? &cl : NULL, cl ? 1 : 0, &x.lists);
	for (size_t l = 0; l < x.n_lists; l++)
		n += x.lists[l]->n_items;
	x.items = xcalloc(n ? n : 1, sizeof *x.items);
	for (size_t l = 0; l < x.n_lists; l++)
		for (size_t s = 0; s < x.lists[l]->n_sections; s++)
			for (size_t i = 0; i < x.lists[l]->sections[s].n_items; i++)
				x.items[x.n_items++] = &x.lists[l]->sections[s].items[i];
	x.answers = xcalloc(c->n_items ? c->n_items : 1, sizeof *x.answers);
	x.rs = rulestate_new(c, x.lists, x.n_lists);
	x.picks = xcalloc(n ? n : 1, sizeof *x.picks);
	for (size_t i = 0; i < x.n_items; i++)
		x.picks[i] = (struct pick){ x.items[i]->index,
			rulestate_position(x.rs, x.items[i]), graded(x.items[i]), false };
	for (size_t s = 0; s < sizeof situations / sizeof situations[0]; s++) {
		x.situation = situations[s];
		for (size_t i = 0; i < x.n_items; i++)
			x.picks[i].preset = preset(&x, x.items[i]);
		x.rng = seed ^ (UINT64_C(0x9e3779b97f4a7c15) * (s + 1));
		x.label = set_label(&x);
		memset(x.answers, 0, c->n_items * sizeof *x.answers);
		ok &= check_monotone(&x, o->samples);
		ok &= check_strong(&x);
		ok &= check_child(&x);
		stats->sets++;
		free(x.label);
	}
	stats->evaluations += rulestate_concluded(x.rs);
	rulestate_free(x.rs);
	free(x.answers);
	free(x.picks);
	free(x.items);
	free(x.lists);
	return ok;
}

bool safety_check_all(const struct content *c, const struct safety_opts *opts,
		      struct diag_list *d, struct safety_stats *stats)
{
	struct safety_opts dflt;
	struct safety_stats local = { 0 };
	bool ok = true;

	if (!opts) {
		safety_opts_init(&dflt);
		opts = &dflt;
	}
	if (!stats)
		stats = &local;
	for (size_t r = 0; r < c->n_rulesets; r++) {
		const struct ruleset *rules = &c->rulesets[r];
		bool any = false;

		for (size_t i = 0; i < c->n_checklists; i++) {
			const struct checklist *cl = &c->checklists[i];

			if (cl->first || cl->rules != rules)
				continue;
			ok &= check_set(c, rules, cl, opts, opts->seed + i, d, stats);
			any = true;
		}
		/* Rules only the `first` checklists use: those alone. */
		for (size_t i = 0; i < c->n_checklists && !any; i++)
			if (c->checklists[i].first && c->checklists[i].rules == rules) {
				ok &= check_set(c, rules, NULL, opts, opts->seed, d, stats);
				any = true;
			}
	}
	return ok;
}
