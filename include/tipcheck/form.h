/*
 * Blank checklists to print: for outreach without a laptop, training
 * handouts and agencies that work on paper.
 *
 * A form holds, for each checklist: its title, version, sources and
 * warnings (weights that are our judgement, draft translations), the text
 * to read out, every section and item with boxes to tick; then, per rules
 * file, instructions to score by hand that give the same result as the
 * program (thresholds, which sections score which element, each outcome's
 * condition and referrals, the highest level wins) and the rights to
 * explain; then the referral contacts of the region. All words come from
 * the catalogs (ui.print.*) and the content.
 */
#ifndef TIPCHECK_FORM_H
#define TIPCHECK_FORM_H

#include <stddef.h>
#include <stdio.h>

#include "tipcheck/model.h"
#include "tipcheck/render.h"

/*
 * Writes the blank form for lists (n of them) to out in o->format, with
 * o->lang for the worker and o->ask_lang for the questions to the person.
 * As in the interview, the checklists marked `first` come first, added
 * when missing; duplicates are dropped. o->region NULL means the default
 * directory. Returns 0, or -1 when writing failed (ferror on out).
 */
int form_render(FILE *out, const struct content *c,
		const struct checklist *const *lists, size_t n,
		const struct render_opts *o);

#endif
