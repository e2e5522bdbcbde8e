/* Unit tests: loading a content directory (the malformed corpus's base set). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "tipcheck/loader.h"
#include "tipcheck/xalloc.h"

static char *base_dir(void)
{
	const char *src = getenv("TIPCHECK_SRC");

	return xasprintf("%s/tests/malformed/base", src ? src : ".");
}

static struct content *load_base(struct diag_list *d)
{
	char *dir = base_dir();
	struct content *c;

	diag_list_init(d, 100);
	c = loader_load(dir, d);
	free(dir);
	return c;
}

static void loads_and_links(void **state)
{
	struct diag_list d;
	struct content *c = load_base(&d);
	const struct checklist *work;
	const struct item *it;
	bool ambiguous;

	(void)state;
	assert_non_null(c);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(d.n_warnings, 1);		/* es.yaml is incomplete */
	assert_int_equal(c->n_checklists, 2);
	/* first: true sorts before file-name order. */
	assert_string_equal(c->checklists[0].id, "safety");
	assert_string_equal(c->checklists[1].id, "work");
	assert_int_equal(c->n_items, 4);
	for (size_t i = 0; i < c->n_items; i++)
		assert_int_equal(c->items[i]->index, i);
	assert_string_equal(c->items[0]->key, "safety.in-danger");

	work = content_checklist(c, "work");
	assert_ptr_equal(work, &c->checklists[1]);
	assert_int_equal(work->n_items, 3);
	assert_ptr_equal(work->rules, content_ruleset(c, "main"));
	assert_ptr_equal(work->sections[0].element, &work->rules->elements[0]);
	assert_string_equal(work->sections[0].key, "work.coercion");
	assert_int_equal(work->audience, AUDIENCE_ADULT);
	assert_int_equal(work->pos.line, 1);

	it = content_item(c, "work.locked-in", NULL);
	assert_non_null(it);
	assert_ptr_equal(it->checklist, work);
	assert_ptr_equal(it->section, &work->sections[0]);
	assert_int_equal(it->strength, STRENGTH_MEDIUM);
	assert_int_equal(it->pos.line, 28);
	assert_int_equal(it->pos.col, 9);
	assert_non_null(it->show_if);
	assert_ptr_equal(it->show_if->item, content_item(c, "work.lives-at-work", NULL));
	assert_ptr_equal(content_item(c, "locked-in", &ambiguous), it);	/* bare: unique */
	assert_false(ambiguous);
	assert_null(content_item(c, "work.nothing", NULL));
	assert_int_equal(content_item(c, "work.lives-at-work", NULL)->preset_yes,
			 1u << SITUATION_UNSURE);

	assert_int_equal(c->rulesets[0].outcomes[1].level, LEVEL_REFER);
	assert_non_null(c->rulesets[0].outcomes[0].when->item);
	assert_int_equal(c->rulesets[0].elements[0].positive_when[1].min[STRENGTH_MEDIUM], 1);
	assert_int_equal(c->rulesets[0].elements[0].positive_when[1].min[STRENGTH_WEAK], 1);
	assert_int_equal(c->rulesets[0].elements[0].min_answered, 2);
	assert_ptr_equal(c->rulesets[0].outcomes[0].rules, &c->rulesets[0]);

	assert_non_null(content_directory(c, DIRECTORY_DEFAULT));
	assert_string_equal(content_directory(c, "international")->services[1].contact, "");
	assert_null(content_directory(c, "work"));	/* shared namespace, other kind */
	assert_string_equal(content_source(c, "src-b")->publisher, "Publisher B");
	assert_int_equal(content_source(c, "src-a")->year, 2009);

	assert_int_equal(c->n_scenarios, 1);
	assert_int_equal(c->scenarios[0].n_expected, 3);
	assert_ptr_equal(c->scenarios[0].expected[0].item, content_item(c, "work.cannot-leave", NULL));
	assert_int_equal(c->scenarios[0].expected[1].expect, EXPECT_EITHER);
	assert_int_equal(c->scenarios[0].expected_level, LEVEL_REFER);
	assert_ptr_equal(c->scenarios[0].checklists[0], work);

	assert_string_equal(c->catalogs[0].lang, "en");
	assert_ptr_equal(content_catalog(c, "es"), &c->catalogs[1]);
	content_free(c);
	diag_list_free(&d);
}

/* The named object; a missing one ends the test. */
static const struct alert *must_alert(const struct ruleset *r, const char *id)
{
	for (size_t i = 0; r && i < r->n_alerts; i++)
		if (!strcmp(r->alerts[i].id, id))
			return &r->alerts[i];
	fail_msg("no alert %s", id);
	abort();
}

