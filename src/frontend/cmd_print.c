/* tipcheck print: blank checklists to stdout, as text pages, Markdown or HTML. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "tipcheck/card.h"
#include "tipcheck/echo.h"
#include "tipcheck/form.h"
#include "tipcheck/render.h"
#include "tipcheck/training.h"
#include "tipcheck/xalloc.h"

#define PRINT_MIN_WIDTH 40
#define PRINT_MAX_WIDTH 1000
#define PRINT_MIN_PAGE_LENGTH 20
#define PRINT_MAX_PAGE_LENGTH 10000

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

/* A number option's usage error, naming its range. */
static int bad_number(struct cli *cli, const char *key, unsigned min, unsigned max,
		      const char *value)
{
	char lo[16], hi[16];

	snprintf(lo, sizeof lo, "%u", min);
	snprintf(hi, sizeof hi, "%u", max);
	return cli_error(cli, key, "min", lo, "max", hi, "value", value, NULL);
}

/* --width and --page-length into o (render_opts_init() gave the
 * defaults). Returns an exit status. */
static int page_size(struct cli *cli, struct render_opts *o)
{
	const char *w = cli_arg(cli, "width"), *pl = cli_arg(cli, "page-length");

	if (w && !parse_uint(w, PRINT_MIN_WIDTH, PRINT_MAX_WIDTH, &o->width))
		return bad_number(cli, "ui.cli.print.bad-width", PRINT_MIN_WIDTH, PRINT_MAX_WIDTH,
				  w);
	if (pl && (!parse_uint(pl, 0, PRINT_MAX_PAGE_LENGTH, &o->page_length)
		   || (o->page_length && o->page_length < PRINT_MIN_PAGE_LENGTH)))
		return bad_number(cli, "ui.cli.print.bad-page-length", PRINT_MIN_PAGE_LENGTH,
				  PRINT_MAX_PAGE_LENGTH, pl);
	return EXIT_OK;
}

/* What to print, as the options and operands say: a scenario's sheet,
 * every checklist, or the ones named. Returns an exit status. */
static int what_to_print(struct cli *cli)
{
	bool all = cli_flag(cli, "all"), lists = cli->n_operands > 0;
	bool card = cli_arg(cli, "role-card") != NULL;
	bool sheet = cli_arg(cli, "trainer-sheet") != NULL;

	if (cli_arg(cli, "card") && (card || sheet || all || lists || cli_flag(cli, "guide")))
		return cli_error(cli, "ui.cli.print.card-alone", NULL);
	if (cli_arg(cli, "card"))
		return EXIT_OK;
	if (card && sheet)
		return cli_error(cli, "ui.cli.print.card-or-sheet", NULL);
	if ((card || sheet) && (all || lists))
		return cli_error(cli, "ui.cli.print.sheet-or-lists", NULL);
	if ((card || sheet) && cli_flag(cli, "guide"))
		return cli_error(cli, "ui.cli.print.guide-lists", NULL);
	if (all && lists)
		return cli_error(cli, "ui.cli.print.lists-or-all", NULL);
	if (!card && !sheet && !all && !lists)
		return cli_error(cli, "ui.cli.print.no-checklist", NULL);
	return EXIT_OK;
}

/* A training scenario's role card or trainer sheet to stdout. */
static int print_scenario(struct cli *cli, const struct content *c,
			  const struct render_opts *o)
{
	const char *card = cli_arg(cli, "role-card");
	const struct scenario *sc;
	int rc = cli_scenario(cli, c, card ? card : cli_arg(cli, "trainer-sheet"), &sc);

	if (rc != EXIT_OK)
		return rc;
	if ((card ? training_role_card(stdout, o, sc) : training_trainer_sheet(stdout, o, sc))) {
		cli_say(cli, "ui.cli.print.cannot-write", "error", strerror(errno), NULL);
		return EXIT_INVALID;
	}
	return EXIT_OK;
}

/* The discreet card of the region --card names, in the person's
 * language (--ask-lang). */
static int print_card(struct cli *cli, const struct content *c, const struct tr *ask_lang,
		      enum render_format format)
{
	const char *id = cli_arg(cli, "card");
	const struct directory *d = content_directory(c, id);
	struct card card;
	int rc = EXIT_OK;

	if (!d) {
		const char **ids = xcalloc(c->n_directories + 1, sizeof *ids);

		for (size_t i = 0; i < c->n_directories; i++)
			ids[i] = c->directories[i].id;
		rc = cli_error_unknown(cli, "ui.cli.error.no-directory", "--card", id, ids,
				       c->n_directories);
		free(ids);
		return rc;
	}
	if (!card_build(c, d, ask_lang, &card)) {
		cli_say(cli, "ui.cli.print.no-card", "id", id, NULL);
		return EXIT_INVALID;
	}
	if (card_render(stdout, format, &card) != 0) {
		cli_say(cli, "ui.cli.print.cannot-write", "error", strerror(errno), NULL);
		rc = EXIT_INVALID;
	}
	card_free(&card);
	return rc;
}

int cmd_print(struct cli *cli)
{
	struct render_opts o;
	const struct checklist **lists = NULL;
	const struct directory *region;
	struct tr lang, ask_lang;
	struct content *c;
	size_t n = 0;
	int rc;

	/* Usage errors first: they need no content. */
	render_opts_init(&o, NULL);
	if ((rc = what_to_print(cli)) != EXIT_OK || (rc = page_size(cli, &o)) != EXIT_OK)
		return rc;
	if (cli_arg(cli, "format"))
		render_format_from_str(cli_arg(cli, "format"), &o.format);
	c = cli_content(cli, false);
	if (!c)
		return EXIT_INVALID;
	rc = cli_resolve(cli, c, &lang, &ask_lang, &region);
	if (rc != EXIT_OK)
		return rc;
	o.lang = &lang;
	o.ask_lang = &ask_lang;
	o.region = region;
	if (cli_arg(cli, "card"))
		return print_card(cli, c, &ask_lang, o.format);
	if (cli_arg(cli, "role-card") || cli_arg(cli, "trainer-sheet"))
		return print_scenario(cli, c, &o);
	if (cli_flag(cli, "all")) {
		lists = xcalloc(c->n_checklists ? c->n_checklists : 1, sizeof *lists);
		for (size_t i = 0; i < c->n_checklists; i++)
			lists[n++] = &c->checklists[i];
	} else {
		rc = cli_checklists(cli, c, cli->operands, cli->n_operands, &lists);
		if (rc != EXIT_OK)
			return rc;
		n = (size_t)cli->n_operands;
	}
	if ((cli_flag(cli, "guide") ? form_guide_render : form_render)(stdout, c, lists, n, &o)) {
		cli_say(cli, "ui.cli.print.cannot-write", "error", strerror(errno), NULL);
		rc = EXIT_INVALID;
	}
	free(lists);
	return rc;
}
