/* Loading a content directory: the walk over its folders, each file read by its kind's schema. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog_check.h"
#include "content_index.h"
#include "crossref.h"
#include "kinds.h"
#include "layers.h"
#include "schema.h"
#include "signals.h"
#include "tipcheck/catalog.h"
#include "tipcheck/loader.h"
#include "tipcheck/treecache.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

struct loader {
	struct crossref x;	/* the content, failed kinds: for crossref_run */
	struct layers layers;	/* base first */
	bool unread[K_COUNT];	/* its folder cannot be read (said once) */
	struct refpos_map refs;	/* where each reference was written */
	/* The languages read whole; the others up to their head. */
	const char *const *langs;
	size_t n_langs;
	bool some_langs;	/* false: every language whole */
	bool indicators_read;	/* load_indicators() done */
	size_t errors_before;	/* d->n_errors when loading began */
	struct treecache_writer *record;	/* NULL, or where each tree goes */
};

/* Interns path in the content: positions borrow it. */
static const char *add_file(struct loader *l, char *path)
{
	struct content *c = l->x.c;

	c->files = xreallocarray(c->files, c->n_files + 1, sizeof *c->files);
	c->files[c->n_files++] = path;
	return path;
}

static const char *intern(void *ctx, char *path)
{
	return add_file(ctx, path);
}

/*
 * One cause, one error: a folder that exists but cannot be read is said
 * once, and the kinds first..last (the files it holds) count as failed
 * and unread, so that neither each file nor each reference into them is
 * reported again.
 */
static void folder_unread(struct loader *l, const char *file, int err, enum kind first,
			  enum kind last)
{
	diag_error(l->x.d, ((struct pos){ file, 0, 0 }), DIAG_IO, "cannot read folder: %s",
		   strerror(err));
	for (enum kind k = first; k <= last; k++)
		l->x.failed[k] = l->unread[k] = true;
	l->x.any_failed = true;
}

/* The files of sub over the layers (layers.h); NULL when none or when
 * a folder cannot be read (said). only keeps one name. */
static struct layer_file *list_yaml(struct loader *l, const char *sub, const char *only,
				    enum kind first, enum kind last, size_t *n)
{
	const char *unread = NULL;
	int err = 0;
	struct layer_file *v;

	*n = 0;
	if (l->unread[first])
		return NULL;
	v = layers_files(&l->layers, sub, only, n, &unread, &err);
	if (unread)
		folder_unread(l, unread, err, first, last);
	return v;
}

/* Reads one file into obj (zeroed, size bytes); of a file whose type
 * reads only its head, up to the key that follows it (stop). Returns true
 * when it loaded without error; obj then belongs to the caller, else it
 * was cleared. */
static bool load_part(struct loader *l, const char *file, const struct objtype *type,
		      const char *stop, void *obj, void (*clear)(void *), enum kind kind)
{
	struct schema_ctx x = { .d = l->x.d, .file = file, .refs = &l->refs };
	struct ytree *t = treecache_load_file(l->x.c->trees, l->record, file, file, stop, l->x.d);

	if (t)
		schema_read(&x, t->root, type, obj);
	else
		x.failed = true;
	ytree_free(t);
	if (x.failed) {
		clear(obj);
		/* The slot is reused for the next file. */
		memset(obj, 0, type->size);
		l->x.failed[kind] = l->x.any_failed = true;
		return false;
	}
	return true;
}

static bool load_file(struct loader *l, const char *file, const struct objtype *type, void *obj,
		      void (*clear)(void *), enum kind kind)
{
	return load_part(l, file, type, NULL, obj, clear, kind);
}

static void clear_checklist(void *p) { content_checklist_clear(p); }
static void clear_ruleset(void *p) { content_ruleset_clear(p); }
static void clear_directory(void *p) { content_directory_clear(p); }
static void clear_scenario(void *p) { content_scenario_clear(p); }
static void clear_catalog(void *p) { content_catalog_clear(p); }

static void clear_sources(void *p)
{
	struct sources_file *sf = p;

	for (size_t i = 0; i < sf->n_sources; i++)
		content_source_clear(&sf->sources[i]);
	free(sf->sources);
}

/* Reads every file of one kind in sub into a growing array at *arr. */
static void load_folder(struct loader *l, const char *sub, const struct objtype *type,
			void (*clear)(void *), enum kind kind, size_t path_off, void **arr,
			size_t *count)
{
	size_t n;
	struct layer_file *files = list_yaml(l, sub, NULL, kind, kind, &n);
	char *v = NULL;

	v = xcalloc(n ? n : 1, type->size);
	*count = 0;
	for (size_t i = 0; i < n; i++) {
		void *obj = v + *count * type->size;

		if (load_file(l, files[i].path, type, obj, clear, kind)) {
			*FIELD_AT(obj, path_off, char *) = xstrdup(files[i].path);
			(*count)++;
		}
	}
	layers_free(files, n);
	*arr = v;
}

/* Whether the session reads lang whole: English (the fallback of every
 * string) and the languages asked for. */
