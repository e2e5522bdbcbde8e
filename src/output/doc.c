/* One document, three formats: plain text pages, Markdown and HTML. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/doc.h"
#include "tipcheck/escape.h"
#include "tipcheck/page.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

#define MAX_DEPTH 8

/* Markdown: what was written last, to place blank lines. */
enum md_last { MD_NOTHING, MD_BLOCK, MD_LIST };

struct doc {
	FILE *out;
	const struct render_opts *o;
	enum render_format format;
	const char *lang;		/* the document's language code */
	struct page_writer *pw;		/* text */
	enum md_last md_last;		/* markdown */
	bool in_part;			/* html */
	bool in_block;			/* between doc_block_begin and _end */
	bool in_list;			/* the last piece was a list entry (or its
					 * detail) */
	unsigned list_depth;		/* and the depth of that entry */
	unsigned ul_open;		/* html: open <ul> */
	bool li_open[MAX_DEPTH + 1];
};

/* Inline CSS: screen and print, A4 or Letter (size auto), items never
 * split across pages, each part on a new page. */
static const char html_style[] =
	"body{font-family:sans-serif;font-size:11pt;line-height:1.35;"
	"max-width:48em;margin:1.5em auto;padding:0 1em;color:#000;background:#fff}\n"
	"h1{font-size:1.5em;margin:0 0 .4em}\n"
	"h2{font-size:1.2em;border-bottom:1px solid #777;margin:1.2em 0 .4em}\n"
	"h3{font-size:1em;margin:.1em 0 .3em}\n"
	"h1,h2,h3{page-break-after:avoid;break-after:avoid}\n"
	".item{border:1px solid #aaa;padding:.4em .7em;margin:.6em 0;"
	"page-break-inside:avoid;break-inside:avoid}\n"
	".field{margin:.15em 0}\n"
	".label{font-weight:bold}\n"
	".boxes{margin:.4em 0}\n"
	".boxes label{margin-right:1.6em;white-space:nowrap}\n"
	".note{border-left:4px solid #000;padding:.1em .6em}\n"
	".part+.part{page-break-before:always;break-before:page}\n"
	".banner{text-align:center;font-weight:bold;border:2px solid #000;padding:.2em}\n"
	"@page{size:auto;margin:15mm}\n"
	"@media print{body{margin:0;max-width:none;padding:0}"
	".banner{position:fixed;top:0;left:0;right:0;background:#fff}"
	".training{padding-top:2.5em}}\n";

static bool is_rtl(const struct doc *d, const char *lang)
{
	const struct catalog *cat = content_catalog(d->o->lang->content, lang);

	return cat && cat->rtl;
}

static const char *span_lang(const struct doc *d, struct span s)
{
	return s.lang ? s.lang : d->lang;
}

/* HTML text of a span, in its own language when it differs. */
static void html_span(struct doc *d, struct span s)
{
	const char *lang = span_lang(d, s);

	if (!strcmp(lang, d->lang) && is_rtl(d, lang) == is_rtl(d, d->lang)) {
		escape_html(d->out, s.text);
		return;
	}
	fputs("<span lang=\"", d->out);
	escape_html(d->out, lang);
	fprintf(d->out, "\" dir=\"%s\">", is_rtl(d, lang) ? "rtl" : "ltr");
	escape_html(d->out, s.text);
	fputs("</span>", d->out);
}

static void html_close_lists(struct doc *d, unsigned keep)
{
	while (d->ul_open > keep) {
		if (d->li_open[d->ul_open - 1])
			fputs("</li>", d->out);
		d->li_open[d->ul_open - 1] = false;
		fputs("</ul>\n", d->out);
		d->ul_open--;
	}
}

static void md_begin_block(struct doc *d)
{
	if (d->md_last != MD_NOTHING)
		fputc('\n', d->out);
	d->md_last = MD_BLOCK;
}

struct doc *doc_new(FILE *out, const struct render_opts *o, const char *title)
{
	struct doc *d = xcalloc(1, sizeof *d);

