/*
 * Internal to src/content: finding words in a text without case, for the
 * signal words of content_check.c. Letters are folded to lower case in
 * Basic Latin, Latin-1 and Cyrillic, the languages with signal words.
 * Texts and words are valid UTF-8 (libyaml's reader checked them); no
 * function here allocates but fold_copy(), and none keeps a pointer.
 */
#ifndef TIPCHECK_FOLD_H
#define TIPCHECK_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* s folded to lower case, as a new string owned by the caller. Folding
 * keeps each code point's length in UTF-8: the copy is as long as s. */
char *fold_copy(const char *s);

/* Whether the text at p, folded, starts with the len bytes of w, a
 * folded word (fold_copy()): strncmp() of a folded copy of the text,
 * without the copy. */
bool fold_starts(const char *p, const char *w, size_t len);

/* The first four bytes of the text at p, folded: byte k at bits 8k to
 * 8k + 7, 0 past the text's end. */
uint32_t fold_head(const char *p);

/* The first two bytes of the text at p, folded, as fold_head() places
 * them. Inline for two ASCII bytes, as most places of a text start: it
 * is asked at every place a word may start. */
static inline uint32_t fold_head2(const char *p)
{
	unsigned b0 = (unsigned char)p[0], b1 = b0 ? (unsigned char)p[1] : 0;

	if ((b0 | b1) >= 0x80)
		return fold_head(p) & 0xffff;
	b0 |= b0 - 'A' < 26u ? 0x20 : 0;
	b1 |= b1 - 'A' < 26u ? 0x20 : 0;
	return b0 | b1 << 8;
}

/*
 * The place after p where a word of the text may next start: past the
 * code point at p, and when that is a letter (or digit), past the rest of
 * its run of letters and the code point that ends it. p is not after a
 * letter and not at the text's end; returns the end when no place is left.
 */
const char *fold_next_start(const char *p);

#endif
