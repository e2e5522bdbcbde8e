/* Schema as data: reading YAML mappings into model objects by field tables. */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "tipcheck/xalloc.h"

static void refpos_add(struct schema_ctx *x, const void *ptr, struct pos pos)
{
	struct refpos_map *m = x->refs;

	if (!m)
		return;
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 256;
		m->v = xreallocarray(m->v, m->cap, sizeof *m->v);
	}
	m->v[m->n++] = (struct refpos){ ptr, pos };
	m->sorted = false;
}

void schema_record(struct schema_ctx *x, const void *ptr, struct pos pos)
{
	refpos_add(x, ptr, pos);
}

static int cmp_refpos(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const struct refpos *)a)->ptr;
	uintptr_t y = (uintptr_t)((const struct refpos *)b)->ptr;

	return x < y ? -1 : x > y;
}

struct pos refpos_find(struct refpos_map *map, const void *s, struct pos fallback)
{
	struct refpos key = { s, { 0 } };
	const struct refpos *r;

	if (!map->sorted && map->n)
		qsort(map->v, map->n, sizeof *map->v, cmp_refpos);
	map->sorted = true;
	r = map->n ? bsearch(&key, map->v, map->n, sizeof *r, cmp_refpos) : NULL;
	return r ? r->pos : fallback;
}

void refpos_free(struct refpos_map *map)
{
	free(map->v);
	*map = (struct refpos_map){ 0 };
}

void schema_error(struct schema_ctx *x, struct pos at, enum diag_code code, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (x->plen)
		diag_error(x->d, at, code, "%s: %s", x->path, msg);
	else
		diag_error(x->d, at, code, "%s", msg);
	x->failed = true;
}

const char *schema_path(const struct schema_ctx *x)
{
	return x->plen ? x->path : "(top)";
}

/* Appends n bytes of s to the key path, cut at its size. Paths are only
 * read in messages, but kept for every key read: no printf here. */
static void path_add(struct schema_ctx *x, const char *s, size_t n)
{
	if (n > sizeof x->path - 1 - x->plen)
		n = sizeof x->path - 1 - x->plen;
	memcpy(x->path + x->plen, s, n);
	x->plen += n;
	x->path[x->plen] = '\0';
}

static size_t push_key(struct schema_ctx *x, const char *key)
{
	size_t old = x->plen;

	if (old)
		path_add(x, ".", 1);
	path_add(x, key, strlen(key));
	return old;
}

/* List positions are counted from 1, like the lines. */
static size_t push_index(struct schema_ctx *x, size_t i)
{
	size_t old = x->plen;
	char digits[24];
	size_t n = sizeof digits;

	digits[--n] = ']';
	i++;
	do
		digits[--n] = (char)('0' + i % 10);
	while ((i /= 10) > 0);
	digits[--n] = '[';
	path_add(x, digits + n, sizeof digits - n);
	return old;
}

static void pop(struct schema_ctx *x, size_t old)
{
	x->plen = old;
	x->path[old] = '\0';
}

/* The scalar text of v, or NULL after reporting why there is none. */
static const char *scalar(struct schema_ctx *x, const struct ynode *v, const char *expected)
{
	if (v->type != YNODE_SCALAR) {
		schema_error(x, v->pos, DIAG_TYPE, "expected %s, not %s", expected,
			     ynode_type_name(v));
		return NULL;
	}
	if (ynode_is_null(v)) {
		schema_error(x, v->pos, DIAG_TYPE, "expected %s, found no value", expected);
		return NULL;
	}
	return v->str;
}

bool schema_str(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	const char *s;

	if (v->type == YNODE_SCALAR && !v->plain && !v->len && (f->flags & F_EMPTY_OK)) {
		*FIELD_AT(obj, f->off, char *) = xstrdup("");
		return true;
	}
	s = scalar(x, v, "a string");
	if (!s)
		return false;
	if (!*s) {
		schema_error(x, v->pos, DIAG_VALUE, "must not be empty");
		return false;
	}
	*FIELD_AT(obj, f->off, char *) = xstrdup(s);
	return true;
}

