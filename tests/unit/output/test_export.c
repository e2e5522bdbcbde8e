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
#include <dirent.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "export.h"
#include "tipcheck/loader.h"

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
	assert_true(fread(buf, 1, 4095, f) < 4095 && !ferror(f));
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

static char *at(const char *name)
{
	static char path[4][256];
	static int i;

	i = (i + 1) % 4;
	snprintf(path[i], sizeof path[i], "%s/%s", dir, name);
	return path[i];
}

static void write_text(const char *path, const char *text, mode_t mode)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(chmod(path, mode), 0);
}

/* Only a new name or a regular file: anything else is refused before the
 * document is even rendered, and nothing is opened. */
static void refuses_what_is_not_a_file(void **state)
{
	struct {
		const char *name;
		enum export_status want;
	} cases[] = {
		{ "link", EXPORT_IS_LINK }, { "dangling", EXPORT_IS_LINK },
		{ "fifo", EXPORT_IS_FIFO }, { "folder", EXPORT_IS_DIRECTORY },
		{ "sock", EXPORT_IS_SOCKET },
	};
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	struct export_result r;
	int sock;

	(void)state;
	write_text(at("target"), "kept\n", 0600);
	assert_int_equal(symlink(at("target"), at("link")), 0);
	assert_int_equal(symlink(at("nowhere"), at("dangling")), 0);
	assert_int_equal(mkfifo(at("fifo"), 0600), 0);
	assert_int_equal(mkdir(at("folder"), 0700), 0);
	sock = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_true(sock >= 0);
	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", at("sock"));
	assert_int_equal(bind(sock, (struct sockaddr *)&sa, sizeof sa), 0);

	/* A FIFO nobody reads would block open() for ever: the alarm fails
	 * the test instead of hanging it. */
	alarm(20);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (int overwrite = 0; overwrite < 2; overwrite++) {
			calls = 0;
			r = export_to_file(at(cases[i].name), overwrite, FORMAT_TEXT, render_doc, "x");
			assert_int_equal(r.status, cases[i].want);
			assert_int_equal(calls, 0);
		}
	}
	r = export_to_file("/dev/full", true, FORMAT_TEXT, render_doc, "x");
	assert_int_equal(r.status, EXPORT_IS_DEVICE);
	r = export_to_file("/dev/null", true, FORMAT_TEXT, render_doc, "x");
	assert_int_equal(r.status, EXPORT_IS_DEVICE);
	alarm(0);
	assert_int_equal(access(at("nowhere"), F_OK), -1);
	{
		char *got = slurp(at("target"));

		assert_string_equal(got, "kept\n");
		free(got);
	}
	close(sock);
	unlink(at("sock"));
	rmdir(at("folder"));
	unlink(at("fifo"));
	unlink(at("dangling"));
	unlink(at("link"));
	unlink(at("target"));

	r = export_to_file(at("no/such/dir/file.txt"), false, FORMAT_TEXT, render_doc, "x");
	assert_int_equal(r.status, EXPORT_OPEN);
	assert_int_equal(r.error, ENOENT);
}

/* Nothing else in the folder: the temporary file is gone. */
static void assert_folder_holds(const char *const *names, size_t n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t seen = 0;

	assert_non_null(d);
	while ((e = readdir(d))) {
		bool known = false;

		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		for (size_t i = 0; i < n; i++)
			known |= !strcmp(e->d_name, names[i]);
		if (!known)
			fail_msg("unexpected file left: %s", e->d_name);
		seen++;
	}
	closedir(d);
	assert_int_equal(seen, n);
}

/* Replacing: a new 0600 file renamed over the old name; another hard
 * link keeps the old text; the old mode does not carry over. */
