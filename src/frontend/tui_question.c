/* Question screen: one step of the interview (a section intro or an item), the worker's view. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/text.h"
#include "tui.h"
#include "tui_draw.h"
#include "tui_person.h"

static const struct tui_binding question_keys[] = {
	{ TUI_LETTER, ACT_YES, "ui.tui.answer.yes", SHOW_HINT },
	{ '1', ACT_YES, "ui.tui.answer.yes", SHOW_HELP },
	{ TUI_LETTER, ACT_NO, "ui.tui.answer.no", SHOW_HINT },
	{ '2', ACT_NO, "ui.tui.answer.no", SHOW_HELP },
	{ TUI_LETTER, ACT_UNKNOWN, "ui.tui.answer.unknown", SHOW_HINT },
	{ '3', ACT_UNKNOWN, "ui.tui.answer.unknown", SHOW_HELP },
	{ TUI_LETTER, ACT_NOT_ASKED, "ui.tui.answer.not-asked", SHOW_HINT },
	{ '4', ACT_NOT_ASKED, "ui.tui.answer.not-asked", SHOW_HELP },
	{ '\r', ACT_FORWARD, "ui.tui.action.forward", SHOW_HELP },
	{ '\n', ACT_FORWARD, "ui.tui.action.forward", SHOW_HELP },
	{ TUI_FN(KEY_ENTER), ACT_FORWARD, "ui.tui.action.forward", SHOW_HELP },
	{ TUI_FN(KEY_RIGHT), ACT_FORWARD, "ui.tui.action.forward", SHOW_HELP },
	{ 'f', ACT_FORWARD, "ui.tui.action.forward", SHOW_HELP },
	{ TUI_FN(KEY_LEFT), ACT_BACK, "ui.tui.action.back", SHOW_HELP },
	{ 'b', ACT_BACK, "ui.tui.action.back", SHOW_BAR },
	{ TUI_FN(KEY_BACKSPACE), ACT_BACK, "ui.tui.action.back", SHOW_HELP },
	{ 127, ACT_BACK, "ui.tui.action.back", SHOW_HELP },
	{ 'g', ACT_GUIDANCE, "ui.tui.action.guidance", SHOW_BAR },
	{ 'r', ACT_REVIEW, "ui.tui.action.review", SHOW_BAR },
	{ 'p', ACT_PERSON, "ui.tui.action.person", SHOW_BAR },
	{ 'a', ACT_SPEAK, "ui.tui.action.speak", SHOW_BAR },
	{ 'A', ACT_SILENCE, "ui.tui.action.silence", SHOW_HELP },
	{ 'j', ACT_JUMP, "ui.tui.action.jump", SHOW_BAR },
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.scroll-up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.scroll-down", SHOW_HELP },
	{ TUI_FN(KEY_PPAGE), ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ 'u', ACT_PAGE_UP, "ui.tui.action.page-up", SHOW_HELP },
	{ TUI_FN(KEY_NPAGE), ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
	{ 'm', ACT_PAGE_DOWN, "ui.tui.action.page-down", SHOW_HELP },
};

/* Rows above and below the body. */
#define BODY_TOP 3
#define BODY_BOTTOM 3

static int body_height(void)
{
	return LINES - BODY_TOP - BODY_BOTTOM;
}

/* Adds "label" and other, the text in the person's language, when it
 * differs from the worker's. */
static void add_other_language(const struct tui *t, struct tui_doc *d, const char *other,
			       const char *shown)
{
	const char *names[] = { "language" };
	const char *values[1];

	if (!other || !shown || !strcmp(other, shown) || !t->ask_lang.cat)
		return;
	values[0] = tr_language_name(&t->lang, &t->ask_lang);
	tui_doc_blank(d);
	tui_doc_add_owned(d, tui_format(&t->lang, "ui.tui.question.in-language", names,
					values, 1), 0, ROLE_DIM);
	tui_doc_add(d, other, 2, ROLE_NORMAL);
}