static bool check_id(struct schema_ctx *x, const struct ynode *v, const char *s)
{
	if (content_id_valid(s))
		return true;
	schema_error(x, v->pos, DIAG_VALUE, "'%s' is not a valid id (lower-case ASCII letters, "
		     "digits and hyphens, starting with a letter, at most %d characters)", s,
		     CONTENT_MAX_ID);
	return false;
}

bool schema_id(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	const char *s = scalar(x, v, "an id");

	char *copy;

	if (!s || !check_id(x, v, s))
		return false;
	copy = xstrdup(s);
	refpos_add(x, copy, v->pos);
	*FIELD_AT(obj, f->off, char *) = copy;
	return true;
}

bool schema_uint(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	const char *s = scalar(x, v, "a whole number");
	unsigned long n = 0;

	if (!s)
		return false;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9' || n > 1000000) {
			schema_error(x, v->pos, DIAG_VALUE,
				     "'%s' is not a whole number from 0 to 1000000", s);
			return false;
		}
		n = n * 10 + (unsigned long)(*p - '0');
	}
	if (n > 1000000) {
		schema_error(x, v->pos, DIAG_VALUE, "'%s' is not a whole number from 0 to 1000000", s);
		return false;
	}
	*FIELD_AT(obj, f->off, unsigned) = (unsigned)n;
	return true;
}

bool schema_bool(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	const char *s = scalar(x, v, "true or false");

	if (!s)
		return false;
	if (strcmp(s, "true") && strcmp(s, "false")) {
		schema_error(x, v->pos, DIAG_VALUE, "'%s' is not a boolean (expected true or false)", s);
		return false;
	}
	*FIELD_AT(obj, f->off, bool) = !strcmp(s, "true");
	return true;
}

bool schema_date(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	static const unsigned days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	const char *s = scalar(x, v, "a date (YYYY-MM-DD)");
	unsigned y, m, d;
	int end = 0;

	if (!s)
		return false;
	if (strlen(s) != 10 || sscanf(s, "%4u-%2u-%2u%n", &y, &m, &d, &end) != 3 || end != 10 ||
	    s[4] != '-' || s[7] != '-' || m < 1 || m > 12 || d < 1 || d > days[m - 1] ||
	    (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))) {
		schema_error(x, v->pos, DIAG_VALUE, "'%s' is not a date (expected YYYY-MM-DD)", s);
		return false;
	}
	*FIELD_AT(obj, f->off, char *) = xstrdup(s);
	return true;
}

/* schema: the version of the content format this file is written in. */
bool schema_version(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	const char *s = scalar(x, v, "a version number");

	if (!s)
		return false;
	if (strcmp(s, "1")) {
		schema_error(x, v->pos, DIAG_VALUE, "unsupported schema '%s' (this tipcheck reads "
			     "schema %d)", s, CONTENT_SCHEMA);
		return false;
	}
	return true;
}

static bool strlist(struct schema_ctx *x, const struct ynode *v, void *obj,
		    const struct field *f, bool ids)
{
	char **out;
	size_t n = 0;
	bool ok = true;

	if (v->type != YNODE_SEQUENCE) {
		schema_error(x, v->pos, DIAG_TYPE, "expected a list, not %s", ynode_type_name(v));
		return false;
	}
	if (!v->len && (f->flags & F_REQUIRED)) {
		schema_error(x, v->pos, DIAG_VALUE, "the list must not be empty");
		return false;
	}
	out = xcalloc(v->len, sizeof *out);
	*FIELD_AT(obj, f->off, char **) = out;
	for (size_t i = 0; i < v->len; i++) {
		size_t old = push_index(x, i);
		const char *s = scalar(x, v->v[i], ids ? "an id" : "a string");

		if (s && ids && !check_id(x, v->v[i], s))
			s = NULL;
		if (s) {
			out[n] = xstrdup(s);
			refpos_add(x, out[n++], v->v[i]->pos);
		} else
			ok = false;
		pop(x, old);
	}
	*FIELD_AT(obj, f->count_off, size_t) = n;
	return ok;
}

bool schema_idlist(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	return strlist(x, v, obj, f, true);
}

bool schema_strlist(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	return strlist(x, v, obj, f, false);
}

