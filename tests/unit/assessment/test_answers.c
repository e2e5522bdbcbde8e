/* Unit tests: answers read as YAML (assess), over tests/fixtures/engine. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "engine.h"
#include "tipcheck/answers.h"
#include "tipcheck/session.h"

/* One read of text over the interview of the checklists named in ids
 * (comma-separated; `first` ones are added as an interview does). */
struct run {
	bool ok;
	struct diag_list d;
	enum answer *answers;
};

static void read_over(struct run *r, const struct content *c, const char *ids,
		      const char *text)
{
	const struct checklist *chosen[8], **lists;
	char buf[256], *save = NULL;
	size_t n = 0, n_lists;

	snprintf(buf, sizeof buf, "%s", ids);
	for (char *id = strtok_r(buf, ",", &save); id; id = strtok_r(NULL, ",", &save)) {
		chosen[n] = content_checklist(c, id);
		assert_non_null(chosen[n]);
		n++;
	}
	n_lists = session_order_lists(c, chosen, n, &lists);
	memset(&r->d, 0, sizeof r->d);
	diag_list_init(&r->d, DIAG_DEFAULT_MAX);
	r->answers = calloc(c->n_items, sizeof *r->answers);
	r->ok = answers_read(c, lists, n_lists, text, strlen(text), "<stdin>", r->answers,
			     &r->d);
	free(lists);
}

static void done(struct run *r)
{
	diag_list_free(&r->d);
	free(r->answers);
}

static enum answer answer_of(const struct content *c, const struct run *r, const char *key)
{
	const struct item *it = content_item(c, key, NULL);

	assert_non_null(it);
	return r->answers[it->index];
}

/* The one error of a failed read: its code, line, column and words. */
static void expect_error(const struct run *r, enum diag_code code, unsigned line,
			 unsigned col, const char *says)
{
	assert_false(r->ok);
	assert_int_equal(r->d.n_errors, 1);
	assert_int_equal(r->d.v[0].code, code);
	assert_string_equal(r->d.v[0].file, "<stdin>");
	assert_int_equal(r->d.v[0].line, line);
	assert_int_equal(r->d.v[0].col, col);
	if (!strstr(r->d.v[0].message, says))
		fail_msg("'%s' not in '%s'", says, r->d.v[0].message);
}

static void reads_answers(void **state)
{
	const struct content *c = *state;
	struct run r;

	read_over(&r, c, "labour",
		  "safety.danger: no\n"
		  "debt: yes\n"			/* bare: only labour has it */
		  "labour.no-pay: unknown\n"
		  "hours: not-asked\n");
	assert_true(r.ok);
	assert_int_equal(r.d.n, 0);
	assert_int_equal(answer_of(c, &r, "safety.danger"), ANSWER_NO);
	assert_int_equal(answer_of(c, &r, "labour.debt"), ANSWER_YES);
	assert_int_equal(answer_of(c, &r, "labour.no-pay"), ANSWER_UNKNOWN);
	assert_int_equal(answer_of(c, &r, "labour.hours"), ANSWER_NOT_ASKED);
	assert_int_equal(answer_of(c, &r, "labour.fees"), ANSWER_NOT_ASKED);
	done(&r);
}

/* A bare id is fine when only one checklist of the interview has it,
 * though another checklist of the content has it too. */
static void bare_id_of_the_interview(void **state)
{
	const struct content *c = *state;
	struct run r;

	read_over(&r, c, "child", "no-pay: yes\n");
	assert_true(r.ok);
	assert_int_equal(answer_of(c, &r, "child.no-pay"), ANSWER_YES);
	assert_int_equal(answer_of(c, &r, "labour.no-pay"), ANSWER_NOT_ASKED);
	done(&r);
}

static void empty_mapping(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "{}\n");
	assert_true(r.ok);
	done(&r);
}

static void unknown_item_suggests(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "debt: yes\ndebtt: no\n");
	expect_error(&r, DIAG_REFERENCE, 2, 1, "unknown item 'debtt'");
	expect_error(&r, DIAG_REFERENCE, 2, 1, "did you mean 'debt'?");
	expect_error(&r, DIAG_REFERENCE, 2, 1, "checklists of this interview: safety, labour");
	done(&r);
	read_over(&r, *state, "labour", "labor.debt: yes\n");
	expect_error(&r, DIAG_REFERENCE, 1, 1, "did you mean 'labour.debt'?");
	done(&r);
	read_over(&r, *state, "labour", "nothing-like-it: yes\n");
	expect_error(&r, DIAG_REFERENCE, 1, 1, "unknown item 'nothing-like-it'");
	assert_null(strstr(r.d.v[0].message, "did you mean"));
	done(&r);
}

/* An item of the content, but of a checklist this interview leaves out. */
static void item_of_another_checklist(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "child.no-school: yes\n");
	expect_error(&r, DIAG_REFERENCE, 1, 1, "unknown item 'child.no-school'");
	done(&r);
	read_over(&r, *state, "labour", "no-school: yes\n");
	expect_error(&r, DIAG_REFERENCE, 1, 1, "unknown item 'no-school'");
	done(&r);
}