/* The body of the current step, wrapped to the screen's width. */
static void question_doc(const struct tui *t, struct tui_doc *d)
{
	const struct section *sec = session_section(t->session);
	const struct item *it = session_item(t->session);

	tui_doc_init(d, tui_measure(COLS - 4));
	if (!it) {
		if (sec->intro) {
			const char *intro = tr_text(&t->lang, sec->key, "intro", sec->intro);

			tui_doc_add(d, tr_ui(&t->lang, "ui.tui.question.read-out"), 0, ROLE_DIM);
			tui_doc_add(d, intro, 2, ROLE_NORMAL);
			add_other_language(t, d, tr_text(&t->ask_lang, sec->key, "intro",
							 sec->intro), intro);
		}
		/* For the worker alone: in the worker's language only, so that
		 * an interpreter does not take it for words to pass on. */
		if (sec->guidance) {
			if (sec->intro)
				tui_doc_blank(d);
			tui_doc_add(d, tr_ui(&t->lang, "ui.tui.question.worker-guidance"), 0,
				    ROLE_DIM);
			tui_doc_add(d, tr_text(&t->lang, sec->key, "guidance", sec->guidance), 2,
				    ROLE_NORMAL);
		}
		/* Where the text is ours and what it rests on, as for items. */
		if (t->guidance && (sec->judgement || sec->source)) {
			tui_doc_blank(d);
			tui_doc_add(d, tr_ui(&t->lang, "ui.tui.question.guidance"), 0, ROLE_DIM);
			tui_doc_add(d, tr_text(&t->lang, sec->key, "judgement", sec->judgement), 2,
				    ROLE_DIM);
			if (sec->source) {
				const char *names[] = { "source" };
				const char *values[] = { sec->source };

				tui_doc_add_owned(d, tui_format(&t->lang, "ui.tui.question.intro-source",
								names, values, 1), 2, ROLE_DIM);
			}
		}
		return;
	}
	const char *ask = tr_text(&t->lang, it->key, "ask", it->ask);

	tui_doc_add(d, tr_ui(&t->lang, "ui.tui.question.sign"), 0, ROLE_DIM);
	tui_doc_add(d, tr_text(&t->lang, it->key, "sign", it->sign), 2, ROLE_SIGN);
	tui_doc_blank(d);
	if (ask) {
		tui_doc_add(d, tr_ui(&t->lang, "ui.tui.question.ask"), 0, ROLE_DIM);
		tui_doc_add(d, ask, 2, ROLE_NORMAL);
		add_other_language(t, d, tr_person_question(&t->ask_lang, it->key, it->ask,
							    it->person_ask), ask);
	} else {
		tui_doc_add(d, tr_ui(&t->lang, "ui.tui.question.observe"), 0, ROLE_DIM);
	}
	if (t->guidance) {
		const char *names[] = { "strength", "source" };
		const char *values[] = { tr_ui(&t->lang, tui_strength_label(it->strength)),
					 it->source };

		tui_doc_blank(d);
		tui_doc_add(d, tr_ui(&t->lang, "ui.tui.question.guidance"), 0, ROLE_DIM);
		tui_doc_add(d, tr_text(&t->lang, it->key, "guidance", it->guidance), 2,
			    ROLE_NORMAL);
		tui_doc_add(d, tr_text(&t->lang, it->key, "judgement", it->judgement), 2,
			    ROLE_DIM);
		tui_doc_add_owned(d, tui_format(&t->lang, "ui.tui.question.about", names,
						values, 2), 2, ROLE_DIM);
	}
}

/* The step aloud in the person's language, for an interview without an
 * interpreter: the suggested question, or the text to read out. */
static void say_step(struct tui *t)
{
	const struct section *sec = session_section(t->session);
	const struct item *it = session_item(t->session);
	const char *english = it ? it->ask : sec->intro;
	const char *text = tr_text(&t->ask_lang, it ? it->key : sec->key, it ? "ask" : "intro",
				   english);

	tui_speech_on(t, true);
	tui_say(t, tui_text_lang(t, text, english), text);
}

static enum tui_reaction question_act(struct tui *t, enum tui_action a, int key)
{
	enum answer ans;
	struct tui_doc d;

