/* The tally sheet: rules turned into pen-and-paper steps over numbered boxes. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/tally.h"
#include "tipcheck/xalloc.h"

static struct pen *pen_new(enum pen_kind kind)
{
	struct pen *p = xcalloc(1, sizeof *p);

	p->kind = kind;
	return p;
}

static void pen_free(struct pen *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n_children; i++)
		pen_free(p->children[i]);
	free(p->children);
	free(p->numbers);
	free(p);
}

static void pen_add(struct pen *p, struct pen *child)
{
	p->children = xreallocarray(p->children, p->n_children + 1, sizeof *p->children);
	p->children[p->n_children++] = child;
}

/* The array doubles when n reaches a power of two: a signal's list of
 * boxes grows with the checklist, and growing it by one copied it all. */
static void add_number(size_t **numbers, size_t *n, size_t number)
{
	if (!(*n & (*n - 1)))
		*numbers = xreallocarray(*numbers, *n ? 2 * *n : 1, sizeof **numbers);
	(*numbers)[(*n)++] = number;
}

size_t tally_number(const struct tally *t, const struct item *item)
{
	return item->index < t->n_box ? t->box[item->index] : 0;
}

static size_t element_row(const struct tally *t, const struct element *el)
{
	for (size_t i = 0; i < t->n_elements; i++)
		if (t->elements[i].element == el)
			return i;
	return (size_t)-1;
}

static size_t outcome_row(const struct tally *t, const struct outcome *o)
{
	for (size_t i = 0; i < t->n_rows; i++)
		if (t->rows[i].outcome == o)
			return i;
	return (size_t)-1;
}

/* A box with these marks; an item not on the form is never ticked, so it
 * reads as blank: a condition on it holds only if blank is one of the marks. */
static struct pen *tick(const struct tally *t, const struct item *item, unsigned marks)
{
	size_t n = tally_number(t, item);
	struct pen *p;

	if (!n) {
		p = pen_new(PEN_ANY_PRESENT);
		if (marks & (1u << ANSWER_NOT_ASKED)) {
			struct pen *always = pen_new(PEN_NOT);

			pen_add(always, p);
			return always;
		}
		return p;
	}
	p = pen_new(PEN_TICK);
	p->marks = marks;
	add_number(&p->numbers, &p->n_numbers, n);
	return p;
}

/* Boxes ticked present that make a `signal` or `sign` leaf hold. */
static struct pen *any_present(const struct tally *t, const struct expr *e)
{
	struct pen *p = pen_new(PEN_ANY_PRESENT);

	for (size_t i = 0; i < t->n_items; i++) {
		const struct item *it = t->items[i];
		bool hit = false;

		if (e->kind == EXPR_SIGN) {
			hit = it->strength != STRENGTH_NONE && it->strength >= e->strength;
		} else {
			for (size_t k = 0; k < it->n_signal_ids; k++)
				hit |= it->signals && it->signals[k] == e->signal;
		}
		if (hit)
			add_number(&p->numbers, &p->n_numbers, i + 1);
	}
	return p;
}

/* Merges boxes on the same number under an `all` (their marks meet), so
 * that "answered x and not x" reads "x is ticked not present". */
static void merge_ticks(struct pen *p)
{
	for (size_t i = 0; i < p->n_children; i++) {
		struct pen *a = p->children[i];

		if (a->kind != PEN_TICK)
			continue;
		for (size_t j = i + 1; j < p->n_children;) {
			struct pen *b = p->children[j];

			if (b->kind == PEN_TICK && b->numbers[0] == a->numbers[0]) {
				a->marks &= b->marks;
				pen_free(b);
				memmove(&p->children[j], &p->children[j + 1],
					(p->n_children - j - 1) * sizeof *p->children);
				p->n_children--;
			} else {
				j++;
			}
		}
	}
}

static struct pen *convert(const struct tally *t, const struct expr *e)
{
	struct pen *p;

