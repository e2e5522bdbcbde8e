/* Result screen: the explanation as advice, rule trace or sources; print and save. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "tipcheck/catalog.h"
#include "tipcheck/explain.h"
#include "export.h"
#include "tipcheck/render.h"
#include "tipcheck/summary.h"
#include "tui.h"
#include "tipcheck/text.h"
#include "tipcheck/feedback.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

static const struct tui_binding result_keys[] = {
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ 'k', ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ 'j', ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ 'u', ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ ' ', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ 'm', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_BAR },
	{ TUI_FN(KEY_HOME), ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ 't', ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ TUI_FN(KEY_END), ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ 'e', ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ 'P', ACT_PRINT, "ui.tui.action.print", SHOW_BAR },
	{ 'S', ACT_SAVE, "ui.tui.action.save", SHOW_BAR },
	{ 'b', ACT_BACK, "ui.tui.action.back-to-review", SHOW_BAR },
	{ 'n', ACT_NEW, "ui.tui.action.new", SHOW_BAR },
	{ 'q', ACT_QUIT, "ui.tui.action.quit", SHOW_BAR },
	{ 'w', ACT_WHY, "ui.tui.action.why", SHOW_BAR },
	{ 'o', ACT_SOURCES, "ui.tui.action.sources", SHOW_BAR },
	{ TUI_ESC, ACT_CLOSE, "ui.tui.action.advice", SHOW_HELP },
};

/* The parts of the explanation each view shows. */
static bool in_view(enum tui_result_view v, enum explain_part p)
{
	switch (v) {
	case RESULT_TRACE:
		return p == EXPLAIN_PART_TRACE;
	case RESULT_SOURCES:
		return p == EXPLAIN_PART_SOURCES;
	default:
		return p == EXPLAIN_PART_FEEDBACK || p == EXPLAIN_PART_ADVICE ||
		       p == EXPLAIN_PART_DEBRIEF;
	}
}

/* The colour role of a block on screen. */
static enum tui_role block_role(const struct explain_block *b)
{
	switch (b->role) {
	case EXPLAIN_HEADING:
		return ROLE_HEADING;
	case EXPLAIN_OUTCOME:
	case EXPLAIN_ALERT:
		return tui_level_role(b->level);
	case EXPLAIN_PROVENANCE:
		return ROLE_DIM;
	default:
		return b->emphasis ? ROLE_ANSWER : ROLE_NORMAL;
	}
}

/* One block as wrapped lines: headings and paragraphs after a blank
 * line, list entries as "- " at their depth, details under their entry.
 * The level is not among them: it stays in the banner above. */
static void add_block(struct tui_doc *d, const struct explain_block *b, bool *in_list)
{
	const char *text = b->text.text;
	char *s;

	if (b->role == EXPLAIN_LEVEL || !text)
		return;
	/* The view's title: the title bar and the banner say it already. */
	if (b->shape == EXPLAIN_H1 && d->n == 0 && b->part == EXPLAIN_PART_ADVICE)
		return;
	switch (b->shape) {
	case EXPLAIN_ITEM:
		if (!b->depth && !*in_list)
			tui_doc_blank(d);
		s = b->label.text ? xasprintf("- %s: %s", b->label.text, text)
				  : xasprintf("- %s", text);
		tui_doc_add_owned(d, s, 2 * (int)b->depth, block_role(b));
		*in_list = true;
		return;
	case EXPLAIN_SUB:
		tui_doc_add(d, text, 2 * (int)b->depth + 2, block_role(b));
		return;
	default:
		tui_doc_blank(d);
		s = b->label.text ? xasprintf("%s: %s", b->label.text, text) : xstrdup(text);
		tui_doc_add_owned(d, s, 0, block_role(b));
		*in_list = false;
		return;
	}
}

/* The view as a document, with a line saying how to reach the others. */
static void result_doc(const struct tui *t, struct tui_doc *d)
{
	const struct explanation *x = t->explanation;
	bool in_list = false;
	char w[16], o[16];
	const char *names[] = { "why", "sources" };
	const char *values[] = { tui_key_name(t, 'w', w, sizeof w),
				 tui_key_name(t, 'o', o, sizeof o) };

	tui_doc_init(d, tui_measure(COLS - 4));
	for (size_t i = 0; i < x->n_blocks; i++)
		if (in_view(t->result_view, x->blocks[i].part))
			add_block(d, &x->blocks[i], &in_list);
	tui_doc_blank(d);
	tui_doc_add_owned(d, tui_format(&t->lang, t->result_view == RESULT_ADVICE
					? "ui.tui.result.views" : "ui.tui.result.back",
					names, values, 2), 0, ROLE_DIM);
}

static int body_height(void)
{
	return LINES - 4;
}

/* The summary (summary.h) for export: the explanation on screen, on paper. */
static int render_summary(FILE *out, enum render_format format, const void *arg)
{
	const struct tui *t = arg;
	struct render_opts o;

	render_opts_init(&o, &t->lang);
	o.format = format;
	o.ask_lang = &t->ask_lang;
	o.region = t->region;
	o.training = t->setup->training != NULL;
	return summary_render(out, &o, t->explanation) ? 0 : -1;
}

