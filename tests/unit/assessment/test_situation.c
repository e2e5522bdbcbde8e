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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fits),
		cmocka_unit_test(of_checklists),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
