/* Internal to src/content: cycles in what expressions depend on. */
#ifndef TIPCHECK_DEPENDS_H
#define TIPCHECK_DEPENDS_H

#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/*
 * Reports each cycle of show_if (an item whose showing depends, through
 * other items' show_if, on itself) and of `outcome:` references between
 * the outcomes of a rules file, as an error at the reference that closes
 * it, naming the whole chain. c must be linked and resolved. Returns false
 * when it reported any.
 */
bool depends_check(const struct content *c, struct diag_list *d);

#endif
