/*
 * The document as plain text pages (page.h): the text format's operations.
 * Part of the module doc.
 */
#include <stdlib.h>
#include <string.h>

#include "doc_format.h"
#include "tipcheck/bidi.h"
#include "tipcheck/catalog.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

static void text_begin(struct doc *d, const char *title)
{
	d->pw = page_new(d->o->width, d->o->page_length);
	page_set_title(d->pw, title);
	if (d->o->reading_order)
		page_set_reading_order(d->pw);
}

static void text_end(struct doc *d)
{
	page_write(d->pw, d->out, tr_ui(d->o->lang, "ui.print.page"),
		   d->o->training ? tr_ui(d->o->lang, "ui.print.training") : NULL);
	page_free(d->pw);
}

static void text_part(struct doc *d, const char *title)
{
	page_break(d->pw);
	page_set_title(d->pw, title);
}

static void own_block_begin(struct doc *d);
static void own_block_end(struct doc *d);

static void text_heading(struct doc *d, int level, struct span text)
{
	size_t before, w;
	const char *running = page_title(d->pw);

	/* The header of every page already names the part. */
	if (level == 1 && running && !strcmp(running, text.text))
		return;
	page_blank(d->pw);
	own_block_begin(d);
	before = text_width(text.text);
	page_wrap(d->pw, NULL, level == 3 ? "    " : NULL, text.text);
	if (level < 3) {
		w = before < page_width(d->pw) ? before : page_width(d->pw);
		char *rule = xmalloc(w + 1);
		memset(rule, level == 1 ? '=' : '-', w);
		rule[w] = '\0';
		page_line(d->pw, rule);
		free(rule);
	}
	own_block_end(d);
	page_keep_with_next(d->pw);
}

/* A paragraph or list entry is kept on one page, unless it is part of an
 * item, which is kept whole. */
static void own_block_begin(struct doc *d)
{
	if (!d->in_block)
		page_block_begin(d->pw);
}

static void own_block_end(struct doc *d)
{
	if (!d->in_block)
		page_block_end(d->pw);
}

/* "Label: ", owned by the caller. */
static char *text_label(struct span label)
{
	return label.text ? xasprintf("%s: ", label.text) : xstrdup("");
}

static void text_para(struct doc *d, struct span label, struct span text)
{
	char *l = text_label(label);

	page_blank(d->pw);
	own_block_begin(d);
	page_wrap(d->pw, l, NULL, text.text);
	own_block_end(d);
	free(l);
}

static void text_note(struct doc *d, struct span text)
{
	page_blank(d->pw);
	own_block_begin(d);
	page_wrap(d->pw, "(!) ", "    ", text.text);
	own_block_end(d);
}

static void text_bullet(struct doc *d, unsigned depth, struct span label, struct span text)
{
	char *l = text_label(label);
	/* Inside an item, lists sit under its fields. */
	int indent = (d->in_block ? 4 : 0) + 2 * (int)depth;
	char *first = xasprintf("%*s- %s", indent, "", l);
	char *rest = xasprintf("%*s", indent + 2, "");

	if (!depth && !d->in_block && !d->in_list)
		page_blank(d->pw);
	own_block_begin(d);
	page_wrap(d->pw, first, rest, text.text);
	own_block_end(d);
	free(rest);
	free(first);
	free(l);
}

static void text_detail(struct doc *d, unsigned depth, struct span text)
{
	char *ind = xasprintf("%*s", (d->in_block ? 4 : 0) + 2 * (int)depth + 2, "");

	/* On one page with its entry. */
	page_keep_with_next(d->pw);
	own_block_begin(d);
	page_wrap(d->pw, ind, ind, text.text);
	own_block_end(d);
	free(ind);
}

static void text_block_begin(struct doc *d)
{
	page_blank(d->pw);
	page_block_begin(d->pw);
}

static void text_block_end(struct doc *d)
{
	page_block_end(d->pw);
}

