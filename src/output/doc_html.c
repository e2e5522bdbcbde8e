/*
 * The document as one self-contained HTML page (escaped): the HTML format's operations.
 * Part of the module doc.
 */
#include <string.h>

#include "doc_format.h"
#include "tipcheck/catalog.h"
#include "tipcheck/escape.h"

/* Inline CSS: screen and print, A4 or Letter (size auto), items never
 * split across pages, each part (the tally sheet too) on a new page; a
 * break before the first content makes no blank page. */
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
	".part{page-break-before:always;break-before:page}\n"
	"table.form{border-collapse:collapse;width:100%;margin:.4em 0}\n"
	"table.form th,table.form td{border:1px solid #777;padding:.1em .3em;"
	"vertical-align:top;text-align:start}\n"
	"table.form tr{page-break-inside:avoid;break-inside:avoid}\n"
	"table.form thead{display:table-header-group}\n"
	"table.form .sub{font-size:.85em}\n"
	"table.form td.tick{width:2.2em;text-align:center}\n"
	"span.box{display:inline-block;width:.9em;height:.9em;border:1px solid #000}\n"
	".banner{text-align:center;font-weight:bold;border:2px solid #000;padding:.2em}\n"
	"@page{size:auto;margin:12mm}\n"
	/* On paper the form keeps to its page budget (form.h): smaller type,
	 * tighter rows. */
	"@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt;line-height:1.2}"
	"h1{font-size:1.3em}h2{margin:.6em 0 .2em}"
	"table.form th,table.form td{padding:0 .25em}"
	"table.form{margin:.2em 0}"
	"p{margin:.35em 0}"
	".banner{position:fixed;top:0;left:0;right:0;background:#fff}"
	".training{padding-top:2.5em}}\n";

static bool is_rtl(const struct doc *d, const char *lang)
{
	const struct catalog *cat = content_catalog(d->o->lang->content, lang);

	return cat && cat->rtl;
}

/* HTML text of a span, in its own language when it differs. */
static void html_span(struct doc *d, struct span s)
{
	const char *lang = s.lang ? s.lang : d->lang;

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

/* "<span class="label">Label:</span> " before a text, when there is a
 * label. */
static void html_label(struct doc *d, struct span label)
{
	if (!label.text)
		return;
	fputs("<span class=\"label\">", d->out);
	html_span(d, label);
	fputs(":</span> ", d->out);
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

static void html_begin(struct doc *d, const char *title)
{
	FILE *out = d->out;

	fputs("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"", out);
	escape_html(out, d->lang);
	fprintf(out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\" />\n"
		"<meta name=\"viewport\" content=\"width=device-width\" />\n<title>",
		is_rtl(d, d->lang) ? "rtl" : "ltr");
	escape_html(out, title);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body%s>\n", html_style,
		d->o->training ? " class=\"training\"" : "");
	if (d->o->training) {
		fputs("<div class=\"banner\">", out);
		escape_html(out, tr_ui(d->o->lang, "ui.print.training"));
		fputs("</div>\n", out);
	}
}

static void html_end(struct doc *d)
{
	html_close_lists(d, 0);
	if (d->in_block)
		fputs("</div>\n", d->out);
	if (d->in_part)
		fputs("</section>\n", d->out);
	fputs("</body>\n</html>\n", d->out);
}

static void html_part(struct doc *d, const char *title)
{
	(void)title;
	html_close_lists(d, 0);
	if (d->in_part)
		fputs("</section>\n", d->out);
	fputs("<section class=\"part\">\n", d->out);
	d->in_part = true;
}

static void html_heading(struct doc *d, int level, struct span text)
{
	html_close_lists(d, 0);
	fprintf(d->out, "<h%d>", level);
	html_span(d, text);
	fprintf(d->out, "</h%d>\n", level);
}

/* <p class="CLASS">label text</p>; cls NULL for none. */
static void html_p(struct doc *d, const char *cls, struct span label, struct span text)
{
	html_close_lists(d, 0);
	if (cls)
		fprintf(d->out, "<p class=\"%s\">", cls);
	else
		fputs("<p>", d->out);
	html_label(d, label);
	html_span(d, text);
	fputs("</p>\n", d->out);
}

static void html_para(struct doc *d, struct span label, struct span text)
{
	html_p(d, NULL, label, text);
}

static void html_note(struct doc *d, struct span text)
{
	html_close_lists(d, 0);
	fputs("<p class=\"note\"><strong>", d->out);
	html_span(d, text);
	fputs("</strong></p>\n", d->out);
}

static void html_bullet(struct doc *d, unsigned depth, struct span label, struct span text)
{
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
	html_label(d, label);
	html_span(d, text);
}

static void html_detail(struct doc *d, unsigned depth, struct span text)
{
	html_close_lists(d, depth + 1);
	fputs("<div class=\"detail\">", d->out);
	html_span(d, text);
	fputs("</div>", d->out);
}

static void html_block_begin(struct doc *d)
{
	html_close_lists(d, 0);
	fputs("<div class=\"item\">\n", d->out);
}

static void html_block_end(struct doc *d)
{
	html_close_lists(d, 0);
	fputs("</div>\n", d->out);
}

static void html_field(struct doc *d, struct span label, struct span text)
{
	html_p(d, "field", label, text);
}

static void html_boxes(struct doc *d, struct span label, const char *name,
		       const char *const *labels, size_t n)
{
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
}

static void html_table_begin(struct doc *d)
{
	html_close_lists(d, 0);
	fputs("<table class=\"form\">\n<thead><tr>", d->out);
	for (size_t c = 0; c < d->n_cols; c++) {
		fputs("<th>", d->out);
		if (d->cols[c].head.text)
			html_span(d, d->cols[c].head);
		fputs("</th>", d->out);
	}
	fputs("</tr></thead>\n<tbody>\n", d->out);
}

static void html_table_row(struct doc *d, const struct span *cells, const struct span *subs,
			   size_t n_subs)
{
	bool wide_done = false;

	fputs("<tr>", d->out);
	for (size_t c = 0; c < d->n_cols; c++) {
		if (!cells[c].text) {
			fputs("<td class=\"tick\"><span class=\"box\"></span></td>", d->out);
			continue;
		}
		fputs("<td>", d->out);
		html_span(d, cells[c]);
		if (!d->cols[c].width && !wide_done) {
			for (size_t k = 0; k < n_subs; k++) {
				fputs("<div class=\"sub\">", d->out);
				html_span(d, subs[k]);
				fputs("</div>", d->out);
			}
			wide_done = true;
		}
		fputs("</td>", d->out);
	}
	fputs("</tr>\n", d->out);
}

static void html_table_end(struct doc *d)
{
	fputs("</tbody>\n</table>\n", d->out);
}

const struct doc_format doc_html_format = {
	.begin = html_begin,
	.end = html_end,
	.part = html_part,
	.heading = html_heading,
	.para = html_para,
	.note = html_note,
	.bullet = html_bullet,
	.detail = html_detail,
	.block_begin = html_block_begin,
	.block_end = html_block_end,
	.field = html_field,
	.boxes = html_boxes,
	.table_begin = html_table_begin,
	.table_row = html_table_row,
	.table_end = html_table_end,
};
