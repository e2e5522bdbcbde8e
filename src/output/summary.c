/* The result summary: one walk over the evaluation, written through the document writer (doc.h); and JSON. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "tipcheck/catalog.h"
#include "tipcheck/contact.h"
#include "tipcheck/doc.h"
#include "tipcheck/expr.h"
#include "tipcheck/summary.h"
#include "tipcheck/xalloc.h"

/* --- names ------------------------------------------------------------ */

static const char *const level_symbols[LEVEL_COUNT] = {
	[LEVEL_NONE] = "-",
	[LEVEL_INFORM] = "i",
	[LEVEL_REFER_FURTHER] = ">",
	[LEVEL_REFER] = "!",
	[LEVEL_URGENT] = "!!",
};

static const char *const level_keys[LEVEL_COUNT] = {
	[LEVEL_NONE] = "ui.result.level.none",
	[LEVEL_INFORM] = "ui.result.level.inform",
	[LEVEL_REFER_FURTHER] = "ui.result.level.refer-further",
	[LEVEL_REFER] = "ui.result.level.refer",
	[LEVEL_URGENT] = "ui.result.level.urgent",
};

/* Strengths that count, strongest first, as results list them. */
static const enum strength counted[] = { STRENGTH_STRONG, STRENGTH_MEDIUM, STRENGTH_WEAK };

static const char *const strength_keys[STRENGTH_COUNT] = {
	[STRENGTH_NONE] = "ui.result.strength.none",
	[STRENGTH_WEAK] = "ui.result.strength.weak",
	[STRENGTH_MEDIUM] = "ui.result.strength.medium",
	[STRENGTH_STRONG] = "ui.result.strength.strong",
};

static const char *const state_keys[] = {
	[ELEMENT_NOT_POSITIVE] = "ui.result.state.not-positive",
	[ELEMENT_POSITIVE] = "ui.result.state.positive",
	[ELEMENT_UNDECIDED] = "ui.result.state.undecided",
};

/* A reason in words: by the leaf's kind and whether it held. */
static const char *const reason_keys[EXPR_COUNT][2] = {
	[EXPR_ITEM] = { "ui.result.reason.item-not-yes", "ui.result.reason.item-yes" },
	[EXPR_ANSWERED] = { "ui.result.reason.not-answered", "ui.result.reason.answered" },
	[EXPR_ELEMENT] = { "ui.result.reason.element-not-positive",
			   "ui.result.reason.element-positive" },
	[EXPR_UNDECIDED] = { "ui.result.reason.element-decided",
			     "ui.result.reason.element-undecided" },
	[EXPR_UNKNOWN] = { "ui.result.reason.not-unknown", "ui.result.reason.unknown" },
	[EXPR_SIGNAL] = { "ui.result.reason.signal-not-yes", "ui.result.reason.signal-yes" },
	[EXPR_SIGN] = { "ui.result.reason.sign-not-yes", "ui.result.reason.sign-yes" },
	[EXPR_OUTCOME] = { "ui.result.reason.outcome-not-matched",
			   "ui.result.reason.outcome-matched" },
};

const char *summary_level_symbol(enum level l)
{
	return l < LEVEL_COUNT ? level_symbols[l] : "?";
}

/* --- words ------------------------------------------------------------- */

/* A summary being written: every piece goes through the document writer
 * (doc.h), the one place where text, Markdown and HTML differ. */
struct sum {
	struct doc *doc;
	const struct render_opts *o;
	const struct tr *t;
};

/* The language a catalog string was found in: the worker's, or English
 * when it falls back. */
static const char *ui_lang(const struct tr *t, const char *key)
{
	return tr_has(t, key) ? tr_lang(t) : "en";
}

static struct span ui(const struct sum *x, const char *key)
{
	return (struct span){ tr_ui(x->t, key), ui_lang(x->t, key) };
}

