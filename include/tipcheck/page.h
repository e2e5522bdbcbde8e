/*
 * A paginating writer for plain text: collects lines first, then cuts
 * pages (keeping blocks together where they fit on one page), then writes
 * them with a header on each page ("TITLE ... page N of M") and form feeds
 * between pages, ready for lp.
 *
 * Lines never exceed the width in display columns (text.h): text is
 * wrapped at word boundaries and anything still too wide is cut. Control
 * characters in the text (tabs, form feeds, escapes) become spaces, so
 * content cannot break the layout or reach the terminal as commands.
 */
#ifndef TIPCHECK_PAGE_H
#define TIPCHECK_PAGE_H

#include <stdbool.h>
#include <stdio.h>

struct page_writer;

/* width: columns (at least 20); page_length: lines a page including the
 * header, 0 for one endless page without headers. Owned by the caller
 * (page_free). */
struct page_writer *page_new(unsigned width, unsigned page_length);
void page_free(struct page_writer *pw);

unsigned page_width(const struct page_writer *pw);

/* From now on, right-to-left text stays in reading order, unshaped and
 * flush left, for screen readers and braille displays that reorder it
 * themselves; by default page_wrap() puts it in display order. */
void page_set_reading_order(struct page_writer *pw);

/* The running title shown in the header of pages whose first line is
 * one of the lines added after this call. Copied. */
void page_set_title(struct page_writer *pw, const char *title);

/* The running title that headers show, or NULL without pages (page_length
 * 0). Owned by the writer; valid until the next page_set_title. */
const char *page_title(const struct page_writer *pw);

/*
 * A block: lines added between begin and end are kept on one page when
 * they fit on a page at all (else they are split where the page ends).
 * Blocks do not nest; begin inside a block is ignored.
 */
void page_block_begin(struct page_writer *pw);
void page_block_end(struct page_writer *pw);

/* Glues the last line added to whatever comes next (a heading to its
 * first paragraph or item). No effect when nothing was added yet. */
void page_keep_with_next(struct page_writer *pw);

/* One line, cut to the width if wider. */
void page_line(struct page_writer *pw, const char *s);

/*
 * Wraps text into lines with a hanging indent: the first line starts with
 * first_prefix (its leading spaces are the indentation; the rest, such as
 * "- " or "Label: ", wraps like the text), the others with rest_prefix.
 * Either may be NULL for none. Newlines in text start new lines; trailing
 * newlines are dropped.
 */
void page_wrap(struct page_writer *pw, const char *first_prefix,
	       const char *rest_prefix, const char *text);

/* A blank line, unless the last line is already blank or nothing was
 * added since the start or the last page break. */
void page_blank(struct page_writer *pw);

/* The next line starts a new page (without pages: a blank line). */
void page_break(struct page_writer *pw);

/*
 * Paginates and writes everything to out. page_fmt is the page-number
 * template with placeholders {page} and {pages} ("page {page} of
 * {pages}"); banner, when not NULL, is a line shown at the top of every
 * page (and once at the top without pages). Returns the number of pages
 * written; the lines stay, so it can be called again.
 */
unsigned page_write(struct page_writer *pw, FILE *out, const char *page_fmt,
		    const char *banner);

/* The number of pages page_write() would write with this banner (NULL
 * for none), without writing: 1 without pages. */
unsigned page_count(struct page_writer *pw, const char *banner);

#endif