	(void)key;
	tui_speech_poll(t);
	if (tui_action_answer(a, &ans)) {
		if (session_item(t->session))
			tui_session_event(t, SESSION_EV_ANSWER, ans, 0);
		return TUI_CONTINUE;
	}
	switch (a) {
	case ACT_FORWARD:
		tui_session_event(t, SESSION_EV_NEXT, ANSWER_NOT_ASKED, 0);
		break;
	case ACT_BACK:
		tui_session_event(t, SESSION_EV_BACK, ANSWER_NOT_ASKED, 0);
		break;
	case ACT_GUIDANCE:
		t->guidance = !t->guidance;
		break;
	case ACT_JUMP:
		tui_show(t, TUI_SECTIONS);
		break;
	case ACT_REVIEW:
		tui_session_event(t, SESSION_EV_REVIEW, ANSWER_NOT_ASKED, 0);
		break;
	case ACT_PERSON:
		tui_show(t, TUI_PERSON);
		break;
	case ACT_SPEAK:
		say_step(t);
		break;
	case ACT_SILENCE:
		tui_speech_on(t, false);
		break;
	default:
		question_doc(t, &d);
		tui_scroll(a, &t->body_scroll, d.n, body_height());
		tui_doc_free(&d);
		break;
	}
	return TUI_CONTINUE;
}

static void question_draw(const struct tui *t)
{
	const struct section *sec = session_section(t->session);
	const struct item *it = session_item(t->session);
	const struct checklist *cl = sec->checklist;
	char n[16], m[16];
	const char *names[] = { "n", "m" };
	const char *values[] = { n, m };
	size_t pn, pm, first;
	char *progress;
	struct tui_doc d;
	int h = body_height(), right = 2 + tui_measure(COLS - 4), title_w = right - 1;

	session_progress(t->session, &pn, &pm);
	snprintf(n, sizeof n, "%zu", pn);
	snprintf(m, sizeof m, "%zu", pm);
	progress = tui_format(&t->lang, "ui.tui.question.progress", names, values, 2);
	tui_title_bar(tr_text(&t->lang, cl->key, "title", cl->title), progress);
	free(progress);
	if (t->speaking) {
		const char *on = tr_ui(&t->lang, "ui.speech.on");
		int w = (int)text_width(on);

		if (w + 2 < right) {
			tui_puts(1, right - w, w, on, ROLE_DIM);
			title_w -= w + 2;
		}
	}
	tui_puts(1, 1, title_w, tr_text(&t->lang, sec->key, "title", sec->title), ROLE_HEADING);
	tui_speech_note(t, &t->lang, 2);

	question_doc(t, &d);
	first = tui_doc_clamp(&d, t->body_scroll, h);
	tui_doc_draw(&d, first, BODY_TOP, 2, h);
	if (first + (size_t)h < d.n)
		tui_puts(BODY_TOP + h, right - 11, 11, tr_ui(&t->lang, "ui.tui.more"), ROLE_DIM);
	tui_doc_free(&d);

	if (it) {
		enum answer a = session_answer(t->session, it);

		const char *label = tr_ui(&t->lang, "ui.tui.question.answer");
		int x = 1 + tui_puts(LINES - 2, 1, COLS - 2, label, ROLE_DIM) + 1;

		x += tui_puts(LINES - 2, x, COLS - x, tr_ui(&t->lang, tui_answer_label(a)),
			      a == ANSWER_NOT_ASKED ? ROLE_DIM : ROLE_ANSWER);
		/* The answer keys next to the answer; on a narrow screen they
		 * go under the body and help lists them anyway. */
		tui_key_hints(t, &tui_question_screen, LINES - 2, x + 4);
	} else {
		tui_puts(LINES - 2, 1, COLS - 2,
			 tr_ui(&t->lang, sec->intro ? "ui.tui.question.continue"
						    : "ui.tui.question.continue-guidance"),
			 ROLE_DIM);
	}
	tui_key_bar(t, &tui_question_screen);
}

const struct tui_screen tui_question_screen = {
	"question", question_keys, sizeof question_keys / sizeof question_keys[0],
	NULL, question_act, question_draw, NULL,
};
