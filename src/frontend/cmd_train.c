/* tipcheck train: pick a scenario, run the interview in training mode. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tipcheck/catalog.h"
#include "cli.h"
#include "commands.h"
#include "tipcheck/echo.h"
#include "interview.h"
#include "tipcheck/training.h"
#include "tipcheck/scenario.h"
#include "tipcheck/text.h"
#include "tui.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

static const char *audience_name(const struct tr *t, enum audience a)
{
	return tr_ui(t, training_audience_key(a));
}

static const char *scenario_title(const struct tr *t, const struct scenario *sc)
{
	return tr_text(t, sc->key, "title", sc->title);
}

/* "  N. id  title (audience)" lines; numbered when number is true. */
static void list_scenarios(const struct content *c, const struct tr *t, bool number, FILE *out)
{
	size_t w = 0;

	fprintf(out, "%s\n", tr_ui(t, "ui.train.list.heading"));
	for (size_t i = 0; i < c->n_scenarios; i++)
		if (strlen(c->scenarios[i].id) > w)
			w = strlen(c->scenarios[i].id);
	for (size_t i = 0; i < c->n_scenarios; i++) {
		const struct scenario *sc = &c->scenarios[i];

		if (number)
			fprintf(out, "%3zu. ", i + 1);
		else
			fputs("  ", out);
		fprintf(out, "%-*s  %s (%s)\n", (int)w, sc->id, scenario_title(t, sc),
			audience_name(t, sc->audience));
	}
}

static char *ui_max(const struct tr *t, const char *key, size_t n)
{
	char num[24];

	snprintf(num, sizeof num, "%zu", n);
	return tr_format(tr_ui(t, key), (const char *[]){ "max" }, (const char *[]){ num }, 1);
}

/* The numbered choice of --plain, read from in (the same prompt as the
 * plain interview's own choices). NULL at the end of the input. */
static const struct scenario *pick_plain(const struct content *c, const struct tr *t,
					 FILE *in, FILE *out)
{
	char line[64];
	char *prompt = ui_max(t, "ui.plain.choose", c->n_scenarios);
	char *invalid = ui_max(t, "ui.plain.invalid-number", c->n_scenarios);
	const struct scenario *sc = NULL;

	list_scenarios(c, t, true, out);
	while (!sc) {
		char *end;
		unsigned long n;

		fputs(prompt, out);
		fflush(out);
		if (!fgets(line, sizeof line, in)) {
			fputc('\n', out);
			break;
		}
		n = strtoul(line, &end, 10);
		while (*end == ' ' || *end == '\n' || *end == '\r')
			end++;
		if (end != line && !*end && n >= 1 && n <= c->n_scenarios)
			sc = &c->scenarios[n - 1];
		else
			fprintf(out, "%s\n", invalid);
	}
	free(prompt);
	free(invalid);
	return sc;
}

/* The choice's keys, as data: its key bar shows the SHOW_BAR rows. */
static const struct tui_binding pick_keys[] = {
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.up", SHOW_BAR },
	{ 'k', ACT_UP, "ui.tui.action.up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.down", SHOW_BAR },
	{ 'j', ACT_DOWN, "ui.tui.action.down", SHOW_HELP },
	{ TUI_FN(KEY_HOME), ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ 't', ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ TUI_FN(KEY_END), ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ 'e', ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ '\r', ACT_SELECT, "ui.train.pick.start", SHOW_BAR },
	{ '\n', ACT_SELECT, "ui.train.pick.start", SHOW_HELP },
	{ TUI_FN(KEY_ENTER), ACT_SELECT, "ui.train.pick.start", SHOW_HELP },
	{ 'q', ACT_QUIT, "ui.tui.action.quit", SHOW_BAR },
	{ TUI_ESC, ACT_QUIT, "ui.tui.action.quit", SHOW_HELP },
};

/* The quick exit, as on every screen of the interview (no help here). */
static const struct tui_binding pick_exit[] = {
	{ TUI_CTRL('x'), ACT_QUICK_EXIT, "ui.tui.action.quick-exit", SHOW_BAR },
	{ TUI_FN(KEY_F(10)), ACT_QUICK_EXIT, "ui.tui.action.quick-exit", SHOW_HELP },
};

static enum tui_action pick_action(int key)
{
	for (size_t i = 0; i < sizeof pick_exit / sizeof pick_exit[0]; i++)
		if (pick_exit[i].key == key)
			return pick_exit[i].action;
	for (size_t i = 0; i < sizeof pick_keys / sizeof pick_keys[0]; i++)
		if (pick_keys[i].key == key)
			return pick_keys[i].action;
	return ACT_NONE;
}

