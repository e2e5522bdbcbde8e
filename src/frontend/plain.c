/* The line-by-line interview (--plain): no curses, no cursor movement; for screen readers and scripts. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "cli.h"
#include "export.h"
#include "interview.h"
#include "tipcheck/privacy.h"
#include "tipcheck/render.h"
#include "tipcheck/session.h"
#include "tipcheck/summary.h"
#include "tipcheck/text.h"
#include "tipcheck/training.h"
#include "tipcheck/xalloc.h"

#define WIDTH 80

struct plain {
	const struct interview_setup *s;
	const struct tr *t;		/* the worker's language */
	FILE *in;
	FILE *out;			/* the interview: prompts, questions */
	char *line;			/* the last line read; wiped at the end */
	size_t cap;
	bool eof;
	struct session *ses;
};

/* What a line typed at an item means. */
enum key { KEY_NONE, KEY_YES, KEY_NO, KEY_UNKNOWN, KEY_SKIP, KEY_BACK, KEY_REVIEW,
	   KEY_GUIDANCE, KEY_QUIT, KEY_ENTER };

/* The words that mean each action come from the worker's language
 * ("ui.plain.keys.yes": "y yes 1"), so that a Spanish worker can type "s"
 * for "sí"; tipcheck check rejects a language whose lists share a word. */
static const struct { const char *ui_key; enum key k; } key_words[] = {
	{ "ui.plain.keys.yes", KEY_YES },
	{ "ui.plain.keys.no", KEY_NO },
	{ "ui.plain.keys.unknown", KEY_UNKNOWN },
	{ "ui.plain.keys.skip", KEY_SKIP },
	{ "ui.plain.keys.back", KEY_BACK },
	{ "ui.plain.keys.review", KEY_REVIEW },
	{ "ui.plain.keys.guidance", KEY_GUIDANCE },
	{ "ui.plain.keys.quit", KEY_QUIT },
};

static const char *const answer_keys[ANSWER_COUNT] = {
	[ANSWER_NOT_ASKED] = "ui.plain.answer.not-asked",
	[ANSWER_YES] = "ui.plain.answer.yes",
	[ANSWER_NO] = "ui.plain.answer.no",
	[ANSWER_UNKNOWN] = "ui.plain.answer.unknown",
};

const char *interview_date(char buf[static 11])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t now = time(NULL);
	struct tm tm;

	if (epoch && *epoch) {
		now = (time_t)strtoll(epoch, NULL, 10);
		gmtime_r(&now, &tm);
	} else {
		localtime_r(&now, &tm);
	}
	strftime(buf, 11, "%Y-%m-%d", &tm);
	return buf;
}

/* --- output ------------------------------------------------------------ */

static void put_wrapped(struct plain *p, const char *indent, const char *s);

/* Says when the worker's or the person's language is an unreviewed draft. */
static void draft_notes(struct plain *p, const struct interview_setup *s)
{
	const struct tr *langs[] = { &s->lang, &s->ask_lang };

	for (size_t i = 0; i < 2; i++) {
		char *notice;

		if (i == 1 && !strcmp(tr_lang(langs[1]), tr_lang(langs[0])))
			break;
		notice = tr_draft_notice(p->t, langs[i]);
		if (notice)
			put_wrapped(p, "", notice);
		free(notice);
	}
}

static void put_wrapped(struct plain *p, const char *indent, const char *s)
{
	struct text_line *lines;
	size_t n;

	if (!s)
		return;
	n = text_wrap(s, WIDTH - strlen(indent), &lines);
	for (size_t i = 0; i < n; i++)
		fprintf(p->out, "%s%.*s\n", indent, (int)lines[i].len, s + lines[i].start);
	free(lines);
}

/* tr_ui(key) with NULL-terminated name, value pairs filled in; owned. */
static char *say(const struct tr *t, const char *key, ...)
{
	const char *names[4], *values[4];
	const char *name;
	size_t n = 0;
	va_list ap;

	va_start(ap, key);
	while (n < 4 && (name = va_arg(ap, const char *))) {
		names[n] = name;
		values[n] = va_arg(ap, const char *);
		n++;
	}
	va_end(ap);
	return tr_format(tr_ui(t, key), names, values, n);
}

static void put_key(struct plain *p, const char *key)
{
	put_wrapped(p, "", tr_ui(p->t, key));
}

