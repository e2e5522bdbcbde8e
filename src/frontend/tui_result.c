/* Result screen: the level, the reasoning per outcome and element, referrals, rights, next steps. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "tipcheck/catalog.h"
#include "tipcheck/contact.h"
#include "export.h"
#include "tipcheck/render.h"
#include "tipcheck/summary.h"
#include "tui.h"
#include "tipcheck/text.h"
#include "tipcheck/training.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

static const struct tui_binding result_keys[] = {
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ 'k', ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ 'j', ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_BAR },
	{ ' ', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ TUI_FN(KEY_HOME), ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ TUI_FN(KEY_END), ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ 'P', ACT_PRINT, "ui.tui.action.print", SHOW_BAR },
	{ 'S', ACT_SAVE, "ui.tui.action.save", SHOW_BAR },
	{ 'b', ACT_BACK, "ui.tui.action.back-to-review", SHOW_BAR },
	{ 'n', ACT_NEW, "ui.tui.action.new", SHOW_BAR },
	{ 'q', ACT_QUIT, "ui.tui.action.quit", SHOW_BAR },
};

static const char *const level_keys[LEVEL_COUNT] = {
	[LEVEL_NONE] = "ui.result.level.none",
	[LEVEL_INFORM] = "ui.result.level.inform",
	[LEVEL_REFER_FURTHER] = "ui.result.level.refer-further",
	[LEVEL_REFER] = "ui.result.level.refer",
	[LEVEL_URGENT] = "ui.result.level.urgent",
};

static const char *const element_keys[] = {
	[ELEMENT_NOT_POSITIVE] = "ui.tui.element.not-positive",
	[ELEMENT_POSITIVE] = "ui.tui.element.positive",
	[ELEMENT_UNDECIDED] = "ui.tui.element.undecided",
};

/* Reason wording by expression kind, [kind][negated]. */
static const char *const reason_keys[EXPR_COUNT][2] = {
	[EXPR_ITEM] = { "ui.tui.reason.item", "ui.tui.reason.item-not" },
	[EXPR_ANSWERED] = { "ui.tui.reason.answered", "ui.tui.reason.answered-not" },
	[EXPR_ELEMENT] = { "ui.tui.reason.element", "ui.tui.reason.element-not" },
	[EXPR_UNDECIDED] = { "ui.tui.reason.undecided", "ui.tui.reason.undecided-not" },
	[EXPR_UNKNOWN] = { "ui.tui.reason.unknown", "ui.tui.reason.unknown-not" },
	[EXPR_SIGNAL] = { "ui.tui.reason.signal", "ui.tui.reason.signal-not" },
	[EXPR_SIGN] = { "ui.tui.reason.sign", "ui.tui.reason.sign-not" },
	[EXPR_OUTCOME] = { "ui.tui.reason.outcome", "ui.tui.reason.outcome-not" },
};

static char *fmt1(const struct tui *t, const char *key, const char *name, const char *value)
{
	return tui_format(&t->lang, key, &name, &value, 1);
}

static char *level_line(const struct tui *t, enum level l)
{
	/* The summary's symbol: the same on screen and on paper. */
	return xasprintf("[%s] %s", summary_level_symbol(l), tr_ui(&t->lang, level_keys[l]));
}

static void add_reason(const struct tui *t, struct tui_doc *d, const struct reason *r)
{
	const struct expr *e = r->term;
	const char *key = reason_keys[e->kind][r->negated ? 1 : 0];
	const char *name = e->ref;
	char *owned = NULL;

	if (!key)
		return;
	if (e->item)
		name = tr_text(&t->lang, e->item->key, "sign", e->item->sign);
	else if (e->element)
		name = tr_text(&t->lang, e->element->key, "title", e->element->title);
	else if (e->outcome)
		name = tr_text(&t->lang, e->outcome->key, "title", e->outcome->title);
	else if (e->signal)
		name = tr_text(&t->lang, e->signal->key, "title", e->signal->title);
	else if (e->kind == EXPR_SIGN)
		name = tr_ui(&t->lang, tui_strength_label(e->strength));
	/* A signal or sign that held: the answers that made it hold. */
	for (size_t i = 0; i < r->n_items; i++) {
		char *next = xasprintf("%s%s%s", owned ? owned : name, i ? "; " : ": ",
				       tr_text(&t->lang, r->items[i]->key, "sign", r->items[i]->sign));

		free(owned);
		owned = next;
	}
	tui_doc_add_owned(d, fmt1(t, key, "name", owned ? owned : name), 4, ROLE_NORMAL);
	free(owned);
}

