/*
 * Shared options of the output renderers (form.h, summary.h). Renderers
 * write only to the FILE * they are given.
 */
#ifndef TIPCHECK_RENDER_H
#define TIPCHECK_RENDER_H

#include <stdbool.h>

#include "tipcheck/catalog.h"
#include "tipcheck/model.h"

enum render_format { FORMAT_TEXT, FORMAT_MARKDOWN, FORMAT_HTML, FORMAT_COUNT };

const char *render_format_to_str(enum render_format f);
bool render_format_from_str(const char *s, enum render_format *out);

/* The format a file name asks for: Markdown for .md and .markdown, HTML
 * for .html and .htm (any case), text otherwise. */
enum render_format render_format_of_path(const char *path);

struct render_opts {
	enum render_format format;
	const struct tr *lang;		/* the worker's language */
	const struct tr *ask_lang;	/* the person's; may equal lang */
	const struct directory *region;	/* referral contacts; NULL: default */
	unsigned width;			/* text: columns, default 80 */
	unsigned page_length;		/* text: lines a page, 0: no pages */
	bool training;			/* TRAINING banner on every page */
	bool reading_order;		/* text: right-to-left text as stored, not
					 * in display order (--plain: screen readers) */
};

/* Defaults: text, width 80, page length 66, no training. */
void render_opts_init(struct render_opts *o, const struct tr *lang);

#endif