/* Shows what an explicit print or save did. */
static void set_message(struct tui *t, struct export_result r, const char *path,
			const char *command)
{
	free(t->message);
	t->message = export_message(&t->lang, r, path, command);
}

/* While a print runs: the quick exit leaves, Esc stops the print, any
 * other key is dropped. */
static enum export_key printing_key(void *arg)
{
	wint_t wc;
	int r, key;

	(void)arg;
	nodelay(stdscr, TRUE);
	r = get_wch(&wc);
	nodelay(stdscr, FALSE);
	if (r == ERR)
		return EXPORT_KEY_NONE;
	key = r == KEY_CODE_YES ? TUI_FN((int)wc) : (int)wc;
	if (key == TUI_ESC)
		return EXPORT_KEY_STOP;
	for (size_t i = 0; i < tui_n_global_keys; i++)
		if (tui_global_keys[i].key == key && tui_global_keys[i].action == ACT_QUICK_EXIT)
			return EXPORT_KEY_QUIT;
	return EXPORT_KEY_NONE;
}

/* P asks first, naming the command it will run: a print leaves the
 * device and cannot be called back. */
static void ask_print(struct tui *t)
{
	const char *cmd = export_printer_command(t->setup->printer);
	const char *names[] = { "command" }, *values[] = { cmd };

	free(t->message);
	t->message = tr_format(tr_ui(&t->lang, "ui.tui.result.print-ask"), names, values, 1);
	t->print_asked = true;
}

static enum tui_reaction print_summary(struct tui *t)
{
	const char *cmd = export_printer_command(t->setup->printer);
	/* The printer command's own output would land on the screen curses
	 * owns: it goes nowhere; the outcome is shown as a message. */
	char *quiet = xasprintf("(%s) >/dev/null 2>&1", cmd);
	const struct export_watch w = { STDIN_FILENO, printing_key, NULL };
	struct export_result r;

	/* A printer may be slow: say so, and how to stop it, meanwhile. */
	tui_fill(LINES - 2, 0, ROLE_NORMAL);
	tui_puts(LINES - 2, 1, tui_measure(COLS - 2), tr_ui(&t->lang, "ui.tui.result.printing"),
		 ROLE_ANSWER);
	refresh();
	r = export_to_printer(quiet, render_summary, t, &w);

	free(quiet);
	if (r.status == EXPORT_QUIT)
		return TUI_QUICK_EXIT;
	set_message(t, r, NULL, cmd);
	return TUI_CONTINUE;
}

static enum render_format format_of(const char *path)
{
	const char *dot = strrchr(path, '.');

	if (dot && (!strcmp(dot, ".md") || !strcmp(dot, ".markdown")))
		return FORMAT_MARKDOWN;
	if (dot && (!strcmp(dot, ".html") || !strcmp(dot, ".htm")))
		return FORMAT_HTML;
	return FORMAT_TEXT;
}

static void save_summary(struct tui *t)
{
	struct export_result r = export_to_file(t->prompt, t->overwrite, format_of(t->prompt),
						render_summary, t);

	set_message(t, r, t->prompt, NULL);
	/* An existing file: Enter again replaces it. */
	t->overwrite = r.status == EXPORT_EXISTS;
	t->prompt_open = r.status == EXPORT_EXISTS;
}

/* The file-name prompt: printable characters, Backspace, Enter, Esc. */
static enum tui_reaction result_input(struct tui *t, int key)
{
	char buf[8];
	mbstate_t st;
	size_t n;

	switch (key) {
	case TUI_ESC:
		t->prompt_open = false;
		return TUI_CONTINUE;
	case '\r': case '\n': case TUI_FN(KEY_ENTER):
		if (t->prompt_len > 0)
			save_summary(t);
		return TUI_CONTINUE;
	case 127: case 8: case TUI_FN(KEY_BACKSPACE):
		/* Remove the last character, not the last byte. */
		while (t->prompt_len > 0 &&
		       ((unsigned char)t->prompt[--t->prompt_len] & 0xc0) == 0x80)
			;
		t->prompt[t->prompt_len] = '\0';
		t->overwrite = false;
		return TUI_CONTINUE;
	default:
		break;
	}
	if (key < 32 || key >= TUI_FN(0))
		return TUI_CONTINUE;
	memset(&st, 0, sizeof st);
	n = wcrtomb(buf, (wchar_t)key, &st);
	if (n != (size_t)-1 && t->prompt_len + n < sizeof t->prompt) {
		memcpy(t->prompt + t->prompt_len, buf, n);
		t->prompt_len += n;
		t->prompt[t->prompt_len] = '\0';
		t->overwrite = false;
	}
	return TUI_CONTINUE;
}

static void result_enter(struct tui *t)
{
	struct feedback *fb = NULL;
	char date[11];

	explain_free(t->explanation);
	evaluation_free(t->eval);
	t->eval = session_evaluate(t->session, t->region);
	if (t->setup->training)
		fb = feedback_new(t->content, t->setup->training, session_answers(t->session),
				  t->eval);
	t->explanation = explain_new(&t->lang, &t->ask_lang, t->eval, fb, interview_date(date));
	feedback_free(fb);
	t->result_view = RESULT_ADVICE;
	t->result_scroll = 0;
	t->prompt_open = false;
	t->print_asked = false;
	free(t->message);
	t->message = NULL;
}

