/* The line-by-line interview (--plain): no curses, no cursor movement; for screen readers and scripts. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "export.h"
#include "plain.h"
#include "plain_person.h"
#include "tipcheck/contact.h"
#include "interview.h"
#include "tipcheck/explain.h"
#include "tipcheck/feedback.h"
#include "tipcheck/json.h"
#include "tipcheck/privacy.h"
#include "tipcheck/render.h"
#include "tipcheck/session.h"
#include "tipcheck/situation.h"
#include "tipcheck/summary.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

static const char *const answer_keys[ANSWER_COUNT] = {
	[ANSWER_NOT_ASKED] = "ui.plain.answer.not-asked",
	[ANSWER_YES] = "ui.plain.answer.yes",
	[ANSWER_NO] = "ui.plain.answer.no",
	[ANSWER_UNKNOWN] = "ui.plain.answer.unknown",
};

/* --- output ------------------------------------------------------------ */

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
			plain_put_wrapped(p, "", notice);
		free(notice);
	}
}

/* Asks for a number 1..n into *out; with none_ok, Enter gives 0. False
 * at the end of the input. */
static bool ask_number(struct plain *p, size_t n, bool none_ok, size_t *out)
{
	char max[16];

	snprintf(max, sizeof max, "%zu", n);
	for (;;) {
		char *q = plain_say(p->t, none_ok ? "ui.plain.choose-or-none" : "ui.plain.choose",
			      "max", max, NULL);
		char *end;
		unsigned long v;

		fprintf(p->out, "%s", q);
		fflush(p->out);
		free(q);
		if (!plain_read_line(p))
			return false;
		*out = 0;
		if (none_ok && !*p->line)
			return true;
		v = strtoul(p->line, &end, 10);
		if (*p->line && !*end && v >= 1 && v <= n) {
			*out = v;
			return true;
		}
		plain_put_owned(p, "", plain_say(p->t, "ui.plain.invalid-number", "max", max, NULL));
	}
}

/* Asks for one or more numbers 1..n, marking chosen[k - 1]; with
 * none_ok, Enter chooses none. False at the end of the input. */
static bool ask_numbers(struct plain *p, size_t n, bool none_ok, bool *chosen)
{
	char max[24];

	snprintf(max, sizeof max, "%zu", n);
	for (;;) {
		bool ok = true;
		size_t count = 0;
		char *q = plain_say(p->t, none_ok ? "ui.plain.choose-or-none" : "ui.plain.choose-several",
			      "max", max, NULL);

		fprintf(p->out, "%s", q);
		fflush(p->out);
		free(q);
		if (!plain_read_line(p))
			return false;
		memset(chosen, 0, n * sizeof *chosen);
		/* "1 3", "1, 3" and "1,3" alike. */
		for (char *w = p->line; *(w += strspn(w, " ,")); ) {
			char *end;
			unsigned long v = strtoul(w, &end, 10);

			if (end == w || (*end && !strchr(" ,", *end)) || v < 1 || v > n) {
				ok = false;
				break;
			}
			chosen[v - 1] = true;
			count++;
			w = end;
		}
		if (ok && (count || none_ok))
			return true;
		plain_put_owned(p, "", plain_say(p->t, "ui.plain.invalid-numbers", "max", max, NULL));
	}
}

/* --- the start: situation and form of exploitation ----------------------- */

/* Asks the situation, then checklists among those for the audience
 * (audience-specific first, then general), one or several, as the full
 * screen marks them. Children first: for a child, or when the age is not
 * sure, the checklists for children are included already and the
 * question adds more, or none. Sets *lists (owned by the caller) and
 * their number; false at the end of input. */
