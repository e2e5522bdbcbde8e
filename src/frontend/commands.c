/*
 * The command line as one table: every subcommand with its synopsis, its
 * options and its run function; the options every command takes. --help
 * and the parser read nothing else (cli_args.c, cli_help.c).
 *
 * An option is one row: { name, short letters, argument name (NULL for a
 * flag), catalog key of its help, accepted values (NULL: any) }. Add the
 * key to translations/en.yaml and read the option in the run function with
 * cli_arg() or cli_flag(); keep doc/tipcheck.1 in step (a test compares
 * the synopsis).
 */
#include <stddef.h>

#include "cli.h"
#include "commands.h"

static const char *const formats[] = { "text", "markdown", "html", NULL };
static const char *const situations[] = { "adult", "child", "unsure", NULL };

const struct cli_option cli_global_options[] = {
	{ "data", NULL, "DIR", "ui.cli.option.data", NULL },
	{ "lang", NULL, "LANG", "ui.cli.option.lang", NULL },
	{ "ask-lang", NULL, "LANG", "ui.cli.option.ask-lang", NULL },
	{ "region", NULL, "ID", "ui.cli.option.region", NULL },
	{ "help", "h", NULL, "ui.cli.option.help", NULL },
	{ "version", "vV", NULL, "ui.cli.option.version", NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option screen_options[] = {
	{ "plain", NULL, NULL, "ui.cli.screen.plain", NULL },
	{ "json", NULL, NULL, "ui.cli.screen.json", NULL },
	{ "printer", NULL, "CMD", "ui.cli.screen.printer", NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option assess_options[] = {
	{ "format", NULL, "FMT", "ui.cli.assess.format", formats },
	{ "json", NULL, NULL, "ui.cli.assess.json", NULL },
	{ "situation", NULL, "SITUATION", "ui.cli.assess.situation", situations },
	{ NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option print_options[] = {
	{ "all", NULL, NULL, "ui.cli.print.all", NULL },
	{ "role-card", NULL, "SCENARIO", "ui.cli.print.role-card", NULL },
	{ "trainer-sheet", NULL, "SCENARIO", "ui.cli.print.trainer-sheet", NULL },
	{ "format", NULL, "FMT", "ui.cli.print.format", formats },
	{ "width", NULL, "N", "ui.cli.print.width", NULL },
	{ "page-length", NULL, "N", "ui.cli.print.page-length", NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option train_options[] = {
	{ "plain", NULL, NULL, "ui.cli.train.plain", NULL },
	{ "printer", NULL, "CMD", "ui.cli.train.printer", NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option check_options[] = {
	{ "missing", NULL, "LANG", "ui.cli.check.missing", NULL },
	{ "stale", NULL, "LANG", "ui.cli.check.stale", NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct cli_command cli_commands[] = {
	{ "screen", cmd_screen, "ui.cli.screen.summary", "ui.cli.screen.description",
	  "ui.cli.screen.notes", { "[--plain [--json]] [OPTION]... [CHECKLIST]..." },
	  screen_options, -1 },
	{ "assess", cmd_assess, "ui.cli.assess.summary", "ui.cli.assess.description",
	  "ui.cli.assess.notes", { "[--json | --format FMT] [OPTION]... CHECKLIST..." },
	  assess_options, -1 },
	{ "print", cmd_print, "ui.cli.print.summary", "ui.cli.print.description",
	  "ui.cli.print.notes", { "[OPTION]... CHECKLIST...|--all",
				  "--role-card|--trainer-sheet SCENARIO [OPTION]..." },
	  print_options, -1 },
	{ "train", cmd_train, "ui.cli.train.summary", "ui.cli.train.description",
	  "ui.cli.train.notes", { "[--plain] [OPTION]... [SCENARIO]" }, train_options, 1 },
	{ "list", cmd_list, "ui.cli.list.summary", "ui.cli.list.description",
	  "ui.cli.list.notes", { "[OPTION]..." }, NULL, 0 },
	{ "check", cmd_check, "ui.cli.check.summary", "ui.cli.check.description",
	  "ui.cli.check.notes", { "[--missing LANG | --stale LANG] [OPTION]..." }, check_options, 0 },
	{ NULL, NULL, NULL, NULL, NULL, { NULL }, NULL, 0 },
};

const struct cli_command *const cli_default_command = &cli_commands[0];

const char *const cli_program_usage[CLI_MAX_USAGE] = { "[OPTION]..." };
