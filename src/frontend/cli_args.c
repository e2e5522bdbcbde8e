/* Parsing the command line against the table: the command, options anywhere, operands. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "cli.h"
#include "tipcheck/suggest.h"
#include "tipcheck/xalloc.h"

/* Where an option was found: in the global table or the command's. */
struct found {
	const struct cli_option *opt;
	bool global;
	size_t row;
	bool ambiguous;			/* a prefix of several: opt is NULL */
};

/* Looks --name (len bytes) up in tables (the first the global ones): an
 * exact name wins, else the one option whose name it begins. */
static struct found match(const struct cli_option *const *tables, size_t n_tables,
			  const char *name, size_t len)
{
	struct found f = { 0 };
	size_t prefixes = 0;

	for (size_t t = 0; t < n_tables; t++)
		for (size_t i = 0; tables[t] && tables[t][i].name; i++)
			if (!strncmp(tables[t][i].name, name, len) && !tables[t][i].name[len])
				return (struct found){ &tables[t][i], t == 0, i, false };
	for (size_t t = 0; t < n_tables; t++)
		for (size_t i = 0; tables[t] && tables[t][i].name; i++)
			if (!strncmp(tables[t][i].name, name, len) && prefixes++ == 0)
				f = (struct found){ &tables[t][i], t == 0, i, false };
	if (prefixes > 1)
		return (struct found){ .ambiguous = true };
	return f;
}

/* The option --name (len bytes) among the global options and cmd's. */
static struct found find_long(const struct cli_command *cmd, const char *name, size_t len)
{
	const struct cli_option *tables[] = { cli_global_options, cmd->options };

	return match(tables, 2, name, len);
}

/* Before the command is known: --name among the options of every table
 * (for whether it takes an argument, and to note --data and --lang). */
static struct found find_anywhere(const char *name, size_t len)
{
	const struct cli_option *tables[1 + CLI_MAX_COMMANDS] = { cli_global_options };
	size_t n = 1;

	for (const struct cli_command *c = cli_commands; c->name && n < 1 + CLI_MAX_COMMANDS; c++)
		tables[n++] = c->options;
	return match(tables, n, name, len);
}

static struct found find_short(const struct cli_command *cmd, char ch)
{
	const struct cli_option *tables[] = { cli_global_options, cmd ? cmd->options : NULL };

	for (size_t t = 0; t < 2; t++)
		for (size_t i = 0; tables[t] && tables[t][i].name; i++)
			if (tables[t][i].shorts && strchr(tables[t][i].shorts, ch))
				return (struct found){ &tables[t][i], t == 0, i, false };
	return (struct found){ 0 };
}

static const struct cli_command *find_command_named(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

/*
 * First pass, before the command is known: the index of the command's
 * name in argv (the first argument that is neither an option nor an
 * option's value; 0 when there is none), --content, every --data (in
 * order) and --lang as given
 * anywhere, so that whatever is said next speaks the worker's language.
 */
static int find_command(struct cli *cli, int argc, char **argv)
{
	int at = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *eq, *value;
		struct found f;
		size_t len;

		if (!strcmp(a, "--"))
			return at ? at : i + 1 < argc ? i + 1 : 0;
		if (a[0] != '-' || !a[1]) {
			if (!at)
				at = i;
			continue;
		}
		if (a[1] != '-')
			continue;
		eq = strchr(a + 2, '=');
		len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
		f = find_anywhere(a + 2, len);
		if (!f.opt || !f.opt->arg)
			continue;
		value = eq ? eq + 1 : i + 1 < argc ? argv[++i] : NULL;
		if (f.global && !strcmp(f.opt->name, "data") && value) {
			cli->common.data_dirs = xreallocarray(cli->common.data_dirs,
							      cli->common.n_data_dirs + 1,
							      sizeof *cli->common.data_dirs);
			cli->common.data_dirs[cli->common.n_data_dirs++] = value;
		} else if (f.global && !strcmp(f.opt->name, "content"))
			cli->common.content_dir = value;
		else if (f.global && !strcmp(f.opt->name, "lang"))
			cli->common.lang = value;
	}
	return at;
}

/* The table keeps the promises the parser relies on: no command has more
 * options than CLI_MAX_OPTIONS, and an option spelt the same in several
 * commands takes an argument in all or none. A new row that breaks one
 * stops the program at once, on its first run. */
static void check_table(void)
{
	size_t n_cmds = 0;

	for (const struct cli_command *c = cli_commands; c->name; c++, n_cmds++) {
		size_t n = 0;

		for (const struct cli_option *o = c->options; o && o->name; o++, n++) {
			struct found f = find_anywhere(o->name, strlen(o->name));

			if (f.opt && (f.opt->arg == NULL) != (o->arg == NULL)) {
				fprintf(stderr, "tipcheck: the table spells --%s with and without"
					" an argument\n", o->name);
				abort();
			}
		}
		if (n > CLI_MAX_OPTIONS) {
			fprintf(stderr, "tipcheck: %s has more than %d options\n", c->name,
				CLI_MAX_OPTIONS);
			abort();
		}
	}
	if (n_cmds > CLI_MAX_COMMANDS) {
		fputs("tipcheck: more commands than CLI_MAX_COMMANDS\n", stderr);
		abort();
	}
}

