/* Training scenarios: expectations and the shape of a run, without evaluation. */
#include <stdlib.h>

#include "tipcheck/scenario.h"
#include "tipcheck/xalloc.h"

enum expect scenario_expect(const struct scenario *sc, const struct item *item)
{
	for (size_t i = 0; i < sc->n_expected; i++)
		if (sc->expected[i].item == item)
			return sc->expected[i].expect;
	return EXPECT_NO;
}

static bool has_list(const struct checklist *const *v, size_t n, const struct checklist *cl)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == cl)
			return true;
	return false;
}

size_t scenario_checklists(const struct content *c, const struct scenario *sc,
			   const struct checklist ***out)
{
	const struct checklist **v = xcalloc(c->n_checklists + sc->n_checklists + 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < c->n_checklists; i++)
		if (c->checklists[i].first)
			v[n++] = &c->checklists[i];
	for (size_t i = 0; i < sc->n_checklists; i++)
		if (sc->checklists[i] && !has_list(v, n, sc->checklists[i]))
			v[n++] = sc->checklists[i];
	*out = v;
	return n;
}

enum situation scenario_situation(const struct scenario *sc)
{
	return sc->audience == AUDIENCE_CHILD ? SITUATION_CHILD : SITUATION_ADULT;
}

enum answer *scenario_answers(const struct content *c, const struct scenario *sc)
{
	enum answer *a = xcalloc(c->n_items + 1, sizeof *a);
	const struct checklist **lists;
	size_t n = scenario_checklists(c, sc, &lists);

	for (size_t l = 0; l < n; l++)
		for (size_t s = 0; s < lists[l]->n_sections; s++)
			for (size_t i = 0; i < lists[l]->sections[s].n_items; i++)
				a[lists[l]->sections[s].items[i].index] = ANSWER_NO;
	for (size_t i = 0; i < sc->n_expected; i++)
		if (sc->expected[i].expect == EXPECT_YES)
			a[sc->expected[i].item->index] = ANSWER_YES;
	free(lists);
	return a;
}
