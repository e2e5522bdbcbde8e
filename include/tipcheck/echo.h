/*
 * Safe echo: text that came from the user (answer ids, file names, option
 * values, anything a diagnostic quotes) written so that it can neither
 * drive the terminal nor reorder the line around it.
 *
 * The one escaping function for such text, in every output: a character
 * that is unsafe (below) becomes "<U+202E>", a byte that is not UTF-8
 * becomes "<0xE9>", everything else passes unchanged. Markup escaping
 * (escape.h, JSON) applies on top where a format needs it.
 */
#ifndef TIPCHECK_ECHO_H
#define TIPCHECK_ECHO_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* True for the C0 and C1 control characters and DEL (tab and newline
 * included: echoed text is one line), the bidirectional formatting
 * characters (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069)
 * and the line and paragraph separators (U+2028, U+2029). */
bool echo_unsafe(int32_t cp);

/* Writes s, escaped, to out. */
void echo_fputs(FILE *out, const char *s);

/* s escaped, in a new string owned by the caller; NULL for NULL. */
char *echo_escape(const char *s);

/* printf into memory, then echo_fputs: for a one-line message that
 * quotes user-supplied values (the format adds no newline itself). */
void echo_printf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
