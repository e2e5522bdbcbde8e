/* Expressions: parsing from YAML nodes and resolving their references. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/expr.h"
#include "tipcheck/xalloc.h"

static const char *const kind_names[EXPR_COUNT] = {
	[EXPR_ALL] = "all",
	[EXPR_ANY] = "any",
	[EXPR_NOT] = "not",
	[EXPR_ITEM] = "item",
	[EXPR_ANSWERED] = "answered",
	[EXPR_ELEMENT] = "element",
	[EXPR_UNDECIDED] = "undecided",
	[EXPR_UNKNOWN] = "unknown",
	[EXPR_SIGNAL] = "signal",
	[EXPR_SIGN] = "sign",
	[EXPR_OUTCOME] = "outcome",
};

static const char *const allowed_list[] = {
	[EXPR_CTX_SHOW_IF] = "all, any, not, item, answered, unknown",
	[EXPR_CTX_RULES] = "all, any, not, item, answered, unknown, element, undecided, "
			   "signal, sign, outcome",
	[EXPR_CTX_ALERT] = "all, any, not, item, answered, unknown",
};

static const char *const context_names[] = {
	[EXPR_CTX_SHOW_IF] = "show_if",
	[EXPR_CTX_RULES] = "rules",
	[EXPR_CTX_ALERT] = "an alert",
};

const char *expr_kind_to_str(enum expr_kind k)
{
	return k < EXPR_COUNT ? kind_names[k] : "?";
}

/* show_if looks at answers only. */
static bool allowed(enum expr_kind k, enum expr_context ctx)
{
	return ctx == EXPR_CTX_RULES || k <= EXPR_ANSWERED || k == EXPR_UNKNOWN;
}

static bool names_item(enum expr_kind k)
{
	return k == EXPR_ITEM || k == EXPR_ANSWERED || k == EXPR_UNKNOWN;
}

/* CHECKLIST.ITEM, or a bare ITEM where the context allows it. */
static bool valid_item_ref(const char *s, enum expr_context ctx)
{
	const char *dot = strchr(s, '.');
	char *head;
	bool ok;

	if (!dot)
		return ctx == EXPR_CTX_SHOW_IF && content_id_valid(s);
	head = xstrndup(s, (size_t)(dot - s));
	ok = content_id_valid(head) && content_id_valid(dot + 1);
	free(head);
	return ok;
}

static struct expr *parse(const struct ynode *n, enum expr_context ctx, const char *what,
			  struct diag_list *d);

static struct expr *parse_ref(const struct ynode *v, enum expr_kind k, enum expr_context ctx,
			      const char *what, struct diag_list *d)
{
	struct expr *e;

	if (v->type != YNODE_SCALAR || ynode_is_null(v)) {
		diag_error(d, v->pos, DIAG_TYPE, "%s: '%s' needs an id, not %s", what,
			   kind_names[k], ynode_is_null(v) ? "nothing" : ynode_type_name(v));
		return NULL;
	}
	e = xcalloc(1, sizeof *e);
	if (names_item(k)) {
		if (!valid_item_ref(v->str, ctx)) {
			diag_error(d, v->pos, DIAG_VALUE, "%s: '%s' is not an item reference "
				   "(expected %s)", what, v->str, ctx == EXPR_CTX_SHOW_IF ?
				   "ITEM or CHECKLIST.ITEM" : "CHECKLIST.ITEM");
			goto fail;
		}
	} else if (k == EXPR_SIGN) {
		if (!strength_from_str(v->str, &e->strength) || e->strength == STRENGTH_NONE) {
			diag_error(d, v->pos, DIAG_VALUE, "%s: unknown strength '%s' for 'sign' "
				   "(expected one of: strong, medium, weak)", what, v->str);
			goto fail;
		}
	} else if (!content_id_valid(v->str)) {
		diag_error(d, v->pos, DIAG_VALUE, "%s: '%s' is not %s id", what, v->str,
			   k == EXPR_SIGNAL ? "a signal" : k == EXPR_OUTCOME ? "an outcome"
			   : "an element");
		goto fail;
	}
	e->kind = k;
	e->ref = xstrdup(v->str);
	return e;
fail:
	free(e);
	return NULL;
}

static struct expr *parse_list(const struct ynode *v, enum expr_kind k, enum expr_context ctx,
			       const char *what, struct diag_list *d)
{
	struct expr *e;
	bool ok = true;

	if (v->type != YNODE_SEQUENCE || v->len == 0) {
		diag_error(d, v->pos, DIAG_TYPE, "%s: '%s' needs a non-empty list of expressions",
			   what, kind_names[k]);
		return NULL;
	}
	e = xcalloc(1, sizeof *e);
	e->kind = k;
	e->children = xcalloc(v->len, sizeof *e->children);
	for (size_t i = 0; i < v->len; i++) {
		e->children[e->n_children] = parse(v->v[i], ctx, what, d);
		if (e->children[e->n_children])
			e->n_children++;
		else
			ok = false;
	}
	if (!ok) {
		content_expr_free(e);
		return NULL;
	}
	return e;
}

