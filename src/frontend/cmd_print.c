/* tipcheck print: blank checklists to stdout, as text pages, Markdown or HTML. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "tipcheck/echo.h"
#include "tipcheck/form.h"
#include "tipcheck/render.h"
#include "tipcheck/training.h"
#include "tipcheck/xalloc.h"

#define PRINT_MIN_WIDTH 40
#define PRINT_MAX_WIDTH 1000
#define PRINT_MIN_PAGE_LENGTH 20
#define PRINT_MAX_PAGE_LENGTH 10000

enum {
	OPT_ALL = CLI_OPT_FIRST_FREE,
	OPT_FORMAT,
	OPT_WIDTH,
	OPT_PAGE_LENGTH,
	OPT_ROLE_CARD,
	OPT_TRAINER_SHEET,
};

static const struct option options[] = {
	CLI_COMMON_OPTIONS,
	{ "all", no_argument, NULL, OPT_ALL },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "width", required_argument, NULL, OPT_WIDTH },
	{ "page-length", required_argument, NULL, OPT_PAGE_LENGTH },
	{ "role-card", required_argument, NULL, OPT_ROLE_CARD },
	{ "trainer-sheet", required_argument, NULL, OPT_TRAINER_SHEET },
	{ NULL, 0, NULL, 0 },
};

static void help(void)
{
	printf("Usage: tipcheck print [OPTION]... CHECKLIST...\n"
	       "       tipcheck print [OPTION]... --all\n"
	       "       tipcheck print [OPTION]... --role-card SCENARIO\n"
	       "       tipcheck print [OPTION]... --trainer-sheet SCENARIO\n"
	       "Write blank checklists to standard output, for paper: each item with\n"
	       "its question and boxes to tick, instructions to score by hand, the\n"
	       "referral contacts and the rights to explain. The checklists asked\n"
	       "first in every interview (safety and needs) come first. Text is\n"
	       "paginated for printing: tipcheck print labour-adult | lp\n\n"
	       "Options:\n"
	       "      --all          every checklist\n"
	       "      --role-card SCENARIO  the role-player's card of a training scenario\n"
	       "                     (persona, what they know, reveal and keep back)\n"
	       "      --trainer-sheet SCENARIO  the trainer's sheet: story, expected answers\n"
	       "                     and result, debrief points\n"
	       "      --format FMT   text (default), markdown or html\n"
	       "      --width N      text: columns a line, at least %d (default 80)\n"
	       "      --page-length N  text: lines a page, at least %d, or 0 for no\n"
	       "                     pages (default 66)\n"
	       "%s",
	       PRINT_MIN_WIDTH, PRINT_MIN_PAGE_LENGTH, cli_common_help);
}

/* A whole decimal number in [min, max]; false otherwise. */
static bool parse_uint(const char *s, unsigned long min, unsigned long max, unsigned *out)
{
	char *end;
	unsigned long v;

	if (!s || !*s || *s == '-' || *s == '+')
		return false;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return false;
	*out = (unsigned)v;
	return true;
}

/* A training scenario's role card or trainer sheet to stdout. */
static int print_scenario(const struct content *c, const char *id, bool role_card,
			  const struct render_opts *o)
{
	const struct scenario *sc = content_scenario(c, id);

	if (!sc) {
		echo_printf(stderr, "tipcheck print: no scenario '%s'; available:", id);
		for (size_t i = 0; i < c->n_scenarios; i++)
			fprintf(stderr, " %s", c->scenarios[i].id);
		fputc('\n', stderr);
		return cli_usage_error("print", NULL);
	}
	if ((role_card ? training_role_card(stdout, o, sc)
	     : training_trainer_sheet(stdout, o, sc)) != 0) {
		fprintf(stderr, "tipcheck print: cannot write the sheet: %s\n", strerror(errno));
		return EXIT_INVALID;
	}
	return EXIT_OK;
}

int cmd_print(int argc, char **argv)
{
	struct cli_common common = { 0 };
	enum render_format format = FORMAT_TEXT;
	unsigned width = 80, page_length = 66;
	bool all = false;
	const char *role_card = NULL, *trainer_sheet = NULL;
	int opt, rc;

	optind = 0;
	while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (opt) {
		case 'h':
		case CLI_OPT_HELP:
			help();
			return EXIT_OK;
		case OPT_ALL:
			all = true;
			break;
		case OPT_ROLE_CARD:
			role_card = optarg;
			break;
		case OPT_TRAINER_SHEET:
			trainer_sheet = optarg;
			break;
		case OPT_FORMAT:
			if (!render_format_from_str(optarg, &format))
				return cli_usage_error("print", "--format: expected text, markdown"
						       " or html, not '%s'", optarg);
			break;
		case OPT_WIDTH:
			if (!parse_uint(optarg, PRINT_MIN_WIDTH, PRINT_MAX_WIDTH, &width))
				return cli_usage_error("print", "--width: expected a number of"
						       " columns from %d to %d, not '%s'",
						       PRINT_MIN_WIDTH, PRINT_MAX_WIDTH, optarg);
			break;
		case OPT_PAGE_LENGTH:
			if (!parse_uint(optarg, 0, PRINT_MAX_PAGE_LENGTH, &page_length) ||
			    (page_length && page_length < PRINT_MIN_PAGE_LENGTH))
				return cli_usage_error("print", "--page-length: expected 0 (no"
						       " pages) or a number of lines from %d to"
						       " %d, not '%s'", PRINT_MIN_PAGE_LENGTH,
						       PRINT_MAX_PAGE_LENGTH, optarg);
			break;
		default:
			if (!cli_common_option(&common, opt, optarg))
				return cli_usage_error("print", NULL);
			break;
		}
	}
	const char *scenario = role_card ? role_card : trainer_sheet;

	if (role_card && trainer_sheet)
		return cli_usage_error("print", "expected --role-card or --trainer-sheet, not both");
	if (scenario && (all || optind < argc))
		return cli_usage_error("print", "expected a scenario sheet or checklists, not both");
	if (all && optind < argc)
		return cli_usage_error("print", "expected checklist ids or --all, not both");
	if (!scenario && !all && optind >= argc)
		return cli_usage_error("print", "expected one or more checklist ids, or --all");

	struct content *c = cli_load(&common);
	if (!c)
		return EXIT_INVALID;

	struct tr lang, ask_lang;
	const struct directory *region;
	const struct checklist **lists = NULL;
	size_t n = 0;

	rc = cli_resolve(&common, c, "print", &lang, &ask_lang, &region);
	if (rc != EXIT_OK)
		goto out;
	if (all) {
		lists = xcalloc(c->n_checklists ? c->n_checklists : 1, sizeof *lists);
		for (size_t i = 0; i < c->n_checklists; i++)
			lists[n++] = &c->checklists[i];
	} else if (!scenario) {
		rc = cli_checklists(c, "print", argv + optind, argc - optind, &lists);
		if (rc != EXIT_OK)
			goto out;
		n = (size_t)(argc - optind);
	}

	struct render_opts o;
	render_opts_init(&o, &lang);
	o.format = format;
	o.ask_lang = &ask_lang;
	o.region = region;
	o.width = width;
	o.page_length = page_length;
	if (scenario)
		rc = print_scenario(c, scenario, role_card != NULL, &o);
	else if (form_render(stdout, c, lists, n, &o) != 0) {
		fprintf(stderr, "tipcheck print: cannot write the form: %s\n", strerror(errno));
		rc = EXIT_INVALID;
	}
out:
	free(lists);
	content_free(c);
	return rc;
}
