/* Unit tests: content in layers (the base set of the malformed corpus, with layers laid over it in temporary folders). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "tipcheck/loader.h"
#include "tipcheck/xalloc.h"

#define MAX_LAYERS 4

struct fixture {
	char *roots[MAX_LAYERS];	/* [0] the base (in the source tree); then temporary */
	size_t n;
	struct diag_list d;
};

static int setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof *fx);
	const char *src = getenv("TIPCHECK_SRC");

	fx->roots[fx->n++] = xasprintf("%s/tests/malformed/base", src ? src : ".");
	diag_list_init(&fx->d, 100);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;

	for (size_t i = 1; i < fx->n; i++) {
		char *cmd = xasprintf("rm -rf '%s'", fx->roots[i]);

		assert_int_equal(system(cmd), 0);
		free(cmd);
	}
	for (size_t i = 0; i < fx->n; i++)
		free(fx->roots[i]);
	diag_list_free(&fx->d);
	free(fx);
	return 0;
}

/* A new empty layer on top; returns its root. */
static const char *add_layer(struct fixture *fx)
{
	char tmpl[] = "/tmp/tipcheck-layer-XXXXXX";

	assert_true(fx->n < MAX_LAYERS);
	assert_non_null(mkdtemp(tmpl));
	fx->roots[fx->n] = xstrdup(tmpl);
	return fx->roots[fx->n++];
}

/* Writes text to ROOT/rel, making its folders. */
static void put(const char *root, const char *rel, const char *text)
{
	char *path = xasprintf("%s/%s", root, rel);
	char *cmd = xasprintf("mkdir -p \"$(dirname '%s')\"", path);
	FILE *f;

	assert_int_equal(system(cmd), 0);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	free(cmd);
	free(path);
}

static struct content *load(struct fixture *fx)
{
	return loader_load_layers((const char *const *)fx->roots, fx->n, &fx->d);
}

static const char *directory_text(const char *id, const char *region)
{
	static char buf[512];

	snprintf(buf, sizeof buf,
		 "schema: 1\nid: %s\nregion: %s\n"
		 "checked: { how: public-source, date: 2025-03-01 }\n"
		 "sources: [https://example.org/%s]\n"
		 "services:\n  - id: line\n    name: A line\n    contact: \"0800 111\"\n",
		 id, region, id);
	return buf;
}

/* Whether a diagnostic of fx names file (its full path), with a line when
 * with_line. */
static bool names_file(const struct fixture *fx, const char *file, bool with_line)
{
	for (size_t i = 0; i < fx->d.n; i++)
		if (!strcmp(fx->d.v[i].file, file) && (!with_line || fx->d.v[i].line > 0))
			return true;
	return false;
}

/* A layer adds a directory beside the base's; the content knows which
 * layer each came from. */
static void adds_a_file(void **state)
{
	struct fixture *fx = *state;
	const char *top = add_layer(fx);
	struct content *c;

	put(top, "indicators/referrals/ngo.yaml", directory_text("ngo", "Our town"));
	c = load(fx);
	assert_non_null(c);
	assert_int_equal(fx->d.n_errors, 0);
	assert_int_equal(c->n_layers, 2);
	assert_int_equal(c->n_directories, 3);
	assert_string_equal(content_directory(c, "ngo")->region, "Our town");
	assert_int_equal(content_layer_of(c, content_directory(c, "ngo")->path), 1);
	assert_int_equal(content_layer_of(c, content_directory(c, "local")->path), 0);
	assert_int_equal(content_layer_of(c, content_checklist(c, "work")->path), 0);
	assert_int_equal(c->changed_layer, 0);
	content_free(c);
}

/* The topmost layer's file of a folder and name wins, whatever the order
 * the layers were written in. */
static void later_layer_replaces(void **state)
{
	struct fixture *fx = *state;
	const char *mid = add_layer(fx), *top = add_layer(fx);
	struct content *c;

	put(top, "indicators/referrals/local.yaml", directory_text("local", "Top"));
	put(mid, "indicators/referrals/local.yaml", directory_text("local", "Middle"));
	put(mid, "indicators/referrals/ngo.yaml", directory_text("ngo", "Middle only"));
	put(mid, "translations/fr.yaml", "schema: 1\nlanguage: fr\nname: Fran\xc3\xa7" "ais\n"
	    "status: draft\nstrings:\n  local.hotline.name: Ligne d'aide\n");
	c = load(fx);
	assert_non_null(c);
	/* The smaller file above leaves the translations beneath naming
	 * services it no longer has: not an error of theirs. */
	assert_int_equal(fx->d.n_errors, 0);
	assert_int_equal(c->changed_layer, 2);
	assert_int_equal(c->n_directories, 3);
	assert_string_equal(content_directory(c, "local")->region, "Top");
	assert_int_equal(content_layer_of(c, content_directory(c, "local")->path), 2);
	assert_int_equal(content_directory(c, "local")->n_services, 1);
	assert_string_equal(content_directory(c, "ngo")->region, "Middle only");
	assert_int_equal(content_layer_of(c, content_directory(c, "ngo")->path), 1);
	content_free(c);
}

