/* Unit tests: parsing expressions, with errors at their positions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/expr.h"

/* Parses the value of key "e" in the YAML text s. */
static struct expr *parse(const char *s, enum expr_context ctx, struct diag_list *d)
{
	struct ytree *t;
	struct expr *e;

	diag_list_init(d, 50);
	t = ytree_parse(s, strlen(s), "e.yaml", d);
	assert_non_null(t);
	e = expr_parse(ymap_get(t->root, "e"), ctx, "when", d);
	ytree_free(t);
	return e;
}

static void every_operator(void **state)
{
	struct diag_list d;
	struct expr *e = parse("e:\n  all:\n    - any:\n        - item: a.b\n        - answered: a.c\n"
			       "    - not: { element: x }\n    - undecided: y\n",
			       EXPR_CTX_RULES, &d);

	(void)state;
	assert_non_null(e);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(e->kind, EXPR_ALL);
	assert_int_equal(e->n_children, 3);
	assert_int_equal(e->pos.line, 2);
	assert_int_equal(e->children[0]->kind, EXPR_ANY);
	assert_int_equal(e->children[0]->children[0]->kind, EXPR_ITEM);
	assert_string_equal(e->children[0]->children[0]->ref, "a.b");
	assert_int_equal(e->children[0]->children[1]->kind, EXPR_ANSWERED);
	assert_int_equal(e->children[0]->children[1]->pos.line, 5);
	assert_int_equal(e->children[0]->children[1]->pos.col, 11);
	assert_int_equal(e->children[1]->kind, EXPR_NOT);
	assert_int_equal(e->children[1]->n_children, 1);
	assert_int_equal(e->children[1]->children[0]->kind, EXPR_ELEMENT);
	assert_int_equal(e->children[2]->kind, EXPR_UNDECIDED);
	assert_string_equal(expr_kind_to_str(EXPR_UNDECIDED), "undecided");
	content_expr_free(e);
	diag_list_free(&d);
}

static void expect_error(const char *s, enum expr_context ctx, enum diag_code code,
			 unsigned line, unsigned col, const char *fragment)
{
	struct diag_list d;
	struct expr *e = parse(s, ctx, &d);

	assert_null(e);
	assert_int_equal(d.n_errors, 1);
	assert_int_equal(d.v[0].code, code);
	assert_int_equal(d.v[0].line, line);
	assert_int_equal(d.v[0].col, col);
	assert_non_null(strstr(d.v[0].message, fragment));
	diag_list_free(&d);
}

static void errors(void **state)
{
	(void)state;
	expect_error("e: { itme: a.b }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 6,
		     "unknown operator 'itme' (expected one of: all, any, not, item, answered, "
		     "unknown, element, undecided, signal, sign, outcome)");
	expect_error("e: { item: a.b, answered: a.c }\n", EXPR_CTX_RULES, DIAG_TYPE, 1, 4,
		     "exactly one key");
	expect_error("e: {}\n", EXPR_CTX_RULES, DIAG_TYPE, 1, 4, "an empty mapping");
	expect_error("e: item\n", EXPR_CTX_RULES, DIAG_TYPE, 1, 4, "not a string");
	expect_error("e:\n  all: []\n", EXPR_CTX_RULES, DIAG_TYPE, 2, 8, "non-empty list");
	expect_error("e:\n  any: { item: a.b }\n", EXPR_CTX_RULES, DIAG_TYPE, 2, 8, "non-empty list");
	expect_error("e: { item: b }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 12,
		     "expected CHECKLIST.ITEM");
	expect_error("e: { item: A.b }\n", EXPR_CTX_SHOW_IF, DIAG_VALUE, 1, 12,
		     "not an item reference");
	expect_error("e: { element: x }\n", EXPR_CTX_SHOW_IF, DIAG_VALUE, 1, 6,
		     "cannot be used in show_if");
	expect_error("e: { undecided: x }\n", EXPR_CTX_SHOW_IF, DIAG_VALUE, 1, 6,
		     "cannot be used in show_if");
	expect_error("e: { element: a.b }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 15,
		     "not an element id");
	expect_error("e: { not: [] }\n", EXPR_CTX_RULES, DIAG_TYPE, 1, 11, "exactly one key");
	expect_error("e: { item: }\n", EXPR_CTX_RULES, DIAG_TYPE, 1, 12, "needs an id");
	expect_error("e: { signal: x }\n", EXPR_CTX_SHOW_IF, DIAG_VALUE, 1, 6,
		     "cannot be used in show_if");
	expect_error("e: { outcome: x }\n", EXPR_CTX_SHOW_IF, DIAG_VALUE, 1, 6,
		     "cannot be used in show_if");
	expect_error("e: { sign: medium }\n", EXPR_CTX_SHOW_IF, DIAG_VALUE, 1, 6,
		     "cannot be used in show_if");
	expect_error("e: { sign: none }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 12,
		     "unknown strength 'none' for 'sign' (expected one of: strong, medium, weak)");
	expect_error("e: { sign: high }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 12,
		     "unknown strength 'high'");
	expect_error("e: { signal: Violence }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 14,
		     "not a signal id");
	expect_error("e: { outcome: a.b }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 15,
		     "not an outcome id");
	expect_error("e: { unknown: b }\n", EXPR_CTX_RULES, DIAG_VALUE, 1, 15,
		     "expected CHECKLIST.ITEM");
}

