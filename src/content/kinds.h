/*
 * Internal to src/content: the kinds of file in a data directory and the
 * schema each is read with (kinds.c; signals.yaml's is in signals.h).
 */
#ifndef TIPCHECK_KINDS_H
#define TIPCHECK_KINDS_H

#include <stddef.h>

#include "schema.h"
#include "tipcheck/model.h"

/* The kinds of file in a data directory, in the order they are read. */
enum kind { K_SOURCES, K_SIGNALS, K_CHECKLIST, K_RULES, K_DIRECTORY, K_SCENARIO, K_CATALOG, K_COUNT };

/* What indicators/sources.yaml is read into. */
struct sources_file {
	struct source *sources;
	size_t n_sources;
};

/* One file of each kind is read with schema_read() as: */
extern const struct objtype sources_file_type;	/* into struct sources_file */
extern const struct objtype checklist_type;	/* struct checklist */
extern const struct objtype ruleset_type;	/* struct ruleset */
extern const struct objtype directory_type;	/* struct directory */
extern const struct objtype scenario_type;	/* struct scenario */
extern const struct objtype catalog_type;	/* struct catalog, entries sorted by key */

#endif
