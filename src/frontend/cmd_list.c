/* tipcheck list: checklists, rules, directories, scenarios and languages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "cli.h"
#include "commands.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

#define MAX_COLS 6

/* A plain-text table aligned by display width; cells are owned. */
struct table {
	size_t n_cols;
	bool right[MAX_COLS];		/* numbers align right */
	char **cells;			/* row-major, the header row first */
	size_t n_rows;
};

static void table_row(struct table *t, const char *const *cells)
{
	t->cells = xreallocarray(t->cells, (t->n_rows + 1) * t->n_cols, sizeof *t->cells);
	for (size_t i = 0; i < t->n_cols; i++)
		t->cells[t->n_rows * t->n_cols + i] = xstrdup(cells[i] ? cells[i] : "");
	t->n_rows++;
}

static void pad(FILE *out, size_t n)
{
	while (n--)
		fputc(' ', out);
}

static void table_print(struct table *t, const struct tr *tr, const char *heading_key,
			FILE *out)
{
	size_t w[MAX_COLS] = { 0 };

	fprintf(out, "%s\n", tr_ui(tr, heading_key));
	if (t->n_rows <= 1) {
		fprintf(out, "  %s\n", tr_ui(tr, "ui.list.none"));
	} else {
		for (size_t r = 0; r < t->n_rows; r++)
			for (size_t c = 0; c < t->n_cols; c++) {
				size_t cw = text_width(t->cells[r * t->n_cols + c]);

				if (cw > w[c])
					w[c] = cw;
			}
		for (size_t r = 0; r < t->n_rows; r++) {
			/* The last non-empty cell ends the line: no trailing blanks. */
			size_t last = t->n_cols;

			while (last > 0 && !*t->cells[r * t->n_cols + last - 1])
				last--;
			fputs(" ", out);
			for (size_t c = 0; c < last; c++) {
				const char *s = t->cells[r * t->n_cols + c];
				size_t gap = w[c] - text_width(s);

				fputc(' ', out);
				if (t->right[c])
					pad(out, gap);
				fputs(s, out);
				if (!t->right[c] && c + 1 < last)
					pad(out, gap);
				if (c + 1 < last)
					fputc(' ', out);
			}
			fputc('\n', out);
		}
	}
	fputc('\n', out);
	for (size_t i = 0; i < t->n_rows * t->n_cols; i++)
		free(t->cells[i]);
	free(t->cells);
	t->cells = NULL;
	t->n_rows = 0;
}

static char *num(size_t n)
{
	return xasprintf("%zu", n);
}

/* "3 weights are our judgement", or NULL when nothing in cl is. */
static char *judgement_note(const struct tr *tr, const struct checklist *cl)
{
	size_t n = 0;
	const char *names[] = { "count" };
	char *count, *note;

	for (size_t s = 0; s < cl->n_sections; s++)
		for (size_t i = 0; i < cl->sections[s].n_items; i++)
			n += cl->sections[s].items[i].judgement != NULL;
	if (!n)
		return cl->judgement ? xstrdup(tr_ui(tr, "ui.list.judgement_checklist")) : NULL;
	count = num(n);
	note = tr_format(tr_ui(tr, n == 1 ? "ui.list.judgement_one" : "ui.list.judgement_many"),
			 names, (const char *const *)&count, 1);
	free(count);
	return note;
}

static void list_checklists(const struct content *c, const struct tr *tr, FILE *out)
{
	struct table t = { .n_cols = 6, .right = { [3] = true } };
	const char *head[] = { tr_ui(tr, "ui.list.id"), tr_ui(tr, "ui.list.title"),
			       tr_ui(tr, "ui.list.audience"), tr_ui(tr, "ui.list.items"),
			       tr_ui(tr, "ui.list.version"), "" };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_checklists; i++) {
		const struct checklist *cl = &c->checklists[i];
		char *items = num(cl->n_items), *note = judgement_note(tr, cl);
		char *mark = note ? xasprintf("* %s", note) : NULL;
		const char *row[] = { cl->id, tr_text(tr, cl->key, "title", cl->title),
				      audience_to_str(cl->audience), items, cl->version, mark };

		table_row(&t, row);
		free(items);
		free(note);
		free(mark);
	}
	table_print(&t, tr, "ui.list.checklists", out);
}