static void ambiguous_bare_id(void **state)
{
	struct run r;

	read_over(&r, *state, "labour,child", "debt: no\nno-pay: yes\n");
	expect_error(&r, DIAG_REFERENCE, 2, 1,
		     "item 'no-pay' is in more than one checklist (labour, child); "
		     "write it as CHECKLIST.no-pay");
	done(&r);
}

static void bad_answer_word(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "debt: yse\n");
	expect_error(&r, DIAG_VALUE, 1, 7, "invalid answer 'yse' for 'debt'");
	expect_error(&r, DIAG_VALUE, 1, 7, "did you mean 'yes'?");
	done(&r);
	read_over(&r, *state, "labour", "debt: perhaps\n");
	expect_error(&r, DIAG_VALUE, 1, 7,
		     "invalid answer 'perhaps' for 'debt' (expected one of: yes, no, unknown, "
		     "not-asked)");
	assert_null(strstr(r.d.v[0].message, "did you mean"));
	done(&r);
}

static void answer_not_a_word(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "debt:\n  - yes\n");
	expect_error(&r, DIAG_TYPE, 2, 3, "expected an answer for 'debt'");
	done(&r);
}

/* The same item twice, under two spellings (the YAML reader catches the
 * same key twice). */
static void duplicate(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "debt: yes\nfees: no\nlabour.debt: no\n");
	expect_error(&r, DIAG_DUPLICATE, 3, 1,
		     "duplicate answer for 'labour.debt' (first given on line 1)");
	done(&r);
	read_over(&r, *state, "labour", "debt: yes\ndebt: no\n");
	expect_error(&r, DIAG_DUPLICATE, 2, 1, "duplicate");
	done(&r);
}

static void not_a_mapping(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "- debt\n- fees\n");
	expect_error(&r, DIAG_TYPE, 1, 1, "expected a mapping of item: answer");
	done(&r);
	read_over(&r, *state, "labour", "yes\n");
	expect_error(&r, DIAG_TYPE, 1, 1, "not a string");
	done(&r);
}

/* The YAML reader's errors come through with their positions. */
static void yaml_errors(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "debt: &a yes\nfees: *a\n");
	assert_false(r.ok);
	assert_int_equal(r.d.v[0].code, DIAG_ALIAS);
	done(&r);
	read_over(&r, *state, "labour", "debt: yes\nfees: [no\n");
	assert_false(r.ok);
	assert_int_equal(r.d.v[0].code, DIAG_SYNTAX);
	done(&r);
	read_over(&r, *state, "labour", "");
	assert_false(r.ok);
	assert_int_equal(r.d.v[0].code, DIAG_EMPTY);
	done(&r);
}

/* Every error is reported, not only the first. */
static void all_errors(void **state)
{
	struct run r;

	read_over(&r, *state, "labour", "debtt: yes\nfees: maybe\nhours: [yes]\n");
	assert_false(r.ok);
	assert_int_equal(r.d.n_errors, 3);
	assert_int_equal(r.d.v[0].line, 1);
	assert_int_equal(r.d.v[1].line, 2);
	assert_int_equal(r.d.v[2].line, 3);
	done(&r);
}

/* All or nothing: a read with an error leaves the answers as they were. */
static void untouched_on_error(void **state)
{
	const struct content *c = *state;
	const struct checklist *labour = content_checklist(c, "labour"), **lists;
	size_t n = session_order_lists(c, &labour, 1, &lists);
	enum answer *a = calloc(c->n_items, sizeof *a);
	const char *text = "debt: yes\nfees: nope\n";
	struct diag_list d = { 0 };

	diag_list_init(&d, DIAG_DEFAULT_MAX);
	a[content_item(c, "labour.debt", NULL)->index] = ANSWER_UNKNOWN;
	assert_false(answers_read(c, lists, n, text, strlen(text), "<stdin>", a, &d));
	assert_int_equal(a[content_item(c, "labour.debt", NULL)->index], ANSWER_UNKNOWN);
	diag_list_free(&d);
	free(a);
	free(lists);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_answers),
		cmocka_unit_test(bare_id_of_the_interview),
		cmocka_unit_test(empty_mapping),
		cmocka_unit_test(unknown_item_suggests),
		cmocka_unit_test(item_of_another_checklist),
		cmocka_unit_test(ambiguous_bare_id),
		cmocka_unit_test(bad_answer_word),
		cmocka_unit_test(answer_not_a_word),
		cmocka_unit_test(duplicate),
		cmocka_unit_test(not_a_mapping),
		cmocka_unit_test(yaml_errors),
		cmocka_unit_test(all_errors),
		cmocka_unit_test(untouched_on_error),
	};

	return cmocka_run_group_tests(tests, engine_load, engine_unload);
}
