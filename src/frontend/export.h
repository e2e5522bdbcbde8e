/*
 * The explicit "print" and "save" actions: a front end calls these only
 * when the worker asks to print or save a result summary (or a training
 * feedback sheet). These, and nothing else in tipcheck, write output
 * outside stdout: never on their own, never in the background. What they
 * write is what the render callback writes; summaries hold no names, no
 * notes and no free text, only the checklist items, the reasoning and
 * the referrals. Front-end code only.
 */
#ifndef TIPCHECK_EXPORT_H
#define TIPCHECK_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "tipcheck/render.h"

/* Writes the document to out in format; returns 0, or -1 on failure. For
 * a summary: a small wrapper around summary_render with its options. */
typedef int (*export_render_fn)(FILE *out, enum render_format format, const void *arg);

enum export_status {
	EXPORT_OK,
	EXPORT_EXISTS,		/* the file exists and overwrite was not asked */
	EXPORT_OPEN,		/* cannot create the file (errno) */
	EXPORT_WRITE,		/* writing failed (errno, or the renderer) */
	EXPORT_PRINTER_START,	/* cannot start the printer command (errno) */
	EXPORT_PRINTER_FAILED,	/* the command failed (exit status) */
	EXPORT_STATUS_COUNT
};

/* What happened, for the front end to show. */
struct export_result {
	enum export_status status;
	int error;		/* errno for OPEN, WRITE, PRINTER_START; else 0 */
	int exit_status;	/* PRINTER_FAILED: the command's exit status, or
				 * 128 + signal */
};

/* Catalog key of a message for status ("ui.print.export.exists"...);
 * the messages take {path}, {command}, {error} and {status}. */
const char *export_status_key(enum export_status s);

/* The printer command: option (--printer) when set, else
 * $TIPCHECK_PRINTER when set and not empty, else "lp". Borrowed. */
const char *export_printer_command(const char *option);

/*
 * Prints: runs cmd with /bin/sh (popen) and writes the document as text
 * (FORMAT_TEXT) to its standard input. Waits for the command. SIGPIPE is
 * ignored meanwhile, so a command that stops reading is an error, not the
 * end of tipcheck.
 */
struct export_result export_to_printer(const char *cmd, export_render_fn render, const void *arg);

/*
 * Saves: writes the document in format to path, a name the worker typed.
 * Refuses an existing file unless overwrite is true; creates the file
 * with mode 0600 and never follows a symbolic link at path. On a write
 * error the partial file is removed.
 */
struct export_result export_to_file(const char *path, bool overwrite,
				    enum render_format format,
				    export_render_fn render, const void *arg);

#endif
