/*
 * The document as Markdown (escaped, escape.h): the Markdown format's operations.
 * Part of the module doc.
 */
#include <stdlib.h>

#include "doc_format.h"
#include "tipcheck/catalog.h"
#include "tipcheck/escape.h"
#include "tipcheck/xalloc.h"

static void md_begin_block(struct doc *d)
{
	if (d->md_last != MD_NOTHING)
		fputc('\n', d->out);
	d->md_last = MD_BLOCK;
}

/* "**Label:** " before a text, when there is a label. */
static void md_label(struct doc *d, struct span label)
{
	if (!label.text)
		return;
	fputs("**", d->out);
	escape_md(d->out, label.text, " ");
	fputs(":** ", d->out);
}

static void md_begin(struct doc *d, const char *title)
{
	(void)title;
	if (!d->o->training)
		return;
	fputs("**", d->out);
	escape_md(d->out, tr_ui(d->o->lang, "ui.print.training"), " ");
	fputs("**\n", d->out);
	d->md_last = MD_BLOCK;
}

static void md_end(struct doc *d)
{
	(void)d;
}

static void md_part(struct doc *d, const char *title)
{
	(void)title;
	if (d->md_last != MD_NOTHING)
		fputs("\n---\n", d->out);
}

static void md_heading(struct doc *d, int level, struct span text)
{
	static const char *const marks[] = { "#", "##", "###" };

	md_begin_block(d);
	fprintf(d->out, "%s ", marks[level - 1]);
	escape_md(d->out, text.text, " ");
	fputc('\n', d->out);
}

static void md_para(struct doc *d, struct span label, struct span text)
{
	md_begin_block(d);
	md_label(d, label);
	escape_md(d->out, text.text, "  \n");
	fputc('\n', d->out);
}

static void md_note(struct doc *d, struct span text)
{
	md_begin_block(d);
	fputs("> **", d->out);
	escape_md(d->out, text.text, "**  \n> **");
	fputs("**\n", d->out);
}

static void md_bullet(struct doc *d, unsigned depth, struct span label, struct span text)
{
	/* Inside an item the fields are the outer list. */
	if (d->in_block)
		depth++;
	char *nl = xasprintf("  \n%*s", (int)(2 * depth + 2), "");

	if (d->md_last == MD_BLOCK)
		fputc('\n', d->out);
	d->md_last = MD_LIST;
	fprintf(d->out, "%*s- ", (int)(2 * depth), "");
	md_label(d, label);
	escape_md(d->out, text.text, nl);
	fputc('\n', d->out);
	free(nl);
}

static void md_detail(struct doc *d, unsigned depth, struct span text)
{
	if (d->in_block)
		depth++;
	char *nl = xasprintf("  \n%*s", (int)(2 * depth + 2), "");

	/* A blank line and the entry's indentation: a paragraph of the
	 * entry, also after a deeper list. */
	fprintf(d->out, "\n%*s", (int)(2 * depth + 2), "");
	escape_md(d->out, text.text, nl);
	fputc('\n', d->out);
	free(nl);
}

static void md_nothing(struct doc *d)
{
	(void)d;
}

static void md_field(struct doc *d, struct span label, struct span text)
{
	/* The fields of an item are a list. */
	d->in_block = false;
	doc_bullet(d, 0, label, text);
	d->in_block = true;
}

static void md_boxes(struct doc *d, struct span label, const char *name,
		     const char *const *labels, size_t n)
{
	(void)name;
	if (d->md_last == MD_BLOCK)
		fputc('\n', d->out);
	d->md_last = MD_LIST;
	if (label.text) {
		escape_md(d->out, label.text, " ");
		fputc('\n', d->out);
	}
	for (size_t i = 0; i < n; i++) {
		fputs("- [ ] ", d->out);
		escape_md(d->out, labels[i], " ");
		fputc('\n', d->out);
	}
}

/* A GFM table: a pipe row per entry; sub-lines after <br> in the wide
 * column; an empty box is a ballot box. */
static void md_cell(struct doc *d, const char *text)
{
	fputc(' ', d->out);
	if (text)
		escape_md(d->out, text, "<br>");
	else
		fputs("\u2610", d->out);
	fputs(" |", d->out);
}

static void md_table_begin(struct doc *d)
{
	md_begin_block(d);
	fputc('|', d->out);
	for (size_t c = 0; c < d->n_cols; c++)
		md_cell(d, d->cols[c].head.text ? d->cols[c].head.text : "");
	fputs("\n|", d->out);
	for (size_t c = 0; c < d->n_cols; c++)
		fputs(" --- |", d->out);
	fputc('\n', d->out);
}

static void md_table_row(struct doc *d, const struct span *cells, const struct span *subs,
			 size_t n_subs)
{
	bool wide_done = false;

	fputc('|', d->out);
	for (size_t c = 0; c < d->n_cols; c++) {
		if (d->cols[c].width || wide_done || !n_subs || !cells[c].text) {
			md_cell(d, cells[c].text);
			continue;
		}
		fputc(' ', d->out);
		escape_md(d->out, cells[c].text, "<br>");
		for (size_t k = 0; k < n_subs; k++) {
			fputs("<br>", d->out);
			escape_md(d->out, subs[k].text, "<br>");
		}
		fputs(" |", d->out);
		wide_done = true;
	}
	fputc('\n', d->out);
}

static void md_table_end(struct doc *d)
{
	d->md_last = MD_BLOCK;
}

const struct doc_format doc_markdown_format = {
	.begin = md_begin,
	.end = md_end,
	.part = md_part,
	.heading = md_heading,
	.para = md_para,
	.note = md_note,
	.bullet = md_bullet,
	.detail = md_detail,
	.block_begin = md_nothing,
	.block_end = md_nothing,
	.field = md_field,
	.boxes = md_boxes,
	.table_begin = md_table_begin,
	.table_row = md_table_row,
	.table_end = md_table_end,
};
