/*
 * "Did you mean": the closest of a set of words to a mistyped one, by edit
 * distance. Pure: no I/O, no allocation.
 *
 *	struct suggest s;
 *	suggest_init(&s, typed);
 *	for (each known id) suggest_add(&s, id);
 *	if (suggest_best(&s)) ... "did you mean '%s'?"
 */
#ifndef TIPCHECK_SUGGEST_H
#define TIPCHECK_SUGGEST_H

#include <stddef.h>

/* Words longer than this are never matched (their distance is not
 * computed): ids and option names are far shorter. */
#define SUGGEST_MAX_LEN 128

struct suggest {
	const char *word;	/* borrowed: what was typed */
	const char *best;	/* borrowed: the closest candidate so far */
	size_t best_distance;
};

/*
 * Edit distance between a and b: insertions, deletions, substitutions and
 * swaps of two neighbouring bytes each count 1 ("labor" to "labour" is 1,
 * "lsit" to "list" is 1). Bytes are compared as they are (ids are ASCII).
 * Returns SIZE_MAX when either is longer than SUGGEST_MAX_LEN.
 */
size_t suggest_distance(const char *a, const char *b);

/* Starts a search for the candidate closest to word (borrowed). */
void suggest_init(struct suggest *s, const char *word);

/* Considers one candidate (borrowed; it must outlive s). Of candidates
 * at the same distance the first one added wins. */
void suggest_add(struct suggest *s, const char *candidate);

/*
 * The closest candidate when it is close enough to be what was meant: at
 * most one edit for words up to four bytes, two up to eight, three beyond,
 * and never the word itself nor a candidate that shares nothing but its
 * length with it. NULL otherwise.
 */
const char *suggest_best(const struct suggest *s);

#endif
