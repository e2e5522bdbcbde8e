/* Unit tests: blank forms rendered from a model built in C. Look-ups by
 * id need the loader's index, so contacts are tested end to end
 * (tests/e2e/print) instead. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/catalog.h"
#include "tipcheck/form.h"
#include "tipcheck/text.h"

/* The model holds char *; literals are never written to. */
#define S(s) ((char *)(s))

/* Catalog entries, sorted by key as the loader keeps them. */
static struct catalog_entry en_entries[] = {
	{ .key = S("ui.print.answer.no"), .text = S("no") },
	{ .key = S("ui.print.answer.not_asked"), .text = S("not asked") },
	{ .key = S("ui.print.answer.unknown"), .text = S("don't know") },
	{ .key = S("ui.print.answer.yes"), .text = S("yes") },
	{ .key = S("ui.print.ask"), .text = S("Ask") },
	{ .key = S("ui.print.ask_in"), .text = S("Ask ({language})") },
	{ .key = S("ui.print.ask_person"), .text = S("Ask the person ({language})") },
	{ .key = S("ui.print.form.checklist"), .text = S("{title} (version {version})") },
	{ .key = S("ui.print.form.col.absent"), .text = S("no") },
	{ .key = S("ui.print.form.col.number"), .text = S("No.") },
	{ .key = S("ui.print.form.col.present"), .text = S("yes") },
	{ .key = S("ui.print.form.col.strength"), .text = S("Str.") },
	{ .key = S("ui.print.form.col.unknown"), .text = S("?") },
	{ .key = S("ui.print.form.consent"), .text = S("Consent.") },
	{ .key = S("ui.print.form.consent_label"), .text = S("Read out first") },
	{ .key = S("ui.print.form.date"), .text = S("Date: ____________________   Place: ____________________") },
	{ .key = S("ui.print.form.judged"), .text = S("* The strength is our own judgement, not the source's (see the guide).") },
	{ .key = S("ui.print.form.legend"), .text = S("Legend.") },
	{ .key = S("ui.print.form.legend_label"), .text = S("How to fill in") },
	{ .key = S("ui.print.form.only_if"), .text = S("Ask only if {condition}.") },
	{ .key = S("ui.print.form.questions_in_guide"), .text = S("Questions in guide.") },
	{ .key = S("ui.print.form.strength.medium"), .text = S("M") },
	{ .key = S("ui.print.form.strength.none"), .text = S("-") },
	{ .key = S("ui.print.form.strength.strong"), .text = S("S") },
	{ .key = S("ui.print.form.strength.weak"), .text = S("W") },
	{ .key = S("ui.print.guidance"), .text = S("Guidance") },
	{ .key = S("ui.print.guide.title"), .text = S("Interviewer's guide to the checklists") },
	{ .key = S("ui.print.item"), .text = S("{number}. {sign}") },
	{ .key = S("ui.print.item_id"), .text = S("Item") },
	{ .key = S("ui.print.level.none"), .text = S("no outcome") },
	{ .key = S("ui.print.level.refer"), .text = S("refer") },
	{ .key = S("ui.print.level.urgent"), .text = S("urgent") },
	{ .key = S("ui.print.page"), .text = S("page {page} of {pages}") },
	{ .key = S("ui.print.privacy"), .text = S("Privacy.") },
	{ .key = S("ui.print.scoring.and"), .text = S(" and ") },
	{ .key = S("ui.print.scoring.count"), .text = S("{count} {strength}") },
	{ .key = S("ui.print.scoring.no_match"), .text = S("No match.") },
	{ .key = S("ui.print.scoring.outcome"), .text = S("{number}. {title} (level: {level})") },
	{ .key = S("ui.print.scoring.refer"), .text = S("Refer to") },
	{ .key = S("ui.print.sign-present"), .text = S("Sign present:") },
	{ .key = S("ui.print.strength"), .text = S("Strength") },
	{ .key = S("ui.print.strength.medium"), .text = S("medium") },
	{ .key = S("ui.print.strength.none"), .text = S("none (for context, never counted)") },
	{ .key = S("ui.print.strength.strong"), .text = S("strong") },
	{ .key = S("ui.print.strength.weak"), .text = S("weak") },
	{ .key = S("ui.print.tally.always"), .text = S("always (no such row on this form)") },
	{ .key = S("ui.print.tally.always_plain"), .text = S("always") },
	{ .key = S("ui.print.tally.and"), .text = S(" and ") },
	{ .key = S("ui.print.tally.any"), .text = S("any of {numbers} is ticked yes") },
	{ .key = S("ui.print.tally.any_not"), .text = S("none of {numbers} is ticked yes") },
	{ .key = S("ui.print.tally.boxes"), .text = S("Rows {numbers}") },
	{ .key = S("ui.print.tally.boxes_undecided"), .text = S("Rows {numbers}; undecided if fewer than {count} answered") },
	{ .key = S("ui.print.tally.col.answered"), .text = S("Ans.") },
	{ .key = S("ui.print.tally.col.applies"), .text = S("Applies") },
	{ .key = S("ui.print.tally.col.element"), .text = S("Element") },
	{ .key = S("ui.print.tally.col.medium"), .text = S("M") },
	{ .key = S("ui.print.tally.col.minimum"), .text = S("Min.") },
	{ .key = S("ui.print.tally.col.outcome"), .text = S("Outcome and level") },
	{ .key = S("ui.print.tally.col.positive"), .text = S("Pos.") },
	{ .key = S("ui.print.tally.col.rows"), .text = S("Rows") },
	{ .key = S("ui.print.tally.col.strong"), .text = S("S") },
	{ .key = S("ui.print.tally.col.undecided"), .text = S("Und.") },
	{ .key = S("ui.print.tally.col.weak"), .text = S("W") },
	{ .key = S("ui.print.tally.decisions"), .text = S("Step 2. Decision table") },
	{ .key = S("ui.print.tally.decisions_intro"), .text = S("Decisions intro.") },
	{ .key = S("ui.print.tally.element"), .text = S("{row}. {element}") },
	{ .key = S("ui.print.tally.elements"), .text = S("Step 1. Elements") },
	{ .key = S("ui.print.tally.elements_intro"), .text = S("Elements intro.") },
	{ .key = S("ui.print.tally.elements_intro_grid"), .text = S("Elements grid intro.") },
	{ .key = S("ui.print.tally.intro"), .text = S("Intro.") },
	{ .key = S("ui.print.tally.mark.blank"), .text = S("blank") },
	{ .key = S("ui.print.tally.mark.no"), .text = S("no") },
	{ .key = S("ui.print.tally.mark.unknown"), .text = S("?") },
	{ .key = S("ui.print.tally.mark.yes"), .text = S("yes") },
	{ .key = S("ui.print.tally.never"), .text = S("never (no such row on this form)") },
	{ .key = S("ui.print.tally.never_plain"), .text = S("never (it needs a row that is not on this form)") },
	{ .key = S("ui.print.tally.never_positive"), .text = S("Elements {rows} are never positive: their rules give no thresholds.") },
	{ .key = S("ui.print.tally.no_boxes"), .text = S("No row of this form counts towards it.") },
	{ .key = S("ui.print.tally.not"), .text = S("not ({condition})") },
	{ .key = S("ui.print.tally.not_used"), .text = S("-") },
	{ .key = S("ui.print.tally.or"), .text = S(" or ") },
	{ .key = S("ui.print.tally.or_row"), .text = S("or") },
	{ .key = S("ui.print.tally.outcome"), .text = S("{title} (level: {level})") },
	{ .key = S("ui.print.tally.positive"), .text = S("{row} is positive") },
	{ .key = S("ui.print.tally.positive_not"), .text = S("{row} is not positive") },
	{ .key = S("ui.print.tally.refer"), .text = S("Contact: {contacts}") },
	{ .key = S("ui.print.tally.result"), .text = S("Result.") },
	{ .key = S("ui.print.tally.row"), .text = S("row {row} applies") },
	{ .key = S("ui.print.tally.row_not"), .text = S("row {row} does not apply") },
	{ .key = S("ui.print.tally.single"), .text = S("{number} is ticked yes") },
	{ .key = S("ui.print.tally.single_not"), .text = S("{number} is not ticked yes") },
	{ .key = S("ui.print.tally.thresholds"), .text = S("Elements {rows} are positive when the counts reach at least one row:") },
	{ .key = S("ui.print.tally.thresholds_one"), .text = S("Element {rows} is positive when the counts reach at least one row:") },
	{ .key = S("ui.print.tally.tick"), .text = S("{number} is ticked {marks}") },
	{ .key = S("ui.print.tally.tick_not"), .text = S("{number} is not ticked {marks}") },
	{ .key = S("ui.print.tally.title"), .text = S("Tally sheet") },
	{ .key = S("ui.print.tally.undecided"), .text = S("{row} is undecided") },
	{ .key = S("ui.print.tally.undecided_not"), .text = S("{row} is not undecided") },
	{ .key = S("ui.print.tally.when"), .text = S("When: {condition}") },
	{ .key = S("ui.print.title"), .text = S("Blank checklists for screening") },
	{ .key = S("ui.print.training"), .text = S("TRAINING") },
};

