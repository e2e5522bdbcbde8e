/* Options, content loading and errors shared by the subcommands. */
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "cli.h"
#include "tipcheck/diag.h"
#include "tipcheck/echo.h"
#include "tipcheck/loader.h"
#include "tipcheck/xalloc.h"

const char cli_common_help[] =
	"      --data DIR     content directory (default: $TIPCHECK_DATA, or the\n"
	"                     installed content)\n"
	"      --lang LANG    the worker's language (default: from the locale)\n"
	"      --ask-lang LANG  the language of the person interviewed\n"
	"                     (default: --lang)\n"
	"      --region ID    referral directory (default: international)\n"
	"  -h, --help         show this help and exit\n";

bool cli_common_option(struct cli_common *o, int opt, const char *arg)
{
	switch (opt) {
	case CLI_OPT_DATA: o->data_dir = arg; return true;
	case CLI_OPT_LANG: o->lang = arg; return true;
	case CLI_OPT_ASK_LANG: o->ask_lang = arg; return true;
	case CLI_OPT_REGION: o->region = arg; return true;
	default: return false;
	}
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	if (fmt) {
		va_list ap;
		char *msg;

		va_start(ap, fmt);
		msg = xvasprintf(fmt, ap);
		va_end(ap);
		/* The values quoted are the user's: escaped. */
		fprintf(stderr, "tipcheck %s: ", cmd);
		echo_fputs(stderr, msg);
		fputc('\n', stderr);
		free(msg);
	}
	fprintf(stderr, "Try 'tipcheck %s --help'.\n", cmd);
	return EXIT_USAGE;
}

int cli_option_error(const char *cmd, int opt, char **argv)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";

	if (opt == ':')
		return cli_usage_error(cmd, "option '%s' needs an argument", arg);
	if (optopt)
		return cli_usage_error(cmd, "unknown option '-%c'", optopt);
	return cli_usage_error(cmd, "unknown option '%s'", arg);
}

/* True when the running binary lives in the build directory it was built
 * in: then the source tree's content is the one to use. */
static bool running_from_build_dir(void)
{
	char exe[PATH_MAX], build[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

	if (n < 0)
		return false;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return false;
	*slash = '\0';
	if (!realpath(TIPCHECK_BUILDDIR, build))
		return false;
	return !strcmp(exe, build);
}

const char *cli_data_dir(const struct cli_common *o)
{
	const char *env;

	if (o->data_dir)
		return o->data_dir;
	env = getenv("TIPCHECK_DATA");
	if (env && *env)
		return env;
	return running_from_build_dir() ? TIPCHECK_SOURCE_DATADIR : TIPCHECK_DATADIR;
}

struct content *cli_load(const struct cli_common *o)
{
	struct diag_list diags = { 0 };
	struct content *c;

	diag_list_init(&diags, DIAG_DEFAULT_MAX);
	c = loader_load(cli_data_dir(o), &diags);
	/* Warnings (untranslated strings) are for 'tipcheck check' only. */
	if (!c)
		diag_print(&diags, stderr);
	diag_list_free(&diags);
	return c;
}

static int usage_unknown_lang(const struct content *c, const char *cmd,
			      const char *opt, const char *lang)
{
	echo_printf(stderr, "tipcheck %s: %s: no translation '%s'; available:", cmd, opt, lang);
	for (size_t i = 0; i < c->n_catalogs; i++)
		fprintf(stderr, " %s", c->catalogs[i].lang);
	fputc('\n', stderr);
	return cli_usage_error(cmd, NULL);
}

int cli_resolve(const struct cli_common *o, const struct content *c,
		const char *cmd, struct tr *lang, struct tr *ask_lang,
		const struct directory **region)
{
	/* The locale picks a default quietly; an explicit --lang must exist. */
	if (o->lang) {
		if (!tr_init(lang, c, o->lang))
			return usage_unknown_lang(c, cmd, "--lang", o->lang);
	} else {
		tr_init(lang, c, tr_env_lang());
	}
	if (o->ask_lang) {
		if (!tr_init(ask_lang, c, o->ask_lang))
			return usage_unknown_lang(c, cmd, "--ask-lang", o->ask_lang);
	} else {
		*ask_lang = *lang;
	}
	*region = NULL;
	if (o->region) {
		*region = content_directory(c, o->region);
		if (!*region) {
			echo_printf(stderr, "tipcheck %s: --region: no referral directory '%s'; available:",
				cmd, o->region);
			for (size_t i = 0; i < c->n_directories; i++)
				fprintf(stderr, " %s", c->directories[i].id);
			fputc('\n', stderr);
			return cli_usage_error(cmd, NULL);
		}
	}
	return EXIT_OK;
}

int cli_checklists(const struct content *c, const char *cmd, char **ids,
		   int n, const struct checklist ***out)
{
	const struct checklist **v = xcalloc(n > 0 ? (size_t)n : 1, sizeof *v);

	for (int i = 0; i < n; i++) {
		v[i] = content_checklist(c, ids[i]);
		if (!v[i]) {
			echo_printf(stderr, "tipcheck %s: no checklist '%s'; available:", cmd, ids[i]);
			for (size_t k = 0; k < c->n_checklists; k++)
				fprintf(stderr, " %s", c->checklists[k].id);
			fputc('\n', stderr);
			free(v);
			return cli_usage_error(cmd, NULL);
		}
	}
	*out = v;
	return EXIT_OK;
}

void cli_setup_locale(void)
{
	setlocale(LC_ALL, "");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
}
