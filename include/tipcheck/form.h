/*
 * Blank checklists to print: for outreach without a laptop, training
 * handouts and agencies that work on paper.
 *
 * The checklist form is short, for a pen; the guide (the long layout)
 * holds what it leaves out. The guide holds, for each checklist: its title, version, sources and
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

/* The page budget of a checklist form: sheets per checklist printed, at
 * 80 by 66, tally sheet included (the `first` ones, safety and needs, not
 * counted), unless the checklist sets its own (`form_pages`). */
#define FORM_SHEETS_PER_CHECKLIST 6

/* The budget of a form of the n checklists lists: the sum of theirs
 * (FORM_SHEETS_PER_CHECKLIST when only `first` ones are named). */
unsigned form_budget(const struct checklist *const *lists, size_t n);

/*
 * Writes the checklist form for lists (n of them) to out in o->format:
 * a first page (the consent to read out, the privacy notice, draft
 * translations, the date line, the legend), per section a table with one
 * row per item (number, sign, strength, boxes present / not present /
 * don't know; when to ask an item shown only if), then the tally sheet
 * (tally.h): per element boxes to count the ticks and its thresholds,
 * and a decision table in plain words with the level and the contacts.
 * With o->ask_lang other than o->lang, the person's questions go under
 * the signs when the form then keeps within form_budget() sheets (or the
 * sheets it takes without them) at 80 by 66 (or the text page size).
 * As in the interview, the checklists marked `first` come first, added
 * when missing; duplicates are dropped. o->region NULL means the default
 * directory. Returns 0, or -1 when writing failed (ferror on out).
 */
int form_render(FILE *out, const struct content *c,
		const struct checklist *const *lists, size_t n,
		const struct render_opts *o);

/*
 * Writes the interviewer's guide for the same checklists: each item with
 * its sign, strength, questions in both languages, guidance, item id,
 * when to ask it; the sources and our judgements; how the rules score by
 * hand, the rights to explain and the referral contacts. Same arguments
 * and errors as form_render().
 */
int form_guide_render(FILE *out, const struct content *c,
		      const struct checklist *const *lists, size_t n,
		      const struct render_opts *o);

#endif
