/* Rules evaluated per answer set without allocation: counts, states, signals, memoised outcomes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rulestate.h"
#include "tipcheck/xalloc.h"

/* Deeper show_if chains than this are treated as hidden: they can only come
 * from a cycle (x shown if y, y shown if x), which must not hang us. */
#define VISIBLE_MAX_DEPTH 64
#define NO_SLOT ((size_t)-1)

enum memo { MEMO_UNKNOWN, MEMO_BUSY, MEMO_FALSE, MEMO_TRUE };

/* An item of the interview with what counting it needs: a count (some
 * 800,000 in the safety checks, at random positions) reads this array and
 * sigs, not the scattered struct item and struct signal. 16 bytes, so that
 * 10,000 items stay in a core's cache: indexes in 32 bits (RS_MAX). */
struct rs_item {
	uint32_t index;			/* item->index */
	uint32_t slot;			/* element slot it scores; RS_NO_SLOT: none,
					 * or strength none (never counted) */
	uint32_t sig;			/* its signals: sigs[sig] up to the next
					 * rs_item's sig (items has a sentinel) */
	unsigned char strength;		/* enum strength */
	bool show_if;			/* item_of[] has a show_if */
	bool named;			/* a show_if names it (set with deps) */
};

/* Content this large (billions of items, hundreds of gigabytes parsed)
 * cannot be loaded; rulestate_new() aborts rather than count wrongly. */
#define RS_MAX (UINT32_MAX - 1)
#define RS_NO_SLOT UINT32_MAX

struct rs_outcome {
	const struct outcome *outcome;
	size_t slot;
};

struct rulestate {
	const struct content *c;
	const struct ruleset **rulesets;
	size_t n_rulesets;
	size_t *el_base, *out_base;	/* per rules file: its first slot */
	size_t n_elements, n_outcomes;
	struct rs_item *items;		/* the interview's items, in order, and
					 * a sentinel */
	const struct item **item_of;	/* by position in items */
	size_t *sigs;			/* signal->index of the items' signals */
	size_t n_items;
	size_t *pos;			/* by item->index: in items, or NO_SLOT */
	/* For rulestate_set(), built at its first call: by item->index, the
	 * items whose show_if names it (dep_first: c->n_items + 1). */
	size_t *dep_first, *deps;
	unsigned *seen;			/* by item->index: the walk that reached it */
	size_t *todo;
	unsigned walk;
	/* For the answers of the last rulestate_eval(). */
	const enum answer *answers;
	struct element_counts *counts;	/* by element slot */
	bool *vis;			/* by position in items: counted as shown */
	unsigned *signal_yes;		/* by signal->index: shown items answered yes */
	unsigned yes[STRENGTH_COUNT];	/* shown items answered yes, by strength */
	unsigned char *memo;		/* by outcome slot: enum memo */
	/* Every outcome of the used rules files, highest level first: the
	 * level is that of the first one matched, and the others wait for a
	 * query (memo). */
	struct rs_outcome *by_level;
	/* rulestate_put() leaves the elements, memo and level to the next
	 * query (stale), so a run of changes is concluded once. */
	bool stale;
	enum level level;
	unsigned long concluded;	/* conclude() runs, for the safety stats */
};

static bool eval(struct rulestate *rs, const enum answer *answers, const struct expr *e,
		 unsigned depth);

/* The strongest graded yes of the shown items, NONE if none. */
static enum strength max_yes(const struct rulestate *rs)
{
	for (int s = STRENGTH_COUNT - 1; s > STRENGTH_NONE; s--)
		if (rs->yes[s])
			return (enum strength)s;
	return STRENGTH_NONE;
}

static bool visible_depth(const struct item *item, const enum answer *answers, unsigned depth)
{
	if (!item->show_if)
		return true;
	if (depth > VISIBLE_MAX_DEPTH)
		return false;
	return eval(NULL, answers, item->show_if, depth);
}

bool rulestate_visible(const struct item *item, const enum answer *answers)
{
	return visible_depth(item, answers, 0);
}