static void replaces_by_rename(void **state)
{
	const char *names[] = { "old.txt", "elsewhere.txt" };
	struct stat before, after, other;
	struct export_result r;
	char *got;

	(void)state;
	write_text(at("old.txt"), "old text\n", 0644);
	assert_int_equal(link(at("old.txt"), at("elsewhere.txt")), 0);
	assert_int_equal(stat(at("old.txt"), &before), 0);
	r = export_to_file(at("old.txt"), true, FORMAT_TEXT, render_doc, "new");
	assert_int_equal(r.status, EXPORT_OK);
	assert_int_equal(stat(at("old.txt"), &after), 0);
	assert_int_equal(after.st_mode & 0777, 0600);
	assert_true(after.st_ino != before.st_ino);
	assert_int_equal(after.st_nlink, 1);
	got = slurp(at("old.txt"));
	assert_string_equal(got, "text document: new\n");
	free(got);
	got = slurp(at("elsewhere.txt"));
	assert_string_equal(got, "old text\n");		/* not written through */
	free(got);
	assert_int_equal(stat(at("elsewhere.txt"), &other), 0);
	assert_int_equal(other.st_mode & 0777, 0644);
	assert_folder_holds(names, 2);
	unlink(at("old.txt"));
	unlink(at("elsewhere.txt"));
}

/* A failed write (here the renderer) leaves the old file as it was and
 * no temporary file behind; a new name is not left half-written. */
static void failed_write_keeps_the_old_file(void **state)
{
	const char *names[] = { "keep.txt" };
	struct export_result r;
	char *got;

	(void)state;
	write_text(at("keep.txt"), "the old summary\n", 0600);
	r = export_to_file(at("keep.txt"), true, FORMAT_TEXT, render_fails, NULL);
	assert_int_equal(r.status, EXPORT_WRITE);
	got = slurp(at("keep.txt"));
	assert_string_equal(got, "the old summary\n");
	free(got);
	assert_folder_holds(names, 1);
	unlink(at("keep.txt"));

	r = export_to_file(at("partial.txt"), false, FORMAT_TEXT, render_fails, NULL);
	assert_int_equal(r.status, EXPORT_WRITE);
	assert_int_equal(access(at("partial.txt"), F_OK), -1);
}

/* The messages quote the name the worker typed, escaped. */
static void messages_escape_the_name(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d;
	struct content *c;
	struct tr t;
	char *msg;

	(void)state;
	diag_list_init(&d, 0);
	c = loader_load(src ? src : ".", &d);
	assert_non_null(c);
	tr_init(&t, c, "en");
	msg = export_message(&t, (struct export_result){ EXPORT_IS_FIFO, 0, 0 },
			     "a\xe2\x80\xae" "b\x1b", NULL);
	assert_non_null(strstr(msg, "a<U+202E>b<U+001B> is a named pipe"));
	assert_null(strstr(msg, "\x1b"));
	free(msg);
	msg = export_message(&t, (struct export_result){ EXPORT_PRINTER_FAILED, 0, 3 }, NULL,
			     "lp\xe2\x80\xae");
	assert_non_null(strstr(msg, "'lp<U+202E>' failed (exit status 3)"));
	free(msg);
	content_free(c);
	diag_list_free(&d);
}

static void prints_through_a_command(void **state)
{
	char cmd[512], out[256], *got;
	struct export_result r;

	(void)state;
	/* A fake printer: copies its standard input to a file. */
	snprintf(out, sizeof out, "%s/printed.txt", dir);
	snprintf(cmd, sizeof cmd, "cat > '%s'", out);
	r = export_to_printer(cmd, render_doc, "on paper", NULL);
	assert_int_equal(r.status, EXPORT_OK);
	got = slurp(out);
	assert_string_equal(got, "text document: on paper\n");	/* printers get text */
	free(got);
	unlink(out);

	r = export_to_printer("exit 3", render_doc, "x", NULL);
	assert_int_equal(r.status, EXPORT_PRINTER_FAILED);
	assert_int_equal(r.exit_status, 3);
	/* A command that reads nothing: an error, not SIGPIPE. */
	r = export_to_printer("/no/such/printer-command 2>/dev/null", render_doc, "x", NULL);
	assert_int_equal(r.status, EXPORT_PRINTER_FAILED);
	assert_int_equal(r.exit_status, 127);
}