/* Out of memory while choosing (xalloc.h): the terminal back first. */
static void pick_fatal(void)
{
	endwin();
}

static void pick_draw(const struct content *c, const struct tr *t, size_t cur, size_t top,
		      int rows)
{
	int width = tui_measure(COLS - 2);

	erase();
	tui_fill(0, 0, ROLE_TITLE);
	tui_puts(0, 1, COLS - 2, tr_ui(t, "ui.train.banner"), ROLE_TITLE);
	if (rows < 1) {
		refresh();
		return;
	}
	tui_puts(1, 1, width, tr_ui(t, "ui.train.pick.title"), ROLE_HEADING);
	for (size_t i = top; i < c->n_scenarios && i < top + (size_t)rows; i++) {
		const struct scenario *s = &c->scenarios[i];
		char *line = xasprintf("%s (%s)", scenario_title(t, s),
				       audience_name(t, s->audience));
		int y = 3 + (int)(i - top);

		if (i == cur)
			tui_selection(y, 1, width);
		tui_puts(y, 3, width - 2, line, i == cur ? ROLE_SELECTION : ROLE_NORMAL);
		free(line);
	}
	tui_draw_key_bar(t, pick_keys, sizeof pick_keys / sizeof pick_keys[0], pick_exit,
			 sizeof pick_exit / sizeof pick_exit[0]);
	refresh();
}

/* The full-screen choice: arrows (or j/k) to move, Enter to start, q or
 * Esc to leave, Ctrl-X to leave at once with the screen cleared. Returns
 * NULL when the trainer leaves. */
static const struct scenario *pick_screen(const struct content *c, const struct tr *t)
{
	size_t cur = 0, top = 0;
	const struct scenario *sc = NULL;
	bool done = false, quick = false;

	xalloc_on_fatal(pick_fatal);
	initscr();
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	while (!done) {
		int rows = LINES - 4;	/* banner, title, blank ... key bar */
		wint_t wc;
		int r;

		if (rows > 0 && cur < top)
			top = cur;
		if (rows > 0 && cur >= top + (size_t)rows)
			top = cur - (size_t)rows + 1;
		pick_draw(c, t, cur, top, rows);
		r = get_wch(&wc);
		if (r == ERR)
			continue;
		switch (pick_action(r == KEY_CODE_YES ? TUI_FN((int)wc) : (int)wc)) {
		case ACT_UP: if (cur > 0) cur--; break;
		case ACT_DOWN: if (cur + 1 < c->n_scenarios) cur++; break;
		case ACT_HOME: cur = 0; break;
		case ACT_END: cur = c->n_scenarios - 1; break;
		case ACT_SELECT:
			sc = &c->scenarios[cur];
			done = true;
			break;
		case ACT_QUICK_EXIT:
			quick = true;
			/* fall through */
		case ACT_QUIT:
			done = true;
			break;
		default:
			break;
		}
	}
	erase();
	refresh();
	endwin();
	if (quick)
		tui_clear_scrollback();
	xalloc_on_fatal(NULL);
	return sc;
}

int cmd_train(struct cli *cli)
{
	struct interview_setup setup = { 0 };
	const struct scenario *sc = NULL;
	bool plain = cli_flag(cli, "plain"), tty;
	struct content *c = cli_content(cli, false);
	int status;

	if (!c)
		return EXIT_INVALID;
	status = cli_speech(cli, plain, &setup);
	if (status == EXIT_OK)
		status = cli_resolve(cli, c, &setup.lang, &setup.ask_lang, &setup.region);
	if (status != EXIT_OK)
		return status;
	if (!c->n_scenarios) {
		cli_say(cli, "ui.cli.train.no-scenarios", NULL);
		return EXIT_INVALID;
	}
	tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	if (cli->n_operands) {
		status = cli_scenario(cli, c, cli->operands[0], &sc);
		if (status != EXIT_OK)
			return status;
	} else if (plain) {
		sc = pick_plain(c, &setup.lang, stdin, stdout);
	} else if (tty) {
		sc = pick_screen(c, &setup.lang);
	} else {
		list_scenarios(c, &setup.lang, false, stdout);
		return EXIT_OK;
	}
	if (!sc)
		return EXIT_OK;

	setup.content = c;
	setup.lang_given = cli->common.lang != NULL;
	setup.ask_lang_given = cli->common.ask_lang != NULL;
	setup.region_given = cli->common.region != NULL;
	setup.colour = cli->common.colour;
	setup.lists = sc->checklists;
	setup.n_lists = sc->n_checklists;
	setup.situation = scenario_situation(sc);
	setup.training = sc;
	setup.printer = cli_arg(cli, "printer");
	return plain ? plain_run(&setup, false, stdin, stdout) : tui_run(&setup);
}
