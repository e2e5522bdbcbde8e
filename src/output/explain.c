/* The explanation of a result: one list of blocks with roles, built once from an evaluation. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explain_build.h"
#include "tipcheck/contact.h"
#include "tipcheck/xalloc.h"

/* How many referrals the advice names first, under "whom to contact". */
#define FIRST_CONTACTS 3

static const char *const level_symbols[LEVEL_COUNT] = {
	[LEVEL_NONE] = "[-]",
	[LEVEL_INFORM] = "[i]",
	[LEVEL_REFER_FURTHER] = "[>]",
	[LEVEL_REFER] = "[!]",
	[LEVEL_URGENT] = "[!!]",
};

static const char *const part_names[EXPLAIN_PART_COUNT] = {
	[EXPLAIN_PART_FEEDBACK] = "feedback",
	[EXPLAIN_PART_ADVICE] = "advice",
	[EXPLAIN_PART_TRACE] = "trace",
	[EXPLAIN_PART_SOURCES] = "sources",
	[EXPLAIN_PART_DEBRIEF] = "debrief",
};

static const char *const role_names[EXPLAIN_ROLE_COUNT] = {
	[EXPLAIN_HEADING] = "heading",
	[EXPLAIN_LEVEL] = "level",
	[EXPLAIN_ALERT] = "alert",
	[EXPLAIN_ACTION] = "action",
	[EXPLAIN_CONTACT] = "contact",
	[EXPLAIN_NOTE] = "note",
	[EXPLAIN_ELEMENT] = "element",
	[EXPLAIN_SIGN] = "sign",
	[EXPLAIN_NEED] = "need",
	[EXPLAIN_REFERRAL] = "referral",
	[EXPLAIN_DETAIL] = "detail",
	[EXPLAIN_NOTICE] = "notice",
	[EXPLAIN_TEXT] = "text",
	[EXPLAIN_OUTCOME] = "outcome",
	[EXPLAIN_REASON] = "reason",
	[EXPLAIN_PROVENANCE] = "provenance",
	[EXPLAIN_ABOUT] = "about",
	[EXPLAIN_FEEDBACK] = "feedback",
	[EXPLAIN_DEBRIEF] = "debrief",
};

static const char *const state_keys[] = {
	[ELEMENT_NOT_POSITIVE] = "ui.result.state.not-positive",
	[ELEMENT_POSITIVE] = "ui.result.state.positive",
	[ELEMENT_UNDECIDED] = "ui.result.state.undecided",
};

/* Strengths that count, strongest first, as results list them, with the
 * counted phrase of "N more signs of this strength". */
static const struct {
	enum strength strength;
	const char *more_key;
} counted[] = {
	{ STRENGTH_STRONG, "ui.result.more.strong" },
	{ STRENGTH_MEDIUM, "ui.result.more.medium" },
	{ STRENGTH_WEAK, "ui.result.more.weak" },
};

static const char *const strength_keys[STRENGTH_COUNT] = {
	[STRENGTH_NONE] = "ui.result.strength.none",
	[STRENGTH_WEAK] = "ui.result.strength.weak",
	[STRENGTH_MEDIUM] = "ui.result.strength.medium",
	[STRENGTH_STRONG] = "ui.result.strength.strong",
};

const char *explain_level_symbol(enum level l)
{
	return l < LEVEL_COUNT ? level_symbols[l] : "[?]";
}

const char *explain_part_to_str(enum explain_part p)
{
	return p < EXPLAIN_PART_COUNT ? part_names[p] : "?";
}

const char *explain_role_to_str(enum explain_role r)
{
	return r < EXPLAIN_ROLE_COUNT ? role_names[r] : "?";
}

const char *explain_level_key(enum level l)
{
	static const char *const keys[LEVEL_COUNT] = {
		[LEVEL_NONE] = "ui.result.level.none",
		[LEVEL_INFORM] = "ui.result.level.inform",
		[LEVEL_REFER_FURTHER] = "ui.result.level.refer-further",
		[LEVEL_REFER] = "ui.result.level.refer",
		[LEVEL_URGENT] = "ui.result.level.urgent",
	};

	return keys[l < LEVEL_COUNT ? l : LEVEL_NONE];
}

const char *explain_strength_key(enum strength s)
{
	return strength_keys[s < STRENGTH_COUNT ? s : STRENGTH_NONE];
}

/* --- building blocks ---------------------------------------------------- */

