/*
 * The result of an interview as a summary: the level, the reminder that it
 * is a recommendation and not an identification, the referrals with their
 * contacts, the reasoning (per element and per outcome), the rights to
 * explain, the checklists and versions used, and the date. Nothing that
 * identifies the person: no free text, only content and counts.
 *
 * Words come from the catalog (ui.result.*) and the content (tr_text) in
 * opts->lang. Renderers write only to the FILE * they are given.
 */
#ifndef TIPCHECK_SUMMARY_H
#define TIPCHECK_SUMMARY_H

#include <stdbool.h>
#include <stdio.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"
#include "tipcheck/render.h"

/*
 * Writes the summary of e in opts->format, wrapped to opts->width (text).
 * opts->date may be NULL (no date line). Returns false, writing nothing,
 * when the format has no summary emitter yet.
 */
bool summary_render(FILE *out, const struct render_opts *opts,
		    const struct content *c, const struct evaluation *e);

/* Writes e as one JSON object and a newline (doc/json.md); titles in
 * opts->lang. */
void summary_render_json(FILE *out, const struct render_opts *opts,
			 const struct content *c, const struct evaluation *e);

/* A symbol for the level that survives monochrome and screen readers:
 * "!!" urgent, "!" refer, ">" refer further, "i" inform, "-" none. */
const char *summary_level_symbol(enum level l);

#endif