static int unknown_command(struct cli *cli, const char *name)
{
	const char *known[CLI_MAX_COMMANDS];
	size_t n = 0;

	for (const struct cli_command *c = cli_commands; c->name && n < CLI_MAX_COMMANDS; c++)
		known[n++] = c->name;
	return cli_error_unknown(cli, "ui.cli.error.unknown-command", NULL, name, known, n);
}

/* "text, markdown or html" in the worker's words. */
static char *choices_text(struct cli *cli, const char *const *choices)
{
	size_t n = 0, len = 1;
	char *list, *s;

	while (choices[n])
		len += strlen(choices[n++]) + 2;
	if (n == 1)
		return xstrdup(choices[0]);
	list = xcalloc(len, 1);
	for (size_t i = 0; i + 1 < n; i++) {
		if (i)
			strcat(list, ", ");
		strcat(list, choices[i]);
	}
	s = cli_format(cli, "ui.cli.error.or", "list", list, "last", choices[n - 1], NULL);
	free(list);
	return s;
}

static int bad_choice(struct cli *cli, const struct cli_option *o, const char *value)
{
	char *option = xasprintf("--%s", o->name);
	char *choices = choices_text(cli, o->choices);
	char *msg = cli_format(cli, "ui.cli.error.choice", "option", option, "choices", choices,
			       "value", value, NULL);
	struct suggest s;

	suggest_init(&s, value);
	for (size_t i = 0; o->choices[i]; i++)
		suggest_add(&s, o->choices[i]);
	free(choices);
	free(option);
	return cli_error_hint(cli, msg, suggest_best(&s));
}

/* --name for the ambiguous-option message: every option it begins. */
static char *prefix_matches(const struct cli_command *cmd, const char *name, size_t len)
{
	const struct cli_option *tables[] = { cli_global_options, cmd->options };
	char *s = xstrdup(""), *t;

	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; tables[k] && tables[k][i].name; i++)
			if (!strncmp(tables[k][i].name, name, len)) {
				t = xasprintf("%s%s--%s", s, *s ? " " : "", tables[k][i].name);
				free(s);
				s = t;
			}
	return s;
}

static int unknown_option(struct cli *cli, const char *arg, size_t len)
{
	const struct cli_option *tables[] = { cli_global_options, cli->cmd->options };
	char *spelt = xstrndup(arg, len), *names[2 * CLI_MAX_OPTIONS];
	size_t n = 0;
	struct suggest s;
	int rc;

	suggest_init(&s, spelt);
	for (size_t t = 0; t < 2; t++)
		for (size_t i = 0; tables[t] && tables[t][i].name && n < 2 * CLI_MAX_OPTIONS; i++) {
			names[n] = xasprintf("--%s", tables[t][i].name);
			suggest_add(&s, names[n++]);
		}
	rc = cli_error_hint(cli, cli_format(cli, "ui.cli.error.unknown-option", "option", spelt,
					    NULL),
			    len > 2 && arg[1] == '-' ? suggest_best(&s) : NULL);
	while (n)
		free(names[--n]);
	free(spelt);
	return rc;
}

/* --help or --version, whichever came first. */
enum first { FIRST_NONE, FIRST_HELP, FIRST_VERSION };

/* Records one option's value; returns -1, or an exit status after an
 * error. */
static int take(struct cli *cli, struct found f, const char *value, const char **gvalues,
		enum first *first)
{
	/* Global options have choices too (--colour): checked before either
	 * kind is recorded. */
	if (f.opt->choices) {
		size_t i = 0;

		while (f.opt->choices[i] && strcmp(f.opt->choices[i], value))
			i++;
		if (!f.opt->choices[i])
			return bad_choice(cli, f.opt, value);
	}
	if (f.global) {
		if (!strcmp(f.opt->name, "help") && *first == FIRST_NONE)
			*first = FIRST_HELP;
		else if (!strcmp(f.opt->name, "version") && *first == FIRST_NONE)
			*first = FIRST_VERSION;
		gvalues[f.row] = value;
		return -1;
	}
	cli->values[f.row] = value;
	return -1;
}

/* One "--name", "--name=value" or "--name value" at argv[*i]. */
static int long_option(struct cli *cli, int argc, char **argv, int *i, const char **gvalues,
		       enum first *first)
{
	const char *a = argv[*i] + 2;
	const char *eq = strchr(a, '=');
	size_t len = eq ? (size_t)(eq - a) : strlen(a);
	struct found f = find_long(cli->cmd, a, len);
	char *spelt;
	int rc;

