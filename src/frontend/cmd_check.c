/* tipcheck check: validate all content, like a compiler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/card.h"
#include "tipcheck/catalog.h"
#include "cli.h"
#include "commands.h"
#include "tipcheck/content_check.h"
#include "tipcheck/safety_check.h"
#include "tipcheck/scenario_check.h"
#include "tipcheck/treecache.h"
#include "tipcheck/xalloc.h"
#include "tui_check.h"

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

/* --missing LANG: the keys LANG lacks. */
static int list_missing(struct cli *cli, const struct content *c, const char *lang)
{
	const struct catalog *cat = content_catalog(c, lang);
	const char **langs;
	int rc;

	if (cat) {
		catalog_missing(c, cat, print_key, stdout, NULL);
		return EXIT_OK;
	}
	langs = xcalloc(c->n_catalogs ? c->n_catalogs : 1, sizeof *langs);
	for (size_t i = 0; i < c->n_catalogs; i++)
		langs[i] = c->catalogs[i].lang;
	rc = cli_error_unknown(cli, "ui.cli.error.no-translation", "--missing", lang, langs,
			       c->n_catalogs);
	free(langs);
	return rc;
}

static void print_stale(const struct catalog_stamp *s, void *ud)
{
	(void)ud;
	if (s->recorded && strcmp(s->recorded->hash, s->now))
		printf("%s:%u:%u %s %s\n", s->entry->pos.file, s->entry->pos.line,
		       s->entry->pos.col, s->entry->key, s->now);
}

/* One line of the source_hashes: block: a recorded hash stays as it is
 * (a stale string stays stale until its translator refreshes it), a
 * string never stamped gets the hash of its English now. */
static void print_stamp(const struct catalog_stamp *s, void *ud)
{
	(void)ud;
	printf("  %s: \"%s\"\n", s->entry->key, s->recorded ? s->recorded->hash : s->now);
}

/* Content edited since `tipcheck compile` still loads (those files are
 * parsed), only slower: the author who checks it is told, once. */
static void note_stale_cache(const struct content *c)
{
	size_t hits, misses;

	treecache_counts(c->trees, &hits, &misses);
	if (misses)
		fprintf(stderr, "tipcheck check: note: %zu %s changed or added since %s/%s "
			"was written; "
			"'tipcheck compile' brings it up to date (a faster start)\n", misses,
			plural(misses, "file", "files"), c->dir, TREECACHE_FILE);
}

int cmd_check(struct cli *cli)
{
	struct diag_list diags;
	struct content *c = cli_content(cli, true);

	if (!c)
		return EXIT_INVALID;

	/* Scenarios must give their expected result; the rules must keep the
	 * safety properties; the discreet cards must hold no dangerous word;
	 * the full screen's answer letters must be keys of their own;
	 * warnings say what is valid but weak. */
	diag_list_init(&diags, DIAG_DEFAULT_MAX);
	scenario_check_all(c, &diags);
	safety_check_all(c, NULL, &diags, NULL);
	content_check(c, &diags);
	card_check(c, &diags);
	tui_check_letters(c, &diags);
	diag_print(&diags, stderr);
	if (diag_has_errors(&diags)) {
		diag_list_free(&diags);
		return EXIT_INVALID;
	}
	diag_list_free(&diags);

	if (cli_arg(cli, "missing"))
		return list_missing(cli, c, cli_arg(cli, "missing"));
	if (cli_arg(cli, "stale")) {
		const struct catalog *cat = content_catalog(c, cli_arg(cli, "stale"));

		if (!cat)
			return list_missing(cli, c, cli_arg(cli, "stale"));
		catalog_stamps(c, cat, print_stale, NULL);
		return EXIT_OK;
	}
	if (cli_arg(cli, "stamp")) {
		const struct catalog *cat = content_catalog(c, cli_arg(cli, "stamp"));

		if (!cat)
			return list_missing(cli, c, cli_arg(cli, "stamp"));
		printf("source_hashes:\n");
		catalog_stamps(c, cat, print_stamp, NULL);
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
	note_stale_cache(c);
	return EXIT_OK;
}
