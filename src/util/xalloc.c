/* Allocation wrappers: out of memory is fatal. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/xalloc.h"

/* The front end's hook (xalloc.h); taken out before it runs, so that a
 * hook that itself runs out of memory cannot loop. */
static void (*volatile fatal_hook)(void);

void xalloc_on_fatal(void (*fn)(void))
{
	fatal_hook = fn;
}

static void oom(void)
{
	void (*fn)(void) = fatal_hook;

	fatal_hook = NULL;
	if (fn)
		fn();
	fputs("tipcheck: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *xreallocarray(void *ptr, size_t nmemb, size_t size)
{
	void *p;
	size_t total;

	if (size && nmemb > SIZE_MAX / size)
		oom();
	total = nmemb * size;
	p = realloc(ptr, total ? total : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	return s ? xstrndup(s, strlen(s)) : NULL;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xjoin(const char *a, char sep, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *p = xmalloc(na + nb + 2);

	memcpy(p, a, na);
	p[na] = sep;
	memcpy(p + na + 1, b, nb + 1);
	return p;
}

/* vasprintf rather than sizing with vsnprintf(NULL, 0): GCC 12 with
 * -fsanitize=undefined warns "null format string" on the latter. */
char *xvasprintf(const char *fmt, va_list ap)
{
	char *p;

	if (vasprintf(&p, fmt, ap) < 0)
		oom();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}
