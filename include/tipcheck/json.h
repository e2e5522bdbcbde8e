/*
 * The result as one JSON object (doc/json.md, a public interface): the
 * evaluation's data (elements, outcomes and their reasons, referrals,
 * notices) and the explanation's words (explain.h: the level's symbol,
 * what to do now, how to find a service, and every block), so that a
 * program reads what the screen and the paper say. Writes only to the
 * FILE * given.
 */
#ifndef TIPCHECK_JSON_H
#define TIPCHECK_JSON_H

#include <stdio.h>

#include "tipcheck/explain.h"

/* Writes x (titles and texts in its language) as one JSON object and a
 * newline. Returns 0, or -1 when writing to out failed. */
int json_render_result(FILE *out, const struct explanation *x);

#endif