/* Content text of owner's field, in the language it was found in. */
static struct span ctext(const struct sum *x, const char *owner, const char *field,
			 const char *english)
{
	char *key = xasprintf("%s.%s", owner, field);
	bool has = tr_has(x->t, key);
	const char *s = tr_text(x->t, owner, field, english);

	free(key);
	return (struct span){ s ? s : "", has ? tr_lang(x->t) : "en" };
}

/* tr_ui(key) with its {name} placeholders filled from NULL-terminated
 * name, value pairs. Owned by the caller. */
static char *say(const struct tr *t, const char *key, ...)
{
	const char *names[8], *values[8];
	size_t n = 0;
	va_list ap;
	const char *name;

	va_start(ap, key);
	while (n < 8 && (name = va_arg(ap, const char *))) {
		names[n] = name;
		values[n] = va_arg(ap, const char *);
		if (!values[n])
			values[n] = "";
		n++;
	}
	va_end(ap);
	return tr_format(tr_ui(t, key), names, values, n);
}

static const char *num(char buf[static 16], unsigned v)
{
	snprintf(buf, 16, "%u", v);
	return buf;
}

static const char *item_sign(const struct tr *t, const struct item *it)
{
	return tr_text(t, it->key, "sign", it->sign);
}

static const char *element_title(const struct tr *t, const struct element *el)
{
	return tr_text(t, el->key, "title", el->title);
}

/* "1 strong, 1 medium": counts by strength in words, zeros left out. */
static char *counts_words(const struct tr *t, const unsigned v[STRENGTH_COUNT])
{
	char *acc = xstrdup("");

	for (size_t i = 0; i < sizeof counted / sizeof counted[0]; i++) {
		enum strength s = counted[i];
		char b[16], *part, *next;

		if (!v[s])
			continue;
		part = say(t, "ui.result.count-strength", "count", num(b, v[s]),
			   "strength", tr_ui(t, strength_keys[s]), NULL);
		next = *acc ? say(t, "ui.result.list-join", "a", acc, "b", part, NULL) : xstrdup(part);
		free(part);
		free(acc);
		acc = next;
	}
	return acc;
}

/* Writers of a sentence built from key (owned s, freed here): in the
 * language of the key's template. */
static void para_owned(struct sum *x, const char *key, char *s)
{
	doc_para(x->doc, SPAN_NONE, (struct span){ s, ui_lang(x->t, key) });
	free(s);
}

static void item_owned(struct sum *x, unsigned depth, const char *key, char *s)
{
	doc_bullet(x->doc, depth, SPAN_NONE, (struct span){ s, ui_lang(x->t, key) });
	free(s);
}

static void detail_owned(struct sum *x, unsigned depth, const char *key, char *s)
{
	doc_detail(x->doc, depth, (struct span){ s, ui_lang(x->t, key) });
	free(s);
}

/* --- the summary, in words --------------------------------------------- */

static void summary_head(struct sum *x, const struct evaluation *e)
{
	const struct tr *t = x->t;

	doc_heading(x->doc, 1, ui(x, "ui.result.title"));
	para_owned(x, "ui.result.level-line",
		   say(t, "ui.result.level-line", "symbol", summary_level_symbol(e->level),
		       "level", tr_ui(t, level_keys[e->level < LEVEL_COUNT ? e->level : 0]), NULL));
	if (e->insufficient)
		doc_para(x->doc, SPAN_NONE, ui(x, "ui.result.insufficient"));
	else if (e->level == LEVEL_NONE)
		doc_para(x->doc, SPAN_NONE, ui(x, "ui.result.no-outcome"));
	doc_note(x->doc, ui(x, "ui.result.reminder"));
	doc_draft_notes(x->doc);
}

/* One contact: the service and its number, hours, notes, and where it
 * comes from and how it was checked. */
