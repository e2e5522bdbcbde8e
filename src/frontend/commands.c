/*
 * The command line as one table: every subcommand with its synopsis, its
 * options and its run function; the options every command takes. --help
 * and the parser read nothing else (cli_args.c, cli_help.c).
 *
 * An option is one row: { name, short letters, argument name (NULL for a
 * flag), catalog key of its help, accepted values (NULL: any), what its
 * argument is for the shell completion (a kind of 'list --ids', "dir",
 * "command"; NULL: anything) }. Add the key to translations/en.yaml and
 * read the option in the run function with cli_arg() or cli_flag(); keep
 * doc/tipcheck.1 in step (a test compares the synopsis).
 */
#include <stddef.h>

#include "cli.h"
#include "commands.h"

static const char *const formats[] = { "text", "markdown", "html", NULL };
static const char *const colour_modes[] = { "auto", "always", "never", NULL };
static const char *const situations[] = { "adult", "child", "unsure", NULL };

const struct cli_option cli_global_options[] = {
	{ "data", NULL, "DIR", "ui.cli.option.data", NULL, "dir" },
	{ "content", NULL, "DIR", "ui.cli.option.content", NULL, "dir" },
	{ "lang", NULL, "LANG", "ui.cli.option.lang", NULL, "worker-languages" },
	{ "ask-lang", NULL, "LANG", "ui.cli.option.ask-lang", NULL, "languages" },
	{ "region", NULL, "ID", "ui.cli.option.region", NULL, "regions" },
	{ "colour", NULL, "WHEN", "ui.cli.option.colour", colour_modes, "colours" },
	{ "color", NULL, "WHEN", "ui.cli.option.color", colour_modes, "colours" },
	{ "help", "h", NULL, "ui.cli.option.help", NULL, NULL },
	{ "version", "vV", NULL, "ui.cli.option.version", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

/* Reading aloud, in screen and train (cmd_screen.c: cli_speech). */
#define SPEECH_OPTIONS \
	{ "speak", NULL, NULL, "ui.cli.speak.speak", NULL, NULL }, \
	{ "speak-voice", NULL, "VARIANT", "ui.cli.speak.voice", NULL, NULL }, \
	{ "speak-rate", NULL, "WPM", "ui.cli.speak.rate", NULL, NULL }, \
	{ "speak-volume", NULL, "N", "ui.cli.speak.volume", NULL, NULL }, \
	{ "speak-device", NULL, "DEVICE", "ui.cli.speak.device", NULL, NULL }

static const struct cli_option screen_options[] = {
	{ "plain", NULL, NULL, "ui.cli.screen.plain", NULL, NULL },
	{ "json", NULL, NULL, "ui.cli.screen.json", NULL, NULL },
	{ "printer", NULL, "CMD", "ui.cli.screen.printer", NULL, "command" },
	SPEECH_OPTIONS,
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option assess_options[] = {
	{ "format", NULL, "FMT", "ui.cli.assess.format", formats, "formats" },
	{ "json", NULL, NULL, "ui.cli.assess.json", NULL, NULL },
	{ "situation", NULL, "SITUATION", "ui.cli.assess.situation", situations, "situations" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option print_options[] = {
	{ "all", NULL, NULL, "ui.cli.print.all", NULL, NULL },
	{ "guide", NULL, NULL, "ui.cli.print.guide", NULL, NULL },
	{ "role-card", NULL, "SCENARIO", "ui.cli.print.role-card", NULL, "scenarios" },
	{ "trainer-sheet", NULL, "SCENARIO", "ui.cli.print.trainer-sheet", NULL, "scenarios" },
	{ "card", NULL, "REGION", "ui.cli.print.card", NULL, "regions" },
	{ "format", NULL, "FMT", "ui.cli.print.format", formats, "formats" },
	{ "width", NULL, "N", "ui.cli.print.width", NULL, NULL },
	{ "page-length", NULL, "N", "ui.cli.print.page-length", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option train_options[] = {
	{ "plain", NULL, NULL, "ui.cli.train.plain", NULL, NULL },
	{ "printer", NULL, "CMD", "ui.cli.train.printer", NULL, "command" },
	SPEECH_OPTIONS,
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

/* What 'list --ids' lists: the content's ids, the table's own, and each
 * kind an option's row names for its choices (ids.c). */
static const char *const id_kinds[] = { "checklists", "scenarios", "regions", "languages",
					"worker-languages", "commands", "options", "formats", "situations", "colours",
					"kinds", NULL };

static const struct cli_option list_options[] = {
	{ "ids", NULL, "KIND", "ui.cli.list.ids", id_kinds, "kinds" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option check_options[] = {
	{ "missing", NULL, "LANG", "ui.cli.check.missing", NULL, "languages" },
	{ "stale", NULL, "LANG", "ui.cli.check.stale", NULL, "languages" },
	{ "stamp", NULL, "LANG", "ui.cli.check.stamp", NULL, "languages" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

static const struct cli_option no_options[] = {
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

const struct cli_command cli_commands[] = {
	{ "screen", cmd_screen, "ui.cli.screen.summary", "ui.cli.screen.description",
	  "ui.cli.screen.notes", { "[--plain [--json]] [OPTION]... [CHECKLIST]..." },
	  screen_options, -1, "checklists" },
	{ "assess", cmd_assess, "ui.cli.assess.summary", "ui.cli.assess.description",
	  "ui.cli.assess.notes", { "[--json | --format FMT] [OPTION]... CHECKLIST..." },
	  assess_options, -1, "checklists" },
	{ "print", cmd_print, "ui.cli.print.summary", "ui.cli.print.description",
	  "ui.cli.print.notes", { "[--guide] [OPTION]... CHECKLIST...|--all",
				  "--role-card|--trainer-sheet SCENARIO [OPTION]...",
				  "--card REGION [--ask-lang LANG] [OPTION]..." },
	  print_options, -1, "checklists" },
	{ "train", cmd_train, "ui.cli.train.summary", "ui.cli.train.description",
	  "ui.cli.train.notes", { "[--plain] [OPTION]... [SCENARIO]" }, train_options, 1,
	  "scenarios" },
	{ "list", cmd_list, "ui.cli.list.summary", "ui.cli.list.description",
	  "ui.cli.list.notes", { "[OPTION]...", "--ids KIND [COMMAND] [OPTION]..." },
	  list_options, 1, NULL },
	{ "check", cmd_check, "ui.cli.check.summary", "ui.cli.check.description",
	  "ui.cli.check.notes", { "[--missing LANG | --stale LANG | --stamp LANG] [OPTION]..." }, check_options, 0,
	  NULL },
	{ "compile", cmd_compile, "ui.cli.compile.summary", "ui.cli.compile.description",
	  "ui.cli.compile.notes", { "[OPTION]..." }, no_options, 0, NULL },
	{ NULL, NULL, NULL, NULL, NULL, { NULL }, NULL, 0, NULL },
};

const struct cli_command *const cli_default_command = &cli_commands[0];

const char *const cli_program_usage[CLI_MAX_USAGE] = { "[OPTION]..." };