static void put_owned(struct plain *p, const char *indent, char *s)
{
	put_wrapped(p, indent, s);
	free(s);
}

/* Training: the banner on every step, so that a practice run never
 * passes for a real one. */
static void banner(struct plain *p)
{
	if (p->s->training)
		put_key(p, "ui.train.banner");
}

/* A prompt stays on its line: the answer follows it. */
static void prompt(struct plain *p, const char *key)
{
	fprintf(p->out, "%s", tr_ui(p->t, key));
	fflush(p->out);
}

/* --- input ------------------------------------------------------------- */

/* Reads one line, without its newline and surrounding blanks. False at
 * the end of the input. */
static bool read_line(struct plain *p)
{
	ssize_t n;
	char *s, *e;

	if (p->eof)
		return false;
	n = getline(&p->line, &p->cap, p->in);
	if (n < 0) {
		p->eof = true;
		fputc('\n', p->out);
		return false;
	}
	for (s = p->line; *s == ' ' || *s == '\t'; s++)
		;
	e = s + strlen(s);
	while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
		e--;
	*e = '\0';
	memmove(p->line, s, (size_t)(e - s) + 1);
	return true;
}

/* Whether s is one of the space-separated words of list (ASCII case
 * ignored). */
static bool word_in(const char *list, const char *s)
{
	size_t n = strlen(s);

	while (*list) {
		size_t len;

		list += strspn(list, " ");
		len = strcspn(list, " ");
		if (len == n && !strncasecmp(list, s, n))
			return true;
		list += len;
	}
	return false;
}

static enum key key_of(const struct plain *p, const char *s)
{
	if (!*s)
		return KEY_ENTER;
	for (size_t i = 0; i < sizeof key_words / sizeof key_words[0]; i++)
		if (word_in(tr_ui(p->t, key_words[i].ui_key), s))
			return key_words[i].k;
	return KEY_NONE;
}

/* Asks for a number 1..n; 0 at the end of the input. */
static size_t ask_number(struct plain *p, size_t n)
{
	char max[16];

	snprintf(max, sizeof max, "%zu", n);
	for (;;) {
		char *q = say(p->t, "ui.plain.choose", "max", max, NULL);
		char *end;
		unsigned long v;

		fprintf(p->out, "%s", q);
		fflush(p->out);
		free(q);
		if (!read_line(p))
			return 0;
		v = strtoul(p->line, &end, 10);
		if (*p->line && !*end && v >= 1 && v <= n)
			return v;
		put_owned(p, "", say(p->t, "ui.plain.invalid-number", "max", max, NULL));
	}
}

/* --- the start: situation and form of exploitation ----------------------- */

static bool audience_fits(enum audience a, enum situation sit)
{
	return a == AUDIENCE_ANY || a == (sit == SITUATION_ADULT ? AUDIENCE_ADULT : AUDIENCE_CHILD);
}

/* Asks the situation, then one checklist among those for the audience
 * (audience-specific first, then general). False at the end of input. */
static bool ask_start(struct plain *p, enum situation *sit, const struct checklist **chosen)
{
	static const char *const sit_keys[] = {
		"ui.plain.situation.adult", "ui.plain.situation.child", "ui.plain.situation.unsure",
	};
	static const enum situation sits[] = { SITUATION_ADULT, SITUATION_CHILD, SITUATION_UNSURE };
	const struct content *c = p->s->content;
	const struct checklist **v = xcalloc(c->n_checklists + 1, sizeof *v);
	size_t n = 0, k;

	put_key(p, "ui.plain.situation.question");
	for (size_t i = 0; i < 3; i++)
		fprintf(p->out, "  %zu. %s\n", i + 1, tr_ui(p->t, sit_keys[i]));
	k = ask_number(p, 3);
	if (!k) {
		free(v);
		return false;
	}
	/* Not sure: treated as a child. */
	*sit = sits[k - 1];
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < c->n_checklists; i++) {
			const struct checklist *cl = &c->checklists[i];

			if (cl->first || !audience_fits(cl->audience, *sit)
			    || (cl->audience == AUDIENCE_ANY) != (pass == 1))
				continue;
			v[n++] = cl;
		}
	*chosen = NULL;
	if (n) {
		fputc('\n', p->out);
		put_key(p, "ui.plain.form.question");
		for (size_t i = 0; i < n; i++) {
			fprintf(p->out, "  %zu. %s\n", i + 1,
				tr_text(p->t, v[i]->key, "title", v[i]->title));
			if (v[i]->description)
				put_wrapped(p, "     ", tr_text(p->t, v[i]->key, "description",
							     v[i]->description));
		}
		k = ask_number(p, n);
		if (!k) {
			free(v);
			return false;
		}
		*chosen = v[k - 1];
	}
	free(v);
	fputc('\n', p->out);
	return true;
}

