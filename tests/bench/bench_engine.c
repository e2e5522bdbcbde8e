/* Benchmark helper: loading, an interview and the safety checks in one process, and the items of a checklist. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tipcheck/content_check.h"
#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/loader.h"
#include "tipcheck/safety_check.h"
#include "tipcheck/session.h"
#include "tipcheck/xalloc.h"

/* CPU time of this process in milliseconds: the machine is shared, and
 * waiting for a core is not our cost. */
static double cpu_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static struct content *load(const char *dir)
{
	struct diag_list d;
	struct content *c;

	diag_list_init(&d, DIAG_DEFAULT_MAX);
	c = loader_load(dir, &d);
	if (!c)
		diag_print(&d, stderr);
	diag_list_free(&d);
	return c;
}

/* "ID<TAB>SIGN" for each item of the checklist: the items dialog is given. */
static int items(const char *dir, const char *id)
{
	struct content *c = load(dir);
	const struct checklist *cl = c ? content_checklist(c, id) : NULL;

	if (!cl) {
		fprintf(stderr, "bench_engine: no checklist '%s'\n", id);
		content_free(c);
		return 1;
	}
	for (size_t s = 0; s < cl->n_sections; s++)
		for (size_t i = 0; i < cl->sections[s].n_items; i++)
			printf("%s\t%s\n", cl->sections[s].items[i].id, cl->sections[s].items[i].sign);
	content_free(c);
	return 0;
}

/*
 * One interview over every checklist, answering each item (yes and no in
 * turn) with progress asked at every step as the front ends do, then an
 * evaluation of all the answers, the safety property checks and the
 * content warnings of `check`. Prints key=value figures: CPU milliseconds
 * of each part and the CPU nanoseconds per interview step.
 */
static int engine(const char *dir)
{
	double t0, t_load, t_int, t_eval, t_safety, t_lint;
	struct content *c;
	const struct checklist **all;
	struct session *s;
	struct evaluation *e;
	struct diag_list d;
	struct safety_stats st = { 0 };
	size_t steps = 0, n, m;

	t0 = cpu_ms();
	c = load(dir);
	t_load = cpu_ms() - t0;
	if (!c)
		return 1;
	all = xcalloc(c->n_checklists + 1, sizeof *all);
	for (size_t i = 0; i < c->n_checklists; i++)
		all[i] = &c->checklists[i];
	t0 = cpu_ms();
	s = session_new(c, all, c->n_checklists, SITUATION_ADULT);
	while (session_state(s) == SESSION_STEP) {
		struct session_event ev = { .kind = SESSION_EV_NEXT };

		session_progress(s, &n, &m);
		if (session_alert(s))
			ev = (struct session_event){ .kind = SESSION_EV_ALERT,
						     .index = SESSION_ALERT_CONTINUE };
		else if (session_item(s))
			ev = (struct session_event){ .kind = SESSION_EV_ANSWER,
						     .answer = steps % 2 ? ANSWER_NO : ANSWER_YES };
		session_handle(s, ev);
		steps++;
	}
	t_int = cpu_ms() - t0;
	t0 = cpu_ms();
	e = session_evaluate(s, NULL);
	t_eval = cpu_ms() - t0;
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	t0 = cpu_ms();
	safety_check_all(c, NULL, &d, &st);
	t_safety = cpu_ms() - t0;
	diag_list_free(&d);
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	t0 = cpu_ms();
	content_check(c, &d);
	t_lint = cpu_ms() - t0;
	diag_list_free(&d);
	printf("items=%zu load_ms=%.2f steps=%zu interview_ms=%.2f step_ns=%.0f evaluate_ms=%.2f "
	       "level=%s safety_ms=%.2f safety_sets=%u safety_evaluations=%lu lint_ms=%.2f\n",
	       c->n_items, t_load, steps, t_int, steps ? t_int * 1e6 / (double)steps : 0.0,
	       t_eval, level_to_str(e->level), t_safety, st.sets, st.evaluations, t_lint);
	evaluation_free(e);
	session_free(s);
	free(all);
	content_free(c);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "load")) {
		struct content *c = load(argv[2]);

		if (!c)
			return 1;
		printf("items=%zu\n", c->n_items);
		content_free(c);
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "items"))
		return items(argv[2], argv[3]);
	if (argc == 3 && !strcmp(argv[1], "engine"))
		return engine(argv[2]);
	fprintf(stderr, "usage: bench_engine load DIR | items DIR CHECKLIST | engine DIR\n");
	return 2;
}
