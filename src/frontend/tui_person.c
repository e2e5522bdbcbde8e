/* Person-facing mode: one question at a time, large and centred, in the person's language only. */
#include <curses.h>

#include "tipcheck/catalog.h"
#include "tui.h"
#include "tui_draw.h"

/* Digits work on any keyboard layout; y and n as well for the worker.
 * Nothing here names the interview, so the bar and help stay neutral. */
static const struct tui_binding person_keys[] = {
	{ '1', ACT_YES, "ui.tui.person.yes", SHOW_HELP },
	{ 'y', ACT_YES, "ui.tui.person.yes", SHOW_HELP },
	{ '2', ACT_NO, "ui.tui.person.no", SHOW_HELP },
	{ 'n', ACT_NO, "ui.tui.person.no", SHOW_HELP },
	{ '3', ACT_UNKNOWN, "ui.tui.person.rather-not", SHOW_HELP },
	{ '\r', ACT_LEAVE, "ui.tui.action.person-off", SHOW_HELP },
	{ '\n', ACT_LEAVE, "ui.tui.action.person-off", SHOW_HELP },
	{ TUI_FN(KEY_ENTER), ACT_LEAVE, "ui.tui.action.person-off", SHOW_HELP },
};

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

/* The session holds any alert the person's answers raise until the
 * worker takes the screen back: the person never sees one. */
static void person_enter(struct tui *t)
{
	session_handle(t->session, (struct session_event){ SESSION_EV_PERSON, ANSWER_NOT_ASKED, 0 });
	t->person_done = false;
	skip_to_question(t);
}

static enum tui_reaction person_act(struct tui *t, enum tui_action a, int key)
{
	enum answer ans;

	(void)key;
	if (a == ACT_LEAVE) {
		tui_session_event(t, SESSION_EV_WORKER, ANSWER_NOT_ASKED, 0);
		return TUI_CONTINUE;
	}
	if (t->person_done || !tui_action_answer(a, &ans))
		return TUI_CONTINUE;
	session_handle(t->session, (struct session_event){ SESSION_EV_ANSWER, ans, 0 });
	skip_to_question(t);
	return TUI_CONTINUE;
}

/* Draws text wrapped and centred from row y; returns the next row. */
static int centred_para(const char *text, int y, int width, enum tui_role r)
{
	struct tui_doc d;

	tui_doc_init(&d, width);
	tui_doc_add(&d, text, 0, r);
	for (size_t i = 0; i < d.n && y < LINES - 1; i++, y++)
		tui_put_centred(y, d.v[i].text, d.v[i].len, r);
	tui_doc_free(&d);
	return y;
}

static void person_draw(const struct tui *t)
{
	const struct tr *tr = &t->ask_lang;
	int width = COLS - 8 < 70 ? COLS - 8 : 70;
	int y;

	if (t->person_done) {
		centred_para(tr_ui(tr, "ui.tui.person.done"), LINES / 2 - 1, width, ROLE_HEADING);
		return;
	}
	const struct item *it = session_item(t->session);
	const char *q = tr_text(tr, it->key, "person_ask", it->person_ask);
	static const struct { const char *key, *digit; } options[] = {
		{ "ui.tui.person.yes", "1" },
		{ "ui.tui.person.no", "2" },
		{ "ui.tui.person.rather-not", "3" },
	};

	y = centred_para(q, LINES / 4 > 2 ? LINES / 4 : 2, width, ROLE_PERSON);
	y += 2;
	for (size_t i = 0; i < sizeof options / sizeof options[0] && y < LINES - 2; i++) {
		int x = COLS / 2 - width / 4;

		tui_puts(y, x, 3, options[i].digit, ROLE_KEY);
		tui_puts(y, x + 4, COLS - x - 5, tr_ui(tr, options[i].key), ROLE_NORMAL);
		y += 2;
	}
	centred_para(tr_ui(tr, "ui.tui.person.how"), y + 1 < LINES - 1 ? y + 1 : LINES - 2,
		     width, ROLE_DIM);
}

const struct tui_screen tui_person_screen = {
	"person", person_keys, sizeof person_keys / sizeof person_keys[0],
	person_enter, person_act, person_draw, NULL,
};
