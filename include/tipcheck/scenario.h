/*
 * Questions about a training scenario that need no evaluation: what it
 * expects of an item, which checklists a run goes through, the situation
 * it starts in and the answers of a perfect run. Pure: no I/O.
 */
#ifndef TIPCHECK_SCENARIO_H
#define TIPCHECK_SCENARIO_H

#include <stddef.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/* The scenario's expected answer for item: EXPECT_NO when not listed. */
enum expect scenario_expect(const struct scenario *sc, const struct item *item);

/* The situation a run of sc starts in: child for a child scenario, else
 * adult. */
enum situation scenario_situation(const struct scenario *sc);

/*
 * The checklists a run of sc goes through, in interview order: the
 * checklists marked `first`, then the scenario's own, without duplicates
 * (as session_new() orders them). Returns the count and sets *out to a new
 * array owned by the caller (free()).
 */
size_t scenario_checklists(const struct content *c, const struct scenario *sc,
			   const struct checklist ***out);

/*
 * The answers of a perfect run of sc: every item of its checklists
 * answered "no", except the items expected "yes" ("either" counts as no).
 * Returns a new array of c->n_items answers owned by the caller (free()).
 */
enum answer *scenario_answers(const struct content *c, const struct scenario *sc);

#endif
