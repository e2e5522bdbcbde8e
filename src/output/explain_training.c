/*
 * The training parts of an explanation: feedback before the result, debrief after.
 * Part of the module explain.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explain_build.h"
#include "tipcheck/xalloc.h"

static void feedback_line(struct xb *x, struct explain_text label, struct explain_text text)
{
	xb_add(x, EXPLAIN_FEEDBACK, EXPLAIN_PARA, 0, label, text);
}

static const char *level_words(const struct xb *x, enum level l)
{
	return tr_ui(x->t, explain_level_key(l));
}

/* "Title (RULES.OUTCOME)": the key helps match the trainer's sheet. */
static void outcome_entry(struct xb *x, const char *key)
{
	const struct outcome *oc = NULL;

	for (size_t r = 0; !oc && r < x->c->n_rulesets; r++)
		for (size_t i = 0; !oc && i < x->c->rulesets[r].n_outcomes; i++)
			if (!strcmp(x->c->rulesets[r].outcomes[i].key, key))
				oc = &x->c->rulesets[r].outcomes[i];
	xb_add(x, EXPLAIN_FEEDBACK, EXPLAIN_ITEM, 0, NO_LABEL, oc
	       ? xb_say(x, "ui.train.fb.outcome", "outcome",
			tr_text(x->t, oc->key, "title", oc->title), "key", key, NULL)
	       : (struct explain_text){ key, "en" });
}

/* A heading "Found (3)" and the signs of the items, or "None"; with the
 * question that would have revealed each, in both languages. */
static void item_list(struct xb *x, const char *heading_key, const struct item **v, size_t n,
		      bool with_question)
{
	const char *ask_lang = tr_lang(x->ask);

	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL,
	       xb_say(x, heading_key, "n", xb_num(x, n), NULL));
	if (!n)
		feedback_line(x, NO_LABEL, xb_ui(x, "ui.train.none"));
	for (size_t i = 0; i < n; i++) {
		xb_add(x, EXPLAIN_FEEDBACK, EXPLAIN_ITEM, 0, NO_LABEL,
		       xb_content(x, v[i]->key, "sign", v[i]->sign));
		if (!with_question || !v[i]->ask)
			continue;
		xb_add(x, EXPLAIN_FEEDBACK, EXPLAIN_ITEM, 1, xb_ui(x, "ui.train.fb.ask"),
		       xb_content(x, v[i]->key, "ask", v[i]->ask));
		if (strcmp(ask_lang, tr_lang(x->t))) {
			char *key = xasprintf("%s.ask", v[i]->key);
			bool has = tr_has(x->ask, key);

			free(key);
			xb_add(x, EXPLAIN_FEEDBACK, EXPLAIN_ITEM, 1, xb_ui(x, "ui.train.fb.ask"),
			       (struct explain_text){ tr_text(x->ask, v[i]->key, "ask", v[i]->ask),
						      has ? ask_lang : "en" });
		}
	}
}

void explain_feedback(struct xb *x, const struct feedback *f)
{
	const struct scenario *sc = f->scenario;
	size_t required = f->n_required;

	x->part = EXPLAIN_PART_FEEDBACK;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H1, 0, NO_LABEL,
	       xb_say(x, "ui.train.fb.title", "title",
		      tr_text(x->t, sc->key, "title", sc->title), NULL));
	feedback_line(x, NO_LABEL, required
		      ? xb_say_n(x, "ui.train.fb.score", required,
				 "found", xb_num(x, f->n_found), "required", xb_num(x, required),
				 "percent", xb_num(x, f->percent), NULL)
		      : xb_ui(x, "ui.train.fb.score_none"));
	feedback_line(x, NO_LABEL, xb_ui(x, f->level_ok && f->outcomes_ok
					 ? "ui.train.fb.correct" : "ui.train.fb.incorrect"));
	item_list(x, "ui.train.fb.found", f->found, f->n_found, false);
	item_list(x, "ui.train.fb.missed", f->missed, f->n_missed, true);
	item_list(x, "ui.train.fb.extra", f->extra, f->n_extra, false);
	if (f->n_context)
		item_list(x, "ui.train.fb.context", f->context, f->n_context, true);

	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.train.fb.result"));
	feedback_line(x, xb_ui(x, "ui.train.level"),
		      xb_say(x, f->level_ok ? "ui.train.fb.level_ok" : "ui.train.fb.level_wrong",
			     "level", level_words(x, f->level),
			     "expected", level_words(x, sc->expected_level), NULL));
	feedback_line(x, xb_ui(x, "ui.train.outcomes"),
		      xb_ui(x, f->outcomes_ok ? "ui.train.fb.outcomes_ok"
			    : "ui.train.fb.outcomes_wrong"));
	if (f->n_outcomes_missing) {
		feedback_line(x, NO_LABEL, xb_ui(x, "ui.train.fb.outcomes_missing"));
		for (size_t i = 0; i < f->n_outcomes_missing; i++)
			outcome_entry(x, f->outcomes_missing[i]);
	}
	if (f->n_outcomes_extra) {
		feedback_line(x, NO_LABEL, xb_ui(x, "ui.train.fb.outcomes_extra"));
		for (size_t i = 0; i < f->n_outcomes_extra; i++)
			outcome_entry(x, f->outcomes_extra[i]->key);
	}
}

void explain_debrief(struct xb *x, const struct feedback *f)
{
	const struct scenario *sc = f->scenario;

	x->part = EXPLAIN_PART_DEBRIEF;
	if (!sc->n_debrief)
		return;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.train.debrief"));
	for (size_t i = 0; i < sc->n_debrief; i++) {
		char field[32];

		snprintf(field, sizeof field, "debrief.%zu", i + 1);
		xb_add(x, EXPLAIN_DEBRIEF, EXPLAIN_ITEM, 0, NO_LABEL,
		       xb_content(x, sc->key, field, sc->debrief[i]));
	}
}
