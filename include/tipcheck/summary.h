/*
 * The result of an interview on paper or in a file: an explanation
 * (explain.h) written through the document writer (doc.h) as text,
 * Markdown or HTML. Every part in reading order (the training feedback,
 * the advice, the rule trace, the sources as an appendix, the debrief),
 * the same words as on the screen. Nothing that identifies the person.
 * Renderers write only to the FILE * they are given.
 */
#ifndef TIPCHECK_SUMMARY_H
#define TIPCHECK_SUMMARY_H

#include <stdbool.h>
#include <stdio.h>

#include "tipcheck/explain.h"
#include "tipcheck/render.h"

/*
 * Writes x in opts->format: text wrapped to opts->width and cut into
 * pages of opts->page_length lines (0: no pages, for a screen); Markdown;
 * or one self-contained HTML page (lang and dir of the worker's language,
 * inline CSS with a print style). A part title after the first (the
 * result after the training feedback, the sources) starts a new page.
 * opts->training adds the TRAINING banner (ui.print.training). Returns
 * false when the format is unknown (nothing written) or writing to out
 * failed.
 */
bool summary_render(FILE *out, const struct render_opts *opts, const struct explanation *x);

/* A summary to write later, in a format chosen then: the argument of
 * summary_render_to. Both borrowed. */
struct summary_doc {
	const struct render_opts *opts;	/* its format is not used */
	const struct explanation *x;
};

/* summary_render of arg (a const struct summary_doc *) in format: the
 * render callback of export.h's print and save. Returns 0, or -1 when
 * writing failed. */
int summary_render_to(FILE *out, enum render_format format, const void *arg);

#endif