static void add_outcomes(const struct tui *t, struct tui_doc *d, const struct evaluation *e)
{
	tui_doc_blank(d);
	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.outcomes"), 0, ROLE_HEADING);
	if (e->n_outcomes == 0)
		tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.no-outcome"), 2, ROLE_NORMAL);
	for (size_t i = 0; i < e->n_outcomes; i++) {
		const struct outcome *o = e->outcomes[i].outcome;

		tui_doc_add_owned(d, xasprintf("[%s] %s", summary_level_symbol(o->level),
			tr_text(&t->lang, o->key, "title", o->title)), 2, tui_level_role(o->level));
		tui_doc_add(d, tr_text(&t->lang, o->key, "explain", o->explain), 4, ROLE_NORMAL);
		tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.because"), 4, ROLE_DIM);
		for (size_t j = 0; j < e->outcomes[i].n_reasons; j++)
			add_reason(t, d, &e->outcomes[i].reasons[j]);
		if (o->source || o->rules->source)
			tui_doc_add_owned(d, fmt1(t, "ui.tui.result.source", "source",
						  o->source ? o->source : o->rules->source), 4, ROLE_DIM);
		if (o->judgement)
			tui_doc_add_owned(d, fmt1(t, "ui.tui.result.judgement", "judgement",
				tr_text(&t->lang, o->key, "judgement", o->judgement)), 4, ROLE_DIM);
		tui_doc_blank(d);
	}
}

static void add_elements(const struct tui *t, struct tui_doc *d, const struct evaluation *e)
{
	if (e->n_elements == 0)
		return;
	tui_doc_blank(d);
	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.elements"), 0, ROLE_HEADING);
	for (size_t i = 0; i < e->n_elements; i++) {
		const struct element_result *er = &e->elements[i];
		const struct element *el = er->element;
		char s[16], m[16], w[16], miss[16];
		const char *names[] = { "strong", "medium", "weak" };
		const char *values[] = { s, m, w };

		tui_doc_add_owned(d, xasprintf("%s: %s",
			tr_text(&t->lang, el->key, "title", el->title),
			tr_ui(&t->lang, element_keys[er->state])), 2,
			er->state == ELEMENT_POSITIVE ? ROLE_ANSWER : ROLE_NORMAL);
		snprintf(s, sizeof s, "%u", er->yes[STRENGTH_STRONG]);
		snprintf(m, sizeof m, "%u", er->yes[STRENGTH_MEDIUM]);
		snprintf(w, sizeof w, "%u", er->yes[STRENGTH_WEAK]);
		tui_doc_add_owned(d, tui_format(&t->lang, "ui.tui.element.counts", names, values, 3),
				  4, ROLE_DIM);
		for (size_t j = 0; j < er->n_yes_items; j++) {
			const struct item *it = er->yes_items[j];

			tui_doc_add_owned(d, xasprintf("- %s (%s; %s)",
				tr_text(&t->lang, it->key, "sign", it->sign),
				tr_ui(&t->lang, tui_strength_label(it->strength)), it->source), 4,
				ROLE_NORMAL);
		}
		if (er->state != ELEMENT_POSITIVE && er->nearest && er->missing > 0) {
			snprintf(miss, sizeof miss, "%u", er->missing);
			tui_doc_add_owned(d, fmt1(t, "ui.tui.element.missing", "count", miss), 4,
					  ROLE_DIM);
		}
	}
}

static void add_referrals(const struct tui *t, struct tui_doc *d, const struct evaluation *e)
{
	tui_doc_blank(d);
	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.referrals"), 0, ROLE_HEADING);
	if (e->n_referrals == 0)
		tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.no-referrals"), 2, ROLE_NORMAL);
	for (size_t i = 0; i < e->n_referrals; i++) {
		const struct referral *r = &e->referrals[i];
		const struct service *sv = r->service;

		if (!sv) {
			tui_doc_add_owned(d, fmt1(t, "ui.tui.result.unknown-service", "id",
						  r->service_id), 2, ROLE_NORMAL);
			continue;
		}
		tui_doc_add_owned(d, contact_name(&t->lang, sv), 2, ROLE_HEADING);
		if (r->no_contact || !sv->contact || !*sv->contact) {
			tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.no-contact"), 4, ROLE_NORMAL);
		} else {
			char *checked = contact_checked(&t->lang, r->directory, sv);

			tui_doc_add_owned(d, fmt1(t, "ui.tui.result.contact", "contact", sv->contact),
					  4, ROLE_NORMAL);
			tui_doc_add_owned(d, fmt1(t, "ui.contact.line", "checked", checked), 4,
					  ROLE_DIM);
			free(checked);
		}
		if (sv->hours)
			tui_doc_add_owned(d, fmt1(t, "ui.tui.result.hours", "hours",
				tr_text(&t->lang, sv->key, "hours", sv->hours)), 4, ROLE_NORMAL);
		tui_doc_add(d, tr_text(&t->lang, sv->key, "notes", sv->notes), 4, ROLE_NORMAL);
		if (sv->url)
			tui_doc_add(d, sv->url, 4, ROLE_DIM);
		if (r->fallback && r->directory)
			tui_doc_add_owned(d, fmt1(t, "ui.tui.result.fallback", "region",
				tr_text(&t->lang, r->directory->id, "region", r->directory->region)),
				4, ROLE_DIM);
	}
	if (e->region && e->region->notice)
		tui_doc_add(d, tr_text(&t->lang, e->region->id, "notice", e->region->notice), 2,
			    ROLE_DIM);
}

