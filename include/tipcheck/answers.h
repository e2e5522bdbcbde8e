/*
 * Answers written as YAML, as `tipcheck assess` reads them on stdin: one
 * mapping of item to answer (`labour-adult.low-or-no-pay: yes`). Read with
 * the content's YAML reader, so the same rules hold: no aliases, no
 * duplicate keys, valid UTF-8, a byte-order mark allowed, the size limit.
 */
#ifndef TIPCHECK_ANSWERS_H
#define TIPCHECK_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/*
 * Reads the answers in buf (len bytes) for the checklists lists (n of
 * them) into answers, indexed by item->index (c->n_items entries; items
 * left out keep their value). A key is CHECKLIST.ITEM, or a bare item id
 * that only one of lists has; a value is yes, no, unknown or not-asked.
 * file names the input in positions ("<stdin>"); it is copied. Every
 * problem goes to d as an error with line and column. Returns true when
 * there was none. Keeps no copy of the answers.
 */
bool answers_read(const struct content *c, const struct checklist *const *lists, size_t n,
		  const char *buf, size_t len, const char *file, enum answer *answers,
		  struct diag_list *d);

#endif
