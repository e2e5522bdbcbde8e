/* tipcheck assess: answers as YAML on stdin, the result on stdout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "interview.h"
#include "tipcheck/loader.h"
#include "tipcheck/privacy.h"
#include "tipcheck/render.h"
#include "tipcheck/session.h"
#include "tipcheck/summary.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

#define STDIN_NAME "<stdin>"

enum { OPT_JSON = CLI_OPT_FIRST_FREE, OPT_FORMAT, OPT_SITUATION };

static const struct option options[] = {
	CLI_COMMON_OPTIONS,
	{ "json", no_argument, NULL, OPT_JSON },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "situation", required_argument, NULL, OPT_SITUATION },
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
	       "      --situation S  adult (default), child or unsure: as when an\n"
	       "                     interview starts so, items preset for S and not\n"
	       "                     in the answers are answered yes (unsure and\n"
	       "                     child: the person may be a child)\n"
	       "%s\n"
	       "Errors in the input are printed as <stdin>:LINE:COLUMN: error: ...\n"
	       "Exit status: 0 result printed, 1 invalid input or content, 2 usage error.\n",
	       cli_common_help);
}

/* The answers being read, and what resolves their keys. */
struct reader {
	const struct content *c;
	const struct checklist *const *lists;
	size_t n_lists;
	enum answer *answers;
	unsigned char *buf;		/* the input as read: answers too */
	size_t len;
	unsigned *seen_line;		/* by item->index: line of the first answer */
	struct diag_list *diags;
};

static const struct item *find_in(const struct checklist *cl, const char *id)
{
	for (size_t s = 0; s < cl->n_sections; s++)
		for (size_t i = 0; i < cl->sections[s].n_items; i++)
			if (!strcmp(cl->sections[s].items[i].id, id))
				return &cl->sections[s].items[i];
	return NULL;
}

static char *list_ids(const struct checklist *const *lists, size_t n)
{
	size_t len = 1;
	char *s;

	for (size_t i = 0; i < n; i++)
		len += strlen(lists[i]->id) + 2;
	s = xcalloc(len, 1);
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(s, ", ");
		strcat(s, lists[i]->id);
	}
	return s;
}

/* "CHECKLIST.ITEM", or a bare item id found in exactly one checklist of
 * the interview. Adds an error and returns NULL otherwise. */
static const struct item *resolve(struct reader *r, const char *key, struct pos p)
{
	const char *dot = strchr(key, '.');
	const struct item *found = NULL;
	char *ids;

	if (dot) {
		for (size_t l = 0; l < r->n_lists; l++)
			if (strlen(r->lists[l]->id) == (size_t)(dot - key)
			    && !strncmp(r->lists[l]->id, key, (size_t)(dot - key)))
				found = find_in(r->lists[l], dot + 1);
	} else {
		size_t n = 0;
		const struct checklist *in[2] = { NULL, NULL };

		for (size_t l = 0; l < r->n_lists; l++) {
			const struct item *it = find_in(r->lists[l], key);

			if (it) {
				if (n < 2)
					in[n] = r->lists[l];
				n++;
				found = it;
			}
		}
		if (n > 1) {
			diag_error(r->diags, p, DIAG_REFERENCE,
				   "item '%s' is in more than one checklist (%s, %s%s); "
				   "write it as CHECKLIST.%s", key, in[0]->id, in[1]->id,
				   n > 2 ? ", ..." : "", key);
			return NULL;
		}
	}
	if (!found) {
		ids = list_ids(r->lists, r->n_lists);
		diag_error(r->diags, p, DIAG_REFERENCE,
			   "unknown item '%s' (not in the checklists of this interview: %s)",
			   key, ids);
		free(ids);
	}
	return found;
}

static void answer_pair(struct reader *r, const struct ynode *key, const struct ynode *val)
{
	const struct item *it = resolve(r, key->str, key->pos);
	enum answer a;

	if (val->type != YNODE_SCALAR) {
		diag_error(r->diags, val->pos, DIAG_TYPE,
			   "expected an answer for '%s' (one of: yes, no, unknown, not-asked), "
			   "not %s", key->str, ynode_type_name(val));
		return;
	}
	if (!answer_from_str(val->str, &a)) {
		diag_error(r->diags, val->pos, DIAG_VALUE,
			   "invalid answer '%s' for '%s' (expected one of: yes, no, unknown, "
			   "not-asked)", val->str, key->str);
		return;
	}
	if (!it)
		return;
	if (r->seen_line[it->index]) {
		diag_error(r->diags, key->pos, DIAG_DUPLICATE,
			   "duplicate answer for '%s' (first given on line %u)",
			   it->key, r->seen_line[it->index]);
		return;
	}
	r->seen_line[it->index] = key->pos.line;
	r->answers[it->index] = a;
}

/* Reads the mapping of answers with the content's YAML reader (the same
 * rules: no aliases, no duplicate keys, valid UTF-8). Errors go to
 * r->diags. */
static void read_answers(struct reader *r)
{
	struct ytree *tree = ytree_parse((const char *)r->buf, r->len, STDIN_NAME, r->diags);
	const struct ynode *root;

	if (!tree)
		return;
	root = tree->root;
	if (root->type != YNODE_MAPPING) {
		diag_error(r->diags, root->pos, DIAG_TYPE,
			   "expected a mapping of item: answer (yes, no, unknown, not-asked), "
			   "not %s", ynode_type_name(root));
	} else {
		for (size_t i = 0; i < root->len; i++)
			answer_pair(r, ymap_key(root, i), ymap_value(root, i));
	}
	ytree_free(tree);
}

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

/* Presets of the situation, as an interview starting so applies them, for
 * the items the answers leave out. */
static void apply_presets(struct reader *r, enum situation situation)
{
	for (size_t l = 0; l < r->n_lists; l++)
		for (size_t s = 0; s < r->lists[l]->n_sections; s++)
			for (size_t i = 0; i < r->lists[l]->sections[s].n_items; i++) {
				const struct item *it = &r->lists[l]->sections[s].items[i];

				if (!r->seen_line[it->index] && (it->preset_yes & (1u << situation)))
					r->answers[it->index] = ANSWER_YES;
			}
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
	enum situation situation = SITUATION_ADULT;
	bool json = false, format_given = false;
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
		case OPT_SITUATION:
			if (!situation_from_str(optarg, &situation))
				return cli_usage_error("assess", "--situation: expected adult, child"
						       " or unsure, not '%s'", optarg);
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
	r.n_lists = session_order_lists(c, chosen, (size_t)(argc - optind), &lists);
	r.lists = lists;
	r.answers = xcalloc(c->n_items ? c->n_items : 1, sizeof *r.answers);
	r.seen_line = xcalloc(c->n_items ? c->n_items : 1, sizeof *r.seen_line);
	r.diags = &diags;
	privacy_on_exit(wipe_answers, &r);
	diag_list_init(&diags, DIAG_DEFAULT_MAX);
	if (slurp(&r, stdin))
		read_answers(&r);
	apply_presets(&r, situation);
	if (diag_has_errors(&diags)) {
		diag_print(&diags, stderr);
		rc = EXIT_INVALID;
	} else {
		struct evaluation *e = evaluate(c, lists, r.n_lists, r.answers, region);
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
	free(r.seen_line);
	free(lists);
	free(chosen);
	content_free(c);
	return rc;
}
