/*
 * Training printouts: the role-player's card and the trainer's sheet, in
 * text, Markdown or HTML (render_opts.format). (The trainee's feedback is
 * part of the result's explanation: explain.h.)
 * Both always carry the TRAINING banner, whatever o->training says,
 * so that a practice sheet can never pass for a real one. Words come from
 * the catalog (ui.train.*) and the scenario's content (tr_text).
 * Writes only to the FILE * given.
 */
#ifndef TIPCHECK_TRAINING_H
#define TIPCHECK_TRAINING_H

#include <stdio.h>

#include "tipcheck/model.h"
#include "tipcheck/render.h"

/* The catalog key naming an audience ("ui.train.audience.child"). */
const char *training_audience_key(enum audience a);

/*
 * The role card: persona, what the person knows and feels, what they say
 * only when asked well, what they will not say, how they behave. Nothing
 * of the expected answers, level or outcomes. Returns 0, or -1 when
 * writing to out failed.
 */
int training_role_card(FILE *out, const struct render_opts *o, const struct scenario *sc);

/*
 * The trainer's sheet: story, persona, the expected "yes" and "either"
 * answers grouped by checklist section with each item's sign (every other
 * item is expected "no"), the expected level and outcomes, and the
 * debrief points. Returns 0, or -1 when writing failed.
 */
int training_trainer_sheet(FILE *out, const struct render_opts *o, const struct scenario *sc);

#endif