static const struct service *must_service(const struct content *c, const char *dir,
					  const char *id)
{
	const struct directory *d = content_directory(c, dir);

	for (size_t i = 0; d && i < d->n_services; i++)
		if (!strcmp(d->services[i].id, id))
			return &d->services[i];
	fail_msg("no service %s in %s", id, dir);
	abort();
}

static const struct directory *must_directory(const struct content *c, const char *id)
{
	const struct directory *d = content_directory(c, id);

	if (!d) {
		fail_msg("no directory %s", id);
		abort();
	}
	return d;
}

/* The shipped content: its alerts, how its contacts were checked, police
 * lines and sources. */
static void alerts_and_checked(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	char *dir = xasprintf("%s", src ? src : ".");
	struct diag_list d;
	struct content *c;
	const struct ruleset *r;
	const struct alert *a;
	const struct directory *us;
	const struct service *sv;

	(void)state;
	diag_list_init(&d, 100);
	c = loader_load(dir, &d);
	free(dir);
	if (!c)
		fail_msg("the shipped content does not load");
	r = content_ruleset(c, "trafficking");
	a = must_alert(r, "danger-now");
	assert_int_equal(a->kind, ALERT_EMERGENCY);
	assert_string_equal(a->key, "trafficking.danger-now");
	assert_ptr_equal(a->rules, r);
	assert_int_equal(a->when->kind, EXPR_ANY);
	assert_ptr_equal(a->when->children[0]->item,
			 content_item(c, "safety-and-needs.immediate-danger", NULL));
	assert_string_equal(a->refer[0], "emergency");
	assert_non_null(a->judgement);
	a = must_alert(r, "close-discreetly");
	assert_int_equal(a->kind, ALERT_DISCREET);
	assert_string_equal(a->refer[0], "hotline");

	us = must_directory(c, "us");
	assert_int_equal(us->checked.how, CHECK_PUBLIC_SOURCE);
	assert_non_null(us->checked.date);
	sv = must_service(c, "us", "emergency");
	assert_int_equal(service_checked(us, sv)->how, CHECK_PUBLIC_SOURCE);
	assert_non_null(sv->source);
	sv = must_service(c, "us", "hotline");
	assert_ptr_equal(service_checked(us, sv), &us->checked);
	assert_false(sv->police);
	assert_non_null(sv->source);
	assert_true(must_service(c, "ie", "hotline")->police);
	assert_non_null(must_service(c, "international", "emergency")->source);
	content_free(c);
	diag_list_free(&d);
}

static void enum_tables(void **state)
{
	enum strength s;
	enum level l;
	enum audience a;
	enum situation si;
	enum alert_kind k;
	enum check_how h;

	(void)state;
	for (int i = 0; i < ALERT_KIND_COUNT; i++) {
		assert_true(alert_kind_from_str(alert_kind_to_str(i), &k));
		assert_int_equal(k, i);
	}
	for (int i = 0; i < CHECK_HOW_COUNT; i++) {
		assert_true(check_how_from_str(check_how_to_str(i), &h));
		assert_int_equal(h, i);
	}
	assert_string_equal(check_how_to_str(CHECK_PUBLIC_SOURCE), "public-source");
	assert_false(check_how_from_str("verified", &h));
	for (int i = 0; i < STRENGTH_COUNT; i++) {
		assert_true(strength_from_str(strength_to_str(i), &s));
		assert_int_equal(s, i);
	}
	for (int i = 0; i < LEVEL_COUNT; i++) {
		assert_true(level_from_str(level_to_str(i), &l));
		assert_int_equal(l, i);
	}
	assert_true(audience_from_str("child", &a));
	assert_int_equal(a, AUDIENCE_CHILD);
	assert_true(situation_from_str("unsure", &si));
	assert_false(strength_from_str("high", &s));
	assert_false(level_from_str(NULL, &l));
	assert_string_equal(level_to_str(LEVEL_REFER_FURTHER), "refer-further");
	assert_true(content_id_valid("a-1"));
	assert_false(content_id_valid("A"));
	assert_false(content_id_valid("1a"));
	assert_false(content_id_valid("a_b"));
	assert_false(content_id_valid(""));
	assert_true(content_id_valid("a234567890123456789012345678901234567890123456789012345678901234"));
	assert_false(content_id_valid("a2345678901234567890123456789012345678901234567890123456789012345"));
}

