/* STUB: catalog look-ups until the loader work (issue 2) lands; removed then. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/xalloc.h"

const char *catalog_get(const struct catalog *cat, const char *key)
{
	for (size_t i = 0; cat && i < cat->n_entries; i++)
		if (!strcmp(cat->entries[i].key, key))
			return cat->entries[i].text;
	return NULL;
}

const char *tr_lang(const struct tr *t) { return t->cat ? t->cat->lang : "en"; }
bool tr_has(const struct tr *t, const char *key) { return catalog_get(t->cat, key) != NULL; }

const char *tr_ui(const struct tr *t, const char *key)
{
	const char *s = catalog_get(t->cat, key);
	if (!s)
		s = catalog_get(t->en, key);
	return s ? s : key;
}

const char *tr_text(const struct tr *t, const char *owner_key, const char *field, const char *english)
{
	char *key = xasprintf("%s.%s", owner_key, field);
	const char *s = catalog_get(t->cat, key);
	free(key);
	return s ? s : english;
}

char *tr_format(const char *tmpl, const char *const *names, const char *const *values, size_t n)
{
	char *out = xstrdup("");
	for (const char *p = tmpl; *p;) {
		const char *ins = NULL;
		size_t skip = 1;
		for (size_t i = 0; *p == '{' && i < n; i++) {
			size_t k = strlen(names[i]);
			if (!strncmp(p + 1, names[i], k) && p[1 + k] == '}') {
				ins = values[i];
				skip = k + 2;
			}
		}
		char *next = ins ? xasprintf("%s%s", out, ins) : xasprintf("%s%c", out, *p);
		free(out);
		out = next;
		p += skip;
	}
	return out;
}

const struct catalog *content_catalog(const struct content *c, const char *lang)
{
	for (size_t i = 0; i < c->n_catalogs; i++)
		if (!strcmp(c->catalogs[i].lang, lang))
			return &c->catalogs[i];
	return NULL;
}

const struct source *content_source(const struct content *c, const char *id)
{
	for (size_t i = 0; i < c->n_sources; i++)
		if (!strcmp(c->sources[i].id, id))
			return &c->sources[i];
	return NULL;
}
