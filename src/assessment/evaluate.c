/* Rule evaluation: element results, outcomes with their trace, referrals. */
#include <stdlib.h>
#include <string.h>

#include "rulestate.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/xalloc.h"

bool eval_item_visible(const struct item *item, const enum answer *answers)
{
	return rulestate_visible(item, answers);
}

/* Whether a yes to it makes the signal or sign leaf e true. */
static bool makes_true(const struct expr *e, const struct item *it)
{
	if (e->kind == EXPR_SIGN)
		return it->strength != STRENGTH_NONE && it->strength >= e->strength;
	for (size_t k = 0; k < it->n_signal_ids; k++)
		if (it->signals && it->signals[k] == e->signal)
			return true;
	return false;
}

/* Where the trace is written, and what it reads. */
struct tracer {
	struct rulestate *rs;
	const struct evaluation *ev;
	const enum answer *answers;
	struct reason *out;
	size_t n, cap;
};

/* The yes answers that make a signal or sign leaf true: shown items of the
 * interview, in interview order. */
static void leaf_items(const struct tracer *t, const struct expr *e, struct reason *r)
{
	const struct evaluation *ev = t->ev;
	size_t cap = 0;

	for (size_t l = 0; l < ev->n_checklists; l++)
		for (size_t s = 0; s < ev->checklists[l]->n_sections; s++)
			for (size_t i = 0; i < ev->checklists[l]->sections[s].n_items; i++) {
				const struct item *it = &ev->checklists[l]->sections[s].items[i];

				if (t->answers[it->index] != ANSWER_YES || !makes_true(e, it) ||
				    !eval_item_visible(it, t->answers))
					continue;
				if (r->n_items == cap) {
					cap = cap ? cap * 2 : 4;
					r->items = xreallocarray(r->items, cap, sizeof *r->items);
				}
				r->items[r->n_items++] = it;
			}
}

bool eval_answers(const struct expr *e, const enum answer *answers)
{
	return rulestate_answers_expr(e, answers);
}

/* Appends the leaves that decided e's value v: for a true `all` or a false
 * `any` every child counts; otherwise only the children that agree with v. */
static void trace(struct tracer *t, const struct expr *e, bool v, bool negated)
{
	struct reason *r;

	switch (e->kind) {
	case EXPR_ALL:
	case EXPR_ANY:
		for (size_t i = 0; i < e->n_children; i++) {
			bool cv = rulestate_expr(t->rs, e->children[i]);
			bool every = (e->kind == EXPR_ALL) == v;

			if (every || cv == v)
				trace(t, e->children[i], cv, negated);
		}
		return;
	case EXPR_NOT:
		if (e->n_children == 1)
			trace(t, e->children[0], !v, !negated);
		return;
	default:
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 4;
			t->out = xreallocarray(t->out, t->cap, sizeof *t->out);
		}
		r = &t->out[t->n++];
		*r = (struct reason){ .term = e, .value = v, .negated = negated };
		if (v && (e->kind == EXPR_SIGNAL || e->kind == EXPR_SIGN))
			leaf_items(t, e, r);
		return;
	}
}

static bool in_lists(const struct checklist *const *lists, size_t n, const struct checklist *cl)
{
	for (size_t i = 0; i < n; i++)
		if (lists[i] == cl)
			return true;
	return false;
}

unsigned eval_threshold_need(const struct threshold *t, const unsigned yes[STRENGTH_COUNT],
			     unsigned need[STRENGTH_COUNT])
{
	unsigned missing = 0;

	need[STRENGTH_NONE] = 0;
	for (int s = STRENGTH_WEAK; s < STRENGTH_COUNT; s++) {
		need[s] = t->min[s] > yes[s] ? t->min[s] - yes[s] : 0;
		missing += need[s];
	}
	return missing;
}

/* The element's result: the counts and state k says, the yes answers that
 * made them, and when it is not positive the nearest threshold. */
