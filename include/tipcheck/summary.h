/*
 * The result of an interview as a summary: the level, the reminder that it
 * is a recommendation and not an identification, the referrals with their
 * contacts, the reasoning (per element and per outcome), the rights to
 * explain, the checklists and versions used, and the date. Nothing that
 * identifies the person: no free text, only content and counts.
 *
 * Words come from the catalog (ui.result.*) and the content (tr_text) in
 * opts->lang. Renderers write only to the FILE * they are given.
 *
 * The same pieces in every format: the level in words with its symbol,
 * the reminder, whether the information was insufficient, the referrals
 * with contacts and the directory they came from, the reasoning per
 * outcome and per element, the rights to explain, the checklists with
 * their versions, the answer counts and the date.
 */
#ifndef TIPCHECK_SUMMARY_H
#define TIPCHECK_SUMMARY_H

#include <stdbool.h>
#include <stdio.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"
#include "tipcheck/render.h"

/*
 * Writes the summary of e in opts->format through the document writer
 * (doc.h): text wrapped to opts->width and cut into pages of
 * opts->page_length lines (0: no pages, for a screen); Markdown; or one
 * self-contained HTML page (lang and dir of the worker's language, inline
 * CSS with a print style). opts->date may be NULL (no date line);
 * opts->training adds the TRAINING banner (ui.print.training). Returns
 * false when the format is unknown (nothing written) or writing to out
 * failed.
 */
bool summary_render(FILE *out, const struct render_opts *opts,
		    const struct content *c, const struct evaluation *e);

/* A summary to write later, in a format chosen then: the argument of
 * summary_render_to. All borrowed. */
struct summary_doc {
	const struct render_opts *opts;	/* its format is not used */
	const struct content *content;
	const struct evaluation *eval;
};

/* summary_render of arg (a const struct summary_doc *) in format: the
 * render callback of export.h's print and save. Returns 0, or -1 when
 * writing failed. */
int summary_render_to(FILE *out, enum render_format format, const void *arg);

/* Writes e as one JSON object and a newline (doc/json.md); titles in
 * opts->lang. */
void summary_render_json(FILE *out, const struct render_opts *opts,
			 const struct content *c, const struct evaluation *e);

/* A symbol for the level that survives monochrome and screen readers:
 * "!!" urgent, "!" refer, ">" refer further, "i" inform, "-" none. */
const char *summary_level_symbol(enum level l);

#endif