/* A file holding only `remove: true` takes out the file beneath; a later
 * layer can bring one back. */
static void removes_and_restores(void **state)
{
	struct fixture *fx = *state;
	const char *mid = add_layer(fx);
	struct content *c;

	put(mid, "indicators/referrals/local.yaml", "remove: true\n");
	c = load(fx);
	assert_non_null(c);
	assert_int_equal(fx->d.n_errors, 0);
	assert_null(content_directory(c, "local"));
	assert_non_null(content_directory(c, "international"));
	assert_int_equal(c->changed_layer, 1);
	content_free(c);

	put(add_layer(fx), "indicators/referrals/local.yaml", directory_text("local", "Back"));
	c = load(fx);
	assert_non_null(c);
	assert_string_equal(content_directory(c, "local")->region, "Back");
	assert_int_equal(content_layer_of(c, content_directory(c, "local")->path), 2);
	content_free(c);
}

/* A removal with anything beside `remove: true` is an error at its place
 * in the layer's file; so is one that removes nothing. Either refuses the
 * content. */
static void bad_removals_named(void **state)
{
	struct fixture *fx = *state;
	const char *top = add_layer(fx);
	char *extra = xasprintf("%s/indicators/referrals/local.yaml", top);
	char *nothing = xasprintf("%s/indicators/referrals/none.yaml", top);
	struct content *c;

	put(top, "indicators/referrals/local.yaml", "id: local\nremove: true\n");
	put(top, "indicators/referrals/none.yaml", "remove: true\n");
	c = load(fx);
	assert_null(c);
	assert_int_equal(fx->d.n_errors, 2);
	assert_true(names_file(fx, extra, true));
	for (size_t i = 0; i < fx->d.n; i++)
		if (!strcmp(fx->d.v[i].file, extra)) {
			assert_int_equal(fx->d.v[i].line, 2);
			assert_int_equal(fx->d.v[i].col, 9);
		}
	assert_true(names_file(fx, nothing, false));
	free(extra);
	free(nothing);
}

/* An error in a layer's file names that file, not the one beneath, and
 * refuses the content; errors in references across layers too. */
static void diagnostics_name_the_layer_file(void **state)
{
	struct fixture *fx = *state;
	const char *top = add_layer(fx);
	char *bad = xasprintf("%s/indicators/referrals/local.yaml", top);
	char *base = xasprintf("%s/indicators/referrals/local.yaml", fx->roots[0]);
	struct content *c;

	put(top, "indicators/referrals/local.yaml",
	    "schema: 1\nid: local\nregion: Local\n"
	    "checked: { how: public-source, date: 2025-03-01 }\n"
	    "services:\n  - id: line\n    contact: \"1\"\n    colour: red\n");
	c = load(fx);
	assert_null(c);
	assert_true(fx->d.n_errors >= 1);
	assert_true(names_file(fx, bad, true));
	assert_false(names_file(fx, base, false));
	free(bad);
	free(base);
}

/* A layer that is not a folder is refused before anything is read. */
static void missing_layer_refused(void **state)
{
	struct fixture *fx = *state;
	struct content *c;

	fx->roots[fx->n++] = xstrdup("/nonexistent/tipcheck-layer");
	c = load(fx);
	assert_null(c);
	assert_int_equal(fx->d.n_errors, 1);
	assert_string_equal(fx->d.v[0].file, "/nonexistent/tipcheck-layer");
	fx->n--;
	free(fx->roots[fx->n]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(adds_a_file, setup, teardown),
		cmocka_unit_test_setup_teardown(later_layer_replaces, setup, teardown),
		cmocka_unit_test_setup_teardown(removes_and_restores, setup, teardown),
		cmocka_unit_test_setup_teardown(bad_removals_named, setup, teardown),
		cmocka_unit_test_setup_teardown(diagnostics_name_the_layer_file, setup, teardown),
		cmocka_unit_test_setup_teardown(missing_layer_refused, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
