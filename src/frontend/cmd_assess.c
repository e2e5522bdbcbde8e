/* tipcheck assess: answers as YAML on stdin, the result on stdout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "tipcheck/answers.h"
#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/fit.h"
#include "interview.h"
#include "tipcheck/yamltree.h"
#include "tipcheck/privacy.h"
#include "tipcheck/render.h"
#include "tipcheck/session.h"
#include "tipcheck/json.h"
#include "tipcheck/situation.h"
#include "tipcheck/summary.h"
#include "tipcheck/xalloc.h"

#define STDIN_NAME "<stdin>"

/* What assess holds of the person: the input as read and the answers. */
struct input {
	unsigned char *buf;
	size_t len;
	enum answer *answers;
	size_t n_answers;
};

/* All of stdin into r->buf, up to the loader's file size limit. The
 * buffer grows by copying and wiping, so no stale copy of the answers is
 * left in freed memory. Returns false (with an error in diags) on failure. */
static bool slurp(struct input *r, FILE *in, struct diag_list *diags)
{
	size_t cap = 4096, got;

	r->buf = xmalloc(cap);
	r->len = 0;
	while ((got = fread(r->buf + r->len, 1, cap - r->len, in)) > 0) {
		r->len += got;
		if (r->len > YTREE_MAX_SIZE) {
			diag_error(diags, ((struct pos){ STDIN_NAME, 0, 0 }), DIAG_TOO_LARGE,
				   "input larger than %d bytes", YTREE_MAX_SIZE);
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
		diag_error(diags, ((struct pos){ STDIN_NAME, 0, 0 }), DIAG_IO,
			   "cannot read the input");
		return false;
	}
	return true;
}

static void wipe_input(void *arg)
{
	struct input *r = arg;

	privacy_wipe(r->answers, r->n_answers * sizeof *r->answers);
	privacy_wipe(r->buf, r->len);
}

int cmd_assess(struct cli *cli)
{
	struct content *c = NULL;
	const struct checklist **chosen = NULL, **lists = NULL;
	struct tr lang, ask_lang;
	const struct directory *region;
	struct diag_list diags = { 0 };
	struct input r = { 0 };
	size_t n_lists;
	enum render_format format = FORMAT_TEXT;
	enum situation situation = SITUATION_ADULT;
	bool json = cli_flag(cli, "json");
	int rc;

	if (json && cli_arg(cli, "format"))
		return cli_error(cli, "ui.cli.assess.json-or-format", NULL);
	if (cli_arg(cli, "format"))
		render_format_from_str(cli_arg(cli, "format"), &format);
	if (cli_arg(cli, "situation"))
		situation_from_str(cli_arg(cli, "situation"), &situation);
	if (cli->n_operands == 0)
		return cli_error(cli, "ui.cli.assess.no-checklist", NULL);
	c = cli_content(cli, false);
	if (!c)
		return EXIT_INVALID;
	rc = cli_resolve(cli, c, &lang, &ask_lang, &region);
	if (rc == EXIT_OK)
		rc = cli_checklists(cli, c, cli->operands, cli->n_operands, &chosen);
	if (rc != EXIT_OK)
		goto out;

	n_lists = session_order_lists(c, chosen, (size_t)cli->n_operands, &lists);
	r.n_answers = c->n_items;
	r.answers = xcalloc(c->n_items ? c->n_items : 1, sizeof *r.answers);
	privacy_on_exit(wipe_input, &r);
	/* As an interview begun so: answers given in the input win. */
	situation_apply_presets(situation, lists, n_lists, r.answers);
	diag_list_init(&diags, DIAG_DEFAULT_MAX);
	if (!slurp(&r, stdin, &diags) ||
	    !answers_read(c, lists, n_lists, (const char *)r.buf, r.len, STDIN_NAME,
			  r.answers, &diags)) {
		diag_print(&diags, stderr);
		rc = EXIT_INVALID;
	} else {
		struct evaluation *e = evaluate(c, lists, n_lists, r.answers, region);
		struct render_opts o;
		char date[11];
		struct explanation *x;

		/* Not given: a child when any checklist is for children; the
		 * answers can say so too (evaluation_fit). */
		evaluation_fit(e, c, cli_arg(cli, "situation") ? situation
				     : situation_of_checklists(lists, n_lists), r.answers);
		x = explain_new(&lang, &ask_lang, e, NULL, interview_date(date));

		render_opts_init(&o, &lang);
		o.ask_lang = &ask_lang;
		o.region = region;
		o.format = format;
		/* Read on a screen or passed on: no page headers, no form feeds. */
		o.page_length = 0;
		if (json)
			json_render_result(stdout, x);
		else
			summary_render(stdout, &o, x);
		explain_free(x);
		evaluation_free(e);
		rc = fflush(stdout) == 0 && !ferror(stdout) ? EXIT_OK : EXIT_INVALID;
	}
	wipe_input(&r);
	privacy_forget(&r);
out:
	diag_list_free(&diags);
	free(r.buf);
	free(r.answers);
	free(lists);
	free(chosen);
	return rc;
}
