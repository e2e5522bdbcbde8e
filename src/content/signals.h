/* Internal to src/content: indicators/signals.yaml and the signals items carry. */
#ifndef TIPCHECK_SIGNALS_H
#define TIPCHECK_SIGNALS_H

#include "schema.h"
#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/* What signals.yaml is read into. */
struct signals_file {
	struct signal *signals;
	size_t n_signals;
};

extern const struct objtype signals_file_type;

/* Frees what a signals_file holds (its signals too). */
void signals_file_clear(void *p);

/*
 * Gives each signal of c its key and index, resolves every item's
 * signal_ids (an id that names no signal, or one listed twice on an item,
 * is an error at its position in refs) and fills each signal's items.
 * signals_failed: signals.yaml had errors, so unknown ids are not
 * reported (they may be that file's fault).
 */
void signals_link(struct content *c, struct refpos_map *refs, bool signals_failed,
		  struct diag_list *d);

#endif
