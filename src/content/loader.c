/* Loading a content directory: the walk over its folders, each file read by its kind's schema. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "content_index.h"
#include "crossref.h"
#include "kinds.h"
#include "schema.h"
#include "signals.h"
#include "tipcheck/loader.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

struct loader {
	struct crossref x;	/* the content, failed kinds: for crossref_run */
	const char *dir;
	bool unread[K_COUNT];	/* its folder cannot be read (said once) */
	struct refpos_map refs;	/* where each reference was written */
};

/* Interns path in the content: positions borrow it. */
static const char *add_file(struct loader *l, char *path)
{
	struct content *c = l->x.c;

	c->files = xreallocarray(c->files, c->n_files + 1, sizeof *c->files);
	c->files[c->n_files++] = path;
	return path;
}

static char *join(const char *dir, const char *a, const char *b)
{
	size_t n = strlen(dir);
	const char *sep = n && dir[n - 1] == '/' ? "" : "/";

	return b ? xasprintf("%s%s%s/%s", dir, sep, a, b) : xasprintf("%s%s%s", dir, sep, a);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
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

/* Opens DIR/sub; NULL when it is missing or cannot be read (said). */
static DIR *open_folder(struct loader *l, const char *sub, enum kind first, enum kind last)
{
	char *path = join(l->dir, sub, NULL);
	const char *file = add_file(l, path);
	DIR *dp = opendir(path);

	if (!dp && errno != ENOENT)
		folder_unread(l, file, errno, first, last);
	return dp;
}

/* The *.yaml names in DIR/sub, sorted bytewise. A missing folder is
 * empty; anything else that cannot be read is an error. */
static char **list_yaml(struct loader *l, const char *sub, enum kind kind, size_t *n)
{
	char **v = NULL;
	struct dirent *e;
	DIR *dp;

	*n = 0;
	if (l->unread[kind] || !(dp = open_folder(l, sub, kind, kind)))
		return NULL;
	while ((e = readdir(dp))) {
		size_t len = strlen(e->d_name);

		if (e->d_name[0] == '.' || len < 6 || strcmp(e->d_name + len - 5, ".yaml"))
			continue;
		v = xreallocarray(v, *n + 1, sizeof *v);
		v[(*n)++] = xstrdup(e->d_name);
	}
	closedir(dp);
	if (*n)
		qsort(v, *n, sizeof *v, cmp_str);
	return v;
}

/* Reads one file into obj (zeroed, size bytes). Returns true when it
 * loaded without error; obj then belongs to the caller, else it was
 * cleared. */
static bool load_file(struct loader *l, const char *sub, const char *name,
		      const struct objtype *type, void *obj, void (*clear)(void *),
		      enum kind kind)
{
	char *path = join(l->dir, sub, name);
	const char *file = add_file(l, path);
	struct schema_ctx x = { .d = l->x.d, .file = file, .refs = &l->refs };
	struct ytree *t = ytree_load_file(path, file, l->x.d);

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
	char **names = list_yaml(l, sub, kind, &n);
	char *v = NULL;

	v = xcalloc(n ? n : 1, type->size);
	*count = 0;
	for (size_t i = 0; i < n; i++) {
		void *obj = v + *count * type->size;

		if (load_file(l, sub, names[i], type, obj, clear, kind)) {
			*FIELD_AT(obj, path_off, char *) = xstrdup(l->x.c->files[l->x.c->n_files - 1]);
			(*count)++;
		}
		free(names[i]);
	}
	free(names);
	*arr = v;
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

/* Whether DIR/sub/name is there at all; what it is, load_file says. */
static bool present(const struct loader *l, const char *sub, const char *name)
{
	char *path = join(l->dir, sub, name);
	struct stat st;
	bool there = stat(path, &st) == 0 || errno != ENOENT;

	free(path);
	return there;
}

struct content *loader_load(const char *dir, struct diag_list *d)
{
	struct content *c = xcalloc(1, sizeof *c);
	struct loader l = { .x = { .c = c, .d = d }, .dir = dir };
	size_t errors_before = d->n_errors;
	struct sources_file sf = { 0 };
	DIR *top;
	void *arr;

	c->dir = xstrdup(dir);
	if (!is_dir(dir)) {
		diag_error(d, ((struct pos){ c->dir, 0, 0 }), DIAG_IO,
			   "not a content directory: %s", strerror(errno ? errno : ENOTDIR));
		content_free(c);
		return NULL;
	}
	top = open_folder(&l, "indicators", K_SOURCES, K_SCENARIO);
	if (top)
		closedir(top);
	if (!l.unread[K_SOURCES] &&
	    load_file(&l, "indicators", "sources.yaml", &sources_file_type, &sf, clear_sources,
		      K_SOURCES)) {
		c->sources = sf.sources;
		c->n_sources = sf.n_sources;
	}
	/* signals.yaml is optional: content without signals has none. */
	if (!l.unread[K_SIGNALS] && present(&l, "indicators", "signals.yaml")) {
		struct signals_file sg = { 0 };

		if (load_file(&l, "indicators", "signals.yaml", &signals_file_type, &sg,
			      signals_file_clear, K_SIGNALS)) {
			c->signals = sg.signals;
			c->n_signals = sg.n_signals;
		}
	}
	load_folder(&l, "indicators/checklists", &checklist_type, clear_checklist, K_CHECKLIST,
		    offsetof(struct checklist, path), &arr, &c->n_checklists);
	c->checklists = arr;
	load_folder(&l, "indicators/rules", &ruleset_type, clear_ruleset, K_RULES,
		    offsetof(struct ruleset, path), &arr, &c->n_rulesets);
	c->rulesets = arr;
	load_folder(&l, "indicators/referrals", &directory_type, clear_directory, K_DIRECTORY,
		    offsetof(struct directory, path), &arr, &c->n_directories);
	c->directories = arr;
	load_folder(&l, "indicators/scenarios", &scenario_type, clear_scenario, K_SCENARIO,
		    offsetof(struct scenario, path), &arr, &c->n_scenarios);
	c->scenarios = arr;
	load_folder(&l, "translations", &catalog_type, clear_catalog, K_CATALOG,
		    offsetof(struct catalog, path), &arr, &c->n_catalogs);
	c->catalogs = arr;
	qsort(c->catalogs, c->n_catalogs, sizeof *c->catalogs, cmp_catalog);

	if (!content_catalog(c, "en") && !l.x.failed[K_CATALOG])
		l.x.missing_en = add_file(&l, join(dir, "translations", "en.yaml"));
	refpos_sort(&l.refs);
	l.x.refs = &l.refs;
	crossref_run(&l.x);
	refpos_free(&l.refs);
	if (d->n_errors > errors_before) {
		content_free(c);
		return NULL;
	}
	return c;
}