static struct catalog_entry ar_entries[] = {
	{ .key = S("cl.it.ask"), .text = S("هل أنت بأمان؟") },
};

/* A worker's language that translated the whole sign but not its short
 * words. */
static struct catalog_entry es_entries[] = {
	{ .key = S("cl.it.sign"), .text = S("Una señal traducida entera") },
};

static struct catalog catalogs[] = {
	{ .lang = S("en"), .name = S("English"), .status = TRANSLATION_REVIEWED,
	  .entries = en_entries, .n_entries = sizeof en_entries / sizeof en_entries[0] },
	{ .lang = S("ar"), .name = S("العربية"), .status = TRANSLATION_REVIEWED, .rtl = true,
	  .entries = ar_entries, .n_entries = 1 },
	{ .lang = S("es"), .name = S("Español"), .status = TRANSLATION_DRAFT,
	  .entries = es_entries, .n_entries = 1 },
};

static struct threshold thresholds[] = {
	{ .min = { [STRENGTH_STRONG] = 2 } },
	{ .min = { [STRENGTH_STRONG] = 1, [STRENGTH_MEDIUM] = 1 } },
};
static struct element elements[] = {
	{ .id = S("el"), .key = S("rs.el"), .title = S("Element <one>"),
	  .positive_when = thresholds, .n_positive_when = 2 },
};
static struct expr when = { .kind = EXPR_ELEMENT, .ref = S("el"), .element = &elements[0] };
static char *refer[] = { S("hotline") };
static struct outcome outcomes[] = {
	{ .id = S("oc"), .key = S("rs.oc"), .title = S("Refer & help"), .level = LEVEL_REFER,
	  .when = &when, .refer = refer, .n_refer = 1 },
};
static struct ruleset rules = {
	.id = S("rs"), .title = S("Rules"), .elements = elements, .n_elements = 1,
	.outcomes = outcomes, .n_outcomes = 1,
};
static struct item items[] = {
	{ .id = S("it"), .key = S("cl.it"), .strength = STRENGTH_STRONG,
	  .sign = S("A sign with a very long description that surely needs to be wrapped over more than one line of forty columns"),
	  .ask = S("Are you safe?"), .guidance = S("Ask <gently> & slowly."), .source = S("src") },
};
static struct section sections[] = {
	{ .id = S("sec"), .key = S("cl.sec"), .title = S("Section"), .element_id = S("el"),
	  .element = &elements[0], .intro = S("Read this out first."), .items = items, .n_items = 1 },
};
static char *list_sources[] = { S("src") };
static struct checklist checklists[] = {
	{ .id = S("cl"), .key = S("cl"), .title = S("Checklist"), .audience = AUDIENCE_ANY,
	  .version = S("1.0"), .sources = list_sources, .n_sources = 1, .rules_id = S("rs"),
	  .rules = &rules, .sections = sections, .n_sections = 1, .n_items = 1 },
};
static struct source sources[] = {
	{ .id = S("src"), .title = S("A source"), .publisher = S("Publisher"), .year = 2009 },
};
static struct service services[] = {
	{ .id = S("hotline"), .key = S("international.hotline"), .name = S("Hotline"), .contact = S("123") },
};
static struct directory directories[] = {
	{ .id = S("international"), .region = S("Anywhere"), .checked = { .how = CHECK_PUBLIC_SOURCE, .date = S("2024-01-01") },
	  .services = services, .n_services = 1 },
};
static struct content content = {
	.sources = sources, .n_sources = 1,
	.checklists = checklists, .n_checklists = 1,
	.rulesets = &rules, .n_rulesets = 1,
	.directories = directories, .n_directories = 1,
	.catalogs = catalogs, .n_catalogs = 3,
	.n_items = 1,
};