/* A broken directory loads nothing and reports every broken file. */
static void all_or_nothing(void **state)
{
	char tmpl[] = "/tmp/tipcheck-test-XXXXXX";
	char *dir = mkdtemp(tmpl), *cmd;
	struct diag_list d;
	struct content *c;
	FILE *f;

	(void)state;
	assert_non_null(dir);
	cmd = xasprintf("cp -r '%s/tests/malformed/base/.' '%s'", getenv("TIPCHECK_SRC"), dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	cmd = xasprintf("%s/indicators/scenarios/bad.yaml", dir);
	f = fopen(cmd, "w");
	fputs("schema: 1\nid: x\nnope: 1\n", f);
	fclose(f);
	free(cmd);
	cmd = xasprintf("%s/indicators/referrals/bad.yaml", dir);
	f = fopen(cmd, "w");
	fputs("schema: [\n", f);
	fclose(f);
	free(cmd);
	diag_list_init(&d, 100);
	c = loader_load(dir, &d);
	assert_null(c);
	/* Both files reported: a syntax error does not stop the run. */
	assert_true(d.n_errors >= 2);
	bool syntax = false, unknown = false;
	for (size_t i = 0; i < d.n; i++) {
		syntax |= d.v[i].code == DIAG_SYNTAX && strstr(d.v[i].file, "referrals/bad.yaml");
		unknown |= d.v[i].code == DIAG_UNKNOWN_KEY && strstr(d.v[i].file, "scenarios/bad.yaml");
	}
	assert_true(syntax);
	assert_true(unknown);
	diag_list_free(&d);
	cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

/* A copy of the base set in a new temporary folder (free() it, rm_dir). */
static char *copy_base(void)
{
	char *dir = xstrdup("/tmp/tipcheck-test-XXXXXX"), *cmd;

	assert_non_null(mkdtemp(dir));
	cmd = xasprintf("cp -r '%s/tests/malformed/base/.' '%s'", getenv("TIPCHECK_SRC"), dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return dir;
}

static void rm_dir(char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(dir);
}

/* lang's catalog; the test stops when there is none. */
static const struct catalog *find_catalog(const struct content *c, const char *lang)
{
	for (size_t i = 0; i < c->n_catalogs; i++)
		if (!strcmp(c->catalogs[i].lang, lang))
			return &c->catalogs[i];
	fail_msg("no catalog %s", lang);
	abort();
}

/* An interview reads whole only English and its languages (as the locale
 * names them); the others up to their strings, enough for a menu, and the
 * rest when chosen: then the same catalog as a whole load's. */
static void session_langs(void **state)
{
	char *dir = base_dir();
	const char *const dirs[] = { dir };
	const char *const none[] = { "C.UTF-8", NULL };
	const char *const spanish[] = { "es_ES.UTF-8@euro" };
	struct diag_list d, d_all;
	struct content *c, *all;
	const struct catalog *es, *es_all;

	(void)state;
	all = load_base(&d_all);
	assert_non_null(all);
	es_all = find_catalog(all, "es");
	assert_true(es_all->n_entries > 0);
	assert_false(es_all->head_only);

	diag_list_init(&d, 100);
	c = loader_load_langs(dirs, 1, none, 2, &d);
	assert_non_null(c);
	assert_int_equal(c->n_catalogs, all->n_catalogs);
	assert_false(find_catalog(c, "en")->head_only);
	assert_int_equal(find_catalog(c, "en")->n_entries, find_catalog(all, "en")->n_entries);
	es = find_catalog(c, "es");
	assert_true(es->head_only);
	assert_int_equal(es->n_entries, 0);
	assert_string_equal(es->name, es_all->name);
	assert_int_equal(es->status, es_all->status);
	assert_true(loader_load_catalog(c, "es", &d));
	es = find_catalog(c, "es");
	assert_false(es->head_only);
	assert_int_equal(es->n_entries, es_all->n_entries);
	for (size_t i = 0; i < es->n_entries; i++) {
		assert_string_equal(es->entries[i].key, es_all->entries[i].key);
		assert_string_equal(es->entries[i].text, es_all->entries[i].text);
		assert_int_equal(es->entries[i].pos.line, es_all->entries[i].pos.line);
	}
	assert_true(loader_load_catalog(c, "es", &d));	/* whole already */
	assert_false(loader_load_catalog(c, "xx", &d));
	assert_int_equal(d.n_errors, 0);
	content_free(c);
	diag_list_free(&d);

	diag_list_init(&d, 100);
	c = loader_load_langs(dirs, 1, spanish, 1, &d);
	assert_non_null(c);
	assert_false(find_catalog(c, "es")->head_only);
	assert_int_equal(find_catalog(c, "es")->n_entries, es_all->n_entries);
	content_free(c);
	diag_list_free(&d);
	content_free(all);
	diag_list_free(&d_all);
	free(dir);
}

/* An error in the strings of a language the session has not chosen: the
 * interview still starts (its head is sound), choosing the language fails
 * with the file, line and column, and a whole load (check) refuses. */
static void session_lang_error(void **state)
{
	char *dir = copy_base(), *path = xasprintf("%s/translations/es.yaml", dir);
	const char *const dirs[] = { dir };
	const char *const en[] = { "en" };
	struct diag_list d;
	struct content *c;
	FILE *f = fopen(path, "a");
	bool named = false;

	(void)state;
	assert_non_null(f);
	fputs("  nothing.here: Nada\n", f);
	fclose(f);
	diag_list_init(&d, 100);
	c = loader_load_langs(dirs, 1, en, 1, &d);
	assert_non_null(c);
	assert_int_equal(d.n_errors, 0);
	assert_false(loader_load_catalog(c, "es", &d));
	assert_true(find_catalog(c, "es")->head_only);
	for (size_t i = 0; i < d.n; i++)
		named |= d.v[i].severity == DIAG_ERROR && d.v[i].file && d.v[i].message &&
			 strstr(d.v[i].file, "es.yaml") &&
			 d.v[i].line == 10 && d.v[i].col == 3 &&
			 strstr(d.v[i].message, "nothing.here");
	assert_true(named);
	content_free(c);
	diag_list_free(&d);

	diag_list_init(&d, 100);
	assert_null(loader_load(dir, &d));
	assert_true(d.n_errors > 0);
	diag_list_free(&d);
	free(path);
	rm_dir(dir);
}

/* Whether d holds an error in a file whose name ends in file. */
static bool error_in(const struct diag_list *d, const char *file)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].severity == DIAG_ERROR && d->v[i].file && strstr(d->v[i].file, file))
			return true;
	return false;
}