static bool ask_start(struct plain *p, enum situation *sit, const struct checklist ***lists,
		      size_t *n_lists)
{
	static const char *const sit_keys[] = {
		"ui.plain.situation.adult", "ui.plain.situation.child", "ui.plain.situation.unsure",
	};
	static const enum situation sits[] = { SITUATION_ADULT, SITUATION_CHILD, SITUATION_UNSURE };
	const struct content *c = p->s->content;
	const struct checklist **v = xcalloc(c->n_checklists + 1, sizeof *v);
	const struct checklist **in = xcalloc(c->n_checklists + 1, sizeof *in);
	size_t n = 0, n_in = 0, k;

	*lists = in;
	*n_lists = 0;
	plain_put_key(p, "ui.plain.situation.question");
	for (size_t i = 0; i < 3; i++)
		fprintf(p->out, "  %zu. %s\n", i + 1, tr_ui(p->t, sit_keys[i]));
	if (!ask_number(p, 3, false, &k)) {
		free(v);
		return false;
	}
	/* Not sure: treated as a child. */
	*sit = sits[k - 1];
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < c->n_checklists; i++) {
			const struct checklist *cl = &c->checklists[i];

			if (cl->first || !situation_fits(*sit, cl->audience)
			    || (cl->audience == AUDIENCE_ANY) != (pass == 1))
				continue;
			if (cl->audience == AUDIENCE_CHILD)
				in[n_in++] = cl;
			else
				v[n++] = cl;
		}
	fputc('\n', p->out);
	for (size_t i = 0; i < n_in; i++)
		plain_put_owned(p, "", plain_say(p->t, "ui.plain.form.included", "checklist",
				     tr_text(p->t, in[i]->key, "title", in[i]->title), NULL));
	if (n) {
		plain_put_key(p, n_in ? "ui.plain.form.question-more" : "ui.plain.form.question");
		for (size_t i = 0; i < n; i++) {
			fprintf(p->out, "  %zu. %s\n", i + 1,
				tr_text(p->t, v[i]->key, "title", v[i]->title));
			if (v[i]->description)
				plain_put_wrapped(p, "     ", tr_text(p->t, v[i]->key, "description",
							     v[i]->description));
		}
		bool *chosen = xcalloc(n, sizeof *chosen);

		if (!ask_numbers(p, n, n_in > 0, chosen)) {
			free(chosen);
			free(v);
			*n_lists = n_in;
			return false;
		}
		for (size_t i = 0; i < n; i++)
			if (chosen[i])
				in[n_in++] = v[i];
		free(chosen);
	}
	free(v);
	*n_lists = n_in;
	fputc('\n', p->out);
	return true;
}

/* --- steps ------------------------------------------------------------- */

static void show_review(struct plain *p)
{
	const struct section *last = NULL;

	fputc('\n', p->out);
	plain_put_key(p, "ui.plain.review.title");
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
			line = plain_say(p->t, "ui.plain.review.item",
				   "answer", tr_ui(p->t, answer_keys[session_answer(p->ses, it)]),
				   "sign", tr_text(p->t, it->key, "sign", it->sign), NULL);
			plain_put_wrapped(p, "  ", line);
			free(line);
		}
	}
	plain_put_key(p, "ui.plain.review.end");
	fputc('\n', p->out);
}

/* Asks to confirm quitting; true when confirmed (or at the end of input). */
static bool confirm_quit(struct plain *p)
{
	plain_prompt(p, "ui.plain.quit.confirm");
	if (!plain_read_line(p))
		return true;
	return plain_key_of(p, p->line) == KEY_YES;
}

static bool handle(struct plain *p, enum session_event_kind k, enum answer a)
{
	return session_handle(p->ses, (struct session_event){ .kind = k, .answer = a });
}

