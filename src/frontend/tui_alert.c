/* Alert screens: a safety interrupt with what to do now, the contacts and the choices; the neutral screen after stopping. */
#include <curses.h>
#include <stdlib.h>

#include "tipcheck/catalog.h"
#include "tipcheck/contact.h"
#include "tui.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

/* An emergency offers the result now; a discreet alert, to stop. Every
 * choice is a deliberate key: Enter does nothing here. */
static const struct tui_binding emergency_keys[] = {
	{ 'r', ACT_RESULT, "ui.tui.alert.result", SHOW_BAR },
	{ 'c', ACT_CONTINUE, "ui.tui.alert.continue", SHOW_BAR },
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ 'u', ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ 'm', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
};

static const struct tui_binding discreet_keys[] = {
	{ 's', ACT_STOP, "ui.tui.alert.stop", SHOW_BAR },
	{ 'c', ACT_CONTINUE, "ui.tui.alert.continue", SHOW_BAR },
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ 'u', ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ 'm', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
};

static const struct tui_binding neutral_keys[] = {
	{ '\r', ACT_SELECT, "ui.tui.action.forward", SHOW_HELP },
	{ '\n', ACT_SELECT, "ui.tui.action.forward", SHOW_HELP },
	{ TUI_FN(KEY_ENTER), ACT_SELECT, "ui.tui.action.forward", SHOW_HELP },
};

/* The session's choice for each action of the alert screens. */
static const struct {
	enum tui_action action;
	enum session_alert_choice choice;
} choices[] = {
	{ ACT_CONTINUE, SESSION_ALERT_CONTINUE },
	{ ACT_RESULT, SESSION_ALERT_RESULT },
	{ ACT_STOP, SESSION_ALERT_STOP },
};

static const enum tui_screen_id alert_screens[ALERT_KIND_COUNT] = {
	[ALERT_EMERGENCY] = TUI_ALERT_EMERGENCY,
	[ALERT_DISCREET] = TUI_ALERT_DISCREET,
};

enum tui_screen_id tui_alert_screen_of(enum alert_kind k)
{
	return k < ALERT_KIND_COUNT ? alert_screens[k] : TUI_ALERT_EMERGENCY;
}

/* n contacts (referral_resolve) in the result's words: the name (police
 * lines marked) and the number, the hours, how it was checked, or how to
 * find the service when no contact is known. */
static void add_contacts(const struct tui *t, struct tui_doc *d, const struct referral *r,
			 size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct service *sv = r[i].service;
		char *name = sv ? contact_name(&t->lang, sv) : xstrdup(r[i].service_id);
		const char *values[] = { name, sv ? sv->contact : "" };

		if (i)
			tui_doc_blank(d);
		tui_doc_add_owned(d, tui_format(&t->lang, r[i].no_contact ? "ui.result.no-contact"
						: "ui.result.service-contact",
						(const char *[]){ "service", "contact" }, values, 2),
				  0, r[i].no_contact ? ROLE_NORMAL : ROLE_ANSWER);
		free(name);
		if (sv && sv->hours)
			tui_doc_add_owned(d, tui_format(&t->lang, "ui.result.hours",
							(const char *[]){ "hours" },
							(const char *[]){ tr_text(&t->lang, sv->key,
									"hours", sv->hours) }, 1),
					  2, ROLE_NORMAL);
		if (r[i].no_contact) {
			tui_doc_add_owned(d, contact_find(&t->lang, &r[i], NULL), 2, ROLE_NORMAL);
		} else {
			char *checked = contact_checked(&t->lang, r[i].directory, sv);

			tui_doc_add_owned(d, tui_format(&t->lang, "ui.contact.line",
							(const char *[]){ "checked" },
							(const char *[]){ checked }, 1), 2, ROLE_DIM);
			free(checked);
		}
	}
}

/* What to do now, whom to call, and the choices; in the worker's
 * language (the person never sees this screen). */
