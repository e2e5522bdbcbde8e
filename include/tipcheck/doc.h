/*
 * A document written once and emitted as text, Markdown or HTML: the
 * shared writer of blank forms (form.h) and result summaries. Callers say
 * what a piece is (heading, paragraph, field, box row...); the format
 * decides how it looks. Text goes through the paginating writer
 * (page.h); Markdown and HTML are escaped (escape.h).
 *
 * The result summary (summary.h) and the forms (form.h) emit only
 * through this writer, so the three formats are written in one place.
 *
 * Every string shown comes from the caller (catalog or content), with the
 * language it is in, except the page numbers and the training banner,
 * which the doc takes from the catalog itself (ui.print.page,
 * ui.print.training).
 */
#ifndef TIPCHECK_DOC_H
#define TIPCHECK_DOC_H

#include <stdbool.h>
#include <stdio.h>

#include "tipcheck/render.h"

/* A piece of text and its language code; lang NULL means the document's
 * language (the worker's). HTML marks other languages with lang and, for
 * right-to-left catalogs, dir="rtl". */
struct span {
	const char *text;
	const char *lang;
};

/* No label. */
#define SPAN_NONE ((struct span){ NULL, NULL })

struct doc;

/*
 * Starts a document written to out in o->format. title names the whole
 * document (the HTML <title>, the page header until the first part).
 * o and the catalogs it points to must outlive the doc.
 */
struct doc *doc_new(FILE *out, const struct render_opts *o, const char *title);

/* Finishes the document (text: paginates and writes it all; HTML: closes
 * it) and frees it. Returns 0, or -1 when writing to out failed. */
int doc_end(struct doc *d);

/*
 * Finishes a text document started with out NULL, without writing it,
 * and frees it: returns the number of sheets it would take (1 without
 * pages, 0 for another format). Lets a writer try a layout against a
 * page budget.
 */
unsigned doc_end_measure(struct doc *d);

/* Starts a part (a checklist, the scoring instructions): a new page in
 * text and a page break in HTML when printed; title is the running page
 * header in text. */
void doc_part(struct doc *d, const char *title);

/* Heading of level 1 (part), 2 (section) or 3 (item). Kept with what
 * follows. */
void doc_heading(struct doc *d, int level, struct span text);

/* A paragraph; label (text NULL for none) is shown in bold before it. */
void doc_para(struct doc *d, struct span label, struct span text);

/* A paragraph to be noticed: warnings, the privacy reminder. */
void doc_note(struct doc *d, struct span text);
/* Notes that the worker's and the person's languages are unreviewed
 * drafts, where they are (tr_draft_notice), in the worker's language.
 * brief (a page-budgeted form): one note naming the drafts, without how
 * each was made. */
void doc_draft_notes(struct doc *d, bool brief);

/* A list entry at depth 0, 1, 2... (nested under the previous entry of
 * depth - 1); label as for doc_para. Consecutive entries form one list. */
void doc_bullet(struct doc *d, unsigned depth, struct span label, struct span text);

/* A paragraph that belongs to the list entry of this depth written just
 * before it (a contact's hours, an element's counts): indented under the
 * entry in text and kept on its page, inside its <li> in HTML, a
 * continuation paragraph of the entry in Markdown. A deeper list still
 * open under that entry is closed first. Without an entry before it, a
 * plain paragraph. */
void doc_detail(struct doc *d, unsigned depth, struct span text);

/* An item: what comes between begin and end stays on one page when it
 * fits, and is framed in HTML. */
void doc_block_begin(struct doc *d);
void doc_block_end(struct doc *d);

/* A labelled line inside an item ("Ask: ..."). */
void doc_field(struct doc *d, struct span label, struct span text);

/* A row of boxes to tick, one per label ("yes", "no"...), after a label
 * saying what they answer (SPAN_NONE: none). name groups them in HTML (the
 * checkbox names are name-1, name-2...). */
void doc_boxes(struct doc *d, struct span label, const char *name,
	       const char *const *labels, size_t n);

/*
 * A table: one row per entry, cells wrapped in their columns. width is a
 * column's text width (at least its heading's); 0 makes the column take
 * what the others leave (one such column, the one that carries a row's
 * sub-lines). A cell whose text is NULL is an empty box to tick or to
 * write a number in. A row stays on one page in text; the heading of the
 * table stays with its first row.
 */
struct doc_column {
	struct span head;
	unsigned width;
};

#define DOC_MAX_COLUMNS 10

void doc_table_begin(struct doc *d, const struct doc_column *cols, size_t n);

/* A row of n cells (as many as columns); subs (n_subs of them) are lines
 * in small type under the text of the wide column. */
void doc_table_row(struct doc *d, const struct span *cells, const struct span *subs,
		   size_t n_subs);

void doc_table_end(struct doc *d);

#endif
