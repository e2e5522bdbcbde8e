/*
 * Unit tests: who a service serves, against the interview (fit.h). On the
 * engine fixture with the layer tests/fixtures/serves over it, and on the
 * shipped content: a possible child is never sent to a service for adults
 * only, and gets the contacts for children when one was left out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/answer.h"
#include "tipcheck/fit.h"
#include "tipcheck/loader.h"
#include "tipcheck/situation.h"
#include "tipcheck/xalloc.h"

static struct content *load(const char *const *rel, size_t n)
{
	const char *src = getenv("TIPCHECK_SRC");
	char *dirs[4];
	struct diag_list d = { 0 };
	struct content *c;

	for (size_t i = 0; i < n; i++)
		dirs[i] = xasprintf("%s/%s", src ? src : ".", rel[i]);
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	c = loader_load_layers((const char *const *)dirs, n, &d);
	if (!c)
		diag_print(&d, stderr);
	diag_list_free(&d);
	for (size_t i = 0; i < n; i++)
		free(dirs[i]);
	return c;
}

static const struct referral *referral(const struct evaluation *e, const char *id)
{
	for (size_t i = 0; i < e->n_referrals; i++)
		if (!strcmp(e->referrals[i].service_id, id))
			return &e->referrals[i];
	return NULL;
}

/* The referral to id; a missing one ends the test. */
static const struct referral *must_referral(const struct evaluation *e, const char *id)
{
	const struct referral *r = referral(e, id);

	if (!r) {
		fail_msg("no referral %s", id);
		abort();
	}
	return r;
}

/* Evaluates one checklist (and safety) on the layered fixture in Testland
 * with may-be-child answered as given, then applies the fit. */
static struct evaluation *run(const struct content *c, const char *checklist, enum answer child,
			      enum situation sit)
{
	const struct checklist *lists[2] = { content_checklist(c, "safety"),
					     content_checklist(c, checklist) };
	enum answer *answers = xcalloc(c->n_items, sizeof *answers);
	struct evaluation *e;

	for (size_t i = 0; i < c->n_items; i++)
		answers[i] = ANSWER_NOT_ASKED;
	answers[content_item(c, "safety.may-be-child", NULL)->index] = child;
	e = evaluate(c, lists, 2, answers, content_directory(c, "testland"));
	evaluation_fit(e, c, sit, answers);
	free(answers);
	return e;
}

static int load_layered(void **state)
{
	static const char *const layers[] = { "tests/fixtures/engine", "tests/fixtures/serves" };

	*state = load(layers, 2);
	return *state ? 0 : -1;
}

static int unload(void **state)
{
	content_free(*state);
	return 0;
}

/* The age group decides; not sure counts as a child; unstated fits. */
static void fit_by_age(void **state)
{
	struct service s = { 0 };

	(void)state;
	assert_int_equal(service_fit(NULL, SITUATION_CHILD), FIT_YES);
	assert_int_equal(service_fit(&s, SITUATION_CHILD), FIT_YES);
	assert_int_equal(service_fit(&s, SITUATION_ADULT), FIT_YES);
	s.serves.age = SERVES_AGE_ADULTS;
	assert_int_equal(service_fit(&s, SITUATION_ADULT), FIT_YES);
	assert_int_equal(service_fit(&s, SITUATION_CHILD), FIT_ADULTS_ONLY);
	assert_int_equal(service_fit(&s, SITUATION_UNSURE), FIT_ADULTS_ONLY);
	s.serves.age = SERVES_AGE_CHILDREN;
	assert_int_equal(service_fit(&s, SITUATION_CHILD), FIT_YES);
	assert_int_equal(service_fit(&s, SITUATION_UNSURE), FIT_YES);
	assert_int_equal(service_fit(&s, SITUATION_ADULT), FIT_CHILDREN_ONLY);
	s.serves.age = SERVES_AGE_BOTH;
	for (int sit = 0; sit < SITUATION_COUNT; sit++)
		assert_int_equal(service_fit(&s, (enum situation)sit), FIT_YES);
	assert_string_equal(fit_to_str(FIT_ADULTS_ONLY), "adults-only");
}

/* A possible child: Testland's line for adults only is left out (why:
 * adults only), the international service of the same id stands in, and
 * Testland's child line is added. */
static void child_never_adults_only(void **state)
{
	const struct content *c = *state;

	for (int sit = SITUATION_CHILD; sit <= SITUATION_UNSURE; sit++) {
		struct evaluation *e = run(c, "child", ANSWER_YES, (enum situation)sit);
		const struct referral *ngo = must_referral(e, "ngo");
		const struct referral *line = must_referral(e, "child-line");

		assert_string_equal(ngo->directory->id, "international");
		assert_true(ngo->fallback && ngo->unfit_local);
		assert_int_equal(e->n_left_out, 1);
		assert_string_equal(e->left_out[0].directory->id, "testland");
		assert_string_equal(e->left_out[0].service->id, "ngo");
		assert_int_equal(e->left_out[0].why, FIT_ADULTS_ONLY);
		assert_true(line->for_child);
		assert_string_equal(line->directory->id, "testland");
		for (size_t i = 0; i < e->n_referrals; i++)
			assert_int_not_equal(e->referrals[i].service->serves.age, SERVES_AGE_ADULTS);
		evaluation_free(e);
	}
}