/* --- steps ------------------------------------------------------------- */

static void show_review(struct plain *p)
{
	const struct section *last = NULL;

	fputc('\n', p->out);
	put_key(p, "ui.plain.review.title");
	for (size_t k = 0; k < session_n_sections(p->ses); k++) {
		const struct section *sec = session_section_at(p->ses, k);

		for (size_t i = 0; i < sec->n_items; i++) {
			const struct item *it = &sec->items[i];
			char *line;

			if (!session_visible(p->ses, it))
				continue;
			if (sec != last) {
				fprintf(p->out, "%s\n", tr_text(p->t, sec->key, "title", sec->title));
				last = sec;
			}
			line = say(p->t, "ui.plain.review.item",
				   "answer", tr_ui(p->t, answer_keys[session_answer(p->ses, it)]),
				   "sign", tr_text(p->t, it->key, "sign", it->sign), NULL);
			put_wrapped(p, "  ", line);
			free(line);
		}
	}
	put_key(p, "ui.plain.review.end");
	fputc('\n', p->out);
}

/* Asks to confirm quitting; true when confirmed (or at the end of input). */
static bool confirm_quit(struct plain *p)
{
	prompt(p, "ui.plain.quit.confirm");
	if (!read_line(p))
		return true;
	return key_of(p, p->line) == KEY_YES;
}

static bool handle(struct plain *p, enum session_event_kind k, enum answer a)
{
	return session_handle(p->ses, (struct session_event){ .kind = k, .answer = a });
}

static void show_item(struct plain *p, const struct item *it)
{
	const struct interview_setup *s = p->s;
	const struct section *sec = session_section(p->ses);
	const char *ask = it->ask ? tr_text(&s->ask_lang, it->key, "ask", it->ask) : NULL;
	const char *ask_w = it->ask ? tr_text(&s->lang, it->key, "ask", it->ask) : NULL;
	enum answer cur = session_answer(p->ses, it);
	char n[16], m[16];
	size_t in, im;

	session_progress(p->ses, &in, &im);
	snprintf(n, sizeof n, "%zu", in);
	snprintf(m, sizeof m, "%zu", im);
	fputc('\n', p->out);
	banner(p);
	put_owned(p, "", say(p->t, "ui.plain.progress", "n", n, "m", m,
			     "section", tr_text(p->t, sec->key, "title", sec->title), NULL));
	put_owned(p, "", say(p->t, "ui.plain.sign", "sign",
			     tr_text(p->t, it->key, "sign", it->sign), NULL));
	if (ask) {
		put_owned(p, "", say(p->t, "ui.plain.ask", "question", ask, NULL));
		if (strcmp(ask, ask_w))
			put_owned(p, "", say(p->t, "ui.plain.ask-worker", "question", ask_w, NULL));
	} else {
		put_key(p, "ui.plain.observe");
	}
	if (cur != ANSWER_NOT_ASKED)
		put_owned(p, "", say(p->t, "ui.plain.current", "answer",
				     tr_ui(p->t, answer_keys[cur]), NULL));
}

/* One item: show it, read until a line means something. Returns false
 * when the interview ends (quit or end of input). */
static bool item_step(struct plain *p, const struct item *it)
{
	show_item(p, it);
	for (;;) {
		prompt(p, "ui.plain.prompt");
		if (!read_line(p))
			return false;
		switch (key_of(p, p->line)) {
		case KEY_YES: return handle(p, SESSION_EV_ANSWER, ANSWER_YES);
		case KEY_NO: return handle(p, SESSION_EV_ANSWER, ANSWER_NO);
		case KEY_UNKNOWN: return handle(p, SESSION_EV_ANSWER, ANSWER_UNKNOWN);
		case KEY_SKIP: return handle(p, SESSION_EV_NEXT, 0);
		case KEY_BACK:
			if (handle(p, SESSION_EV_BACK, 0))
				return true;
			put_key(p, "ui.plain.first-step");
			break;
		case KEY_REVIEW:
			handle(p, SESSION_EV_REVIEW, 0);
			show_review(p);
			handle(p, SESSION_EV_RESUME, 0);
			show_item(p, it);
			break;
		case KEY_GUIDANCE:
			if (it->guidance)
				put_wrapped(p, "  ", tr_text(p->t, it->key, "guidance", it->guidance));
			else
				put_key(p, "ui.plain.no-guidance");
			break;
		case KEY_QUIT:
			if (confirm_quit(p))
				return false;
			show_item(p, it);
			break;
		default:
			put_key(p, "ui.plain.invalid");
			break;
		}
	}
}

