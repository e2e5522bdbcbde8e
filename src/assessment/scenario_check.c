/* Scenario check: a scenario's expected answers must give its expected result. */
#include <stdlib.h>

#include "tipcheck/feedback.h"
#include "tipcheck/scenario.h"
#include "tipcheck/scenario_check.h"
#include "tipcheck/xalloc.h"

/* Appends ", key" (or "key" first) to a growing string. */
static char *append(char *buf, const char *key)
{
	char *s = xasprintf("%s%s%s", buf ? buf : "", buf ? ", " : "", key);

	free(buf);
	return s;
}

/* Where the scenario says what it expects of item: its line, else the
 * scenario's. */
static struct pos expect_pos(const struct scenario *sc, const struct item *item)
{
	for (size_t i = 0; i < sc->n_expected; i++)
		if (sc->expected[i].item == item)
			return sc->expected[i].pos;
	return sc->pos;
}

/* A run starts with preset items answered yes: the scenario must not
 * expect "no" of them, or a perfect run would show them as extra. */
static bool check_presets(const struct content *c, const struct scenario *sc,
			  const struct checklist *const *lists, size_t n,
			  struct diag_list *diags)
{
	unsigned bit = 1u << scenario_situation(sc);
	bool ok = true;

	for (size_t l = 0; l < n; l++)
		for (size_t s = 0; s < lists[l]->n_sections; s++)
			for (size_t i = 0; i < lists[l]->sections[s].n_items; i++) {
				const struct item *it = &lists[l]->sections[s].items[i];

				if (!(it->preset_yes & bit) || scenario_expect(sc, it) != EXPECT_NO)
					continue;
				diag_error(diags, expect_pos(sc, it), DIAG_SCENARIO,
					   "scenario '%s': item '%s' starts answered yes in a %s "
					   "interview; expect it yes or either",
					   sc->id, it->key,
					   situation_to_str(scenario_situation(sc)));
				ok = false;
			}
	return ok;
}

bool scenario_check(const struct content *c, const struct scenario *sc,
		    struct diag_list *diags)
{
	const struct checklist **lists;
	size_t n = scenario_checklists(c, sc, &lists);
	enum answer *answers = scenario_answers(c, sc);
	struct evaluation *ev = evaluate(c, lists, n, answers, NULL);
	struct feedback *f = feedback_new(c, sc, answers, ev);
	char *missing = NULL, *unexpected = NULL;
	bool ok = check_presets(c, sc, lists, n, diags) && f->level_ok && f->outcomes_ok;

	if (!f->level_ok)
		diag_error(diags, sc->pos, DIAG_SCENARIO,
			   "scenario '%s': its expected answers give level '%s', not the "
			   "expected '%s'", sc->id, level_to_str(f->level),
			   level_to_str(sc->expected_level));
	if (!f->outcomes_ok) {
		for (size_t i = 0; i < f->n_outcomes_missing; i++)
			missing = append(missing, f->outcomes_missing[i]);
		for (size_t i = 0; i < f->n_outcomes_extra; i++)
			unexpected = append(unexpected, f->outcomes_extra[i]->key);
		diag_error(diags, sc->pos, DIAG_SCENARIO,
			   "scenario '%s': its expected answers do not give the expected "
			   "outcomes (expected but not given: %s; given but not expected: %s)",
			   sc->id, missing ? missing : "none", unexpected ? unexpected : "none");
	}
	free(missing);
	free(unexpected);
	feedback_free(f);
	evaluation_free(ev);
	free(answers);
	free(lists);
	return ok;
}

bool scenario_check_all(const struct content *c, struct diag_list *diags)
{
	bool ok = true;

	for (size_t i = 0; i < c->n_scenarios; i++)
		if (!scenario_check(c, &c->scenarios[i], diags))
			ok = false;
	return ok;
}
