/* tipcheck screen: options and set-up of an interview, full screen or --plain. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "interview.h"

enum { OPT_PLAIN = CLI_OPT_FIRST_FREE, OPT_JSON, OPT_PRINTER };

static const struct option options[] = {
	CLI_COMMON_OPTIONS,
	{ "plain", no_argument, NULL, OPT_PLAIN },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "printer", required_argument, NULL, OPT_PRINTER },
	{ NULL, 0, NULL, 0 },
};

static void help(void)
{
	printf("Usage: tipcheck screen [OPTION]... [CHECKLIST]...\n"
	       "Start a screening interview. Without checklists, asks the situation\n"
	       "(adult, child, not sure) and the form of exploitation first.\n"
	       "Checklists marked 'first' (safety and needs) always come first.\n"
	       "Nothing about the person is stored; answers are wiped at exit.\n\n"
	       "Options:\n"
	       "      --plain        line-by-line interview on stdin/stdout, no full\n"
	       "                     screen: for screen readers, braille displays and\n"
	       "                     scripts. Answers (in English; each language\n"
	       "                     has its own letters, and 1-4 always work):\n"
	       "                     y/1 yes, n/2 no, u/3 don't know, s/4 skip (not\n"
	       "                     asked), b back, r review, ? guidance, q quit\n"
	       "                     (asks to confirm); Enter after a text to\n"
	       "                     read out. The end of the input ends the interview\n"
	       "                     and shows the result of what was answered. After\n"
	       "                     the result: p print it, s save it (asks a file\n"
	       "                     name, then text, markdown or html; never replaces\n"
	       "                     a file unless confirmed), Enter to finish\n"
	       "      --json         with --plain: print the result as one JSON object\n"
	       "                     on stdout (doc/json.md); the questions and prompts\n"
	       "                     then go to stderr\n"
	       "      --printer CMD  shell command (sh -c) printing the result, reading\n"
	       "                     text on its stdin (default: $TIPCHECK_PRINTER,\n"
	       "                     else lp)\n"
	       "%s\n"
	       "The full-screen interview needs a terminal on stdin and stdout.\n"
	       "Exit status: 0 interview ended, 1 invalid content, 2 usage error.\n",
	       cli_common_help);
}

/* Children first: when a chosen checklist is for children, the presets
 * of a child interview apply. */
static enum situation situation_of(const struct checklist *const *lists, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lists[i]->audience == AUDIENCE_CHILD)
			return SITUATION_CHILD;
	return SITUATION_ADULT;
}

int cmd_screen(int argc, char **argv)
{
	struct cli_common common = { 0 };
	struct interview_setup setup = { 0 };
	const struct checklist **lists = NULL;
	struct content *c;
	bool plain = false, json = false;
	int opt, rc;

	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		if (cli_common_option(&common, opt, optarg))
			continue;
		switch (opt) {
		case OPT_PLAIN:
			plain = true;
			break;
		case OPT_JSON:
			json = true;
			break;
		case OPT_PRINTER:
			setup.printer = optarg;
			break;
		case 'h':
		case CLI_OPT_HELP:
			help();
			return EXIT_OK;
		default:
			return cli_usage_error("screen", NULL);
		}
	}
	if (json && !plain)
		return cli_usage_error("screen", "--json needs --plain");
	/* Before loading anything: say at once what to do instead. */
	if (!plain && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		fprintf(stderr, "tipcheck screen: the full-screen interview needs a terminal"
			" on stdin and stdout.\n"
			"For a line-by-line interview (screen readers, scripts), use"
			" 'tipcheck screen --plain'.\n");
		return EXIT_USAGE;
	}
	c = cli_load(&common);
	if (!c)
		return EXIT_INVALID;
	setup.content = c;
	rc = cli_resolve(&common, c, "screen", &setup.lang, &setup.ask_lang, &setup.region);
	if (rc == EXIT_OK)
		rc = cli_checklists(c, "screen", argv + optind, argc - optind, &lists);
	if (rc == EXIT_OK) {
		setup.lang_given = common.lang != NULL;
		setup.ask_lang_given = common.ask_lang != NULL;
		setup.region_given = common.region != NULL;
		setup.lists = lists;
		setup.n_lists = (size_t)(argc - optind);
		setup.situation = situation_of(lists, setup.n_lists);
		rc = plain ? plain_run(&setup, json, stdin, stdout) : tui_run(&setup);
	}
	free(lists);
	content_free(c);
	return rc;
}
