/*
 * Answers written as YAML (what `tipcheck assess` reads): one mapping of
 * item to answer,
 *
 *	labour-adult.low-or-no-pay: yes
 *	cannot-leave: no	# a bare id, when one checklist of the interview has it
 *
 * with the answers yes, no, unknown and not-asked. Pure: reads a buffer the
 * caller filled; no I/O.
 */
#ifndef TIPCHECK_ANSWERS_H
#define TIPCHECK_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/*
 * Reads the answers in text (len bytes; the YAML reader's rules apply: no
 * aliases, no duplicate keys, valid UTF-8, at most YTREE_MAX_SIZE)
 * for an interview over lists (interview order, as session_order_lists()
 * gives it). A key is "CHECKLIST.ITEM" of one of lists, or a bare item id
 * that exactly one of lists has; items are found through the content's
 * index (content_item()).
 *
 * Every problem goes to diags with its position in name ("<stdin>"; the
 * diags keep their own copy): an unknown item (with the
 * closest item of the interview when one is close), a bare id in more than
 * one checklist, an answer that is not one of the four words (with the
 * closest word), an answer that is not a word at all, the same item twice,
 * a document that is not a mapping, and the YAML reader's own errors.
 *
 * All or nothing: on success sets answers[item->index] for every item
 * answered (answers is c->n_items long; others keep their value) and
 * returns true; on any error leaves answers untouched and returns false.
 * The reader's own copy of the answers is wiped before it is freed (the
 * YAML reader's buffers are not).
 */
bool answers_read(const struct content *c, const struct checklist *const *lists,
		  size_t n_lists, const char *text, size_t len, const char *name,
		  enum answer *answers, struct diag_list *diags);

#endif