	d->out = out;
	d->o = o;
	d->format = o->format;
	d->lang = tr_lang(o->lang);
	switch (d->format) {
	case FORMAT_TEXT:
		d->pw = page_new(o->width, o->page_length);
		page_set_title(d->pw, title);
		break;
	case FORMAT_MARKDOWN:
		if (o->training) {
			fputs("**", out);
			escape_md(out, tr_ui(o->lang, "ui.print.training"), " ");
			fputs("**\n", out);
			d->md_last = MD_BLOCK;
		}
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		fputs("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"", out);
		escape_html(out, d->lang);
		fprintf(out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\" />\n"
			"<meta name=\"viewport\" content=\"width=device-width\" />\n<title>",
			is_rtl(d, d->lang) ? "rtl" : "ltr");
		escape_html(out, title);
		fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body%s>\n", html_style,
			o->training ? " class=\"training\"" : "");
		if (o->training) {
			fputs("<div class=\"banner\">", out);
			escape_html(out, tr_ui(o->lang, "ui.print.training"));
			fputs("</div>\n", out);
		}
		break;
	}
	return d;
}

int doc_end(struct doc *d)
{
	int rc;

	switch (d->format) {
	case FORMAT_TEXT:
		page_write(d->pw, d->out, tr_ui(d->o->lang, "ui.print.page"),
			   d->o->training ? tr_ui(d->o->lang, "ui.print.training") : NULL);
		page_free(d->pw);
		break;
	case FORMAT_MARKDOWN:
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		if (d->in_block)
			fputs("</div>\n", d->out);
		if (d->in_part)
			fputs("</section>\n", d->out);
		fputs("</body>\n</html>\n", d->out);
		break;
	}
	rc = fflush(d->out) || ferror(d->out) ? -1 : 0;
	free(d);
	return rc;
}

void doc_part(struct doc *d, const char *title)
{
	d->in_list = false;
	switch (d->format) {
	case FORMAT_TEXT:
		page_break(d->pw);
		page_set_title(d->pw, title);
		break;
	case FORMAT_MARKDOWN:
		if (d->md_last != MD_NOTHING)
			fputs("\n---\n", d->out);
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		if (d->in_part)
			fputs("</section>\n", d->out);
		fputs("<section class=\"part\">\n", d->out);
		d->in_part = true;
		break;
	}
}

void doc_heading(struct doc *d, int level, struct span text)
{
	d->in_list = false;
	static const char *const md_marks[] = { "#", "##", "###" };
	int lv = level < 1 ? 1 : level > 3 ? 3 : level;

	switch (d->format) {
	case FORMAT_TEXT: {
		size_t before, w = 0;

		page_blank(d->pw);
		before = text_width(text.text);
		page_wrap(d->pw, NULL, lv == 3 ? "    " : NULL, text.text);
		if (lv < 3) {
			w = before < page_width(d->pw) ? before : page_width(d->pw);
			char *rule = xmalloc(w + 1);
			memset(rule, lv == 1 ? '=' : '-', w);
			rule[w] = '\0';
			page_line(d->pw, rule);
			free(rule);
		}
		page_keep_with_next(d->pw);
		break;
	}
	case FORMAT_MARKDOWN:
		md_begin_block(d);
		fprintf(d->out, "%s ", md_marks[lv - 1]);
		escape_md(d->out, text.text, " ");
		fputc('\n', d->out);
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		fprintf(d->out, "<h%d>", lv);
		html_span(d, text);
		fprintf(d->out, "</h%d>\n", lv);
		break;
	}
}

/* Text: a paragraph or list entry is kept on one page, unless it is part
 * of an item, which is kept whole. */
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

/* "Label: " for text, owned by the caller. */
static char *text_label(struct span label)
{
	return label.text ? xasprintf("%s: ", label.text) : xstrdup("");
}