/* An intro: the text to read out, then Enter. */
static bool intro_step(struct plain *p, const struct section *sec)
{
	fputc('\n', p->out);
	banner(p);
	fprintf(p->out, "%s\n", tr_text(p->t, sec->key, "title", sec->title));
	put_wrapped(p, "", tr_text(p->t, sec->key, "intro", sec->intro));
	for (;;) {
		prompt(p, "ui.plain.continue");
		if (!read_line(p))
			return false;
		switch (key_of(p, p->line)) {
		case KEY_ENTER:
			return handle(p, SESSION_EV_NEXT, 0);
		case KEY_BACK:
			if (handle(p, SESSION_EV_BACK, 0))
				return true;
			put_key(p, "ui.plain.first-step");
			break;
		case KEY_QUIT:
			if (confirm_quit(p))
				return false;
			break;
		default:
			put_key(p, "ui.plain.invalid-intro");
			break;
		}
	}
}

/* After the last step: Enter for the result, or back. */
static bool end_step(struct plain *p)
{
	fputc('\n', p->out);
	for (;;) {
		prompt(p, "ui.plain.end");
		if (!read_line(p))
			return false;
		switch (key_of(p, p->line)) {
		case KEY_ENTER:
			return false;
		case KEY_BACK:
			if (handle(p, SESSION_EV_RESUME, 0))
				return true;
			break;
		case KEY_REVIEW:
			show_review(p);
			break;
		default:
			put_key(p, "ui.plain.invalid-end");
			break;
		}
	}
}

static void run_steps(struct plain *p)
{
	for (;;) {
		bool go_on;

		if (session_state(p->ses) == SESSION_REVIEW)
			go_on = end_step(p);
		else if (session_item(p->ses))
			go_on = item_step(p, session_item(p->ses));
		else
			go_on = intro_step(p, session_section(p->ses));
		if (!go_on)
			return;
	}
}

/* --- print or save the result, when the worker asks ------------------- */

static const char *const format_name_keys[FORMAT_COUNT] = {
	[FORMAT_TEXT] = "ui.plain.export.format-name.text",
	[FORMAT_MARKDOWN] = "ui.plain.export.format-name.markdown",
	[FORMAT_HTML] = "ui.plain.export.format-name.html",
};

static const struct { const char *s; enum render_format f; } format_answers[] = {
	{ "t", FORMAT_TEXT }, { "text", FORMAT_TEXT },
	{ "m", FORMAT_MARKDOWN }, { "markdown", FORMAT_MARKDOWN },
	{ "h", FORMAT_HTML }, { "html", FORMAT_HTML },
};

/* What print or save did, in the words of export.h's status keys. */
static void export_said(struct plain *p, struct export_result r, const char *path,
			const char *command)
{
	char *msg = export_message(p->t, r, path, command);

	put_wrapped(p, "", msg);
	free(msg);
}

/* The format for a file: the one its name suggests, unless the worker
 * types another. False at the end of the input. */
static bool ask_format(struct plain *p, const char *path, enum render_format *f)
{
	*f = render_format_of_path(path);
	for (;;) {
		char *q = say(p->t, "ui.plain.export.format", "format",
			      tr_ui(p->t, format_name_keys[*f]), NULL);

		fprintf(p->out, "%s", q);
		fflush(p->out);
		free(q);
		if (!read_line(p))
			return false;
		if (!*p->line)
			return true;
		for (size_t i = 0; i < sizeof format_answers / sizeof format_answers[0]; i++) {
			if (!strcasecmp(p->line, format_answers[i].s)) {
				*f = format_answers[i].f;
				return true;
			}
		}
		put_key(p, "ui.plain.export.invalid-format");
	}
}

