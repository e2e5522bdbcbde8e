/* Internal to src/content: checking the translation catalogs of a content. */
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

/* The same checks of one language other than English (cat need not be in
 * c yet: a catalog read after the rest, loader_load_catalog()). Catalogs
 * read only up to their head are skipped by catalog_check(). */
void catalog_check_lang(const struct content *c, const struct catalog *cat,
			struct diag_list *d);

#endif
