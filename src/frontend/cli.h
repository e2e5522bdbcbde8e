/*
 * What every subcommand shares: common options, finding and loading the
 * content, usage errors and exit codes. Front-end code only.
 */
#ifndef TIPCHECK_CLI_H
#define TIPCHECK_CLI_H

#include <getopt.h>
#include <stdbool.h>

#include "tipcheck/catalog.h"
#include "tipcheck/model.h"

enum exit_status { EXIT_OK = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

/* Options every subcommand takes. Strings are borrowed from argv. */
struct cli_common {
	const char *data_dir;	/* --data */
	const char *lang;	/* --lang */
	const char *ask_lang;	/* --ask-lang */
	const char *region;	/* --region */
};

/* getopt_long values of the common options; subcommands put
 * CLI_COMMON_OPTIONS in their option table and pass unknown values to
 * cli_common_option(). */
enum {
	CLI_OPT_DATA = 0x100,
	CLI_OPT_LANG,
	CLI_OPT_ASK_LANG,
	CLI_OPT_REGION,
	CLI_OPT_HELP,
	CLI_OPT_FIRST_FREE	/* subcommands number their own from here */
};
#define CLI_COMMON_OPTIONS \
	{ "data", required_argument, NULL, CLI_OPT_DATA }, \
	{ "lang", required_argument, NULL, CLI_OPT_LANG }, \
	{ "ask-lang", required_argument, NULL, CLI_OPT_ASK_LANG }, \
	{ "region", required_argument, NULL, CLI_OPT_REGION }, \
	{ "help", no_argument, NULL, CLI_OPT_HELP }

/* Help text lines for the common options, for each subcommand's --help. */
extern const char cli_common_help[];

/*
 * Handles one getopt_long result that is a common option. Returns true
 * when it was one (and records it), false otherwise. --help is not
 * handled here: the subcommand prints its own help.
 */
bool cli_common_option(struct cli_common *o, int opt, const char *arg);

/* Prints "tipcheck CMD: MESSAGE" and "Try 'tipcheck CMD --help'." to
 * stderr; returns EXIT_USAGE. getopt's own message has already been shown
 * when fmt is NULL. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Reports the option that getopt_long rejected, as a usage error naming
 * it; returns EXIT_USAGE. For use with opterr = 0 and an optstring that
 * starts with ':' (opt is then ':' for a missing argument, '?' else).
 */
int cli_option_error(const char *cmd, int opt, char **argv);

/*
 * The content directory: --data, else $TIPCHECK_DATA, else the source tree
 * when this binary runs from its build directory, else the installed data
 * directory. Returns a borrowed or static string.
 */
const char *cli_data_dir(const struct cli_common *o);

/*
 * Loads the content. On errors prints them to stderr as
 * FILE:LINE:COLUMN: error: message and returns NULL (exit EXIT_INVALID).
 * Warnings are not shown when the content is valid ('tipcheck check'
 * shows them).
 * Owned by the caller (content_free).
 */
struct content *cli_load(const struct cli_common *o);

/*
 * Resolves --lang (default: the locale) and --ask-lang (default: --lang)
 * into views, and --region into a directory (NULL when not given).
 * Unknown languages or regions are usage errors: prints one and returns
 * EXIT_USAGE; EXIT_OK otherwise.
 */
int cli_resolve(const struct cli_common *o, const struct content *c,
		const char *cmd, struct tr *lang, struct tr *ask_lang,
		const struct directory **region);

/*
 * Resolves checklist ids to checklists. Unknown id: a usage error naming
 * it and the known ids, returns EXIT_USAGE. *out is a new array owned by
 * the caller (free()).
 */
int cli_checklists(const struct content *c, const char *cmd, char **ids,
		   int n, const struct checklist ***out);

/* Makes sure LC_CTYPE is a UTF-8 locale (falls back to C.UTF-8) so that
 * display widths are right; the rest of the locale stays the user's. */
void cli_setup_locale(void);

#endif
