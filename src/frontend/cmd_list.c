/* tipcheck list: checklists, rules, directories, scenarios and languages; --ids for scripts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "cli.h"
#include "commands.h"
#include "ids.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

#define MAX_COLS 7

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

static void table_print(struct table *t, struct cli *cli, const char *heading_key, FILE *out)
{
	size_t w[MAX_COLS] = { 0 };

	fprintf(out, "%s\n", cli_text(cli, heading_key));
	if (t->n_rows <= 1) {
		fprintf(out, "  %s\n", cli_text(cli, "ui.list.none"));
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

/* With more than one layer, each table ends with the layer an entry
 * comes from (its root), a column more than its n. */
static size_t cols(const struct content *c, size_t n)
{
	return n + (c->n_layers > 1);
}

static const char *layer(const struct content *c, const char *path)
{
	return c->layers[content_layer_of(c, path)];
}

static char *num(size_t n)
{
	return xasprintf("%zu", n);
}

/* "3 weights are our judgement", or NULL when nothing in cl is. */
static char *judgement_note(struct cli *cli, const struct checklist *cl)
{
	size_t n = 0;
	char *count, *note;

	for (size_t s = 0; s < cl->n_sections; s++)
		for (size_t i = 0; i < cl->sections[s].n_items; i++)
			n += cl->sections[s].items[i].judgement != NULL;
	if (!n)
		return cl->judgement ? xstrdup(cli_text(cli, "ui.list.judgement_checklist")) : NULL;
	count = num(n);
	note = cli_format(cli, n == 1 ? "ui.list.judgement_one" : "ui.list.judgement_many",
			  "count", count, NULL);
	free(count);
	return note;
}

/* The words of the list's columns of names. */
static const char *const audience_keys[AUDIENCE_COUNT] = {
	[AUDIENCE_ANY] = "ui.list.audience.any",
	[AUDIENCE_ADULT] = "ui.list.audience.adult",
	[AUDIENCE_CHILD] = "ui.list.audience.child",
};

static const char *const status_keys[] = {
	[TRANSLATION_DRAFT] = "ui.list.status.draft",
	[TRANSLATION_REVIEWED] = "ui.list.status.reviewed",
};

static void list_checklists(struct cli *cli, const struct content *c, const struct tr *tr,
			    FILE *out)
{
	struct table t = { .n_cols = cols(c, 6), .right = { [3] = true } };
	const char *head[] = { cli_text(cli, "ui.list.id"), cli_text(cli, "ui.list.title"),
			       cli_text(cli, "ui.list.audience"), cli_text(cli, "ui.list.items"),
			       cli_text(cli, "ui.list.version"), "", cli_text(cli, "ui.list.layer") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_checklists; i++) {
		const struct checklist *cl = &c->checklists[i];
		char *items = num(cl->n_items), *note = judgement_note(cli, cl);
		char *mark = note ? xasprintf("* %s", note) : NULL;
		const char *row[] = { cl->id, tr_text(tr, cl->key, "title", cl->title),
				      cli_text(cli, audience_keys[cl->audience]), items,
				      cl->version, mark, layer(c, cl->path) };

		table_row(&t, row);
		free(items);
		free(note);
		free(mark);
	}
	table_print(&t, cli, "ui.list.checklists", out);
}

static void list_rules(struct cli *cli, const struct content *c, const struct tr *tr,
		       FILE *out)
{
	struct table t = { .n_cols = cols(c, 4), .right = { [2] = true, [3] = true } };
	const char *head[] = { cli_text(cli, "ui.list.id"), cli_text(cli, "ui.list.title"),
			       cli_text(cli, "ui.list.elements"), cli_text(cli, "ui.list.outcomes"),
			       cli_text(cli, "ui.list.layer") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_rulesets; i++) {
		const struct ruleset *r = &c->rulesets[i];
		char *ne = num(r->n_elements), *no = num(r->n_outcomes);
		const char *row[] = { r->id, tr_text(tr, r->id, "title", r->title), ne, no,
				      layer(c, r->path) };

		table_row(&t, row);
		free(ne);
		free(no);
	}
	table_print(&t, cli, "ui.list.rules", out);
}

