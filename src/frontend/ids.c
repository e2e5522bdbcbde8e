/* Ids one per line for scripts and the shell completion: 'tipcheck list --ids KIND'. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "ids.h"

/* The content's ids of one kind: where its array and count are in struct
 * content, where an element keeps its id, and which elements count (NULL:
 * all). */
struct content_kind {
	const char *kind;
	size_t array, count;		/* offsets in struct content */
	size_t size, id;		/* of an element, and of its id in it */
	bool (*keep)(const void *elem);
};

#define KIND(name, T, array, count, id, keep) \
	{ name, offsetof(struct content, array), offsetof(struct content, count), \
	  sizeof(T), offsetof(T, id), keep }

/* --lang takes only catalogs of the whole interface (catalog.h: tr_init). */
static bool full_scope(const void *elem)
{
	return ((const struct catalog *)elem)->scope == CATALOG_FULL;
}

static const struct content_kind content_kinds[] = {
	KIND("checklists", struct checklist, checklists, n_checklists, id, NULL),
	KIND("scenarios", struct scenario, scenarios, n_scenarios, id, NULL),
	KIND("regions", struct directory, directories, n_directories, id, NULL),
	KIND("languages", struct catalog, catalogs, n_catalogs, lang, NULL),
	KIND("worker-languages", struct catalog, catalogs, n_catalogs, lang, full_scope),
};

static int print_content(struct cli *cli, const struct content_kind *k, FILE *out)
{
	const struct content *c = cli_content(cli, false);
	const struct directory *region;
	struct tr lang, ask_lang;
	const char *base;
	size_t n;
	int rc;

	if (!c)
		return EXIT_INVALID;
	/* As every command: an unknown --lang or --region is a usage error. */
	rc = cli_resolve(cli, c, &lang, &ask_lang, &region);
	if (rc != EXIT_OK)
		return rc;
	base = *(const char *const *)((const char *)c + k->array);
	n = *(const size_t *)((const char *)c + k->count);
	for (size_t i = 0; i < n; i++)
		if (!k->keep || k->keep(base + i * k->size))
			fprintf(out, "%s\n", *(const char *const *)(base + i * k->size + k->id));
	return EXIT_OK;
}

/* " KIND" after a name that takes an argument or operands. */
static void put_kind(FILE *out, const char *name, bool takes, const char *kind)
{
	if (takes)
		fprintf(out, "%s %s\n", name, kind ? kind : "-");
	else
		fprintf(out, "%s\n", name);
}

static void put_options(FILE *out, const struct cli_option *rows)
{
	for (size_t i = 0; rows && rows[i].name; i++) {
		fprintf(out, "--");
		put_kind(out, rows[i].name, rows[i].arg != NULL, rows[i].complete);
	}
}

static int print_options(struct cli *cli, FILE *out)
{
	const struct cli_command *cmd = cli_default_command;

	if (cli->n_operands) {
		const char *known[CLI_MAX_COMMANDS];
		size_t n = 0;

		for (cmd = cli_commands; cmd->name && n < CLI_MAX_COMMANDS; cmd++)
			known[n++] = cmd->name;
		for (cmd = cli_commands; cmd->name && strcmp(cmd->name, cli->operands[0]); cmd++)
			;
		if (!cmd->name)
			return cli_error_unknown(cli, "ui.cli.error.unknown-command", NULL,
						 cli->operands[0], known, n);
	}
	put_options(out, cli_global_options);
	put_options(out, cmd->options);
	return EXIT_OK;
}

/* The row, among every option of the table, whose argument is kind and
 * that lists its values; NULL when none. */
static const struct cli_option *choices_of(const char *kind)
{
	const struct cli_option *tables[1 + CLI_MAX_COMMANDS] = { cli_global_options };
	size_t n = 1;

	for (const struct cli_command *c = cli_commands; c->name && n < 1 + CLI_MAX_COMMANDS; c++)
		tables[n++] = c->options;
	for (size_t t = 0; t < n; t++)
		for (size_t i = 0; tables[t] && tables[t][i].name; i++)
			if (tables[t][i].choices && tables[t][i].complete &&
			    !strcmp(tables[t][i].complete, kind))
				return &tables[t][i];
	return NULL;
}

int ids_print(struct cli *cli, const char *kind, FILE *out)
{
	const struct cli_option *o;

	for (size_t i = 0; i < sizeof content_kinds / sizeof *content_kinds; i++)
		if (!strcmp(kind, content_kinds[i].kind))
			return print_content(cli, &content_kinds[i], out);
	if (!strcmp(kind, "commands")) {
		for (const struct cli_command *c = cli_commands; c->name; c++)
			put_kind(out, c->name, c->max_operands != 0, c->operands);
		return EXIT_OK;
	}
	if (!strcmp(kind, "options"))
		return print_options(cli, out);
	o = choices_of(kind);
	if (!o) {
		/* A kind in the --ids row's choices that nothing here lists. */
		fprintf(stderr, "tipcheck list: nothing lists the ids of '%s'\n", kind);
		abort();
	}
	for (size_t i = 0; o->choices[i]; i++)
		fprintf(out, "%s\n", o->choices[i]);
	return EXIT_OK;
}
