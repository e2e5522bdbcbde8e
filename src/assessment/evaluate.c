/* Rule evaluation: element counts, outcome expressions with their trace, referrals. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/xalloc.h"

/* Deeper show_if chains than this are treated as hidden: they can only come
 * from a cycle (x shown if y, y shown if x), which must not hang us. */
#define VISIBLE_MAX_DEPTH 64

static const char *const answer_names[ANSWER_COUNT] = {
	[ANSWER_NOT_ASKED] = "not-asked",
	[ANSWER_YES] = "yes",
	[ANSWER_NO] = "no",
	[ANSWER_UNKNOWN] = "unknown",
};

static const char *const element_state_names[] = {
	[ELEMENT_NOT_POSITIVE] = "not-positive",
	[ELEMENT_POSITIVE] = "positive",
	[ELEMENT_UNDECIDED] = "undecided",
};

const char *answer_to_str(enum answer a)
{
	return a < ANSWER_COUNT ? answer_names[a] : "?";
}

bool answer_from_str(const char *s, enum answer *out)
{
	for (int a = 0; a < ANSWER_COUNT; a++) {
		if (!strcmp(s, answer_names[a])) {
			*out = (enum answer)a;
			return true;
		}
	}
	return false;
}

const char *element_state_to_str(enum element_state s)
{
	return s <= ELEMENT_UNDECIDED ? element_state_names[s] : "?";
}

/* What an expression is evaluated against: answers, and for outcomes the
 * element results (NULL in show_if, where elements are not allowed). */
struct ctx {
	const enum answer *answers;
	const struct element_result *elements;
	size_t n_elements;
};

static bool visible_depth(const struct item *item, const enum answer *answers, unsigned depth);

static enum answer answer_of(const struct item *item, const enum answer *answers, unsigned depth)
{
	if (!item || !visible_depth(item, answers, depth + 1))
		return ANSWER_NOT_ASKED;
	return answers[item->index];
}

static const struct element_result *element_result(const struct ctx *x,
						    const struct element *el)
{
	for (size_t i = 0; i < x->n_elements; i++)
		if (x->elements[i].element == el)
			return &x->elements[i];
	return NULL;
}

static bool expr_eval(const struct expr *e, const struct ctx *x, unsigned depth)
{
	const struct element_result *r;
	enum answer a;

	if (!e || depth > VISIBLE_MAX_DEPTH)
		return false;
	switch (e->kind) {
	case EXPR_ALL:
		for (size_t i = 0; i < e->n_children; i++)
			if (!expr_eval(e->children[i], x, depth + 1))
				return false;
		return true;
	case EXPR_ANY:
		for (size_t i = 0; i < e->n_children; i++)
			if (expr_eval(e->children[i], x, depth + 1))
				return true;
		return false;
	case EXPR_NOT:
		return e->n_children == 1 && !expr_eval(e->children[0], x, depth + 1);
	case EXPR_ITEM:
		return answer_of(e->item, x->answers, depth) == ANSWER_YES;
	case EXPR_ANSWERED:
		a = answer_of(e->item, x->answers, depth);
		return a == ANSWER_YES || a == ANSWER_NO;
	case EXPR_ELEMENT:
		r = element_result(x, e->element);
		return r && r->state == ELEMENT_POSITIVE;
	case EXPR_UNDECIDED:
		r = element_result(x, e->element);
		return r && r->state == ELEMENT_UNDECIDED;
	case EXPR_COUNT:
		break;
	}
	return false;
}

static bool visible_depth(const struct item *item, const enum answer *answers, unsigned depth)
{
	struct ctx x = { .answers = answers };

	if (!item->show_if)
		return true;
	if (depth > VISIBLE_MAX_DEPTH)
		return false;
	return expr_eval(item->show_if, &x, depth);
}

bool eval_item_visible(const struct item *item, const enum answer *answers)
{
	return visible_depth(item, answers, 0);
}

bool eval_answers(const struct expr *e, const enum answer *answers)
{
	struct ctx x = { .answers = answers };

	return expr_eval(e, &x, 0);
}

/* Appends the leaves that decided e's value v: for a true `all` or a false
 * `any` every child counts; otherwise only the children that agree with v. */
