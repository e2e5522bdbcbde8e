/*
 * Internal to src/output, part of the module doc (tests/arch/cycles.py
 * counts these files as one module): the state of a document (doc.h) and the
 * operations each output format gives. doc.c dispatches every doc_*
 * call through the table of the document's format; a new format is one
 * more table (doc_text.c, doc_markdown.c, doc_html.c).
 */
#ifndef TIPCHECK_DOC_FORMAT_H
#define TIPCHECK_DOC_FORMAT_H

#include <stdbool.h>
#include <stdio.h>

#include "tipcheck/doc.h"
#include "tipcheck/page.h"

#define DOC_MAX_DEPTH 8

/* Markdown: what was written last, to place blank lines. */
enum md_last { MD_NOTHING, MD_BLOCK, MD_LIST };

struct doc_format;

struct doc {
	FILE *out;
	const struct render_opts *o;
	const struct doc_format *f;
	const char *lang;		/* the document's language code */
	struct page_writer *pw;		/* text */
	enum md_last md_last;		/* markdown */
	bool in_part;			/* html */
	bool in_block;			/* between doc_block_begin and _end */
	bool in_list;			/* the last piece was a list entry (or its
					 * detail) */
	unsigned list_depth;		/* and the depth of that entry */
	unsigned ul_open;		/* html: open <ul> */
	bool li_open[DOC_MAX_DEPTH + 1];
	struct doc_column cols[DOC_MAX_COLUMNS];	/* the open table */
	size_t n_cols;
	unsigned widths[DOC_MAX_COLUMNS];	/* text: its columns' widths */
};

/*
 * One format's operations, called by the doc_* functions of the same
 * name after the state they share is updated (in_list, in_block). detail
 * is only called for an entry of this depth or deeper written just
 * before; doc.c writes a paragraph otherwise. begin writes what comes
 * before the first piece, end what closes the document (not the flush).
 */
struct doc_format {
	void (*begin)(struct doc *d, const char *title);
	void (*end)(struct doc *d);
	void (*part)(struct doc *d, const char *title);
	void (*heading)(struct doc *d, int level, struct span text);
	void (*para)(struct doc *d, struct span label, struct span text);
	void (*note)(struct doc *d, struct span text);
	void (*bullet)(struct doc *d, unsigned depth, struct span label, struct span text);
	void (*detail)(struct doc *d, unsigned depth, struct span text);
	void (*block_begin)(struct doc *d);
	void (*block_end)(struct doc *d);
	void (*field)(struct doc *d, struct span label, struct span text);
	void (*boxes)(struct doc *d, struct span label, const char *name,
		      const char *const *labels, size_t n);
	void (*table_begin)(struct doc *d);
	void (*table_row)(struct doc *d, const struct span *cells, const struct span *subs,
			  size_t n_subs);
	void (*table_end)(struct doc *d);
};

extern const struct doc_format doc_text_format, doc_markdown_format, doc_html_format;

#endif