	if (f.ambiguous) {
		char *list = prefix_matches(cli->cmd, a, len);

		spelt = xasprintf("--%.*s", (int)len, a);
		rc = cli_error(cli, "ui.cli.error.ambiguous-option", "option", spelt,
			       "options", list, NULL);
		free(list);
		free(spelt);
		return rc;
	}
	if (!f.opt)
		return unknown_option(cli, argv[*i], len + 2);
	spelt = xasprintf("--%s", f.opt->name);
	if (!f.opt->arg && eq)
		rc = cli_error(cli, "ui.cli.error.takes-no-argument", "option", spelt, NULL);
	else if (f.opt->arg && !eq && *i + 1 >= argc)
		rc = cli_error(cli, "ui.cli.error.needs-argument", "option", spelt, NULL);
	else
		rc = take(cli, f, !f.opt->arg ? "" : eq ? eq + 1 : argv[++*i], gvalues, first);
	free(spelt);
	return rc;
}

/* "-h", "-v": letters of flags, alone or together. */
static int short_options(struct cli *cli, const char *a, const char **gvalues, enum first *first)
{
	for (const char *p = a + 1; *p; p++) {
		struct found f = find_short(cli->cmd, *p);
		char spelt[3] = { '-', *p, '\0' };

		int rc;

		if (!f.opt || f.opt->arg)
			return cli_error(cli, "ui.cli.error.unknown-option", "option", spelt, NULL);
		rc = take(cli, f, "", gvalues, first);
		if (rc >= 0)
			return rc;
	}
	return -1;
}

static const char *global_value(const char **gvalues, const char *name)
{
	for (size_t i = 0; cli_global_options[i].name; i++)
		if (!strcmp(cli_global_options[i].name, name))
			return gvalues[i];
	return NULL;
}

int cli_parse(struct cli *cli, int argc, char **argv)
{
	const char *gvalues[CLI_MAX_OPTIONS] = { 0 };
	enum first first = FIRST_NONE;
	int at, rc = -1;
	bool dashdash = false;

	check_table();
	at = find_command(cli, argc, argv);
	cli->cmd = at ? find_command_named(argv[at]) : cli_default_command;
	cli->cmd_named = at != 0;
	if (!cli->cmd) {
		cli->cmd = cli_default_command;
		cli->cmd_named = false;
		return unknown_command(cli, argv[at]);
	}
	cli->operands = xcalloc((size_t)argc, sizeof *cli->operands);
	/* In argv's order: the first of --help, --version and an error wins. */
	for (int i = 1; i < argc && rc < 0 && first == FIRST_NONE; i++) {
		const char *a = argv[i];

		if (i == at)
			continue;
		if (dashdash || a[0] != '-' || !a[1])
			cli->operands[cli->n_operands++] = argv[i];
		else if (!strcmp(a, "--"))
			dashdash = true;
		else if (a[1] == '-')
			rc = long_option(cli, argc, argv, &i, gvalues, &first);
		else
			rc = short_options(cli, a, gvalues, &first);
	}
	/* Every --data, and --lang after --help, were noted by find_command(). */
	if (global_value(gvalues, "content"))
		cli->common.content_dir = global_value(gvalues, "content");
	if (global_value(gvalues, "lang"))
		cli->common.lang = global_value(gvalues, "lang");
	cli->common.ask_lang = global_value(gvalues, "ask-lang");
	cli->common.region = global_value(gvalues, "region");
	cli->common.colour = global_value(gvalues, "colour");
	if (global_value(gvalues, "color"))
		cli->common.colour = global_value(gvalues, "color");
	if (first == FIRST_HELP) {
		cli_help(cli, cli->cmd_named ? cli->cmd : NULL);
		return EXIT_OK;
	}
	if (first == FIRST_VERSION) {
		printf("tipcheck %s\n", TIPCHECK_VERSION);
		return EXIT_OK;
	}
	if (rc >= 0)
		return rc;
	if (cli->cmd->max_operands >= 0 && cli->n_operands > cli->cmd->max_operands)
		return cli_error(cli, "ui.cli.error.unexpected-argument", "argument",
				 cli->operands[cli->cmd->max_operands], NULL);
	return -1;
}

static size_t row_of(const struct cli *cli, const char *name)
{
	for (size_t i = 0; cli->cmd->options && cli->cmd->options[i].name; i++)
		if (!strcmp(cli->cmd->options[i].name, name))
			return i;
	/* A run function asking for an option its row does not have. */
	fprintf(stderr, "tipcheck %s: no option --%s in the table\n", cli->cmd->name, name);
	abort();
}

const char *cli_arg(const struct cli *cli, const char *name)
{
	return cli->values[row_of(cli, name)];
}

bool cli_flag(const struct cli *cli, const char *name)
{
	return cli->values[row_of(cli, name)] != NULL;
}
