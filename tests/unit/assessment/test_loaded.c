/* Unit tests: session and evaluation over YAML content read by the loader (tests/fixtures/engine). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "engine.h"
#include "tipcheck/session.h"

static const struct item *item(const struct content *c, const char *ref)
{
	const struct item *it = content_item(c, ref, NULL);

	if (!it) {
		fail_msg("no item %s", ref);
		abort();
	}
	return it;
}

static bool answer(struct session *s, enum answer a)
{
	return session_handle(s, (struct session_event){ .kind = SESSION_EV_ANSWER, .answer = a });
}

/* A whole interview: YAML show_if (a bare id in the same checklist) and
 * the ILO combinations read from the rules file. */
static void interview(void **state)
{
	const struct content *c = *state;
	const struct checklist *labour = content_checklist(c, "labour");
	const struct item *locked = item(c, "labour.locked-in");
	struct session *s;
	struct evaluation *e;
	size_t n, m;

	assert_non_null(labour);
	s = session_new(c, &labour, 1, SITUATION_ADULT);
	assert_string_equal(session_checklists(s)[0]->id, "safety");
	assert_null(session_item(s));				/* the consent intro */
	session_handle(s, (struct session_event){ .kind = SESSION_EV_NEXT });
	answer(s, ANSWER_NO);					/* danger */
	answer(s, ANSWER_NO);					/* may-be-child */
	answer(s, ANSWER_YES);					/* false-promises */
	answer(s, ANSWER_YES);					/* debt */
	answer(s, ANSWER_NO);					/* fees */
	answer(s, ANSWER_YES);					/* no-pay */
	answer(s, ANSWER_NO);					/* hours */
	assert_false(session_visible(s, locked));
	session_progress(s, &n, &m);
	assert_int_equal(m, 10);
	answer(s, ANSWER_YES);					/* lives-at-work */
	assert_true(session_visible(s, locked));
	assert_ptr_equal(session_item(s), locked);
	session_progress(s, &n, &m);
	assert_int_equal(n, 9);
	assert_int_equal(m, 11);
	answer(s, ANSWER_YES);					/* locked-in */
	answer(s, ANSWER_NO);					/* cannot-leave */
	answer(s, ANSWER_NO);					/* threats */
	assert_int_equal(session_state(s), SESSION_REVIEW);

	e = session_evaluate(s, content_directory(c, "testland"));
	assert_int_equal(e->level, LEVEL_REFER);
	assert_false(e->insufficient);
	assert_int_equal(e->n_outcomes, 1);
	assert_string_equal(e->outcomes[0].outcome->id, "trafficking");
	/* exploitation: no-pay (strong) + locked-in (medium) + lives-at-work (weak) */
	assert_string_equal(e->elements[1].element->id, "exploitation");
	assert_int_equal(e->elements[1].state, ELEMENT_POSITIVE);
	assert_int_equal(e->elements[1].yes[STRENGTH_WEAK], 1);
	assert_int_equal(e->n_referrals, 2);
	assert_string_equal(e->referrals[0].service->contact, "+99 555 0100");
	assert_true(e->referrals[1].fallback);
	evaluation_free(e);
	session_free(s);
}

/* The progress kept up to date as answers change is the one a recount
 * over every item's show_if gives, after any answer to any item, in any
 * order (hiding and showing items that have answers). */
static void progress_follows_answers(void **state)
{
	const struct content *c = *state;
	const struct checklist *labour = content_checklist(c, "labour");
	const struct checklist *const *lists;
	struct session *s = session_new(c, &labour, 1, SITUATION_ADULT);
	unsigned rng = 12345;

	lists = session_checklists(s);
	for (int step = 0; step < 400; step++) {
		size_t n, m, total = 0, k = 0, pick;

		for (size_t l = 0; l < session_n_checklists(s); l++)
			total += lists[l]->n_items;
		rng = rng * 1103515245u + 12345u;
		pick = (rng >> 8) % total;
		for (size_t l = 0; l < session_n_checklists(s); l++)
			for (size_t sec = 0; sec < lists[l]->n_sections; sec++)
				for (size_t i = 0; i < lists[l]->sections[sec].n_items; i++, k++)
					if (k == pick)
						session_handle(s, (struct session_event){
							.kind = SESSION_EV_SET,
							.index = lists[l]->sections[sec].items[i].index,
							.answer = (enum answer)((rng >> 4) % ANSWER_COUNT) });
		total = 0;
		for (size_t l = 0; l < session_n_checklists(s); l++)
			for (size_t sec = 0; sec < lists[l]->n_sections; sec++)
				for (size_t i = 0; i < lists[l]->sections[sec].n_items; i++)
					total += session_visible(s, &lists[l]->sections[sec].items[i]);
		session_progress(s, &n, &m);
		assert_int_equal(m, total);
		assert_true(n <= m);
	}
	session_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(interview),
		cmocka_unit_test(progress_follows_answers),
	};
	return cmocka_run_group_tests(tests, engine_load, engine_unload);
}
