/* Training feedback: a trainee's answers against a scenario's expectations. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/feedback.h"
#include "tipcheck/scenario.h"
#include "tipcheck/xalloc.h"

static bool outcome_matched(const struct evaluation *ev, const char *key)
{
	for (size_t i = 0; i < ev->n_outcomes; i++)
		if (!strcmp(ev->outcomes[i].outcome->key, key))
			return true;
	return false;
}

static bool outcome_expected(const struct scenario *sc, const struct outcome *o)
{
	for (size_t i = 0; i < sc->n_expected_outcomes; i++)
		if (!strcmp(sc->expected_outcomes[i], o->key))
			return true;
	return false;
}

/* An indicator, scored: not a context item. */
static bool scored(const struct item *it)
{
	return it->strength != STRENGTH_NONE;
}

/* Whether the scenario lists item, so that its "no" is meant. */
static bool listed(const struct scenario *sc, const struct item *it)
{
	for (size_t i = 0; i < sc->n_expected; i++)
		if (sc->expected[i].item == it)
			return true;
	return false;
}

struct feedback *feedback_new(const struct content *c, const struct scenario *sc,
			      const enum answer *answers, const struct evaluation *ev)
{
	struct feedback *f = xcalloc(1, sizeof *f);

	f->scenario = sc;
	/* Sized for the worst case; a few pointers per item is cheap. */
	f->found = xcalloc(c->n_items + 1, sizeof *f->found);
	f->missed = xcalloc(c->n_items + 1, sizeof *f->missed);
	f->extra = xcalloc(c->n_items + 1, sizeof *f->extra);
	f->context = xcalloc(c->n_items + 1, sizeof *f->context);
	for (size_t i = 0; i < c->n_items; i++) {
		const struct item *it = c->items[i];
		enum expect want = scenario_expect(sc, it);
		bool yes = answers[it->index] == ANSWER_YES &&
			eval_item_visible(it, answers);

		if (!scored(it)) {
			if (want == EXPECT_YES && !yes)
				f->context[f->n_context++] = it;
		} else if (want == EXPECT_YES && yes) {
			f->found[f->n_found++] = it;
		} else if (want == EXPECT_YES) {
			f->missed[f->n_missed++] = it;
		} else if (want == EXPECT_NO && yes && (listed(sc, it) || !it->checklist->first)) {
			f->extra[f->n_extra++] = it;
		}
	}
	f->n_required = f->n_found + f->n_missed;
	f->percent = f->n_required ?
		(unsigned)((f->n_found * 200 + f->n_required) / (2 * f->n_required)) : 100;

	f->level = ev->level;
	f->level_ok = ev->level == sc->expected_level;
	f->outcomes_missing = xcalloc(sc->n_expected_outcomes + 1, sizeof *f->outcomes_missing);
	for (size_t i = 0; i < sc->n_expected_outcomes; i++)
		if (!outcome_matched(ev, sc->expected_outcomes[i]))
			f->outcomes_missing[f->n_outcomes_missing++] = sc->expected_outcomes[i];
	f->outcomes_extra = xcalloc(ev->n_outcomes + 1, sizeof *f->outcomes_extra);
	for (size_t i = 0; i < ev->n_outcomes; i++)
		if (!outcome_expected(sc, ev->outcomes[i].outcome))
			f->outcomes_extra[f->n_outcomes_extra++] = ev->outcomes[i].outcome;
	f->outcomes_ok = !f->n_outcomes_missing && !f->n_outcomes_extra;
	return f;
}

void feedback_free(struct feedback *f)
{
	if (!f)
		return;
	free(f->found);
	free(f->missed);
	free(f->extra);
	free(f->context);
	free(f->outcomes_missing);
	free(f->outcomes_extra);
	free(f);
}