static void score_element(struct element_result *r, const struct element *el,
			  const struct checklist *const *lists, size_t n_lists,
			  const enum answer *answers, const struct element_counts *k)
{
	size_t cap = 0;

	r->element = el;
	memcpy(r->yes, k->yes, sizeof r->yes);
	r->n_items = k->n_items;
	r->n_answered = k->n_answered;
	r->n_unknown = k->n_unknown;
	r->n_not_asked = k->n_not_asked;
	r->state = k->state;
	r->met = k->met;
	for (size_t l = 0; l < n_lists; l++) {
		for (size_t s = 0; s < lists[l]->n_sections; s++) {
			const struct section *sec = &lists[l]->sections[s];

			if (sec->element != el)
				continue;
			for (size_t i = 0; i < sec->n_items; i++) {
				const struct item *it = &sec->items[i];

				/* strength none: asked for context, never counted */
				if (it->strength == STRENGTH_NONE || answers[it->index] != ANSWER_YES
				    || !eval_item_visible(it, answers))
					continue;
				if (r->n_yes_items == cap) {
					cap = cap ? cap * 2 : 4;
					r->yes_items = xreallocarray(r->yes_items, cap,
								     sizeof *r->yes_items);
				}
				r->yes_items[r->n_yes_items++] = it;
			}
		}
	}
	if (r->state == ELEMENT_POSITIVE)
		return;
	for (size_t t = 0; t < el->n_positive_when; t++) {
		const struct threshold *th = &el->positive_when[t];
		unsigned need[STRENGTH_COUNT];
		unsigned missing = eval_threshold_need(th, r->yes, need);

		if (!r->nearest || missing < r->missing) {
			r->nearest = th;
			r->missing = missing;
			memcpy(r->need, need, sizeof need);
		}
	}
}

static const struct directory *find_directory(const struct content *c, const char *id)
{
	for (size_t i = 0; i < c->n_directories; i++)
		if (!strcmp(c->directories[i].id, id))
			return &c->directories[i];
	return NULL;
}

static const struct service *find_service(const struct directory *d, const char *id)
{
	if (!d)
		return NULL;
	for (size_t i = 0; i < d->n_services; i++)
		if (!strcmp(d->services[i].id, id))
			return &d->services[i];
	return NULL;
}

static bool has_contact(const struct service *s)
{
	return s && s->contact && *s->contact;
}

/* The region's contact, else the default directory's (fallback), else
 * whichever entry exists, marked as having no contact. */
static void resolve(struct referral *r, const struct directory *region,
		    const struct directory *dflt)
{
	const struct service *local = find_service(region, r->service_id);
	const struct service *intl = region == dflt ? NULL : find_service(dflt, r->service_id);

	if (has_contact(local)) {
		r->service = local;
		r->directory = region;
	} else if (has_contact(intl)) {
		r->service = intl;
		r->directory = dflt;
		r->fallback = true;
	} else {
		r->service = local ? local : intl;
		r->directory = local ? region : intl ? dflt : NULL;
		r->fallback = !local && intl;
		r->no_contact = true;
	}
}

void referral_resolve(const struct content *c, const struct directory *region,
		      const char *service_id, struct referral *out)
{
	const struct directory *dflt = find_directory(c, DIRECTORY_DEFAULT);

	*out = (struct referral){ .service_id = service_id };
	resolve(out, region ? region : dflt, dflt);
}