/* About 2 MB: more than a pipe holds, so writing it waits for the reader. */
static int render_big(FILE *out, enum render_format format, const void *arg)
{
	(void)format;
	(void)arg;
	for (int i = 0; i < 20000; i++)
		fprintf(out, "%099d\n", i);
	return 0;
}

/* Keys come through a pipe, as from the terminal: 's' stops, 'q' quits,
 * anything else is dropped. */
static int keys[2];

static enum export_key key_from_pipe(void *arg)
{
	char c;

	(void)arg;
	if (read(keys[0], &c, 1) != 1)
		return EXPORT_KEY_NONE;
	return c == 'q' ? EXPORT_KEY_QUIT : c == 's' ? EXPORT_KEY_STOP : EXPORT_KEY_NONE;
}

/* Presses a dropped key, then key, once the file wait_for exists (the
 * printer command is running); a child process, as a person would. */
static pid_t press_later(const char *wait_for, char key)
{
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		for (int i = 0; i < 400 && access(wait_for, F_OK) != 0; i++)
			usleep(25000);
		usleep(100000);
		if (write(keys[1], "x", 1) != 1 || write(keys[1], &key, 1) != 1)
			_exit(1);
		_exit(0);
	}
	return pid;
}

/* Gone, or a zombie waiting for init: not running. */
static bool running(pid_t pid)
{
	char path[64], state = 'X';
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return false;
	if (fscanf(f, "%*d %*s %c", &state) != 1)
		state = 'X';
	fclose(f);
	return state != 'Z' && state != 'X';
}

/* A slow printer, or one that never reads: the keyboard still works, and
 * stopping kills the command and what it started. */
static void printing_can_be_left(void **state)
{
	struct export_watch w = { 0, key_from_pipe, NULL };
	char cmd[1024], pidfile[256];
	struct export_result r;
	pid_t presser, child = 0;
	FILE *f;
	int status;

	(void)state;
	assert_int_equal(pipe(keys), 0);
	w.fd = keys[0];
	snprintf(pidfile, sizeof pidfile, "%s/printer.pid", dir);
	/* The command starts a process of its own and waits: a slow lp. */
	snprintf(cmd, sizeof cmd, "sleep 60 & echo $! > '%s.tmp'; mv '%s.tmp' '%s'; wait",
		 pidfile, pidfile, pidfile);
	alarm(30);
	presser = press_later(pidfile, 's');
	r = export_to_printer(cmd, render_doc, "x", &w);
	assert_int_equal(r.status, EXPORT_STOPPED);
	assert_int_equal(waitpid(presser, &status, 0), presser);
	f = fopen(pidfile, "r");
	assert_non_null(f);
	assert_int_equal(fscanf(f, "%d", &child), 1);
	fclose(f);
	for (int i = 0; i < 200 && running(child); i++)
		usleep(10000);
	assert_false(running(child));
	unlink(pidfile);

	/* A printer that never reads a document larger than the pipe: the
	 * write waits, the keyboard does not. */
	snprintf(cmd, sizeof cmd, ": > '%s'; exec sleep 60", pidfile);
	presser = press_later(pidfile, 'q');
	r = export_to_printer(cmd, render_big, NULL, &w);
	assert_int_equal(r.status, EXPORT_QUIT);
	assert_int_equal(waitpid(presser, &status, 0), presser);
	unlink(pidfile);
	alarm(0);

	/* One that exits without reading: an error, not SIGPIPE. */
	r = export_to_printer("exit 0", render_big, NULL, &w);
	assert_int_equal(r.status, EXPORT_WRITE);
	assert_int_equal(r.error, EPIPE);
	close(keys[0]);
	close(keys[1]);
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
		cmocka_unit_test(refuses_what_is_not_a_file),
		cmocka_unit_test(replaces_by_rename),
		cmocka_unit_test(failed_write_keeps_the_old_file),
		cmocka_unit_test(messages_escape_the_name),
		cmocka_unit_test(prints_through_a_command),
		cmocka_unit_test(printing_can_be_left),
		cmocka_unit_test(printer_command_choice),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, setup, teardown);
}
