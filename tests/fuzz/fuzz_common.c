/* Shared by the fuzz targets: the base content set in a temporary folder, and what is done with loaded content. */
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "fuzz_common.h"
#include "tipcheck/catalog.h"
#include "tipcheck/diag.h"
#include "tipcheck/explain.h"
#include "tipcheck/feedback.h"
#include "tipcheck/form.h"
#include "tipcheck/json.h"
#include "tipcheck/loader.h"
#include "tipcheck/render.h"
#include "tipcheck/scenario.h"
#include "tipcheck/scenario_check.h"
#include "tipcheck/session.h"
#include "tipcheck/summary.h"
#include "tipcheck/training.h"
#include "tipcheck/xalloc.h"

#define BASE TIPCHECK_SOURCE_DATADIR "/tests/malformed/base"

struct file {
	char *rel;
	char *data;
	size_t len;
};

static struct {
	char dir[256];
	struct file *files;
	size_t n;
	const char **names;
	FILE *null;
} base;

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0;

	*len = 0;
	if (!f)
		abort();
	for (;;) {
		buf = xreallocarray(buf, cap + 4096, 1);
		size_t got = fread(buf + *len, 1, cap + 4096 - *len, f);

		cap += 4096;
		*len += got;
		if (got == 0)
			break;
	}
	fclose(f);
	return buf;
}

static int add_file(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type != FTW_F)
		return 0;
	base.files = xreallocarray(base.files, base.n + 1, sizeof *base.files);
	base.files[base.n].rel = xstrdup(path + strlen(BASE) + 1);
	base.files[base.n].data = slurp(path, &base.files[base.n].len);
	base.n++;
	return 0;
}

static int cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct file *)a)->rel, ((const struct file *)b)->rel);
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	return remove(path);
}

static void remove_copy(void)
{
	nftw(base.dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void write_file(const char *rel, const void *data, size_t len)
{
	char *path = xasprintf("%s/%s", base.dir, rel);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0 || (len && write(fd, data, len) != (ssize_t)len) || close(fd) != 0)
		abort();
	free(path);
}

/* The copy, made on first use: in /dev/shm when there is one (fast). */
static void setup(void)
{
	const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";

	if (base.n)
		return;
	if (nftw(BASE, add_file, 16, FTW_PHYS) != 0 || !base.n)
		abort();
	qsort(base.files, base.n, sizeof *base.files, cmp_file);
	base.names = xcalloc(base.n, sizeof *base.names);
	snprintf(base.dir, sizeof base.dir, "%s/tipcheck-fuzz-XXXXXX", tmp);
	if (!mkdtemp(base.dir))
		abort();
	atexit(remove_copy);
	for (size_t i = 0; i < base.n; i++) {
		char *path = xasprintf("%s/%s", base.dir, base.files[i].rel);

		base.names[i] = base.files[i].rel;
		for (char *s = strchr(path + strlen(base.dir) + 1, '/'); s; s = strchr(s + 1, '/')) {
			*s = '\0';
			mkdir(path, 0700);
			*s = '/';
		}
		free(path);
		write_file(base.files[i].rel, base.files[i].data, base.files[i].len);
	}
	base.null = fopen("/dev/null", "w");
	if (!base.null)
		abort();
}

const char *const *fuzz_base_files(size_t *n)
{
	setup();
	*n = base.n;
	return base.names;
}

FILE *fuzz_null(void)
{
	setup();
	return base.null;
}

uint32_t fuzz_seed(const uint8_t *data, size_t size)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	return h;
}

enum answer *fuzz_answers(const struct content *c, uint32_t seed)
{
	enum answer *a = xcalloc(c->n_items ? c->n_items : 1, sizeof *a);
	uint32_t x = seed | 1;

	for (size_t i = 0; i < c->n_items; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		a[i] = (enum answer)(x % ANSWER_COUNT);
	}
	return a;
}

static void summaries(const struct content *c, const struct tr *t, const enum answer *answers,
		      const struct directory *region)
{
	const struct checklist **all = xcalloc(c->n_checklists + 1, sizeof *all), **lists;
	struct evaluation *e;
	struct explanation *x;
	struct render_opts o;
	size_t n;

	for (size_t i = 0; i < c->n_checklists; i++)
		all[i] = &c->checklists[i];
	n = session_order_lists(c, all, c->n_checklists, &lists);
	e = evaluate(c, lists, n, answers, region);
	x = explain_new(t, t, e, NULL, "2026-03-04");
	render_opts_init(&o, t);
	o.region = region;
	for (int f = 0; f < FORMAT_COUNT; f++) {
		o.format = (enum render_format)f;
		form_render(base.null, c, lists, n, &o);
		summary_render(base.null, &o, x);
	}
	json_render_result(base.null, x);
	explain_free(x);
	evaluation_free(e);
	free(lists);
	free(all);
}

static void scenarios(const struct content *c, const struct tr *t)
{
	struct render_opts o;

	render_opts_init(&o, t);
	for (size_t i = 0; i < c->n_scenarios; i++) {
		const struct scenario *sc = &c->scenarios[i];
		const struct checklist **lists;
		size_t n = scenario_checklists(c, sc, &lists);
		enum answer *answers = scenario_answers(c, sc);
		struct evaluation *e = evaluate(c, lists, n, answers, NULL);
		struct feedback *fb = feedback_new(c, sc, answers, e);
		struct explanation *x = explain_new(t, t, e, fb, NULL);

		o.training = true;
		for (int f = 0; f < FORMAT_COUNT; f++) {
			o.format = (enum render_format)f;
			training_role_card(base.null, &o, sc);
			training_trainer_sheet(base.null, &o, sc);
			summary_render(base.null, &o, x);
		}
		explain_free(x);
		feedback_free(fb);
		evaluation_free(e);
		free(answers);
		free(lists);
	}
}

void fuzz_exercise(const struct content *c, uint32_t seed)
{
	struct diag_list d;
	enum answer *answers = fuzz_answers(c, seed);

	setup();
	diag_list_init(&d, 0);
	scenario_check_all(c, &d);
	diag_print(&d, base.null);
	diag_list_free(&d);
	for (size_t i = 0; i < c->n_catalogs; i++) {
		struct tr t;

		tr_init(&t, c, c->catalogs[i].lang);
		catalog_missing(c, &c->catalogs[i], NULL, NULL, NULL);
		summaries(c, &t, answers, c->n_directories ? &c->directories[seed %
							c->n_directories] : NULL);
		scenarios(c, &t);
	}
	free(answers);
}

int fuzz_load_with(const char *rel, const uint8_t *data, size_t size)
{
	const struct file *orig = NULL;
	struct diag_list d;
	struct content *c;

	setup();
	for (size_t i = 0; i < base.n; i++)
		if (!strcmp(base.files[i].rel, rel))
			orig = &base.files[i];
	write_file(rel, data, size);
	diag_list_init(&d, 0);
	c = loader_load(base.dir, &d);
	diag_print(&d, base.null);
	diag_list_free(&d);
	if (c)
		fuzz_exercise(c, fuzz_seed(data, size));
	content_free(c);
	if (orig) {
		write_file(rel, orig->data, orig->len);
	} else {
		char *path = xasprintf("%s/%s", base.dir, rel);

		unlink(path);
		free(path);
	}
	return 0;
}