static void add_referral(struct evaluation *e, size_t *cap, const char *id,
			 const struct outcome *because, const struct directory *dflt)
{
	for (size_t i = 0; i < e->n_referrals; i++)
		if (!strcmp(e->referrals[i].service_id, id))
			return;
	if (e->n_referrals == *cap) {
		*cap = *cap ? *cap * 2 : 4;
		e->referrals = xreallocarray(e->referrals, *cap, sizeof *e->referrals);
	}
	struct referral *r = &e->referrals[e->n_referrals++];
	*r = (struct referral){ .service_id = id, .because = because };
	resolve(r, e->region, dflt);
}
struct evaluation *evaluate(const struct content *c,
			    const struct checklist *const *lists, size_t n_lists,
			    const enum answer *answers,
			    const struct directory *region)
{
	struct evaluation *e = xcalloc(1, sizeof *e);
	const struct directory *dflt = find_directory(c, DIRECTORY_DEFAULT);
	struct rulestate *rs;
	size_t n_rs, n_el = 0, n_out = 0, n_not = 0, cap_ref = 0;

	e->region = region ? region : dflt;
	e->checklists = xcalloc(n_lists ? n_lists : 1, sizeof *e->checklists);
	for (size_t l = 0; l < n_lists; l++)
		if (!in_lists(e->checklists, e->n_checklists, lists[l]))
			e->checklists[e->n_checklists++] = lists[l];
	lists = e->checklists;
	n_lists = e->n_checklists;
	rs = rulestate_new(c, lists, n_lists);
	e->level = rulestate_eval(rs, answers);
	n_rs = rulestate_n_rulesets(rs);

	for (size_t l = 0; l < n_lists; l++)
		for (size_t s = 0; s < lists[l]->n_sections; s++)
			for (size_t i = 0; i < lists[l]->sections[s].n_items; i++) {
				const struct item *it = &lists[l]->sections[s].items[i];

				if (eval_item_visible(it, answers))
					e->counts[answers[it->index] < ANSWER_COUNT
						  ? answers[it->index] : ANSWER_NOT_ASKED]++;
			}

	for (size_t r = 0; r < n_rs; r++) {
		n_el += rulestate_ruleset(rs, r)->n_elements;
		n_out += rulestate_ruleset(rs, r)->n_outcomes;
		n_not += rulestate_ruleset(rs, r)->n_notices;
	}
	e->elements = xcalloc(n_el ? n_el : 1, sizeof *e->elements);
	e->outcomes = xcalloc(n_out ? n_out : 1, sizeof *e->outcomes);
	e->notices = xcalloc(n_not ? n_not : 1, sizeof *e->notices);
	/* Per rules file (in order of first use by the checklists), all its
	 * elements, including those no chosen checklist scores: with nothing
	 * answered they are undecided (min_answered), so a screening that
	 * never asked never reads as "no indicators". */
	for (size_t r = 0; r < n_rs; r++) {
		const struct ruleset *set = rulestate_ruleset(rs, r);

		for (size_t k = 0; k < set->n_elements; k++) {
			const struct element *el = &set->elements[k];

			score_element(&e->elements[e->n_elements], el, lists, n_lists, answers,
				      rulestate_element(rs, el));
			if (e->elements[e->n_elements].state == ELEMENT_UNDECIDED)
				e->insufficient = true;
			e->n_elements++;
		}
	}
	size_t n_al = 0;

	for (size_t r = 0; r < n_rs; r++)
		n_al += rulestate_ruleset(rs, r)->n_alerts;
	e->alerts = xcalloc(n_al ? n_al : 1, sizeof *e->alerts);
	for (size_t r = 0; r < n_rs; r++) {
		const struct ruleset *set = rulestate_ruleset(rs, r);

		for (size_t k = 0; k < set->n_alerts; k++) {
			const struct alert *al = &set->alerts[k];
			struct alert_result *ar;

			if (!rulestate_expr(rs, al->when))
				continue;
			ar = &e->alerts[e->n_alerts++];
			ar->alert = al;
			ar->contacts = xcalloc(al->n_refer ? al->n_refer : 1, sizeof *ar->contacts);
			for (size_t i = 0; i < al->n_refer; i++)
				referral_resolve(c, e->region, al->refer[i],
						 &ar->contacts[ar->n_contacts++]);
		}

		for (size_t k = 0; k < set->n_outcomes; k++) {
			const struct outcome *o = &set->outcomes[k];
			struct tracer t = { .rs = rs, .ev = e, .answers = answers };
			struct outcome_result *or;

			if (!rulestate_matched(rs, o))
				continue;
			trace(&t, o->when, true, false);
			or = &e->outcomes[e->n_outcomes++];
			*or = (struct outcome_result){ .outcome = o, .reasons = t.out,
						       .n_reasons = t.n };
			for (size_t i = 0; i < o->n_refer; i++)
				add_referral(e, &cap_ref, o->refer[i], o, dflt);
		}
		for (size_t k = 0; k < set->n_notices; k++) {
			const struct notice *nt = &set->notices[k];

			if (!nt->when || rulestate_expr(rs, nt->when))
				e->notices[e->n_notices++] = nt;
		}
	}
	rulestate_free(rs);
	return e;
}

void evaluation_free(struct evaluation *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_elements; i++)
		free(e->elements[i].yes_items);
	for (size_t i = 0; i < e->n_outcomes; i++) {
		for (size_t k = 0; k < e->outcomes[i].n_reasons; k++)
			free(e->outcomes[i].reasons[k].items);
		free(e->outcomes[i].reasons);
	}
	free(e->elements);
	free(e->outcomes);
	for (size_t i = 0; i < e->n_alerts; i++)
		free(e->alerts[i].contacts);
	free(e->alerts);
	free(e->referrals);
	free(e->left_out);
	free(e->notices);
	free(e->checklists);
	free(e);
}
