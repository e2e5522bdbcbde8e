/* Fuzz target: answers as YAML (assess) over the shipped content, explained in every format. */
#include <stdlib.h>

#include "config.h"
#include "fuzz_common.h"
#include "tipcheck/answers.h"
#include "tipcheck/catalog.h"
#include "tipcheck/loader.h"
#include "tipcheck/render.h"
#include "tipcheck/session.h"
#include "tipcheck/explain.h"
#include "tipcheck/feedback.h"
#include "tipcheck/json.h"
#include "tipcheck/summary.h"
#include "tipcheck/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct content *shipped;
static const struct checklist **lists;
static size_t n_lists;

static void load_shipped(void)
{
	const struct checklist **all;
	struct diag_list d;

	diag_list_init(&d, 0);
	shipped = loader_load(TIPCHECK_SOURCE_DATADIR, &d);
	diag_list_free(&d);
	if (!shipped)
		abort();
	all = xcalloc(shipped->n_checklists, sizeof *all);
	for (size_t i = 0; i < shipped->n_checklists; i++)
		all[i] = &shipped->checklists[i];
	n_lists = session_order_lists(shipped, all, shipped->n_checklists, &lists);
	free(all);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint32_t seed = fuzz_seed(data, size);
	struct diag_list d;
	enum answer *answers;

	if (!shipped)
		load_shipped();
	answers = xcalloc(shipped->n_items, sizeof *answers);
	diag_list_init(&d, 0);
	if (answers_read(shipped, lists, n_lists, (const char *)data, size, "<stdin>", answers,
			 &d)) {
		const struct directory *region = &shipped->directories[seed %
								       shipped->n_directories];
		const struct catalog *cat = &shipped->catalogs[seed % shipped->n_catalogs];
		struct evaluation *e = evaluate(shipped, lists, n_lists, answers, region);
		struct explanation *x;
		struct render_opts o;
		struct tr t;

		tr_init(&t, shipped, cat->lang);
		x = explain_new(&t, &t, e, NULL, "2026-03-04");
		render_opts_init(&o, &t);
		o.region = region;
		o.page_length = seed % 2 ? 66 : 0;
		for (int f = 0; f < FORMAT_COUNT; f++) {
			o.format = (enum render_format)f;
			summary_render(fuzz_null(), &o, x);
		}
		json_render_result(fuzz_null(), x);
		explain_free(x);
		if (shipped->n_scenarios) {
			const struct scenario *sc = &shipped->scenarios[seed % shipped->n_scenarios];
			struct feedback *fb = feedback_new(shipped, sc, answers, e);
			struct explanation *tx = explain_new(&t, &t, e, fb, "2026-03-04");
			struct summary_doc doc = { &o, tx };

			feedback_free(fb);
			o.training = true;
			for (int f = 0; f < FORMAT_COUNT; f++)
				summary_render_to(fuzz_null(), (enum render_format)f, &doc);
			explain_free(tx);
		}
		evaluation_free(e);
	}
	diag_print(&d, fuzz_null());
	diag_list_free(&d);
	free(answers);
	return 0;
}
