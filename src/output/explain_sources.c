/*
 * The sources part of an explanation: where rules, signs and contacts come from.
 * Part of the module explain.
 */
#include <stdlib.h>
#include <string.h>

#include "explain_build.h"
#include "tipcheck/contact.h"
#include "tipcheck/xalloc.h"

/* "Title, publisher, year" of a source id; the id itself (a URL, or an
 * id the content does not know) otherwise. */
static const char *source_words(struct xb *x, const char *id)
{
	const struct source *s = content_source(x->c, id);

	if (!s)
		return id;
	if (!s->year)
		return xb_say(x, "ui.print.source_noyear", "title", s->title,
			      "publisher", s->publisher, NULL).text;
	return xb_say(x, "ui.print.source", "title", s->title, "publisher", s->publisher,
		      "year", xb_num(x, s->year), NULL).text;
}

/* The source and judgement of what the entry before names. */
static void rests_on(struct xb *x, const char *source, const char *key, const char *judgement)
{
	if (source)
		xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.result.source", "source", source_words(x, source), NULL));
	if (judgement)
		xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.result.judgement", "judgement",
			      xb_content(x, key, "judgement", judgement).text, NULL));
}

/* The emergency alerts that hold (the advice shows them), then the
 * matched outcomes. */
static void rules(struct xb *x)
{
	const struct evaluation *e = x->e;
	size_t n_alerts = 0;

	for (size_t i = 0; i < e->n_alerts; i++)
		n_alerts += e->alerts[i].alert->kind == ALERT_EMERGENCY;
	if (!e->n_outcomes && !n_alerts)
		return;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.sources.rules"));
	for (size_t i = 0; i < e->n_alerts; i++) {
		const struct alert *a = e->alerts[i].alert;

		if (a->kind != ALERT_EMERGENCY)
			continue;
		xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_ITEM, 0, NO_LABEL,
		       xb_content(x, a->key, "title", a->title));
		rests_on(x, a->source ? a->source : a->rules ? a->rules->source : NULL,
			 a->key, a->judgement);
	}
	for (size_t i = 0; i < e->n_outcomes; i++) {
		const struct outcome *o = e->outcomes[i].outcome;

		xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_ITEM, 0, NO_LABEL,
		       xb_content(x, o->key, "title", o->title));
		rests_on(x, o->source ? o->source : o->rules ? o->rules->source : NULL,
			 o->key, o->judgement);
	}
}

static void signs(struct xb *x)
{
	const struct evaluation *e = x->e;
	bool any = false;

	for (size_t i = 0; i < e->n_elements; i++) {
		const struct element_result *r = &e->elements[i];

		for (size_t k = 0; k < r->n_yes_items; k++) {
			const struct item *it = r->yes_items[k];

			if (!any)
				xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL,
				       xb_ui(x, "ui.result.sources.signs"));
			any = true;
			xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_ITEM, 0, NO_LABEL,
			       xb_content(x, it->key, "sign", it->sign));
			rests_on(x, it->source, it->key, it->judgement);
		}
	}
}

static void directory(struct xb *x, const struct directory *d)
{
	xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_ITEM, 0, NO_LABEL,
	       xb_say(x, "ui.result.directory", "directory", tr_text(x->t, d->id, "region", d->region),
		      "checked", xb_keep(x, contact_checked(x->t, d, NULL)), NULL));
	for (size_t k = 0; k < d->n_sources; k++)
		xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.result.source", "source", source_words(x, d->sources[k]), NULL));
}

/* The contacts the result names: an emergency alert's, then every
 * referral's; *n is their number. Borrowed from the evaluation. */
static const struct referral **named_contacts(const struct evaluation *e, size_t *n)
{
	const struct referral **v;

	*n = e->n_referrals;
	for (size_t i = 0; i < e->n_alerts; i++)
		if (e->alerts[i].alert->kind == ALERT_EMERGENCY)
			*n += e->alerts[i].n_contacts;
	v = xcalloc(*n + 1, sizeof *v);
	*n = 0;
	for (size_t i = 0; i < e->n_alerts; i++)
		for (size_t k = 0; e->alerts[i].alert->kind == ALERT_EMERGENCY &&
		     k < e->alerts[i].n_contacts; k++)
			v[(*n)++] = &e->alerts[i].contacts[k];
	for (size_t i = 0; i < e->n_referrals; i++)
		v[(*n)++] = &e->referrals[i];
	return v;
}

/* The chosen directory, then each other one a contact came from, once,
 * with their sources and how their contacts were checked; then each
 * service named that cites its own source, once. */
static void contacts(struct xb *x)
{
	const struct evaluation *e = x->e;
	size_t n;
	const struct referral **v = named_contacts(e, &n);

	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.sources.contacts"));
	if (e->region)
		directory(x, e->region);
	for (size_t i = 0; i < n; i++) {
		const struct directory *d = v[i]->directory;
		bool seen = !d || d == e->region;

		for (size_t k = 0; k < i && !seen; k++)
			seen = v[k]->directory == d;
		if (!seen)
			directory(x, d);
	}
	for (size_t i = 0; i < n; i++) {
		const struct service *s = v[i]->service;
		bool seen = !s || !s->source || v[i]->no_contact;
		struct explain_text name;

		for (size_t k = 0; k < i && !seen; k++)
			seen = v[k]->service == s;
		if (seen)
			continue;
		name = xb_content(x, s->key, "name", s->name);
		name.text = xb_keep(x, contact_name(x->t, s));
		xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_ITEM, 0, NO_LABEL, name);
		rests_on(x, s->source, s->key, NULL);
	}
	free(v);
}

static void about(struct xb *x, const char *date)
{
	const struct evaluation *e = x->e;

	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.about"));
	xb_add(x, EXPLAIN_ABOUT, EXPLAIN_ITEM, 0, NO_LABEL,
	       xb_say(x, "ui.result.counts",
		      "yes", xb_num(x, e->counts[ANSWER_YES]),
		      "no", xb_num(x, e->counts[ANSWER_NO]),
		      "unknown", xb_num(x, e->counts[ANSWER_UNKNOWN]),
		      "not_asked", xb_num(x, e->counts[ANSWER_NOT_ASKED]), NULL));
	for (size_t i = 0; i < e->n_checklists; i++) {
		const struct checklist *cl = e->checklists[i];

		xb_add(x, EXPLAIN_ABOUT, EXPLAIN_ITEM, 0, NO_LABEL,
		       xb_say(x, "ui.result.checklist",
			      "checklist", tr_text(x->t, cl->key, "title", cl->title),
			      "version", cl->version, NULL));
	}
	if (date)
		xb_add(x, EXPLAIN_ABOUT, EXPLAIN_ITEM, 0, NO_LABEL,
		       xb_say(x, "ui.result.date", "date", date, NULL));
}

void explain_sources(struct xb *x, const char *date)
{
	x->part = EXPLAIN_PART_SOURCES;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H1, 0, NO_LABEL, xb_ui(x, "ui.result.sources"));
	rules(x);
	signs(x);
	contacts(x);
	about(x, date);
}