static void link_model(void)
{
	items[0].section = &sections[0];
	items[0].checklist = &checklists[0];
	sections[0].checklist = &checklists[0];
	elements[0].rules = &rules;
	outcomes[0].rules = &rules;
}

/* The checklist form, or with guide the interviewer's guide, for a worker
 * reading the catalog worker. */
static char *render_for(const struct catalog *worker, enum render_format format,
			const char *ask_lang, bool training, bool guide)
{
	struct tr en = { &content, worker, &catalogs[0] };
	struct tr ask = { &content, ask_lang ? &catalogs[1] : &catalogs[0], &catalogs[0] };
	const struct checklist *lists[] = { &checklists[0] };
	struct render_opts o;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	link_model();
	render_opts_init(&o, &en);
	o.format = format;
	o.ask_lang = &ask;
	o.width = 40;
	o.page_length = 30;
	o.training = training;
	if (guide)
		assert_int_equal(form_guide_render(f, &content, lists, 1, &o), 0);
	else
		assert_int_equal(form_render(f, &content, lists, 1, &o), 0);
	fclose(f);
	if (getenv("SHOW_FORM"))
		fputs(buf, stderr);
	return buf;
}

static char *render(enum render_format format, const char *ask_lang, bool training, bool guide)
{
	return render_for(&catalogs[0], format, ask_lang, training, guide);
}