static void show_item(struct plain *p, const struct item *it)
{
	const struct interview_setup *s = p->s;
	const struct section *sec = session_section(p->ses);
	const char *ask = tr_text(&s->lang, it->key, "ask", it->ask);
	enum answer cur = session_answer(p->ses, it);
	char n[16], m[16];
	size_t in, im;

	session_progress(p->ses, &in, &im);
	snprintf(n, sizeof n, "%zu", in);
	snprintf(m, sizeof m, "%zu", im);
	fputc('\n', p->out);
	plain_banner(p);
	plain_put_owned(p, "", plain_say(p->t, "ui.plain.progress", "n", n, "m", m,
			     "section", tr_text(p->t, sec->key, "title", sec->title), NULL));
	plain_put_owned(p, "", plain_say(p->t, "ui.plain.sign", "sign",
			     tr_text(p->t, it->key, "sign", it->sign), NULL));
	if (ask) {
		plain_put_owned(p, "", plain_say(p->t, "ui.plain.ask", "question", ask, NULL));
		plain_person_text(p, tr_person_question(&s->ask_lang, it->key, it->ask,
							it->person_ask), ask);
	} else {
		plain_put_key(p, "ui.plain.observe");
	}
	if (cur != ANSWER_NOT_ASKED)
		plain_put_owned(p, "", plain_say(p->t, "ui.plain.current", "answer",
				     tr_ui(p->t, answer_keys[cur]), NULL));
}

/* One item: show it, read until a line means something. Returns false
 * when the interview ends (quit or end of input). */
static bool item_step(struct plain *p, const struct item *it)
{
	show_item(p, it);
	for (;;) {
		plain_prompt(p, "ui.plain.item-prompt");
		if (!plain_read_line(p))
			return false;
		/* The keys of the full screen: s marks "not asked", Enter goes
		 * on keeping the answer. */
		switch (plain_key_of(p, p->line)) {
		case KEY_YES: return handle(p, SESSION_EV_ANSWER, ANSWER_YES);
		case KEY_NO: return handle(p, SESSION_EV_ANSWER, ANSWER_NO);
		case KEY_UNKNOWN: return handle(p, SESSION_EV_ANSWER, ANSWER_UNKNOWN);
		case KEY_SKIP: return handle(p, SESSION_EV_ANSWER, ANSWER_NOT_ASKED);
		case KEY_ENTER:
		case KEY_FORWARD:
			return handle(p, SESSION_EV_NEXT, 0);
		case KEY_HELP:
			plain_keys_help(p);
			break;
		case KEY_BACK:
			if (handle(p, SESSION_EV_BACK, 0))
				return true;
			plain_put_key(p, "ui.plain.first-step");
			break;
		case KEY_REVIEW:
			handle(p, SESSION_EV_REVIEW, 0);
			show_review(p);
			handle(p, SESSION_EV_RESUME, 0);
			show_item(p, it);
			break;
		case KEY_GUIDANCE:
			if (it->guidance)
				plain_put_wrapped(p, "  ", tr_text(p->t, it->key, "guidance", it->guidance));
			else
				plain_put_key(p, "ui.plain.no-guidance");
			break;
		case KEY_QUIT:
			if (confirm_quit(p))
				return false;
			show_item(p, it);
			break;
		default:
			plain_put_key(p, "ui.plain.not-understood");
			break;
		}
	}
}

/* An intro: the text to read out and the guidance for the worker, then
 * Enter. */
static bool intro_step(struct plain *p, const struct section *sec)
{
	fputc('\n', p->out);
	plain_banner(p);
	fprintf(p->out, "%s\n", tr_text(p->t, sec->key, "title", sec->title));
	if (sec->intro) {
		const char *intro = tr_text(p->t, sec->key, "intro", sec->intro);

		/* The consent too: read out in both languages. */
		plain_put_wrapped(p, "", intro);
		plain_person_text(p, tr_text(&p->s->ask_lang, sec->key, "intro", sec->intro),
				  intro);
	}
	/* Labelled, so that it is not taken for words to read out. */
	if (sec->guidance) {
		plain_put_key(p, "ui.plain.worker-guidance");
		plain_put_wrapped(p, "  ", tr_text(p->t, sec->key, "guidance", sec->guidance));
	}
	for (;;) {
		plain_prompt(p, "ui.plain.continue");
		if (!plain_read_line(p))
			return false;
		switch (plain_key_of(p, p->line)) {
		case KEY_ENTER:
		case KEY_FORWARD:
			return handle(p, SESSION_EV_NEXT, 0);
		case KEY_BACK:
			if (handle(p, SESSION_EV_BACK, 0))
				return true;
			plain_put_key(p, "ui.plain.first-step");
			break;
		case KEY_QUIT:
			if (confirm_quit(p))
				return false;
			break;
		case KEY_HELP:
			plain_keys_help(p);
			break;
		default:
			plain_put_key(p, "ui.plain.not-understood");
			break;
		}
	}
}

