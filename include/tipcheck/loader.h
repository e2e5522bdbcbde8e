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

/*
 * The same, reading only the translations a session uses: English and the
 * languages langs ask for (as tr_init() would choose them; n_langs codes,
 * NULL entries ignored) whole, every other one only up to its strings
 * (language, name, status, note, rtl: for a menu of languages; such a
 * catalog has head_only set and no entries). Everything else is read and
 * checked as by loader_load_layers(); langs NULL reads every language.
 */
struct content *loader_load_langs(const char *const *dirs, size_t n_dirs,
				  const char *const *langs, size_t n_langs,
				  struct diag_list *diags);

/*
 * Compiled content (treecache.h): every load reads the trees of
 * dirs[0]/tipcheck.cache for the files whose bytes they were made from,
 * and parses the others. loader_load_recording() loads as
 * loader_load_layers() but parses every file, recording each tree in w:
 * what `tipcheck compile` writes.
 */
struct treecache_writer;
struct content *loader_load_recording(const char *const *dirs, size_t n_dirs,
				      struct treecache_writer *w, struct diag_list *diags);

/*
 * Reads the rest of lang's catalog (exact code) when only its head was
 * read, and checks it as loader_load_layers() would have. Returns true
 * when the catalog is whole (now or already); false when lang has no
 * catalog, or its file has an error (appended to diags; the catalog then
 * stays head-only).
 */
bool loader_load_catalog(struct content *c, const char *lang, struct diag_list *diags);

/*
 * Loading in two steps, for a start menu whose first screens need only
 * the translations (a menu of languages); the rest is read once a
 * language is chosen, before the interview can start.
 *
 * loader_begin() checks the layers and reads the translations as
 * loader_load_langs() would (langs: the same, and borrowed only during
 * the call). Returns the loader, owned by the caller until it passes it
 * to loader_finish() or loader_abandon(); NULL when there was an error
 * (appended to diags, which must stay valid until the loader is gone).
 * loader_content() is the content so far: layers and catalogs only, no
 * checklist, rule, directory or scenario; it is the loader's, and
 * loader_finish() completes this same object in place. The translations
 * read so far are checked against the rest by loader_finish().
 */
struct loader;
struct loader *loader_begin(const char *const *dirs, size_t n_dirs, const char *const *langs,
			    size_t n_langs, struct diag_list *diags);
struct content *loader_content(const struct loader *l);

/* Reads the rest of lang's translation now (a language chosen on the
 * start menu), to be checked with everything else by loader_finish().
 * As loader_load_catalog() otherwise. */
bool loader_begin_catalog(struct loader *l, const char *lang);

/* Reads everything else and validates the whole as loader_load_langs()
 * does; frees l. Returns the content (loader_content()'s object, now the
 * caller's: content_free) or NULL after an error, when the content is
 * freed too. */
struct content *loader_finish(struct loader *l);

/* Frees l and its content. NULL is fine. */
void loader_abandon(struct loader *l);

#endif
