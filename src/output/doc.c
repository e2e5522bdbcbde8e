/* One document, three formats: the shared state, dispatched through each format's table. */
#include <stdlib.h>
#include <string.h>

#include "doc_format.h"
#include "tipcheck/catalog.h"
#include "tipcheck/xalloc.h"

static const struct doc_format *const formats[FORMAT_COUNT] = {
	[FORMAT_TEXT] = &doc_text_format,
	[FORMAT_MARKDOWN] = &doc_markdown_format,
	[FORMAT_HTML] = &doc_html_format,
};

struct doc *doc_new(FILE *out, const struct render_opts *o, const char *title)
{
	struct doc *d = xcalloc(1, sizeof *d);

	d->out = out;
	d->o = o;
	/* An unknown format writes HTML, as before the table: never nothing. */
	d->f = o->format < FORMAT_COUNT ? formats[o->format] : &doc_html_format;
	d->lang = tr_lang(o->lang);
	/* Measuring only: text lines are collected, nothing is written. */
	if (!out)
		d->f = &doc_text_format;
	d->f->begin(d, title);
	return d;
}

int doc_end(struct doc *d)
{
	int rc;

	d->f->end(d);
	rc = fflush(d->out) || ferror(d->out) ? -1 : 0;
	free(d);
	return rc;
}

unsigned doc_end_measure(struct doc *d)
{
	unsigned pages = 0;

	if (d->pw)
		pages = page_count(d->pw, d->o->training ? "x" : NULL);
	page_free(d->pw);
	free(d);
	return pages;
}

void doc_part(struct doc *d, const char *title)
{
	d->in_list = false;
	d->f->part(d, title);
}

void doc_heading(struct doc *d, int level, struct span text)
{
	d->in_list = false;
	d->f->heading(d, level < 1 ? 1 : level > 3 ? 3 : level, text);
}

void doc_para(struct doc *d, struct span label, struct span text)
{
	d->in_list = false;
	d->f->para(d, label, text);
}

void doc_note(struct doc *d, struct span text)
{
	d->in_list = false;
	d->f->note(d, text);
}

/* "The Spanish and Russian translations are drafts...": one note. */
static void brief_draft_note(struct doc *d, const struct tr *worker, const struct tr *person)
{
	bool w = tr_is_draft(worker), p = person && tr_is_draft(person);
	const char *names[] = { "language", "other" };
	const char *values[2];
	char *notice;

	if (!w && !p)
		return;
	values[0] = tr_language_name(worker, w ? worker : person);
	values[1] = p ? tr_language_name(worker, person) : "";
	notice = tr_format(tr_ui(worker, w && p ? "ui.draft-both" : "ui.draft"), names, values, 2);
	doc_note(d, (struct span){ notice, NULL });
	free(notice);
}

void doc_draft_notes(struct doc *d, bool brief)
{
	const struct tr *worker = d->o->lang, *person = d->o->ask_lang;
	char *notice;

	if (person && !strcmp(tr_lang(person), tr_lang(worker)))
		person = NULL;
	if (brief) {
		brief_draft_note(d, worker, person);
		return;
	}

	notice = tr_draft_notice(worker, worker);
	if (notice)
		doc_note(d, (struct span){ notice, NULL });
	free(notice);
	if (!person)
		return;
	notice = tr_draft_notice(worker, person);
	if (notice)
		doc_note(d, (struct span){ notice, NULL });
	free(notice);
}

void doc_bullet(struct doc *d, unsigned depth, struct span label, struct span text)
{
	if (depth > DOC_MAX_DEPTH - 1)
		depth = DOC_MAX_DEPTH - 1;
	d->f->bullet(d, depth, label, text);
	d->in_list = true;
	d->list_depth = depth;
}

void doc_detail(struct doc *d, unsigned depth, struct span text)
{
	if (!d->in_list || depth > d->list_depth) {
		doc_para(d, SPAN_NONE, text);
		return;
	}
	d->f->detail(d, depth, text);
	d->list_depth = depth;
}

void doc_block_begin(struct doc *d)
{
	d->in_list = false;
	d->f->block_begin(d);
	d->in_block = true;
}

void doc_block_end(struct doc *d)
{
	d->in_list = false;
	d->f->block_end(d);
	d->in_block = false;
}

void doc_field(struct doc *d, struct span label, struct span text)
{
	d->in_list = false;
	d->f->field(d, label, text);
}

void doc_boxes(struct doc *d, struct span label, const char *name,
	       const char *const *labels, size_t n)
{
	d->in_list = false;
	d->f->boxes(d, label, name, labels, n);
}

void doc_table_begin(struct doc *d, const struct doc_column *cols, size_t n)
{
	d->in_list = false;
	d->n_cols = n < DOC_MAX_COLUMNS ? n : DOC_MAX_COLUMNS;
	memcpy(d->cols, cols, d->n_cols * sizeof *cols);
	d->f->table_begin(d);
}

void doc_table_row(struct doc *d, const struct span *cells, const struct span *subs,
		   size_t n_subs)
{
	d->f->table_row(d, cells, subs, n_subs);
}

void doc_table_end(struct doc *d)
{
	d->f->table_end(d);
	d->n_cols = 0;
}