char *xb_keep(struct xb *x, char *s)
{
	if (x->n_owned == x->cap_owned) {
		x->cap_owned = x->cap_owned ? 2 * x->cap_owned : 64;
		x->owned = xreallocarray(x->owned, x->cap_owned, sizeof *x->owned);
	}
	x->owned[x->n_owned++] = s;
	return s;
}

struct explain_block *xb_add(struct xb *x, enum explain_role role, enum explain_shape shape,
			     unsigned depth, struct explain_text label, struct explain_text text)
{
	struct explanation *pub = &x->pub;
	struct explain_block *b;

	if (pub->n_blocks == x->cap_blocks) {
		x->cap_blocks = x->cap_blocks ? 2 * x->cap_blocks : 64;
		pub->blocks = xreallocarray(pub->blocks, x->cap_blocks, sizeof *pub->blocks);
	}
	b = &pub->blocks[pub->n_blocks++];
	*b = (struct explain_block){ .part = x->part, .role = role, .shape = shape,
				     .depth = depth, .label = label, .text = text,
				     .level = LEVEL_NONE };
	return b;
}

/* The language a catalog string is found in: the worker's, or English. */
static const char *ui_lang(const struct xb *x, const char *key)
{
	return tr_has(x->t, key) ? tr_lang(x->t) : "en";
}

struct explain_text xb_ui(const struct xb *x, const char *key)
{
	return (struct explain_text){ tr_ui(x->t, key), ui_lang(x, key) };
}

struct explain_text xb_content(const struct xb *x, const char *owner, const char *field,
			       const char *english)
{
	char *key = xasprintf("%s.%s", owner, field);
	bool has = tr_has(x->t, key);
	const char *s = tr_text(x->t, owner, field, english);

	free(key);
	return (struct explain_text){ s ? s : "", has ? tr_lang(x->t) : "en" };
}

/* tmpl with placeholders filled from a NULL-terminated list of name,
 * value pairs (a NULL value is ""). */
static char *fill(const char *tmpl, va_list ap)
{
	const char *names[8], *values[8], *name;
	size_t n = 0;

	while (n < 8 && (name = va_arg(ap, const char *))) {
		names[n] = name;
		values[n] = va_arg(ap, const char *);
		if (!values[n])
			values[n] = "";
		n++;
	}
	return tr_format(tmpl, names, values, n);
}

struct explain_text xb_say(struct xb *x, const char *key, ...)
{
	va_list ap;
	char *s;

	va_start(ap, key);
	s = fill(tr_ui(x->t, key), ap);
	va_end(ap);
	return (struct explain_text){ xb_keep(x, s), ui_lang(x, key) };
}

struct explain_text xb_say_n(struct xb *x, const char *key, unsigned long n, ...)
{
	const char *lang;
	const char *tmpl = tr_ui_n(x->t, key, n, &lang);
	va_list ap;
	char *s;

	va_start(ap, n);
	s = fill(tmpl, ap);
	va_end(ap);
	return (struct explain_text){ xb_keep(x, s), lang };
}

const char *xb_num(struct xb *x, unsigned long v)
{
	return xb_keep(x, xasprintf("%lu", v));
}

static const char *item_sign(const struct xb *x, const struct item *it)
{
	return tr_text(x->t, it->key, "sign", it->sign);
}

static const char *element_title(const struct xb *x, const struct element *el)
{
	return tr_text(x->t, el->key, "title", el->title);
}

static const char *outcome_title(const struct xb *x, const struct outcome *o)
{
	return tr_text(x->t, o->key, "title", o->title);
}

struct explain_text explain_element_line(struct xb *x, const struct element_result *r)
{
	return xb_say(x, "ui.result.element-line", "element", element_title(x, r->element),
		      "state", tr_ui(x->t, state_keys[r->state]), NULL);
}

static void heading(struct xb *x, enum explain_shape shape, const char *key)
{
	xb_add(x, EXPLAIN_HEADING, shape, 0, NO_LABEL, xb_ui(x, key));
}

/* --- advice: how urgent, what to do, whom to contact -------------------- */

/* The outcome that decides the level: the first matched of the highest. */
static const struct outcome *top_outcome(const struct evaluation *e)
{
	for (size_t i = 0; i < e->n_outcomes; i++)
		if (e->outcomes[i].outcome->level == e->level)
			return e->outcomes[i].outcome;
	return NULL;
}