static void text_guide(void **state)
{
	char *out = render(FORMAT_TEXT, NULL, false, true), *copy, *save = NULL;

	(void)state;
	copy = strdup(out);
	for (char *l = strtok_r(copy, "\n\f", &save); l; l = strtok_r(NULL, "\n\f", &save))
		assert_true(text_width(l) <= 40);
	free(copy);
	/* The boxes say they mark the sign; wrapped to 40 columns. */
	assert_non_null(strstr(out, "    Sign present:  [ ] yes  [ ] no\n"));
	assert_non_null(strstr(out, "    [ ] don't know  [ ] not asked\n"));
	assert_non_null(strstr(out, "Ask: Are you safe?"));
	assert_non_null(strstr(out, "2 strong\n"));
	assert_non_null(strstr(out, "1 strong and 1 medium\n"));
	assert_non_null(strstr(out, "Item: cl.it"));
	assert_non_null(strstr(out, "\f"));			/* parts on new pages */
	free(out);
}

static void html_guide(void **state)
{
	char *out = render(FORMAT_HTML, "ar", true, true);

	(void)state;
	assert_int_equal(strncmp(out, "<!DOCTYPE html>\n<html", 21), 0);
	assert_non_null(strstr(out, "lang=\"en\" dir=\"ltr\""));
	/* The person's question in Arabic, marked right to left. */
	assert_non_null(strstr(out, "<span lang=\"ar\" dir=\"rtl\">هل أنت بأمان؟</span>"));
	assert_non_null(strstr(out, "Ask the person (العربية)"));
	assert_non_null(strstr(out, "<input type=\"checkbox\" name=\"cl.it-1\" /> yes</label>"));
	assert_non_null(strstr(out, "Ask &lt;gently&gt; &amp; slowly."));
	assert_non_null(strstr(out, "<div class=\"banner\">TRAINING</div>"));
	assert_null(strstr(out, "<script"));
	assert_null(strstr(out, "src="));
	assert_null(strstr(out, "href="));
	assert_null(strstr(out, "url("));
	assert_non_null(strstr(out, "</html>\n"));
	free(out);
}

static void markdown_guide(void **state)
{
	char *out = render(FORMAT_MARKDOWN, NULL, false, true);

	(void)state;
	assert_non_null(strstr(out, "# Checklist\n"));
	assert_non_null(strstr(out, "- [ ] yes\n- [ ] no\n"));
	assert_non_null(strstr(out, "Ask \\<gently\\> \\& slowly."));
	assert_non_null(strstr(out, "Refer \\& help"));
	free(out);
}

/* The form: a table row per item with its strength letter and three
 * boxes, the tally sheet with counting boxes, thresholds and a decision
 * table; the long guide's fields are left out. */
static void text_form(void **state)
{
	char *out = render(FORMAT_TEXT, NULL, false, false), *copy, *save = NULL;

	(void)state;
	copy = strdup(out);
	for (char *l = strtok_r(copy, "\n\f", &save); l; l = strtok_r(NULL, "\n\f", &save))
		assert_true(text_width(l) <= 40);
	free(copy);
	assert_non_null(strstr(out, "(!) Privacy.\n"));
	assert_non_null(strstr(out, "Read out first: Consent.\n"));
	assert_non_null(strstr(out, "Date: ____"));
	assert_non_null(strstr(out, "No. Section ----------- Str. yes no  ?\n"));
	assert_non_null(strstr(out, "1   A sign with a very  S    [ ] [ ] [ ]\n"
				    "    long description\n"));
	assert_null(strstr(out, "Are you safe?"));	/* questions are in the guide */
	assert_null(strstr(out, "Guidance"));
	assert_null(strstr(out, "cl.it"));
	assert_non_null(strstr(out, "\fTally sheet"));	/* on a new page */
	assert_non_null(strstr(out, "A. Element    [ ] [ ] [ ] -    [ ]  -\n"));
	assert_non_null(strstr(out, "Rows 1\n"));
	assert_non_null(strstr(out, "Element A is positive when the counts\n"));
	assert_non_null(strstr(out, "2   -   -   or\n1   1   -"));
	assert_non_null(strstr(out, "1   Refer & help (level: refer)  [ ]\n"
				    "    When: A is positive\n"));
	free(out);
}

