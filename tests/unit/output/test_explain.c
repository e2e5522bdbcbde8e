/* Unit tests: an explanation's blocks, roles and parts, for a few evaluations. */
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
#include "train_fixture.h"

static struct content *content;
static struct tr en;

static int setup(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d;
	char *dir = xasprintf("%s/tests/fixtures/print", src ? src : ".");

	(void)state;
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	content = loader_load(dir, &d);
	if (!content)
		diag_print(&d, stderr);
	diag_list_free(&d);
	free(dir);
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

/* The evaluation of the work checklist with these items answered yes and
 * these answered no (NULL-terminated lists). */
static struct evaluation *run(const char *const *yes, const char *const *no)
{
	const struct checklist *work = content_checklist(content, "work"), **lists;
	size_t n = session_order_lists(content, &work, 1, &lists);
	enum answer *a = xcalloc(content->n_items, sizeof *a);
	struct evaluation *e;

	for (; yes && *yes; yes++)
		a[content_item(content, *yes, NULL)->index] = ANSWER_YES;
	for (; no && *no; no++)
		a[content_item(content, *no, NULL)->index] = ANSWER_NO;
	e = evaluate(content, lists, n, a, NULL);
	free(a);
	free(lists);
	return e;
}

/* The index of the first block of role r in part p at or after from, or
 * the number of blocks. */
static size_t find(const struct explanation *x, enum explain_part p, enum explain_role r,
		   size_t from)
{
	while (from < x->n_blocks && (x->blocks[from].part != p || x->blocks[from].role != r))
		from++;
	return from;
}

static size_t count(const struct explanation *x, enum explain_part p, enum explain_role r)
{
	size_t n = 0;

	for (size_t i = 0; i < x->n_blocks; i++)
		n += x->blocks[i].part == p && x->blocks[i].role == r;
	return n;
}

/* Whether some block of part p holds text. */
static bool says(const struct explanation *x, enum explain_part p, const char *text)
{
	for (size_t i = 0; i < x->n_blocks; i++)
		if (x->blocks[i].part == p && strstr(x->blocks[i].text.text, text))
			return true;
	return false;
}

/* Every explanation: parts in order, every text found in the catalog,
 * every block with a language. */
static void well_formed(const struct explanation *x)
{
	for (size_t i = 0; i < x->n_blocks; i++) {
		const struct explain_block *b = &x->blocks[i];

		if (i)
			assert_true(b->part >= x->blocks[i - 1].part);
		assert_non_null(b->text.text);
		assert_non_null(b->text.lang);
		if (strstr(b->text.text, "ui."))
			fail_msg("block %zu (%s): a catalog key: %s", i,
				 explain_role_to_str(b->role), b->text.text);
		assert_true(b->shape == EXPLAIN_ITEM || b->shape == EXPLAIN_SUB || !b->depth);
	}
}

/* The first screen: the level, then what to do now, then whom to contact;
 * the elements with their signs; the trace and the sources apart. */
static void refer_advice(void **state)
{
	static const char *const yes[] = { "work.false-job", "work.false-pay", "work.no-pay", NULL };
	struct evaluation *e = run(yes, NULL);
	struct explanation *x = explain_new(&en, NULL, e, NULL, "2026-03-04");
	size_t level, action, contact, element;

	(void)state;
	well_formed(x);
	assert_int_equal(x->blocks[0].role, EXPLAIN_HEADING);
	assert_int_equal(x->blocks[0].shape, EXPLAIN_H1);
	assert_int_equal(x->blocks[0].part, EXPLAIN_PART_ADVICE);
	level = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_LEVEL, 0);
	action = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_ACTION, 0);
	contact = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT, 0);
	element = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_ELEMENT, 0);
	assert_int_equal(level, 1);
	assert_int_equal(action, 2);
	assert_true(contact > action && element > contact && element < x->n_blocks);
	assert_string_equal(x->blocks[level].text.text, "Recommendation: [!] Refer");
	assert_int_equal(x->blocks[level].level, LEVEL_REFER);
	assert_string_equal(x->level_line, x->blocks[level].text.text);
	assert_string_equal(x->symbol, "[!]");
	/* No action in the content: the outcome's explanation. */
	assert_string_equal(x->blocks[action].label.text, "What to do now");
	assert_string_equal(x->action, "Refer to the national referral mechanism.");
	/* Contacts: the hotline's number, then the shelter, which has none:
	 * how to find it follows as its detail. */
	assert_int_equal(count(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT), 2);
	assert_string_equal(x->blocks[contact].text.text, "Trafficking hotline: +00 000 000");
	assert_true(x->blocks[contact].emphasis);
	contact = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT, contact + 1);
	assert_string_equal(x->blocks[contact].text.text, "Shelter: no contact known");
	assert_false(x->blocks[contact].emphasis);
	assert_int_equal(x->blocks[contact + 1].role, EXPLAIN_DETAIL);
	assert_non_null(strstr(x->blocks[contact + 1].text.text, "search for \"Shelter\""));
	assert_null(x->find[0]);
	assert_ptr_equal(x->find[1], x->blocks[contact + 1].text.text);
	/* Elements: positive with the signs that made it so. */
	assert_string_equal(x->blocks[element].text.text, "Deceptive recruitment: positive");
	assert_true(x->blocks[element].emphasis);
	assert_int_equal(x->blocks[element + 1].role, EXPLAIN_SIGN);
	assert_int_equal(x->blocks[element + 1].depth, 1);
	assert_string_equal(x->blocks[element + 1].text.text,
			    "The job turned out to be different from the one promised. (strong)");
	assert_int_equal(count(x, EXPLAIN_PART_ADVICE, EXPLAIN_SIGN), 3);
	/* Each contact says how it was checked. */
	contact = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT, 0);
	assert_string_equal(x->blocks[contact + 1].text.text,
			    "Contact taken from a public source on 2024-05-01, not confirmed "
			    "with the operator.");
	/* The rule trace: the matched outcomes and what they rest on; a
	 * signal with the yes answers that made it hold. */
	assert_int_equal(count(x, EXPLAIN_PART_TRACE, EXPLAIN_OUTCOME), 2);
	assert_true(says(x, EXPLAIN_PART_TRACE, "Possible trafficking (Refer)"));
	assert_true(says(x, EXPLAIN_PART_TRACE, "Claim the wages (Refer)"));
	assert_true(count(x, EXPLAIN_PART_TRACE, EXPLAIN_REASON) >= 4);
	assert_true(says(x, EXPLAIN_PART_TRACE, "Deceptive recruitment is positive"));
	assert_true(says(x, EXPLAIN_PART_TRACE,
			 "Work without pay: answered yes to The person is not paid at all."));
	assert_true(says(x, EXPLAIN_PART_SOURCES, "Referral directory: International (any "
			 "country) (contacts taken from a public source on 2024-05-01"));
	/* Provenance only among the sources, with source titles, not ids. */
	assert_int_equal(count(x, EXPLAIN_PART_ADVICE, EXPLAIN_PROVENANCE), 0);
	assert_true(says(x, EXPLAIN_PART_SOURCES, "Our judgement: Leaving out the danger case is ours."));
	assert_false(says(x, EXPLAIN_PART_ADVICE, "Our judgement"));
	assert_false(says(x, EXPLAIN_PART_ADVICE, "Source:"));
	assert_true(says(x, EXPLAIN_PART_SOURCES, "Date: 2026-03-04"));
	/* No training parts. */
	assert_int_equal(count(x, EXPLAIN_PART_FEEDBACK, EXPLAIN_HEADING), 0);
	assert_int_equal(count(x, EXPLAIN_PART_DEBRIEF, EXPLAIN_HEADING), 0);
	explain_free(x);
	evaluation_free(e);
}

