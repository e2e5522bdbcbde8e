/* The schema of a translation file (translations/LANG.yaml). Part of the
 * module kinds. */
#include <stdlib.h>
#include <string.h>

#include "catalog_keys.h"
#include "kinds.h"
#include "tipcheck/xalloc.h"

static bool p_status(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	if (!is_text(v) ||
	    !translation_status_from_str(v->str, FIELD_AT(obj, f->off, enum translation_status)))
		return enum_error(x, v, "status", "draft, reviewed");
	return true;
}

static bool p_scope(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	if (!is_text(v) ||
	    !catalog_scope_from_str(v->str, FIELD_AT(obj, f->off, enum catalog_scope)))
		return enum_error(x, v, "scope", "full, person");
	return true;
}

static int cmp_entry_ptr(const void *a, const void *b)
{
	return strcmp((*(const struct catalog_entry *const *)a)->key,
		      (*(const struct catalog_entry *const *)b)->key);
}

/* The entries in key order. Pointers are sorted, then the entries moved
 * once: qsort() moves pointers several times cheaper than whole entries. */
static void sort_entries(struct catalog *cat)
{
	size_t n = cat->n_entries;
	const struct catalog_entry **by_key = xcalloc(n ? n : 1, sizeof *by_key);
	struct catalog_entry *sorted = xcalloc(n ? n : 1, sizeof *sorted);

	for (size_t i = 0; i < n; i++)
		by_key[i] = &cat->entries[i];
	qsort(by_key, n, sizeof *by_key, cmp_entry_ptr);
	for (size_t i = 0; i < n; i++)
		sorted[i] = *by_key[i];
	free(cat->entries);
	cat->entries = sorted;
	free(by_key);
}

static bool p_strings(struct schema_ctx *x, const struct ynode *v, void *obj,
		      const struct field *f)
{
	struct catalog *cat = obj;
	size_t size = 0;
	char *at;
	bool ok = true;

	if (v->type != YNODE_MAPPING) {
		schema_error(x, v->pos, DIAG_TYPE, "expected a mapping of keys to text, not %s",
			     ynode_type_name(v));
		return false;
	}
	/* Every key and text in one block: one allocation, not two an
	 * entry (tens of thousands in a large catalog). */
	for (size_t i = 0; i < v->len; i++) {
		const struct ynode *k = ymap_key(v, i), *t = ymap_value(v, i);

		if (is_text(t) && *t->str)
			size += k->len + 1 + t->len + 1;
	}
	at = cat->strings = xmalloc(size);
	cat->entries = xcalloc(v->len, sizeof *cat->entries);
	for (size_t i = 0; i < v->len; i++) {
		const struct ynode *k = ymap_key(v, i), *t = ymap_value(v, i);

		if (!is_text(t) || !*t->str) {
			schema_error(x, t->pos, DIAG_TYPE, "'%s': expected text, not %s", k->str,
				     t->type == YNODE_SCALAR ? "nothing" : ynode_type_name(t));
			ok = false;
			continue;
		}
		cat->entries[cat->n_entries++] = (struct catalog_entry){
			.key = memcpy(at, k->str, k->len + 1),
			.text = memcpy(at + k->len + 1, t->str, t->len + 1), .pos = k->pos,
		};
		at += k->len + 1 + t->len + 1;
	}
	sort_entries(cat);
	catalog_index(cat);
	return ok;
}

static int cmp_hash(const void *a, const void *b)
{
	return strcmp(((const struct catalog_hash *)a)->key, ((const struct catalog_hash *)b)->key);
}

static bool is_hash(const char *s)
{
	return strlen(s) == 8 && strspn(s, "0123456789abcdef") == 8;
}

/* source_hashes: KEY: 8 hex digits, printed by 'check --stamp'. */
static bool p_hashes(struct schema_ctx *x, const struct ynode *v, void *obj,
		     const struct field *f)
{
	struct catalog *cat = obj;
	bool ok = true;

	if (v->type != YNODE_MAPPING) {
		schema_error(x, v->pos, DIAG_TYPE, "expected a mapping of keys to hashes, not %s",
			     ynode_type_name(v));
		return false;
	}
	cat->hashes = xcalloc(v->len ? v->len : 1, sizeof *cat->hashes);
	for (size_t i = 0; i < v->len; i++) {
		const struct ynode *k = ymap_key(v, i), *h = ymap_value(v, i);
		struct catalog_hash *e;

		if (!is_text(h) || !is_hash(h->str)) {
			schema_error(x, h->pos, DIAG_VALUE, "'%s': expected a hash of 8 hex digits "
				     "(as 'tipcheck check --stamp %s' prints)", k->str,
				     cat->lang ? cat->lang : "LANG");
			ok = false;
			continue;
		}
		e = &cat->hashes[cat->n_hashes++];
		e->key = xstrdup(k->str);
		memcpy(e->hash, h->str, sizeof e->hash);
		e->pos = k->pos;
	}
	qsort(cat->hashes, cat->n_hashes, sizeof *cat->hashes, cmp_hash);
	return ok;
}

static bool p_lang(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	const char *s = is_text(v) ? v->str : NULL;

	if (!schema_lang_valid(s)) {
		schema_error(x, v->pos, DIAG_VALUE, "'%s' is not a language code (expected a code "
			     "such as en, es, pt-BR)", s ? s : "");
		return false;
	}
	*FIELD_AT(obj, f->off, char *) = xstrdup(s);
	return true;
}

static const struct field catalog_fields[] = {
	{ "schema", schema_version, F_REQUIRED, 0, 0, NULL },
	{ "language", p_lang, F_REQUIRED, offsetof(struct catalog, lang), 0, NULL },
	{ "name", schema_str, F_REQUIRED, offsetof(struct catalog, name), 0, NULL },
	{ "english_name", schema_str, 0, offsetof(struct catalog, english_name), 0, NULL },
	{ "status", p_status, F_REQUIRED, offsetof(struct catalog, status), 0, NULL },
	{ "note", schema_str, 0, offsetof(struct catalog, note), 0, NULL },
	{ "rtl", schema_bool, 0, offsetof(struct catalog, rtl), 0, NULL },
	{ "scope", p_scope, 0, offsetof(struct catalog, scope), 0, NULL },
	{ "strings", p_strings, F_REQUIRED, 0, 0, NULL },
	{ "source_hashes", p_hashes, 0, 0, 0, NULL },
};
const struct objtype catalog_type = {
	"translation", sizeof(struct catalog), catalog_fields, COUNT(catalog_fields), true,
	offsetof(struct catalog, pos), NULL
};
/* The head: the fields before strings (the header; loader_load_langs()
 * stops the parse at strings). */
const struct objtype catalog_head_type = {
	"translation", sizeof(struct catalog), catalog_fields, COUNT(catalog_fields) - 2, true,
	offsetof(struct catalog, pos), NULL
};

