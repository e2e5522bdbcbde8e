/*
 * Checks training scenarios against the rules: the expected answers of a
 * scenario must give its expected level and outcomes. Pure logic: errors
 * go into a diag list.
 */
#ifndef TIPCHECK_SCENARIO_CHECK_H
#define TIPCHECK_SCENARIO_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/*
 * The checklists a run of sc goes through, in interview order: the
 * checklists marked `first`, then the scenario's own, without duplicates
 * (as session_new() orders them). Returns the count and sets *out to a new
 * array owned by the caller (free()).
 */
size_t scenario_checklists(const struct content *c, const struct scenario *sc,
			   const struct checklist ***out);

/* The situation a run of sc starts in: child for a child scenario, else
 * adult. */
enum situation scenario_situation(const struct scenario *sc);

/*
 * The answers of a perfect run of sc: every item of its checklists
 * answered "no", except the items expected "yes" ("either" counts as no).
 * Returns a new array of c->n_items answers owned by the caller (free()).
 */
enum answer *scenario_answers(const struct content *c, const struct scenario *sc);

/*
 * Evaluates sc's expected answers and appends one DIAG_SCENARIO error at
 * the scenario's position when the level differs from expected.level, and
 * one when the set of matched outcomes differs from expected.outcomes
 * (naming the outcomes missing and unexpected), and one at the expected
 * answer's position (or the scenario's) for each item that the interview
 * pre-answers "yes" in the scenario's situation (preset) while the
 * scenario expects "no". Returns true when the scenario holds.
 */
bool scenario_check(const struct content *c, const struct scenario *sc,
		    struct diag_list *diags);

/* scenario_check() on every scenario of c; true when all hold. */
bool scenario_check_all(const struct content *c, struct diag_list *diags);

#endif