/* w and o show their view, or go back to the advice; Esc goes back. */
static void show_view(struct tui *t, enum tui_result_view v)
{
	t->result_view = t->result_view == v ? RESULT_ADVICE : v;
	t->result_scroll = 0;
}

static enum tui_reaction result_act(struct tui *t, enum tui_action a, int key)
{
	struct tui_doc d;
	bool asked = t->print_asked;

	(void)key;
	/* Any other key than P after the question cancels the print. */
	t->print_asked = false;
	if (asked && a != ACT_PRINT) {
		free(t->message);
		t->message = NULL;
	}
	switch (a) {
	case ACT_BACK:
		/* Every answer is kept; finishing again evaluates anew. */
		tui_session_event(t, SESSION_EV_REVIEW, ANSWER_NOT_ASKED, 0);
		return TUI_CONTINUE;
	case ACT_NEW:
		tui_end_interview(t);
		tui_show(t, TUI_START);
		return TUI_CONTINUE;
	case ACT_QUIT:
		return TUI_QUIT;
	case ACT_PRINT:
		if (!asked) {
			ask_print(t);
			return TUI_CONTINUE;
		}
		return print_summary(t);
	case ACT_WHY:
		show_view(t, RESULT_TRACE);
		return TUI_CONTINUE;
	case ACT_SOURCES:
		show_view(t, RESULT_SOURCES);
		return TUI_CONTINUE;
	case ACT_CLOSE:
		show_view(t, RESULT_ADVICE);
		return TUI_CONTINUE;
	case ACT_SAVE:
		t->prompt_open = true;
		t->prompt_len = 0;
		t->prompt[0] = '\0';
		t->overwrite = false;
		free(t->message);
		t->message = NULL;
		return TUI_CONTINUE;
	default:
		result_doc(t, &d);
		tui_scroll(a, &t->result_scroll, d.n, body_height());
		tui_doc_free(&d);
		return TUI_CONTINUE;
	}
}

/* The outcome of a print or save, whole: wrapped on up to three rows
 * above the key bar, over the end of the text. */
static void draw_message(const char *message, int right)
{
	struct tui_doc m;
	int rows;

	tui_doc_init(&m, right - 1);
	tui_doc_add(&m, message, 0, ROLE_ANSWER);
	rows = m.n < 3 ? (int)m.n : 3;
	for (int i = 0; i < rows; i++) {
		const struct tui_line *l = &m.v[i];
		int y = LINES - 1 - rows + i;

		tui_fill(y, 0, ROLE_NORMAL);
		/* The last row shown takes what is left, cut if it must be. */
		tui_put(y, 1, right - 1, l->text,
			i == rows - 1 ? strlen(l->text) : l->len, ROLE_ANSWER);
	}
	tui_doc_free(&m);
}

static void result_draw(const struct tui *t)
{
	struct tui_doc d;
	size_t first;
	int h = body_height(), right = 2 + tui_measure(COLS - 4);

	tui_title_bar(tr_ui(&t->lang, "ui.tui.result.title"), NULL);
	tui_fill_width(1, 0, right + 2, tui_level_role(t->eval->level));
	tui_puts(1, 2, right - 2, t->explanation->level_line, tui_level_role(t->eval->level));
	result_doc(t, &d);
	first = tui_doc_clamp(&d, t->result_scroll, h);
	tui_doc_draw(&d, first, 2, 2, h);
	if (first + (size_t)h < d.n && !t->message)
		tui_puts(LINES - 2, right - 11, 11, tr_ui(&t->lang, "ui.tui.more"), ROLE_DIM);
	tui_doc_free(&d);
	if (t->message)
		draw_message(t->message, right);
	if (t->prompt_open) {
		const char *label = tr_ui(&t->lang, "ui.tui.result.save-prompt");
		int x;
		size_t w = text_width(t->prompt);
		int room;

		tui_fill(LINES - 1, 0, ROLE_NORMAL);
		x = 1 + tui_puts(LINES - 1, 1, COLS - 2, label, ROLE_HEADING) + 1;
		room = COLS - x - 2;
		/* Show the end of a long name, where the typing is. */
		const char *p = t->prompt;
		while (room > 0 && w > (size_t)room) {
			size_t step = 1;
			while (((unsigned char)p[step] & 0xc0) == 0x80)
				step++;
			w -= text_width_n(p, step);
			p += step;
		}
		x += tui_puts(LINES - 1, x, room, p, ROLE_NORMAL);
		tui_puts(LINES - 1, x, 1, "_", ROLE_SELECTION);
		return;
	}
	tui_key_bar(t, &tui_result_screen);
}

const struct tui_screen tui_result_screen = {
	"result", result_keys, sizeof result_keys / sizeof result_keys[0],
	result_enter, result_act, result_draw, result_input,
};
