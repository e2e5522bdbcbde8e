/*
 * Checks of a loaded content beyond its validity, run by `tipcheck check`:
 * content that loads but is weaker than it looks. Each finding is a warning
 * with a position; nothing here stops the content from being used.
 *
 * - Reachability (issue 21): an element that a checklist scores but can
 *   never make positive from its own items' strengths, and a checklist
 *   with fewer items for an element than the element's min_answered.
 * - Signals: a signal no item carries, and an item whose sign, ask or
 *   guidance (in a language the signal has words for) contains one of the
 *   signal's words but that does not carry the signal.
 */
#ifndef TIPCHECK_CONTENT_CHECK_H
#define TIPCHECK_CONTENT_CHECK_H

#include <stdbool.h>

#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/* Appends every finding on c to d as a warning. Returns true when there
 * was none. */
bool content_check(const struct content *c, struct diag_list *d);

/* Whether text contains word where a word of the text starts (letters
 * compared without case, for Latin and Cyrillic letters): "beat" is in
 * "He was beaten", not in "upbeat". Both UTF-8. */
bool content_check_has_word(const char *text, const char *word);

#endif