/* The outcome's own action, when the content gives one. */
static void action_from_content(void **state)
{
	static const char *const yes[] = { "work.false-job", "work.false-pay", "work.no-pay", NULL };
	struct ruleset *rs = &content->rulesets[0];
	struct outcome *o = NULL;
	struct evaluation *e = run(yes, NULL);
	struct explanation *x;

	(void)state;
	for (size_t i = 0; i < rs->n_outcomes; i++)
		if (!strcmp(rs->outcomes[i].id, "trafficking"))
			o = &rs->outcomes[i];
	if (!o)
		fail_msg("no outcome 'trafficking'");
	o->action = xstrdup("Refer now, with consent.");
	x = explain_new(&en, NULL, e, NULL, NULL);
	assert_string_equal(x->action, "Refer now, with consent.");
	assert_false(says(x, EXPLAIN_PART_SOURCES, "Date:"));
	explain_free(x);
	free(o->action);
	o->action = NULL;
	evaluation_free(e);
}

/* Urgent: the emergency contact first, whatever the referral order. */
static void urgent_contact_first(void **state)
{
	static const char *const yes[] = { "safety.danger", NULL };
	struct evaluation *e = run(yes, NULL);
	struct explanation *x;
	struct referral first;
	size_t c;

	(void)state;
	assert_int_equal(e->level, LEVEL_URGENT);
	assert_true(e->n_referrals >= 2);
	/* Put emergency last among the evaluation's referrals. */
	first = e->referrals[0];
	assert_string_equal(first.service_id, "emergency");
	memmove(&e->referrals[0], &e->referrals[1], (e->n_referrals - 1) * sizeof first);
	e->referrals[e->n_referrals - 1] = first;
	x = explain_new(&en, NULL, e, NULL, NULL);
	well_formed(x);
	assert_string_equal(x->symbol, "[!!]");
	c = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT, 0);
	assert_non_null(strstr(x->blocks[c].text.text, "Emergency"));
	assert_int_equal(x->blocks[find(x, EXPLAIN_PART_ADVICE, EXPLAIN_ACTION, 0)].level,
			 LEVEL_URGENT);
	explain_free(x);
	evaluation_free(e);
}

