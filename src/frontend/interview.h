/*
 * What a front end needs to run an interview: the content and the choices
 * made on the command line. The full-screen interview (tui.c) asks at its
 * start menu for whatever was not given; the line mode (plain.c) asks in
 * lines. Front-end code only.
 */
#ifndef TIPCHECK_INTERVIEW_H
#define TIPCHECK_INTERVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "speech.h"
#include "tipcheck/catalog.h"
#include "tipcheck/model.h"

struct interview_setup {
	const struct content *content;
	struct tr lang;			/* the worker's language */
	struct tr ask_lang;		/* the person's language */
	bool lang_given, ask_lang_given;
	const struct directory *region;	/* NULL: default directory */
	bool region_given;
	const struct checklist **lists;	/* chosen on the command line; */
	size_t n_lists;			/* 0: ask situation and form */
	enum situation situation;	/* ADULT unless asked or given */
	const struct scenario *training;	/* NULL, or the scenario */
	const char *printer;		/* --printer, or NULL */
	const char *colour;		/* --colour: auto, always, never; NULL: auto */
	bool speak;			/* --speak: read aloud from the start */
	struct speech_opts speech;	/* how (speech_opts_init defaults) */
	/* Reads the rest of a language of which the content holds only the
	 * head (cli_whole_lang); NULL: every language is whole. False: its
	 * file has an error, and the interview does not start. */
	bool (*whole_lang)(void *ctx, const char *lang);
	void *whole_lang_ctx;
	/* The content holds only the translations (cli_content_start): reads
	 * the rest into the same object, once the menu of languages is past
	 * and before anything else is shown. False: a file has an error, and
	 * the interview does not start. NULL: the content is whole. ctx is
	 * whole_lang_ctx. */
	bool (*whole_content)(void *ctx);
};

/* The date printed on results, "YYYY-MM-DD" in buf: SOURCE_DATE_EPOCH
 * when set and valid (reproducible output, tests), else today. No time of
 * day. Reads the environment and the clock, then lets the core's
 * datestamp() decide (cli.c). Returns buf. */
const char *interview_date(char buf[static 11]);

/* The full-screen interview. Returns an exit status. */
int tui_run(const struct interview_setup *s);

/* The line-by-line interview on in/out; json: print the result as JSON.
 * Returns an exit status. */
int plain_run(const struct interview_setup *s, bool json, FILE *in, FILE *out);

#endif