bool schema_objlist(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	const struct objtype *t = f->type;
	char *arr;
	bool ok = true;

	if (v->type != YNODE_SEQUENCE) {
		schema_error(x, v->pos, DIAG_TYPE, "expected a list of %ss, not %s", t->name,
			     ynode_type_name(v));
		return false;
	}
	if (!v->len && (f->flags & F_REQUIRED)) {
		schema_error(x, v->pos, DIAG_VALUE, "the list must not be empty");
		return false;
	}
	/* Zeroed and stored at once: the owner's clear frees every element,
	 * read or not. */
	arr = xcalloc(v->len, t->size);
	*FIELD_AT(obj, f->off, void *) = arr;
	*FIELD_AT(obj, f->count_off, size_t) = v->len;
	for (size_t i = 0; i < v->len; i++) {
		size_t old = push_index(x, i);

		ok &= schema_read(x, v->v[i], t, arr + i * t->size);
		pop(x, old);
	}
	return ok;
}

bool schema_obj(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	return schema_read(x, v, f->type, FIELD_AT(obj, f->off, void));
}

bool schema_lang_valid(const char *s)
{
	size_t n = 0;

	while (s && s[n] >= 'a' && s[n] <= 'z')
		n++;
	return s && n >= 2 && n <= 3 && (!s[n] || s[n] == '-') && strlen(s) <= 16 &&
	       strspn(s + n, "-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") ==
	       strlen(s + n) && !(s[n] == '-' && !s[n + 1]);
}

static void unknown_key(struct schema_ctx *x, const struct ynode *key, const struct objtype *t)
{
	char allowed[512];
	size_t n = 0;

	allowed[0] = '\0';
	for (size_t i = 0; i < t->n_fields && n < sizeof allowed; i++) {
		int w = snprintf(allowed + n, sizeof allowed - n, "%s%s", i ? ", " : "",
				 t->fields[i].key);
		if (w > 0)
			n += (size_t)w;
	}
	schema_error(x, key->pos, DIAG_UNKNOWN_KEY, "unknown key '%s' in %s (expected one of: %s)",
		     key->str, t->name, allowed);
}

bool schema_read(struct schema_ctx *x, const struct ynode *map, const struct objtype *t,
		 void *obj)
{
	uint64_t seen = 0;
	bool ok = true;

	if (map->type != YNODE_MAPPING) {
		schema_error(x, map->pos, DIAG_TYPE, "expected %s %s (a mapping), not %s",
			     strchr("aeiou", t->name[0]) ? "an" : "a", t->name,
			     ynode_is_null(map) ? "nothing" : ynode_type_name(map));
		return false;
	}
	if (t->has_pos)
		*FIELD_AT(obj, t->pos_off, struct pos) = map->pos;
	for (size_t i = 0, next = 0; i < map->len; i++) {
		const struct ynode *key = ymap_key(map, i), *v = ymap_value(map, i);
		size_t k = t->n_fields, old;

		/* Files mostly keep the schema's order: look from the field
		 * after the last one found, round to it. */
		for (size_t j = 0; j < t->n_fields; j++) {
			size_t f = (next + j) % t->n_fields;

			if (t->fields[f].key[0] == key->str[0] && !strcmp(t->fields[f].key, key->str)) {
				k = f;
				next = f + 1;
				break;
			}
		}
		if (k == t->n_fields) {
			unknown_key(x, key, t);
			ok = false;
			continue;
		}
		seen |= UINT64_C(1) << k;
		/* An optional key without a value is the same as no key. */
		if (!(t->fields[k].flags & F_REQUIRED) && ynode_is_null(v))
			continue;
		old = push_key(x, key->str);
		ok &= t->fields[k].parse(x, v, obj, &t->fields[k]);
		pop(x, old);
	}
	for (size_t k = 0; k < t->n_fields; k++) {
		if ((t->fields[k].flags & F_REQUIRED) && !(seen & (UINT64_C(1) << k))) {
			schema_error(x, map->pos, DIAG_MISSING_KEY, "missing key '%s' in %s",
				     t->fields[k].key, t->name);
			ok = false;
		}
	}
	if (ok && t->check)
		ok = t->check(x, map, obj);
	return ok;
}
