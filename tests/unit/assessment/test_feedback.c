/* Unit tests of training feedback: found, missed, extra, either, context items, score, match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/feedback.h"
#include "tipcheck/scenario.h"
#include "train_fixture.h"

static struct fixture fx;

/* Runs the fixture scenario with the given yes items (others no). */
static struct feedback *run(const int *yes, size_t n_yes, struct evaluation **ev)
{
	enum answer a[FIX_N_ITEMS];
	const struct checklist *lists[2] = { &fx.lists[0], &fx.lists[1] };

	fixture_answers(a, yes, n_yes);
	*ev = evaluate(&fx.c, lists, 2, a, NULL);
	return feedback_new(&fx.c, &fx.sc, a, *ev);
}

static void test_perfect(void **state)
{
	static const int yes[] = { FIX_R1, FIX_R2, FIX_E1, FIX_E2 };
	struct evaluation *ev;
	struct feedback *f = run(yes, 4, &ev);

	assert_int_equal(f->n_found, 4);
	assert_ptr_equal(f->found[0], &fx.items[FIX_R1]);
	assert_ptr_equal(f->found[3], &fx.items[FIX_E2]);
	assert_int_equal(f->n_missed, 0);
	assert_int_equal(f->n_extra, 0);
	assert_int_equal(f->n_required, 4);
	assert_int_equal(f->percent, 100);
	assert_int_equal(f->level, LEVEL_REFER);
	assert_true(f->level_ok);
	assert_true(f->outcomes_ok);
	assert_int_equal(f->n_outcomes_missing, 0);
	assert_int_equal(f->n_outcomes_extra, 0);
	feedback_free(f);
	evaluation_free(ev);
}

static void test_missed_and_extra(void **state)
{
	/* r2 missed; e3 (weak, unlisted, so expected no) marked yes; the
	 * context item sn.danger marked yes too, which is no mistake. */
	static const int yes[] = { FIX_DANGER, FIX_R1, FIX_E1, FIX_E2, FIX_E3 };
	struct evaluation *ev;
	struct feedback *f;

	fx.sc.n_expected = 4;		/* e3 no longer "either" */
	f = run(yes, 5, &ev);
	assert_int_equal(f->n_found, 3);
	assert_int_equal(f->n_missed, 1);
	assert_ptr_equal(f->missed[0], &fx.items[FIX_R2]);
	assert_int_equal(f->n_extra, 1);
	assert_ptr_equal(f->extra[0], &fx.items[FIX_E3]);
	assert_int_equal(f->n_context, 0);
	assert_int_equal(f->percent, 75);
	/* Recruitment falls short: labour (refer-further) and urgent instead. */
	assert_int_equal(f->level, LEVEL_URGENT);
	assert_false(f->level_ok);
	assert_false(f->outcomes_ok);
	assert_int_equal(f->n_outcomes_missing, 1);
	assert_string_equal(f->outcomes_missing[0], "tr.trafficking");
	assert_int_equal(f->n_outcomes_extra, 2);
	assert_string_equal(f->outcomes_extra[0]->key, "tr.urgent");
	assert_string_equal(f->outcomes_extra[1]->key, "tr.labour");
	feedback_free(f);
	evaluation_free(ev);
}

static void test_either_never_counts(void **state)
{
	static const int with_e3[] = { FIX_R1, FIX_R2, FIX_E1, FIX_E2, FIX_E3 };
	struct evaluation *ev;
	struct feedback *f = run(with_e3, 5, &ev);

	/* e3 is shown (e2 answered) and yes, but "either": neither found nor extra. */
	assert_int_equal(f->n_found, 4);
	assert_int_equal(f->n_extra, 0);
	assert_int_equal(f->n_required, 4);
	assert_int_equal(f->percent, 100);
	assert_true(f->outcomes_ok);
	feedback_free(f);
	evaluation_free(ev);
}

static void test_hidden_yes_is_missed(void **state)
{
	/* Expect e3 yes; e2 not answered hides e3, so its yes does not count. */
	enum answer a[FIX_N_ITEMS];
	const struct checklist *lists[2] = { &fx.lists[0], &fx.lists[1] };
	static const int yes[] = { FIX_R1, FIX_R2, FIX_E1, FIX_E3 };

	fx.expected[4].expect = EXPECT_YES;
	fixture_answers(a, yes, 4);
	a[FIX_E2] = ANSWER_NOT_ASKED;
	struct evaluation *ev = evaluate(&fx.c, lists, 2, a, NULL);
	struct feedback *f = feedback_new(&fx.c, &fx.sc, a, ev);

	assert_int_equal(f->n_required, 5);
	assert_int_equal(f->n_found, 3);
	assert_int_equal(f->n_missed, 2);
	assert_ptr_equal(f->missed[0], &fx.items[FIX_E2]);
	assert_ptr_equal(f->missed[1], &fx.items[FIX_E3]);
	assert_int_equal(f->percent, 60);
	feedback_free(f);
	evaluation_free(ev);
}

