/*
 * UTF-8 text measured in terminal columns, and word wrapping.
 *
 * Widths come from wcwidth(), so the process must run under a UTF-8
 * LC_CTYPE (the front ends make sure of that at start). Invalid bytes
 * count as one column each and are never split.
 */
#ifndef TIPCHECK_TEXT_H
#define TIPCHECK_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Display width of s in columns (combining marks are 0, CJK 2). */
size_t text_width(const char *s);
size_t text_width_n(const char *s, size_t len);

/* A wrapped line: a byte range of the input, without the break. */
struct text_line {
	size_t start, len;
	size_t width;			/* columns */
};

/*
 * Wraps s at word boundaries so that no line is wider than width columns;
 * a word wider than width is broken between characters. Newlines in s
 * start new lines; a blank line stays blank. Returns the number of lines
 * and sets *lines to a new array owned by the caller (free()).
 */
size_t text_wrap(const char *s, size_t width, struct text_line **lines);

/* Byte length of the longest prefix of s (at most len bytes) that fits in
 * width columns, never cutting a character or its combining marks. */
size_t text_fit(const char *s, size_t len, size_t width);

/* Decodes the character at s (at most len bytes): returns its length in
 * bytes and sets *cp, or returns 1 and sets *cp to -1 for a byte that
 * does not start valid UTF-8 (overlong forms and surrogates included).
 * Returns 0 when len is 0. */
size_t text_decode(const char *s, size_t len, int32_t *cp);

/* True when s is valid UTF-8 (len bytes). */
bool text_valid_utf8(const char *s, size_t len);

#endif
