/*
 * Allocation wrappers that never return NULL.
 *
 * tipcheck cannot do anything useful without memory, so out-of-memory is
 * fatal: these print one line to stderr and abort. Callers never check.
 * Before the line is printed, the hook registered with xalloc_on_fatal()
 * runs, so that the front end owning the terminal gives it back first.
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
/* "a" sep "b" (a content key: "checklist.item"), owned by the caller;
 * what xasprintf("%s.%s") gives, without a format's cost. */
char *xjoin(const char *a, char sep, const char *b);
/* printf into a new string owned by the caller. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/*
 * Registers fn to run on a fatal error (out of memory) before the message
 * is printed and the process aborts: the front end that owns the terminal
 * restores it there (the full screen leaves curses). One hook; a later
 * call replaces it, NULL removes it. The core never registers one. fn runs
 * at most once and must not allocate.
 */
void xalloc_on_fatal(void (*fn)(void));

#endif
