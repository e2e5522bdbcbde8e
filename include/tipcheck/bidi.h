/*
 * Right-to-left text for character displays (terminals, plain-text pages),
 * through GNU FriBidi: the Unicode bidirectional algorithm (UAX #9) puts a
 * line in display order, so that Arabic or Farsi reads right to left while
 * numbers and Latin names inside keep their own order, and Arabic letters
 * optionally take their joined forms (presentation forms) for displays that
 * do not shape. The only module that calls FriBidi.
 *
 * Wrap a paragraph first (text.h, in logical order), then turn each line
 * into display order: reordering works line by line. Pure functions: no
 * state; out of memory is fatal (xalloc.h).
 */
#ifndef TIPCHECK_BIDI_H
#define TIPCHECK_BIDI_H

#include <stdbool.h>
#include <stddef.h>

enum bidi_dir { BIDI_LTR, BIDI_RTL };

/* bidi_visual() flags. */
enum {
	BIDI_SHAPE = 1 << 0,	/* Arabic joining forms and the lam-alef ligature */
};

/* The direction of a paragraph: that of its first letter with a strong
 * direction (UAX #9, rules P2 and P3), fallback when it has none
 * (digits and punctuation only). */
enum bidi_dir bidi_paragraph(const char *s, size_t len, enum bidi_dir fallback);

/* Whether s (len bytes) shows differently in display order in a paragraph
 * of direction dir: it holds a right-to-left character (Hebrew, Arabic,
 * Arabic digits, explicit marks), or dir is BIDI_RTL. When false,
 * bidi_visual() would return s unchanged. */
bool bidi_needed(const char *s, size_t len, enum bidi_dir dir);

/*
 * One line of a paragraph of direction dir, in display order (the first
 * byte is the leftmost character), mirrored brackets included, and with
 * BIDI_SHAPE in Arabic presentation forms (a ligature takes one column
 * less than its letters). Isolate marks (U+2066 to U+2069: a phone number
 * kept left to right) order the line and are left out. Returns a new NUL-terminated string owned by the
 * caller; *out_len (may be NULL) is its length. Bytes that are not UTF-8
 * become U+FFFD.
 */
char *bidi_visual(const char *s, size_t len, enum bidi_dir dir, unsigned flags,
		  size_t *out_len);

#endif
