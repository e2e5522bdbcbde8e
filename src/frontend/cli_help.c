/* --help of the program and of every subcommand, generated from the table in the worker's words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

#define WIDTH 80		/* columns of the help */
#define HELP_COLUMN 21		/* where an option's help starts */

/* Writes text wrapped to WIDTH - indent columns, each line after indent
 * spaces; a line of text that starts with spaces keeps them on every line
 * it wraps to (examples). */
static void put_wrapped(FILE *out, size_t indent, const char *text)
{
	const char *line = text;

	for (;;) {
		size_t len = strcspn(line, "\n"), lead = strspn(line, " ");
		char *one = xstrndup(line, len);
		struct text_line *v;
		size_t n;

		if (lead > len)
			lead = len;
		n = text_wrap(one + lead, WIDTH - indent - lead, &v);
		for (size_t i = 0; i < n; i++) {
			if (v[i].len)
				fprintf(out, "%*s%.*s", (int)(indent + lead), "", (int)v[i].len,
					one + lead + v[i].start);
			fputc('\n', out);
		}
		free(v);
		free(one);
		if (!line[len])
			break;
		line += len + 1;
	}
}

static void put_options(struct cli *cli, const struct cli_option *rows, FILE *out)
{
	for (size_t i = 0; rows && rows[i].name; i++) {
		const struct cli_option *o = &rows[i];
		char *left = xasprintf("  %c%c%c --%s%s%s", o->shorts ? '-' : ' ',
				       o->shorts ? o->shorts[0] : ' ', o->shorts ? ',' : ' ',
				       o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		size_t w = strlen(left);

		/* A long option name gets its help on the next line. */
		if (w + 2 > HELP_COLUMN) {
			fprintf(out, "%s\n", left);
			put_wrapped(out, HELP_COLUMN, cli_text(cli, o->help));
		} else {
			struct text_line *v;
			const char *help = cli_text(cli, o->help);
			size_t n = text_wrap(help, WIDTH - HELP_COLUMN, &v);

			for (size_t k = 0; k < n; k++)
				fprintf(out, "%-*s%.*s\n", HELP_COLUMN, k ? "" : left,
					(int)v[k].len, help + v[k].start);
			if (!n)
				fprintf(out, "%s\n", left);
			free(v);
		}
		free(left);
	}
}

/* "Usage: tipcheck NAME LINE", the next lines under the first. */
static void put_usage(struct cli *cli, const char *name, const char *const *usage, FILE *out)
{
	const char *label = cli_text(cli, "ui.cli.usage");
	size_t w = text_width(label);

	for (size_t i = 0; i < CLI_MAX_USAGE && usage[i]; i++)
		fprintf(out, "%*s tipcheck%s%s %s\n", (int)w, i ? "" : label, name ? " " : "",
			name ? name : "", usage[i]);
}

static void program_help(struct cli *cli, FILE *out)
{
	size_t w = 0;

	put_usage(cli, NULL, cli_program_usage, out);
	put_wrapped(out, 0, cli_text(cli, "ui.cli.program.description"));
	fprintf(out, "\n%s\n", cli_text(cli, "ui.cli.commands"));
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (strlen(c->name) > w)
			w = strlen(c->name);
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		fprintf(out, "  %-*s  ", (int)w, c->name);
		put_wrapped(out, 0, cli_text(cli, c->summary));
	}
	fprintf(out, "\n%s\n", cli_text(cli, "ui.cli.global-options"));
	put_options(cli, cli_global_options, out);
	fputc('\n', out);
	put_wrapped(out, 0, cli_text(cli, "ui.cli.more-help"));
	put_wrapped(out, 0, cli_text(cli, "ui.cli.exit-status"));
}

static void command_help(struct cli *cli, const struct cli_command *cmd, FILE *out)
{
	put_usage(cli, cmd->name, cmd->usage, out);
	put_wrapped(out, 0, cli_text(cli, cmd->description));
	if (cmd->options && cmd->options[0].name) {
		fprintf(out, "\n%s\n", cli_text(cli, "ui.cli.options"));
		put_options(cli, cmd->options, out);
	}
	fprintf(out, "\n%s\n", cli_text(cli, "ui.cli.global-options"));
	put_options(cli, cli_global_options, out);
	if (cmd->notes) {
		fputc('\n', out);
		put_wrapped(out, 0, cli_text(cli, cmd->notes));
	}
}

void cli_help(struct cli *cli, const struct cli_command *cmd)
{
	if (cmd)
		command_help(cli, cmd, stdout);
	else
		program_help(cli, stdout);
}
