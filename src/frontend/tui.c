/* The full-screen interview: terminal set-up and restore, the key loop, quick exit. */
#include <curses.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli.h"
#include "interview.h"
#include "tipcheck/privacy.h"
#include "tui.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"
/* Last: term.h defines macros (lines, columns) that clash with names above. */
#include <term.h>

static const struct tui_screen *const screens[TUI_SCREEN_COUNT] = {
	[TUI_START] = &tui_start_screen,
	[TUI_QUESTION] = &tui_question_screen,
	[TUI_SECTIONS] = &tui_sections_screen,
	[TUI_PERSON] = &tui_person_screen,
	[TUI_REVIEW] = &tui_review_screen,
	[TUI_RESULT] = &tui_result_screen,
	[TUI_HELP] = &tui_help_screen,
	[TUI_ALERT_EMERGENCY] = &tui_alert_emergency_screen,
	[TUI_ALERT_DISCREET] = &tui_alert_discreet_screen,
	[TUI_NEUTRAL] = &tui_neutral_screen,
	[TUI_CONSENT] = &tui_consent_screen,
};

/*
 * What a signal handler may need: the session to wipe and the bytes that
 * give the terminal back. Filled before curses starts; the handler (run
 * by privacy_on_exit on exit, SIGINT, SIGTERM, SIGHUP) only wipes memory,
 * calls tcsetattr() and write(), which are async-signal-safe.
 */
static struct {
	struct session *volatile session;
	volatile sig_atomic_t curses_on;
	struct termios saved;
	bool have_saved;
	char restore[128];
	size_t restore_len;
} guard;

static void guard_wipe(void *arg)
{
	(void)arg;
	if (guard.session)
		session_wipe(guard.session);
	if (guard.curses_on) {
		guard.curses_on = 0;
		if (guard.have_saved)
			tcsetattr(STDIN_FILENO, TCSAFLUSH, &guard.saved);
		if (write(STDOUT_FILENO, guard.restore, guard.restore_len) < 0)
			return;
	}
}

/* Out of memory (xalloc.h): the answers wiped and the terminal given back
 * by the same bytes as on a signal, before the message is printed. */
static void guard_fatal(void)
{
	guard_wipe(NULL);
}

/* Appends a terminfo capability (if the terminal has it) to the restore
 * bytes. */
static void guard_add_cap(const char *cap)
{
	const char *s = tigetstr(cap);
	size_t n;

	if (!s || s == (const char *)-1)
		return;
	n = strlen(s);
	if (guard.restore_len + n < sizeof guard.restore) {
		memcpy(guard.restore + guard.restore_len, s, n);
		guard.restore_len += n;
	}
}

/* Clears the screen, leaves the alternate screen, and clears the
 * scrollback where the terminal allows (ESC [ 3 J; ignored elsewhere). */
static const char clear_scrollback[] = "\033[H\033[2J\033[3J";

static void guard_prepare(void)
{
	guard.restore_len = 0;
	guard_add_cap("sgr0");
	guard_add_cap("clear");
	guard_add_cap("rmcup");
	guard_add_cap("cnorm");
	guard_add_cap("rmkx");
	if (guard.restore_len + sizeof clear_scrollback < sizeof guard.restore) {
		memcpy(guard.restore + guard.restore_len, clear_scrollback,
		       sizeof clear_scrollback - 1);
		guard.restore_len += sizeof clear_scrollback - 1;
	}
}

const struct tui_screen *tui_screen_of(enum tui_screen_id id)
{
	return screens[id];
}

void tui_key_bar(const struct tui *t, const struct tui_screen *s)
{
	tui_draw_key_bar(&t->lang, s->keys, s->n_keys, tui_global_keys, tui_n_global_keys);
}

void tui_key_hints(const struct tui *t, const struct tui_screen *s, int y, int x)
{
	tui_draw_key_hints(&t->lang, s->keys, s->n_keys, y, x);
}

const char *tui_key_name(const struct tui *t, int key, char *buf, size_t size)
{
	return tui_draw_key_name(&t->lang, key, buf, size);
}

void tui_show(struct tui *t, enum tui_screen_id id)
{
	t->screen = id;
	if (screens[id]->enter)
		screens[id]->enter(t);
}

bool tui_action_answer(enum tui_action a, enum answer *out)
{
	switch (a) {
	case ACT_YES: *out = ANSWER_YES; return true;
	case ACT_NO: *out = ANSWER_NO; return true;
	case ACT_UNKNOWN: *out = ANSWER_UNKNOWN; return true;
	case ACT_NOT_ASKED: *out = ANSWER_NOT_ASKED; return true;
	default: return false;
	}
}

