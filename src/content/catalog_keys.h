/* Internal to src/content: the keys of a content that catalogs translate
 * (made in catalog.c, read by catalog_check.c). Part of the module
 * catalog: its functions are catalog.c's. */
#ifndef TIPCHECK_CATALOG_KEYS_H
#define TIPCHECK_CATALOG_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tipcheck/model.h"

/* Every translatable content key with its English text, in content
 * order. Keys are only those whose English text exists. */
struct key_list {
	char **keys;
	const char **english;
	bool *person;		/* by key: catalog_person_key() */
	uint32_t *hash;		/* by key: as catalog_index() hashes it */
	size_t n, cap;
};

/* Fills l (zeroed by the caller) with c's content keys; key_list_free()
 * frees what it holds. */
void content_keys(const struct content *c, struct key_list *l);
void key_list_free(struct key_list *l);

/* catalog_missing() over the content keys l (content_keys() of c, built
 * once for every catalog checked). */
size_t catalog_missing_of(const struct content *c, const struct catalog *cat,
			  const struct key_list *l, size_t *total);

/* Builds cat->slots over cat's entries, for catalog_entry_of(): the
 * checks look up some 200,000 keys at 10,000 items, and a binary search
 * cost ~480 instructions each. The entries need not be sorted: below
 * 2^31 of them the index is always built, and only a catalog without one
 * is searched by bsearch. */
void catalog_index(struct catalog *cat);

/* cat's entry for key (no fallback); NULL when absent. */
const struct catalog_entry *catalog_entry_of(const struct catalog *cat, const char *key);

/* Length of a placeholder name at s ("count}" -> 5), 0 when s does not
 * start one. */
size_t placeholder_len(const char *s);

#endif