static void test_score_rounds(void **state)
{
	/* 2 of 3 required found: 66.7% is shown as 67%; 1 of 3 as 33%. */
	static const int two[] = { FIX_R1, FIX_E1 };
	static const int one[] = { FIX_R1 };
	struct evaluation *ev;
	struct feedback *f;

	fx.sc.n_expected = 3;		/* r1, r2, e1 */
	f = run(two, 2, &ev);
	assert_int_equal(f->n_found, 2);
	assert_int_equal(f->percent, 67);
	feedback_free(f);
	evaluation_free(ev);
	f = run(one, 1, &ev);
	assert_int_equal(f->percent, 33);
	/* e1 is now unlisted: expected no, so a yes there is extra. */
	feedback_free(f);
	evaluation_free(ev);
	f = run(two, 2, &ev);
	assert_int_equal(f->n_extra, 0);
	feedback_free(f);
	evaluation_free(ev);
	static const int e2[] = { FIX_R1, FIX_E2 };
	f = run(e2, 2, &ev);
	assert_int_equal(f->n_extra, 1);
	assert_ptr_equal(f->extra[0], &fx.items[FIX_E2]);
	feedback_free(f);
	evaluation_free(ev);
}

static void test_nothing_required(void **state)
{
	/* A person with no indicators: nothing required, the info outcome. */
	struct evaluation *ev;
	struct feedback *f;

	fx.sc.n_expected = 0;
	fx.sc.expected_level = LEVEL_INFORM;
	fx.expected_outcomes[0] = (char *)"tr.info";
	f = run(NULL, 0, &ev);
	assert_int_equal(f->n_required, 0);
	assert_int_equal(f->percent, 100);
	assert_true(f->level_ok);
	assert_true(f->outcomes_ok);
	feedback_free(f);
	evaluation_free(ev);
}

/* Context items are never mistakes: marked yes, listed "no" or not listed,
 * they are not extra; expected yes and not marked, they are not missed but
 * listed apart. */
static void test_context_never_counts(void **state)
{
	static const int all[] = { FIX_DANGER, FIX_R1, FIX_R2, FIX_E1, FIX_E2 };
	static const int none_marked[] = { FIX_R1, FIX_R2, FIX_E1, FIX_E2 };
	struct evaluation *ev;
	struct feedback *f;

	f = run(all, 5, &ev);
	assert_int_equal(f->n_extra, 0);
	assert_int_equal(f->n_found, 4);
	assert_int_equal(f->n_required, 4);
	assert_int_equal(f->percent, 100);
	feedback_free(f);
	evaluation_free(ev);
	/* Listed as "no": still context, still no mistake. */
	fx.expected[4] = (struct expected_answer){ .ref = (char *)"sn.danger",
		.item = &fx.items[FIX_DANGER], .expect = EXPECT_NO };
	f = run(all, 5, &ev);
	assert_int_equal(f->n_extra, 0);
	feedback_free(f);
	evaluation_free(ev);
	/* Expected yes and not marked: not missed, not required; listed apart. */
	fx.expected[4].expect = EXPECT_YES;
	f = run(none_marked, 4, &ev);
	assert_int_equal(f->n_missed, 0);
	assert_int_equal(f->n_required, 4);
	assert_int_equal(f->percent, 100);
	assert_int_equal(f->n_context, 1);
	assert_ptr_equal(f->context[0], &fx.items[FIX_DANGER]);
	feedback_free(f);
	evaluation_free(ev);
}

/* A safety check with a strength that the scenario does not list is not
 * settled: marked yes, it is no mistake; listed "no", it is. */
static void test_unsettled_safety_check(void **state)
{
	static const int yes[] = { FIX_DANGER, FIX_R1, FIX_R2, FIX_E1, FIX_E2 };
	struct evaluation *ev;
	struct feedback *f;

	fx.items[FIX_DANGER].strength = STRENGTH_WEAK;
	f = run(yes, 5, &ev);
	assert_int_equal(f->n_extra, 0);
	feedback_free(f);
	evaluation_free(ev);
	fx.expected[4] = (struct expected_answer){ .ref = (char *)"sn.danger",
		.item = &fx.items[FIX_DANGER], .expect = EXPECT_NO };
	f = run(yes, 5, &ev);
	assert_int_equal(f->n_extra, 1);
	assert_ptr_equal(f->extra[0], &fx.items[FIX_DANGER]);
	feedback_free(f);
	evaluation_free(ev);
}

static void test_scenario_expect(void **state)
{
	assert_int_equal(scenario_expect(&fx.sc, &fx.items[FIX_R1]), EXPECT_YES);
	assert_int_equal(scenario_expect(&fx.sc, &fx.items[FIX_E3]), EXPECT_EITHER);
	assert_int_equal(scenario_expect(&fx.sc, &fx.items[FIX_DANGER]), EXPECT_NO);
}

static int setup(void **state)
{
	fixture_init(&fx);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_perfect, setup),
		cmocka_unit_test_setup(test_missed_and_extra, setup),
		cmocka_unit_test_setup(test_either_never_counts, setup),
		cmocka_unit_test_setup(test_hidden_yes_is_missed, setup),
		cmocka_unit_test_setup(test_score_rounds, setup),
		cmocka_unit_test_setup(test_nothing_required, setup),
		cmocka_unit_test_setup(test_context_never_counts, setup),
		cmocka_unit_test_setup(test_unsettled_safety_check, setup),
		cmocka_unit_test_setup(test_scenario_expect, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
