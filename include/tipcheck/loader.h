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

/*
 * The same for content in layers (indicators/README.md, "Layers"): dirs[0]
 * is the base, each later one laid over those before it. A later layer's
 * file replaces the file of the same folder and name beneath it, adds one
 * that is new, or, holding only `remove: true`, takes it out. The merged
 * content is then validated as one; each diagnostic names the file in its
 * layer. Every dir must exist (n_dirs >= 1). c->layers keeps the roots.
 */
struct content *loader_load_layers(const char *const *dirs, size_t n_dirs,
				   struct diag_list *diags);

#endif