const char *tui_answer_label(enum answer a)
{
	static const char *const keys[ANSWER_COUNT] = {
		[ANSWER_NOT_ASKED] = "ui.tui.answer.not-asked",
		[ANSWER_YES] = "ui.tui.answer.yes",
		[ANSWER_NO] = "ui.tui.answer.no",
		[ANSWER_UNKNOWN] = "ui.tui.answer.unknown",
	};

	return a < ANSWER_COUNT ? keys[a] : keys[ANSWER_NOT_ASKED];
}

const char *tui_strength_label(enum strength st)
{
	static const char *const keys[STRENGTH_COUNT] = {
		[STRENGTH_NONE] = "ui.tui.strength.none",
		[STRENGTH_WEAK] = "ui.tui.strength.weak",
		[STRENGTH_MEDIUM] = "ui.tui.strength.medium",
		[STRENGTH_STRONG] = "ui.tui.strength.strong",
	};

	return st < STRENGTH_COUNT ? keys[st] : keys[STRENGTH_NONE];
}

char *tui_section_title(const struct tui *t, const struct section *s)
{
	const struct checklist *cl = s->checklist;
	const char *names[] = { "section", "checklist" };
	const char *values[] = { tr_text(&t->lang, s->key, "title", s->title),
				 tr_text(&t->lang, cl->key, "title", cl->title) };

	return tui_format(&t->lang, "ui.tui.section-of", names, values, 2);
}

void tui_begin_interview(struct tui *t)
{
	t->session = session_new(t->content, t->lists, t->n_lists, t->situation);
	guard.session = t->session;
	t->guidance = false;
	t->body_scroll = 0;
	t->review_cursor = 0;
	t->review_scroll = 0;
	t->result_scroll = 0;
	t->section_cursor = 0;
	t->consent_given = false;
	tui_follow_session(t);
}

void tui_follow_session(struct tui *t)
{
	const struct alert *a = session_alert(t->session);

	if (session_state(t->session) == SESSION_STOPPED) {
		tui_end_interview(t);
		tui_show(t, TUI_NEUTRAL);
		return;
	}
	if (a) {
		tui_show(t, tui_alert_screen_of(a->kind));
		return;
	}
	switch (session_state(t->session)) {
	case SESSION_REVIEW:
		tui_show(t, TUI_REVIEW);
		break;
	case SESSION_DONE:
		tui_show(t, TUI_RESULT);
		break;
	default:
		tui_show(t, TUI_QUESTION);
		break;
	}
}

bool tui_session_event(struct tui *t, enum session_event_kind kind, enum answer a,
		       size_t index)
{
	struct session_event ev = { kind, a, index };
	bool ok = session_handle(t->session, ev);

	t->body_scroll = 0;
	/* A new step: what was read aloud for the last one stops. */
	if (ok && t->speech)
		speech_stop(t->speech);
	if (ok)
		tui_follow_session(t);
	return ok;
}

void tui_end_interview(struct tui *t)
{
	explain_free(t->explanation);
	t->explanation = NULL;
	evaluation_free(t->eval);
	t->eval = NULL;
	guard.session = NULL;
	if (t->session)
		session_wipe(t->session);
	session_free(t->session);
	t->session = NULL;
	free(t->lists);
	t->lists = NULL;
	t->n_lists = 0;
}

static void draw_too_small(const struct tui *t)
{
	char w[16], h[16];
	const char *names[] = { "width", "height" };
	const char *values[] = { w, h };
	struct tui_doc d;
	char *msg;
	int y;

	snprintf(w, sizeof w, "%d", TUI_MIN_COLS);
	snprintf(h, sizeof h, "%d", TUI_MIN_LINES);
	msg = tui_format(&t->lang, "ui.tui.too-small", names, values, 2);
	tui_doc_init(&d, COLS);
	tui_doc_add_owned(&d, msg, 0, ROLE_HEADING);
	y = LINES > (int)d.n ? (LINES - (int)d.n) / 2 : 0;
	for (size_t i = 0; i < d.n && y + (int)i < LINES; i++)
		tui_put_centred(y + (int)i, d.v[i].text, d.v[i].len, ROLE_HEADING);
	tui_doc_free(&d);
}

static bool too_small(void)
{
	return COLS < TUI_MIN_COLS || LINES < TUI_MIN_LINES;
}

/* Tags on every title bar: training, so a practice run never passes for
 * a real one; a draft translation, so nobody takes it for a checked text.
 * The languages can change at the start, hence before every draw. */
static void set_title_tag(struct tui *t)
{
	bool draft = tr_is_draft(&t->lang) || tr_is_draft(&t->ask_lang);

	snprintf(t->title_tag, sizeof t->title_tag, "%s%s%s",
		 t->setup->training ? tr_ui(&t->lang, "ui.train.tag") : "",
		 t->setup->training && draft ? " " : "",
		 draft ? tr_ui(&t->lang, "ui.tui.draft-tag") : "");
	tui_title_tag(t->title_tag[0] ? t->title_tag : NULL);
}