	switch (e->kind) {
	case EXPR_ALL:
	case EXPR_ANY:
		p = pen_new(e->kind == EXPR_ALL ? PEN_ALL : PEN_ANY);
		for (size_t i = 0; i < e->n_children; i++)
			pen_add(p, convert(t, e->children[i]));
		if (p->kind == PEN_ALL)
			merge_ticks(p);
		if (p->n_children == 1) {
			struct pen *only = p->children[0];

			p->n_children = 0;
			pen_free(p);
			return only;
		}
		return p;
	case EXPR_NOT:
		p = convert(t, e->children[0]);
		if (p->kind == PEN_TICK) {
			p->marks = PEN_MARKS_ALL & ~p->marks;
			return p;
		}
		if (p->kind == PEN_NOT) {
			struct pen *inner = p->children[0];

			p->n_children = 0;
			pen_free(p);
			return inner;
		}
		{
			struct pen *n = pen_new(PEN_NOT);

			pen_add(n, p);
			return n;
		}
	case EXPR_ITEM:
		return tick(t, e->item, 1u << ANSWER_YES);
	case EXPR_ANSWERED:
		return tick(t, e->item, 1u << ANSWER_YES | 1u << ANSWER_NO);
	case EXPR_UNKNOWN:
		return tick(t, e->item, 1u << ANSWER_UNKNOWN);
	case EXPR_ELEMENT:
	case EXPR_UNDECIDED:
		p = pen_new(e->kind == EXPR_ELEMENT ? PEN_POSITIVE : PEN_UNDECIDED);
		p->row = element_row(t, e->element);
		return p;
	case EXPR_SIGNAL:
	case EXPR_SIGN:
		return any_present(t, e);
	case EXPR_OUTCOME:
		p = pen_new(PEN_ROW);
		p->row = outcome_row(t, e->outcome);
		return p;
	default:
		return pen_new(PEN_ANY_PRESENT);
	}
}

static void named_outcomes(struct tally *t, const struct expr *e, unsigned depth);

/* Adds o as a decision row after the rows its condition names, so that a
 * worker going down the sheet has decided them already (the rules may
 * name a later outcome). The loader rejects cycles; depth guards anyway. */
static void add_row(struct tally *t, const struct outcome *o, unsigned depth)
{
	if (outcome_row(t, o) != (size_t)-1 || depth > 64)
		return;
	named_outcomes(t, o->when, depth + 1);
	if (outcome_row(t, o) != (size_t)-1)
		return;
	t->rows = xreallocarray(t->rows, t->n_rows + 1, sizeof *t->rows);
	t->rows[t->n_rows++] = (struct tally_row){ .outcome = o };
}

static void named_outcomes(struct tally *t, const struct expr *e, unsigned depth)
{
	if (e->kind == EXPR_OUTCOME && e->outcome)
		add_row(t, e->outcome, depth);
	for (size_t i = 0; i < e->n_children; i++)
		named_outcomes(t, e->children[i], depth);
}

static bool has_ruleset(const struct ruleset *const *rs, size_t n, const struct ruleset *r)
{
	for (size_t i = 0; i < n; i++)
		if (rs[i] == r)
			return true;
	return false;
}

struct tally *tally_new(const struct content *c, const struct checklist *const *lists,
			size_t n)
{
	struct tally *t = xcalloc(1, sizeof *t);
	const struct ruleset **rs = NULL;
	size_t n_rs = 0, n_items = 0;

	for (size_t l = 0; l < n; l++)
		for (size_t s = 0; s < lists[l]->n_sections; s++)
			n_items += lists[l]->sections[s].n_items;
	t->items = xcalloc(n_items ? n_items : 1, sizeof *t->items);
	/* Box numbers by item->index: every "only if" and condition asks
	 * for one, and a search of the form for each grew as its square. */
	t->n_box = c->n_items;
	t->box = xcalloc(t->n_box ? t->n_box : 1, sizeof *t->box);
	for (size_t l = 0; l < n; l++) {
		const struct checklist *cl = lists[l];

		for (size_t s = 0; s < cl->n_sections; s++)
			for (size_t i = 0; i < cl->sections[s].n_items; i++) {
				const struct item *it = &cl->sections[s].items[i];

				t->items[t->n_items++] = it;
				if (it->index < t->n_box && !t->box[it->index])
					t->box[it->index] = t->n_items;
			}
		if (cl->rules && !has_ruleset(rs, n_rs, cl->rules)) {
			rs = xreallocarray(rs, n_rs + 1, sizeof *rs);
			rs[n_rs++] = cl->rules;
		}
	}
	/* Rows first, so that conditions can name any row. */
	for (size_t r = 0; r < n_rs; r++) {
		for (size_t e = 0; e < rs[r]->n_elements; e++) {
			t->elements = xreallocarray(t->elements, t->n_elements + 1,
						    sizeof *t->elements);
			t->elements[t->n_elements++] = (struct tally_element){
				.element = &rs[r]->elements[e] };
		}
		for (size_t o = 0; o < rs[r]->n_outcomes; o++)
			add_row(t, &rs[r]->outcomes[o], 0);
	}
	for (size_t i = 0; i < t->n_items; i++) {
		const struct item *it = t->items[i];
		size_t row = it->section->element ? element_row(t, it->section->element)
						  : (size_t)-1;

		if (row != (size_t)-1 && it->strength != STRENGTH_NONE)
			add_number(&t->elements[row].numbers, &t->elements[row].n_numbers, i + 1);
	}
	t->only_if = xcalloc(t->n_items ? t->n_items : 1, sizeof *t->only_if);
	for (size_t i = 0; i < t->n_items; i++)
		if (t->items[i]->show_if)
			t->only_if[i] = convert(t, t->items[i]->show_if);
	for (size_t i = 0; i < t->n_rows; i++)
		t->rows[i].when = convert(t, t->rows[i].outcome->when);
	free(rs);
	return t;
}

