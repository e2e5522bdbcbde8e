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

#include "tipcheck/catalog.h"
#include "tipcheck/render.h"

/* Writes the document to out in format; returns 0, or -1 on failure. For
 * a summary: a small wrapper around summary_render with its options. */
typedef int (*export_render_fn)(FILE *out, enum render_format format, const void *arg);

enum export_status {
	EXPORT_OK,
	EXPORT_EXISTS,		/* the file exists and overwrite was not asked */
	EXPORT_IS_DIRECTORY,	/* the name is taken by something that is not a */
	EXPORT_IS_LINK,		/* regular file: refused, nothing written */
	EXPORT_IS_FIFO,
	EXPORT_IS_SOCKET,
	EXPORT_IS_DEVICE,
	EXPORT_OPEN,		/* cannot create the file (errno) */
	EXPORT_WRITE,		/* writing failed (errno, or the renderer) */
	EXPORT_PRINTER_START,	/* cannot start the printer command (errno) */
	EXPORT_PRINTER_FAILED,	/* the command failed (exit status) */
	EXPORT_STOPPED,		/* the worker stopped the printing (Esc) */
	EXPORT_QUIT,		/* the worker pressed the quick-exit key */
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

/* The message for r in t's language, with path and command (either may
 * be NULL) escaped as user-supplied text (echo.h). Owned by the caller. */
char *export_message(const struct tr *t, struct export_result r, const char *path,
		     const char *command);

/* What the worker wants while a print runs. */
enum export_key { EXPORT_KEY_NONE, EXPORT_KEY_STOP, EXPORT_KEY_QUIT };

/* Watching the keyboard while printing: when fd has input, key(arg) reads
 * it and says what it means. */
struct export_watch {
	int fd;
	enum export_key (*key)(void *arg);
	void *arg;
};

/* The printer command: option (--printer) when set, else
 * $TIPCHECK_PRINTER when set and not empty, else "lp". Borrowed. */
const char *export_printer_command(const char *option);

/*
 * Prints: runs cmd as a shell command (/bin/sh -c, in a process group of
 * its own) and writes the document as text (FORMAT_TEXT) to its standard
 * input, then waits for it. SIGPIPE is ignored meanwhile, so a command
 * that stops reading is an error, not the end of tipcheck. With a watch
 * (w not NULL), the keyboard is read all the while: EXPORT_KEY_STOP or
 * EXPORT_KEY_QUIT from it kills the command and its group at once and
 * returns EXPORT_STOPPED or EXPORT_QUIT. Without one, waits as long as
 * the command runs (signals still end tipcheck).
 */
struct export_result export_to_printer(const char *cmd, export_render_fn render, const void *arg,
				       const struct export_watch *w);

/*
 * Saves: writes the document in format to path, a name the worker typed.
 * Before writing anything: a name taken by anything but a regular file
 * (a folder, a symbolic link, a FIFO, a socket, a device) is refused
 * (EXPORT_IS_*), without opening it; an existing file is refused
 * (EXPORT_EXISTS) unless overwrite is true. A new name is created
 * exclusively with mode 0600; replacing writes a new 0600 file in the
 * same folder (exclusive, so never through a link) and renames it over
 * the old name only once written and synced, so another hard link to the
 * old file keeps the old text. When writing fails, only the new file is
 * removed: an old file is left as it was.
 */
struct export_result export_to_file(const char *path, bool overwrite,
				    enum render_format format,
				    export_render_fn render, const void *arg);

#endif
