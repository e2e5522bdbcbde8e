/* The discreet card: the numbers to call in the person's language, framed text, Markdown or an HTML card with cut marks; its words checked. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/bidi.h"
#include "tipcheck/card.h"
#include "tipcheck/content_check.h"
#include "tipcheck/escape.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

/* Columns inside the text card's frame: about a bank card's width in a
 * 10-pitch font. */
#define CARD_TEXT_WIDTH 38

bool card_build(const struct content *c, const struct directory *d, const struct tr *t,
		struct card *out)
{
	memset(out, 0, sizeof *out);
	if (!d)
		d = content_directory(c, DIRECTORY_DEFAULT);
	if (!d)
		return false;
	out->directory = d;
	out->tr = t;
	out->title = tr_ui(t, "ui.card.title");
	out->footer = tr_ui(t, "ui.card.footer");
	out->lines = xcalloc(d->n_services ? d->n_services : 1, sizeof *out->lines);
	for (size_t i = 0; i < d->n_services; i++) {
		const struct service *s = &d->services[i];

		if (!s->card || !s->contact || !*s->contact)
			continue;
		out->lines[out->n_lines++] = (struct card_line){
			s, tr_text(t, s->key, "card", s->card), s->contact,
			s->hours ? tr_text(t, s->key, "hours", s->hours) : NULL,
		};
	}
	if (!out->n_lines) {
		card_free(out);
		return false;
	}
	return true;
}

void card_free(struct card *k)
{
	free(k->lines);
	k->lines = NULL;
	k->n_lines = 0;
}

/* --- text ------------------------------------------------------------- */

static void frame_rule(FILE *out)
{
	fputc('+', out);
	for (int i = 0; i < CARD_TEXT_WIDTH + 2; i++)
		fputc('-', out);
	fputs("+\n", out);
}

/* s wrapped inside the frame, each line after indent, padded by display
 * width so the edges stay straight. Right-to-left text in display order,
 * as the printed form sets it (page.h): each wrapped line reordered and
 * shaped, and a right-to-left paragraph flush right, its indent mirrored. */
static void frame_text(FILE *out, const char *indent, const char *s)
{
	size_t in = strlen(indent);
	struct text_line *lines;
	size_t n = text_wrap(s, CARD_TEXT_WIDTH - in, &lines);
	enum bidi_dir dir = bidi_paragraph(s, strlen(s), BIDI_LTR);

	for (size_t i = 0; i < n; i++) {
		const char *seg = s + lines[i].start;
		size_t len = lines[i].len;
		char *visual = bidi_needed(seg, len, dir) ?
			bidi_visual(seg, len, dir, BIDI_SHAPE, &len) : NULL;
		size_t w = in + text_width_n(visual ? visual : seg, len);
		int pad = (int)(w < CARD_TEXT_WIDTH ? CARD_TEXT_WIDTH - w : 0);

		if (dir == BIDI_RTL)
			fprintf(out, "| %*s%.*s%s |\n", pad, "", (int)len, visual ? visual : seg,
				indent);
		else
			fprintf(out, "| %s%.*s%*s |\n", indent, (int)len, seg, pad, "");
		free(visual);
	}
	free(lines);
}

static void frame_blank(FILE *out)
{
	fprintf(out, "| %*s |\n", CARD_TEXT_WIDTH, "");
}

static void render_text(FILE *out, const struct card *k)
{
	frame_rule(out);
	frame_text(out, "", k->title);
	frame_blank(out);
	for (size_t i = 0; i < k->n_lines; i++) {
		const char *label = k->lines[i].label;
		/* A number stays left to right in a right-to-left line (an
		 * isolate, U+2066 to U+2069): its groups would else come out
		 * last first, and be dialled so. */
		bool rtl = bidi_paragraph(label, strlen(label), BIDI_LTR) == BIDI_RTL;
		char *line = xasprintf(rtl ? "%s: \xe2\x81\xa6%s\xe2\x81\xa9" : "%s: %s", label,
				       k->lines[i].contact);

		frame_text(out, "", line);
		free(line);
		if (k->lines[i].hours)
			frame_text(out, "  ", k->lines[i].hours);
	}
	frame_blank(out);
	frame_text(out, "", k->footer);
	frame_rule(out);
}