void tally_free(struct tally *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n_items; i++)
		pen_free(t->only_if[i]);
	for (size_t i = 0; i < t->n_elements; i++)
		free(t->elements[i].numbers);
	for (size_t i = 0; i < t->n_rows; i++)
		pen_free(t->rows[i].when);
	free(t->only_if);
	free(t->items);
	free(t->box);
	free(t->elements);
	free(t->rows);
	free(t);
}

/* What the worker has filled in so far. */
struct sheet {
	const struct tally *t;
	const enum answer *ticks;
	const enum element_state *state;
	const bool *matched;
};

static bool holds(const struct sheet *s, const struct pen *p)
{
	switch (p->kind) {
	case PEN_ALL:
		for (size_t i = 0; i < p->n_children; i++)
			if (!holds(s, p->children[i]))
				return false;
		return true;
	case PEN_ANY:
		for (size_t i = 0; i < p->n_children; i++)
			if (holds(s, p->children[i]))
				return true;
		return false;
	case PEN_NOT:
		return !holds(s, p->children[0]);
	case PEN_TICK:
		return p->marks & (1u << s->ticks[p->numbers[0] - 1]);
	case PEN_ANY_PRESENT:
		for (size_t i = 0; i < p->n_numbers; i++)
			if (s->ticks[p->numbers[i] - 1] == ANSWER_YES)
				return true;
		return false;
	case PEN_POSITIVE:
	case PEN_UNDECIDED:
		return p->row < s->t->n_elements && s->state[p->row] ==
			(p->kind == PEN_POSITIVE ? ELEMENT_POSITIVE : ELEMENT_UNDECIDED);
	case PEN_ROW:
		/* The sheet's rows only name earlier rows (tally_follow checks). */
		return p->row < s->t->n_rows && s->matched[p->row];
	}
	return false;
}

static bool threshold_met(const struct threshold *th, const unsigned *yes)
{
	for (int st = STRENGTH_WEAK; st < STRENGTH_COUNT; st++)
		if (yes[st] < th->min[st])
			return false;
	return true;
}

/* The element row: its ticked signs counted by strength against its
 * thresholds, then the answered boxes against its minimum. */
static enum element_state element_state(const struct tally *t, const struct tally_element *te,
					const enum answer *ticks)
{
	const struct element *el = te->element;
	unsigned yes[STRENGTH_COUNT] = { 0 }, answered = 0;

	for (size_t i = 0; i < te->n_numbers; i++) {
		enum answer a = ticks[te->numbers[i] - 1];

		answered += a == ANSWER_YES || a == ANSWER_NO;
		if (a == ANSWER_YES)
			yes[t->items[te->numbers[i] - 1]->strength]++;
	}
	for (size_t k = 0; k < el->n_positive_when; k++)
		if (threshold_met(&el->positive_when[k], yes))
			return ELEMENT_POSITIVE;
	return el->min_answered && answered < el->min_answered ? ELEMENT_UNDECIDED
							     : ELEMENT_NOT_POSITIVE;
}

enum level tally_follow(const struct tally *t, const enum answer *ticks, bool *matched)
{
	enum answer *clean = xcalloc(t->n_items ? t->n_items : 1, sizeof *clean);
	enum element_state *state = xcalloc(t->n_elements ? t->n_elements : 1, sizeof *state);
	struct sheet s = { t, clean, state, matched };
	enum level level = LEVEL_NONE;

	for (size_t i = 0; i < t->n_items; i++) {
		clean[i] = ticks[i];
		if (t->only_if[i] && !holds(&s, t->only_if[i]))
			clean[i] = ANSWER_NOT_ASKED;
	}
	for (size_t i = 0; i < t->n_elements; i++)
		state[i] = element_state(t, &t->elements[i], clean);
	memset(matched, 0, t->n_rows * sizeof *matched);
	for (size_t i = 0; i < t->n_rows; i++) {
		matched[i] = holds(&s, t->rows[i].when);
		if (matched[i] && t->rows[i].outcome->level > level)
			level = t->rows[i].outcome->level;
	}
	free(state);
	free(clean);
	return level;
}
