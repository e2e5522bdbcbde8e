/*
 * Expressions of the content format (show_if, outcome and notice `when`):
 * parsing from a YAML node into struct expr (model.h) and resolving the
 * items and elements they name. Evaluation belongs to evaluate.h.
 */
#ifndef TIPCHECK_EXPR_H
#define TIPCHECK_EXPR_H

#include <stdbool.h>

#include "tipcheck/diag.h"
#include "tipcheck/model.h"
#include "tipcheck/yamltree.h"

/* Where an expression stands decides what it may use. */
enum expr_context {
	/* show_if: all, any, not, item, answered, unknown; an item may be
	 * named by its bare id, meaning an item of the same checklist. */
	EXPR_CTX_SHOW_IF,
	/* outcome and notice `when`: every operator; items are named
	 * CHECKLIST.ITEM, elements and outcomes by their id in the same
	 * rules file, signals by their id in indicators/signals.yaml. */
	EXPR_CTX_RULES,
	/* alert `when`: all, any, not, item, answered (answers only, so an
	 * alert can be raised the moment an answer is given); items are
	 * named CHECKLIST.ITEM. */
	EXPR_CTX_ALERT,
};

/* "all", "any", "not", "item", "answered", "element", "undecided",
 * "unknown", "signal", "sign", "outcome". */
const char *expr_kind_to_str(enum expr_kind k);

/*
 * Parses node as an expression. what names it in messages ("show_if",
 * "outcomes[2].when"). Every problem is appended to d with its position;
 * returns NULL when there was any, else a new expression owned by the
 * caller (content_expr_free, model.h). References are checked for their form only.
 */
struct expr *expr_parse(const struct ynode *node, enum expr_context ctx, const char *what,
			struct diag_list *d);

/*
 * Resolves the references of e: items through content_item() (a bare id
 * is looked up as checklist_id.ID), elements and outcomes in rules,
 * signals in c. Sets expr->item, ->element, ->outcome and ->signal;
 * reports each reference that names nothing to d. Returns
 * false when there was any. checklist_id and rules may be NULL where they
 * cannot be used.
 */
bool expr_resolve(struct expr *e, const struct content *c, const char *checklist_id,
		  const struct ruleset *rules, struct diag_list *d);

#endif