/* An adult: the same line serves; nothing is left out or added, whether
 * "may be a child" was answered no or not asked. */
static void adult_keeps_adults_only(void **state)
{
	const struct content *c = *state;
	static const enum answer adult[] = { ANSWER_NOT_ASKED, ANSWER_NO };

	for (size_t i = 0; i < sizeof adult / sizeof adult[0]; i++) {
		struct evaluation *e = run(c, "labour", adult[i], SITUATION_ADULT);
		const struct referral *ngo = must_referral(e, "ngo");

		assert_string_equal(ngo->directory->id, "testland");
		assert_false(ngo->fallback);
		assert_int_equal(e->n_left_out, 0);
		assert_null(referral(e, "child-line"));
		evaluation_free(e);
	}
}

/* An interview begun as an adult, on the checklist for adults, where "may
 * be a child" is answered yes or don't know: the answers decide, so the
 * adults-only line is left out and the child line added, as for a child
 * checklist; child protection (a rule's, for children only) stays. */
static void adult_checklist_child_answer(void **state)
{
	const struct content *c = *state;
	static const enum answer child[] = { ANSWER_YES, ANSWER_UNKNOWN };

	for (size_t i = 0; i < sizeof child / sizeof child[0]; i++) {
		struct evaluation *e = run(c, "labour", child[i], SITUATION_ADULT);

		assert_string_equal(must_referral(e, "ngo")->directory->id, "international");
		assert_int_equal(e->n_left_out, 1);
		assert_string_equal(e->left_out[0].service->id, "ngo");
		assert_int_equal(e->left_out[0].why, FIT_ADULTS_ONLY);
		assert_true(must_referral(e, "child-line")->for_child);
		assert_non_null(referral(e, "child-protection"));
		for (size_t r = 0; r < e->n_referrals; r++)
			assert_int_not_equal(e->referrals[r].service->serves.age, SERVES_AGE_ADULTS);
		evaluation_free(e);
	}
}

/* The shipped content, every region, every checklist with safety, answers
 * all yes, all don't know, all no and none: for a possible child no
 * contact (referral or alert) is for adults only, and when one was left
 * out a contact for children is there. With all no or none the start (not
 * sure) says so; with yes or don't know the answers do, in an interview
 * begun as an adult. */
static void shipped_child_never_adults_only(void **state)
{
	static const char *const base[] = { "." };
	static const struct {
		enum answer fill;
		enum situation sit;
	} fills[] = {
		{ ANSWER_YES, SITUATION_ADULT },
		{ ANSWER_UNKNOWN, SITUATION_ADULT },
		{ ANSWER_NO, SITUATION_UNSURE },
		{ ANSWER_NOT_ASKED, SITUATION_UNSURE },
	};
	struct content *c = load(base, 1);
	enum answer *answers;
	size_t left = 0;

	(void)state;
	assert_non_null(c);
	answers = xcalloc(c->n_items, sizeof *answers);
	for (size_t d = 0; d < c->n_directories; d++)
		for (size_t l = 0; l < c->n_checklists; l++)
			for (size_t f = 0; f < sizeof fills / sizeof fills[0]; f++) {
				const struct checklist *lists[2] = { content_checklist(c, "safety-and-needs"),
								     &c->checklists[l] };
				struct evaluation *e;
				bool for_children = false;

				for (size_t i = 0; i < c->n_items; i++)
					answers[i] = fills[f].fill;
				e = evaluate(c, lists, lists[0] == lists[1] ? 1 : 2, answers,
					     &c->directories[d]);
				evaluation_fit(e, c, fills[f].sit, answers);
				for (size_t i = 0; i < e->n_referrals; i++) {
					const struct service *s = e->referrals[i].service;

					assert_true(!s || s->serves.age != SERVES_AGE_ADULTS);
					for_children |= s && s->serves.age == SERVES_AGE_CHILDREN;
				}
				for (size_t a = 0; a < e->n_alerts; a++)
					for (size_t k = 0; k < e->alerts[a].n_contacts; k++)
						assert_true(!e->alerts[a].contacts[k].service ||
							    e->alerts[a].contacts[k].service->serves.age !=
								    SERVES_AGE_ADULTS);
				if (e->n_left_out) {
					assert_true(for_children);
					left++;
				}
				evaluation_free(e);
			}
	/* The UK's adult support line is asked for and left out somewhere. */
	assert_true(left > 0);
	free(answers);
	content_free(c);
}

int main(void)
{
	const struct CMUnitTest layered[] = {
		cmocka_unit_test(fit_by_age),
		cmocka_unit_test(child_never_adults_only),
		cmocka_unit_test(adult_keeps_adults_only),
		cmocka_unit_test(adult_checklist_child_answer),
	};
	const struct CMUnitTest shipped[] = {
		cmocka_unit_test(shipped_child_never_adults_only),
	};

	return cmocka_run_group_tests(layered, load_layered, unload) |
	       cmocka_run_group_tests(shipped, NULL, NULL);
}
