/*
 * Training printouts: the role-player's card, the trainer's sheet and the
 * trainee's feedback, in text, Markdown or HTML (render_opts.format).
 * All three always carry the TRAINING banner, whatever o->training says,
 * so that a practice sheet can never pass for a real one. Words come from
 * the catalog (ui.train.*) and the scenario's content (tr_text).
 * Writes only to the FILE * given.
 */
#ifndef TIPCHECK_TRAINING_H
#define TIPCHECK_TRAINING_H

#include <stdio.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/feedback.h"
#include "tipcheck/model.h"
#include "tipcheck/render.h"
#include "tipcheck/summary.h"

/*
 * The role card: persona, what the person knows and feels, what they say
 * only when asked well, what they will not say, how they behave. Nothing
 * of the expected answers, level or outcomes. Returns 0, or -1 when
 * writing to out failed.
 */
/* The catalog key naming an audience ("ui.train.audience.child"). */
const char *training_audience_key(enum audience a);

int training_role_card(FILE *out, const struct render_opts *o, const struct scenario *sc);

/*
 * The trainer's sheet: story, persona, the expected "yes" and "either"
 * answers grouped by checklist section with each item's sign (every other
 * item is expected "no"), the expected level and outcomes, and the
 * debrief points. Returns 0, or -1 when writing failed.
 */
int training_trainer_sheet(FILE *out, const struct render_opts *o, const struct scenario *sc);

/*
 * The feedback sheet: score, indicators found, missed (with the question
 * that would have revealed each, in the worker's and, when different,
 * the person's language), marked yes but not in the scenario, whether
 * the level and outcomes match, and the debrief points. Returns 0, or -1
 * when writing failed.
 */
int training_feedback(FILE *out, const struct render_opts *o, const struct feedback *f);

/*
 * For the front ends, after a training interview: builds the feedback of
 * scenario sc from the answers (indexed by item->index) and their
 * evaluation ev, writes it with training_feedback() as one continuous
 * text for a screen (no pages, whatever o->page_length says) and frees it.
 * Returns what training_feedback() returns.
 */
int training_write_feedback(FILE *out, const struct render_opts *o,
			    const struct scenario *sc, const enum answer *answers,
			    const struct evaluation *ev);

/* A training run's result, for export.h's print and save. */
struct training_result {
	struct summary_doc summary;
	const struct scenario *scenario;
	const enum answer *answers;
};

/* The render callback of a training run (arg: a const struct
 * training_result *): the result summary, then in text the trainee's
 * feedback (two Markdown or HTML documents do not make one). Returns 0,
 * or -1 when writing failed. */
int training_render_result(FILE *out, enum render_format format, const void *arg);

#endif