static void contact_entry(struct sum *x, const struct evaluation *e, const struct referral *r)
{
	const struct tr *t = x->t;
	const struct service *s = r->service;
	const struct directory *d = r->directory;
	char *name = s ? contact_name(t, s) : xstrdup(r->service_id);
	const char *region = d ? tr_text(t, d->id, "region", d->region) : "";
	const char *home = e->region ? tr_text(t, e->region->id, "region", e->region->region) : "";
	const char *from = r->fallback ? "ui.result.contact-fallback" : "ui.result.contact-from";

	if (r->no_contact)
		item_owned(x, 0, "ui.result.no-contact",
			   say(t, "ui.result.no-contact", "service", name, NULL));
	else
		item_owned(x, 0, "ui.result.service-contact",
			   say(t, "ui.result.service-contact", "service", name,
			       "contact", s->contact, NULL));
	free(name);
	if (s && s->hours)
		detail_owned(x, 0, "ui.result.hours",
			     say(t, "ui.result.hours", "hours",
				 tr_text(t, s->key, "hours", s->hours), NULL));
	if (s && s->notes)
		doc_detail(x->doc, 0, ctext(x, s->key, "notes", s->notes));
	if (d && !r->no_contact) {
		char *checked = contact_checked(t, d, s);

		detail_owned(x, 0, from, say(t, from, "directory", region, "region", home,
					     "checked", checked, NULL));
		free(checked);
	}
}

/* An emergency alert that holds: what to do now and whom to call, before
 * anything else. */
static void summary_act_now(struct sum *x, const struct evaluation *e)
{
	for (size_t i = 0; i < e->n_alerts; i++) {
		const struct alert_result *ar = &e->alerts[i];
		const struct alert *a = ar->alert;

		if (a->kind != ALERT_EMERGENCY)
			continue;
		doc_heading(x->doc, 2, ctext(x, a->key, "title", a->title));
		doc_para(x->doc, SPAN_NONE, ctext(x, a->key, "text", a->text));
		for (size_t k = 0; k < ar->n_contacts; k++)
			contact_entry(x, e, &ar->contacts[k]);
	}
}

static void summary_referrals(struct sum *x, const struct evaluation *e)
{
	const struct tr *t = x->t;

	doc_heading(x->doc, 2, ui(x, "ui.result.referrals"));
	if (!e->n_referrals) {
		doc_para(x->doc, SPAN_NONE, ui(x, "ui.result.no-referrals"));
		return;
	}
	for (size_t i = 0; i < e->n_referrals; i++) {
		const struct referral *r = &e->referrals[i];

		contact_entry(x, e, r);
		if (r->because)
			detail_owned(x, 0, "ui.result.because",
				     say(t, "ui.result.because", "outcome",
					 tr_text(t, r->because->key, "title", r->because->title),
					 NULL));
	}
	/* Each directory's own caveat once, after the contacts it covers. */
	for (size_t i = 0; i < e->n_referrals; i++) {
		const struct directory *d = e->referrals[i].directory;
		bool seen = !d || !d->notice;

		for (size_t k = 0; k < i && !seen; k++)
			seen = e->referrals[k].directory == d;
		if (!seen)
			doc_para(x->doc, SPAN_NONE, ctext(x, d->id, "notice", d->notice));
	}
}

/* The signs of the yes answers that made a signal or sign leaf true,
 * "a; b". Owned by the caller. */
static char *reason_items(const struct tr *t, const struct reason *r)
{
	char *acc = xstrdup("");

	for (size_t i = 0; i < r->n_items; i++) {
		char *next = xasprintf("%s%s%s", acc, i ? "; " : "", item_sign(t, r->items[i]));

		free(acc);
		acc = next;
	}
	return acc;
}

static char *reason_words(const struct tr *t, const struct reason *r, const char **key_out)
{
	const struct expr *term = r->term;
	const char *key = term->kind < EXPR_COUNT ? reason_keys[term->kind][r->value] : NULL;
	char *items, *s;

	*key_out = key;
	if (!key)
		return xstrdup(term->ref ? term->ref : "");
	switch (term->kind) {
	case EXPR_ITEM:
	case EXPR_ANSWERED:
	case EXPR_UNKNOWN:
		return say(t, key, "item", term->item ? item_sign(t, term->item) : term->ref, NULL);
	case EXPR_SIGNAL:
	case EXPR_SIGN:
		items = reason_items(t, r);
		s = term->kind == EXPR_SIGNAL
			? say(t, key, "signal", term->signal ? tr_text(t, term->signal->key, "title",
				term->signal->title) : term->ref, "items", items, NULL)
			: say(t, key, "strength", tr_ui(t, strength_keys[term->strength]),
			      "items", items, NULL);
		free(items);
		return s;
	case EXPR_OUTCOME:
		return say(t, key, "outcome", term->outcome ? tr_text(t, term->outcome->key, "title",
			   term->outcome->title) : term->ref, NULL);
	default:
		return say(t, key, "element",
			   term->element ? element_title(t, term->element) : term->ref, NULL);
	}
}

