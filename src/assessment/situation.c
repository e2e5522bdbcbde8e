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

enum situation situation_of_answers(enum situation s, const struct checklist *const *lists,
				    size_t n, const enum answer *answers)
{
	enum situation out = s;

	if (s != SITUATION_ADULT)
		return s;
	for (size_t l = 0; l < n; l++)
		for (size_t k = 0; k < lists[l]->n_sections; k++)
			for (size_t i = 0; i < lists[l]->sections[k].n_items; i++) {
				const struct item *it = &lists[l]->sections[k].items[i];
				enum answer a = answers[it->index];

				if (!situation_presets(SITUATION_CHILD, it) ||
				    !eval_item_visible(it, answers))
					continue;
				if (a == ANSWER_YES)
					return SITUATION_CHILD;
				if (a == ANSWER_UNKNOWN)
					out = SITUATION_UNSURE;
			}
	return out;
}

void situation_apply_presets(enum situation s, const struct checklist *const *lists, size_t n,
			     enum answer *answers)
{
	for (size_t l = 0; l < n; l++)
		for (size_t k = 0; k < lists[l]->n_sections; k++)
			for (size_t i = 0; i < lists[l]->sections[k].n_items; i++) {
				const struct item *it = &lists[l]->sections[k].items[i];

				if (situation_presets(s, it))
					answers[it->index] = ANSWER_YES;
			}
}
