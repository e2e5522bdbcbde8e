/*
 * The trace part of an explanation: each matched outcome, the leaves it rests on, the counts.
 * Part of the module explain.
 */
#include <stdlib.h>
#include <string.h>

#include "explain_build.h"
#include "tipcheck/expr.h"
#include "tipcheck/xalloc.h"

static const char *reason_item(const struct tr *t, const struct expr *term)
{
	return term->item ? tr_text(t, term->item->key, "sign", term->item->sign) : term->ref;
}

static const char *reason_element(const struct tr *t, const struct expr *term)
{
	return term->element ? tr_text(t, term->element->key, "title", term->element->title)
			     : term->ref;
}

static const char *reason_signal(const struct tr *t, const struct expr *term)
{
	return term->signal ? tr_text(t, term->signal->key, "title", term->signal->title)
			    : term->ref;
}

static const char *reason_strength(const struct tr *t, const struct expr *term)
{
	return tr_ui(t, explain_strength_key(term->strength));
}

static const char *reason_outcome(const struct tr *t, const struct expr *term)
{
	return term->outcome ? tr_text(t, term->outcome->key, "title", term->outcome->title)
			     : term->ref;
}

/*
 * A reason in words, by the kind of its leaf: the catalog keys for a leaf
 * that held and one that did not, the placeholder they take, and what
 * names the leaf's subject. A leaf that held because of yes answers (a
 * signal, a sign) also fills {items} with their signs. A new kind of leaf
 * is one row here.
 */
static const struct {
	const char *held, *not_held;
	const char *placeholder;
	const char *(*name)(const struct tr *t, const struct expr *term);
} reason_words[EXPR_COUNT] = {
	[EXPR_ITEM] = { "ui.result.reason.item-yes", "ui.result.reason.item-not-yes",
			"item", reason_item },
	[EXPR_ANSWERED] = { "ui.result.reason.answered", "ui.result.reason.not-answered",
			    "item", reason_item },
	[EXPR_UNKNOWN] = { "ui.result.reason.unknown", "ui.result.reason.not-unknown",
			   "item", reason_item },
	[EXPR_ELEMENT] = { "ui.result.reason.element-positive",
			   "ui.result.reason.element-not-positive", "element", reason_element },
	[EXPR_UNDECIDED] = { "ui.result.reason.element-undecided",
			     "ui.result.reason.element-decided", "element", reason_element },
	[EXPR_SIGNAL] = { "ui.result.reason.signal-yes", "ui.result.reason.signal-not-yes",
			  "signal", reason_signal },
	[EXPR_SIGN] = { "ui.result.reason.sign-yes", "ui.result.reason.sign-not-yes",
			"strength", reason_strength },
	[EXPR_OUTCOME] = { "ui.result.reason.outcome-matched",
			   "ui.result.reason.outcome-not-matched", "outcome", reason_outcome },
};

/* The signs of the yes answers that made a signal or sign leaf true,
 * "a; b", kept by the explanation. */
static const char *reason_items(struct xb *x, const struct reason *r)
{
	size_t len = 1, at = 0;
	char *acc;

	/* Measured first, then copied: appending one sign at a time would
	 * copy the text so far once per yes answer. */
	for (size_t i = 0; i < r->n_items; i++)
		len += strlen(tr_text(x->t, r->items[i]->key, "sign", r->items[i]->sign)) + 2;
	acc = xmalloc(len);
	acc[0] = '\0';
	for (size_t i = 0; i < r->n_items; i++) {
		const char *sign = tr_text(x->t, r->items[i]->key, "sign", r->items[i]->sign);
		size_t n = strlen(sign);

		if (i) {
			memcpy(acc + at, "; ", 2);
			at += 2;
		}
		memcpy(acc + at, sign, n + 1);
		at += n;
	}
	return xb_keep(x, acc);
}

static struct explain_text reason_text(struct xb *x, const struct reason *r)
{
	const struct expr *term = r->term;

	if (term->kind >= EXPR_COUNT || !reason_words[term->kind].name)
		return (struct explain_text){ term->ref ? term->ref : "", "en" };
	return xb_say(x, r->value ? reason_words[term->kind].held
			      : reason_words[term->kind].not_held,
		      reason_words[term->kind].placeholder,
		      reason_words[term->kind].name(x->t, term),
		      "items", reason_items(x, r), NULL);
}

void explain_trace(struct xb *x)
{
	const struct evaluation *e = x->e;

	x->part = EXPLAIN_PART_TRACE;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.outcomes"));
	if (!e->n_outcomes)
		xb_add(x, EXPLAIN_TEXT, EXPLAIN_PARA, 0, NO_LABEL, xb_ui(x, "ui.result.no-outcome"));
	for (size_t i = 0; i < e->n_outcomes; i++) {
		const struct outcome *o = e->outcomes[i].outcome;
		struct explain_block *b;

		b = xb_add(x, EXPLAIN_OUTCOME, EXPLAIN_ITEM, 0, NO_LABEL,
			   xb_say(x, "ui.result.outcome-level",
				  "outcome", tr_text(x->t, o->key, "title", o->title),
				  "level", tr_ui(x->t, explain_level_key(o->level)), NULL));
		b->level = o->level;
		xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_content(x, o->key, "explain", o->explain));
		for (size_t k = 0; k < e->outcomes[i].n_reasons; k++)
			xb_add(x, EXPLAIN_REASON, EXPLAIN_ITEM, 1, NO_LABEL,
			       reason_text(x, &e->outcomes[i].reasons[k]));
	}
	if (!e->n_elements)
		return;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.counted"));
	for (size_t i = 0; i < e->n_elements; i++) {
		const struct element_result *r = &e->elements[i];

		xb_add(x, EXPLAIN_ELEMENT, EXPLAIN_ITEM, 0, NO_LABEL, explain_element_line(x, r));
		xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.result.element-answered", "answered", xb_num(x, r->n_answered),
			      "items", xb_num(x, r->n_items), NULL));
	}
}