bool rulestate_answers_expr(const struct expr *e, const enum answer *answers)
{
	return eval(NULL, answers, e, 0);
}

/* Hidden items count as not asked. */
static enum answer answer_of(const struct item *item, const enum answer *answers, unsigned depth)
{
	if (!item || !visible_depth(item, answers, depth + 1))
		return ANSWER_NOT_ASKED;
	return answers[item->index];
}

static size_t ruleset_at(const struct rulestate *rs, const struct ruleset *r)
{
	for (size_t i = 0; rs && i < rs->n_rulesets; i++)
		if (rs->rulesets[i] == r)
			return i;
	return NO_SLOT;
}

static size_t element_slot(const struct rulestate *rs, const struct element *el)
{
	size_t r = el ? ruleset_at(rs, el->rules) : NO_SLOT;

	return r == NO_SLOT ? NO_SLOT : rs->el_base[r] + (size_t)(el - el->rules->elements);
}

static size_t outcome_slot(const struct rulestate *rs, const struct outcome *o)
{
	size_t r = o ? ruleset_at(rs, o->rules) : NO_SLOT;

	return r == NO_SLOT ? NO_SLOT : rs->out_base[r] + (size_t)(o - o->rules->outcomes);
}

static bool matched(struct rulestate *rs, const struct outcome *o, size_t slot)
{
	switch (rs->memo[slot]) {
	case MEMO_TRUE:
		return true;
	case MEMO_FALSE:
	case MEMO_BUSY:		/* a cycle, which the loader rejects */
		return false;
	default:
		break;
	}
	rs->memo[slot] = MEMO_BUSY;
	rs->memo[slot] = eval(rs, rs->answers, o->when, 0) ? MEMO_TRUE : MEMO_FALSE;
	return rs->memo[slot] == MEMO_TRUE;
}

/* rs is NULL in show_if, where only answers count. */
static bool eval(struct rulestate *rs, const enum answer *answers, const struct expr *e,
		 unsigned depth)
{
	enum answer a;
	size_t slot;

	if (!e || depth > VISIBLE_MAX_DEPTH)
		return false;
	switch (e->kind) {
	case EXPR_ALL:
		for (size_t i = 0; i < e->n_children; i++)
			if (!eval(rs, answers, e->children[i], depth + 1))
				return false;
		return true;
	case EXPR_ANY:
		for (size_t i = 0; i < e->n_children; i++)
			if (eval(rs, answers, e->children[i], depth + 1))
				return true;
		return false;
	case EXPR_NOT:
		return e->n_children == 1 && !eval(rs, answers, e->children[0], depth + 1);
	case EXPR_ITEM:
		return answer_of(e->item, answers, depth) == ANSWER_YES;
	case EXPR_ANSWERED:
		a = answer_of(e->item, answers, depth);
		return a == ANSWER_YES || a == ANSWER_NO;
	case EXPR_UNKNOWN:
		return answer_of(e->item, answers, depth) == ANSWER_UNKNOWN;
	case EXPR_ELEMENT:
	case EXPR_UNDECIDED:
		slot = element_slot(rs, e->element);
		if (slot == NO_SLOT)
			return false;
		return rs->counts[slot].state == (e->kind == EXPR_ELEMENT ? ELEMENT_POSITIVE
						  : ELEMENT_UNDECIDED);
	case EXPR_SIGNAL:
		return rs && e->signal && e->signal->index < rs->c->n_signals &&
		       rs->signal_yes[e->signal->index];
	case EXPR_SIGN:
		return rs && max_yes(rs) != STRENGTH_NONE && max_yes(rs) >= e->strength;
	case EXPR_OUTCOME:
		slot = outcome_slot(rs, e->outcome);
		return slot != NO_SLOT && matched(rs, e->outcome, slot);
	case EXPR_COUNT:
		break;
	}
	return false;
}

