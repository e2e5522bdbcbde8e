/* Hand-built content for the assessment tests. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "tipcheck/xalloc.h"

static void *fx_alloc(struct fx *f, size_t n, size_t size)
{
	void *p = xcalloc(n ? n : 1, size);

	if (f->n_allocs == f->cap_allocs) {
		f->cap_allocs = f->cap_allocs ? f->cap_allocs * 2 : 64;
		f->allocs = xreallocarray(f->allocs, f->cap_allocs, sizeof *f->allocs);
	}
	f->allocs[f->n_allocs++] = p;
	return p;
}

static char *fx_str(struct fx *f, const char *s)
{
	char *p;

	if (!s)
		return NULL;
	p = fx_alloc(f, strlen(s) + 1, 1);
	memcpy(p, s, strlen(s));
	return p;
}

static char *fx_key(struct fx *f, const char *a, const char *b)
{
	char *k = fx_alloc(f, strlen(a) + strlen(b) + 2, 1);

	strcpy(k, a);
	strcat(k, ".");
	strcat(k, b);
	return k;
}

struct fx *fx_new(void)
{
	struct fx *f = xcalloc(1, sizeof *f);

	f->c.checklists = fx_alloc(f, FX_MAX, sizeof *f->c.checklists);
	f->c.rulesets = fx_alloc(f, FX_MAX, sizeof *f->c.rulesets);
	f->c.directories = fx_alloc(f, FX_MAX, sizeof *f->c.directories);
	f->c.items = fx_alloc(f, FX_MAX * FX_MAX, sizeof *f->c.items);
	f->c.signals = fx_alloc(f, FX_MAX, sizeof *f->c.signals);
	return f;
}

void fx_free(struct fx *f)
{
	for (size_t i = 0; i < f->n_allocs; i++)
		free(f->allocs[i]);
	free(f->allocs);
	free(f);
}

void fx_done(struct fx *f)
{
	size_t n = 0;

	for (size_t l = 0; l < f->c.n_checklists; l++) {
		struct checklist *cl = &f->c.checklists[l];

		cl->n_items = 0;
		for (size_t s = 0; s < cl->n_sections; s++) {
			struct section *sec = &cl->sections[s];

			sec->checklist = cl;
			for (size_t i = 0; i < sec->n_items; i++) {
				struct item *it = &sec->items[i];

				it->section = sec;
				it->checklist = cl;
				it->index = n;
				f->c.items[n++] = it;
				cl->n_items++;
			}
		}
	}
	f->c.n_items = n;
}

struct ruleset *fx_ruleset(struct fx *f, const char *id)
{
	struct ruleset *rs = &f->c.rulesets[f->c.n_rulesets++];

	rs->id = fx_str(f, id);
	rs->title = rs->id;
	rs->elements = fx_alloc(f, FX_MAX, sizeof *rs->elements);
	rs->outcomes = fx_alloc(f, FX_MAX, sizeof *rs->outcomes);
	rs->notices = fx_alloc(f, FX_MAX, sizeof *rs->notices);
	rs->alerts = fx_alloc(f, FX_MAX, sizeof *rs->alerts);
	return rs;
}

struct element *fx_element(struct fx *f, struct ruleset *rs, const char *id,
			   unsigned min_answered)
{
	struct element *el = &rs->elements[rs->n_elements++];

	el->id = fx_str(f, id);
	el->key = fx_key(f, rs->id, id);
	el->title = el->id;
	el->min_answered = min_answered;
	el->rules = rs;
	el->positive_when = fx_alloc(f, 8, sizeof *el->positive_when);
	return el;
}

void fx_threshold(struct element *el, unsigned strong, unsigned medium, unsigned weak)
{
	struct threshold *t = &el->positive_when[el->n_positive_when++];

	t->min[STRENGTH_STRONG] = strong;
	t->min[STRENGTH_MEDIUM] = medium;
	t->min[STRENGTH_WEAK] = weak;
}

void fx_ilo_rule(struct element *el)
{
	fx_threshold(el, 2, 0, 0);
	fx_threshold(el, 1, 1, 0);
	fx_threshold(el, 1, 0, 1);
	fx_threshold(el, 0, 3, 0);
	fx_threshold(el, 0, 2, 1);
}

struct outcome *fx_outcome(struct fx *f, struct ruleset *rs, const char *id,
			   enum level level, struct expr *when, const char *refer_csv)
{
	struct outcome *o = &rs->outcomes[rs->n_outcomes++];
	char *csv = fx_str(f, refer_csv ? refer_csv : "");

	o->id = fx_str(f, id);
	o->key = fx_key(f, rs->id, id);
	o->title = o->id;
	o->level = level;
	o->when = when;
	o->rules = rs;
	o->refer = fx_alloc(f, 16, sizeof *o->refer);
	for (char *tok = strtok(csv, ","); tok; tok = strtok(NULL, ","))
		o->refer[o->n_refer++] = tok;
	return o;
}

struct notice *fx_notice(struct fx *f, struct ruleset *rs, const char *id, struct expr *when)
{
	struct notice *n = &rs->notices[rs->n_notices++];

	n->id = fx_str(f, id);
	n->key = fx_key(f, rs->id, id);
	n->title = n->id;
	n->text = n->id;
	n->when = when;
	return n;
}

struct alert *fx_alert(struct fx *f, struct ruleset *rs, const char *id, enum alert_kind kind,
		       struct expr *when, const char *refer_csv)
{
	struct alert *a = &rs->alerts[rs->n_alerts++];
	char *csv = fx_str(f, refer_csv ? refer_csv : "");

	a->id = fx_str(f, id);
	a->key = fx_key(f, rs->id, id);
	a->title = a->id;
	a->text = a->id;
	a->kind = kind;
	a->when = when;
	a->rules = rs;
	a->refer = fx_alloc(f, 16, sizeof *a->refer);
	for (char *tok = strtok(csv, ","); tok; tok = strtok(NULL, ","))
		a->refer[a->n_refer++] = tok;
	return a;
}

struct checklist *fx_checklist(struct fx *f, const char *id, struct ruleset *rs, bool first)
{
	struct checklist *cl = &f->c.checklists[f->c.n_checklists++];

	cl->id = fx_str(f, id);
	cl->key = cl->id;
	cl->title = cl->id;
	cl->version = fx_str(f, "1.0");
	cl->rules = rs;
	cl->rules_id = rs ? rs->id : NULL;
	cl->first = first;
	cl->sections = fx_alloc(f, FX_MAX, sizeof *cl->sections);
	return cl;
}

struct section *fx_section(struct fx *f, struct checklist *cl, const char *id,
			   const struct element *el, const char *intro)
{
	struct section *sec = &cl->sections[cl->n_sections++];

	sec->id = fx_str(f, id);
	sec->key = fx_key(f, cl->id, id);
	sec->title = sec->id;
	sec->intro = fx_str(f, intro);
	sec->element = el;
	sec->element_id = el ? el->id : NULL;
	sec->items = fx_alloc(f, FX_MAX, sizeof *sec->items);
	sec->checklist = cl;
	return sec;
}

struct item *fx_item(struct fx *f, struct section *sec, const char *id, enum strength s)
{
	struct item *it = &sec->items[sec->n_items++];

	it->id = fx_str(f, id);
	it->key = fx_key(f, sec->checklist->id, id);
	it->strength = s;
	it->sign = it->id;
	it->ask = it->id;
	it->guidance = it->id;
	it->section = sec;
	it->checklist = sec->checklist;
	return it;
}

struct directory *fx_directory(struct fx *f, const char *id)
{
	struct directory *d = &f->c.directories[f->c.n_directories++];

	d->id = fx_str(f, id);
	d->region = d->id;
	d->checked = (struct checked){ .how = CHECK_PUBLIC_SOURCE, .date = fx_str(f, "2026-01-01") };
	d->services = fx_alloc(f, FX_MAX, sizeof *d->services);
	return d;
}

struct service *fx_service(struct fx *f, struct directory *d, const char *id,
			   const char *contact)
{
	struct service *s = &d->services[d->n_services++];

	s->id = fx_str(f, id);
	s->key = fx_key(f, d->id, id);
	s->name = s->id;
	s->contact = fx_str(f, contact);
	return s;
}

static struct expr *ex_new(struct fx *f, enum expr_kind k)
{
	struct expr *e = fx_alloc(f, 1, sizeof *e);

	e->kind = k;
	return e;
}

static struct expr *ex_leaf_item(struct fx *f, enum expr_kind k, const struct item *it)
{
	struct expr *e = ex_new(f, k);

	e->item = it;
	e->ref = it->key;
	return e;
}

struct expr *ex_item(struct fx *f, const struct item *it)
{
	return ex_leaf_item(f, EXPR_ITEM, it);
}

struct expr *ex_answered(struct fx *f, const struct item *it)
{
	return ex_leaf_item(f, EXPR_ANSWERED, it);
}

static struct expr *ex_leaf_element(struct fx *f, enum expr_kind k, const struct element *el)
{
	struct expr *e = ex_new(f, k);

	e->element = el;
	e->ref = el->id;
	return e;
}

struct expr *ex_element(struct fx *f, const struct element *el)
{
	return ex_leaf_element(f, EXPR_ELEMENT, el);
}

struct expr *ex_undecided(struct fx *f, const struct element *el)
{
	return ex_leaf_element(f, EXPR_UNDECIDED, el);
}

struct expr *ex_not(struct fx *f, struct expr *inner)
{
	struct expr *e = ex_new(f, EXPR_NOT);

	e->children = fx_alloc(f, 1, sizeof *e->children);
	e->children[0] = inner;
	e->n_children = 1;
	return e;
}

static struct expr *ex_list(struct fx *f, enum expr_kind k, va_list ap)
{
	struct expr *e = ex_new(f, k);
	struct expr *c;

	e->children = fx_alloc(f, 16, sizeof *e->children);
	while ((c = va_arg(ap, struct expr *)))
		e->children[e->n_children++] = c;
	return e;
}

struct expr *ex_all(struct fx *f, ...)
{
	va_list ap;
	struct expr *e;

	va_start(ap, f);
	e = ex_list(f, EXPR_ALL, ap);
	va_end(ap);
	return e;
}

struct expr *ex_any(struct fx *f, ...)
{
	va_list ap;
	struct expr *e;

	va_start(ap, f);
	e = ex_list(f, EXPR_ANY, ap);
	va_end(ap);
	return e;
}

struct expr *ex_unknown(struct fx *f, const struct item *it)
{
	return ex_leaf_item(f, EXPR_UNKNOWN, it);
}

struct expr *ex_signal(struct fx *f, const struct signal *sg)
{
	struct expr *e = ex_new(f, EXPR_SIGNAL);

	e->signal = sg;
	e->ref = sg->id;
	return e;
}

struct expr *ex_sign(struct fx *f, enum strength s)
{
	struct expr *e = ex_new(f, EXPR_SIGN);

	e->strength = s;
	e->ref = fx_str(f, strength_to_str(s));
	return e;
}

struct expr *ex_outcome(struct fx *f, const struct outcome *o)
{
	struct expr *e = ex_new(f, EXPR_OUTCOME);

	e->outcome = o;
	e->ref = o->id;
	return e;
}

struct signal *fx_signal(struct fx *f, const char *id)
{
	struct signal *sg = &f->c.signals[f->c.n_signals];

	sg->id = fx_str(f, id);
	sg->key = fx_key(f, "signals", id);
	sg->title = sg->id;
	sg->index = f->c.n_signals++;
	sg->items = fx_alloc(f, FX_MAX, sizeof *sg->items);
	return sg;
}

void fx_tag(struct fx *f, struct item *it, struct signal *sg)
{
	if (!it->signals) {
		it->signals = fx_alloc(f, 8, sizeof *it->signals);
		it->signal_ids = fx_alloc(f, 8, sizeof *it->signal_ids);
	}
	it->signal_ids[it->n_signal_ids] = sg->id;
	it->signals[it->n_signal_ids++] = sg;
	sg->items[sg->n_items++] = it;
}
