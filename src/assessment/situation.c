/* The situation of an interview and the checklists that fit it (children first). */
#include "tipcheck/situation.h"

bool situation_fits(enum situation s, enum audience a)
{
	if (a == AUDIENCE_ANY)
		return true;
	return a == (s == SITUATION_ADULT ? AUDIENCE_ADULT : AUDIENCE_CHILD);
}

enum situation situation_of_checklists(const struct checklist *const *lists, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lists[i]->audience == AUDIENCE_CHILD)
			return SITUATION_CHILD;
	return SITUATION_ADULT;
}
