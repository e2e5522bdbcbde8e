/* Internal to src/content: checking the translation catalogs of a content.
 * Part of the module catalog. */
#ifndef TIPCHECK_CATALOG_CHECK_H
#define TIPCHECK_CATALOG_CHECK_H

#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/*
 * Checks every catalog against English and the content, which must be
 * completely loaded and linked: en.yaml holds only ui keys; other
 * languages have no key that names nothing and no placeholder mismatch
 * (errors); missing keys are one warning per language.
 */
void catalog_check(const struct content *c, struct diag_list *d);

/* Every translatable content key with its English text, in content
 * order. Keys are only those whose English text exists. */
struct key_list {
	char **keys;
	const char **english;
	size_t n, cap;
};

/* Fills l (zeroed by the caller) with c's content keys; key_list_free()
 * frees what it holds. */
void content_keys(const struct content *c, struct key_list *l);
void key_list_free(struct key_list *l);

/* cat's entry for key (no fallback); NULL when absent. */
const struct catalog_entry *catalog_entry_of(const struct catalog *cat, const char *key);

/* Length of a placeholder name at s ("count}" -> 5), 0 when s does not
 * start one. */
size_t placeholder_len(const char *s);

#endif