static struct expr *parse(const struct ynode *n, enum expr_context ctx, const char *what,
			  struct diag_list *d)
{
	const struct ynode *key, *v;
	struct expr *e = NULL;
	enum expr_kind k;

	if (n->type != YNODE_MAPPING || n->len != 1) {
		diag_error(d, n->pos, DIAG_TYPE, "%s: an expression is a mapping with exactly one "
			   "key (one of: %s), not %s", what, allowed_list[ctx],
			   n->type == YNODE_MAPPING ? (n->len ? "several keys" : "an empty mapping")
						    : ynode_type_name(n));
		return NULL;
	}
	key = ymap_key(n, 0);
	v = ymap_value(n, 0);
	for (k = 0; k < EXPR_COUNT; k++)
		if (!strcmp(key->str, kind_names[k]))
			break;
	if (k == EXPR_COUNT) {
		diag_error(d, key->pos, DIAG_VALUE, "%s: unknown operator '%s' (expected one of: %s)",
			   what, key->str, allowed_list[ctx]);
		return NULL;
	}
	if (!allowed(k, ctx)) {
		diag_error(d, key->pos, DIAG_VALUE, "%s: operator '%s' cannot be used in %s "
			   "(expected one of: %s)", what, key->str, context_names[ctx],
			   allowed_list[ctx]);
		return NULL;
	}
	switch (k) {
	case EXPR_ALL:
	case EXPR_ANY:
		e = parse_list(v, k, ctx, what, d);
		break;
	case EXPR_NOT: {
		struct expr *child = parse(v, ctx, what, d);

		if (!child)
			return NULL;
		e = xcalloc(1, sizeof *e);
		e->kind = EXPR_NOT;
		e->children = xmalloc(sizeof *e->children);
		e->children[0] = child;
		e->n_children = 1;
		break;
	}
	default:
		e = parse_ref(v, k, ctx, what, d);
		break;
	}
	if (e)
		e->pos = n->pos;
	return e;
}

struct expr *expr_parse(const struct ynode *node, enum expr_context ctx, const char *what,
			struct diag_list *d)
{
	return parse(node, ctx, what, d);
}

bool expr_resolve(struct expr *e, const struct content *c, const char *checklist_id,
		  const struct ruleset *rules, struct diag_list *d)
{
	bool ok = true;

	switch (e->kind) {
	case EXPR_ALL:
	case EXPR_ANY:
	case EXPR_NOT:
		for (size_t i = 0; i < e->n_children; i++)
			ok &= expr_resolve(e->children[i], c, checklist_id, rules, d);
		return ok;
	case EXPR_ITEM:
	case EXPR_ANSWERED:
	case EXPR_UNKNOWN:
		if (strchr(e->ref, '.') || !checklist_id) {
			e->item = content_item(c, e->ref, NULL);
		} else {
			char *key = xjoin(checklist_id, '.', e->ref);

			e->item = content_item(c, key, NULL);
			free(key);
		}
		if (!e->item) {
			if (strchr(e->ref, '.'))
				diag_error(d, e->pos, DIAG_REFERENCE, "%s: no item '%s'",
					   kind_names[e->kind], e->ref);
			else
				diag_error(d, e->pos, DIAG_REFERENCE, "%s: no item '%s' in "
					   "checklist '%s'", kind_names[e->kind], e->ref, checklist_id);
			return false;
		}
		return true;
	case EXPR_ELEMENT:
	case EXPR_UNDECIDED:
		for (size_t i = 0; rules && i < rules->n_elements; i++)
			if (!strcmp(rules->elements[i].id, e->ref))
				e->element = &rules->elements[i];
		if (!e->element) {
			diag_error(d, e->pos, DIAG_REFERENCE, "%s: no element '%s' in rules '%s'",
				   kind_names[e->kind], e->ref, rules ? rules->id : "?");
			return false;
		}
		return true;
	case EXPR_SIGNAL:
		e->signal = content_signal(c, e->ref);
		if (!e->signal) {
			diag_error(d, e->pos, DIAG_REFERENCE, "signal: no signal '%s' in "
				   "indicators/signals.yaml", e->ref);
			return false;
		}
		return true;
	case EXPR_OUTCOME:
		for (size_t i = 0; rules && i < rules->n_outcomes; i++)
			if (!strcmp(rules->outcomes[i].id, e->ref))
				e->outcome = &rules->outcomes[i];
		if (!e->outcome) {
			diag_error(d, e->pos, DIAG_REFERENCE, "outcome: no outcome '%s' in rules '%s'",
				   e->ref, rules ? rules->id : "?");
			return false;
		}
		return true;
	case EXPR_SIGN:
		return true;
	case EXPR_COUNT:
		break;
	}
	return false;
}