/* The highest level of the matched outcomes that refer to service id. */
static enum level referral_level(const struct evaluation *e, const char *id)
{
	enum level l = LEVEL_NONE;

	for (size_t i = 0; i < e->n_outcomes; i++) {
		const struct outcome *o = e->outcomes[i].outcome;

		for (size_t k = 0; k < o->n_refer; k++)
			if (!strcmp(o->refer[k], id) && o->level > l)
				l = o->level;
	}
	return l;
}

/* How the contact of r was checked; with fallback, a contact from
 * another directory than the chosen region's says so too. */
static void checked_line(struct xb *x, const struct referral *r, bool fallback)
{
	const struct directory *d = r->directory;
	const char *checked;

	if (r->no_contact || !d)
		return;
	checked = xb_keep(x, contact_checked(x->t, d, r->service));
	if (fallback && r->fallback)
		xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, r->unfit_local ? "ui.result.fit-fallback"
						: "ui.result.contact-fallback",
			      "directory", tr_text(x->t, d->id, "region", d->region),
			      "region", x->e->region ? tr_text(x->t, x->e->region->id, "region",
							       x->e->region->region) : "",
			      "checked", checked, NULL));
	else
		xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.contact.line", "checked", checked, NULL));
}

/* "Name: contact" (police lines marked), or "Name: no contact known";
 * emphasis on a number. Then its hours and how to find it (find.text,
 * when there is no contact). */
static void service_line(struct xb *x, enum explain_role role, const struct referral *r,
			 struct explain_text find)
{
	const struct service *s = r->service;
	const char *name = s ? xb_keep(x, contact_name(x->t, s)) : r->service_id;
	struct explain_block *b;

	if (r->no_contact)
		b = xb_add(x, role, EXPLAIN_ITEM, 0, NO_LABEL,
			   xb_say(x, "ui.result.no-contact", "service", name, NULL));
	else
		b = xb_add(x, role, EXPLAIN_ITEM, 0, NO_LABEL,
			   xb_say(x, "ui.result.service-contact", "service", name,
				  "contact", s->contact, NULL));
	b->emphasis = !r->no_contact;
	if (s && s->hours)
		xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.result.hours", "hours",
			      tr_text(x->t, s->key, "hours", s->hours), NULL));
	if (find.text)
		xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL, find);
}

/* The find text of evaluation referral i (none when it has a contact). */
static struct explain_text referral_find(const struct xb *x, size_t i)
{
	return (struct explain_text){ x->pub.find[i], x->find_lang[i] };
}

/* A contact of an alert: how to find it when it has none. */
static struct explain_text alert_find(struct xb *x, const struct referral *r)
{
	const char *lang = NULL;

	if (!r->no_contact)
		return NO_LABEL;
	return (struct explain_text){ xb_keep(x, contact_find(x->t, r, &lang)), lang };
}

/* Whether service id is a contact of an emergency alert that holds,
 * before contact k of alert n (n_alerts, 0: among all of them). */
static bool alert_contact(const struct evaluation *e, const char *id, size_t n, size_t k)
{
	for (size_t i = 0; i <= n && i < e->n_alerts; i++)
		for (size_t j = 0; e->alerts[i].alert->kind == ALERT_EMERGENCY &&
		     j < e->alerts[i].n_contacts && (i < n || j < k); j++)
			if (!strcmp(e->alerts[i].contacts[j].service_id, id))
				return true;
	return false;
}

/*
 * An emergency alert that holds at the end (danger, an urgent medical
 * need) answers "what to do now" before any outcome: its title, set
 * apart, and its text. Returns the number of such alerts.
 */
static size_t advice_alerts(struct xb *x)
{
	const struct evaluation *e = x->e;
	size_t n = 0;

	for (size_t i = 0; i < e->n_alerts; i++) {
		const struct alert *a = e->alerts[i].alert;
		struct explain_block *b;

		if (a->kind != ALERT_EMERGENCY)
			continue;
		b = xb_add(x, EXPLAIN_ALERT, EXPLAIN_NOTED, 0, NO_LABEL,
			   xb_content(x, a->key, "title", a->title));
		b->level = LEVEL_URGENT;
		b = xb_add(x, EXPLAIN_ACTION, EXPLAIN_PARA, 0, xb_ui(x, "ui.result.action"),
			   xb_content(x, a->key, "text", a->text));
		b->level = LEVEL_URGENT;
		if (!n++)
			x->pub.action = b->text.text;
	}
	return n;
}