static void alert_doc(const struct tui *t, struct tui_doc *d)
{
	const struct alert *a = session_alert(t->session);
	const struct tui_screen *s = tui_screen_of(t->screen);
	struct referral *r;
	char name[16];

	tui_doc_init(d, tui_measure(COLS - 4));
	if (!a)
		return;
	tui_doc_add(d, tr_text(&t->lang, a->key, "title", a->title), 0,
		    a->kind == ALERT_EMERGENCY ? ROLE_URGENT : ROLE_HEADING);
	tui_doc_blank(d);
	tui_doc_add(d, tr_text(&t->lang, a->key, "text", a->text), 0, ROLE_NORMAL);
	if (a->n_refer) {
		r = xcalloc(a->n_refer, sizeof *r);
		for (size_t i = 0; i < a->n_refer; i++)
			referral_resolve(t->content, t->region, a->refer[i], &r[i]);
		tui_doc_blank(d);
		add_contacts(t, d, r, a->n_refer);
		free(r);
	}
	tui_doc_blank(d);
	for (size_t i = 0; i < s->n_keys; i++)
		if (s->keys[i].show == SHOW_BAR)
			tui_doc_add_owned(d, xasprintf("%-3s %s",
				tui_key_name(t, s->keys[i].key, name, sizeof name),
				tr_ui(&t->lang, s->keys[i].label)), 2, ROLE_NORMAL);
}

static void alert_enter(struct tui *t)
{
	t->alert_scroll = 0;
}

static enum tui_reaction alert_act(struct tui *t, enum tui_action a, int key)
{
	struct tui_doc d;

	(void)key;
	for (size_t i = 0; i < sizeof choices / sizeof choices[0]; i++)
		if (choices[i].action == a) {
			tui_session_event(t, SESSION_EV_ALERT, ANSWER_NOT_ASKED, choices[i].choice);
			return TUI_CONTINUE;
		}
	alert_doc(t, &d);
	tui_scroll(a, &t->alert_scroll, d.n, LINES - 4);
	tui_doc_free(&d);
	return TUI_CONTINUE;
}

static void alert_draw(const struct tui *t)
{
	struct tui_doc d;
	size_t first;
	int h = LINES - 4;

	tui_title_bar(tr_ui(&t->lang, "ui.tui.alert.title"), NULL);
	alert_doc(t, &d);
	first = tui_doc_clamp(&d, t->alert_scroll, h);
	tui_doc_draw(&d, first, 2, 2, h);
	if (first + (size_t)h < d.n)
		tui_puts(LINES - 2, 2 + tui_measure(COLS - 4) - 11, 11, tr_ui(&t->lang, "ui.tui.more"),
			 ROLE_DIM);
	tui_doc_free(&d);
	tui_key_bar(t, tui_screen_of(t->screen));
}

const struct tui_screen tui_alert_emergency_screen = {
	"alert-emergency", emergency_keys, sizeof emergency_keys / sizeof emergency_keys[0],
	alert_enter, alert_act, alert_draw, NULL,
};

const struct tui_screen tui_alert_discreet_screen = {
	"alert-discreet", discreet_keys, sizeof discreet_keys / sizeof discreet_keys[0],
	alert_enter, alert_act, alert_draw, NULL,
};

/* After stopping: words anyone may see, no title, nothing of the
 * interview; Enter goes to the start. */
static enum tui_reaction neutral_act(struct tui *t, enum tui_action a, int key)
{
	(void)key;
	if (a == ACT_SELECT)
		tui_show(t, TUI_START);
	return TUI_CONTINUE;
}

static void neutral_draw(const struct tui *t)
{
	struct tui_doc d;
	int y = LINES / 2 - 1;

	tui_doc_init(&d, tui_measure(COLS - 8));
	tui_doc_add(&d, tr_ui(&t->lang, "ui.tui.neutral.text"), 0, ROLE_NORMAL);
	tui_doc_blank(&d);
	tui_doc_add(&d, tr_ui(&t->lang, "ui.tui.neutral.hint"), 0, ROLE_DIM);
	for (size_t i = 0; i < d.n && y < LINES - 1; i++, y++)
		tui_put_centred(y, d.v[i].text, d.v[i].len, d.v[i].role);
	tui_doc_free(&d);
}

const struct tui_screen tui_neutral_screen = {
	"neutral", neutral_keys, sizeof neutral_keys / sizeof neutral_keys[0],
	NULL, neutral_act, neutral_draw, NULL,
};