void doc_para(struct doc *d, struct span label, struct span text)
{
	d->in_list = false;
	switch (d->format) {
	case FORMAT_TEXT: {
		char *l = text_label(label);

		page_blank(d->pw);
		own_block_begin(d);
		page_wrap(d->pw, l, NULL, text.text);
		own_block_end(d);
		free(l);
		break;
	}
	case FORMAT_MARKDOWN:
		md_begin_block(d);
		if (label.text) {
			fputs("**", d->out);
			escape_md(d->out, label.text, " ");
			fputs(":** ", d->out);
		}
		escape_md(d->out, text.text, "  \n");
		fputc('\n', d->out);
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		fputs("<p>", d->out);
		if (label.text) {
			fputs("<span class=\"label\">", d->out);
			html_span(d, label);
			fputs(":</span> ", d->out);
		}
		html_span(d, text);
		fputs("</p>\n", d->out);
		break;
	}
}

void doc_draft_notes(struct doc *d)
{
	const struct tr *worker = d->o->lang, *person = d->o->ask_lang;
	char *notice;

	notice = tr_draft_notice(worker, worker);
	if (notice)
		doc_note(d, (struct span){ notice, NULL });
	free(notice);
	if (!person || !strcmp(tr_lang(person), tr_lang(worker)))
		return;
	notice = tr_draft_notice(worker, person);
	if (notice)
		doc_note(d, (struct span){ notice, NULL });
	free(notice);
}

void doc_note(struct doc *d, struct span text)
{
	d->in_list = false;
	switch (d->format) {
	case FORMAT_TEXT:
		page_blank(d->pw);
		own_block_begin(d);
		page_wrap(d->pw, "(!) ", "    ", text.text);
		own_block_end(d);
		break;
	case FORMAT_MARKDOWN:
		md_begin_block(d);
		fputs("> **", d->out);
		escape_md(d->out, text.text, "**  \n> **");
		fputs("**\n", d->out);
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		fputs("<p class=\"note\"><strong>", d->out);
		html_span(d, text);
		fputs("</strong></p>\n", d->out);
		break;
	}
}

static void bullet(struct doc *d, unsigned depth, struct span label, struct span text)
{
	switch (d->format) {
	case FORMAT_TEXT: {
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
		break;
	}
	case FORMAT_MARKDOWN: {
		/* Inside an item the fields are the outer list. */
		if (d->in_block)
			depth++;
		char *nl = xasprintf("  \n%*s", (int)(2 * depth + 2), "");

		if (d->md_last == MD_BLOCK)
			fputc('\n', d->out);
		d->md_last = MD_LIST;
		fprintf(d->out, "%*s- ", (int)(2 * depth), "");
		if (label.text) {
			fputs("**", d->out);
			escape_md(d->out, label.text, " ");
			fputs(":** ", d->out);
		}
		escape_md(d->out, text.text, nl);
		fputc('\n', d->out);
		free(nl);
		break;
	}
	case FORMAT_HTML:
	case FORMAT_COUNT:
		/* Open or close nested lists until this depth is the innermost. */
		if (d->ul_open > depth + 1)
			html_close_lists(d, depth + 1);
		while (d->ul_open < depth + 1) {
			fputs("<ul>\n", d->out);
			d->li_open[d->ul_open++] = false;
		}
		if (d->li_open[depth])
			fputs("</li>\n", d->out);
		fputs("<li>", d->out);
		d->li_open[depth] = true;
		if (label.text) {
			fputs("<span class=\"label\">", d->out);
			html_span(d, label);
			fputs(":</span> ", d->out);
		}
		html_span(d, text);
		break;
	}
}

void doc_bullet(struct doc *d, unsigned depth, struct span label, struct span text)
{
	if (depth > MAX_DEPTH - 1)
		depth = MAX_DEPTH - 1;
	bullet(d, depth, label, text);
	d->in_list = true;
	d->list_depth = depth;
}

