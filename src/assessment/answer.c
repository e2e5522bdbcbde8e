/* Names of answers and element states. */
#include <string.h>

#include "tipcheck/answer.h"

static const char *const answer_names[ANSWER_COUNT] = {
	[ANSWER_NOT_ASKED] = "not-asked",
	[ANSWER_YES] = "yes",
	[ANSWER_NO] = "no",
	[ANSWER_UNKNOWN] = "unknown",
};

static const char *const element_state_names[] = {
	[ELEMENT_NOT_POSITIVE] = "not-positive",
	[ELEMENT_POSITIVE] = "positive",
	[ELEMENT_UNDECIDED] = "undecided",
};

const char *answer_to_str(enum answer a)
{
	return a < ANSWER_COUNT ? answer_names[a] : "?";
}

bool answer_from_str(const char *s, enum answer *out)
{
	for (int a = 0; a < ANSWER_COUNT; a++) {
		if (!strcmp(s, answer_names[a])) {
			*out = (enum answer)a;
			return true;
		}
	}
	return false;
}

const char *element_state_to_str(enum element_state s)
{
	return s <= ELEMENT_UNDECIDED ? element_state_names[s] : "?";
}
