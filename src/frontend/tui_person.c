/* Person-facing mode: one question at a time in the person's language only, answers drawn large, read aloud when speech is on. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/xalloc.h"
#include "tui.h"
#include "tui_draw.h"
#include "tui_person.h"

/* Digits work on any keyboard layout; the worker's letters for yes and
 * no as well (tui_keys.h), unless the person's "hear it again" takes one.
 * Nothing here names the interview, so help stays neutral. The row with
 * key -1 takes the person's own letter for "hear it again" on entering. */
static struct tui_binding person_keys[] = {
	{ '1', ACT_YES, "ui.person.yes", SHOW_HELP },
	{ TUI_LETTER, ACT_YES, "ui.person.yes", SHOW_WORKER },
	{ '2', ACT_NO, "ui.person.no", SHOW_HELP },
	{ TUI_LETTER, ACT_NO, "ui.person.no", SHOW_WORKER },
	{ '3', ACT_UNKNOWN, "ui.person.rather-not", SHOW_HELP },
	{ 'r', ACT_REPEAT, "ui.person.repeat", SHOW_HELP },
	{ -1, ACT_REPEAT, "ui.person.repeat", SHOW_HELP },
	{ '\r', ACT_LEAVE, "ui.tui.action.person-off", SHOW_WORKER },
	{ '\n', ACT_LEAVE, "ui.tui.action.person-off", SHOW_WORKER },
	{ TUI_FN(KEY_ENTER), ACT_LEAVE, "ui.tui.action.person-off", SHOW_WORKER },
};

static const struct tui_choice answers[] = {
	{ '1', "ui.person.yes" },
	{ '2', "ui.person.no" },
	{ '3', "ui.person.rather-not" },
};
#define N_ANSWERS (sizeof answers / sizeof answers[0])

/* Moves past steps the person cannot answer alone: section intros, and
 * items without a closed question for the person (open questions and
 * observed signs are the worker's). */
static void skip_to_question(struct tui *t)
{
	while (session_state(t->session) == SESSION_STEP) {
		const struct item *it = session_item(t->session);

		if (it && it->person_ask)
			return;
		if (!session_handle(t->session,
				    (struct session_event){ SESSION_EV_NEXT, ANSWER_NOT_ASKED, 0 }))
			break;
	}
	t->person_done = true;
}

/* The question and its answers aloud; thanks at the end. */
static void say_step(struct tui *t)
{
	const struct item *it;
	const char *q;

	if (t->person_done) {
		tui_say(t, tr_lang(&t->ask_lang), tr_ui(&t->ask_lang, "ui.person.done"));
		return;
	}
	it = session_item(t->session);
	q = tr_text(&t->ask_lang, it->key, "person_ask", it->person_ask);
	tui_say_choices(t, q, tui_text_lang(t, q, it->person_ask), answers, N_ANSWERS);
}

/* The session holds any alert the person's answers raise until the
 * worker takes the screen back: the person never sees one. The consent
 * comes first, once an interview. */
static void person_enter(struct tui *t)
{
	person_keys[6].key = tui_repeat_key(&t->ask_lang);
	session_handle(t->session, (struct session_event){ SESSION_EV_PERSON, ANSWER_NOT_ASKED, 0 });
	if (!t->consent_given) {
		tui_show(t, TUI_CONSENT);
		return;
	}
	t->person_done = false;
	skip_to_question(t);
	say_step(t);
}

static enum tui_reaction person_act(struct tui *t, enum tui_action a, int key)
{
	enum answer ans;

	(void)key;
	tui_speech_poll(t);
	if (a == ACT_LEAVE) {
		tui_speech_stop(t);
		tui_session_event(t, SESSION_EV_WORKER, ANSWER_NOT_ASKED, 0);
		return TUI_CONTINUE;
	}
	if (a == ACT_REPEAT) {
		tui_speech_on(t, true);
		say_step(t);
		return TUI_CONTINUE;
	}
	if (t->person_done || !tui_action_answer(a, &ans))
		return TUI_CONTINUE;
	session_handle(t->session, (struct session_event){ SESSION_EV_ANSWER, ans, 0 });
	skip_to_question(t);
	say_step(t);
	return TUI_CONTINUE;
}

/* The hint under the choices: how to answer, and how to hear it again
 * while speech is on. */
static void draw_hint(const struct tui *t, int y)
{
	const struct tr *tr = &t->ask_lang;
	char key[32];
	const char *names[] = { "key" };
	const char *values[] = { key };
	char *repeat, *line;

	if (!t->speaking) {
		tui_centred_para(tr_ui(tr, "ui.person.how"), y, y + 1, COLS - 2, ROLE_DIM);
		return;
	}
	tui_repeat_names(tr, key, sizeof key);
	repeat = tui_format(tr, "ui.person.repeat-hint", names, values, 1);
	line = xasprintf("%s %s", tr_ui(tr, "ui.person.how"), repeat);
	tui_centred_para(line, y, y + 1, COLS - 2, ROLE_DIM);
	free(line);
	free(repeat);
}

static void person_draw(const struct tui *t)
{
	const struct tr *tr = &t->ask_lang;
	int width = COLS - 8 < 70 ? COLS - 8 : 70;
	int y, bottom = LINES - 2;

	if (t->person_done) {
		tui_centred_para(tr_ui(tr, "ui.person.done"), LINES / 2 - 1, LINES - 1, width,
				 ROLE_HEADING);
	} else {
		const struct item *it = session_item(t->session);
		const char *q = tr_text(tr, it->key, "person_ask", it->person_ask);

		/* The question keeps the top; the answers take the rest. */
		y = tui_centred_para(q, 2, bottom - tui_choices_min_rows(), width, ROLE_PERSON);
		tui_draw_choices(tr, answers, N_ANSWERS, y + 1, bottom);
		draw_hint(t, bottom);
	}
	tui_speech_note(t, tr, LINES - 1);
}

const struct tui_screen tui_person_screen = {
	"person", person_keys, sizeof person_keys / sizeof person_keys[0],
	person_enter, person_act, person_draw, NULL,
};