/* --- Markdown --------------------------------------------------------- */

static void render_markdown(FILE *out, const struct card *k)
{
	fputs("# ", out);
	escape_md(out, k->title, " ");
	fputs("\n\n", out);
	for (size_t i = 0; i < k->n_lines; i++) {
		fputs("- **", out);
		escape_md(out, k->lines[i].label, " ");
		fputs(":** ", out);
		escape_md(out, k->lines[i].contact, " ");
		if (k->lines[i].hours) {
			fputs(" (", out);
			escape_md(out, k->lines[i].hours, " ");
			fputc(')', out);
		}
		fputc('\n', out);
	}
	fputc('\n', out);
	escape_md(out, k->footer, "\n");
	fputc('\n', out);
}

/* --- HTML: the card at its real size, with cut marks ------------------- */

/* ISO/IEC 7810 ID-1, a bank card: 85.60 x 53.98 mm. The marks are lines
 * outside each corner, in line with the card's edges, so that nothing of
 * them stays on the card once cut. Borders, not backgrounds: browsers
 * leave backgrounds out when printing. */
static const char html_style[] =
	"@page { size: auto; margin: 15mm; }\n"
	"body { font-family: sans-serif; color: #000; background: #fff; margin: 0; }\n"
	".sheet { position: relative; width: 85.6mm; height: 53.98mm; margin: 12mm; }\n"
	".card { box-sizing: border-box; width: 85.6mm; height: 53.98mm; padding: 4mm 5mm;"
	" font-size: 9pt; line-height: 1.3; overflow: hidden; }\n"
	".card h1 { font-size: 11pt; margin: 0 0 2mm 0; }\n"
	".card p { margin: 0 0 1.2mm 0; }\n"
	".card .number { font-size: 12pt; font-weight: bold; }\n"
	".card .hours { display: block; font-size: 8pt; }\n"
	".card .footer { margin-top: 2mm; font-size: 8pt; }\n"
	".mark { position: absolute; border: 0 solid #000; }\n"
	".h { width: 6mm; height: 0; border-top-width: 0.25mm; }\n"
	".v { width: 0; height: 6mm; border-left-width: 0.25mm; }\n"
	".h.l { left: -8mm; } .h.r { right: -8mm; } .h.t { top: 0; } .h.b { bottom: 0; }\n"
	".v.t { top: -8mm; } .v.b { bottom: -8mm; } .v.l { left: 0; } .v.r { right: 0; }\n";

static const char *const html_marks[] = {
	"h l t", "h r t", "h l b", "h r b", "v t l", "v t r", "v b l", "v b r",
};

static void render_html(FILE *out, const struct card *k)
{
	const struct catalog *cat = k->tr->cat;

	fputs("<!DOCTYPE html>\n<html lang=\"", out);
	escape_html(out, tr_lang(k->tr));
	fprintf(out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
		cat && cat->rtl ? "rtl" : "ltr");
	escape_html(out, k->title);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<div class=\"sheet\">\n"
		"<div class=\"card\">\n<h1>", html_style);
	escape_html(out, k->title);
	fputs("</h1>\n", out);
	for (size_t i = 0; i < k->n_lines; i++) {
		fputs("<p><strong>", out);
		escape_html(out, k->lines[i].label);
		/* dir isolates the number: in a right-to-left card its groups
		 * would else show last first. */
		fputs(":</strong> <span class=\"number\" dir=\"ltr\">", out);
		escape_html(out, k->lines[i].contact);
		fputs("</span>", out);
		if (k->lines[i].hours) {
			fputs("<span class=\"hours\">", out);
			escape_html(out, k->lines[i].hours);
			fputs("</span>", out);
		}
		fputs("</p>\n", out);
	}
	fputs("<p class=\"footer\">", out);
	escape_html(out, k->footer);
	fputs("</p>\n</div>\n", out);
	for (size_t i = 0; i < sizeof html_marks / sizeof html_marks[0]; i++)
		fprintf(out, "<div class=\"mark %s\"></div>\n", html_marks[i]);
	fputs("</div>\n</body>\n</html>\n", out);
}

