/* Benchmark: load and validate a content directory, then run a whole interview over it. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "tipcheck/content_check.h"
#include "tipcheck/diag.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/loader.h"
#include "tipcheck/safety_check.h"
#include "tipcheck/session.h"
#include "tipcheck/xalloc.h"

/* Peak resident set of this program, in KiB. Not getrusage's ru_maxrss:
 * that survives exec and would report the parent's peak (python). */
static long peak_rss_kib(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kib = -1;

	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "VmHWM: %ld kB", &kib) == 1)
			break;
	if (f)
		fclose(f);
	return kib;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Prints "load_ms=... steps=... interview_ms=... evaluate_ms=... safety_ms=...
 * peak_rss_kib=...":
 * the best of RUNS loads (default 5), then one interview answering every item yes
 * (with progress asked at each step, as the front ends do) and an
 * evaluation of the full set of answers, then the best of RUNS runs of the
 * safety property checks (safety_check.h). */
int main(int argc, char **argv)
{
	struct diag_list d = { 0 };
	struct content *c = NULL;
	double best = 1e12, t0, t_int, t_eval;
	int runs = argc > 2 && atoi(argv[2]) > 0 ? atoi(argv[2]) : 5;
	struct session *s;
	struct evaluation *e;
	size_t steps = 0, n, m;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_engine DATADIR [RUNS]\n");
		return 2;
	}
	for (int i = 0; i < runs; i++) {
		diag_list_init(&d, DIAG_DEFAULT_MAX);
		t0 = now_ms();
		c = loader_load(argv[1], &d);
		t0 = now_ms() - t0;
		if (!c) {
			diag_print(&d, stderr);
			diag_list_free(&d);
			return 1;
		}
		diag_list_free(&d);
		if (t0 < best)
			best = t0;
		if (i + 1 < runs)
			content_free(c);
	}
	if (!c)
		return 1;

	const struct checklist **all = xcalloc(c->n_checklists + 1, sizeof *all);
	for (size_t i = 0; i < c->n_checklists; i++)
		all[i] = &c->checklists[i];
	t0 = now_ms();
	s = session_new(c, all, c->n_checklists, SITUATION_ADULT);
	while (session_state(s) == SESSION_STEP) {
		struct session_event ev = { .kind = SESSION_EV_NEXT };

		session_progress(s, &n, &m);
		if (session_item(s))
			ev = (struct session_event){ .kind = SESSION_EV_ANSWER, .answer = ANSWER_YES };
		session_handle(s, ev);
		steps++;
	}
	t_int = now_ms() - t0;
	t0 = now_ms();
	e = session_evaluate(s, NULL);
	t_eval = now_ms() - t0;
	/* The safety properties `check` proves, best of RUNS. */
	double t_safety = 1e12;
	struct safety_stats st = { 0 };

	for (int i = 0; i < runs; i++) {
		struct safety_stats one = { 0 };

		diag_list_init(&d, DIAG_DEFAULT_MAX);
		t0 = now_ms();
		safety_check_all(c, NULL, &d, &one);
		t0 = now_ms() - t0;
		diag_list_free(&d);
		if (t0 < t_safety)
			t_safety = t0;
		st = one;
	}
	/* The warnings `check` adds (reachability, signal words). */
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	t0 = now_ms();
	content_check(c, &d);
	double t_lint = now_ms() - t0;

	diag_list_free(&d);
	printf("items=%zu load_ms=%.2f steps=%zu interview_ms=%.2f evaluate_ms=%.2f "
	       "level=%s safety_ms=%.2f safety_sets=%u safety_evaluations=%lu lint_ms=%.2f "
	       "peak_rss_kib=%ld\n", c->n_items, best, steps, t_int, t_eval,
	       level_to_str(e->level), t_safety, st.sets, st.evaluations, t_lint,
	       peak_rss_kib());
	evaluation_free(e);
	session_free(s);
	free(all);
	content_free(c);
	return 0;
}