static void trace(const struct expr *e, bool v, bool negated, const struct ctx *x,
		  struct reason **out, size_t *n, size_t *cap)
{
	switch (e->kind) {
	case EXPR_ALL:
	case EXPR_ANY:
		for (size_t i = 0; i < e->n_children; i++) {
			bool cv = expr_eval(e->children[i], x, 0);
			bool every = (e->kind == EXPR_ALL) == v;

			if (every || cv == v)
				trace(e->children[i], cv, negated, x, out, n, cap);
		}
		return;
	case EXPR_NOT:
		if (e->n_children == 1)
			trace(e->children[0], !v, !negated, x, out, n, cap);
		return;
	default:
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 4;
			*out = xreallocarray(*out, *cap, sizeof **out);
		}
		(*out)[(*n)++] = (struct reason){ .term = e, .value = v, .negated = negated };
		return;
	}
}

static bool threshold_met(const struct threshold *t, const unsigned yes[STRENGTH_COUNT])
{
	for (int s = STRENGTH_WEAK; s < STRENGTH_COUNT; s++)
		if (yes[s] < t->min[s])
			return false;
	return true;
}

/* Whether section sec of the interview scores el. */
static bool scores(const struct section *sec, const struct element *el)
{
	return sec->element == el;
}

static bool in_lists(const struct checklist *const *lists, size_t n, const struct checklist *cl)
{
	for (size_t i = 0; i < n; i++)
		if (lists[i] == cl)
			return true;
	return false;
}

