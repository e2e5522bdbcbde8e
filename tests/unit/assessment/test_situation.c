/* Unit tests: the situation of an interview and the checklists that fit it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "tipcheck/situation.h"

static void fits(void **state)
{
	(void)state;
	for (int s = 0; s < SITUATION_COUNT; s++)
		assert_true(situation_fits((enum situation)s, AUDIENCE_ANY));
	assert_true(situation_fits(SITUATION_ADULT, AUDIENCE_ADULT));
	assert_false(situation_fits(SITUATION_ADULT, AUDIENCE_CHILD));
	assert_true(situation_fits(SITUATION_CHILD, AUDIENCE_CHILD));
	assert_false(situation_fits(SITUATION_CHILD, AUDIENCE_ADULT));
	/* Children first: not sure is a child. */
	assert_true(situation_fits(SITUATION_UNSURE, AUDIENCE_CHILD));
	assert_false(situation_fits(SITUATION_UNSURE, AUDIENCE_ADULT));
}

static void of_checklists(void **state)
{
	struct checklist any = { .audience = AUDIENCE_ANY };
	struct checklist adult = { .audience = AUDIENCE_ADULT };
	struct checklist child = { .audience = AUDIENCE_CHILD };

	(void)state;
	assert_int_equal(situation_of_checklists(NULL, 0), SITUATION_ADULT);
	assert_int_equal(situation_of_checklists((const struct checklist *[]){ &any, &adult }, 2),
			 SITUATION_ADULT);
	assert_int_equal(situation_of_checklists((const struct checklist *[]){ &adult, &child }, 2),
			 SITUATION_CHILD);
	assert_int_equal(situation_of_checklists((const struct checklist *[]){ &child }, 1),
			 SITUATION_CHILD);
}

/* The answers make an adult situation a possible child: the item preset
 * for a child (may be a child) answered yes is a child, don't know is not
 * sure (presumption of minority); no or not asked leave the adult. */
static void of_answers(void **state)
{
	struct item items[2] = {
		{ .index = 0 },
		{ .index = 1, .preset_yes = 1u << SITUATION_CHILD | 1u << SITUATION_UNSURE },
	};
	struct checklist adult = { .audience = AUDIENCE_ADULT, .n_sections = 1,
				   .sections = &(struct section){ .items = items, .n_items = 2 } };
	const struct checklist *lists[] = { &adult };
	enum answer a[2] = { ANSWER_YES, ANSWER_NOT_ASKED };
	struct expr first_yes = { .kind = EXPR_ITEM, .item = &items[0] };

	(void)state;
	assert_int_equal(situation_of_answers(SITUATION_ADULT, lists, 1, a), SITUATION_ADULT);
	a[1] = ANSWER_NO;
	assert_int_equal(situation_of_answers(SITUATION_ADULT, lists, 1, a), SITUATION_ADULT);
	a[1] = ANSWER_YES;
	assert_int_equal(situation_of_answers(SITUATION_ADULT, lists, 1, a), SITUATION_CHILD);
	a[1] = ANSWER_UNKNOWN;
	assert_int_equal(situation_of_answers(SITUATION_ADULT, lists, 1, a), SITUATION_UNSURE);
	/* An answer never makes the start less of a child. */
	a[1] = ANSWER_NO;
	assert_int_equal(situation_of_answers(SITUATION_CHILD, lists, 1, a), SITUATION_CHILD);
	assert_int_equal(situation_of_answers(SITUATION_UNSURE, lists, 1, a), SITUATION_UNSURE);
	/* A hidden item counts as not asked, as in the rules. */
	items[1].show_if = &first_yes;
	a[0] = ANSWER_NO;
	a[1] = ANSWER_YES;
	assert_int_equal(situation_of_answers(SITUATION_ADULT, lists, 1, a), SITUATION_ADULT);
	a[0] = ANSWER_YES;
	assert_int_equal(situation_of_answers(SITUATION_ADULT, lists, 1, a), SITUATION_CHILD);
	assert_int_equal(situation_of_answers(SITUATION_ADULT, NULL, 0, a), SITUATION_ADULT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fits),
		cmocka_unit_test(of_checklists),
		cmocka_unit_test(of_answers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
