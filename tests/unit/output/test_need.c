/* Unit tests: what the result says would make an element positive, over the shipped rules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/explain.h"
#include "tipcheck/loader.h"
#include "tipcheck/session.h"
#include "tipcheck/xalloc.h"

static struct content *content;
static struct tr en;

/* The shipped content: the thresholds the tester met, as they are. */
static int setup(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d;

	(void)state;
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	content = loader_load(src ? src : ".", &d);
	if (!content)
		diag_print(&d, stderr);
	diag_list_free(&d);
	if (!content)
		return -1;
	tr_init(&en, content, "en");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	content_free(content);
	return 0;
}

/* labour-adult with these items answered yes (NULL-terminated), nothing
 * else asked: the element titled title's state, and its "It would be
 * positive with ..." line into need (empty when there is none). */
static enum element_state hint(const char *const *yes, const char *title, char *need,
			       size_t size)
{
	const struct checklist *cl = content_checklist(content, "labour-adult"), **lists;
	size_t n = session_order_lists(content, &cl, 1, &lists), len = strlen(title);
	enum answer *a = xcalloc(content->n_items, sizeof *a);
	struct evaluation *e;
	struct explanation *x;
	enum element_state state = ELEMENT_UNDECIDED;
	size_t i = 0;

	for (; *yes; yes++) {
		char *ref = xasprintf("labour-adult.%s", *yes);

		a[content_item(content, ref, NULL)->index] = ANSWER_YES;
		free(ref);
	}
	e = evaluate(content, lists, n, a, NULL);
	for (size_t k = 0; k < e->n_elements; k++)
		if (!strcmp(e->elements[k].element->title, title))
			state = e->elements[k].state;
	x = explain_new(&en, NULL, e, NULL, NULL);
	while (i < x->n_blocks && !(x->blocks[i].part == EXPLAIN_PART_ADVICE &&
				    x->blocks[i].role == EXPLAIN_ELEMENT &&
				    !strncmp(x->blocks[i].text.text, title, len)))
		i++;
	assert_true(i < x->n_blocks);
	*need = '\0';
	for (i++; i < x->n_blocks && x->blocks[i].role != EXPLAIN_ELEMENT; i++)
		if (x->blocks[i].role == EXPLAIN_NEED &&
		    !strncmp(x->blocks[i].text.text, "It would be", 11))
			snprintf(need, size, "%s", x->blocks[i].text.text);
	explain_free(x);
	evaluation_free(e);
	free(a);
	free(lists);
	return state;
}

static void expect(const char *const *yes, const char *title, enum element_state state,
		   const char *want)
{
	char need[256];

	assert_int_equal(hint(yes, title, need, sizeof need), state);
	assert_string_equal(need, want);
}

#define COERCIVE "Coercive recruitment"
#define EXPLOITATION "Exploitative conditions of work"
#define DECEPTIVE "Deceptive recruitment"

/* 2 medium signs: a third medium, a strong or a weak one each complete a
 * threshold, so not "1 more strong sign"; and a third medium does. */
static void two_medium(void **state)
{
	static const char *const yes[] = { "recruit-documents-taken", "recruit-debt", NULL };
	static const char *const more[] = { "recruit-documents-taken", "recruit-debt",
					    "recruit-isolation", NULL };

	(void)state;
	expect(yes, COERCIVE, ELEMENT_NOT_POSITIVE,
	       "It would be positive with 1 more sign of any strength.");
	expect(more, COERCIVE, ELEMENT_POSITIVE, "");
}

/* 1 strong sign: one weak sign completes { strong: 1, weak: 1 }. */
static void one_strong(void **state)
{
	static const char *const yes[] = { "excessive-hours", NULL };
	static const char *const more[] = { "excessive-hours", "no-access-education", NULL };

	(void)state;
	expect(yes, EXPLOITATION, ELEMENT_UNDECIDED,
	       "It would be positive with 1 more sign of any strength.");
	expect(more, EXPLOITATION, ELEMENT_POSITIVE, "");
}

/* Nothing yet: every threshold of 2 signs needs a strong one; the other
 * may be of any strength. */
static void nothing(void **state)
{
	static const char *const yes[] = { NULL };

	(void)state;
	expect(yes, DECEPTIVE, ELEMENT_UNDECIDED,
	       "It would be positive with 1 more strong sign and 1 more sign of any strength.");
}

/* Only a strong sign completes a threshold: said alone. A strong sign
 * does not stand for a weak one, so 1 medium needs a strong, not a weak. */
static void only_strong(void **state)
{
	static const char *const medium[] = { "deceived-wages", NULL };
	static const char *const weak[] = { "deceived-education", NULL };

	(void)state;
	expect(medium, DECEPTIVE, ELEMENT_UNDECIDED, "It would be positive with 1 more strong sign.");
	expect(weak, DECEPTIVE, ELEMENT_UNDECIDED, "It would be positive with 1 more strong sign.");
}

/* 1 medium and 1 weak: a strong or a medium sign completes one, a weak
 * one none: both named, the weak not. */
static void strong_or_medium(void **state)
{
	static const char *const yes[] = { "deceived-wages", "deceived-education", NULL };

	(void)state;
	expect(yes, DECEPTIVE, ELEMENT_NOT_POSITIVE,
	       "It would be positive with 1 more strong sign, or 1 more medium sign.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(two_medium),
		cmocka_unit_test(one_strong),
		cmocka_unit_test(nothing),
		cmocka_unit_test(only_strong),
		cmocka_unit_test(strong_or_medium),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
