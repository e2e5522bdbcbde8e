/* Benchmark: loading the shipped content, and a generated 10,000-item
 * checklist over the base fixture. Prints the best of 5 loads in
 * milliseconds and the peak memory. Targets: 10 ms, 100 ms, 32 MiB. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "tipcheck/loader.h"
#include "tipcheck/xalloc.h"

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long peak_kib(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* Best of 5 runs, in ms; fails when the content does not load. */
static double time_load(const char *dir)
{
	double best = 1e9;

	for (int i = 0; i < 5; i++) {
		struct diag_list d;
		double t0 = now_ms();
		struct content *c;

		diag_list_init(&d, 20);
		c = loader_load(dir, &d);
		if (!c) {
			diag_print(&d, stderr);
			exit(1);
		}
		if (now_ms() - t0 < best)
			best = now_ms() - t0;
		content_free(c);
		diag_list_free(&d);
	}
	return best;
}

int main(void)
{
	const char *src = getenv("TIPCHECK_SRC");
	char tmpl[] = "/tmp/tipcheck-bench-XXXXXX";
	char *dir = mkdtemp(tmpl), *cmd, *path;
	FILE *f;

	if (!src || !dir)
		return 1;
	printf("shipped content: %.2f ms\n", time_load(src));
	cmd = xasprintf("cp -r '%s/tests/malformed/base/.' '%s'", src, dir);
	if (system(cmd))
		return 1;
	free(cmd);
	path = xasprintf("%s/indicators/checklists/big.yaml", dir);
	f = fopen(path, "w");
	fputs("schema: 1\nid: big\ntitle: Big\naudience: any\nversion: \"1\"\n"
	      "sources: [src-a]\nrules: main\nsections:\n", f);
	for (int s = 0; s < 100; s++) {
		fprintf(f, "- id: s%d\n  title: T\n  items:\n", s);
		/* Flow style keeps 10,000 items under the 1 MiB file limit; all
		 * but the first item of a section hang on the first. */
		fprintf(f, "  - {id: i%d, strength: weak, sign: S, guidance: G, source: src-a}\n",
			s * 100);
		for (int i = 1; i < 100; i++)
			fprintf(f, "  - {id: i%d, strength: weak, sign: S, guidance: G, "
				"source: src-a, show_if: {answered: i%d}}\n", s * 100 + i, s * 100);
	}
	fclose(f);
	free(path);
	printf("10,000-item checklist: %.2f ms\n", time_load(dir));
	printf("peak memory of this process: %ld KiB\n", peak_kib());
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd))
		return 1;
	free(cmd);
	return 0;
}
