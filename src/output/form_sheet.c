/*
 * The checklist form: a first page, then per section a table of signs with tick boxes.
 * Part of the module form.
 */
#include <stdlib.h>
#include <string.h>

#include "form_build.h"
#include "tipcheck/catalog.h"
#include "tipcheck/form.h"
#include "tipcheck/xalloc.h"

/* The strength column: a letter per grade. */
static const char *const strength_letters[STRENGTH_COUNT] = {
	[STRENGTH_NONE] = "ui.print.form.strength.none",
	[STRENGTH_WEAK] = "ui.print.form.strength.weak",
	[STRENGTH_MEDIUM] = "ui.print.form.strength.medium",
	[STRENGTH_STRONG] = "ui.print.form.strength.strong",
};

static bool any_judged(const struct form *f)
{
	for (size_t l = 0; l < f->n_lists; l++)
		for (size_t s = 0; s < f->lists[l]->n_sections; s++)
			for (size_t i = 0; i < f->lists[l]->sections[s].n_items; i++)
				if (f->lists[l]->sections[s].items[i].judgement)
					return true;
	return false;
}

static bool two_languages(const struct form *f)
{
	return f->o->ask_lang && strcmp(tr_lang(f->o->ask_lang), tr_lang(f->t));
}

/* What the worker needs before the first question: the privacy notice,
 * draft translations, the consent, the date, how to read the table. The
 * checklists, with their versions, head their tables. */
static void first_page(struct form *f)
{
	doc_heading(f->doc, 1, form_ui(f, "ui.print.title"));
	doc_note(f->doc, form_ui(f, "ui.print.privacy"));
	doc_draft_notes(f->doc, true);
	doc_para(f->doc, form_ui(f, "ui.print.form.consent_label"),
		 form_ui(f, "ui.print.form.consent"));
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.form.date"));
	doc_para(f->doc, form_ui(f, "ui.print.form.legend_label"),
		 form_ui(f, "ui.print.form.legend"));
	if (any_judged(f))
		doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.form.judged"));
	if (two_languages(f) && !f->asks) {
		const struct tr *at = f->o->ask_lang;

		doc_para(f->doc, SPAN_NONE,
			 form_uif1(f, "ui.print.form.questions_in_guide", "language",
				   tr_language_name(f->t, at)));
	}
}

/* The row's words: the sign in short words, in the worker's language. A
 * sign translated whole reads better than an English short one. */
static struct span row_sign(struct form *f, const struct item *it)
{
	struct span s = form_ctext(f, f->t, it->key, "short", it->short_sign);

	if (it->short_sign && !strcmp(s.lang, tr_lang(f->t)))
		return s;
	return form_ctext(f, f->t, it->key, "sign", it->sign);
}

static void item_row(struct form *f, const struct item *it)
{
	size_t number = tally_number(f->tally, it);
	const struct pen *only_if = number ? f->tally->only_if[number - 1] : NULL;
	struct span subs[2];
	size_t n_subs = 0;
	struct span strength = form_ui(f, strength_letters[it->strength]);

	if (it->judgement)
		strength.text = form_keep(f, xasprintf("%s*", strength.text));
	if (only_if)
		subs[n_subs++] = form_uif1(f, "ui.print.form.only_if", "condition",
					   form_pen_words(f, only_if));
	if (f->asks && it->ask)
		subs[n_subs++] = form_person_question(f->o->ask_lang, it);

	struct span cells[] = {
		{ form_keep(f, xasprintf("%zu", number)), NULL },
		row_sign(f, it),
		strength,
		{ NULL, NULL }, { NULL, NULL }, { NULL, NULL },
	};
	doc_table_row(f->doc, cells, subs, n_subs);
}

static void section_table(struct form *f, const struct section *sec)
{
	const struct doc_column cols[] = {
		{ form_ui(f, "ui.print.form.col.number"), 3 },
		{ form_ctext(f, f->t, sec->key, "title", sec->title), 0 },
		{ form_ui(f, "ui.print.form.col.strength"), 2 },
		{ form_ui(f, "ui.print.form.col.present"), 3 },
		{ form_ui(f, "ui.print.form.col.absent"), 3 },
		{ form_ui(f, "ui.print.form.col.unknown"), 3 },
	};

	/* A section without items (the consent) is read out from the guide. */
	if (!sec->n_items)
		return;
	doc_table_begin(f->doc, cols, sizeof cols / sizeof cols[0]);
	for (size_t i = 0; i < sec->n_items; i++)
		item_row(f, &sec->items[i]);
	doc_table_end(f->doc);
}

void form_sheet(struct form *f)
{
	first_page(f);
	for (size_t l = 0; l < f->n_lists; l++) {
		const struct checklist *cl = f->lists[l];
		struct span title = form_ctext(f, f->t, cl->key, "title", cl->title);
		const char *names[] = { "title", "version" };
		const char *values[] = { title.text, cl->version };

		title.text = form_uif(f, "ui.print.form.checklist", names, values, 2).text;
		doc_heading(f->doc, 2, title);
		for (size_t s = 0; s < cl->n_sections; s++)
			section_table(f, &cl->sections[s]);
	}
}

/* The sheets the checklist form takes at the print's page size (80 by 66
 * when it has none), with or without the person's questions. */
static unsigned sheet_count(struct form *f, bool asks)
{
	const struct render_opts *o = f->o;
	struct render_opts m = *o;
	unsigned pages;

	m.format = FORMAT_TEXT;
	if (f->o->format != FORMAT_TEXT || !m.page_length) {
		m.width = 80;
		m.page_length = 66;
	}
	f->o = &m;
	f->asks = asks;
	f->doc = doc_new(NULL, &m, form_ui(f, "ui.print.title").text);
	form_sheet(f);
	form_tally_sheet(f);
	pages = doc_end_measure(f->doc);
	form_free_kept(f);
	f->o = o;
	return pages;
}

unsigned form_budget(const struct checklist *const *lists, size_t n)
{
	unsigned sheets = 0;

	for (size_t i = 0; i < n; i++)
		if (!lists[i]->first)
			sheets += lists[i]->form_pages ? lists[i]->form_pages :
				FORM_SHEETS_PER_CHECKLIST;
	return sheets ? sheets : FORM_SHEETS_PER_CHECKLIST;
}

int form_render(FILE *out, const struct content *c,
		const struct checklist *const *lists, size_t n,
		const struct render_opts *o)
{
	struct form f;
	int rc;

	form_setup(&f, c, lists, n, o);
	f.tally = tally_new(c, f.lists, f.n_lists);
	/* The person's questions go under the signs only where the form
	 * keeps within its budget with them (or within the sheets it takes
	 * without them); otherwise they are left to the guide. */
	if (o->ask_lang && strcmp(tr_lang(o->ask_lang), tr_lang(o->lang))) {
		unsigned without = sheet_count(&f, false), with = sheet_count(&f, true);
		unsigned budget = form_budget(f.lists, f.n_lists);

		f.asks = with <= (without > budget ? without : budget);
	}
	f.doc = doc_new(out, o, form_ui(&f, "ui.print.title").text);
	form_sheet(&f);
	form_tally_sheet(&f);
	rc = doc_end(f.doc);
	form_done(&f);
	return rc;
}
