/* Process hardening: no core dumps, private files, answers wiped at exit. */
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "tipcheck/privacy.h"

int privacy_harden(void)
{
	struct rlimit none = { 0, 0 };
	int rc = 0;

	if (setrlimit(RLIMIT_CORE, &none) != 0)
		rc = -1;
	/* Also keeps other processes of the same user from reading our
	 * memory through ptrace or /proc/PID/mem. */
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
		rc = -1;
	umask(077);
	return rc;
}

void privacy_wipe(void *p, size_t len)
{
	if (p && len)
		explicit_bzero(p, len);
}

/* The one registered wipe. Set and cleared with the handled signals
 * blocked, so a handler never sees a half-updated pair. */
static void (*volatile wipe_fn)(void *);
static void *volatile wipe_arg;
static bool installed;

static const int wipe_signals[] = { SIGINT, SIGTERM, SIGHUP };

static void run_wipe(void)
{
	void (*fn)(void *) = wipe_fn;

	if (fn)
		fn(wipe_arg);
}

static void on_signal(int sig)
{
	run_wipe();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void block(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < sizeof wipe_signals / sizeof wipe_signals[0]; i++)
		sigaddset(&set, wipe_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

void privacy_on_exit(void (*wipe)(void *), void *arg)
{
	sigset_t old;

	block(&old);
	wipe_fn = wipe;
	wipe_arg = arg;
	if (!installed) {
		struct sigaction sa;

		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_signal;
		sigemptyset(&sa.sa_mask);
		for (size_t i = 0; i < sizeof wipe_signals / sizeof wipe_signals[0]; i++)
			sigaddset(&sa.sa_mask, wipe_signals[i]);
		for (size_t i = 0; i < sizeof wipe_signals / sizeof wipe_signals[0]; i++) {
			struct sigaction prev;

			/* A signal ignored by whoever started us (nohup) stays so. */
			if (sigaction(wipe_signals[i], NULL, &prev) == 0
			    && prev.sa_handler == SIG_IGN)
				continue;
			sigaction(wipe_signals[i], &sa, NULL);
		}
		atexit(run_wipe);
		installed = true;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void privacy_forget(void *arg)
{
	sigset_t old;

	block(&old);
	if (wipe_arg == arg) {
		wipe_fn = NULL;
		wipe_arg = NULL;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
}