/* After the last step: Enter for the result, or back. */
static bool end_step(struct plain *p)
{
	fputc('\n', p->out);
	for (;;) {
		plain_prompt(p, "ui.plain.end");
		if (!plain_read_line(p))
			return false;
		switch (plain_key_of(p, p->line)) {
		case KEY_ENTER:
			return false;
		case KEY_BACK:
			if (handle(p, SESSION_EV_RESUME, 0))
				return true;
			break;
		case KEY_REVIEW:
			show_review(p);
			break;
		case KEY_HELP:
			plain_keys_help(p);
			break;
		default:
			plain_put_key(p, "ui.plain.not-understood");
			break;
		}
	}
}

/* --- alerts ------------------------------------------------------------ */

/* The words that choose at an alert, from the worker's language. */
static const struct {
	const char *ui_key;
	enum session_alert_choice choice;
} alert_words[] = {
	{ "ui.plain.alert.keys.continue", SESSION_ALERT_CONTINUE },
	{ "ui.plain.alert.keys.result", SESSION_ALERT_RESULT },
	{ "ui.plain.alert.keys.stop", SESSION_ALERT_STOP },
};

static const char *const alert_prompts[ALERT_KIND_COUNT] = {
	[ALERT_EMERGENCY] = "ui.plain.alert.prompt.emergency",
	[ALERT_DISCREET] = "ui.plain.alert.prompt.discreet",
};

/* The contacts an alert refers to: the region's, else the default's. */
static void alert_contacts(struct plain *p, const struct alert *a)
{
	for (size_t i = 0; i < a->n_refer; i++) {
		struct referral r;
		char *name, *checked;

		referral_resolve(p->s->content, p->s->region, a->refer[i], &r);
		if (!r.service) {
			plain_put_owned(p, "  ", plain_say(p->t, "ui.plain.alert.no-contact", "service",
					       a->refer[i], NULL));
			continue;
		}
		name = contact_name(p->t, r.service);
		if (r.no_contact) {
			plain_put_owned(p, "  ", plain_say(p->t, "ui.plain.alert.no-contact", "service", name,
					       NULL));
			free(name);
			continue;
		}
		plain_put_owned(p, "  ", plain_say(p->t, "ui.plain.alert.contact", "service", name,
				       "contact", r.service->contact, NULL));
		free(name);
		if (r.service->hours)
			plain_put_wrapped(p, "    ", tr_text(p->t, r.service->key, "hours",
						   r.service->hours));
		checked = contact_checked(p->t, r.directory, r.service);
		plain_put_owned(p, "    ", plain_say(p->t, "ui.contact.line", "checked", checked, NULL));
		free(checked);
	}
}

/* A safety interrupt: what to do now, whom to call, and the choices its
 * kind offers. False at the end of the input (the interview ends with
 * the result of what was answered). */