/* An emergency alert that holds at the end: its title set apart and its
 * text as what to do now, right under the level; its contacts first,
 * each named once; its source among the sources. */
static void emergency_alert_first(void **state)
{
	static const char *const yes[] = { "work.false-job", "work.false-pay", "work.no-pay", NULL };
	struct evaluation *e = run(yes, NULL);
	char id[] = "danger-now", key[] = "fixture-rules.danger-now";
	char title[] = "ALERT-TITLE Act now", text[] = "ALERT-TEXT Call the hotline.";
	char source[] = "fixture-rule", judgement[] = "ALERT-JUDGEMENT ours.";
	struct alert a = { .id = id, .key = key, .kind = ALERT_EMERGENCY, .title = title,
			   .text = text, .source = source, .judgement = judgement,
			   .rules = &content->rulesets[0] };
	struct explanation *x;
	size_t level, alert, action, c;

	(void)state;
	/* As evaluate() leaves it when the alert's `when` holds. */
	e->alerts[0].alert = &a;
	e->alerts[0].contacts = xcalloc(1, sizeof *e->alerts[0].contacts);
	referral_resolve(content, NULL, "hotline", &e->alerts[0].contacts[0]);
	e->alerts[0].n_contacts = 1;
	e->n_alerts = 1;
	x = explain_new(&en, NULL, e, NULL, NULL);
	well_formed(x);
	level = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_LEVEL, 0);
	alert = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_ALERT, 0);
	action = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_ACTION, 0);
	assert_int_equal(alert, level + 1);
	assert_int_equal(action, alert + 1);
	assert_string_equal(x->blocks[alert].text.text, "ALERT-TITLE Act now");
	assert_int_equal(x->blocks[alert].shape, EXPLAIN_NOTED);
	assert_int_equal(x->blocks[alert].level, LEVEL_URGENT);
	assert_string_equal(x->blocks[action].text.text, "ALERT-TEXT Call the hotline.");
	assert_string_equal(x->action, "ALERT-TEXT Call the hotline.");
	/* One "what to do now": the outcome's action gives way. */
	assert_int_equal(count(x, EXPLAIN_PART_ADVICE, EXPLAIN_ACTION), 1);
	/* The alert's contact first; the outcome's referral to the same
	 * service is not named twice; then the other referral. */
	c = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT, 0);
	assert_true(c > action);
	assert_string_equal(x->blocks[c].text.text, "Trafficking hotline: +00 000 000");
	assert_int_equal(count(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT), 2);
	c = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT, c + 1);
	assert_string_equal(x->blocks[c].text.text, "Shelter: no contact known");
	assert_true(c < find(x, EXPLAIN_PART_ADVICE, EXPLAIN_ELEMENT, 0));
	assert_true(says(x, EXPLAIN_PART_SOURCES, "ALERT-TITLE Act now"));
	assert_true(says(x, EXPLAIN_PART_SOURCES, "Our judgement: ALERT-JUDGEMENT ours."));
	explain_free(x);
	e->n_alerts = 0;
	free(e->alerts[0].contacts);
	evaluation_free(e);
}

