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
#include "tipcheck/model.h"

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
