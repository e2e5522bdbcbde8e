/* Person-facing consent: the purpose and its limits in the person's language, then "I agree", "not now" or "I have a question". */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/card.h"
#include "tipcheck/catalog.h"
#include "tipcheck/xalloc.h"
#include "tui.h"
#include "tui_draw.h"
#include "tui_person.h"

/* The person answers with digits; the worker takes the screen back with
 * Enter. The row with key -1 takes the person's own letter for "hear it
 * again" on entering. */
static struct tui_binding consent_keys[] = {
	{ '1', ACT_AGREE, "ui.person.consent.agree", SHOW_HELP },
	{ '2', ACT_DECLINE, "ui.person.consent.decline", SHOW_HELP },
	{ '3', ACT_ASK, "ui.person.consent.question", SHOW_HELP },
	{ 'r', ACT_REPEAT, "ui.person.repeat", SHOW_HELP },
	{ -1, ACT_REPEAT, "ui.person.repeat", SHOW_HELP },
	{ TUI_FN(KEY_UP), ACT_UP, "ui.person.help.scroll", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.person.help.scroll", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.person.help.scroll", SHOW_HELP },
	{ 'u', ACT_PAGE_UP, "ui.person.help.scroll", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.person.help.scroll", SHOW_HELP },
	{ 'm', ACT_PAGE_DOWN, "ui.person.help.scroll", SHOW_HELP },
	{ '\r', ACT_LEAVE, "ui.tui.action.person-off", SHOW_WORKER },
	{ '\n', ACT_LEAVE, "ui.tui.action.person-off", SHOW_WORKER },
	{ TUI_FN(KEY_ENTER), ACT_LEAVE, "ui.tui.action.person-off", SHOW_WORKER },
};
#define REPEAT_ROW 4

static const struct tui_choice choices[] = {
	{ '1', "ui.person.consent.agree" },
	{ '2', "ui.person.consent.decline" },
	{ '3', "ui.person.consent.question" },
};
#define N_CHOICES (sizeof choices / sizeof choices[0])

/*
 * The consent and purpose statement: the intro of the section `consent`
 * of a checklist asked first (indicators/README.md). NULL when the
 * interview has none.
 */
static const struct section *consent_section(const struct tui *t)
{
	for (size_t i = 0; i < session_n_sections(t->session); i++) {
		const struct section *sec = session_section_at(t->session, i);

		if (sec->checklist->first && sec->intro && !strcmp(sec->id, "consent"))
			return sec;
	}
	return NULL;
}

/* Rows of the screen for the consent text, the choices and the hint. */
struct layout {
	int text_top, text_rows;	/* the text, scrolled */
	int choices_top, choices_end;
	int hint;			/* how to answer */
	int width, x;			/* the text's column and width */
};

static struct layout layout_of(void)
{
	struct layout l;
	int rows = LINES >= 32 ? 14 : tui_choices_min_rows();

	l.width = COLS - 4 < 76 ? COLS - 4 : 76;
	l.x = (COLS - l.width) / 2;
	l.text_top = 1;
	l.hint = LINES - 2;
	/* The text needs a few rows more than the big digits: on a small
	 * screen the choices go to one line each. */
	if (LINES - 3 - rows < 6)
		rows = (int)N_CHOICES;
	l.choices_end = l.hint;
	l.choices_top = l.hint - rows;
	l.text_rows = l.choices_top - 1 - l.text_top;
	return l;
}

static void consent_doc(const struct tui *t, struct tui_doc *d, int width)
{
	const struct section *sec = consent_section(t);

	tui_doc_init(d, width);
	tui_doc_add(d, tr_text(&t->ask_lang, sec->key, "intro", sec->intro), 0, ROLE_NORMAL);
}

/* A phone number said a digit at a time ("999" is not "nine hundred and
 * ninety-nine"), its groups apart. */
static char *spoken_number(const char *contact)
{
	char *s = xcalloc(strlen(contact) * 2 + 1, 1), *p = s;

	for (const char *c = contact; *c; c++) {
		if (*c >= '0' && *c <= '9') {
			*p++ = *c;
			*p++ = ' ';
		} else if ((*c == ' ' || *c == '-') && p > s && p[-1] != ',') {
			p[-1] = ',';
			*p++ = ' ';
		} else if (*c != ' ' && *c != '-') {
			*p++ = *c;
		}
	}
	*p = '\0';
	return s;
}

static void say_consent(struct tui *t)
{
	const struct section *sec = consent_section(t);
	const char *text = tr_text(&t->ask_lang, sec->key, "intro", sec->intro);

	tui_say_choices(t, text, tui_text_lang(t, text, sec->intro), choices, N_CHOICES);
}

/* "Not now": thanks, and the numbers of the card, aloud. */
static void say_declined(struct tui *t)
{
	const struct tr *tr = &t->ask_lang;
	char *all = xstrdup(tr_ui(tr, "ui.person.declined.text"));
	struct card card;

	if (card_build(t->content, t->region, tr, &card)) {
		char *more = xasprintf("%s %s", all, tr_ui(tr, "ui.person.declined.numbers"));

		free(all);
		all = more;
		for (size_t i = 0; i < card.n_lines; i++) {
			char *number = spoken_number(card.lines[i].contact);

			more = xasprintf("%s %s: %s.", all, card.lines[i].label, number);
			free(number);
			free(all);
			all = more;
		}
		card_free(&card);
	}
	tui_say(t, tr_lang(tr), all);
	free(all);
}

static void consent_enter(struct tui *t)
{
	consent_keys[REPEAT_ROW].key = tui_repeat_key(&t->ask_lang);
	t->consent_scroll = 0;
	t->declined_shown = false;
	if (!consent_section(t)) {
		/* Content without a consent text: straight to the questions. */
		t->consent_given = true;
		tui_show(t, TUI_PERSON);
		return;
	}
	say_consent(t);
}

static enum tui_reaction consent_act(struct tui *t, enum tui_action a, int key)
{
	struct layout l = layout_of();
	struct tui_doc d;

