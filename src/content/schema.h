/* Internal to src/content: the table-driven reader of YAML objects. */
#ifndef TIPCHECK_SCHEMA_H
#define TIPCHECK_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/diag.h"
#include "tipcheck/model.h"
#include "tipcheck/yamltree.h"

/* Where each string read by schema_id and the list readers came from,
 * keyed by the string's address: a reference that turns out to name
 * nothing is reported at its own position. */
struct refpos {
	const void *ptr;
	struct pos pos;
};

struct refpos_map {
	struct refpos *v;
	size_t n, cap;
	bool sorted;	/* since the last record */
};

/* The position recorded for s, or fallback. Only an error asks, so the
 * map is sorted on the first ask after a record, not after loading. */
struct pos refpos_find(struct refpos_map *map, const void *s, struct pos fallback);
void refpos_free(struct refpos_map *map);

/* What a file is being read into, and where the reader stands in it. */
struct schema_ctx {
	struct diag_list *d;
	const char *file;
	char path[512];		/* key path for messages: sections[2].items[5] */
	size_t plen;
	bool failed;		/* an error in this file */
	struct refpos_map *refs;	/* NULL: positions not recorded */
};

struct field;
typedef bool (*field_parse)(struct schema_ctx *x, const struct ynode *v, void *obj,
			    const struct field *f);

enum field_flags {
	F_REQUIRED = 1,
	F_EMPTY_OK = 2,		/* a string may be "" */
};

/* One key of an object: how to read its value into obj. */
struct field {
	const char *key;
	field_parse parse;
	unsigned flags;
	size_t off;		/* where the value goes in obj */
	size_t count_off;	/* lists: where the count goes */
	const struct objtype *type;	/* lists of objects: their type */
};

/* An object type: its fields and a check run once they are read. */
struct objtype {
	const char *name;	/* "item": for messages */
	size_t size;
	const struct field *fields;
	size_t n_fields;
	bool has_pos;		/* the object records where it starts */
	size_t pos_off;
	bool (*check)(struct schema_ctx *x, const struct ynode *map, void *obj);
};

#define FIELD_AT(obj, off, type) ((type *)(void *)((char *)(obj) + (off)))
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* An object type with a position, from its struct and field table. */
#define OBJTYPE(var, nm, st, flds, chk) \
	static const struct objtype var = { nm, sizeof(st), flds, COUNT(flds), true, \
					    offsetof(st, pos), chk }
/* Parts of an object read into the object itself (a scenario's role card). */
#define PARTTYPE(var, nm, st, flds) \
	static const struct objtype var = { nm, sizeof(st), flds, COUNT(flds), false, 0, NULL }

/* Reads the mapping map into obj as type says. Every problem is reported;
 * returns false when there was any. Whatever was allocated is stored in
 * obj, so the object's clear function frees it either way. */
bool schema_read(struct schema_ctx *x, const struct ynode *map, const struct objtype *type,
		 void *obj);

/* Reports an error at pos, prefixed with the current key path. */
void schema_error(struct schema_ctx *x, struct pos at, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Records where the string at ptr (stored in the object) was written, so
 * that a later check reports a reference at its own position. */
void schema_record(struct schema_ctx *x, const void *ptr, struct pos pos);

/* The key path as it stands, for expression messages. */
const char *schema_path(const struct schema_ctx *x);

/* Field parsers shared by the object tables. */
bool schema_str(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_id(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_uint(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_bool(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_date(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_version(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_idlist(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_strlist(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
bool schema_objlist(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);
/* A nested mapping read as f->type into the object at f->off. */
bool schema_obj(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f);

/* A language code: 2 or 3 lower-case letters, then optionally '-' and a
 * region or script (en, es, pt-BR, sr-Latn). */
bool schema_lang_valid(const char *s);

#endif