static bool alert_step(struct plain *p, const struct alert *a)
{
	fputc('\n', p->out);
	plain_banner(p);
	plain_put_owned(p, "", plain_say(p->t, "ui.plain.alert.title", "title",
			     tr_text(p->t, a->key, "title", a->title), NULL));
	plain_put_wrapped(p, "", tr_text(p->t, a->key, "text", a->text));
	alert_contacts(p, a);
	for (;;) {
		plain_prompt(p, alert_prompts[a->kind]);
		if (!plain_read_line(p))
			return false;
		for (size_t i = 0; i < sizeof alert_words / sizeof alert_words[0]; i++)
			if (plain_word_in(tr_ui(p->t, alert_words[i].ui_key), p->line) &&
			    session_handle(p->ses, (struct session_event){ SESSION_EV_ALERT,
					   ANSWER_NOT_ASKED, alert_words[i].choice }))
				return true;
		plain_put_key(p, "ui.plain.alert.invalid");
	}
}

static void run_steps(struct plain *p)
{
	for (;;) {
		const struct alert *a = session_alert(p->ses);
		bool go_on;

		if (session_state(p->ses) == SESSION_DONE ||
		    session_state(p->ses) == SESSION_STOPPED)
			return;
		if (a)
			go_on = alert_step(p, a);
		else if (session_state(p->ses) == SESSION_REVIEW)
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

	plain_put_wrapped(p, "", msg);
	free(msg);
}

/* The format for a file: the one its name suggests, unless the worker
 * types another. False at the end of the input. */
static bool ask_format(struct plain *p, const char *path, enum render_format *f)
{
	*f = render_format_of_path(path);
	for (;;) {
		char *q = plain_say(p->t, "ui.plain.export.format", "format",
			      tr_ui(p->t, format_name_keys[*f]), NULL);

		fprintf(p->out, "%s", q);
		fflush(p->out);
		free(q);
		if (!plain_read_line(p))
			return false;
		if (!*p->line)
			return true;
		for (size_t i = 0; i < sizeof format_answers / sizeof format_answers[0]; i++) {
			if (!strcasecmp(p->line, format_answers[i].s)) {
				*f = format_answers[i].f;
				return true;
			}
		}
		plain_put_key(p, "ui.plain.export.invalid-format");
	}
}

/* Save: a file name, a format, and only with consent over an existing
 * file. The name is the worker's, not the person's; wiped all the same. */
static void save_result(struct plain *p, export_render_fn render, const void *doc)
{
	struct export_result r;
	enum render_format f;
	char *path;

	plain_prompt(p, "ui.plain.export.path");
	if (!plain_read_line(p) || !*p->line)
		return;
	path = xstrdup(p->line);
	if (ask_format(p, path, &f)) {
		r = export_to_file(path, false, f, render, doc);
		export_said(p, r, path, NULL);
		if (r.status == EXPORT_EXISTS) {
			plain_prompt(p, "ui.plain.export.replace");
			if (plain_read_line(p) && plain_key_of(p, p->line) == KEY_YES)
				export_said(p, export_to_file(path, true, f, render, doc),
					    path, NULL);
		}
	}
	privacy_wipe(path, strlen(path));
	free(path);
}

/* After the result: p print, s save, b back to the review (returns
 * true), Enter (or the end of the input) finishes. Nothing is written
 * unless the worker asks here. */
static bool offer_export(struct plain *p, export_render_fn render, const void *doc)
{
	while (!p->eof) {
		fputc('\n', p->out);
		plain_prompt(p, "ui.plain.export.prompt");
		if (!plain_read_line(p) || !*p->line)
			return false;
		/* p and s work in every language, as 1-4 do for answers. */
		if (!strcasecmp(p->line, "p") ||
		    plain_word_in(tr_ui(p->t, "ui.plain.export.keys.print"), p->line)) {
			const char *cmd = export_printer_command(p->s->printer);
			/* A print leaves the device: ask first, naming the command. */
			char *q = plain_say(p->t, "ui.plain.export.print-ask", "command", cmd, NULL);

			fprintf(p->out, "%s", q);
			fflush(p->out);
			free(q);
			if (!plain_read_line(p) || plain_key_of(p, p->line) != KEY_YES)
				continue;
			export_said(p, export_to_printer(cmd, render, doc, NULL), NULL, cmd);
		} else if (!strcasecmp(p->line, "s") ||
			   plain_word_in(tr_ui(p->t, "ui.plain.export.keys.save"), p->line)) {
			save_result(p, render, doc);
		} else if (plain_key_of(p, p->line) == KEY_BACK) {
			return true;
		} else {
			plain_put_key(p, "ui.plain.export.invalid");
		}
	}
	return false;
}

/* --- the whole interview ----------------------------------------------- */

/* The wipe run on exit and on fatal signals (privacy.h): this front end
 * registers it, the session does not. */
static void wipe_session(void *ses)
{
	session_wipe(ses);
}

/* The result: as JSON, or in words with print and save offered. Returns
 * true when the worker goes back to the review. */
static bool show_result(struct plain *p, bool json, FILE *out)
{
	const struct interview_setup *s = p->s;
	struct evaluation *e = session_evaluate(p->ses, s->region);
	struct feedback *fb = s->training ? feedback_new(s->content, s->training,
							  session_answers(p->ses), e) : NULL;
	struct explanation *x;
	struct render_opts o;
	char date[11];
	bool back = false;

	x = explain_new(&s->lang, &s->ask_lang, e, fb, interview_date(date));
	feedback_free(fb);
	render_opts_init(&o, &s->lang);
	o.ask_lang = &s->ask_lang;
	o.region = s->region;
	o.width = WIDTH;
	o.training = s->training != NULL;
	if (json) {
		json_render_result(out, x);
	} else {
		/* On screen one long page; printed or saved, in pages. */
		struct render_opts eo = o;
		struct summary_doc doc = { &eo, x };

		o.page_length = 0;
		o.reading_order = true;
		fputc('\n', out);
		if (s->training)
			fprintf(out, "%s\n\n", tr_ui(p->t, "ui.train.banner"));
		summary_render(out, &o, x);
		back = offer_export(p, summary_render_to, &doc);
	}
	explain_free(x);
	evaluation_free(e);
	return back;
}

int plain_run(const struct interview_setup *s, bool json, FILE *in, FILE *out)
{
	struct plain p = { .s = s, .t = &s->lang, .in = in, .out = json ? stderr : out };
	const struct checklist **lists = NULL;
	enum situation sit = s->situation;
	size_t n_lists = s->n_lists;

	plain_banner(&p);
	plain_put_key(&p, "ui.plain.start");
	draft_notes(&p, s);
	/* The keys once, here; ? says them again. */
	plain_keys_help(&p);
	fputc('\n', p.out);
	if (n_lists) {
		lists = xcalloc(n_lists, sizeof *lists);
		memcpy(lists, s->lists, n_lists * sizeof *lists);
	} else if (!ask_start(&p, &sit, &lists, &n_lists)) {
		free(lists);
		lists = NULL;
		n_lists = 0;
	}
	/* Input ended before the start was chosen: nothing asked, but the
	 * result still says so and what to do. */
	p.ses = session_new(s->content, lists, n_lists, sit);
	privacy_on_exit(wipe_session, p.ses);
	for (bool back = true; back;) {
		if (lists)
			run_steps(&p);
		if (session_state(p.ses) == SESSION_STOPPED) {
			/* Stopped at an alert: the answers are wiped, and nothing
			 * about the interview is shown. */
			fputc('\n', p.out);
			plain_put_key(&p, "ui.plain.stopped");
			break;
		}
		handle(&p, SESSION_EV_FINISH, 0);
		if (p.eof)
			plain_put_key(&p, "ui.plain.end-of-input");
		back = show_result(&p, json, out) && handle(&p, SESSION_EV_REVIEW, 0);
		if (back)
			show_review(&p);
	}
	privacy_forget(p.ses);
	session_free(p.ses);
	if (p.line)
		privacy_wipe(p.line, p.cap);
	free(p.line);
	free(lists);
	return fflush(out) == 0 ? EXIT_OK : EXIT_INVALID;
}
