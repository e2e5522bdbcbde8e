/* Unit tests: the result summary in every format over tests/fixtures/print (the shipped en.yaml). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/explain.h"
#include "tipcheck/loader.h"
#include "tipcheck/session.h"
#include "tipcheck/summary.h"

struct fx {
	struct content *c;
	const struct checklist **lists;
	size_t n_lists;
	enum answer *answers;
	struct evaluation *e;
	struct tr en;
	struct explanation *x;
};

static void yes(struct fx *f, const char *ref)
{
	const struct item *it = content_item(f->c, ref, NULL);

	assert_non_null(it);
	f->answers[it->index] = ANSWER_YES;
}

static int setup(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d = { 0 };
	struct fx *f = calloc(1, sizeof *f);
	const struct checklist *work;
	char dir[4096];

	snprintf(dir, sizeof dir, "%s/tests/fixtures/print", src ? src : ".");
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	f->c = loader_load(dir, &d);
	if (!f->c)
		diag_print(&d, stderr);
	diag_list_free(&d);
	if (!f->c)
		return -1;
	work = content_checklist(f->c, "work");
	f->n_lists = session_order_lists(f->c, &work, 1, &f->lists);
	f->answers = calloc(f->c->n_items, sizeof *f->answers);
	yes(f, "work.false-job");
	yes(f, "work.false-pay");
	yes(f, "work.no-pay");
	f->e = evaluate(f->c, f->lists, f->n_lists, f->answers, NULL);
	tr_init(&f->en, f->c, "en");
	f->x = explain_new(&f->en, NULL, f->e, NULL, "2026-03-04");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	explain_free(f->x);
	evaluation_free(f->e);
	free(f->answers);
	free(f->lists);
	content_free(f->c);
	free(f);
	return 0;
}

/* The summary of the fixture in format, as a string (caller frees). */
static char *render(struct fx *f, enum render_format format, const char *lang, bool training,
		    unsigned page_length)
{
	struct render_opts o;
	struct tr t;
	struct explanation *x;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	tr_init(&t, f->c, lang);
	render_opts_init(&o, &t);
	o.format = format;
	o.training = training;
	o.page_length = page_length;
	x = explain_new(&t, NULL, f->e, NULL, "2026-03-04");
	assert_true(summary_render(m, &o, x));
	explain_free(x);
	fclose(m);
	return buf;
}

/* The same pieces in every format. */
static void same_content(void **state)
{
	struct fx *f = *state;
	static const char *const pieces[] = {
		"Screening result", "Refer", "What to do now", "Whom to contact",
		"not an identification", "Referrals", "Elements of the definition",
		"Rights to explain", "Why: the rules that matched", "Sources and notes",
		"About this result", "2026-03-04", "version",
	};

	for (int fmt = 0; fmt < FORMAT_COUNT; fmt++) {
		char *s = render(f, (enum render_format)fmt, "en", false, 0);

		for (size_t i = 0; i < sizeof pieces / sizeof pieces[0]; i++)
			if (!strstr(s, pieces[i]))
				fail_msg("%s: no '%s' in:\n%s",
					 render_format_to_str((enum render_format)fmt), pieces[i], s);
		assert_null(strstr(s, "TRAINING"));
		assert_null(strstr(s, "ui."));
		/* The level's symbol, escaped in Markdown. */
		assert_non_null(strstr(s, fmt == FORMAT_MARKDOWN ? "\\[!\\] Refer" : "[!] Refer"));
		free(s);
	}
}

/* The banner in every format when training; on every page of text. */
static void training_banner(void **state)
{
	struct fx *f = *state;

	for (int fmt = 0; fmt < FORMAT_COUNT; fmt++) {
		char *s = render(f, (enum render_format)fmt, "en", true, 0);

		assert_non_null(strstr(s, "TRAINING - not a real interview"));
		free(s);
	}
	char *s = render(f, FORMAT_TEXT, "en", true, 20);
	size_t pages = 1, banners = 0;

	for (const char *p = s; (p = strchr(p, '\f')); p++)
		pages++;
	for (const char *p = s; (p = strstr(p, "TRAINING - not a real interview")); p++)
		banners++;
	assert_true(pages > 1);
	assert_int_equal(banners, pages);
	free(s);
}

/* Text: no page header or form feed without pages; HTML: the document's
 * language and direction. */
static void layout(void **state)
{
	struct fx *f = *state;
	char *s = render(f, FORMAT_TEXT, "en", false, 0);

	assert_null(strchr(s, '\f'));
	assert_null(strstr(s, "page 1 of"));
	assert_int_equal(strncmp(s, "Screening result\n================\n", 34), 0);
	free(s);
	s = render(f, FORMAT_HTML, "ar", false, 0);
	assert_non_null(strstr(s, "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">"));
	/* Words that fell back to English say so. */
	assert_non_null(strstr(s, "<h1><span lang=\"en\" dir=\"ltr\">Screening result</span></h1>"));
	assert_non_null(strstr(s, "@media print"));
	free(s);
	s = render(f, FORMAT_MARKDOWN, "en", false, 0);
	assert_int_equal(strncmp(s, "# Screening result\n", 19), 0);
	free(s);
}

/* summary_render_to takes the export's format; a failed write is -1. */
static void render_to(void **state)
{
	struct fx *f = *state;
	struct render_opts o;
	struct tr t;
	struct summary_doc d = { &o, f->x };
	char *buf = NULL, small[64];
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	tr_init(&t, f->c, "en");
	render_opts_init(&o, &t);
	assert_int_equal(summary_render_to(m, FORMAT_HTML, &d), 0);
	fclose(m);
	assert_int_equal(strncmp(buf, "<!DOCTYPE html>", 15), 0);
	free(buf);
	m = fmemopen(small, sizeof small, "w");
	setvbuf(m, NULL, _IONBF, 0);
	assert_int_equal(summary_render_to(m, FORMAT_TEXT, &d), -1);
	fclose(m);
	o.format = FORMAT_COUNT;
	assert_false(summary_render(stdout, &o, f->x));
}

static void format_of_path(void **state)
{
	(void)state;
	assert_int_equal(render_format_of_path("result.md"), FORMAT_MARKDOWN);
	assert_int_equal(render_format_of_path("r.MARKDOWN"), FORMAT_MARKDOWN);
	assert_int_equal(render_format_of_path("/tmp/x/result.html"), FORMAT_HTML);
	assert_int_equal(render_format_of_path("result.HTM"), FORMAT_HTML);
	assert_int_equal(render_format_of_path("result.txt"), FORMAT_TEXT);
	assert_int_equal(render_format_of_path("result"), FORMAT_TEXT);
	assert_int_equal(render_format_of_path("a.html/result"), FORMAT_TEXT);
	assert_int_equal(render_format_of_path(".md"), FORMAT_MARKDOWN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_content),
		cmocka_unit_test(training_banner),
		cmocka_unit_test(layout),
		cmocka_unit_test(render_to),
		cmocka_unit_test(format_of_path),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
