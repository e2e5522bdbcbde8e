/*
 * Compiled content: the parsed trees (yamltree.h) of content files, kept
 * in one file (CONTENT/tipcheck.cache, written by `tipcheck compile`) so
 * that a start-up reads them instead of parsing YAML.
 *
 * Each tree is found by the very bytes it was parsed from (their length
 * and a 128-bit hash) and by the parser that made it (YTREE_VERSION and
 * libyaml's version): a file edited since, or a cache made by another
 * version, is parsed as if there were no cache. Everything after the
 * parse (schema, references, translations) is checked on every load as
 * before; the cache only saves the parse, whose result is the same. The
 * hash is not cryptographic and a tree's text is not checked again: the
 * cache is as trusted as the folder it lies in, whose YAML it stands
 * for. A cache that is not a well-formed tree (cut short, garbage) is
 * refused, never a crash.
 */
#ifndef TIPCHECK_TREECACHE_H
#define TIPCHECK_TREECACHE_H

#include <stddef.h>

#include "tipcheck/diag.h"
#include "tipcheck/yamltree.h"

/* The file name of the compiled content in a content folder. */
#define TREECACHE_FILE "tipcheck.cache"

struct treecache;
struct treecache_writer;

/*
 * Opens the compiled content at path (its index only; trees are read
 * when asked for). Returns NULL when there is none, or when it is
 * unreadable, of another version or malformed: the content is then
 * parsed, which is always correct. Close with treecache_close().
 */
struct treecache *treecache_open(const char *path);
void treecache_close(struct treecache *c);

/*
 * The tree of the file at path, as ytree_load_file_head(path, file,
 * stop_key, d) returns it: for a whole file (stop_key NULL) from c (NULL:
 * none) when c holds the tree of the file's present bytes, else parsed;
 * a head is always parsed (cheaper than hashing the whole file). When w
 * is not NULL, a whole file's tree is recorded in w.
 */
struct ytree *treecache_load_file(struct treecache *c, struct treecache_writer *w,
				  const char *path, const char *file, const char *stop_key,
				  struct diag_list *d);

/* How many trees c has given, and how many files of its own folder (not
 * a layer's) it did not hold: for `check` to say the cache is out of
 * date. */
void treecache_counts(const struct treecache *c, size_t *hits, size_t *misses);

/* A cache being written: trees recorded by treecache_load_file(), then
 * the bytes of the file (treecache_writer_bytes), which the caller
 * writes. */
struct treecache_writer *treecache_writer_new(void);
void treecache_writer_free(struct treecache_writer *w);
/* The file's bytes, owned by w; *n_trees says how many trees it holds. */
const char *treecache_writer_bytes(struct treecache_writer *w, size_t *len, size_t *n_trees);

#endif