static void summary_outcomes(struct sum *x, const struct evaluation *e)
{
	const struct tr *t = x->t;

	if (!e->n_outcomes)
		return;
	doc_heading(x->doc, 2, ui(x, "ui.result.outcomes"));
	for (size_t i = 0; i < e->n_outcomes; i++) {
		const struct outcome *o = e->outcomes[i].outcome;

		item_owned(x, 0, "ui.result.outcome-line",
			   say(t, "ui.result.outcome-line",
			       "outcome", tr_text(t, o->key, "title", o->title),
			       "symbol", summary_level_symbol(o->level),
			       "level", tr_ui(t, level_keys[o->level]), NULL));
		/* What it means, then the answers it rests on. */
		if (o->explain)
			doc_detail(x->doc, 0, ctext(x, o->key, "explain", o->explain));
		for (size_t k = 0; k < e->outcomes[i].n_reasons; k++) {
			const char *key;
			char *s = reason_words(t, &e->outcomes[i].reasons[k], &key);

			item_owned(x, 1, key ? key : "ui.result.outcomes", s);
		}
	}
}

static void summary_elements(struct sum *x, const struct evaluation *e)
{
	const struct tr *t = x->t;
	char b1[16], b2[16], b3[16];

	if (!e->n_elements)
		return;
	doc_heading(x->doc, 2, ui(x, "ui.result.elements"));
	for (size_t i = 0; i < e->n_elements; i++) {
		const struct element_result *r = &e->elements[i];
		char *need;

		item_owned(x, 0, "ui.result.element-line",
			   say(t, "ui.result.element-line",
			       "element", element_title(t, r->element),
			       "state", tr_ui(t, state_keys[r->state]), NULL));
		detail_owned(x, 0, "ui.result.element-answered",
			     say(t, "ui.result.element-answered",
				 "answered", num(b1, r->n_answered),
				 "items", num(b2, r->n_items), NULL));
		if (r->state == ELEMENT_UNDECIDED)
			detail_owned(x, 0, "ui.result.element-undecided",
				     say(t, "ui.result.element-undecided",
					 "min", num(b3, r->element->min_answered), NULL));
		if (r->state != ELEMENT_POSITIVE && r->nearest) {
			need = counts_words(t, r->need);
			detail_owned(x, 0, "ui.result.element-need",
				     say(t, "ui.result.element-need", "need", need, NULL));
			free(need);
		}
		if (r->n_yes_items)
			doc_detail(x->doc, 0, ui(x, r->state == ELEMENT_POSITIVE
						 ? "ui.result.element-yes-positive"
						 : "ui.result.element-yes"));
		for (size_t k = 0; k < r->n_yes_items; k++)
			item_owned(x, 1, "ui.result.yes-item",
				   say(t, "ui.result.yes-item",
				       "strength", tr_ui(t, strength_keys[r->yes_items[k]->strength]),
				       "item", item_sign(t, r->yes_items[k]), NULL));
	}
}

static void summary_notices(struct sum *x, const struct evaluation *e)
{
	if (!e->n_notices)
		return;
	doc_heading(x->doc, 2, ui(x, "ui.result.notices"));
	for (size_t i = 0; i < e->n_notices; i++) {
		const struct notice *n = e->notices[i];

		doc_bullet(x->doc, 0, SPAN_NONE, ctext(x, n->key, "title", n->title));
		doc_detail(x->doc, 0, ctext(x, n->key, "text", n->text));
	}
}

