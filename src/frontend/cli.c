/* What the subcommands share: the content loaded once, the words of the command line, usage errors. */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "cli.h"
#include "interview.h"
#include "tipcheck/datestamp.h"
#include "tipcheck/echo.h"
#include "tipcheck/loader.h"
#include "tipcheck/suggest.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

#define MAX_PLACEHOLDERS 8

/* --- the content --------------------------------------------------------- */

/* True when the running binary lives in the build directory it was built
 * in: then the source tree's content is the one to use. */
static bool running_from_build_dir(void)
{
	char exe[PATH_MAX], build[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash;

	if (n < 0)
		return false;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return false;
	*slash = '\0';
	if (!realpath(TIPCHECK_BUILDDIR, build))
		return false;
	return !strcmp(exe, build);
}

/* The layers of the content, base first (indicators/README.md, "Layers";
 * doc/tipcheck.1, FILES): --content, else $TIPCHECK_CONTENT, else the source
 * tree when the binary runs from its build directory, else the installed
 * content; then, over the shipped content only, the system layer when it
 * exists; then each directory of $TIPCHECK_DATA (colon-separated); then
 * each --data. Returns a new array of n strings (free each and it). */
static char **layer_dirs(const struct cli *cli, size_t *n)
{
	const char *base = cli->common.content_dir, *sys, *env = getenv("TIPCHECK_CONTENT");
	char **v = xcalloc(cli->common.n_data_dirs + 2, sizeof *v);
	char *list, *save = NULL;

	*n = 0;
	if (!base && env && *env)
		base = env;
	if (base) {
		v[(*n)++] = xstrdup(base);
	} else {
		struct stat st;

		v[(*n)++] = xstrdup(running_from_build_dir() ? TIPCHECK_SOURCE_DATADIR
							      : TIPCHECK_DATADIR);
		/* Tests point the system layer elsewhere; empty: none. */
		sys = getenv("TIPCHECK_SYSTEM_LAYER");
		if (!sys)
			sys = TIPCHECK_SYSTEM_LAYER;
		if (*sys && stat(sys, &st) == 0)
			v[(*n)++] = xstrdup(sys);
	}
	env = getenv("TIPCHECK_DATA");
	list = xstrdup(env ? env : "");
	for (char *dir = strtok_r(list, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		v = xreallocarray(v, *n + cli->common.n_data_dirs + 1, sizeof *v);
		v[(*n)++] = xstrdup(dir);
	}
	free(list);
	for (size_t i = 0; i < cli->common.n_data_dirs; i++)
		v[(*n)++] = xstrdup(cli->common.data_dirs[i]);
	return v;
}

/* Loads the content once, keeping what the loader said for whoever asks
 * for the content itself; the words of a usage error or of --help need
 * it quietly. */
static struct content *load_some(struct cli *cli, bool begin)
{
	if (!cli->load_tried) {
		cli->load_tried = true;
		size_t n;
		char **dirs = layer_dirs(cli, &n);

		diag_list_init(&cli->load_diags, DIAG_DEFAULT_MAX);
		if (cli->session_langs) {
			const char *langs[] = { cli->common.lang ? cli->common.lang : tr_env_lang(),
						cli->common.ask_lang };

			if (begin) {
				cli->loading = loader_begin((const char *const *)dirs, n, langs, 2,
							    &cli->load_diags);
				cli->content = cli->loading ? loader_content(cli->loading) : NULL;
			} else {
				cli->content = loader_load_langs((const char *const *)dirs, n,
								 langs, 2, &cli->load_diags);
			}
		} else if (cli->record) {
			cli->content = loader_load_recording((const char *const *)dirs, n,
							     cli->record, &cli->load_diags);
		} else {
			cli->content = loader_load_layers((const char *const *)dirs, n,
							  &cli->load_diags);
		}
		for (size_t i = 0; i < n; i++)
			free(dirs[i]);
		free(dirs);
	}
	return cli->content;
}

static struct content *load(struct cli *cli)
{
	return load_some(cli, false);
}

struct content *cli_content(struct cli *cli, bool warnings)
{
	struct content *c = load(cli);

	if (!c || warnings)
		diag_print(&cli->load_diags, stderr);
	return c;
}

void cli_load_session_langs(struct cli *cli)
{
	cli->session_langs = true;
}

void cli_record_trees(struct cli *cli, struct treecache_writer *w)
{
	cli->record = w;
}

struct content *cli_content_start(struct cli *cli)
{
	struct content *c;

	cli->session_langs = true;
	c = load_some(cli, true);
	if (!c)
		diag_print(&cli->load_diags, stderr);
	return c;
}

bool cli_content_finish(void *ctx)
{
	struct cli *cli = ctx;

	if (cli->loading) {
		cli->content = loader_finish(cli->loading);
		cli->loading = NULL;
	}
	return cli->content != NULL;
}

bool cli_whole_lang(void *ctx, const char *lang)
{
	struct cli *cli = ctx;

	if (cli->loading)
		return loader_begin_catalog(cli->loading, lang);
	return cli->content && loader_load_catalog(cli->content, lang, &cli->load_diags);
}

void cli_print_load_diags(struct cli *cli)
{
	diag_print(&cli->load_diags, stderr);
}

/* --- words ----------------------------------------------------------------- */

/* The "strings" mapping of the built-in English, parsed on first need. */
static const struct ynode *builtin_strings(struct cli *cli)
{
	if (!cli->builtin) {
		struct diag_list d = { 0 };

		diag_list_init(&d, 1);
		cli->builtin = ytree_parse((const char *)cli_builtin_en, cli_builtin_en_len,
					   "en.yaml", &d);
		diag_list_free(&d);
	}
	if (!cli->builtin || cli->builtin->root->type != YNODE_MAPPING)
		return NULL;
	return ymap_get(cli->builtin->root, "strings");
}

static const char *builtin(struct cli *cli, const char *key)
{
	const struct ynode *strings = builtin_strings(cli);
	const struct ynode *v = strings && strings->type == YNODE_MAPPING ?
				ymap_get(strings, key) : NULL;

	return v && v->type == YNODE_SCALAR ? v->str : NULL;
}

const char *cli_text(struct cli *cli, const char *key)
{
	const struct content *c = load(cli);
	const char *s = NULL;

	if (c && !cli->words_ready) {
		/* An unknown --lang is reported by cli_resolve(); its words
		 * are the locale's. */
		if (!cli->common.lang || !tr_init(&cli->words, c, cli->common.lang))
			tr_init(&cli->words, c, tr_env_lang());
		cli->words_ready = true;
	}
	if (c)
		s = tr_ui(&cli->words, key);
	if (!s || s == key)
		s = builtin(cli, key);
	return s ? s : key;
}

static char *vformat(struct cli *cli, const char *key, va_list ap)
{
	const char *names[MAX_PLACEHOLDERS], *values[MAX_PLACEHOLDERS];
	const char *name;
	size_t n = 0;

	while (n < MAX_PLACEHOLDERS && (name = va_arg(ap, const char *))) {
		names[n] = name;
		values[n] = va_arg(ap, const char *);
		n++;
	}
	return tr_format(cli_text(cli, key), names, values, n);
}

char *cli_format(struct cli *cli, const char *key, ...)
{
	va_list ap;
	char *s;

	va_start(ap, key);
	s = vformat(cli, key, ap);
	va_end(ap);
	return s;
}

/* --- errors ---------------------------------------------------------------- */

/* "tipcheck print", or "tipcheck" when no command was named. */
static char *who(const struct cli *cli)
{
	return cli->cmd_named ? xasprintf("tipcheck %s", cli->cmd->name) : xstrdup("tipcheck");
}

int cli_error_hint(struct cli *cli, char *msg, const char *near)
{
	char *prefix = who(cli);
	char *try = cli_format(cli, "ui.cli.error.try", "command", prefix, NULL);

	/* The message quotes the user's words: echoed safely. */
	fprintf(stderr, "%s: ", prefix);
	echo_fputs(stderr, msg);
	if (near) {
		char *hint = cli_format(cli, "ui.cli.error.did-you-mean", "word", near, NULL);

		fprintf(stderr, "; %s", hint);
		free(hint);
	}
	fprintf(stderr, "\n%s\n", try);
	free(try);
	free(prefix);
	free(msg);
	return EXIT_USAGE;
}

int cli_error(struct cli *cli, const char *key, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, key);
	msg = vformat(cli, key, ap);
	va_end(ap);
	return cli_error_hint(cli, msg, NULL);
}

int cli_error_unknown(struct cli *cli, const char *key, const char *option, const char *id,
		      const char *const *known, size_t n)
{
	char *msg = cli_format(cli, key, "option", option ? option : "", "id", id, NULL);
	struct suggest s;

	suggest_init(&s, id);
	for (size_t i = 0; i < n; i++)
		suggest_add(&s, known[i]);
	if (!suggest_best(&s) && n) {
		size_t len = 1;
		char *list, *avail, *both;

		for (size_t i = 0; i < n; i++)
			len += strlen(known[i]) + 1;
		list = xcalloc(len, 1);
		for (size_t i = 0; i < n; i++) {
			if (i)
				strcat(list, " ");
			strcat(list, known[i]);
		}
		avail = cli_format(cli, "ui.cli.error.available", "list", list, NULL);
		both = xasprintf("%s; %s", msg, avail);
		free(list);
		free(avail);
		free(msg);
		msg = both;
	}
	return cli_error_hint(cli, msg, suggest_best(&s));
}

void cli_say(struct cli *cli, const char *key, ...)
{
	char *prefix = who(cli);
	va_list ap;
	char *msg;

	va_start(ap, key);
	msg = vformat(cli, key, ap);
	va_end(ap);
	fprintf(stderr, "%s: ", prefix);
	echo_fputs(stderr, msg);
	fputc('\n', stderr);
	free(msg);
	free(prefix);
}

/* --- ids on the command line ---------------------------------------------- */

/* The ids of the n objects of type T at v (a new array; free()). */
#define IDS(v, n, T) ids_of((v), (n), sizeof(T), offsetof(T, id))

static const char **ids_of(const void *v, size_t n, size_t size, size_t offset)
{
	const char **ids = xcalloc(n ? n : 1, sizeof *ids);

	for (size_t i = 0; i < n; i++)
		ids[i] = *(char *const *)((const char *)v + i * size + offset);
	return ids;
}

static int no_translation(struct cli *cli, const struct content *c, const char *option,
			  const char *lang)
{
	const char **ids = xcalloc(c->n_catalogs ? c->n_catalogs : 1, sizeof *ids);
	int rc;

	for (size_t i = 0; i < c->n_catalogs; i++)
		ids[i] = c->catalogs[i].lang;
	rc = cli_error_unknown(cli, "ui.cli.error.no-translation", option, lang, ids,
			       c->n_catalogs);
	free(ids);
	return rc;
}

int cli_resolve(struct cli *cli, const struct content *c, struct tr *lang,
		struct tr *ask_lang, const struct directory **region)
{
	const struct cli_common *o = &cli->common;

	/* The locale picks a default quietly; an explicit --lang must exist. */
	if (o->lang) {
		if (!tr_init(lang, c, o->lang)) {
			if (tr_init_person(lang, c, o->lang)) {
				return cli_error(cli, "ui.cli.error.person-only", "option", "--lang",
						 "id", o->lang, NULL);
			}
			return no_translation(cli, c, "--lang", o->lang);
		}
	} else {
		tr_init(lang, c, tr_env_lang());
	}
	if (o->ask_lang) {
		if (!tr_init_person(ask_lang, c, o->ask_lang))
			return no_translation(cli, c, "--ask-lang", o->ask_lang);
	} else {
		*ask_lang = *lang;
	}
	*region = NULL;
	if (o->region) {
		*region = content_directory(c, o->region);
		if (!*region) {
			const char **ids = IDS(c->directories, c->n_directories, struct directory);
			int rc = cli_error_unknown(cli, "ui.cli.error.no-directory", "--region",
						   o->region, ids, c->n_directories);

			free(ids);
			return rc;
		}
	}
	return EXIT_OK;
}

int cli_checklists(struct cli *cli, const struct content *c, char **ids, int n,
		   const struct checklist ***out)
{
	const struct checklist **v = xcalloc(n > 0 ? (size_t)n : 1, sizeof *v);

	for (int i = 0; i < n; i++) {
		v[i] = content_checklist(c, ids[i]);
		if (!v[i]) {
			const char **known = IDS(c->checklists, c->n_checklists, struct checklist);
			int rc = cli_error_unknown(cli, "ui.cli.error.no-checklist", NULL, ids[i],
						   known, c->n_checklists);

			free(known);
			free(v);
			return rc;
		}
	}
	*out = v;
	return EXIT_OK;
}

int cli_scenario(struct cli *cli, const struct content *c, const char *id,
		 const struct scenario **out)
{
	const char **known;
	int rc;

	*out = content_scenario(c, id);
	if (*out)
		return EXIT_OK;
	known = IDS(c->scenarios, c->n_scenarios, struct scenario);
	rc = cli_error_unknown(cli, "ui.cli.error.no-scenario", NULL, id, known, c->n_scenarios);
	free(known);
	return rc;
}

/* --- the run ------------------------------------------------------------- */

int cli_main(int argc, char **argv)
{
	struct cli cli;
	int rc;

	memset(&cli, 0, sizeof cli);
	rc = cli_parse(&cli, argc, argv);
	if (rc < 0)
		rc = cli.cmd->run(&cli);
	free(cli.operands);
	free(cli.common.data_dirs);
	if (cli.loading)
		loader_abandon(cli.loading);
	else
		content_free(cli.content);
	diag_list_free(&cli.load_diags);
	ytree_free(cli.builtin);
	return rc;
}

static bool user_utf8 = true;

void cli_setup_locale(void)
{
	setlocale(LC_ALL, "");
	user_utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	if (!user_utf8)
		setlocale(LC_CTYPE, "C.UTF-8");
}

bool cli_locale_utf8(void)
{
	return user_utf8;
}

/* The environment and the clock are read here, in the front end; the
 * core's datestamp() only formats. */
const char *interview_date(char buf[static 11])
{
	time_t now = time(NULL);
	struct tm today;

	localtime_r(&now, &today);
	return datestamp(getenv("SOURCE_DATE_EPOCH"), &today, buf);
}