static void draw(const struct tui *t)
{
	erase();
	if (too_small())
		draw_too_small(t);
	else
		screens[t->screen]->draw(t);
	/* The person's screens have no title bar but show the training tag. */
	if (t->setup->training && (t->screen == TUI_PERSON || t->screen == TUI_CONSENT) &&
	    !too_small())
		tui_title_bar(NULL, NULL);
	refresh();
}

/* The action of key in table b, answer letters read in the worker's
 * language. */
static enum tui_action lookup(const struct tr *tr, const struct tui_binding *b, size_t n,
			      int key)
{
	for (size_t i = 0; i < n; i++)
		if (tui_row_key(tr, b, n, i) == key)
			return b[i].action;
	return ACT_NONE;
}

/* Reads one key: a character's code point, or TUI_FN(curses key code).
 * Returns -1 when nothing was read (a signal, an error). */
static int read_key(void)
{
	wint_t wc;
	int r = get_wch(&wc);

	if (r == ERR)
		return -1;
	if (r == KEY_CODE_YES)
		return TUI_FN((int)wc);
	return (int)wc;
}

static enum tui_reaction handle_key(struct tui *t, int key)
{
	const struct tui_screen *s = screens[t->screen];
	enum tui_action a = lookup(&t->lang, tui_global_keys, tui_n_global_keys, key);

	if (a == ACT_QUICK_EXIT)
		return TUI_QUICK_EXIT;
	if (too_small())
		return TUI_CONTINUE;
	if (t->prompt_open && s->input)
		return s->input(t, key);
	if (a == ACT_HELP) {
		if (t->screen == TUI_HELP) {
			t->screen = t->help_from;
		} else {
			t->help_from = t->screen;
			tui_show(t, TUI_HELP);
		}
		return TUI_CONTINUE;
	}
	a = lookup(&t->lang, s->keys, s->n_keys, key);
	if (a == ACT_NONE)
		return TUI_CONTINUE;
	return s->act(t, a, key);
}

static void curses_start(struct tui *t)
{
	guard.have_saved = tcgetattr(STDIN_FILENO, &guard.saved) == 0;
	initscr();
	guard_prepare();
	guard.curses_on = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	t->color = tui_draw_init(t->setup->colour);
}

void tui_clear_scrollback(void)
{
	fputs(clear_scrollback, stdout);
	fflush(stdout);
}

/* Gives the terminal back with nothing of the interview on it. */
static void curses_stop(bool scrollback)
{
	erase();
	refresh();
	endwin();
	guard.curses_on = 0;
	if (scrollback)
		tui_clear_scrollback();
}

int tui_run(const struct interview_setup *s)
{
	struct tui t;
	enum tui_reaction r = TUI_CONTINUE;
	unsigned errors = 0;

	memset(&t, 0, sizeof t);
	t.setup = s;
	t.content = s->content;
	t.lang = s->lang;
	t.ask_lang = s->ask_lang;
	t.region = s->region;
	t.situation = s->situation;
	t.partial = s->whole_content != NULL;
	/* No menu of languages to show first: the rest now, before the
	 * screen opens (an error is then printed as for any command). */
	if (t.partial && !tui_start_lang_step(&t) && !tui_whole_content(&t))
		return EXIT_INVALID;
	if (!t.marked)
		t.marked = xcalloc(s->content->n_checklists ? s->content->n_checklists : 1,
				   sizeof *t.marked);
	/* Nothing starts before the first word is to be said. */
	t.speech = speech_new(&s->speech);
	t.speaking = s->speak;

	/* Before initscr(): curses then leaves these signals to us. */
	privacy_on_exit(guard_wipe, NULL);
	xalloc_on_fatal(guard_fatal);
	curses_start(&t);
	tui_show(&t, TUI_START);
	while (r == TUI_CONTINUE) {
		int key;

		set_title_tag(&t);
		draw(&t);
		key = read_key();
		if (key < 0) {
			/* The terminal is gone (read errors in a row): leave,
			 * wiping as on any exit, rather than spin. */
			if (++errors > 100)
				r = TUI_QUIT;
			continue;
		}
		errors = 0;
		if (key != TUI_FN(KEY_RESIZE))
			r = handle_key(&t, key);
	}
	tui_end_interview(&t);
	speech_free(t.speech);
	free(t.marked);
	free(t.message);
	curses_stop(r == TUI_QUICK_EXIT);
	xalloc_on_fatal(NULL);
	return t.failed ? EXIT_INVALID : EXIT_OK;
}