/* Nothing answered: not enough answers, said as such, with the plural
 * form of the count; never an all-clear. */
static void insufficient(void **state)
{
	struct evaluation *e = run(NULL, NULL);
	struct explanation *x = explain_new(&en, NULL, e, NULL, NULL);
	size_t el;

	(void)state;
	well_formed(x);
	assert_true(e->insufficient);
	assert_true(says(x, EXPLAIN_PART_ADVICE, "There is not enough information"));
	el = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_ELEMENT, 0);
	assert_string_equal(x->blocks[el].text.text,
			    "Deceptive recruitment: not enough answers to decide");
	assert_int_equal(x->blocks[el + 1].role, EXPLAIN_NEED);
	assert_string_equal(x->blocks[el + 1].text.text,
			    "0 questions answered yes or no; 2 or more are needed to decide.");
	/* Two thresholds need 2 more signs each: both are named. */
	assert_true(says(x, EXPLAIN_PART_ADVICE, "It would be positive with 2 more strong signs, "
			 "or 1 more strong sign and 1 more medium sign."));
	explain_free(x);
	evaluation_free(e);
}

/* The person did not want to talk: said first among the notes, before
 * the reminder; never said otherwise. */
static void declined(void **state)
{
	struct evaluation *e = run(NULL, NULL);
	struct explanation *x = explain_new(&en, NULL, e, NULL, NULL);
	size_t note;

	(void)state;
	assert_false(says(x, EXPLAIN_PART_ADVICE, "did not want to talk"));
	explain_free(x);
	e->declined = true;
	x = explain_new(&en, NULL, e, NULL, NULL);
	well_formed(x);
	note = find(x, EXPLAIN_PART_ADVICE, EXPLAIN_NOTE, 0);
	assert_non_null(strstr(x->blocks[note].text.text, "The person did not want to talk now."));
	assert_non_null(strstr(x->blocks[note + 1].text.text, "This is a recommendation"));
	explain_free(x);
	evaluation_free(e);
}

/* One answer: the singular form. */
static void plural_forms(void **state)
{
	static const char *const no[] = { "work.false-job", NULL };
	struct evaluation *e = run(NULL, no);
	struct explanation *x = explain_new(&en, NULL, e, NULL, NULL);

	(void)state;
	assert_true(says(x, EXPLAIN_PART_ADVICE,
			 "1 question answered yes or no; 2 or more are needed to decide."));
	explain_free(x);
	evaluation_free(e);
}

/* No outcome at all: what to do says so, never "no indicators". */
static void no_outcome(void **state)
{
	static const char *const no[] = { "safety.danger", "work.false-job", "work.false-pay",
					  "work.no-pay", NULL };
	struct evaluation *e = run(NULL, no);
	struct explanation *x = explain_new(&en, NULL, e, NULL, NULL);

	(void)state;
	well_formed(x);
	assert_int_equal(e->level, LEVEL_NONE);
	assert_string_equal(x->symbol, "[-]");
	assert_non_null(strstr(x->action, "does not mean that the person is not a victim"));
	assert_int_equal(count(x, EXPLAIN_PART_ADVICE, EXPLAIN_CONTACT), 0);
	explain_free(x);
	evaluation_free(e);
}