void doc_detail(struct doc *d, unsigned depth, struct span text)
{
	unsigned at = depth;

	if (!d->in_list || depth > d->list_depth) {
		doc_para(d, SPAN_NONE, text);
		return;
	}
	switch (d->format) {
	case FORMAT_TEXT: {
		char *ind = xasprintf("%*s", (d->in_block ? 4 : 0) + 2 * (int)depth + 2, "");

		/* On one page with its entry. */
		page_keep_with_next(d->pw);
		own_block_begin(d);
		page_wrap(d->pw, ind, ind, text.text);
		own_block_end(d);
		free(ind);
		break;
	}
	case FORMAT_MARKDOWN: {
		if (d->in_block)
			depth++;
		char *nl = xasprintf("  \n%*s", (int)(2 * depth + 2), "");

		/* A blank line and the entry's indentation: a paragraph of the
		 * entry, also after a deeper list. */
		fprintf(d->out, "\n%*s", (int)(2 * depth + 2), "");
		escape_md(d->out, text.text, nl);
		fputc('\n', d->out);
		free(nl);
		break;
	}
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, depth + 1);
		fputs("<div class=\"detail\">", d->out);
		html_span(d, text);
		fputs("</div>", d->out);
		break;
	}
	d->list_depth = at;
}

void doc_block_begin(struct doc *d)
{
	d->in_list = false;
	switch (d->format) {
	case FORMAT_TEXT:
		page_blank(d->pw);
		page_block_begin(d->pw);
		break;
	case FORMAT_MARKDOWN:
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		fputs("<div class=\"item\">\n", d->out);
		break;
	}
	d->in_block = true;
}

void doc_block_end(struct doc *d)
{
	d->in_list = false;
	switch (d->format) {
	case FORMAT_TEXT:
		page_block_end(d->pw);
		break;
	case FORMAT_MARKDOWN:
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		fputs("</div>\n", d->out);
		break;
	}
	d->in_block = false;
}

void doc_field(struct doc *d, struct span label, struct span text)
{
	d->in_list = false;
	switch (d->format) {
	case FORMAT_TEXT: {
		char *l = text_label(label);
		char *first = xasprintf("    %s", l);

		page_wrap(d->pw, first, "      ", text.text);
		free(first);
		free(l);
		break;
	}
	case FORMAT_MARKDOWN:
		d->in_block = false;
		doc_bullet(d, 0, label, text);
		d->in_block = true;
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		fputs("<p class=\"field\">", d->out);
		if (label.text) {
			fputs("<span class=\"label\">", d->out);
			html_span(d, label);
			fputs(":</span> ", d->out);
		}
		html_span(d, text);
		fputs("</p>\n", d->out);
		break;
	}
}

/* Text: "[ ] yes  [ ] no ...", starting a new line where the next box
 * would not fit. */
static void text_boxes(struct doc *d, const char *label, const char *const *labels, size_t n)
{
	const char *indent = "    ";
	size_t width = page_width(d->pw);
	char *line = label ? xasprintf("%s%s", indent, label) : xstrdup(indent);
	size_t w = text_width(line);

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

void doc_boxes(struct doc *d, struct span label, const char *name,
	       const char *const *labels, size_t n)
{
	d->in_list = false;
	switch (d->format) {
	case FORMAT_TEXT:
		text_boxes(d, label.text, labels, n);
		break;
	case FORMAT_MARKDOWN:
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
		break;
	case FORMAT_HTML:
	case FORMAT_COUNT:
		html_close_lists(d, 0);
		fputs("<p class=\"boxes\">", d->out);
		if (label.text) {
			escape_html(d->out, label.text);
			fputc(' ', d->out);
		}
		for (size_t i = 0; i < n; i++) {
			fputs("<label><input type=\"checkbox\" name=\"", d->out);
			escape_html(d->out, name);
			fprintf(d->out, "-%zu\" /> ", i + 1);
			escape_html(d->out, labels[i]);
			fputs("</label> ", d->out);
		}
		fputs("</p>\n", d->out);
		break;
	}
}
