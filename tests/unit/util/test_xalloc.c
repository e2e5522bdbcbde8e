/* Unit tests: out of memory runs the front end's hook, then prints, then aborts. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "tipcheck/xalloc.h"

static void hook_says(void)
{
	static const char msg[] = "terminal restored\n";

	if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0)
		_exit(3);
}

/* A hook that runs out of memory itself must not run again. */
static void hook_fails(void)
{
	hook_says();
	xreallocarray(NULL, SIZE_MAX, 2);
}

/* Runs an allocation that cannot succeed (the size overflows, so no
 * allocator or sanitizer is asked) in a child, with hook registered when
 * not NULL (else with the hook the parent left);
 * returns what the child wrote to stderr and sets *sig to the signal that
 * ended it (0 when it exited). */
static char *run_oom(void (*hook)(void), int *sig)
{
	static char out[256];
	int fd[2], status;
	size_t len = 0;
	ssize_t n;
	pid_t pid;

	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(fd[1], STDERR_FILENO);
		close(fd[0]);
		if (hook)
			xalloc_on_fatal(hook);
		xreallocarray(NULL, SIZE_MAX, 2);
		_exit(0);
	}
	close(fd[1]);
	while (len < sizeof out - 1 && (n = read(fd[0], out + len, sizeof out - 1 - len)) > 0)
		len += (size_t)n;
	out[len] = '\0';
	close(fd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	*sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	return out;
}

static void hook_runs_before_the_message(void **state)
{
	int sig;
	const char *out = run_oom(hook_says, &sig);

	(void)state;
	assert_string_equal(out, "terminal restored\ntipcheck: out of memory\n");
	assert_int_equal(sig, SIGABRT);
}

static void no_hook(void **state)
{
	int sig;
	const char *out = run_oom(NULL, &sig);

	(void)state;
	assert_string_equal(out, "tipcheck: out of memory\n");
	assert_int_equal(sig, SIGABRT);
}

static void hook_runs_once(void **state)
{
	int sig;
	const char *out = run_oom(hook_fails, &sig);

	(void)state;
	assert_string_equal(out, "terminal restored\ntipcheck: out of memory\n");
	assert_int_equal(sig, SIGABRT);
}

/* Registering NULL removes the hook. */
static void hook_removed(void **state)
{
	int sig;
	const char *out;

	(void)state;
	xalloc_on_fatal(hook_says);
	xalloc_on_fatal(NULL);
	out = run_oom(NULL, &sig);
	assert_string_equal(out, "tipcheck: out of memory\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hook_runs_before_the_message),
		cmocka_unit_test(no_hook),
		cmocka_unit_test(hook_runs_once),
		cmocka_unit_test(hook_removed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
