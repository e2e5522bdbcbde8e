/* Unit tests: following the printed tally sheet by hand gives what evaluate() gives, on the shipped content. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/loader.h"
#include "tipcheck/tally.h"

#define TICK_SETS 2000

static int load(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d = { 0 };

	diag_list_init(&d, DIAG_DEFAULT_MAX);
	*state = loader_load(src ? src : ".", &d);
	if (!*state)
		diag_print(&d, stderr);
	diag_list_free(&d);
	return *state ? 0 : -1;
}

static int unload(void **state)
{
	content_free(*state);
	return 0;
}

/* A small deterministic generator, so that a failure can be replayed. */
static uint32_t next(uint32_t *seed)
{
	*seed = *seed * 1664525u + 1013904223u;
	return *seed >> 8;
}

/* The checklists a form of cl prints: the `first` ones, then cl. */
static size_t form_lists(const struct content *c, const struct checklist *cl,
			 const struct checklist **lists)
{
	size_t n = 0;

	for (size_t i = 0; i < c->n_checklists; i++)
		if (c->checklists[i].first)
			lists[n++] = &c->checklists[i];
	for (size_t i = 0; i < n; i++)
		if (lists[i] == cl)
			return n;
	lists[n++] = cl;
	return n;
}

static bool outcome_matched(const struct evaluation *e, const struct outcome *o)
{
	for (size_t i = 0; i < e->n_outcomes; i++)
		if (e->outcomes[i].outcome == o)
			return true;
	return false;
}

/* Random tick sets for every shipped checklist: the level and every
 * outcome are the same by hand and by evaluate(). A third of the sets
 * tick every box at random, a third leave most boxes blank (short
 * interviews, undecided elements), a third leave the `first` checklists
 * blank and tick the others mostly "not present" (the low levels). */
static void sheet_equals_evaluate(void **state)
{
	const struct content *c = *state;
	uint32_t seed = 20261205;

	assert_true(c->n_checklists > 0);
	for (size_t k = 0; k < c->n_checklists; k++) {
		const struct checklist **lists = calloc(c->n_checklists, sizeof *lists);
		size_t n = form_lists(c, &c->checklists[k], lists);
		struct tally *t = tally_new(c, lists, n);
		enum answer *ticks = calloc(t->n_items + 1, sizeof *ticks);
		enum answer *answers = calloc(c->n_items + 1, sizeof *answers);
		bool *matched = calloc(t->n_rows + 1, sizeof *matched);
		size_t by_level[LEVEL_COUNT] = { 0 };

		assert_true(t->n_rows > 0);
		for (unsigned run = 0; run < TICK_SETS; run++) {
			unsigned mode = run % 3;
			struct evaluation *e;
			enum level level;

			memset(answers, 0, c->n_items * sizeof *answers);
			for (size_t i = 0; i < t->n_items; i++) {
				uint32_t r = next(&seed) % (mode == 1 ? 12 : mode == 2 ? 24 : 4);

				if (mode == 2)
					r = t->items[i]->checklist->first ? 0 : r < 1 ? ANSWER_YES
						: r < 3 ? ANSWER_UNKNOWN : ANSWER_NO;
				ticks[i] = r < 4 ? (enum answer)r : ANSWER_NOT_ASKED;
				answers[t->items[i]->index] = ticks[i];
			}
			e = evaluate(c, lists, n, answers, NULL);
			level = tally_follow(t, ticks, matched);
			if (level != e->level)
				fail_msg("%s, set %u: by hand %d, evaluate %d", c->checklists[k].id,
					 run, (int)level, (int)e->level);
			for (size_t r = 0; r < t->n_rows; r++)
				if (matched[r] != outcome_matched(e, t->rows[r].outcome))
					fail_msg("%s, set %u: outcome %s by hand %d", c->checklists[k].id,
						 run, t->rows[r].outcome->id, matched[r]);
			by_level[level]++;
			evaluation_free(e);
		}
		printf("%s: %d tick sets; levels none %zu, inform %zu, refer-further %zu, "
		       "refer %zu, urgent %zu\n", c->checklists[k].id, TICK_SETS,
		       by_level[LEVEL_NONE], by_level[LEVEL_INFORM], by_level[LEVEL_REFER_FURTHER],
		       by_level[LEVEL_REFER], by_level[LEVEL_URGENT]);
		free(matched);
		free(answers);
		free(ticks);
		tally_free(t);
		free(lists);
	}
}

/* A decision row comes after every row its condition names. */
static void rows_in_order(void **state)
{
	const struct content *c = *state;

	for (size_t k = 0; k < c->n_checklists; k++) {
		const struct checklist *cl = &c->checklists[k];
		struct tally *t = tally_new(c, &cl, 1);

		for (size_t r = 0; r < t->n_rows; r++) {
			const struct pen *stack[64];
			size_t top = 0;

			stack[top++] = t->rows[r].when;
			while (top) {
				const struct pen *p = stack[--top];

				if (p->kind == PEN_ROW)
					assert_true(p->row < r);
				for (size_t i = 0; i < p->n_children && top < 64; i++)
					stack[top++] = p->children[i];
			}
		}
		tally_free(t);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sheet_equals_evaluate),
		cmocka_unit_test(rows_in_order),
	};

	return cmocka_run_group_tests(tests, load, unload);
}