/* In HTML the form is tables; the person's question goes under the sign
 * in their language, marked right to left. */
static void html_form(void **state)
{
	char *out = render(FORMAT_HTML, "ar", true, false);

	(void)state;
	assert_int_equal(strncmp(out, "<!DOCTYPE html>\n<html", 21), 0);
	assert_non_null(strstr(out, "<div class=\"banner\">TRAINING</div>"));
	assert_non_null(strstr(out, "<thead><tr><th>No.</th><th>Section</th><th>Str.</th>"
				    "<th>yes</th><th>no</th><th>?</th></tr></thead>"));
	assert_non_null(strstr(out, "<tr><td>1</td><td>A sign with"));
	assert_non_null(strstr(out, "<div class=\"sub\"><span lang=\"ar\" dir=\"rtl\">"
				    "هل أنت بأمان؟</span></div></td><td>S</td>"
				    "<td class=\"tick\"><span class=\"box\"></span></td>"));
	assert_non_null(strstr(out, "<section class=\"part\">\n<h1>Tally sheet</h1>"));
	assert_non_null(strstr(out, "<th>Rows</th>"));
	assert_non_null(strstr(out, "<td>A. Element &lt;one&gt;</td><td>1</td>"));
	assert_non_null(strstr(out, "<tr><td>1</td><td>1</td><td>-</td><td></td></tr>"));
	assert_non_null(strstr(out, "Refer &amp; help (level: refer)"
				    "<div class=\"sub\">When: A is positive</div>"));
	assert_null(strstr(out, "<script"));
	assert_null(strstr(out, "src="));
	assert_null(strstr(out, "href="));
	assert_non_null(strstr(out, "</html>\n"));
	free(out);
}

/* In markdown each section is a pipe table (issue 15.6), cells escaped. */
static void markdown_form(void **state)
{
	char *out = render(FORMAT_MARKDOWN, NULL, false, false);

	(void)state;
	assert_non_null(strstr(out, "\n| No. | Section | Str. | yes | no | ? |\n"
				    "| --- | --- | --- | --- | --- | --- |\n"
				    "| 1 | A sign with a very long description"));
	assert_non_null(strstr(out, "columns | S | ☐ | ☐ | ☐ |\n"));
	assert_non_null(strstr(out, "| A. Element \\<one\\> | 1 | ☐ | ☐ | ☐ | \\- | \\- | ☐ | \\- |\n"));
	assert_non_null(strstr(out, "| 1 | Refer \\& help (level: refer)<br>When: A is positive"));
	free(out);
}

/* A row prints the sign's short words where the item has them; the guide
 * keeps the whole sign. A worker's language that translated the whole
 * sign but not the short words gets its whole sign, not English. */
static void short_sign_row(void **state)
{
	char *form, *guide, *es;

	(void)state;
	items[0].short_sign = S("Short words");
	form = render(FORMAT_TEXT, NULL, false, false);
	guide = render(FORMAT_TEXT, NULL, false, true);
	es = render_for(&catalogs[2], FORMAT_TEXT, NULL, false, false);
	items[0].short_sign = NULL;
	assert_non_null(strstr(form, "1   Short words         S    [ ] [ ] [ ]\n"));
	assert_null(strstr(form, "long description"));
	assert_non_null(strstr(guide, "A sign with a very"));
	assert_null(strstr(guide, "Short words"));
	assert_non_null(strstr(es, "1   Una señal traducida S    [ ] [ ] [ ]\n"));
	assert_null(strstr(es, "Short words"));
	free(form);
	free(guide);
	free(es);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_form),
		cmocka_unit_test(html_form),
		cmocka_unit_test(markdown_form),
		cmocka_unit_test(short_sign_row),
		cmocka_unit_test(text_guide),
		cmocka_unit_test(html_guide),
		cmocka_unit_test(markdown_guide),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