/* The start menu's two steps: the translations alone first (no checklist
 * yet), a language chosen meanwhile read whole, then the rest into the
 * same content, which is then what a whole load gives. An error in a
 * checklist, or in the language chosen meanwhile, is found by the second
 * step, which then refuses (and frees everything). */
static void two_steps(void **state)
{
	char *dir = copy_base();
	const char *const dirs[] = { dir };
	const char *const en[] = { "en" };
	char *path;
	struct diag_list d;
	struct loader *l;
	struct content *c, *all;
	FILE *f;

	(void)state;
	diag_list_init(&d, 100);
	all = loader_load(dir, &d);
	assert_non_null(all);
	l = loader_begin(dirs, 1, en, 1, &d);
	assert_non_null(l);
	c = loader_content(l);
	assert_int_equal(c->n_checklists, 0);
	assert_int_equal(c->n_catalogs, all->n_catalogs);
	assert_true(find_catalog(c, "es")->head_only);
	assert_true(loader_begin_catalog(l, "es"));
	assert_false(find_catalog(c, "es")->head_only);
	assert_ptr_equal(loader_finish(l), c);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(c->n_checklists, all->n_checklists);
	assert_int_equal(c->n_items, all->n_items);
	assert_int_equal(find_catalog(c, "es")->n_entries, find_catalog(all, "es")->n_entries);
	content_free(c);
	content_free(all);

	path = xasprintf("%s/translations/es.yaml", dir);
	f = fopen(path, "a");
	assert_non_null(f);
	fputs("  nothing.here: Nada\n", f);
	fclose(f);
	free(path);
	l = loader_begin(dirs, 1, en, 1, &d);
	assert_non_null(l);
	assert_true(loader_begin_catalog(l, "es"));
	assert_int_equal(d.n_errors, 0);
	assert_null(loader_finish(l));
	assert_true(error_in(&d, "es.yaml"));
	diag_list_free(&d);

	diag_list_init(&d, 100);
	path = xasprintf("%s/indicators/checklists/work.yaml", dir);
	f = fopen(path, "a");
	assert_non_null(f);
	fputs("nothing_here: 1\n", f);
	fclose(f);
	free(path);
	l = loader_begin(dirs, 1, en, 1, &d);
	assert_non_null(l);
	assert_int_equal(d.n_errors, 0);
	assert_null(loader_finish(l));
	assert_true(error_in(&d, "work.yaml"));
	diag_list_free(&d);
	loader_abandon(NULL);
	rm_dir(dir);
}

/* The diag cap holds; further errors are counted as dropped. */
static void error_cap(void **state)
{
	struct diag_list d;

	(void)state;
	diag_list_init(&d, 2);
	for (int i = 0; i < 5; i++)
		diag_error(&d, ((struct pos){ "f", 1, 1 }), DIAG_VALUE, "e%d", i);
	assert_int_equal(d.n, 2);
	assert_int_equal(d.n_dropped, 3);
	diag_list_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(loads_and_links),
		cmocka_unit_test(alerts_and_checked),
		cmocka_unit_test(enum_tables),
		cmocka_unit_test(all_or_nothing),
		cmocka_unit_test(error_cap),
		cmocka_unit_test(session_langs),
		cmocka_unit_test(session_lang_error),
		cmocka_unit_test(two_steps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