	(void)key;
	tui_speech_poll(t);
	switch (a) {
	case ACT_LEAVE:
		/* The worker takes the screen back; after "not now", to the
		 * result that says so. */
		tui_speech_stop(t);
		tui_session_event(t, SESSION_EV_WORKER, ANSWER_NOT_ASKED, 0);
		break;
	case ACT_REPEAT:
		tui_speech_on(t, true);
		if (t->declined_shown)
			say_declined(t);
		else
			say_consent(t);
		break;
	case ACT_AGREE:
		if (t->declined_shown)
			break;
		t->consent_given = true;
		tui_show(t, TUI_PERSON);
		break;
	case ACT_DECLINE:
		if (t->declined_shown)
			break;
		session_handle(t->session,
			       (struct session_event){ SESSION_EV_DECLINE, ANSWER_NOT_ASKED, 0 });
		t->declined_shown = true;
		say_declined(t);
		break;
	case ACT_ASK:
		if (t->declined_shown)
			break;
		tui_speech_stop(t);
		tui_session_event(t, SESSION_EV_WORKER, ANSWER_NOT_ASKED, 0);
		break;
	default:
		if (t->declined_shown)
			break;
		consent_doc(t, &d, l.width);
		tui_scroll(a, &t->consent_scroll, d.n, l.text_rows);
		tui_doc_free(&d);
		break;
	}
	return TUI_CONTINUE;
}

static void draw_declined(const struct tui *t)
{
	const struct tr *tr = &t->ask_lang;
	int width = COLS - 8 < 70 ? COLS - 8 : 70;
	struct card card;
	int y;

	y = tui_centred_para(tr_ui(tr, "ui.person.declined.text"), 2, LINES - 2, width,
			     ROLE_HEADING);
	if (!card_build(t->content, t->region, tr, &card)) {
		tui_centred_para(tr_ui(tr, "ui.person.declined.no-numbers"), y + 1, LINES - 2,
				 width, ROLE_NORMAL);
		return;
	}
	y = tui_centred_para(tr_ui(tr, "ui.person.declined.numbers"), y + 1, LINES - 2, width,
			     ROLE_NORMAL);
	y++;
	for (size_t i = 0; i < card.n_lines && y < LINES - 2; i++) {
		char *line = xasprintf("%s: %s", card.lines[i].label, card.lines[i].contact);

		y = tui_centred_para(line, y, LINES - 2, width, ROLE_HEADING);
		if (card.lines[i].hours)
			y = tui_centred_para(card.lines[i].hours, y, LINES - 2, width, ROLE_DIM);
		free(line);
	}
	tui_centred_para(tr_ui(tr, "ui.person.declined.card"), y + 1, LINES - 2, width,
			 ROLE_NORMAL);
	card_free(&card);
}

static void consent_draw(const struct tui *t)
{
	const struct tr *tr = &t->ask_lang;
	struct layout l = layout_of();
	const char *names[] = { "key" };
	char key[32];
	const char *values[] = { key };
	struct tui_doc d;
	size_t first;
	char *line, *repeat;

	if (t->declined_shown) {
		draw_declined(t);
		tui_speech_note(t, tr, LINES - 1);
		return;
	}
	consent_doc(t, &d, l.width);
	first = tui_doc_clamp(&d, t->consent_scroll, l.text_rows);
	tui_doc_draw(&d, first, l.text_top, l.x, l.text_rows);
	if (first + (size_t)l.text_rows < d.n)
		tui_centred_para(tr_ui(tr, "ui.person.consent.more"), l.text_top + l.text_rows,
				 l.choices_top, COLS - 2, ROLE_DIM);
	tui_doc_free(&d);
	tui_draw_choices(tr, choices, N_CHOICES, l.choices_top, l.choices_end);
	tui_repeat_names(tr, key, sizeof key);
	repeat = tui_format(tr, "ui.person.repeat-hint", names, values, 1);
	line = t->speaking ? xasprintf("%s %s", tr_ui(tr, "ui.person.how"), repeat)
			   : xstrdup(tr_ui(tr, "ui.person.how"));
	tui_centred_para(line, l.hint, l.hint + 1, COLS - 2, ROLE_DIM);
	free(line);
	free(repeat);
	tui_speech_note(t, tr, LINES - 1);
}

const struct tui_screen tui_consent_screen = {
	"consent", consent_keys, sizeof consent_keys / sizeof consent_keys[0],
	consent_enter, consent_act, consent_draw, NULL,
};
