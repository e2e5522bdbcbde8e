/* The line interview's input and output: wrapped lines in the worker's language, prompts, lines read, the words that mean each action. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "plain.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

/* The words that mean each action come from the worker's language
 * ("ui.plain.keys.yes": "y yes 1"), so that a Spanish worker can type "s"
 * for "sí"; tipcheck check rejects a language whose lists share a word. */
static const struct { const char *ui_key; enum key k; const char *help; } key_words[] = {
	{ "ui.plain.keys.yes", KEY_YES, "ui.plain.help.yes" },
	{ "ui.plain.keys.no", KEY_NO, "ui.plain.help.no" },
	{ "ui.plain.keys.unknown", KEY_UNKNOWN, "ui.plain.help.unknown" },
	{ "ui.plain.keys.skip", KEY_SKIP, "ui.plain.help.skip" },
	{ "ui.plain.keys.forward", KEY_FORWARD, "ui.plain.help.forward" },
	{ "ui.plain.keys.back", KEY_BACK, "ui.plain.help.back" },
	{ "ui.plain.keys.review", KEY_REVIEW, "ui.plain.help.review" },
	{ "ui.plain.keys.guidance", KEY_GUIDANCE, "ui.plain.help.guidance" },
	{ "ui.plain.keys.help", KEY_HELP, "ui.plain.help.help" },
	{ "ui.plain.keys.quit", KEY_QUIT, "ui.plain.help.quit" },
};

void plain_put_wrapped(struct plain *p, const char *indent, const char *s)
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
char *plain_say(const struct tr *t, const char *key, ...)
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

void plain_put_key(struct plain *p, const char *key)
{
	plain_put_wrapped(p, "", tr_ui(p->t, key));
}

void plain_put_owned(struct plain *p, const char *indent, char *s)
{
	plain_put_wrapped(p, indent, s);
	free(s);
}

/* Training: the banner on every step, so that a practice run never
 * passes for a real one. */
void plain_banner(struct plain *p)
{
	if (p->s->training)
		plain_put_key(p, "ui.train.banner");
}

/* A prompt stays on its line: the answer follows it. */
void plain_prompt(struct plain *p, const char *key)
{
	fprintf(p->out, "%s", tr_ui(p->t, key));
	fflush(p->out);
}

/* Reads one line, without its newline and surrounding blanks. False at
 * the end of the input. */
bool plain_read_line(struct plain *p)
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
bool plain_word_in(const char *list, const char *s)
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

enum key plain_key_of(const struct plain *p, const char *s)
{
	if (!*s)
		return KEY_ENTER;
	for (size_t i = 0; i < sizeof key_words / sizeof key_words[0]; i++)
		if (plain_word_in(tr_ui(p->t, key_words[i].ui_key), s))
			return key_words[i].k;
	return KEY_NONE;
}

/* "y, yes or 1": the words of a list, as said. */
static char *said_list(const struct plain *p, const char *list)
{
	const char *or = tr_ui(p->t, "ui.plain.help.or");
	char *out = xstrdup("");
	size_t n = 0, i = 0;

	for (const char *w = list; *(w += strspn(w, " ")); w += strcspn(w, " "))
		n++;
	for (const char *w = list; *(w += strspn(w, " ")); w += strcspn(w, " "), i++) {
		char *more = xasprintf("%s%s%.*s", out, !i ? "" : i + 1 < n ? ", " : "",
				       (int)strcspn(w, " "), w);

		free(out);
		out = more;
		if (i + 2 == n) {
			more = xasprintf("%s %s ", out, or);
			free(out);
			out = more;
		}
	}
	return out;
}

/* One line a list: no symbols between the words, nothing a synthesiser
 * reads as punctuation. */
void plain_keys_help(struct plain *p)
{
	plain_put_key(p, "ui.plain.help.title");
	for (size_t i = 0; i < sizeof key_words / sizeof key_words[0]; i++) {
		char *words = said_list(p, tr_ui(p->t, key_words[i].ui_key));

		plain_put_owned(p, "  ", xasprintf("%s: %s", words, tr_ui(p->t, key_words[i].help)));
		free(words);
	}
}
