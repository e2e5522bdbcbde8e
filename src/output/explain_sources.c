/* The sources part of an explanation: where rules, signs and contacts come from. */
#include <string.h>

#include "explain_build.h"

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

static void rules(struct xb *x)
{
	const struct evaluation *e = x->e;

	if (!e->n_outcomes)
		return;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.sources.rules"));
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
		      "verified", d->verified, NULL));
	for (size_t k = 0; k < d->n_sources; k++)
		xb_add(x, EXPLAIN_PROVENANCE, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.result.source", "source", source_words(x, d->sources[k]), NULL));
}

/* The chosen directory, then each other one a contact came from, once,
 * with their sources. */
static void contacts(struct xb *x)
{
	const struct evaluation *e = x->e;

	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.sources.contacts"));
	if (e->region)
		directory(x, e->region);
	for (size_t i = 0; i < e->n_referrals; i++) {
		const struct directory *d = e->referrals[i].directory;
		bool seen = !d || d == e->region;

		for (size_t k = 0; k < i && !seen; k++)
			seen = e->referrals[k].directory == d;
		if (!seen)
			directory(x, d);
	}
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
