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

#endif