/* Highest level first; content order within a level (slots grow with it). */
static int cmp_level_down(const void *a, const void *b)
{
	const struct rs_outcome *x = a, *y = b;

	if (x->outcome->level != y->outcome->level)
		return x->outcome->level > y->outcome->level ? -1 : 1;
	return x->slot < y->slot ? -1 : x->slot > y->slot;
}

struct rulestate *rulestate_new(const struct content *c,
				const struct checklist *const *lists, size_t n_lists)
{
	struct rulestate *rs = xcalloc(1, sizeof *rs);
	size_t n_items = 0, k = 0, n_sigs = 0;

	rs->c = c;
	rs->rulesets = xcalloc(n_lists ? n_lists : 1, sizeof *rs->rulesets);
	rs->el_base = xcalloc(n_lists ? n_lists : 1, sizeof *rs->el_base);
	rs->out_base = xcalloc(n_lists ? n_lists : 1, sizeof *rs->out_base);
	rs->pos = xcalloc(c->n_items ? c->n_items : 1, sizeof *rs->pos);
	for (size_t i = 0; i < c->n_items; i++)
		rs->pos[i] = NO_SLOT;
	for (size_t l = 0; l < n_lists; l++) {
		const struct ruleset *r = lists[l]->rules;

		if (r && ruleset_at(rs, r) == NO_SLOT) {
			rs->el_base[rs->n_rulesets] = rs->n_elements;
			rs->out_base[rs->n_rulesets] = rs->n_outcomes;
			rs->rulesets[rs->n_rulesets++] = r;
			rs->n_elements += r->n_elements;
			rs->n_outcomes += r->n_outcomes;
		}
		n_items += lists[l]->n_items;
	}
	rs->items = xcalloc(n_items + 1, sizeof *rs->items);
	rs->item_of = xcalloc(n_items ? n_items : 1, sizeof *rs->item_of);
	for (size_t l = 0; l < n_lists; l++) {
		bool seen = false;

		for (size_t j = 0; j < l && !seen; j++)
			seen = lists[j] == lists[l];
		for (size_t s = 0; s < lists[l]->n_sections && !seen; s++) {
			const struct section *sec = &lists[l]->sections[s];

			for (size_t i = 0; i < sec->n_items; i++) {
				const struct item *it = &sec->items[i];
				size_t slot = it->strength == STRENGTH_NONE ? NO_SLOT
					      : element_slot(rs, sec->element);

				rs->pos[it->index] = k;
				rs->item_of[k] = it;
				rs->items[k++] = (struct rs_item){
					.index = (uint32_t)it->index,
					.slot = slot == NO_SLOT ? RS_NO_SLOT : (uint32_t)slot,
					.strength = (unsigned char)it->strength,
					.show_if = it->show_if != NULL };
				n_sigs += it->signals ? it->n_signal_ids : 0;
			}
		}
	}
	rs->n_items = k;
	if (c->n_items > RS_MAX || rs->n_elements > RS_MAX || n_sigs > RS_MAX)
		abort();
	rs->sigs = xcalloc(n_sigs ? n_sigs : 1, sizeof *rs->sigs);
	n_sigs = 0;
	for (size_t p = 0; p < k; p++) {
		const struct item *it = rs->item_of[p];

		rs->items[p].sig = (uint32_t)n_sigs;
		/* An unresolved signal (NULL) counts nowhere. */
		for (size_t j = 0; it->signals && j < it->n_signal_ids; j++)
			if (it->signals[j])
				rs->sigs[n_sigs++] = it->signals[j]->index;
	}
	rs->items[k].sig = (uint32_t)n_sigs;
	rs->counts = xcalloc(rs->n_elements ? rs->n_elements : 1, sizeof *rs->counts);
	rs->memo = xcalloc(rs->n_outcomes ? rs->n_outcomes : 1, 1);
	rs->signal_yes = xcalloc(c->n_signals ? c->n_signals : 1, sizeof *rs->signal_yes);
	rs->vis = xcalloc(k ? k : 1, sizeof *rs->vis);
	rs->by_level = xcalloc(rs->n_outcomes ? rs->n_outcomes : 1, sizeof *rs->by_level);
	for (size_t r = 0; r < rs->n_rulesets; r++)
		for (size_t o = 0; o < rs->rulesets[r]->n_outcomes; o++)
			rs->by_level[rs->out_base[r] + o] = (struct rs_outcome){
				&rs->rulesets[r]->outcomes[o], rs->out_base[r] + o };
	qsort(rs->by_level, rs->n_outcomes, sizeof *rs->by_level, cmp_level_down);
	return rs;
}

