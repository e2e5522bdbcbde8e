/* The paginating plain-text writer: lines first, then pages, then output. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/bidi.h"
#include "tipcheck/page.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

struct pline {
	char *text;
	unsigned block;		/* 0: not in a block */
	size_t title;		/* index into titles */
	bool keep_next;		/* glued to the next line */
	bool break_before;	/* starts a new page */
};

struct page_writer {
	unsigned width, page_length;
	struct pline *lines;
	size_t n, cap;
	char **titles;
	size_t n_titles;
	unsigned block, next_block;
	bool pending_break;
	bool reading_order;	/* page_set_reading_order() */
	/* Cut pages: index of each page's first line; n_pages + 1 entries. */
	size_t *page_start;
	size_t n_pages;
};

struct page_writer *page_new(unsigned width, unsigned page_length)
{
	struct page_writer *pw = xcalloc(1, sizeof *pw);

	pw->width = width < 20 ? 20 : width;
	pw->page_length = page_length;
	pw->titles = xcalloc(1, sizeof *pw->titles);
	pw->titles[0] = xstrdup("");
	pw->n_titles = 1;
	return pw;
}

void page_free(struct page_writer *pw)
{
	if (!pw)
		return;
	for (size_t i = 0; i < pw->n; i++)
		free(pw->lines[i].text);
	for (size_t i = 0; i < pw->n_titles; i++)
		free(pw->titles[i]);
	free(pw->lines);
	free(pw->titles);
	free(pw->page_start);
	free(pw);
}

unsigned page_width(const struct page_writer *pw)
{
	return pw->width;
}

void page_set_reading_order(struct page_writer *pw)
{
	pw->reading_order = true;
}

const char *page_title(const struct page_writer *pw)
{
	return pw->page_length ? pw->titles[pw->n_titles - 1] : NULL;
}

void page_set_title(struct page_writer *pw, const char *title)
{
	pw->titles = xreallocarray(pw->titles, pw->n_titles + 1, sizeof *pw->titles);
	pw->titles[pw->n_titles++] = xstrdup(title ? title : "");
}

void page_block_begin(struct page_writer *pw)
{
	if (!pw->block)
		pw->block = ++pw->next_block;
}

void page_block_end(struct page_writer *pw)
{
	pw->block = 0;
}

void page_keep_with_next(struct page_writer *pw)
{
	if (pw->n)
		pw->lines[pw->n - 1].keep_next = true;
}

/* A copy of s (len bytes) where control characters are spaces. */
static char *clean(const char *s, size_t len)
{
	char *c = xstrndup(s, len);

	for (unsigned char *p = (unsigned char *)c; *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			*p = ' ';
		/* C1 controls, U+0080..U+009F, are C2 80..C2 9F in UTF-8. */
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p[0] = ' ';
			p[1] = ' ';
		}
	}
	return c;
}

static void push(struct page_writer *pw, char *text)
{
	if (pw->n == pw->cap) {
		pw->cap = pw->cap ? pw->cap * 2 : 64;
		pw->lines = xreallocarray(pw->lines, pw->cap, sizeof *pw->lines);
	}
	pw->lines[pw->n++] = (struct pline){
		.text = text,
		.block = pw->block,
		.title = pw->n_titles - 1,
		.break_before = pw->pending_break,
	};
	pw->pending_break = false;
}

void page_line(struct page_writer *pw, const char *s)
{
	char *c = clean(s, strlen(s));

	c[text_fit(c, strlen(c), pw->width)] = '\0';
	push(pw, c);
}

