/*
 * The words of an evaluation that the layers below it share: an answer to
 * an item, and the state answers give an element of the definition.
 * Names only; evaluation is evaluate.h's.
 */
#ifndef TIPCHECK_ANSWER_H
#define TIPCHECK_ANSWER_H

#include <stdbool.h>

/* An answer to one item. Zero is "not asked", so a zeroed array is an
 * interview where nothing was asked yet. */
enum answer {
	ANSWER_NOT_ASKED,
	ANSWER_YES,
	ANSWER_NO,
	ANSWER_UNKNOWN,		/* don't know, or the person would rather not say */
	ANSWER_COUNT
};

/* "not-asked", "yes", "no", "unknown". */
const char *answer_to_str(enum answer a);
/* Accepts the spellings above; false for anything else. */
bool answer_from_str(const char *s, enum answer *out);

enum element_state { ELEMENT_NOT_POSITIVE, ELEMENT_POSITIVE, ELEMENT_UNDECIDED };
/* "not-positive", "positive", "undecided". */
const char *element_state_to_str(enum element_state s);

#endif