/* The leaves of issue 11 and 21: unknown, signal, sign, outcome. */
static void new_leaves(void **state)
{
	struct diag_list d;
	struct expr *e = parse("e:\n  all:\n    - unknown: a.b\n    - signal: violence\n"
			       "    - not: { sign: weak }\n    - outcome: child-trafficking\n",
			       EXPR_CTX_RULES, &d);

	(void)state;
	assert_non_null(e);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(e->children[0]->kind, EXPR_UNKNOWN);
	assert_string_equal(e->children[0]->ref, "a.b");
	assert_int_equal(e->children[1]->kind, EXPR_SIGNAL);
	assert_string_equal(e->children[1]->ref, "violence");
	assert_int_equal(e->children[2]->children[0]->kind, EXPR_SIGN);
	assert_int_equal(e->children[2]->children[0]->strength, STRENGTH_WEAK);
	assert_int_equal(e->children[3]->kind, EXPR_OUTCOME);
	assert_int_equal(e->children[3]->pos.line, 6);
	assert_string_equal(expr_kind_to_str(EXPR_SIGNAL), "signal");
	assert_string_equal(expr_kind_to_str(EXPR_SIGN), "sign");
	assert_string_equal(expr_kind_to_str(EXPR_OUTCOME), "outcome");
	assert_string_equal(expr_kind_to_str(EXPR_UNKNOWN), "unknown");
	content_expr_free(e);
	diag_list_free(&d);
	/* unknown looks at answers only: show_if may use it, with a bare id. */
	e = parse("e: { unknown: may-be-child }\n", EXPR_CTX_SHOW_IF, &d);
	assert_non_null(e);
	assert_int_equal(e->kind, EXPR_UNKNOWN);
	content_expr_free(e);
	diag_list_free(&d);
}

/* Every error in a list is reported, not only the first. */
static void all_errors_reported(void **state)
{
	struct diag_list d;

	(void)state;
	assert_null(parse("e:\n  any:\n    - bad: 1\n    - item: x\n    - item: a.b\n",
			  EXPR_CTX_RULES, &d));
	assert_int_equal(d.n_errors, 2);
	assert_int_equal(d.v[0].line, 3);
	assert_int_equal(d.v[1].line, 4);
	diag_list_free(&d);
}

static void show_if_bare_items(void **state)
{
	struct diag_list d;
	struct expr *e = parse("e: { not: { answered: lives-at-work } }\n", EXPR_CTX_SHOW_IF, &d);

	(void)state;
	assert_non_null(e);
	assert_string_equal(e->children[0]->ref, "lives-at-work");
	content_expr_free(e);
	diag_list_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_operator),
		cmocka_unit_test(errors),
		cmocka_unit_test(new_leaves),
		cmocka_unit_test(all_errors_reported),
		cmocka_unit_test(show_if_bare_items),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