static void advice_first(struct xb *x)
{
	const struct evaluation *e = x->e;
	const struct outcome *top = top_outcome(e);
	struct explain_block *b;
	size_t *order, n = e->n_referrals, shown = 0;

	heading(x, EXPLAIN_H1, "ui.result.title");
	b = xb_add(x, EXPLAIN_LEVEL, EXPLAIN_PARA, 0, NO_LABEL,
		   xb_say(x, "ui.result.level-line", "symbol", explain_level_symbol(e->level),
			  "level", tr_ui(x->t, explain_level_key(e->level)), NULL));
	b->level = e->level;
	x->pub.level_line = b->text.text;
	if (!advice_alerts(x)) {
		if (top)
			b = xb_add(x, EXPLAIN_ACTION, EXPLAIN_PARA, 0, xb_ui(x, "ui.result.action"),
				   top->action ? xb_content(x, top->key, "action", top->action)
					       : xb_content(x, top->key, "explain", top->explain));
		else
			b = xb_add(x, EXPLAIN_ACTION, EXPLAIN_PARA, 0, xb_ui(x, "ui.result.action"),
				   xb_ui(x, "ui.result.no-outcome"));
		b->level = e->level;
		x->pub.action = b->text.text;
	}

	/* The referrals of the most pressing outcomes first (stable). */
	order = xcalloc(n + 1, sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 &&
		     referral_level(e, e->referrals[order[j]].service_id) >
		     referral_level(e, e->referrals[order[j - 1]].service_id); j--) {
			size_t tmp = order[j];

			order[j] = order[j - 1];
			order[j - 1] = tmp;
		}
	/* An emergency alert's contacts come first, then the referrals not
	 * already named, up to FIRST_CONTACTS in all. */
	for (size_t i = 0; i < e->n_alerts; i++)
		if (e->alerts[i].alert->kind == ALERT_EMERGENCY)
			shown += e->alerts[i].n_contacts;
	if (shown || n)
		heading(x, EXPLAIN_H2, "ui.result.contacts");
	for (size_t i = 0; i < e->n_alerts; i++)
		for (size_t k = 0; e->alerts[i].alert->kind == ALERT_EMERGENCY &&
		     k < e->alerts[i].n_contacts; k++) {
			const struct referral *r = &e->alerts[i].contacts[k];

			if (alert_contact(e, r->service_id, i, k))
				continue;
			service_line(x, EXPLAIN_CONTACT, r, alert_find(x, r));
			checked_line(x, r, false);
		}
	for (size_t i = 0; i < n && shown < FIRST_CONTACTS; i++) {
		const struct referral *r = &e->referrals[order[i]];

		if (alert_contact(e, r->service_id, e->n_alerts, 0))
			continue;
		service_line(x, EXPLAIN_CONTACT, r, referral_find(x, order[i]));
		checked_line(x, r, false);
		shown++;
	}
	free(order);
}

static void advice_notes(struct xb *x)
{
	const struct tr *ask = x->ask;
	char *draft;

	/* Said first: every other line of this result rests only on what
	 * was asked before the consent. */
	if (x->e->declined)
		xb_add(x, EXPLAIN_NOTE, EXPLAIN_NOTED, 0, NO_LABEL, xb_ui(x, "ui.result.declined"));
	xb_add(x, EXPLAIN_NOTE, EXPLAIN_NOTED, 0, NO_LABEL, xb_ui(x, "ui.result.reminder"));
	draft = tr_draft_notice(x->t, x->t);
	if (draft)
		xb_add(x, EXPLAIN_NOTE, EXPLAIN_NOTED, 0, NO_LABEL,
		       (struct explain_text){ xb_keep(x, draft), tr_lang(x->t) });
	draft = ask && strcmp(tr_lang(ask), tr_lang(x->t)) ? tr_draft_notice(x->t, ask) : NULL;
	if (draft)
		xb_add(x, EXPLAIN_NOTE, EXPLAIN_NOTED, 0, NO_LABEL,
		       (struct explain_text){ xb_keep(x, draft), tr_lang(x->t) });
	if (x->e->insufficient)
		xb_add(x, EXPLAIN_NOTE, EXPLAIN_NOTED, 0, NO_LABEL,
		       xb_ui(x, "ui.result.insufficient"));
}

/* "1 more strong sign and 2 more weak signs": what one threshold still
 * needs, owned by the explanation. */
