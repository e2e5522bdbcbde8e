/* tipcheck: entry point and subcommand dispatch. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "cli.h"
#include "commands.h"
#include "tipcheck/echo.h"
#include "tipcheck/privacy.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
	{ "screen", cmd_screen, "start an interview (full screen, or --plain)" },
	{ "assess", cmd_assess, "read answers as YAML on stdin, print the result" },
	{ "print", cmd_print, "print blank checklists, role cards, trainer sheets" },
	{ "train", cmd_train, "training role-play with a scenario" },
	{ "list", cmd_list, "list checklists, rules, directories, languages" },
	{ "check", cmd_check, "validate all content" },
};

static void usage(FILE *out)
{
	fprintf(out,
		"Usage: tipcheck [COMMAND] [OPTION]...\n"
		"Victim-identification indicator checklists for frontline workers,\n"
		"with an explainable referral recommendation. Keeps nothing about\n"
		"the person.\n\n"
		"Without a command, starts the full-screen interview.\n\nCommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\nOptions:\n%s"
		"  -V, --version      print the version and exit\n\n"
		"'tipcheck COMMAND --help' describes each command.\n"
		"Exit status: 0 success, 1 invalid content or failed check,"
		" 2 usage error.\n", cli_common_help);
}

int main(int argc, char **argv)
{
	privacy_harden();
	cli_setup_locale();

	if (argc < 2 || argv[1][0] == '-') {
		if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
			usage(stdout);
			return EXIT_OK;
		}
		if (argc >= 2 && (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V"))) {
			printf("tipcheck %s\n", TIPCHECK_VERSION);
			return EXIT_OK;
		}
		/* No command: the interview, with any common options given. */
		argv[0] = (char *)"screen";
		return cmd_screen(argc, argv);
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	echo_printf(stderr, "tipcheck: unknown command '%s'", argv[1]);
	fputs("\nTry 'tipcheck --help'.\n", stderr);
	return EXIT_USAGE;
}
