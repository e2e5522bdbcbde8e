/* privacy_harden, privacy_wipe and privacy_on_exit seen from inside the process. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "tipcheck/privacy.h"

static void harden(void **state)
{
	struct rlimit rl;
	mode_t old;

	(void)state;
	assert_int_equal(privacy_harden(), 0);
	assert_int_equal(getrlimit(RLIMIT_CORE, &rl), 0);
	assert_int_equal(rl.rlim_cur, 0);
	assert_int_equal(rl.rlim_max, 0);
	assert_int_equal(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
	old = umask(0);
	umask(old);
	assert_int_equal(old, 077);
}

static void wipe(void **state)
{
	char buf[16];

	(void)state;
	memset(buf, 'x', sizeof buf);
	privacy_wipe(buf, sizeof buf);
	for (size_t i = 0; i < sizeof buf; i++)
		assert_int_equal(buf[i], 0);
	privacy_wipe(NULL, 4);
}

/* In a child: the callback runs on SIGTERM, then the default action. */
static int pipe_w = -1;

static void note(void *arg)
{
	/* A byte lost is a byte the parent misses: the test fails there. */
	ssize_t n = write(pipe_w, arg, 1);

	(void)n;
}

static void on_signal(void **state)
{
	int fd[2], status;
	char got = 0;
	pid_t pid;

	(void)state;
	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		pipe_w = fd[1];
		privacy_on_exit(note, (void *)"w");
		raise(SIGTERM);
		_exit(0);	/* not reached: the default action ends us */
	}
	close(fd[1]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGTERM);
	assert_int_equal(read(fd[0], &got, 1), 1);
	assert_int_equal(got, 'w');
	close(fd[0]);
}

/* On exit too; and privacy_forget only drops its own callback. */
static void on_exit_and_forget(void **state)
{
	int fd[2], status;
	char got[4] = { 0 };
	pid_t pid;

	(void)state;
	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		pipe_w = fd[1];
		privacy_on_exit(note, (void *)"a");
		privacy_forget((void *)"not-a");	/* someone else's: kept */
		exit(0);
	}
	close(fd[1]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(read(fd[0], got, sizeof got), 1);
	assert_int_equal(got[0], 'a');
	close(fd[0]);

	assert_int_equal(pipe(fd), 0);
	pid = fork();
	if (pid == 0) {
		static const char a[] = "a";

		pipe_w = fd[1];
		privacy_on_exit(note, (void *)a);
		privacy_forget((void *)a);
		exit(0);
	}
	close(fd[1]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_int_equal(read(fd[0], got, sizeof got), 0);	/* nothing ran */
	close(fd[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(harden),
		cmocka_unit_test(wipe),
		cmocka_unit_test(on_signal),
		cmocka_unit_test(on_exit_and_forget),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