static void text_field(struct doc *d, struct span label, struct span text)
{
	char *l = text_label(label);
	char *first = xasprintf("    %s", l);

	page_wrap(d->pw, first, "      ", text.text);
	free(first);
	free(l);
}

/* "[ ] yes  [ ] no ...", starting a new line where the next box would
 * not fit. */
static void text_boxes(struct doc *d, struct span label, const char *name,
		       const char *const *labels, size_t n)
{
	const char *indent = "    ";
	size_t width = page_width(d->pw);
	char *line = label.text ? xasprintf("%s%s", indent, label.text) : xstrdup(indent);
	size_t w = text_width(line);

	(void)name;
	for (size_t i = 0; i < n; i++) {
		char *box = xasprintf("[ ] %s", labels[i]);
		size_t bw = text_width(box), gap = w > text_width(indent) ? 2 : 0;

		if (w + gap + bw > width && w > text_width(indent)) {
			page_line(d->pw, line);
			free(line);
			line = xstrdup(indent);
			w = text_width(indent);
			gap = 0;
		}
		char *next = xasprintf("%s%*s%s", line, (int)gap, "", box);
		free(line);
		line = next;
		w += gap + bw;
		free(box);
	}
	page_line(d->pw, line);
	free(line);
}

/* The column that takes the rest of the width, or n_cols when none. */
static size_t wide_column(const struct doc *d)
{
	for (size_t i = 0; i < d->n_cols; i++)
		if (!d->cols[i].width)
			return i;
	return d->n_cols;
}

/*
 * The lines of a row: each cell wrapped in its column, the sub-lines
 * under the wide column's text, the columns one space apart. An empty
 * box is "[ ]".
 */
static void text_row_lines(struct doc *d, const char *const *cells, const char *const *subs,
			   size_t n_subs)
{
	struct text_line *lines[DOC_MAX_COLUMNS] = { 0 };
	char *text[DOC_MAX_COLUMNS] = { 0 };
	size_t n[DOC_MAX_COLUMNS] = { 0 }, rows = 0, wide = wide_column(d);

	for (size_t c = 0; c < d->n_cols; c++) {
		const char *cell = cells[c] ? cells[c] : "[ ]";

		if (c == wide) {
			char *all = xstrdup(cell);
			size_t len = strlen(all);

			/* Folded YAML ends in a newline: no blank line before a sub. */
			while (len && (all[len - 1] == '\n' || all[len - 1] == ' '))
				all[--len] = '\0';
			for (size_t k = 0; k < n_subs; k++) {
				char *next = xasprintf("%s\n  %s", all, subs[k]);
				free(all);
				all = next;
			}
			text[c] = all;
		} else {
			text[c] = xstrdup(cell);
		}
		for (char *p = text[c]; *p; p++)
			if ((unsigned char)*p < 0x20 && *p != '\n')
				*p = ' ';
		n[c] = text_wrap(text[c], d->widths[c], &lines[c]);
		if (n[c] > rows)
			rows = n[c];
	}
	for (size_t r = 0; r < rows; r++) {
		char *line = xstrdup("");

		for (size_t c = 0; c < d->n_cols; c++) {
			const char *s = r < n[c] ? text[c] + lines[c][r].start : "";
			size_t len = r < n[c] ? lines[c][r].len : 0;
			/* Right-to-left text (a person's question in Arabic) in
			 * display order and flush right, as page_wrap() sets it. */
			enum bidi_dir dir = d->o->reading_order ? BIDI_LTR
						: bidi_paragraph(s, len, BIDI_LTR);
			char *visual = !d->o->reading_order && bidi_needed(s, len, dir) ?
				bidi_visual(s, len, dir, BIDI_SHAPE, &len) : NULL;
			size_t w = text_width_n(visual ? visual : s, len);
			size_t pad = d->widths[c] > w ? d->widths[c] - w : 0;
			size_t lead = dir == BIDI_RTL ? pad : 0;
			char *next = xasprintf("%s%s%*s%.*s%*s", line, c ? " " : "", (int)lead, "",
					       (int)len, visual ? visual : s,
					       c + 1 < d->n_cols ? (int)(pad - lead) : 0, "");

			free(visual);
			free(line);
			line = next;
		}
		size_t end = strlen(line);
		while (end && line[end - 1] == ' ')
			line[--end] = '\0';
		page_line(d->pw, line);
		free(line);
	}
	for (size_t c = 0; c < d->n_cols; c++) {
		free(lines[c]);
		free(text[c]);
	}
}

