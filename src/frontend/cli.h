/*
 * The command line: one table of subcommands (commands.c) and what every
 * subcommand shares: parsing against the table, --help generated from it,
 * the content loaded once, usage errors with "did you mean", and the words
 * of all of it in the worker's language. Front-end code only.
 *
 * A subcommand is one row of cli_commands[]; an option of a subcommand is
 * one row of its options (name, argument name, catalog key of its help,
 * accepted values). Its run function reads what was given through
 * cli_arg() and cli_flag().
 */
#ifndef TIPCHECK_CLI_H
#define TIPCHECK_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/catalog.h"
#include "tipcheck/diag.h"
#include "tipcheck/model.h"

enum exit_status { EXIT_OK = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

/* One option: --NAME, or --NAME ARG (also --NAME=ARG). GNU style: a long
 * option may be shortened to any prefix that names only it. An option
 * spelt the same in several commands takes an argument in all or none
 * (the command is found before it is known whose option it is). */
struct cli_option {
	const char *name;		/* "format" for --format */
	const char *shorts;		/* its one-letter spellings ("vV"), or NULL */
	const char *arg;		/* its argument's name in help ("FMT"); NULL: a flag */
	const char *help;		/* catalog key of its help line */
	const char *const *choices;	/* NULL, or the only values it takes
					 * (NULL-terminated): others are usage
					 * errors with "did you mean" */
	/* What its argument is, for 'list --ids options' and the shell
	 * completion: a kind 'list --ids' lists ("regions"; a kind named
	 * here whose option has choices lists them), "dir", "command", or
	 * NULL (anything, or a flag). */
	const char *complete;
};

#define CLI_MAX_OPTIONS 16		/* of one command, and global ones */
#define CLI_MAX_COMMANDS 16
#define CLI_MAX_USAGE 3			/* synopsis lines of one command */

struct cli;
struct ytree;

/* One subcommand. */
struct cli_command {
	const char *name;
	int (*run)(struct cli *cli);	/* returns an enum exit_status */
	const char *summary;		/* catalog key: its line in 'tipcheck --help' */
	const char *description;	/* catalog key: its --help before the options */
	const char *notes;		/* catalog key: its --help after them */
	/* What follows "tipcheck NAME" in its synopsis, one line each, as
	 * the man page's SYNOPSIS has them (a test compares the two). */
	const char *usage[CLI_MAX_USAGE];
	const struct cli_option *options;	/* ends with a NULL name */
	int max_operands;		/* -1: any number */
	const char *operands;		/* what they are, as cli_option.complete */
};

/* The table (commands.c): the subcommands, ending with a NULL name, and
 * the options every command takes, before or after its name. */
extern const struct cli_command cli_commands[];
extern const struct cli_option cli_global_options[];
/* The command run when none is named (the full-screen interview), and
 * the program's own synopsis lines after "tipcheck". */
extern const struct cli_command *const cli_default_command;
extern const char *const cli_program_usage[CLI_MAX_USAGE];

/* What the options every command takes gave. Strings are borrowed from
 * argv. */
struct cli_common {
	const char *content_dir;	/* --content: a whole content tree */
	const char **data_dirs;	/* each --data, in order (owned array) */
	size_t n_data_dirs;
	const char *lang;	/* --lang */
	const char *ask_lang;	/* --ask-lang */
	const char *region;	/* --region */
	const char *colour;	/* --colour (or --color) */
};

/* One run of the command line. */
struct cli {
	const struct cli_command *cmd;
	bool cmd_named;			/* false: none named, cmd is the default */
	struct cli_common common;
	const char *values[CLI_MAX_OPTIONS];	/* by row of cmd->options; "" for a flag */
	char **operands;		/* borrowed from argv */
	int n_operands;
	/* Internal: the content (loaded once, for the command and for the
	 * words of the command line) and the words themselves. */
	struct content *content;
	struct diag_list load_diags;
	bool load_tried;
	bool session_langs;		/* cli_load_session_langs() */
	/* cli_content_start(): content holds the translations only, until
	 * cli_content_finish() reads the rest. */
	struct loader *loading;
	struct treecache_writer *record;	/* cli_record_trees() */
	struct tr words;
	bool words_ready;
	struct ytree *builtin;		/* the built-in English, parsed when needed */
};

/*
 * Runs the command line: parses argv against the table, prints help or
 * the version when asked, reports usage errors, runs the command and
 * frees everything. Returns the exit status.
 */
int cli_main(int argc, char **argv);

/* The argument of the command's option name (without "--"): NULL when not
 * given, "" for a flag given. name must be one of the command's options. */
const char *cli_arg(const struct cli *cli, const char *name);
/* Whether the command's flag name was given. */
bool cli_flag(const struct cli *cli, const char *name);

/*
 * The content: --data, else $TIPCHECK_DATA, else the source tree when the
 * binary runs from its build directory, else the installed content.
 * Loaded once per run and owned by cli. On errors prints them to stderr as
 * FILE:LINE:COLUMN: error: message and returns NULL (exit EXIT_INVALID);
 * warnings (untranslated strings) are printed only when warnings is set
 * ('tipcheck check').
 */
struct content *cli_content(struct cli *cli, bool warnings);

/*
 * For an interview, before cli_content(): the content then reads whole
 * only English and the languages of --lang (else the locale's) and
 * --ask-lang; every other translation only up to its strings, for the
 * menus of languages (loader_load_langs), which start-up does not wait on.
 */
void cli_load_session_langs(struct cli *cli);

/* For `tipcheck compile`, before cli_content(): the content is parsed
 * afresh, every file's tree recorded in w (loader_load_recording). */
struct treecache_writer;
void cli_record_trees(struct cli *cli, struct treecache_writer *w);

/*
 * For the start menu, instead of cli_content(): the translations only
 * (loader_begin: English and the session's languages whole, the others'
 * heads), which the menu of languages needs; NULL after an error
 * (printed). cli_content_finish() then reads the rest before the menu
 * goes on: it returns false after an error in any file, kept for
 * cli_print_load_diags(); either way cli_content() is then the whole
 * content, or NULL. ctx is the cli (an interview_setup's whole_content).
 */
struct content *cli_content_start(struct cli *cli);
bool cli_content_finish(void *ctx);

/* Reads the rest of lang's translation (loader_load_catalog). False: its
 * file has an error, kept for cli_print_load_diags(). ctx is the cli (an
 * interview_setup's whole_lang). */
bool cli_whole_lang(void *ctx, const char *lang);

/* Prints what loading said (errors and warnings) to stderr. */
void cli_print_load_diags(struct cli *cli);

/*
 * A word of the command line (key "ui.cli.*", "ui.list.*") in the
 * worker's language: --lang when the content has it, else the locale's;
 * English where that language lacks the string; the English built into
 * the program (translations/en.yaml at build time) when the content has no
 * English for it or does not load. Borrowed; lives as long as cli.
 */
const char *cli_text(struct cli *cli, const char *key);

/* cli_text(key) with "{name}" placeholders filled from NULL-terminated
 * name, value pairs. Owned by the caller. */
char *cli_format(struct cli *cli, const char *key, ...) __attribute__((sentinel));

/*
 * Prints the usage error cli_format(key, ...) as "tipcheck COMMAND: ..."
 * ("tipcheck: ..." when no command was named) and the hint "Try
 * 'tipcheck COMMAND --help'." to stderr. Returns EXIT_USAGE.
 */
int cli_error(struct cli *cli, const char *key, ...) __attribute__((sentinel));

/* Prints the usage error msg (owned; freed here) as cli_error() does,
 * with "; did you mean 'NEAR'?" when near is not NULL. Returns
 * EXIT_USAGE. */
int cli_error_hint(struct cli *cli, char *msg, const char *near);

/*
 * A usage error for an id that names nothing: cli_format(key, "option",
 * option, "id", id) then "; did you mean 'X'?" when one of the n known ids
 * is close (suggest.h), else "; available: A B C". Returns EXIT_USAGE.
 */
int cli_error_unknown(struct cli *cli, const char *key, const char *option, const char *id,
		      const char *const *known, size_t n);

/*
 * A message that is not a usage error (a write failed...):
 * "tipcheck COMMAND: " and cli_format(key, ...) on stderr, no hint.
 */
void cli_say(struct cli *cli, const char *key, ...) __attribute__((sentinel));

/*
 * Resolves --lang (default: the locale) and --ask-lang (default: --lang)
 * into views, and --region into a directory (NULL when not given).
 * Unknown languages or regions are usage errors: prints one and returns
 * EXIT_USAGE; EXIT_OK otherwise. c is cli_content()'s.
 */
int cli_resolve(struct cli *cli, const struct content *c, struct tr *lang,
		struct tr *ask_lang, const struct directory **region);

/* The checklists named by ids. An unknown id: a usage error (with "did
 * you mean"), returns EXIT_USAGE. *out is a new array owned by the caller
 * (free()). */
int cli_checklists(struct cli *cli, const struct content *c, char **ids, int n,
		   const struct checklist ***out);

/* The scenario named id. Unknown: a usage error (with "did you mean"),
 * returns EXIT_USAGE and *out is NULL. */
int cli_scenario(struct cli *cli, const struct content *c, const char *id,
		 const struct scenario **out);

/* --help of cmd (NULL: of the program) on stdout, in the worker's
 * language, generated from the table (cli_help.c). */
void cli_help(struct cli *cli, const struct cli_command *cmd);

/*
 * Parses argv (cli_args.c): finds the command (the first argument that is
 * not an option or an option's value; none: the default command), then
 * reads the options every command takes and the command's own wherever
 * they stand, and its operands. Returns -1 when the command is to run;
 * otherwise it has printed the help, the version or a usage error and
 * returns the exit status.
 */
int cli_parse(struct cli *cli, int argc, char **argv);

/* Makes sure LC_CTYPE is a UTF-8 locale (falls back to C.UTF-8) so that
 * display widths are right; the rest of the locale stays the user's. */
void cli_setup_locale(void);
/* Whether the user's own locale (before cli_setup_locale()) is UTF-8:
 * where it is not, the screens draw their own marks in ASCII. */
bool cli_locale_utf8(void);

/* translations/en.yaml as it was when the program was built (cli_en.c,
 * generated): the words of the command line when the content has none. */
extern const unsigned char cli_builtin_en[];
extern const size_t cli_builtin_en_len;

#endif
