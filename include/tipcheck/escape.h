/*
 * Escaping text for the markup formats, so that content can never add
 * markup of its own.
 */
#ifndef TIPCHECK_ESCAPE_H
#define TIPCHECK_ESCAPE_H

#include <stdio.h>

/*
 * Writes s for HTML/XML text or attribute values: & < > " ' as entities.
 * Characters XML does not allow (control characters other than tab and
 * newline) are dropped and invalid UTF-8 bytes become U+FFFD, so the
 * output is always well-formed.
 */
void escape_html(FILE *out, const char *s);

/*
 * Writes s as Markdown text that renders as itself: a backslash before
 * characters that would start emphasis, code, links, HTML or tables, and
 * before list, heading and quote markers at the start of a line; leading
 * spaces of a line are dropped (they would start code). Each newline in s
 * is written as the string newline (e.g. "  \n  " for a hard break
 * inside an indented list item); trailing newlines are dropped.
 */
void escape_md(FILE *out, const char *s, const char *newline);

#endif