int card_render(FILE *out, enum render_format format, const struct card *k)
{
	switch (format) {
	case FORMAT_MARKDOWN:
		render_markdown(out, k);
		break;
	case FORMAT_HTML:
		render_html(out, k);
		break;
	default:
		render_text(out, k);
		break;
	}
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

int card_render_to(FILE *out, enum render_format format, const void *arg)
{
	return card_render(out, format, arg);
}

/* --- the words on a card ------------------------------------------------ */

/* Where t's language has its own key: its entry's position. False when
 * it falls back to English (checked with English). */
static bool own_entry(const struct tr *t, const char *key, struct pos *at)
{
	for (size_t i = 0; t->cat && i < t->cat->n_entries; i++)
		if (!strcmp(t->cat->entries[i].key, key)) {
			*at = t->cat->entries[i].pos;
			return true;
		}
	return false;
}

/* Reports every word of the lists that text holds. */
static void check_text(const char *text, struct pos at, const char *const *lists, size_t n,
		       const char *lang, struct diag_list *d)
{
	for (size_t l = 0; l < n; l++) {
		const char *p = lists[l];

		while (p && *p) {
			size_t len;
			char *word;

			p += strspn(p, " ");
			len = strcspn(p, " ");
			if (!len)
				break;
			word = xstrndup(p, len);
			if (content_check_has_word(text, word))
				diag_error(d, at, DIAG_SAFETY, "the discreet card (%s) would say "
					   "'%s': a word that could endanger the person if someone "
					   "who controls them finds the card (ui.card.unsafe-words)",
					   lang, word);
			free(word);
			p += len;
		}
	}
}

/* A service's card text (field "card" or "hours", english as written)
 * in t's language: English's in English; a translation's own only. */
static void check_field(const struct tr *t, const struct service *s, const char *field,
			const char *english, const char *const *lists, size_t n,
			struct diag_list *d)
{
	char *key = xasprintf("%s.%s", s->key, field);
	struct pos at = s->pos;

	if (t->cat == t->en)
		check_text(english, at, lists, n, "en", d);
	else if (own_entry(t, key, &at))
		check_text(catalog_get(t->cat, key), at, lists, n, tr_lang(t), d);
	free(key);
}

static void check_ui(const struct tr *t, const char *key, const char *const *lists, size_t n,
		     struct diag_list *d)
{
	struct pos at;

	if (own_entry(t, key, &at))
		check_text(catalog_get(t->cat, key), at, lists, n, tr_lang(t), d);
}

void card_check(const struct content *c, struct diag_list *d)
{
	for (size_t l = 0; l < c->n_catalogs; l++) {
		const char *lists[2];
		size_t n = 0;
		struct tr t;

		tr_init(&t, c, c->catalogs[l].lang);
		/* The language's own words, and English's: a translation may
		 * keep an English word. */
		if (t.cat != t.en && tr_has(&t, "ui.card.unsafe-words"))
			lists[n++] = catalog_get(t.cat, "ui.card.unsafe-words");
		if (t.en && catalog_get(t.en, "ui.card.unsafe-words"))
			lists[n++] = catalog_get(t.en, "ui.card.unsafe-words");
		check_ui(&t, "ui.card.title", lists, n, d);
		check_ui(&t, "ui.card.footer", lists, n, d);
		for (size_t k = 0; k < c->n_directories; k++) {
			const struct directory *dir = &c->directories[k];

			for (size_t i = 0; i < dir->n_services; i++) {
				const struct service *s = &dir->services[i];

				if (!s->card)
					continue;
				check_field(&t, s, "card", s->card, lists, n, d);
				if (s->hours)
					check_field(&t, s, "hours", s->hours, lists, n, d);
			}
		}
	}
}
