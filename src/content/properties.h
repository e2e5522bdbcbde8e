/* Internal to src/content: the `properties:` block of a rules file. */
#ifndef TIPCHECK_PROPERTIES_H
#define TIPCHECK_PROPERTIES_H

#include "schema.h"
#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/* The type of struct rule_properties, for the rules file's field table. */
extern const struct objtype properties_type;

/*
 * Resolves the properties of every rules file of c: outcomes in the same
 * rules file, signals in c. Each id that names nothing is an error at its
 * position in refs.
 */
void properties_resolve(struct content *c, struct refpos_map *refs, struct diag_list *d);

#endif
