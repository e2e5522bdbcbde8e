/* Unit tests of the scenario check: expected results against the rules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/scenario.h"
#include "tipcheck/scenario_check.h"
#include "train_fixture.h"

static struct fixture fx;

static void test_holds(void **state)
{
	struct diag_list d;

	diag_list_init(&d, 0);
	assert_true(scenario_check(&fx.c, &fx.sc, &d));
	assert_true(scenario_check_all(&fx.c, &d));
	assert_int_equal(d.n, 0);
	diag_list_free(&d);
}

static void test_wrong_outcome(void **state)
{
	struct diag_list d;

	fx.expected_outcomes[0] = (char *)"tr.labour";
	diag_list_init(&d, 0);
	assert_false(scenario_check(&fx.c, &fx.sc, &d));
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].code, DIAG_SCENARIO);
	assert_int_equal(d.v[0].severity, DIAG_ERROR);
	assert_string_equal(d.v[0].file, FIX_FILE);
	assert_int_equal(d.v[0].line, 7);
	assert_int_equal(d.v[0].col, 1);
	assert_non_null(strstr(d.v[0].message, "deckhand"));
	assert_non_null(strstr(d.v[0].message, "expected but not given: tr.labour"));
	assert_non_null(strstr(d.v[0].message, "given but not expected: tr.trafficking"));
	diag_list_free(&d);
}

static void test_wrong_level(void **state)
{
	struct diag_list d;

	fx.sc.expected_level = LEVEL_URGENT;
	diag_list_init(&d, 0);
	assert_false(scenario_check_all(&fx.c, &d));
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].code, DIAG_SCENARIO);
	assert_int_equal(d.v[0].line, 7);
	assert_non_null(strstr(d.v[0].message, "level 'refer', not the expected 'urgent'"));
	diag_list_free(&d);
}

static void test_either_counts_as_no(void **state)
{
	/* With only r1 and e1 yes, and r2 and e2 "either": neither element is
	 * positive (one strong each), so the outcome is info, not trafficking. */
	struct diag_list d;

	fx.expected[1].expect = EXPECT_EITHER;
	fx.expected[3].expect = EXPECT_EITHER;
	diag_list_init(&d, 0);
	assert_false(scenario_check(&fx.c, &fx.sc, &d));
	assert_int_equal(d.n, 2);
	assert_non_null(strstr(d.v[1].message, "given but not expected: tr.info"));
	diag_list_free(&d);
}

static void test_preset_expected_no(void **state)
{
	/* A child interview starts with sn.danger and lab.r1 answered yes:
	 * r1 is expected yes, but sn.danger (not listed) is expected no. */
	struct diag_list d;

	fx.sc.audience = AUDIENCE_CHILD;
	fx.items[FIX_R1].preset_yes = 1u << SITUATION_CHILD;
	fx.items[FIX_DANGER].preset_yes = 1u << SITUATION_CHILD;
	fx.items[FIX_E1].preset_yes = 1u << SITUATION_ADULT;
	diag_list_init(&d, 0);
	assert_false(scenario_check(&fx.c, &fx.sc, &d));
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].code, DIAG_SCENARIO);
	assert_int_equal(d.v[0].line, 7);
	assert_non_null(strstr(d.v[0].message, "'sn.danger' starts answered yes in a child"));
	diag_list_free(&d);

	/* Listed as "no": the error points at that line. */
	fx.expected[4] = (struct expected_answer){ .item = &fx.items[FIX_DANGER], .expect = EXPECT_NO, .pos = fix_pos(16) };
	diag_list_init(&d, 0);
	assert_false(scenario_check(&fx.c, &fx.sc, &d));
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 16);
	diag_list_free(&d);

	fx.expected[4].expect = EXPECT_EITHER;
	diag_list_init(&d, 0);
	assert_true(scenario_check(&fx.c, &fx.sc, &d));
	assert_int_equal(d.n, 0);
	diag_list_free(&d);
	assert_int_equal(scenario_situation(&fx.sc), SITUATION_CHILD);
}

static void test_answers_and_lists(void **state)
{
	const struct checklist **lists;
	size_t n = scenario_checklists(&fx.c, &fx.sc, &lists);
	enum answer *a = scenario_answers(&fx.c, &fx.sc);

	/* The `first` checklist comes before the scenario's own. */
	assert_int_equal(n, 2);
	assert_ptr_equal(lists[0], &fx.lists[0]);
	assert_ptr_equal(lists[1], &fx.lists[1]);
	assert_int_equal(a[FIX_DANGER], ANSWER_NO);
	assert_int_equal(a[FIX_R1], ANSWER_YES);
	assert_int_equal(a[FIX_R2], ANSWER_YES);
	assert_int_equal(a[FIX_E2], ANSWER_YES);
	assert_int_equal(a[FIX_E3], ANSWER_NO);
	free(a);
	free(lists);
}

static int setup(void **state)
{
	fixture_init(&fx);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_holds, setup),
		cmocka_unit_test_setup(test_wrong_outcome, setup),
		cmocka_unit_test_setup(test_wrong_level, setup),
		cmocka_unit_test_setup(test_either_counts_as_no, setup),
		cmocka_unit_test_setup(test_preset_expected_no, setup),
		cmocka_unit_test_setup(test_answers_and_lists, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