static struct explain_text need_words(struct xb *x, const unsigned need[STRENGTH_COUNT])
{
	struct explain_text acc = { NULL, NULL };

	for (size_t i = 0; i < sizeof counted / sizeof counted[0]; i++) {
		unsigned v = need[counted[i].strength];
		struct explain_text part;

		if (!v)
			continue;
		part = xb_say_n(x, counted[i].more_key, v, "count", xb_num(x, v), NULL);
		acc = acc.text ? xb_say(x, "ui.result.list-and", "a", acc.text, "b", part.text, NULL)
			       : part;
	}
	return acc;
}

/* Every way to make r positive with the fewest more yes answers, not
 * only the first threshold's: "1 more strong sign" alone would send the
 * worker after a strong sign when a weak one would do. When the ways are
 * a common part and then any mix of strengths, "1 more strong sign and 1
 * more sign of any strength"; else each way, in threshold order ("1 more
 * strong sign, or 1 more medium sign"). */
static struct explain_text element_need(struct xb *x, const struct element_result *r)
{
	const struct element *el = r->element;
	unsigned (*ways)[STRENGTH_COUNT] = xcalloc(el->n_positive_when, sizeof *ways);
	unsigned common[STRENGTH_COUNT], spare = r->missing;
	struct explain_text any, acc = { NULL, NULL };
	size_t n = 0;

	for (size_t t = 0; t < el->n_positive_when; t++) {
		size_t k = 0;

		if (eval_threshold_need(&el->positive_when[t], r->yes, ways[n]) != r->missing)
			continue;
		while (k < n && memcmp(ways[k], ways[n], sizeof ways[n]))
			k++;
		n += k == n;
	}
	memcpy(common, ways[0], sizeof common);
	for (size_t k = 1; k < n; k++)
		for (int s = STRENGTH_WEAK; s < STRENGTH_COUNT; s++)
			common[s] = ways[k][s] < common[s] ? ways[k][s] : common[s];
	for (int s = STRENGTH_WEAK; s < STRENGTH_COUNT; s++)
		spare -= common[s];
	/* The ways are distinct, each the common part and spare more signs:
	 * as many as the (spare + 1)(spare + 2) / 2 mixes of three strengths
	 * means that every mix will do. */
	if (n > 1 && n == (size_t)(spare + 1) * (spare + 2) / 2) {
		any = xb_say_n(x, "ui.result.more.any", spare, "count", xb_num(x, spare), NULL);
		acc = spare == r->missing ? any
			: xb_say(x, "ui.result.list-and", "a", need_words(x, common).text,
				 "b", any.text, NULL);
	} else {
		for (size_t k = 0; k < n; k++) {
			struct explain_text part = need_words(x, ways[k]);

			acc = acc.text ? xb_say(x, "ui.result.list-or", "a", acc.text,
						"b", part.text, NULL) : part;
		}
	}
	free(ways);
	return acc;
}

static void advice_elements(struct xb *x)
{
	const struct evaluation *e = x->e;

	if (!e->n_elements)
		return;
	heading(x, EXPLAIN_H2, "ui.result.elements");
	for (size_t i = 0; i < e->n_elements; i++) {
		const struct element_result *r = &e->elements[i];
		struct explain_block *b;

		b = xb_add(x, EXPLAIN_ELEMENT, EXPLAIN_ITEM, 0, NO_LABEL,
			   explain_element_line(x, r));
		b->emphasis = r->state == ELEMENT_POSITIVE;
		if (!r->n_items) {
			xb_add(x, EXPLAIN_NEED, EXPLAIN_SUB, 0, NO_LABEL,
			       xb_ui(x, "ui.result.element-not-asked"));
			continue;
		}
		if (r->state == ELEMENT_UNDECIDED)
			xb_add(x, EXPLAIN_NEED, EXPLAIN_SUB, 0, NO_LABEL,
			       xb_say_n(x, "ui.result.element-undecided", r->n_answered,
					"count", xb_num(x, r->n_answered),
					"min", xb_num(x, r->element->min_answered), NULL));
		for (size_t k = 0; k < r->n_yes_items; k++)
			xb_add(x, EXPLAIN_SIGN, EXPLAIN_ITEM, 1, NO_LABEL,
			       xb_say(x, "ui.result.yes-item",
				      "strength", tr_ui(x->t, strength_keys[r->yes_items[k]->strength]),
				      "item", item_sign(x, r->yes_items[k]), NULL));
		if (r->state != ELEMENT_POSITIVE && r->nearest && r->missing)
			xb_add(x, EXPLAIN_NEED, EXPLAIN_SUB, 0, NO_LABEL,
			       xb_say(x, "ui.result.element-need", "need",
				      element_need(x, r).text, NULL));
	}
}

