/* tipcheck assess: answers as YAML on stdin, the result on stdout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "tipcheck/answers.h"
#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "interview.h"
#include "tipcheck/loader.h"
#include "tipcheck/privacy.h"
#include "tipcheck/render.h"
#include "tipcheck/session.h"
#include "tipcheck/summary.h"
#include "tipcheck/xalloc.h"

#define STDIN_NAME "<stdin>"

enum { OPT_JSON = CLI_OPT_FIRST_FREE, OPT_FORMAT };

static const struct option options[] = {
	CLI_COMMON_OPTIONS,
	{ "json", no_argument, NULL, OPT_JSON },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ NULL, 0, NULL, 0 },
};

static void help(void)
{
	printf("Usage: tipcheck assess [OPTION]... CHECKLIST...\n"
	       "Read answers as YAML on stdin and print the result: level, referrals\n"
	       "with contacts, reasoning and rights to explain. No interaction; for\n"
	       "entering a paper form, for trainers, for tests. Checklists marked\n"
	       "'first' (safety and needs) are included automatically.\n\n"
	       "Input: one YAML mapping of item to answer, for example\n"
	       "  labour-adult.low-or-no-pay: yes\n"
	       "  cannot-leave: no          # bare id: when only one checklist has it\n"
	       "Answers: yes, no, unknown (don't know), not-asked. Items left out\n"
	       "are not asked; '{}' is an interview where nothing was asked.\n\n"
	       "Options:\n"
	       "      --format FMT   text (default), markdown or html (one\n"
	       "                     self-contained page): the result summary as\n"
	       "                     saved or printed from an interview\n"
	       "      --json         print the result as one JSON object (doc/json.md)\n"
	       "%s\n"
	       "Errors in the input are printed as <stdin>:LINE:COLUMN: error: ...\n"
	       "Exit status: 0 result printed, 1 invalid input or content, 2 usage error.\n",
	       cli_common_help);
}

/* The answers being read, kept for the wipe at exit. */
struct reader {
	const struct content *c;
	enum answer *answers;
	unsigned char *buf;		/* the input as read: answers too */
	size_t len;
	struct diag_list *diags;
};

/* All of stdin into r->buf, up to the loader's file size limit. The
 * buffer grows by copying and wiping, so no stale copy of the answers is
 * left in freed memory. Returns false (with an error) on failure. */
static bool slurp(struct reader *r, FILE *in)
{
	size_t cap = 4096, got;

	r->buf = xmalloc(cap);
	r->len = 0;
	while ((got = fread(r->buf + r->len, 1, cap - r->len, in)) > 0) {
		r->len += got;
		if (r->len > LOADER_MAX_FILE_SIZE) {
			diag_error(r->diags, ((struct pos){ STDIN_NAME, 0, 0 }), DIAG_TOO_LARGE,
				   "input larger than %d bytes", LOADER_MAX_FILE_SIZE);
			return false;
		}
		if (r->len == cap) {
			unsigned char *bigger = xmalloc(cap * 2);

			memcpy(bigger, r->buf, r->len);
			privacy_wipe(r->buf, cap);
			free(r->buf);
			r->buf = bigger;
			cap *= 2;
		}
	}
	if (ferror(in)) {
		diag_error(r->diags, ((struct pos){ STDIN_NAME, 0, 0 }), DIAG_IO,
			   "cannot read the input");
		return false;
	}
	return true;
}

static void wipe_answers(void *arg)
{
	struct reader *r = arg;

	privacy_wipe(r->answers, r->c->n_items * sizeof *r->answers);
	privacy_wipe(r->buf, r->len);
}

int cmd_assess(int argc, char **argv)
{
	struct cli_common common = { 0 };
	struct content *c = NULL;
	const struct checklist **chosen = NULL, **lists = NULL;
	struct tr lang, ask_lang;
	const struct directory *region;
	struct diag_list diags = { 0 };
	struct reader r = { 0 };
	enum render_format format = FORMAT_TEXT;
	bool json = false, format_given = false;
	size_t n_lists;
	int opt, rc;

	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(&common, opt, optarg))
			continue;
		switch (opt) {
		case OPT_JSON:
			json = true;
			break;
		case OPT_FORMAT:
			if (!render_format_from_str(optarg, &format))
				return cli_usage_error("assess", "--format: expected text, markdown"
						       " or html, not '%s'", optarg);
			format_given = true;
			break;
		case 'h':
		case CLI_OPT_HELP:
			help();
			return EXIT_OK;
		default:
			return cli_usage_error("assess", NULL);
		}
	}
	if (json && format_given)
		return cli_usage_error("assess", "--json and --format exclude each other");
	if (optind >= argc)
		return cli_usage_error("assess", "no checklist given (see 'tipcheck list')");
	c = cli_load(&common);
	if (!c)
		return EXIT_INVALID;
	rc = cli_resolve(&common, c, "assess", &lang, &ask_lang, &region);
	if (rc == EXIT_OK)
		rc = cli_checklists(c, "assess", argv + optind, argc - optind, &chosen);
	if (rc != EXIT_OK)
		goto out;

	r.c = c;
	n_lists = session_order_lists(c, chosen, (size_t)(argc - optind), &lists);
	r.answers = xcalloc(c->n_items ? c->n_items : 1, sizeof *r.answers);
	r.diags = &diags;
	privacy_on_exit(wipe_answers, &r);
	diag_list_init(&diags, DIAG_DEFAULT_MAX);
	if (slurp(&r, stdin))
		answers_read(c, lists, n_lists, (const char *)r.buf, r.len, STDIN_NAME, r.answers,
			     &diags);
	if (diag_has_errors(&diags)) {
		diag_print(&diags, stderr);
		rc = EXIT_INVALID;
	} else {
		struct evaluation *e = evaluate(c, lists, n_lists, r.answers, region);
		struct render_opts o;
		char date[11];

		render_opts_init(&o, &lang);
		o.ask_lang = &ask_lang;
		o.region = region;
		o.format = format;
		/* Read on a screen or passed on: no page headers, no form feeds. */
		o.page_length = 0;
		o.date = interview_date(date);
		if (json)
			summary_render_json(stdout, &o, c, e);
		else
			summary_render(stdout, &o, c, e);
		evaluation_free(e);
		rc = fflush(stdout) == 0 && !ferror(stdout) ? EXIT_OK : EXIT_INVALID;
	}
	wipe_answers(&r);
	privacy_forget(&r);
out:
	diag_list_free(&diags);
	free(r.buf);
	free(r.answers);
	free(lists);
	free(chosen);
	content_free(c);
	return rc;
}
