/* tipcheck screen: set-up of an interview, full screen or --plain, and the speech options it shares with train. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "interview.h"
#include "sound.h"
#include "synth.h"
#include "tipcheck/situation.h"

/* --NAME as a whole number in [min, max] into *out; a usage error
 * otherwise (returns EXIT_USAGE). */
static int speech_number(struct cli *cli, const char *name, const char *key, unsigned min,
			 unsigned max, unsigned *out)
{
	const char *v = cli_arg(cli, name);
	char lo[16], hi[16], *end;
	unsigned long n;

	if (!v)
		return EXIT_OK;
	errno = 0;
	n = strtoul(v, &end, 10);
	if (*v >= '0' && *v <= '9' && !*end && !errno && n >= min && n <= max) {
		*out = (unsigned)n;
		return EXIT_OK;
	}
	snprintf(lo, sizeof lo, "%u", min);
	snprintf(hi, sizeof hi, "%u", max);
	return cli_error(cli, key, "min", lo, "max", hi, "value", v, NULL);
}

int cli_speech(struct cli *cli, bool plain, struct interview_setup *s)
{
	struct speech_opts *o = &s->speech;
	struct synth *check;
	int rc;

	speech_opts_init(o);
	s->speak = cli_flag(cli, "speak");
	if (s->speak && plain)
		return cli_error(cli, "ui.cli.speak.plain", NULL);
	rc = speech_number(cli, "speak-rate", "ui.cli.speak.bad-rate", SYNTH_RATE_MIN,
			   SYNTH_RATE_MAX, &o->voice.rate);
	if (rc == EXIT_OK)
		rc = speech_number(cli, "speak-volume", "ui.cli.speak.bad-volume", 0,
				   SYNTH_VOLUME_MAX, &o->voice.volume);
	if (rc != EXIT_OK)
		return rc;
	if (cli_arg(cli, "speak-device")) {
		o->device = cli_arg(cli, "speak-device");
		if (!sound_device_valid(o->device))
			return cli_error(cli, "ui.cli.speak.bad-device", "value", o->device, NULL);
	}
	o->voice.variant = cli_arg(cli, "speak-voice");
	/* A variant is checked now, while a usage error can still be
	 * printed; without eSpeak NG the screen says so later. */
	if (o->voice.variant && synth_open(&o->voice, &check) == SYNTH_NO_VARIANT)
		return cli_error(cli, "ui.cli.speak.bad-voice", "value", o->voice.variant, NULL);
	if (o->voice.variant)
		synth_close(check);
	return EXIT_OK;
}

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
		/* Two messages, not one with a newline: cli_say escapes control
		 * characters, since a message may quote the user's words. */
		cli_say(cli, "ui.cli.screen.needs-terminal", NULL);
		cli_say(cli, "ui.cli.screen.use-plain", NULL);
		return EXIT_USAGE;
	}
	/* The start menu shows the languages first: the rest of the content
	 * is read once one is chosen, so that the menu shows at once. */
	if (!plain && cli->n_operands == 0 && !cli->common.region) {
		c = cli_content_start(cli);
		setup.whole_content = cli_content_finish;
	} else {
		cli_load_session_langs(cli);
		c = cli_content(cli, false);
	}
	if (!c)
		return EXIT_INVALID;
	setup.content = c;
	setup.whole_lang = cli_whole_lang;
	setup.whole_lang_ctx = cli;
	setup.printer = cli_arg(cli, "printer");
	rc = cli_speech(cli, plain, &setup);
	if (rc == EXIT_OK)
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
		/* A language chosen on the start screen whose file has an
		 * error: said once the screen is closed. */
		if (rc == EXIT_INVALID)
			cli_print_load_diags(cli);
	}
	free(lists);
	return rc;
}
