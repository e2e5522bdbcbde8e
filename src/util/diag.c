/* Diagnostics as values: a capped list of positioned errors. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "tipcheck/diag.h"
#include "tipcheck/echo.h"
#include "tipcheck/xalloc.h"

static const char *const code_names[DIAG_CODE_COUNT] = {
	[DIAG_IO] = "io",
	[DIAG_TOO_LARGE] = "too-large",
	[DIAG_EMPTY] = "empty",
	[DIAG_UTF8] = "utf8",
	[DIAG_SYNTAX] = "syntax",
	[DIAG_ALIAS] = "alias",
	[DIAG_TOO_DEEP] = "too-deep",
	[DIAG_UNKNOWN_KEY] = "unknown-key",
	[DIAG_MISSING_KEY] = "missing-key",
	[DIAG_TYPE] = "type",
	[DIAG_VALUE] = "value",
	[DIAG_DUPLICATE] = "duplicate",
	[DIAG_REFERENCE] = "reference",
	[DIAG_TRANSLATION] = "translation",
	[DIAG_SCENARIO] = "scenario",
	[DIAG_REACH] = "reach",
	[DIAG_SIGNAL] = "signal",
	[DIAG_SAFETY] = "safety",
};

const char *diag_code_to_str(enum diag_code code)
{
	return code < DIAG_CODE_COUNT ? code_names[code] : "unknown";
}

void diag_list_init(struct diag_list *l, size_t max)
{
	*l = (struct diag_list){ .max = max ? max : DIAG_DEFAULT_MAX };
}

void diag_list_free(struct diag_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].file);
		free(l->v[i].message);
	}
	free(l->v);
	diag_list_init(l, l->max);
}

void diag_add(struct diag_list *l, enum diag_code code, enum diag_severity sev,
	      struct pos at, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (sev == DIAG_ERROR)
		l->n_errors++;
	else
		l->n_warnings++;
	if (l->n >= l->max) {
		l->n_dropped++;
		return;
	}
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = (struct diag){
		.code = code, .severity = sev,
		.file = xstrdup(at.file ? at.file : "-"),
		.line = at.line, .col = at.col, .message = msg,
	};
}

bool diag_has_errors(const struct diag_list *l)
{
	return l->n_errors > 0;
}

void diag_print(const struct diag_list *l, FILE *out)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct diag *d = &l->v[i];
		const char *sev = d->severity == DIAG_ERROR ? "error" : "warning";

		/* File names and quoted values are the user's: escaped. */
		echo_fputs(out, d->file);
		if (d->line)
			fprintf(out, ":%u:%u", d->line, d->col ? d->col : 1);
		fprintf(out, ": %s: ", sev);
		echo_fputs(out, d->message);
		fputc('\n', out);
	}
	if (l->n_dropped)
		fprintf(out, "tipcheck: %zu more diagnostics not shown\n", l->n_dropped);
}
