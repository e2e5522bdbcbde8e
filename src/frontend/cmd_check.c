/* tipcheck check: validate all content, like a compiler. */
#include <stdio.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "cli.h"
#include "commands.h"
#include "tipcheck/echo.h"
#include "tipcheck/loader.h"
#include "tipcheck/scenario_check.h"

enum { OPT_MISSING = CLI_OPT_FIRST_FREE };

static void help(FILE *out)
{
	fprintf(out,
		"Usage: tipcheck check [OPTION]...\n"
		"Validate all content: sources, checklists, rules, referral directories,\n"
		"scenarios and translations. Prints one line per problem as\n"
		"FILE:LINE:COLUMN: error: message, and a one-line summary when all is valid.\n\n"
		"Options:\n"
		"      --missing LANG  list the strings LANG lacks, one key per line\n"
		"%s\n"
		"Exit status: 0 valid, 1 any error, 2 usage error.\n", cli_common_help);
}

static void print_key(const char *key, void *ud)
{
	fprintf(ud, "%s\n", key);
}

static size_t count_outcomes(const struct content *c)
{
	size_t n = 0;

	for (size_t i = 0; i < c->n_rulesets; i++)
		n += c->rulesets[i].n_outcomes;
	return n;
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

int cmd_check(int argc, char **argv)
{
	static const struct option options[] = {
		CLI_COMMON_OPTIONS,
		{ "missing", required_argument, NULL, OPT_MISSING },
		{ NULL, 0, NULL, 0 },
	};
	struct cli_common o = { 0 };
	struct diag_list diags;
	const char *missing = NULL;
	struct content *c;
	int opt;

	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, ":h", options, NULL)) != -1) {
		if (cli_common_option(&o, opt, optarg))
			continue;
		switch (opt) {
		case 'h':
		case CLI_OPT_HELP:
			help(stdout);
			return EXIT_OK;
		case OPT_MISSING:
			missing = optarg;
			break;
		default:
			return cli_option_error("check", opt, argv);
		}
	}
	if (optind < argc)
		return cli_usage_error("check", "unexpected argument '%s'", argv[optind]);

	diag_list_init(&diags, DIAG_DEFAULT_MAX);
	c = loader_load(cli_data_dir(&o), &diags);
	diag_print(&diags, stderr);
	diag_list_free(&diags);
	if (!c)
		return EXIT_INVALID;

	/* Scenarios: their expected answers must give their expected result. */
	diag_list_init(&diags, DIAG_DEFAULT_MAX);
	if (!scenario_check_all(c, &diags)) {
		diag_print(&diags, stderr);
		diag_list_free(&diags);
		content_free(c);
		return EXIT_INVALID;
	}
	diag_list_free(&diags);

	if (missing) {
		const struct catalog *cat = content_catalog(c, missing);

		if (!cat) {
			echo_printf(stderr, "tipcheck check: --missing: no translation '%s'; available:",
				missing);
			for (size_t i = 0; i < c->n_catalogs; i++)
				fprintf(stderr, " %s", c->catalogs[i].lang);
			fputc('\n', stderr);
			content_free(c);
			return cli_usage_error("check", NULL);
		}
		catalog_missing(c, cat, print_key, stdout, NULL);
		content_free(c);
		return EXIT_OK;
	}

	printf("tipcheck check: OK: %zu %s, %zu %s, %zu %s, %zu %s, %zu %s, %zu %s, %zu %s\n",
	       c->n_checklists, plural(c->n_checklists, "checklist", "checklists"),
	       c->n_items, plural(c->n_items, "item", "items"),
	       c->n_rulesets, plural(c->n_rulesets, "rules file", "rules files"),
	       count_outcomes(c), plural(count_outcomes(c), "outcome", "outcomes"),
	       c->n_directories, plural(c->n_directories, "referral directory",
					"referral directories"),
	       c->n_scenarios, plural(c->n_scenarios, "scenario", "scenarios"),
	       c->n_catalogs, plural(c->n_catalogs, "language", "languages"));
	content_free(c);
	return EXIT_OK;
}