void page_wrap(struct page_writer *pw, const char *first_prefix,
	       const char *rest_prefix, const char *text)
{
	const char *fp = first_prefix ? first_prefix : "";
	const char *rp = rest_prefix ? rest_prefix : "";
	size_t lead = strspn(fp, " ");
	size_t rest_w = text_width(rp), indent = lead > rest_w ? lead : rest_w;
	size_t avail = indent + 10 < pw->width ? pw->width - indent : 10;
	struct text_line *l;
	enum bidi_dir dir;
	size_t n, len;
	char *t;

	/* The prefix after its indentation wraps with the text, so a long
	 * label never pushes a line past the width. Newlines survive the
	 * cleaning here: they are the paragraph breaks. */
	t = xasprintf("%s%s", fp + lead, text ? text : "");
	len = strlen(t);
	while (len && (t[len - 1] == '\n' || t[len - 1] == ' '))
		t[--len] = '\0';
	for (unsigned char *p = (unsigned char *)t; *p; p++)
		if ((*p < 0x20 && *p != '\n') || *p == 0x7f)
			*p = ' ';
	n = text_wrap(t, avail, &l);
	/* Right-to-left text in display order, as on the screen (bidi.h):
	 * wrapped in reading order, each line reordered and shaped, and a
	 * right-to-left paragraph set flush right; left as it is for a
	 * reader that reorders it itself. */
	dir = pw->reading_order ? BIDI_LTR : bidi_paragraph(t, len, BIDI_LTR);
	for (size_t i = 0; i < n; i++) {
		const char *seg = t + l[i].start;
		size_t seg_len = l[i].len, pad = i ? 0 : lead, w;
		char *visual = NULL, *line, *full;

		if (!pw->reading_order && bidi_needed(seg, seg_len, dir))
			seg = visual = bidi_visual(seg, seg_len, dir, BIDI_SHAPE, &seg_len);
		w = text_width_n(seg, seg_len);
		if (dir == BIDI_RTL && w < avail)
			pad += avail - w;
		line = xasprintf("%*s%.*s", (int)pad, "", (int)seg_len, seg);
		full = i ? xasprintf("%s%s", rp, line) : line;
		page_line(pw, full);
		if (full != line)
			free(full);
		free(line);
		free(visual);
	}
	free(l);
	free(t);
}

void page_blank(struct page_writer *pw)
{
	bool keep;

	if (!pw->n || pw->pending_break || !pw->lines[pw->n - 1].text[0])
		return;
	/* A heading kept with what follows stays so across the blank line. */
	keep = pw->lines[pw->n - 1].keep_next;
	push(pw, xstrdup(""));
	pw->lines[pw->n - 1].keep_next = keep;
}

void page_break(struct page_writer *pw)
{
	/* One endless page: a new part is set apart by a blank line. */
	if (!pw->page_length)
		page_blank(pw);
	else if (pw->n)
		pw->pending_break = true;
}

/* Lines the header takes: the banner, the title line, a blank line. */
static unsigned header_lines(const char *banner)
{
	return banner ? 3 : 2;
}

/* End of the unit of lines that starts at i: a block, or lines glued to
 * their next one. A forced page break always ends a unit. */
static size_t unit_end(const struct page_writer *pw, size_t i)
{
	size_t j = i + 1;

	while (j < pw->n && !pw->lines[j].break_before &&
	       (pw->lines[j - 1].keep_next ||
		(pw->lines[j].block && pw->lines[j].block == pw->lines[j - 1].block)))
		j++;
	return j;
}

static void start_page(struct page_writer *pw, size_t at)
{
	pw->page_start = xreallocarray(pw->page_start, pw->n_pages + 2,
				       sizeof *pw->page_start);
	pw->page_start[pw->n_pages++] = at;
}

/*
 * Cuts pages. Each page holds at most body lines; a page starts at a
 * forced break or where a unit would not fit on the rest of the page but
 * fits on a fresh one; a unit longer than a page is split. Blank lines at
 * the top of a page are skipped (they stay out of every page).
 */
static void paginate(struct page_writer *pw, unsigned body, bool **skip_out)
{
	bool *skip = xcalloc(pw->n + 1, sizeof *skip);
	size_t used = 0, i = 0;

	pw->n_pages = 0;
	start_page(pw, 0);
	while (i < pw->n) {
		size_t end = unit_end(pw, i), len;

		if (pw->lines[i].break_before && used) {
			start_page(pw, i);
			used = 0;
		}
		len = end - i;
		if (used && used + len > body && len <= body) {
			start_page(pw, i);
			used = 0;
		}
		for (; i < end; i++) {
			if (!used && !pw->lines[i].text[0]) {
				skip[i] = true;
				if (pw->page_start[pw->n_pages - 1] == i)
					pw->page_start[pw->n_pages - 1] = i + 1;
				continue;
			}
			if (used == body) {
				start_page(pw, i);
				used = 0;
			}
			used++;
		}
	}
	pw->page_start[pw->n_pages] = pw->n;
	/* A last page left with nothing but skipped blanks is no page. */
	if (pw->n_pages > 1 && pw->page_start[pw->n_pages - 1] >= pw->n)
		pw->page_start[--pw->n_pages] = pw->n;
	*skip_out = skip;
}

