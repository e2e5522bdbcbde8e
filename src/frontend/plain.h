/*
 * The line-by-line interview (--plain), internal to plain*.c: its state,
 * and its input and output one line at a time (plain_io.c). Front-end
 * code only.
 */
#ifndef TIPCHECK_PLAIN_H
#define TIPCHECK_PLAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "interview.h"
#include "tipcheck/catalog.h"
#include "tipcheck/session.h"

/* Columns the interview's text is wrapped to. */
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
enum key { KEY_NONE, KEY_YES, KEY_NO, KEY_UNKNOWN, KEY_SKIP, KEY_FORWARD, KEY_BACK,
	   KEY_REVIEW, KEY_GUIDANCE, KEY_HELP, KEY_QUIT, KEY_ENTER };

/* Writes s wrapped to WIDTH, each line after indent. NULL writes nothing. */
void plain_put_wrapped(struct plain *p, const char *indent, const char *s);
/* tr_ui(key) with NULL-terminated name, value pairs filled in (at most
 * four); a new string owned by the caller. */
char *plain_say(const struct tr *t, const char *key, ...);
/* The ui string key, wrapped. */
void plain_put_key(struct plain *p, const char *key);
/* Writes s wrapped, then frees it. */
void plain_put_owned(struct plain *p, const char *indent, char *s);
/* Training: the banner, so that a practice run never passes for a real one. */
void plain_banner(struct plain *p);
/* The ui string key as a prompt: the answer follows on its line. */
void plain_prompt(struct plain *p, const char *key);
/* Reads one line into p->line, without its newline and surrounding
 * blanks. False at the end of the input (p->eof is then set). */
bool plain_read_line(struct plain *p);
/* Whether s is one of the space-separated words of list (ASCII case
 * ignored). */
bool plain_word_in(const char *list, const char *s);
/* What a line typed at a step means, from the words of the worker's
 * language ("ui.plain.keys.*"); KEY_ENTER for an empty line. */
enum key plain_key_of(const struct plain *p, const char *s);
/* Says the keys, one a line: the words of each list of the worker's
 * language and what they do (at the start, and on ?). */
void plain_keys_help(struct plain *p);

#endif