void rulestate_free(struct rulestate *rs)
{
	if (!rs)
		return;
	free(rs->rulesets);
	free(rs->el_base);
	free(rs->out_base);
	free(rs->items);
	free(rs->item_of);
	free(rs->sigs);
	free(rs->pos);
	free(rs->dep_first);
	free(rs->deps);
	free(rs->seen);
	free(rs->todo);
	free(rs->vis);
	free(rs->counts);
	free(rs->memo);
	free(rs->signal_yes);
	free(rs->by_level);
	free(rs);
}

static bool threshold_met(const struct threshold *t, const unsigned yes[STRENGTH_COUNT])
{
	for (int s = STRENGTH_WEAK; s < STRENGTH_COUNT; s++)
		if (yes[s] < t->min[s])
			return false;
	return true;
}

static void decide(struct element_counts *r, const struct element *el)
{
	r->met = NULL;
	for (size_t t = 0; t < el->n_positive_when; t++) {
		if (threshold_met(&el->positive_when[t], r->yes)) {
			r->met = &el->positive_when[t];
			r->state = ELEMENT_POSITIVE;
			return;
		}
	}
	r->state = el->min_answered && r->n_answered < el->min_answered
		? ELEMENT_UNDECIDED : ELEMENT_NOT_POSITIVE;
}

/* A shown item's answer changed from old to a: the counts move by the
 * differences, with no branch on the answers (random in the safety
 * checks' redraws, where such branches mispredict). */
static inline void recount(struct rulestate *rs, const struct rs_item *ri, enum answer old,
			   enum answer a)
{
	struct element_counts *r;
	/* unsigned wrap-around subtracts */
	unsigned yes = (unsigned)(a == ANSWER_YES) - (unsigned)(old == ANSWER_YES);

	for (size_t k = ri->sig; k < ri[1].sig; k++)
		rs->signal_yes[rs->sigs[k]] += yes;
	rs->yes[ri->strength] += yes;
	if (ri->slot == RS_NO_SLOT)
		return;
	r = &rs->counts[ri->slot];
	r->yes[ri->strength] += yes;
	r->n_answered += (unsigned)(a == ANSWER_YES || a == ANSWER_NO) -
			 (unsigned)(old == ANSWER_YES || old == ANSWER_NO);
	r->n_unknown += (unsigned)(a == ANSWER_UNKNOWN) - (unsigned)(old == ANSWER_UNKNOWN);
	r->n_not_asked += (unsigned)(a != ANSWER_YES && a != ANSWER_NO && a != ANSWER_UNKNOWN) -
			  (unsigned)(old != ANSWER_YES && old != ANSWER_NO &&
				     old != ANSWER_UNKNOWN);
}

/* Counts a shown item's answer a in (d = 1) or out (d = -1) again: in,
 * it is shown not asked and then answered a; out, the reverse. */
static void count(struct rulestate *rs, const struct rs_item *ri, enum answer a, int d)
{
	unsigned u = (unsigned)d;	/* unsigned wrap-around subtracts */

	if (ri->slot != RS_NO_SLOT) {
		rs->counts[ri->slot].n_items += u;
		rs->counts[ri->slot].n_not_asked += u;
	}
	if (d > 0)
		recount(rs, ri, ANSWER_NOT_ASKED, a);
	else
		recount(rs, ri, a, ANSWER_NOT_ASKED);
}

/* Elements decided from the counts, and the level: that of the first
 * outcome matched, highest level first (the others are matched when asked). */
