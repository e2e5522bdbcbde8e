/*
 * Allocation wrappers that never return NULL.
 *
 * tipcheck cannot do anything useful without memory, so out-of-memory is
 * fatal: these print one line to stderr and abort. Callers never check.
 */
#ifndef TIPCHECK_XALLOC_H
#define TIPCHECK_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t size);
/* Zeroed array of nmemb * size bytes; aborts on overflow too. */
void *xcalloc(size_t nmemb, size_t size);
/* Like realloc(ptr, nmemb * size); aborts on overflow. */
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
/* Returns a copy of s, owned by the caller; xstrdup(NULL) is NULL. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string owned by the caller. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
