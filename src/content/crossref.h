/* Internal to src/content: what the loader does once every file is read. */
#ifndef TIPCHECK_CROSSREF_H
#define TIPCHECK_CROSSREF_H

#include <stdbool.h>

#include "kinds.h"
#include "schema.h"
#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/* What the walk over the folders leaves for the checks across files. */
struct crossref {
	struct content *c;		/* everything that loaded, unlinked */
	struct diag_list *d;
	struct refpos_map *refs;
	bool failed[K_COUNT];		/* a file of this kind had an error */
	bool any_failed;
	/* translations/en.yaml (interned in c->files) when it is missing and
	 * the translations could be read; else NULL. */
	const char *missing_en;
};

/*
 * Sorts the checklists (`first` ones, then by file name) and links the
 * content: keys, back pointers, item indexes, the look-up index,
 * signals, expression references, properties. Then checks what spans
 * files: sources, rules, elements, services, scenarios, dependency
 * cycles, catalogs. A reference into a kind of file that failed is not
 * reported, as it may be that file's fault. Everything goes to x->d.
 */
void crossref_run(const struct crossref *x);

#endif