/* Training: the feedback first, the debrief last; context items marked
 * yes are no mistake. Over the hand-built fixture, which has no catalog:
 * texts are catalog keys there. */
static void training_parts(void **state)
{
	static struct fixture fx;
	static char *debrief[] = { (char *)"Ask about the fee first." };
	static const int yes[] = { FIX_DANGER, FIX_R1, FIX_R2, FIX_E1, FIX_E2 };
	enum answer a[FIX_N_ITEMS];
	const struct checklist *lists[2];
	struct tr t;
	struct evaluation *e;
	struct feedback *fb;
	struct explanation *x;
	size_t extra;

	(void)state;
	fixture_init(&fx);
	fx.sc.debrief = debrief;
	fx.sc.n_debrief = 1;
	lists[0] = &fx.lists[0];
	lists[1] = &fx.lists[1];
	t = (struct tr){ &fx.c, NULL, NULL };
	fixture_answers(a, yes, 5);
	e = evaluate(&fx.c, lists, 2, a, NULL);
	fb = feedback_new(&fx.c, &fx.sc, a, e);
	x = explain_new(&t, &t, e, fb, NULL);
	feedback_free(fb);

	assert_int_equal(x->blocks[0].part, EXPLAIN_PART_FEEDBACK);
	assert_int_equal(x->blocks[0].shape, EXPLAIN_H1);
	assert_int_equal(x->blocks[x->n_blocks - 1].part, EXPLAIN_PART_DEBRIEF);
	assert_int_equal(x->blocks[x->n_blocks - 1].role, EXPLAIN_DEBRIEF);
	assert_string_equal(x->blocks[x->n_blocks - 1].text.text, "Ask about the fee first.");
	for (size_t i = 1; i < x->n_blocks; i++)
		assert_true(x->blocks[i].part >= x->blocks[i - 1].part);
	/* Found: the four indicators; extra: none, though sn.danger is yes. */
	assert_int_equal(count(x, EXPLAIN_PART_FEEDBACK, EXPLAIN_FEEDBACK) >= 4, 1);
	extra = 0;
	while (extra < x->n_blocks && strcmp(x->blocks[extra].text.text, "ui.train.fb.extra"))
		extra++;
	assert_true(extra + 1 < x->n_blocks);
	assert_string_equal(x->blocks[extra + 1].text.text, "ui.train.none");
	assert_false(says(x, EXPLAIN_PART_FEEDBACK, "sn.danger"));
	/* The result follows, and its level is the one the answers give. */
	assert_int_equal(x->blocks[find(x, EXPLAIN_PART_ADVICE, EXPLAIN_LEVEL, 0)].level,
			 LEVEL_URGENT);
	explain_free(x);
	evaluation_free(e);
}

static void names(void **state)
{
	(void)state;
	assert_string_equal(explain_part_to_str(EXPLAIN_PART_TRACE), "trace");
	assert_string_equal(explain_role_to_str(EXPLAIN_CONTACT), "contact");
	assert_string_equal(explain_role_to_str(EXPLAIN_ROLE_COUNT), "?");
	for (int l = 0; l < LEVEL_COUNT; l++)
		for (int k = 0; k < l; k++)
			assert_string_not_equal(explain_level_symbol((enum level)l),
						explain_level_symbol((enum level)k));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(refer_advice),
		cmocka_unit_test(action_from_content),
		cmocka_unit_test(urgent_contact_first),
		cmocka_unit_test(emergency_alert_first),
		cmocka_unit_test(insufficient),
		cmocka_unit_test(declined),
		cmocka_unit_test(plural_forms),
		cmocka_unit_test(no_outcome),
		cmocka_unit_test(training_parts),
		cmocka_unit_test(names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