static void text_table_begin(struct doc *d)
{
	size_t wide = wide_column(d), used = 0;
	unsigned width = page_width(d->pw);
	const char *heads[DOC_MAX_COLUMNS];
	char *rule;

	for (size_t c = 0; c < d->n_cols; c++) {
		size_t hw = d->cols[c].head.text ? text_width(d->cols[c].head.text) : 0;

		heads[c] = d->cols[c].head.text ? d->cols[c].head.text : "";
		d->widths[c] = d->cols[c].width > hw ? d->cols[c].width : (unsigned)hw;
		if (c != wide)
			used += d->widths[c] + (c ? 1 : 0);
	}
	if (wide < d->n_cols) {
		used += wide ? 1 : 0;
		d->widths[wide] = used + 10 < width ? width - (unsigned)used : 10;
	}
	page_blank(d->pw);
	page_block_begin(d->pw);
	/* The heading of the wide column (a section's title) runs on in a
	 * rule, so the heading row marks the table without a line of its own:
	 * a form has a table per section, and the lines count against its
	 * page budget. */
	if (wide < d->n_cols && text_width(heads[wide]) + 2 <= d->widths[wide]) {
		size_t hw = text_width(heads[wide]), n = d->widths[wide] - hw - (hw ? 1 : 0);

		rule = xmalloc(n + 1);
		memset(rule, '-', n);
		rule[n] = '\0';
		char *ruled = xasprintf("%s%s%s", heads[wide], hw ? " " : "", rule);
		heads[wide] = ruled;
		text_row_lines(d, heads, NULL, 0);
		free(ruled);
		free(rule);
	} else {
		text_row_lines(d, heads, NULL, 0);
		used = 0;
		for (size_t c = 0; c < d->n_cols; c++)
			used += d->widths[c] + (c ? 1 : 0);
		if (used > width)
			used = width;
		rule = xmalloc(used + 1);
		memset(rule, '-', used);
		rule[used] = '\0';
		page_line(d->pw, rule);
		free(rule);
	}
	page_keep_with_next(d->pw);
	page_block_end(d->pw);
}

static void text_table_row(struct doc *d, const struct span *cells, const struct span *subs,
			   size_t n_subs)
{
	const char *c[DOC_MAX_COLUMNS], *s[8];

	for (size_t i = 0; i < d->n_cols; i++)
		c[i] = cells[i].text;
	if (n_subs > 8)
		n_subs = 8;
	for (size_t i = 0; i < n_subs; i++)
		s[i] = subs[i].text ? subs[i].text : "";
	page_block_begin(d->pw);
	text_row_lines(d, c, s, n_subs);
	page_block_end(d->pw);
}

static void text_table_end(struct doc *d)
{
	page_blank(d->pw);
}

const struct doc_format doc_text_format = {
	.begin = text_begin,
	.end = text_end,
	.part = text_part,
	.heading = text_heading,
	.para = text_para,
	.note = text_note,
	.bullet = text_bullet,
	.detail = text_detail,
	.block_begin = text_block_begin,
	.block_end = text_block_end,
	.field = text_field,
	.boxes = text_boxes,
	.table_begin = text_table_begin,
	.table_row = text_table_row,
	.table_end = text_table_end,
};