/* Save: a file name, a format, and only with consent over an existing
 * file. The name is the worker's, not the person's; wiped all the same. */
static void save_result(struct plain *p, export_render_fn render, const void *doc)
{
	struct export_result r;
	enum render_format f;
	char *path;

	prompt(p, "ui.plain.export.path");
	if (!read_line(p) || !*p->line)
		return;
	path = xstrdup(p->line);
	if (ask_format(p, path, &f)) {
		r = export_to_file(path, false, f, render, doc);
		export_said(p, r, path, NULL);
		if (r.status == EXPORT_EXISTS) {
			prompt(p, "ui.plain.export.replace");
			if (read_line(p) && key_of(p, p->line) == KEY_YES)
				export_said(p, export_to_file(path, true, f, render, doc),
					    path, NULL);
		}
	}
	privacy_wipe(path, strlen(path));
	free(path);
}

/* After the result: p print, s save, Enter (or the end of the input)
 * finishes. Nothing is written unless the worker asks here. */
static void offer_export(struct plain *p, export_render_fn render, const void *doc)
{
	while (!p->eof) {
		fputc('\n', p->out);
		prompt(p, "ui.plain.export.prompt");
		if (!read_line(p) || !*p->line)
			return;
		if (!strcasecmp(p->line, "p")) {
			const char *cmd = export_printer_command(p->s->printer);

			fflush(p->out);
			export_said(p, export_to_printer(cmd, render, doc, NULL), NULL, cmd);
		} else if (!strcasecmp(p->line, "s")) {
			save_result(p, render, doc);
		} else {
			put_key(p, "ui.plain.export.invalid");
		}
	}
}

/* --- the whole interview ----------------------------------------------- */

int plain_run(const struct interview_setup *s, bool json, FILE *in, FILE *out)
{
	struct plain p = { .s = s, .t = &s->lang, .in = in, .out = json ? stderr : out };
	const struct checklist **lists = NULL;
	const struct checklist *chosen = NULL;
	enum situation sit = s->situation;
	size_t n_lists = s->n_lists;
	struct evaluation *e;
	struct render_opts o;
	char date[11];

	banner(&p);
	put_key(&p, "ui.plain.start");
	draft_notes(&p, s);
	fputc('\n', p.out);
	if (n_lists) {
		lists = xcalloc(n_lists, sizeof *lists);
		memcpy(lists, s->lists, n_lists * sizeof *lists);
	} else if (ask_start(&p, &sit, &chosen)) {
		lists = xcalloc(1, sizeof *lists);
		if (chosen)
			lists[n_lists++] = chosen;
	}
	if (lists) {
		p.ses = session_new(s->content, lists, n_lists, sit);
		run_steps(&p);
		handle(&p, SESSION_EV_FINISH, 0);
	} else {
		/* Input ended before the start was chosen: nothing asked,
		 * but the result still says so and what to do. */
		p.ses = session_new(s->content, NULL, 0, sit);
	}
	if (p.eof)
		put_key(&p, "ui.plain.end-of-input");

	e = session_evaluate(p.ses, s->region);
	render_opts_init(&o, &s->lang);
	o.ask_lang = &s->ask_lang;
	o.region = s->region;
	o.width = WIDTH;
	o.date = interview_date(date);
	if (json) {
		summary_render_json(out, &o, s->content, e);
	} else {
		/* On screen one long page; printed or saved, in pages. */
		struct render_opts eo = o;
		struct training_result doc = { { &eo, s->content, e }, s->training,
					       session_answers(p.ses) };

		o.page_length = 0;
		fputc('\n', out);
		if (s->training)
			fprintf(out, "%s\n\n", tr_ui(p.t, "ui.train.banner"));
		summary_render(out, &o, s->content, e);
		if (s->training) {
			fputc('\n', out);
			training_write_feedback(out, &o, s->training, session_answers(p.ses), e);
		}
		eo.training = s->training != NULL;
		/* Training: the trainee's feedback is printed with the result. */
		if (s->training)
			offer_export(&p, training_render_result, &doc);
		else
			offer_export(&p, summary_render_to, &doc.summary);
	}
	evaluation_free(e);
	session_free(p.ses);
	if (p.line)
		privacy_wipe(p.line, p.cap);
	free(p.line);
	free(lists);
	return fflush(out) == 0 ? EXIT_OK : EXIT_INVALID;
}