static bool lang_wanted(const struct loader *l, const char *lang)
{
	if (!l->some_langs || !strcmp(lang, "en"))
		return true;
	for (size_t i = 0; i < l->n_langs; i++)
		if (tr_lang_could_choose(l->langs[i], lang))
			return true;
	return false;
}

/* The translations: each file's head (language, name, status: what a menu
 * shows), then the rest of the languages the session reads whole. */
static void load_catalogs(struct loader *l, struct content *c)
{
	size_t n;
	struct layer_file *files = list_yaml(l, "translations", NULL, K_CATALOG, K_CATALOG, &n);

	c->catalogs = xcalloc(n ? n : 1, sizeof *c->catalogs);
	c->n_catalogs = 0;
	for (size_t i = 0; i < n; i++) {
		struct catalog *cat = &c->catalogs[c->n_catalogs];
		bool ok;

		if (!l->some_langs) {
			ok = load_file(l, files[i].path, &catalog_type, cat, clear_catalog,
				       K_CATALOG);
		} else {
			ok = load_part(l, files[i].path, &catalog_head_type, "strings", cat,
				       clear_catalog, K_CATALOG);
			if (ok && lang_wanted(l, cat->lang)) {
				clear_catalog(cat);
				memset(cat, 0, sizeof *cat);
				ok = load_file(l, files[i].path, &catalog_type, cat, clear_catalog,
					       K_CATALOG);
			} else if (ok) {
				cat->head_only = true;
			}
		}
		if (ok) {
			cat->path = xstrdup(files[i].path);
			c->n_catalogs++;
		}
	}
	layers_free(files, n);
}

static int cmp_catalog(const void *a, const void *b)
{
	const struct catalog *x = a, *y = b;

	if (!strcmp(x->lang, "en") || !strcmp(y->lang, "en"))
		return !strcmp(x->lang, "en") ? -1 : 1;
	return strcmp(x->lang, y->lang);
}