/* The page number text: page_fmt with {page} and {pages} filled in. */
static char *page_number(const char *fmt, size_t page, size_t pages)
{
	size_t cap = strlen(fmt) + 64, n = 0;
	char *out = xmalloc(cap);

	for (const char *p = fmt; *p;) {
		char num[24];
		const char *ins = NULL;

		if (!strncmp(p, "{pages}", 7)) {
			snprintf(num, sizeof num, "%zu", pages);
			ins = num;
			p += 7;
		} else if (!strncmp(p, "{page}", 6)) {
			snprintf(num, sizeof num, "%zu", page);
			ins = num;
			p += 6;
		}
		if (ins) {
			size_t k = strlen(ins);
			if (n + k + 1 > cap)
				out = xreallocarray(out, cap = (n + k) * 2 + 1, 1);
			memcpy(out + n, ins, k);
			n += k;
		} else {
			if (n + 2 > cap)
				out = xreallocarray(out, cap *= 2, 1);
			out[n++] = *p++;
		}
	}
	out[n] = '\0';
	return out;
}

/* "TITLE        page N of M", cutting the title when both do not fit. */
static void write_header(const struct page_writer *pw, FILE *out, const char *title,
			 const char *number)
{
	size_t nw = text_width(number), room, tlen, tw;

	if (nw > pw->width) {
		fprintf(out, "%.*s\n", (int)text_fit(number, strlen(number), pw->width), number);
		return;
	}
	room = pw->width - nw > 2 ? pw->width - nw - 2 : 0;
	tlen = text_fit(title, strlen(title), room);
	tw = text_width_n(title, tlen);
	fprintf(out, "%.*s%*s%s\n", (int)tlen, title, (int)(pw->width - nw - tw), "", number);
}

static void write_banner(const struct page_writer *pw, FILE *out, const char *banner)
{
	size_t len = text_fit(banner, strlen(banner), pw->width);
	size_t w = text_width_n(banner, len);

	fprintf(out, "%*s%.*s\n", (int)((pw->width - w) / 2), "", (int)len, banner);
}

unsigned page_write(struct page_writer *pw, FILE *out, const char *page_fmt,
		    const char *banner)
{
	char *b = banner ? clean(banner, strlen(banner)) : NULL;
	bool *skip;

	if (!pw->page_length) {
		if (b)
			write_banner(pw, out, b);
		for (size_t i = 0; i < pw->n; i++)
			fprintf(out, "%s\n", pw->lines[i].text);
		free(b);
		return 1;
	}
	unsigned hl = header_lines(b);
	unsigned body = pw->page_length > hl ? pw->page_length - hl : 1;

	paginate(pw, body, &skip);
	for (size_t p = 0; p < pw->n_pages; p++) {
		size_t first = pw->page_start[p];
		size_t title = first < pw->n ? pw->lines[first].title : pw->n_titles - 1;
		char *num = page_number(page_fmt, p + 1, pw->n_pages);

		bool open_line = false;

		if (b)
			write_banner(pw, out, b);
		write_header(pw, out, pw->titles[title], num);
		fputc('\n', out);
		free(num);
		for (size_t i = first; i < pw->page_start[p + 1]; i++) {
			if (skip[i])
				continue;
			if (open_line)
				fputc('\n', out);
			fputs(pw->lines[i].text, out);
			open_line = true;
		}
		/* The form feed ends a page's last line: after a newline on a
		 * full page a printer has already begun the next sheet, and the
		 * feed would eject it blank (lp on Letter). */
		if (p + 1 < pw->n_pages)
			fputc('\f', out);
		else if (open_line)
			fputc('\n', out);
	}
	free(skip);
	free(b);
	return (unsigned)pw->n_pages;
}

unsigned page_count(struct page_writer *pw, const char *banner)
{
	unsigned hl = header_lines(banner);
	bool *skip;

	if (!pw->page_length)
		return 1;
	paginate(pw, pw->page_length > hl ? pw->page_length - hl : 1, &skip);
	free(skip);
	return (unsigned)pw->n_pages;
}