static void summary_about(struct sum *x, const struct evaluation *e)
{
	const struct tr *t = x->t;
	char b[4][16];

	doc_heading(x->doc, 2, ui(x, "ui.result.about"));
	item_owned(x, 0, "ui.result.counts",
		   say(t, "ui.result.counts",
		       "yes", num(b[0], e->counts[ANSWER_YES]),
		       "no", num(b[1], e->counts[ANSWER_NO]),
		       "unknown", num(b[2], e->counts[ANSWER_UNKNOWN]),
		       "not_asked", num(b[3], e->counts[ANSWER_NOT_ASKED]), NULL));
	for (size_t i = 0; i < e->n_checklists; i++) {
		const struct checklist *cl = e->checklists[i];

		item_owned(x, 0, "ui.result.checklist",
			   say(t, "ui.result.checklist",
			       "checklist", tr_text(t, cl->key, "title", cl->title),
			       "version", cl->version, NULL));
	}
	if (e->region) {
		char *checked = contact_checked(t, e->region, NULL);

		item_owned(x, 0, "ui.result.directory",
			   say(t, "ui.result.directory",
			       "directory", tr_text(t, e->region->id, "region", e->region->region),
			       "checked", checked, NULL));
		free(checked);
	}
	if (x->o->date)
		item_owned(x, 0, "ui.result.date", say(t, "ui.result.date", "date", x->o->date, NULL));
}

bool summary_render(FILE *out, const struct render_opts *opts,
		    const struct content *c, const struct evaluation *e)
{
	struct sum x = { .o = opts, .t = opts->lang };

	(void)c;
	if (opts->format >= FORMAT_COUNT)
		return false;
	x.doc = doc_new(out, opts, tr_ui(x.t, "ui.result.title"));
	/* What to do first, then why, then what to say, then what it rests on. */
	summary_head(&x, e);
	summary_act_now(&x, e);
	summary_referrals(&x, e);
	summary_outcomes(&x, e);
	summary_elements(&x, e);
	summary_notices(&x, e);
	summary_about(&x, e);
	return doc_end(x.doc) == 0;
}

int summary_render_to(FILE *out, enum render_format format, const void *arg)
{
	const struct summary_doc *d = arg;
	struct render_opts o = *d->opts;

	o.format = format;
	return summary_render(out, &o, d->content, d->eval) ? 0 : -1;
}

/* --- JSON -------------------------------------------------------------- */

/* A small pretty-printing writer: it tracks nesting to place commas. */
struct jw {
	FILE *out;
	unsigned depth;
	bool first[16];
	bool inline_;		/* short arrays/objects on one line */
};

static void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		case '\b': fputs("\\b", out); break;
		case '\f': fputs("\\f", out); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(out, "\\u%04x", *p);
			else
				fputc(*p, out);	/* UTF-8 passes through */
		}
	}
	fputc('"', out);
}

static void jw_sep(struct jw *w)
{
	if (!w->first[w->depth])
		fputc(',', w->out);
	w->first[w->depth] = false;
	if (w->depth) {
		if (w->inline_)
			fputc(' ', w->out);
		else
			fprintf(w->out, "\n%*s", (int)w->depth * 2, "");
	}
}

static void jw_key(struct jw *w, const char *key)
{
	jw_sep(w);
	if (key) {
		json_string(w->out, key);
		fputs(": ", w->out);
	}
}

static void jw_open(struct jw *w, const char *key, char ch)
{
	jw_key(w, key);
	fputc(ch, w->out);
	w->depth++;
	w->first[w->depth] = true;
}

static void jw_close(struct jw *w, char ch)
{
	bool empty = w->first[w->depth];

	w->depth--;
	if (!empty) {
		if (w->inline_)
			fputc(' ', w->out);
		else
			fprintf(w->out, "\n%*s", (int)w->depth * 2, "");
	}
	fputc(ch, w->out);
}

static void jw_str(struct jw *w, const char *key, const char *v)
{
	jw_key(w, key);
	if (v)
		json_string(w->out, v);
	else
		fputs("null", w->out);
}