static bool is_dir(const char *path)
{
	struct stat st;

	errno = 0;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The topmost file named name in sub, or NULL: none, or its folder
 * cannot be read (said). */
static const char *top_file(struct loader *l, const char *sub, const char *name, enum kind first,
			    enum kind last)
{
	size_t n;
	struct layer_file *f = list_yaml(l, sub, name, first, last, &n);
	const char *path = n ? f[0].path : NULL;

	layers_free(f, n);
	return path;
}

/* The layers (each must be a folder) and an empty content over them;
 * NULL when one is not (said). */
static struct loader *begin(const char *const *dirs, size_t n_dirs, const char *const *langs,
			    size_t n_langs, struct treecache_writer *record, struct diag_list *d)
{
	struct content *c = xcalloc(1, sizeof *c);
	struct loader *l = xcalloc(1, sizeof *l);

	*l = (struct loader){ .x = { .c = c, .d = d }, .langs = langs, .n_langs = n_langs,
			      .some_langs = langs != NULL, .errors_before = d->n_errors,
			      .record = record };
	l->layers = (struct layers){ .d = d, .intern = intern, .ctx = l };
	c->dir = xstrdup(dirs[0]);
	c->layers = xcalloc(n_dirs, sizeof *c->layers);
	for (size_t i = 0; i < n_dirs; i++) {
		c->layers[c->n_layers++] = xstrdup(dirs[i]);
		if (!is_dir(dirs[i]))
			diag_error(d, ((struct pos){ c->layers[i], 0, 0 }), DIAG_IO,
				   "not a content directory: %s", strerror(errno ? errno : ENOTDIR));
	}
	l->layers.roots = (const char *const *)c->layers;
	l->layers.n_roots = c->n_layers;
	if (d->n_errors > l->errors_before) {
		loader_abandon(l);
		return NULL;
	}
	/* What compile records is parsed afresh, never copied from a cache. */
	if (!record) {
		char *path = layers_join(c->dir, TREECACHE_FILE, NULL);

		c->trees = treecache_open(path);
		free(path);
	}
	return l;
}

/* Everything under indicators/. */
static void load_indicators(struct loader *l)
{
	struct content *c = l->x.c;
	struct sources_file sf = { 0 };
	const char *file;
	void *arr;

	file = top_file(l, "indicators", "sources.yaml", K_SOURCES, K_SCENARIO);
	/* None in any layer: reading the base layer's says so. */
	if (!file && !l->unread[K_SOURCES])
		file = add_file(l, layers_join(c->layers[0], "indicators", "sources.yaml"));
	if (file && load_file(l, file, &sources_file_type, &sf, clear_sources, K_SOURCES)) {
		c->sources = sf.sources;
		c->n_sources = sf.n_sources;
	}
	/* signals.yaml is optional: content without signals has none. */
	file = top_file(l, "indicators", "signals.yaml", K_SIGNALS, K_SIGNALS);
	if (file) {
		struct signals_file sg = { 0 };

		if (load_file(l, file, &signals_file_type, &sg, signals_file_clear, K_SIGNALS)) {
			c->signals = sg.signals;
			c->n_signals = sg.n_signals;
		}
	}
	load_folder(l, "indicators/checklists", &checklist_type, clear_checklist, K_CHECKLIST,
		    offsetof(struct checklist, path), &arr, &c->n_checklists);
	c->checklists = arr;
	load_folder(l, "indicators/rules", &ruleset_type, clear_ruleset, K_RULES,
		    offsetof(struct ruleset, path), &arr, &c->n_rulesets);
	c->rulesets = arr;
	load_folder(l, "indicators/referrals", &directory_type, clear_directory, K_DIRECTORY,
		    offsetof(struct directory, path), &arr, &c->n_directories);
	c->directories = arr;
	load_folder(l, "indicators/scenarios", &scenario_type, clear_scenario, K_SCENARIO,
		    offsetof(struct scenario, path), &arr, &c->n_scenarios);
	c->scenarios = arr;
	l->indicators_read = true;
}

/* The translations, English first. */
static void load_translations(struct loader *l)
{
	struct content *c = l->x.c;

	load_catalogs(l, c);
	qsort(c->catalogs, c->n_catalogs, sizeof *c->catalogs, cmp_catalog);
}

struct loader *loader_begin(const char *const *dirs, size_t n_dirs, const char *const *langs,
			    size_t n_langs, struct diag_list *d)
{
	struct loader *l = begin(dirs, n_dirs, langs, n_langs, NULL, d);

	if (!l)
		return NULL;
	load_translations(l);
	if (d->n_errors > l->errors_before) {
		loader_abandon(l);
		return NULL;
	}
	return l;
}

struct content *loader_content(const struct loader *l)
{
	return l->x.c;
}

struct content *loader_finish(struct loader *l)
{
	struct content *c = l->x.c;
	struct diag_list *d = l->x.d;

	if (!l->indicators_read)
		load_indicators(l);
	c->changed_layer = l->layers.changed_layer;
	if (!content_catalog(c, "en") && !l->x.failed[K_CATALOG])
		l->x.missing_en = add_file(l, layers_join(c->layers[0], "translations", "en.yaml"));
	l->x.refs = &l->refs;
	crossref_run(&l->x);
	if (d->n_errors > l->errors_before) {
		loader_abandon(l);
		return NULL;
	}
	refpos_free(&l->refs);
	free(l);
	return c;
}

void loader_abandon(struct loader *l)
{
	if (!l)
		return;
	refpos_free(&l->refs);
	content_free(l->x.c);
	free(l);
}

/* Everything, in the order of the diagnostics: indicators, then
 * translations. */
static struct content *load_all(struct loader *l)
{
	if (!l)
		return NULL;
	load_indicators(l);
	load_translations(l);
	return loader_finish(l);
}

struct content *loader_load_langs(const char *const *dirs, size_t n_dirs,
				  const char *const *langs, size_t n_langs, struct diag_list *d)
{
	return load_all(begin(dirs, n_dirs, langs, n_langs, NULL, d));
}

struct content *loader_load_layers(const char *const *dirs, size_t n_dirs, struct diag_list *d)
{
	return loader_load_langs(dirs, n_dirs, NULL, 0, d);
}

struct content *loader_load_recording(const char *const *dirs, size_t n_dirs,
				      struct treecache_writer *w, struct diag_list *d)
{
	return load_all(begin(dirs, n_dirs, NULL, 0, w, d));
}

/* Reads the rest of lang's catalog when only its head was read; checks
 * it against the content when check (else the loader's crossref will). */
static bool read_whole(struct content *c, const char *lang, bool check, struct diag_list *d)
{
	struct catalog *cat = NULL, full = { 0 };
	size_t errors_before = d->n_errors;
	struct ytree *t;
	struct schema_ctx x = { .d = d };
	bool read;

	for (size_t i = 0; i < c->n_catalogs && !cat; i++)
		if (!strcmp(c->catalogs[i].lang, lang))
			cat = &c->catalogs[i];
	if (!cat || !cat->head_only)
		return cat != NULL;
	/* Positions borrow the file name the content interned. */
	x.file = cat->pos.file;
	t = treecache_load_file(c->trees, NULL, cat->path, x.file, NULL, d);
	if (t)
		schema_read(&x, t->root, &catalog_type, &full);
	read = t && !x.failed;
	ytree_free(t);
	if (read && strcmp(full.lang, cat->lang))
		diag_error(d, full.pos, DIAG_VALUE, "language '%s': the file said '%s' when "
			   "tipcheck started", full.lang, cat->lang);
	if (read && check)
		catalog_check_lang(c, &full, d);
	if (!read || d->n_errors > errors_before) {
		content_catalog_clear(&full);
		return false;
	}
	full.path = cat->path;
	cat->path = NULL;
	content_catalog_clear(cat);
	*cat = full;
	return true;
}

bool loader_load_catalog(struct content *c, const char *lang, struct diag_list *d)
{
	return read_whole(c, lang, true, d);
}

bool loader_begin_catalog(struct loader *l, const char *lang)
{
	return read_whole(l->x.c, lang, false, l->x.d);
}

struct content *loader_load(const char *dir, struct diag_list *d)
{
	return loader_load_layers(&dir, 1, d);
}
