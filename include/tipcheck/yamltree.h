/*
 * A small YAML document tree read with libyaml's event API.
 *
 * Only the subset of YAML that content files need: one document made of
 * scalars, sequences and mappings with scalar keys. Anchors, aliases, tags,
 * duplicate keys, several documents, invalid UTF-8, oversized files and
 * nesting deeper than YTREE_MAX_DEPTH are errors. Every node carries its
 * 1-based line and column: this is the one place that converts libyaml's
 * 0-based marks.
 */
#ifndef TIPCHECK_YAMLTREE_H
#define TIPCHECK_YAMLTREE_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/diag.h"

/* Limits that keep hostile or broken input from hurting the program. A
 * checklist of 10,000 items in the block style of the shipped files is
 * about 4 to 8 MiB. */
#define YTREE_MAX_SIZE_MIB 16
#define YTREE_MAX_SIZE (YTREE_MAX_SIZE_MIB * 1024 * 1024)
#define YTREE_MAX_DEPTH 32

enum ynode_type { YNODE_SCALAR, YNODE_SEQUENCE, YNODE_MAPPING };

struct ynode {
	enum ynode_type type;
	bool plain;		/* scalar written without quotes */
	struct pos pos;		/* file borrowed from the caller */
	const char *str;	/* scalar: NUL-terminated, no NUL inside */
	size_t len;		/* scalar: bytes; sequence: items; mapping: pairs */
	/* sequence: v[0..len-1]; mapping: v[2*i] key (a scalar), v[2*i+1]
	 * value. */
	struct ynode **v;
};

/* A parsed document: the root node and the memory every node lives in. */
struct ytree {
	struct ynode *root;
	struct yarena *arena;
};

/*
 * Reads and parses the file at path. file is the name used in positions
 * and diagnostics (borrowed: it must outlive the tree and everything that
 * copies a node's pos). Appends every problem found to d.
 *
 * Returns a new tree (free with ytree_free) when the file parsed without
 * error; NULL otherwise.
 */
struct ytree *ytree_load_file(const char *path, const char *file, struct diag_list *d);

/*
 * The same, but the parse stops at the top-level key stop_key (NULL: none):
 * the tree holds the keys before it, and nothing after it is read or
 * checked. For the head of a file (a translation's language and name for
 * a menu) without the cost of its body.
 */
struct ytree *ytree_load_file_head(const char *path, const char *file, const char *stop_key,
				   struct diag_list *d);

/* The same for len bytes in memory (answers read from stdin, tests). The
 * size, UTF-8 and emptiness checks apply as for a file. */
struct ytree *ytree_parse(const char *buf, size_t len, const char *file, struct diag_list *d);

/* ytree_parse() stopping at the top-level key stop_key, as
 * ytree_load_file_head() does. */
struct ytree *ytree_parse_head(const char *buf, size_t len, const char *file,
			       const char *stop_key, struct diag_list *d);

/*
 * The bytes of the regular file at path, with the checks of
 * ytree_load_file_head() (a regular file, no larger than YTREE_MAX_SIZE).
 * Returns a new buffer (free it) of *len bytes, or NULL after an error
 * (appended to d, positioned at file).
 */
char *ytree_read_file(const char *path, const char *file, size_t *len, struct diag_list *d);

/* Trees built other than by parsing (treecache.h): an empty tree (root
 * NULL) whose memory ytree_alloc() hands out, freed with it. */
struct ytree *ytree_new(void);
void *ytree_alloc(struct ytree *t, size_t size);

/* Bumped whenever the tree parsed from the same bytes could differ (a new
 * check, a new node field): compiled trees of another version are not
 * used. */
#define YTREE_VERSION 1

void ytree_free(struct ytree *t);

/* Mapping accessors; i < node->len. */
static inline const struct ynode *ymap_key(const struct ynode *n, size_t i)
{
	return n->v[2 * i];
}

static inline const struct ynode *ymap_value(const struct ynode *n, size_t i)
{
	return n->v[2 * i + 1];
}

/* The value for key in a mapping, or NULL. */
const struct ynode *ymap_get(const struct ynode *map, const char *key);

/* True for a plain scalar that YAML reads as null: "", "~", "null". */
bool ynode_is_null(const struct ynode *n);

/* "a string", "a list", "a mapping": for messages. */
const char *ynode_type_name(const struct ynode *n);

#endif