static void score_element(struct element_result *r, const struct element *el,
			  const struct checklist *const *lists, size_t n_lists,
			  const enum answer *answers)
{
	size_t cap = 0;

	r->element = el;
	for (size_t l = 0; l < n_lists; l++) {
		for (size_t s = 0; s < lists[l]->n_sections; s++) {
			const struct section *sec = &lists[l]->sections[s];

			if (!scores(sec, el))
				continue;
			for (size_t i = 0; i < sec->n_items; i++) {
				const struct item *it = &sec->items[i];
				enum answer a = answers[it->index];

				/* strength none: asked for context, never counted */
				if (it->strength == STRENGTH_NONE || !eval_item_visible(it, answers))
					continue;
				r->n_items++;
				switch (a) {
				case ANSWER_YES:
					r->n_answered++;
					r->yes[it->strength]++;
					if (r->n_yes_items == cap) {
						cap = cap ? cap * 2 : 4;
						r->yes_items = xreallocarray(r->yes_items, cap,
									     sizeof *r->yes_items);
					}
					r->yes_items[r->n_yes_items++] = it;
					break;
				case ANSWER_NO:
					r->n_answered++;
					break;
				case ANSWER_UNKNOWN:
					r->n_unknown++;
					break;
				default:
					r->n_not_asked++;
					break;
				}
			}
		}
	}
	for (size_t t = 0; t < el->n_positive_when; t++) {
		if (threshold_met(&el->positive_when[t], r->yes)) {
			r->met = &el->positive_when[t];
			r->state = ELEMENT_POSITIVE;
			return;
		}
	}
	for (size_t t = 0; t < el->n_positive_when; t++) {
		const struct threshold *th = &el->positive_when[t];
		unsigned need[STRENGTH_COUNT] = { 0 }, missing = 0;

		for (int s = STRENGTH_WEAK; s < STRENGTH_COUNT; s++) {
			need[s] = th->min[s] > r->yes[s] ? th->min[s] - r->yes[s] : 0;
			missing += need[s];
		}
		if (!r->nearest || missing < r->missing) {
			r->nearest = th;
			r->missing = missing;
			memcpy(r->need, need, sizeof need);
		}
	}
	r->state = el->min_answered && r->n_answered < el->min_answered
		? ELEMENT_UNDECIDED : ELEMENT_NOT_POSITIVE;
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

/* The rules files of the interview, in order of first appearance. */
static size_t used_rulesets(const struct checklist *const *lists, size_t n_lists,
			    const struct ruleset ***out)
{
	const struct ruleset **v = xcalloc(n_lists ? n_lists : 1, sizeof *v);
	size_t n = 0;

	for (size_t l = 0; l < n_lists; l++) {
		const struct ruleset *rs = lists[l]->rules;
		bool seen = !rs;

		for (size_t k = 0; k < n && !seen; k++)
			seen = v[k] == rs;
		if (!seen)
			v[n++] = rs;
	}
	*out = v;
	return n;
}

struct evaluation *evaluate(const struct content *c,
			    const struct checklist *const *lists, size_t n_lists,
			    const enum answer *answers,
			    const struct directory *region)
{
	struct evaluation *e = xcalloc(1, sizeof *e);
	const struct directory *dflt = find_directory(c, DIRECTORY_DEFAULT);
	const struct ruleset **rs;
	size_t n_rs = used_rulesets(lists, n_lists, &rs);
	size_t n_el = 0, cap_ref = 0;

	e->region = region ? region : dflt;
	e->checklists = xcalloc(n_lists ? n_lists : 1, sizeof *e->checklists);
	for (size_t l = 0; l < n_lists; l++)
		if (!in_lists(e->checklists, e->n_checklists, lists[l]))
			e->checklists[e->n_checklists++] = lists[l];
	lists = e->checklists;
	n_lists = e->n_checklists;

	for (size_t l = 0; l < n_lists; l++)
		for (size_t s = 0; s < lists[l]->n_sections; s++)
			for (size_t i = 0; i < lists[l]->sections[s].n_items; i++) {
				const struct item *it = &lists[l]->sections[s].items[i];

				if (eval_item_visible(it, answers))
					e->counts[answers[it->index] < ANSWER_COUNT
						  ? answers[it->index] : ANSWER_NOT_ASKED]++;
			}

	for (size_t r = 0; r < n_rs; r++)
		n_el += rs[r]->n_elements;
	e->elements = xcalloc(n_el ? n_el : 1, sizeof *e->elements);
	for (size_t r = 0; r < n_rs; r++)
		for (size_t k = 0; k < rs[r]->n_elements; k++) {
			const struct element *el = &rs[r]->elements[k];

			/* Elements no chosen checklist scores are kept too: with
			 * nothing answered they are undecided (min_answered), so
			 * a screening that never asked never reads as "no
			 * indicators". */
			score_element(&e->elements[e->n_elements], el, lists, n_lists, answers);
			if (e->elements[e->n_elements].state == ELEMENT_UNDECIDED)
				e->insufficient = true;
			e->n_elements++;
		}

	struct ctx x = { .answers = answers, .elements = e->elements, .n_elements = e->n_elements };
	size_t n_out = 0, n_not = 0;

	for (size_t r = 0; r < n_rs; r++) {
		n_out += rs[r]->n_outcomes;
		n_not += rs[r]->n_notices;
	}
	size_t n_al = 0;

	for (size_t r = 0; r < n_rs; r++)
		n_al += rs[r]->n_alerts;
	e->outcomes = xcalloc(n_out ? n_out : 1, sizeof *e->outcomes);
	e->notices = xcalloc(n_not ? n_not : 1, sizeof *e->notices);
	e->alerts = xcalloc(n_al ? n_al : 1, sizeof *e->alerts);
	for (size_t r = 0; r < n_rs; r++) {
		for (size_t k = 0; k < rs[r]->n_alerts; k++) {
			const struct alert *al = &rs[r]->alerts[k];
			struct alert_result *ar;

			if (!expr_eval(al->when, &x, 0))
				continue;
			ar = &e->alerts[e->n_alerts++];
			ar->alert = al;
			ar->contacts = xcalloc(al->n_refer ? al->n_refer : 1, sizeof *ar->contacts);
			for (size_t i = 0; i < al->n_refer; i++)
				referral_resolve(c, e->region, al->refer[i],
						 &ar->contacts[ar->n_contacts++]);
		}
		for (size_t k = 0; k < rs[r]->n_outcomes; k++) {
			const struct outcome *o = &rs[r]->outcomes[k];
			struct outcome_result *or;
			size_t cap = 0;

			if (!expr_eval(o->when, &x, 0))
				continue;
			or = &e->outcomes[e->n_outcomes++];
			or->outcome = o;
			trace(o->when, true, false, &x, &or->reasons, &or->n_reasons, &cap);
			if (o->level > e->level)
				e->level = o->level;
			for (size_t i = 0; i < o->n_refer; i++)
				add_referral(e, &cap_ref, o->refer[i], o, dflt);
		}
		for (size_t k = 0; k < rs[r]->n_notices; k++) {
			const struct notice *nt = &rs[r]->notices[k];

			if (!nt->when || expr_eval(nt->when, &x, 0))
				e->notices[e->n_notices++] = nt;
		}
	}
	free(rs);
	return e;
}

void evaluation_free(struct evaluation *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_elements; i++)
		free(e->elements[i].yes_items);
	for (size_t i = 0; i < e->n_outcomes; i++)
		free(e->outcomes[i].reasons);
	free(e->elements);
	free(e->outcomes);
	for (size_t i = 0; i < e->n_alerts; i++)
		free(e->alerts[i].contacts);
	free(e->alerts);
	free(e->referrals);
	free(e->notices);
	free(e->checklists);
	free(e);
}