static void add_notices(const struct tui *t, struct tui_doc *d, const struct evaluation *e)
{
	if (e->n_notices == 0)
		return;
	tui_doc_blank(d);
	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.rights"), 0, ROLE_HEADING);
	for (size_t i = 0; i < e->n_notices; i++) {
		const struct notice *n = e->notices[i];

		tui_doc_add(d, tr_text(&t->lang, n->key, "title", n->title), 2, ROLE_ANSWER);
		tui_doc_add(d, tr_text(&t->lang, n->key, "text", n->text), 4, ROLE_NORMAL);
	}
}

/* The whole result as a document, in the worker's language. */
/* Training: the trainee's feedback after the result, as on paper. */
static void add_feedback(const struct tui *t, struct tui_doc *d)
{
	struct render_opts o;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	if (!f)
		return;
	render_opts_init(&o, &t->lang);
	o.ask_lang = &t->ask_lang;
	o.width = (unsigned)(COLS - 4);
	training_write_feedback(f, &o, t->setup->training, session_answers(t->session), t->eval);
	fclose(f);
	tui_doc_blank(d);
	tui_doc_add_owned(d, text, 0, ROLE_NORMAL);
}

/* An emergency alert that holds: its title and contacts come first,
 * above the reasoning. */
static void add_act_now(const struct tui *t, struct tui_doc *d, const struct evaluation *e)
{
	for (size_t i = 0; i < e->n_alerts; i++) {
		const struct alert *a = e->alerts[i].alert;

		if (a->kind != ALERT_EMERGENCY)
			continue;
		tui_doc_add(d, tr_text(&t->lang, a->key, "title", a->title), 0, ROLE_URGENT);
		tui_add_contacts(t, d, e->alerts[i].contacts, e->alerts[i].n_contacts, 2);
		tui_doc_blank(d);
	}
}

static void result_doc(const struct tui *t, struct tui_doc *d)
{
	const struct evaluation *e = t->eval;

	tui_doc_init(d, COLS - 4);
	add_act_now(t, d, e);
	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.reminder"), 0, ROLE_DIM);
	if (e->insufficient) {
		tui_doc_blank(d);
		tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.insufficient"), 0, ROLE_NORMAL);
	}
	add_outcomes(t, d, e);
	add_referrals(t, d, e);
	add_notices(t, d, e);
	add_elements(t, d, e);
	tui_doc_blank(d);
	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.next"), 0, ROLE_HEADING);
	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.result.next-steps"), 2, ROLE_NORMAL);
	if (t->setup->training)
		add_feedback(t, d);
}

static int body_height(void)
{
	return LINES - 4;
}

/* The summary (summary.h) for export: the same words as on screen. */
static int render_summary(FILE *out, enum render_format format, const void *arg)
{
	const struct tui *t = arg;
	struct render_opts o;
	char date[11];

	render_opts_init(&o, &t->lang);
	o.format = format;
	o.ask_lang = &t->ask_lang;
	o.region = t->region;
	o.date = interview_date(date);
	if (t->setup->training) {
		struct training_result r = { { &o, t->content, t->eval },
					     t->setup->training, session_answers(t->session) };

		return training_render_result(out, format, &r);
	}
	return summary_render(out, &o, t->content, t->eval) ? 0 : -1;
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
	tui_puts(LINES - 2, 1, COLS - 2, tr_ui(&t->lang, "ui.tui.result.printing"), ROLE_ANSWER);
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
	evaluation_free(t->eval);
	t->eval = session_evaluate(t->session, t->region);
	t->result_scroll = 0;
	t->prompt_open = false;
	free(t->message);
	t->message = NULL;
}

static enum tui_reaction result_act(struct tui *t, enum tui_action a, int key)
{
	struct tui_doc d;

	(void)key;
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
		return print_summary(t);
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

static void result_draw(const struct tui *t)
{
	struct tui_doc d;
	size_t first;
	char *banner = level_line(t, t->eval->level);
	int h = body_height();

	tui_title_bar(tr_ui(&t->lang, "ui.tui.result.title"), NULL);
	tui_fill(1, 0, tui_level_role(t->eval->level));
	tui_puts(1, 2, COLS - 4, banner, tui_level_role(t->eval->level));
	free(banner);
	result_doc(t, &d);
	first = tui_doc_clamp(&d, t->result_scroll, h);
	tui_doc_draw(&d, first, 2, 2, h);
	if (first + (size_t)h < d.n)
		tui_puts(LINES - 2, COLS - 12, 11, tr_ui(&t->lang, "ui.tui.more"), ROLE_DIM);
	tui_doc_free(&d);
	if (t->message)
		tui_puts(LINES - 2, 1, COLS - 14, t->message, ROLE_ANSWER);
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
