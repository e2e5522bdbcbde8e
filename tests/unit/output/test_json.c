/* Unit tests: the result as JSON (doc/json.md): the fields of schema 1 and the additions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/json.h"
#include "tipcheck/loader.h"
#include "tipcheck/session.h"
#include "tipcheck/xalloc.h"

static char *render(const char *const *yes, int *rc)
{
	const char *src = getenv("TIPCHECK_SRC");
	char *dir = xasprintf("%s/tests/fixtures/print", src ? src : ".");
	struct diag_list d;
	struct content *c;
	const struct checklist *work, **lists;
	enum answer *a;
	struct evaluation *e;
	struct explanation *x;
	struct tr t;
	char *buf = NULL;
	size_t len = 0, n;
	FILE *m;

	diag_list_init(&d, DIAG_DEFAULT_MAX);
	c = loader_load(dir, &d);
	diag_list_free(&d);
	free(dir);
	assert_non_null(c);
	work = content_checklist(c, "work");
	n = session_order_lists(c, &work, 1, &lists);
	a = xcalloc(c->n_items, sizeof *a);
	for (; *yes; yes++)
		a[content_item(c, *yes, NULL)->index] = ANSWER_YES;
	e = evaluate(c, lists, n, a, NULL);
	tr_init(&t, c, "en");
	x = explain_new(&t, NULL, e, NULL, "2026-03-04");
	m = open_memstream(&buf, &len);
	*rc = json_render_result(m, x);
	fclose(m);
	explain_free(x);
	evaluation_free(e);
	free(a);
	free(lists);
	content_free(c);
	return buf;
}

/* Every key of schema 1 still there, in its order; the additions too. */
static void fields(void **state)
{
	static const char *const yes[] = { "work.false-job", "work.false-pay", "work.no-pay", NULL };
	static const char *const keys[] = {
		"\"tipcheck\": ", "\"schema\": 1", "\"lang\": \"en\"", "\"date\": \"2026-03-04\"",
		"\"level\": \"refer\"", "\"symbol\": \"[!]\"",
		"\"action\": \"Refer to the national referral mechanism.\"",
		"\"insufficient\": false", "\"recommendation_only\": true", "\"checklists\": [",
		"\"region\": \"international\"", "\"counts\": {", "\"elements\": [",
		"\"outcomes\": [", "\"reasons\": [",
		"{ \"kind\": \"signal\", \"ref\": \"unpaid\", \"value\": true, \"negated\": false, "
		"\"items\": [ \"work.no-pay\" ] }",
		"\"referrals\": [",
		"\"checked\": { \"how\": \"public-source\", \"date\": \"2024-05-01\", \"by\": null }",
		"\"police\": false", "\"find\": null",
		"\"find\": \"How to find it: search for \\\"Shelter\\\"", "\"alerts\": []",
		"\"notices\": [",
		"\"explanation\": [",
		"{ \"part\": \"advice\", \"role\": \"level\", \"depth\": 0, \"label\": null, "
		"\"text\": \"Recommendation: [!] Refer\" }",
		"\"role\": \"action\", \"depth\": 0, \"label\": \"What to do now\"",
		"\"part\": \"trace\", \"role\": \"outcome\"",
		"\"part\": \"sources\", \"role\": \"provenance\"",
	};
	int rc;
	char *s = render(yes, &rc);
	const char *at = s;

	(void)state;
	assert_int_equal(rc, 0);
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *p = strstr(at, keys[i]);

		if (!p)
			fail_msg("no %s (in order) in:\n%s", keys[i], s);
		at = p;
	}
	assert_int_equal(s[strlen(s) - 1], '\n');
	assert_int_equal(s[strlen(s) - 2], '}');
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fields),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