static void list_rules(const struct content *c, const struct tr *tr, FILE *out)
{
	struct table t = { .n_cols = 4, .right = { [2] = true, [3] = true } };
	const char *head[] = { tr_ui(tr, "ui.list.id"), tr_ui(tr, "ui.list.title"),
			       tr_ui(tr, "ui.list.elements"), tr_ui(tr, "ui.list.outcomes") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_rulesets; i++) {
		const struct ruleset *r = &c->rulesets[i];
		char *ne = num(r->n_elements), *no = num(r->n_outcomes);
		const char *row[] = { r->id, tr_text(tr, r->id, "title", r->title), ne, no };

		table_row(&t, row);
		free(ne);
		free(no);
	}
	table_print(&t, tr, "ui.list.rules", out);
}

static void list_directories(const struct content *c, const struct tr *tr, FILE *out)
{
	struct table t = { .n_cols = 3 };
	const char *head[] = { tr_ui(tr, "ui.list.id"), tr_ui(tr, "ui.list.region"),
			       tr_ui(tr, "ui.list.checked") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_directories; i++) {
		const struct directory *d = &c->directories[i];
		char *checked = xasprintf("%s%s%s", check_how_to_str(d->checked.how),
					  d->checked.date ? " " : "",
					  d->checked.date ? d->checked.date : "");
		const char *row[] = { d->id, tr_text(tr, d->id, "region", d->region), checked };

		table_row(&t, row);
		free(checked);
	}
	table_print(&t, tr, "ui.list.directories", out);
}

static void list_scenarios(const struct content *c, const struct tr *tr, FILE *out)
{
	struct table t = { .n_cols = 2 };
	const char *head[] = { tr_ui(tr, "ui.list.id"), tr_ui(tr, "ui.list.title") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_scenarios; i++) {
		const struct scenario *s = &c->scenarios[i];
		const char *row[] = { s->id, tr_text(tr, s->key, "title", s->title) };

		table_row(&t, row);
	}
	table_print(&t, tr, "ui.list.scenarios", out);
}

static void list_languages(const struct content *c, const struct tr *tr, FILE *out)
{
	struct table t = { .n_cols = 4, .right = { [3] = true } };
	const char *head[] = { tr_ui(tr, "ui.list.code"), tr_ui(tr, "ui.list.name"),
			       tr_ui(tr, "ui.list.status"), tr_ui(tr, "ui.list.translated") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_catalogs; i++) {
		const struct catalog *cat = &c->catalogs[i];
		char *pct = xasprintf("%u%%", catalog_percent(c, cat));
		const char *row[] = { cat->lang, cat->name,
				      translation_status_to_str(cat->status), pct };

		table_row(&t, row);
		free(pct);
	}
	table_print(&t, tr, "ui.list.languages", out);
}

static void help(FILE *out)
{
	fprintf(out,
		"Usage: tipcheck list [OPTION]...\n"
		"List the checklists, rules files, referral directories, training scenarios\n"
		"and languages of the content. A '*' marks a checklist where weights or\n"
		"text rest on our own judgement rather than on a source.\n\n"
		"Options:\n%s\n"
		"Exit status: 0 success, 1 invalid content, 2 usage error.\n", cli_common_help);
}

int cmd_list(int argc, char **argv)
{
	static const struct option options[] = {
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct cli_common o = { 0 };
	const struct directory *region;
	struct tr lang, ask_lang;
	struct content *c;
	int opt, rc;

	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, ":h", options, NULL)) != -1) {
		if (cli_common_option(&o, opt, optarg))
			continue;
		switch (opt) {
		case 'h':
		case CLI_OPT_HELP:
			help(stdout);
			return EXIT_OK;
		default:
			return cli_option_error("list", opt, argv);
		}
	}
	if (optind < argc)
		return cli_usage_error("list", "unexpected argument '%s'", argv[optind]);

	c = cli_load(&o);
	if (!c)
		return EXIT_INVALID;
	rc = cli_resolve(&o, c, "list", &lang, &ask_lang, &region);
	if (rc == EXIT_OK) {
		list_checklists(c, &lang, stdout);
		list_rules(c, &lang, stdout);
		list_directories(c, &lang, stdout);
		list_scenarios(c, &lang, stdout);
		list_languages(c, &lang, stdout);
	}
	content_free(c);
	return rc;
}