static void list_directories(struct cli *cli, const struct content *c, const struct tr *tr,
			     FILE *out)
{
	struct table t = { .n_cols = cols(c, 3) };
	const char *head[] = { cli_text(cli, "ui.list.id"), cli_text(cli, "ui.list.region"),
			       cli_text(cli, "ui.list.checked"), cli_text(cli, "ui.list.layer") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_directories; i++) {
		const struct directory *d = &c->directories[i];
		char *checked = xasprintf("%s%s%s", check_how_to_str(d->checked.how),
					  d->checked.date ? " " : "",
					  d->checked.date ? d->checked.date : "");
		const char *row[] = { d->id, tr_text(tr, d->id, "region", d->region), checked,
				      layer(c, d->path) };

		table_row(&t, row);
		free(checked);
	}
	table_print(&t, cli, "ui.list.directories", out);
}

static void list_scenarios(struct cli *cli, const struct content *c, const struct tr *tr,
			   FILE *out)
{
	struct table t = { .n_cols = cols(c, 2) };
	const char *head[] = { cli_text(cli, "ui.list.id"), cli_text(cli, "ui.list.title"),
			       cli_text(cli, "ui.list.layer") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_scenarios; i++) {
		const struct scenario *s = &c->scenarios[i];
		const char *row[] = { s->id, tr_text(tr, s->key, "title", s->title),
				      layer(c, s->path) };

		table_row(&t, row);
	}
	table_print(&t, cli, "ui.list.scenarios", out);
}

static void list_languages(struct cli *cli, const struct content *c, FILE *out)
{
	static const char *const scope_keys[] = {
		[CATALOG_FULL] = "ui.list.scope.full",
		[CATALOG_PERSON] = "ui.list.scope.person",
	};
	struct table t = { .n_cols = cols(c, 5), .right = { [4] = true } };
	const char *head[] = { cli_text(cli, "ui.list.code"), cli_text(cli, "ui.list.name"),
			       cli_text(cli, "ui.list.status"), cli_text(cli, "ui.list.scope"),
			       cli_text(cli, "ui.list.translated"), cli_text(cli, "ui.list.layer") };

	table_row(&t, head);
	for (size_t i = 0; i < c->n_catalogs; i++) {
		const struct catalog *cat = &c->catalogs[i];
		char *pct = xasprintf("%u%%", catalog_percent(c, cat));
		const char *row[] = { cat->lang, cat->name,
				      cli_text(cli, status_keys[cat->status]),
				      cli_text(cli, scope_keys[cat->scope]), pct,
				      layer(c, cat->path) };

		table_row(&t, row);
		free(pct);
	}
	table_print(&t, cli, "ui.list.languages", out);
}

int cmd_list(struct cli *cli)
{
	const struct directory *region;
	struct tr lang, ask_lang;
	const char *ids = cli_arg(cli, "ids");
	struct content *c;
	int rc;

	/* The operand is the command whose options --ids options lists. */
	if (cli->n_operands && !(ids && !strcmp(ids, "options")))
		return cli_error(cli, "ui.cli.error.unexpected-argument", "argument",
				 cli->operands[0], NULL);
	if (ids)
		return ids_print(cli, ids, stdout);
	c = cli_content(cli, false);
	if (!c)
		return EXIT_INVALID;
	rc = cli_resolve(cli, c, &lang, &ask_lang, &region);
	if (rc == EXIT_OK) {
		list_checklists(cli, c, &lang, stdout);
		list_rules(cli, c, &lang, stdout);
		list_directories(cli, c, &lang, stdout);
		list_scenarios(cli, c, &lang, stdout);
		list_languages(cli, c, stdout);
	}
	return rc;
}
