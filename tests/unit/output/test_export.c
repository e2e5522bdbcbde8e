/* Unit tests: saving and printing through export.h, on a blank form. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "export.h"

static char dir[] = "/tmp/tipcheck-export-XXXXXX";
static int calls;

/* The document: a fixed text in the format asked for. */
static int render_doc(FILE *out, enum render_format format, const void *arg)
{
	calls++;
	fprintf(out, "%s document: %s\n", render_format_to_str(format), (const char *)arg);
	return 0;
}

static int render_fails(FILE *out, enum render_format format, const void *arg)
{
	(void)format;
	(void)arg;
	fputs("partial", out);
	return -1;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = calloc(1, 4096);

	assert_non_null(f);
	assert_non_null(buf);
	fread(buf, 1, 4095, f);
	fclose(f);
	return buf;
}

static void saves_new_file_0600(void **state)
{
	char path[256], *got;
	struct stat st;
	struct export_result r;

	(void)state;
	snprintf(path, sizeof path, "%s/summary.html", dir);
	r = export_to_file(path, false, FORMAT_HTML, render_doc, "no names");
	assert_int_equal(r.status, EXPORT_OK);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	got = slurp(path);
	assert_string_equal(got, "html document: no names\n");
	free(got);

	/* An existing file is refused, left as it was, unless overwrite. */
	calls = 0;
	r = export_to_file(path, false, FORMAT_TEXT, render_doc, "second");
	assert_int_equal(r.status, EXPORT_EXISTS);
	assert_int_equal(calls, 0);
	got = slurp(path);
	assert_string_equal(got, "html document: no names\n");
	free(got);
	r = export_to_file(path, true, FORMAT_MARKDOWN, render_doc, "replaced");
	assert_int_equal(r.status, EXPORT_OK);
	got = slurp(path);
	assert_string_equal(got, "markdown document: replaced\n");
	free(got);
	unlink(path);
}

static void refuses_symlinks_and_bad_dirs(void **state)
{
	char link_path[256], target[256], bad[256];
	struct export_result r;

	(void)state;
	snprintf(target, sizeof target, "%s/target", dir);
	snprintf(link_path, sizeof link_path, "%s/link", dir);
	assert_int_equal(symlink(target, link_path), 0);
	r = export_to_file(link_path, true, FORMAT_TEXT, render_doc, "x");
	assert_int_equal(r.status, EXPORT_OPEN);
	assert_int_equal(access(target, F_OK), -1);
	unlink(link_path);

	snprintf(bad, sizeof bad, "%s/no/such/dir/file.txt", dir);
	r = export_to_file(bad, false, FORMAT_TEXT, render_doc, "x");
	assert_int_equal(r.status, EXPORT_OPEN);
	assert_int_equal(r.error, ENOENT);
}

static void failed_render_leaves_no_file(void **state)
{
	char path[256];
	struct export_result r;

	(void)state;
	snprintf(path, sizeof path, "%s/partial.txt", dir);
	r = export_to_file(path, false, FORMAT_TEXT, render_fails, NULL);
	assert_int_equal(r.status, EXPORT_WRITE);
	assert_int_equal(access(path, F_OK), -1);
}

static void prints_through_a_command(void **state)
{
	char cmd[512], out[256], *got;
	struct export_result r;

	(void)state;
	/* A fake printer: copies its standard input to a file. */
	snprintf(out, sizeof out, "%s/printed.txt", dir);
	snprintf(cmd, sizeof cmd, "cat > '%s'", out);
	r = export_to_printer(cmd, render_doc, "on paper");
	assert_int_equal(r.status, EXPORT_OK);
	got = slurp(out);
	assert_string_equal(got, "text document: on paper\n");	/* printers get text */
	free(got);
	unlink(out);

	r = export_to_printer("exit 3", render_doc, "x");
	assert_int_equal(r.status, EXPORT_PRINTER_FAILED);
	assert_int_equal(r.exit_status, 3);
	/* A command that reads nothing: an error, not SIGPIPE. */
	r = export_to_printer("/no/such/printer-command 2>/dev/null", render_doc, "x");
	assert_int_equal(r.status, EXPORT_PRINTER_FAILED);
	assert_int_equal(r.exit_status, 127);
}

static void printer_command_choice(void **state)
{
	(void)state;
	unsetenv("TIPCHECK_PRINTER");
	assert_string_equal(export_printer_command(NULL), "lp");
	setenv("TIPCHECK_PRINTER", "lpr -P office", 1);
	assert_string_equal(export_printer_command(NULL), "lpr -P office");
	assert_string_equal(export_printer_command("cat"), "cat");
	setenv("TIPCHECK_PRINTER", "", 1);
	assert_string_equal(export_printer_command(""), "lp");
	assert_string_equal(export_status_key(EXPORT_EXISTS), "ui.print.export.exists");
}

static int setup(void **state)
{
	(void)state;
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	return rmdir(dir);	/* fails when a test left a file behind */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(saves_new_file_0600),
		cmocka_unit_test(refuses_symlinks_and_bad_dirs),
		cmocka_unit_test(failed_render_leaves_no_file),
		cmocka_unit_test(prints_through_a_command),
		cmocka_unit_test(printer_command_choice),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, setup, teardown);
}