static void jw_uint(struct jw *w, const char *key, unsigned v)
{
	jw_key(w, key);
	fprintf(w->out, "%u", v);
}

static void jw_bool(struct jw *w, const char *key, bool v)
{
	jw_key(w, key);
	fputs(v ? "true" : "false", w->out);
}

static void jw_null(struct jw *w, const char *key)
{
	jw_key(w, key);
	fputs("null", w->out);
}

/* { "strong": 1, "medium": 0, "weak": 0 } on one line. */
static void jw_strengths(struct jw *w, const char *key, const unsigned v[STRENGTH_COUNT])
{
	bool was = w->inline_;

	jw_open(w, key, '{');
	w->inline_ = true;
	for (size_t i = 0; i < sizeof counted / sizeof counted[0]; i++)
		jw_uint(w, strength_to_str(counted[i]), v[counted[i]]);
	jw_close(w, '}');
	w->inline_ = was;
}

static void json_elements(struct jw *w, const struct tr *t, const struct evaluation *e)
{
	jw_open(w, "elements", '[');
	for (size_t i = 0; i < e->n_elements; i++) {
		const struct element_result *r = &e->elements[i];
		const struct element *el = r->element;

		jw_open(w, NULL, '{');
		jw_str(w, "rules", el->rules ? el->rules->id : NULL);
		jw_str(w, "id", el->id);
		jw_str(w, "title", element_title(t, el));
		jw_str(w, "state", element_state_to_str(r->state));
		jw_strengths(w, "yes", r->yes);
		jw_uint(w, "items", r->n_items);
		jw_uint(w, "answered", r->n_answered);
		jw_uint(w, "unknown", r->n_unknown);
		jw_uint(w, "not_asked", r->n_not_asked);
		jw_uint(w, "min_answered", el->min_answered);
		jw_open(w, "yes_items", '[');
		for (size_t k = 0; k < r->n_yes_items; k++)
			jw_str(w, NULL, r->yes_items[k]->key);
		jw_close(w, ']');
		if (r->met)
			jw_strengths(w, "met", r->met->min);
		else
			jw_null(w, "met");
		jw_uint(w, "missing", r->missing);
		if (r->state != ELEMENT_POSITIVE && r->nearest)
			jw_strengths(w, "need", r->need);
		else
			jw_null(w, "need");
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void json_outcomes(struct jw *w, const struct tr *t, const struct evaluation *e)
{
	jw_open(w, "outcomes", '[');
	for (size_t i = 0; i < e->n_outcomes; i++) {
		const struct outcome *o = e->outcomes[i].outcome;

		jw_open(w, NULL, '{');
		jw_str(w, "rules", o->rules ? o->rules->id : NULL);
		jw_str(w, "id", o->id);
		jw_str(w, "level", level_to_str(o->level));
		jw_str(w, "title", tr_text(t, o->key, "title", o->title));
		jw_open(w, "reasons", '[');
		for (size_t k = 0; k < e->outcomes[i].n_reasons; k++) {
			const struct reason *r = &e->outcomes[i].reasons[k];
			bool was = w->inline_;

			jw_open(w, NULL, '{');
			w->inline_ = true;
			jw_str(w, "kind", expr_kind_to_str(r->term->kind));
			jw_str(w, "ref", r->term->item ? r->term->item->key
			       : r->term->element ? r->term->element->id : r->term->ref);
			jw_bool(w, "value", r->value);
			jw_bool(w, "negated", r->negated);
			if (r->n_items) {
				jw_open(w, "items", '[');
				for (size_t j = 0; j < r->n_items; j++)
					jw_str(w, NULL, r->items[j]->key);
				jw_close(w, ']');
			}
			jw_close(w, '}');
			w->inline_ = was;
		}
		jw_close(w, ']');
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

/* How a contact was checked: { "how": ..., "date": ..., "by": ... }. */
static void json_checked(struct jw *w, const struct directory *d, const struct service *s)
{
	const struct checked *c = d ? service_checked(d, s) : NULL;
	bool was = w->inline_;

	if (!c) {
		jw_null(w, "checked");
		return;
	}
	jw_open(w, "checked", '{');
	w->inline_ = true;
	jw_str(w, "how", check_how_to_str(c->how));
	jw_str(w, "date", c->date);
	jw_str(w, "by", c->by);
	jw_close(w, '}');
	w->inline_ = was;
}

static void json_referrals(struct jw *w, const struct tr *t, const struct evaluation *e)
{
	jw_open(w, "referrals", '[');
	for (size_t i = 0; i < e->n_referrals; i++) {
		const struct referral *r = &e->referrals[i];
		const struct service *s = r->service;

		jw_open(w, NULL, '{');
		jw_str(w, "service", r->service_id);
		jw_str(w, "name", s ? tr_text(t, s->key, "name", s->name) : NULL);
		jw_str(w, "contact", s && !r->no_contact ? s->contact : NULL);
		jw_str(w, "hours", s && s->hours ? tr_text(t, s->key, "hours", s->hours) : NULL);
		jw_str(w, "directory", r->directory ? r->directory->id : NULL);
		json_checked(w, r->directory, s);
		jw_bool(w, "police", s && s->police);
		jw_bool(w, "fallback", r->fallback);
		jw_bool(w, "no_contact", r->no_contact);
		jw_str(w, "because", r->because ? r->because->id : NULL);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

void summary_render_json(FILE *out, const struct render_opts *opts,
			 const struct content *c, const struct evaluation *e)
{
	const struct tr *t = opts->lang;
	struct jw w = { .out = out, .first = { true } };
	bool was;

	(void)c;
	jw_open(&w, NULL, '{');
	jw_str(&w, "tipcheck", TIPCHECK_VERSION);
	jw_uint(&w, "schema", 1);
	jw_str(&w, "lang", tr_lang(t));
	if (opts->date)
		jw_str(&w, "date", opts->date);
	else
		jw_null(&w, "date");
	jw_str(&w, "level", level_to_str(e->level));
	jw_bool(&w, "insufficient", e->insufficient);
	jw_bool(&w, "recommendation_only", true);
	jw_open(&w, "checklists", '[');
	for (size_t i = 0; i < e->n_checklists; i++) {
		was = w.inline_;
		jw_open(&w, NULL, '{');
		w.inline_ = true;
		jw_str(&w, "id", e->checklists[i]->id);
		jw_str(&w, "version", e->checklists[i]->version);
		jw_close(&w, '}');
		w.inline_ = was;
	}
	jw_close(&w, ']');
	jw_str(&w, "region", e->region ? e->region->id : NULL);
	jw_open(&w, "counts", '{');
	for (int a = ANSWER_YES; a < ANSWER_COUNT; a++)
		jw_uint(&w, answer_to_str((enum answer)a), e->counts[a]);
	jw_uint(&w, answer_to_str(ANSWER_NOT_ASKED), e->counts[ANSWER_NOT_ASKED]);
	jw_close(&w, '}');
	json_elements(&w, t, e);
	json_outcomes(&w, t, e);
	json_referrals(&w, t, e);
	jw_open(&w, "alerts", '[');
	for (size_t i = 0; i < e->n_alerts; i++) {
		const struct alert *a = e->alerts[i].alert;

		was = w.inline_;
		jw_open(&w, NULL, '{');
		w.inline_ = true;
		jw_str(&w, "id", a->id);
		jw_str(&w, "kind", alert_kind_to_str(a->kind));
		jw_close(&w, '}');
		w.inline_ = was;
	}
	jw_close(&w, ']');
	jw_open(&w, "notices", '[');
	for (size_t i = 0; i < e->n_notices; i++) {
		const struct notice *n = e->notices[i];

		jw_open(&w, NULL, '{');
		jw_str(&w, "id", n->id);
		jw_str(&w, "title", tr_text(t, n->key, "title", n->title));
		jw_str(&w, "text", tr_text(t, n->key, "text", n->text));
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_close(&w, '}');
	fputc('\n', out);
}