static enum level conclude(struct rulestate *rs)
{
	rs->concluded++;
	memset(rs->memo, MEMO_UNKNOWN, rs->n_outcomes);
	for (size_t r = 0; r < rs->n_rulesets; r++) {
		const struct ruleset *set = rs->rulesets[r];

		for (size_t k = 0; k < set->n_elements; k++)
			decide(&rs->counts[rs->el_base[r] + k], &set->elements[k]);
	}
	for (size_t i = 0; i < rs->n_outcomes; i++) {
		const struct rs_outcome *o = &rs->by_level[i];

		if (o->outcome->level == LEVEL_NONE)
			break;
		if (matched(rs, o->outcome, o->slot))
			return o->outcome->level;
	}
	return LEVEL_NONE;
}

/* The elements, memo and level brought up to the answers. */
static void settle(struct rulestate *rs)
{
	if (rs->stale) {
		rs->level = conclude(rs);
		rs->stale = false;
	}
}

enum level rulestate_eval(struct rulestate *rs, const enum answer *answers)
{
	rs->answers = answers;
	memset(rs->counts, 0, rs->n_elements * sizeof *rs->counts);
	memset(rs->signal_yes, 0, rs->c->n_signals * sizeof *rs->signal_yes);
	memset(rs->yes, 0, sizeof rs->yes);
	for (size_t i = 0; i < rs->n_items; i++) {
		const struct rs_item *ri = &rs->items[i];

		/* Most items have no show_if: no call for them. */
		rs->vis[i] = !ri->show_if || rulestate_visible(rs->item_of[i], answers);
		if (rs->vis[i])
			count(rs, ri, answers[ri->index], 1);
	}
	rs->stale = true;
	return rulestate_level(rs);
}

/* Calls add(rs, from, ref) for each item the show_if e names. */
static void each_ref(struct rulestate *rs, size_t from, const struct expr *e,
		     void (*add)(struct rulestate *, size_t, const struct item *))
{
	if (!e)
		return;
	if (e->item && (e->kind == EXPR_ITEM || e->kind == EXPR_ANSWERED ||
			e->kind == EXPR_UNKNOWN))
		add(rs, from, e->item);
	for (size_t i = 0; i < e->n_children; i++)
		each_ref(rs, from, e->children[i], add);
}

static void count_dep(struct rulestate *rs, size_t from, const struct item *ref)
{
	(void)from;
	rs->dep_first[ref->index + 1]++;
}

static void fill_dep(struct rulestate *rs, size_t from, const struct item *ref)
{
	/* dep_first[index] is the next free slot while filling. */
	rs->deps[rs->dep_first[ref->index]++] = from;
}

/* Every item of the content, not only the interview's: a show_if may
 * reach an interview item through an item of another checklist. */
static void build_deps(struct rulestate *rs)
{
	const struct content *c = rs->c;
	size_t n = c->n_items;

	rs->dep_first = xcalloc(n + 2, sizeof *rs->dep_first);
	for (size_t i = 0; i < n; i++)
		each_ref(rs, i, c->items[i]->show_if, count_dep);
	for (size_t i = 0; i < n; i++)
		rs->dep_first[i + 1] += rs->dep_first[i];
	rs->deps = xcalloc(rs->dep_first[n] + 1, sizeof *rs->deps);
	for (size_t i = 0; i < n; i++)
		each_ref(rs, i, c->items[i]->show_if, fill_dep);
	/* Filling moved each start to the next one's: move them back. */
	for (size_t i = n; i > 0; i--)
		rs->dep_first[i] = rs->dep_first[i - 1];
	rs->dep_first[0] = 0;
	rs->seen = xcalloc(n + 1, sizeof *rs->seen);
	rs->todo = xcalloc(n + 1, sizeof *rs->todo);
	for (size_t p = 0; p < rs->n_items; p++) {
		size_t i = rs->items[p].index;

		rs->items[p].named = rs->dep_first[i] != rs->dep_first[i + 1];
	}
}

/* Each item a change of answers[index] can reach is looked at once (seen
 * marks the walk); its visibility is computed from the answers, not from
 * other marks, so the order of the walk does not matter. */
