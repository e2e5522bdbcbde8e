/*
 * Diagnostics: errors about content (and answers read as YAML), as values.
 *
 * A loader or checker appends records to a diag list instead of printing;
 * the caller decides how to show them (stderr before curses starts, a
 * screen, a test assertion). Lines and columns are 1-based everywhere
 * outside the YAML reader, which converts libyaml's 0-based marks once.
 */
#ifndef TIPCHECK_DIAG_H
#define TIPCHECK_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A position in a content file. file is borrowed: it points into the
 * content's (or the diag list's) own copy of the path and lives as long as
 * that owner. line and col are 1-based; 0 means "whole file". */
struct pos {
	const char *file;
	unsigned line;
	unsigned col;
};

enum diag_code {
	DIAG_IO,		/* cannot open/read, not a regular file */
	DIAG_TOO_LARGE,		/* file over the size limit */
	DIAG_EMPTY,		/* empty file or empty document */
	DIAG_UTF8,		/* invalid UTF-8 */
	DIAG_SYNTAX,		/* YAML syntax error */
	DIAG_ALIAS,		/* anchors and aliases are not allowed */
	DIAG_TOO_DEEP,		/* nesting deeper than the limit */
	DIAG_UNKNOWN_KEY,
	DIAG_MISSING_KEY,
	DIAG_TYPE,		/* wrong node type (mapping for a string...) */
	DIAG_VALUE,		/* invalid enum value, bad id, bad number */
	DIAG_DUPLICATE,		/* duplicate id or key */
	DIAG_REFERENCE,		/* names something that does not exist */
	DIAG_TRANSLATION,	/* missing key, placeholder mismatch... */
	DIAG_SCENARIO,		/* expected result differs from the rules */
	DIAG_REACH,		/* an element a checklist can never make positive */
	DIAG_SIGNAL,		/* a signal unused, or missing from an item */
	DIAG_SAFETY,		/* a safety property of the rules fails */
	DIAG_CODE_COUNT
};

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

struct diag {
	enum diag_code code;
	enum diag_severity severity;
	char *file;		/* owned */
	unsigned line, col;	/* 1-based; 0 when not known */
	char *message;		/* owned, no trailing newline */
};

/* A growing list of diagnostics, capped at max errors (further errors are
 * counted in n_dropped, not stored). Zero-initialise, then diag_list_init. */
struct diag_list {
	struct diag *v;
	size_t n, cap;
	size_t max;
	size_t n_errors, n_warnings, n_dropped;
};

#define DIAG_DEFAULT_MAX 200

void diag_list_init(struct diag_list *l, size_t max);
void diag_list_free(struct diag_list *l);
/* Appends a record; the message is printf-formatted and copied. */
void diag_add(struct diag_list *l, enum diag_code code, enum diag_severity sev,
	      struct pos at, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
#define diag_error(l, at, code, ...) diag_add((l), (code), DIAG_ERROR, (at), __VA_ARGS__)
#define diag_warning(l, at, code, ...) diag_add((l), (code), DIAG_WARNING, (at), __VA_ARGS__)
bool diag_has_errors(const struct diag_list *l);
/* Short stable name of a code ("unknown-key"), for tests and --json. */
const char *diag_code_to_str(enum diag_code code);
/* Writes "FILE:LINE:COLUMN: error: message" lines, then a line saying how
 * many were dropped, if any. File names and messages are written through
 * echo.h: a control or bidi character in them shows as <U+XXXX>. */
void diag_print(const struct diag_list *l, FILE *out);

#endif