static void advice_referrals(struct xb *x)
{
	const struct evaluation *e = x->e;

	heading(x, EXPLAIN_H2, "ui.result.referrals");
	if (!e->n_referrals) {
		xb_add(x, EXPLAIN_TEXT, EXPLAIN_PARA, 0, NO_LABEL, xb_ui(x, "ui.result.no-referrals"));
		explain_left_out(x);
		return;
	}
	for (size_t i = 0; i < e->n_referrals; i++) {
		const struct referral *r = &e->referrals[i];
		const struct service *s = r->service;

		service_line(x, EXPLAIN_REFERRAL, r, referral_find(x, i));
		if (s && s->notes)
			xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
			       xb_content(x, s->key, "notes", s->notes));
		checked_line(x, r, true);
		if (r->because)
			xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
			       xb_say(x, "ui.result.because", "outcome",
				      outcome_title(x, r->because), NULL));
		explain_serves(x, r);
	}
	/* Each directory's own caveat once, after the contacts it covers. */
	for (size_t i = 0; i < e->n_referrals; i++) {
		const struct directory *d = e->referrals[i].directory;
		bool seen = !d || !d->notice;

		for (size_t k = 0; k < i && !seen; k++)
			seen = e->referrals[k].directory == d;
		if (!seen)
			xb_add(x, EXPLAIN_NOTE, EXPLAIN_PARA, 0, NO_LABEL,
			       xb_content(x, d->id, "notice", d->notice));
	}
	explain_left_out(x);
}

static void advice_rest(struct xb *x)
{
	const struct evaluation *e = x->e;

	if (e->n_notices) {
		heading(x, EXPLAIN_H2, "ui.result.notices");
		for (size_t i = 0; i < e->n_notices; i++) {
			const struct notice *n = e->notices[i];

			xb_add(x, EXPLAIN_NOTICE, EXPLAIN_ITEM, 0, NO_LABEL,
			       xb_content(x, n->key, "title", n->title));
			xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
			       xb_content(x, n->key, "text", n->text));
		}
	}
	heading(x, EXPLAIN_H2, "ui.result.next");
	xb_add(x, EXPLAIN_TEXT, EXPLAIN_PARA, 0, NO_LABEL, xb_ui(x, "ui.result.next-steps"));
}

/* --- the whole explanation --------------------------------------------- */

static void advice_part(struct xb *x)
{
	x->part = EXPLAIN_PART_ADVICE;
	advice_first(x);
	advice_notes(x);
	advice_elements(x);
	advice_referrals(x);
	advice_rest(x);
}

struct explanation *explain_new(const struct tr *t, const struct tr *ask,
				const struct evaluation *e, const struct feedback *fb,
				const char *date)
{
	struct xb *x = xcalloc(1, sizeof *x);
	size_t n = e->n_referrals;

	x->t = t;
	x->ask = ask ? ask : t;
	x->c = t->content;
	x->e = e;
	x->pub.eval = e;
	x->pub.tr = *t;
	x->pub.lang = tr_lang(t);
	x->pub.date = date;
	x->pub.find = xcalloc(n + 1, sizeof *x->pub.find);
	x->find_lang = xcalloc(n + 1, sizeof *x->find_lang);
	for (size_t i = 0; i < n; i++)
		if (e->referrals[i].no_contact)
			x->pub.find[i] = xb_keep(x, contact_find(t, &e->referrals[i], &x->find_lang[i]));
	if (fb)
		explain_feedback(x, fb);
	advice_part(x);
	explain_trace(x);
	explain_sources(x, date);
	if (fb)
		explain_debrief(x, fb);
	x->pub.symbol = explain_level_symbol(e->level);
	return &x->pub;
}

void explain_free(struct explanation *pub)
{
	struct xb *x = (struct xb *)pub;

	if (!x)
		return;
	for (size_t i = 0; i < x->n_owned; i++)
		free(x->owned[i]);
	free(x->owned);
	free(x->find_lang);
	free(pub->find);
	free(pub->blocks);
	free(x);
}