static void recount_deps(struct rulestate *rs, const enum answer *answers, size_t index)
{
	size_t n_todo = 0;

	if (!++rs->walk) {
		memset(rs->seen, 0, rs->c->n_items * sizeof *rs->seen);
		rs->walk = 1;
	}
	rs->seen[index] = rs->walk;
	rs->todo[n_todo++] = index;
	while (n_todo) {
		size_t from = rs->todo[--n_todo];

		for (size_t d = rs->dep_first[from]; d < rs->dep_first[from + 1]; d++) {
			size_t i = rs->deps[d], q = rs->pos[i];

			if (rs->seen[i] == rs->walk)
				continue;
			rs->seen[i] = rs->walk;
			rs->todo[n_todo++] = i;
			if (q == NO_SLOT)
				continue;
			bool v = rulestate_visible(rs->item_of[q], answers);

			if (v != rs->vis[q]) {
				rs->vis[q] = v;
				count(rs, &rs->items[q], answers[i], v ? 1 : -1);
			}
		}
	}
}

void rulestate_put_at(struct rulestate *rs, enum answer *answers, size_t p, enum answer a)
{
	const struct rs_item *ri = &rs->items[p];

	if (!rs->dep_first)
		build_deps(rs);
	if (rs->vis[p])
		recount(rs, ri, answers[ri->index], a);
	answers[ri->index] = a;
	rs->stale = true;
	/* No show_if names the item (most items): no other item can change. */
	if (ri->named)
		recount_deps(rs, answers, ri->index);
}

void rulestate_put(struct rulestate *rs, enum answer *answers, const struct item *item,
		   enum answer a)
{
	size_t p = rs->pos[item->index];

	if (p != NO_SLOT) {
		rulestate_put_at(rs, answers, p, a);
		return;
	}
	/* Not counted itself; a show_if may still name it. */
	if (!rs->dep_first)
		build_deps(rs);
	answers[item->index] = a;
	rs->stale = true;
	if (rs->dep_first[item->index] != rs->dep_first[item->index + 1])
		recount_deps(rs, answers, item->index);
}

enum level rulestate_set(struct rulestate *rs, enum answer *answers, const struct item *item,
			 enum answer a)
{
	rulestate_put(rs, answers, item, a);
	return rulestate_level(rs);
}

enum level rulestate_level(struct rulestate *rs)
{
	settle(rs);
	return rs->level;
}

unsigned long rulestate_concluded(const struct rulestate *rs)
{
	return rs->concluded;
}

const struct element_counts *rulestate_element(struct rulestate *rs, const struct element *el)
{
	size_t slot = element_slot(rs, el);

	settle(rs);
	return slot == NO_SLOT ? NULL : &rs->counts[slot];
}

bool rulestate_matched(struct rulestate *rs, const struct outcome *o)
{
	size_t slot = outcome_slot(rs, o);

	settle(rs);
	return slot != NO_SLOT && matched(rs, o, slot);
}

bool rulestate_expr(struct rulestate *rs, const struct expr *e)
{
	settle(rs);
	return eval(rs, rs->answers, e, 0);
}

bool rulestate_shown(const struct rulestate *rs, const struct item *item)
{
	size_t p = rs->pos[item->index];

	return p != NO_SLOT && rs->vis[p];
}

size_t rulestate_position(const struct rulestate *rs, const struct item *item)
{
	return rs->pos[item->index];
}

bool rulestate_shown_at(const struct rulestate *rs, size_t p)
{
	return rs->vis[p];
}

bool rulestate_in_interview(const struct rulestate *rs, const struct item *item)
{
	return item && item->index < rs->c->n_items && rs->pos[item->index] != NO_SLOT;
}

size_t rulestate_n_rulesets(const struct rulestate *rs)
{
	return rs->n_rulesets;
}

const struct ruleset *rulestate_ruleset(const struct rulestate *rs, size_t i)
{
	return i < rs->n_rulesets ? rs->rulesets[i] : NULL;
}
