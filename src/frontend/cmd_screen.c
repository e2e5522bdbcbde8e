/* tipcheck screen: set-up of an interview, full screen or --plain. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "interview.h"
#include "tipcheck/situation.h"

int cmd_screen(struct cli *cli)
{
	struct interview_setup setup = { 0 };
	const struct checklist **lists = NULL;
	bool plain = cli_flag(cli, "plain"), json = cli_flag(cli, "json");
	struct content *c;
	int rc;

	if (json && !plain)
		return cli_error(cli, "ui.cli.screen.json-needs-plain", NULL);
	/* Before loading anything: say at once what to do instead. */
	if (!plain && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		cli_say(cli, "ui.cli.screen.needs-terminal", NULL);
		return EXIT_USAGE;
	}
	c = cli_content(cli, false);
	if (!c)
		return EXIT_INVALID;
	setup.content = c;
	setup.printer = cli_arg(cli, "printer");
	rc = cli_resolve(cli, c, &setup.lang, &setup.ask_lang, &setup.region);
	if (rc == EXIT_OK)
		rc = cli_checklists(cli, c, cli->operands, cli->n_operands, &lists);
	if (rc == EXIT_OK) {
		setup.lang_given = cli->common.lang != NULL;
		setup.ask_lang_given = cli->common.ask_lang != NULL;
		setup.region_given = cli->common.region != NULL;
		setup.colour = cli->common.colour;
		setup.lists = lists;
		setup.n_lists = (size_t)cli->n_operands;
		setup.situation = situation_of_checklists(lists, setup.n_lists);
		rc = plain ? plain_run(&setup, json, stdin, stdout) : tui_run(&setup);
	}
	free(lists);
	return rc;
}
