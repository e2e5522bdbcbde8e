/* The result as JSON (doc/json.md): a small writer and the walk over an explanation. */
#include <stdbool.h>
#include <stdio.h>

#include "config.h"
#include "tipcheck/expr.h"
#include "tipcheck/fit.h"
#include "tipcheck/json.h"
#include "tipcheck/serves.h"

/* Strengths that count, strongest first. */
static const enum strength counted[] = { STRENGTH_STRONG, STRENGTH_MEDIUM, STRENGTH_WEAK };

/* --- the writer: it tracks nesting to place commas ----------------------- */

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

/* An object on one line: { "a": 1, "b": 2 }. */
static bool jw_open_inline(struct jw *w, const char *key)
{
	bool was = w->inline_;

	jw_open(w, key, '{');
	w->inline_ = true;
	return was;
}

static void jw_close_inline(struct jw *w, bool was)
{
	jw_close(w, '}');
	w->inline_ = was;
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
	bool was = jw_open_inline(w, key);

	for (size_t i = 0; i < sizeof counted / sizeof counted[0]; i++)
		jw_uint(w, strength_to_str(counted[i]), v[counted[i]]);
	jw_close_inline(w, was);
}

/* --- the result --------------------------------------------------------- */

static void json_elements(struct jw *w, const struct tr *t, const struct evaluation *e)
{
	jw_open(w, "elements", '[');
	for (size_t i = 0; i < e->n_elements; i++) {
		const struct element_result *r = &e->elements[i];
		const struct element *el = r->element;

		jw_open(w, NULL, '{');
		jw_str(w, "rules", el->rules ? el->rules->id : NULL);
		jw_str(w, "id", el->id);
		jw_str(w, "title", tr_text(t, el->key, "title", el->title));
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
			bool was = jw_open_inline(w, NULL);

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
			jw_close_inline(w, was);
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
	bool was;

	if (!c) {
		jw_null(w, "checked");
		return;
	}
	was = jw_open_inline(w, "checked");
	jw_str(w, "how", check_how_to_str(c->how));
	jw_str(w, "date", c->date);
	jw_str(w, "by", c->by);
	jw_close_inline(w, was);
}

/* Who s serves, as stated: null when its directory says nothing; each
 * unstated part null. */
static void json_serves(struct jw *w, const struct service *s)
{
	const struct serves *sv = s ? &s->serves : NULL;

	if (!sv || !sv->given) {
		jw_null(w, "serves");
		return;
	}
	jw_open(w, "serves", '{');
	jw_str(w, "age", sv->age ? serves_age_to_str(sv->age) : NULL);
	jw_str(w, "gender", sv->gender ? serves_gender_to_str(sv->gender) : NULL);
	if (sv->families)
		jw_bool(w, "families", sv->families == SERVES_FAMILIES_YES);
	else
		jw_null(w, "families");
	jw_open(w, "languages", '[');
	for (size_t i = 0; i < sv->n_languages; i++)
		jw_str(w, NULL, sv->languages[i]);
	jw_close(w, ']');
	jw_bool(w, "interpreting", sv->interpreting);
	if (sv->open_always)
		jw_str(w, "open", "24/7");
	else if (sv->n_open) {
		jw_open(w, "open", '[');
		for (size_t i = 0; i < sv->n_open; i++)
			jw_str(w, NULL, sv->open[i]);
		jw_close(w, ']');
	} else
		jw_null(w, "open");
	jw_str(w, "cost", sv->cost ? serves_cost_to_str(sv->cost) : NULL);
	jw_close(w, '}');
}

/* The services left out because they do not serve the person. */
static void json_left_out(struct jw *w, const struct tr *t, const struct evaluation *e)
{
	jw_open(w, "left_out", '[');
	for (size_t i = 0; i < e->n_left_out; i++) {
		const struct left_out *l = &e->left_out[i];
		bool was = jw_open_inline(w, NULL);

		jw_str(w, "service", l->service->id);
		jw_str(w, "name", tr_text(t, l->service->key, "name", l->service->name));
		jw_str(w, "directory", l->directory ? l->directory->id : NULL);
		jw_str(w, "why", fit_to_str(l->why));
		jw_close_inline(w, was);
	}
	jw_close(w, ']');
}

static void json_referrals(struct jw *w, const struct tr *t, const struct explanation *x)
{
	const struct evaluation *e = x->eval;

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
		jw_bool(w, "for_child", r->for_child);
		jw_str(w, "because", r->because ? r->because->id : NULL);
		jw_str(w, "find", x->find[i]);
		json_serves(w, s);
		jw_close(w, '}');
	}
	jw_close(w, ']');
	json_left_out(w, t, e);
}

/* Every block of the explanation: the words of the screen and the paper. */
static void json_blocks(struct jw *w, const struct explanation *x)
{
	jw_open(w, "explanation", '[');
	for (size_t i = 0; i < x->n_blocks; i++) {
		const struct explain_block *b = &x->blocks[i];
		bool was = jw_open_inline(w, NULL);

		jw_str(w, "part", explain_part_to_str(b->part));
		jw_str(w, "role", explain_role_to_str(b->role));
		jw_uint(w, "depth", b->depth);
		jw_str(w, "label", b->label.text);
		jw_str(w, "text", b->text.text);
		jw_close_inline(w, was);
	}
	jw_close(w, ']');
}

int json_render_result(FILE *out, const struct explanation *x)
{
	const struct evaluation *e = x->eval;
	const struct tr *t = &x->tr;
	struct jw w = { .out = out, .first = { true } };

	jw_open(&w, NULL, '{');
	jw_str(&w, "tipcheck", TIPCHECK_VERSION);
	jw_uint(&w, "schema", 1);
	jw_str(&w, "lang", x->lang);
	jw_str(&w, "date", x->date);
	jw_str(&w, "level", level_to_str(e->level));
	jw_str(&w, "symbol", x->symbol);
	jw_str(&w, "action", x->action);
	jw_bool(&w, "insufficient", e->insufficient);
	jw_bool(&w, "recommendation_only", true);
	jw_open(&w, "checklists", '[');
	for (size_t i = 0; i < e->n_checklists; i++) {
		bool was = jw_open_inline(&w, NULL);

		jw_str(&w, "id", e->checklists[i]->id);
		jw_str(&w, "version", e->checklists[i]->version);
		jw_close_inline(&w, was);
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
	json_referrals(&w, t, x);
	jw_open(&w, "alerts", '[');
	for (size_t i = 0; i < e->n_alerts; i++) {
		const struct alert *a = e->alerts[i].alert;
		bool was = jw_open_inline(&w, NULL);

		jw_str(&w, "id", a->id);
		jw_str(&w, "kind", alert_kind_to_str(a->kind));
		jw_close_inline(&w, was);
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
	json_blocks(&w, x);
	jw_close(&w, '}');
	fputc('\n', out);
	return fflush(out) || ferror(out) ? -1 : 0;
}
