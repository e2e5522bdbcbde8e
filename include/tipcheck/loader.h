/*
 * Loading and checking a content directory.
 *
 * The layout of a data directory is documented in indicators/README.md:
 *   DIR/indicators/sources.yaml, checklists/, rules/, referrals/, scenarios/
 *   DIR/translations/LANG.yaml
 */
#ifndef TIPCHECK_LOADER_H
#define TIPCHECK_LOADER_H

#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/*
 * Loads and validates every content file under dir: syntax, schema, ids,
 * references and translations. All errors (up to diags->max) are appended
 * to diags; warnings too.
 *
 * All or nothing: returns a new content, owned by the caller (free with
 * content_free), only when there was no error; otherwise returns NULL and
 * nothing partly built survives.
 */
struct content *loader_load(const char *dir, struct diag_list *diags);

#endif
