/* Printing and saving a summary, only when the worker asks for it. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "export.h"

static const char *const status_keys[EXPORT_STATUS_COUNT] = {
	[EXPORT_OK] = "ui.print.export.ok",
	[EXPORT_EXISTS] = "ui.print.export.exists",
	[EXPORT_OPEN] = "ui.print.export.open",
	[EXPORT_WRITE] = "ui.print.export.write",
	[EXPORT_PRINTER_START] = "ui.print.export.printer_start",
	[EXPORT_PRINTER_FAILED] = "ui.print.export.printer_failed",
};

const char *export_status_key(enum export_status s)
{
	return s < EXPORT_STATUS_COUNT ? status_keys[s] : status_keys[EXPORT_WRITE];
}

const char *export_printer_command(const char *option)
{
	const char *env = getenv("TIPCHECK_PRINTER");

	if (option && *option)
		return option;
	return env && *env ? env : "lp";
}

struct export_result export_to_printer(const char *cmd, export_render_fn render, const void *arg)
{
	struct export_result r = { EXPORT_OK, 0, 0 };
	struct sigaction ign = { .sa_handler = SIG_IGN }, old;
	FILE *p;
	int rc, status;

	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	fflush(NULL);
	p = popen(cmd, "w");
	if (!p) {
		r = (struct export_result){ EXPORT_PRINTER_START, errno, 0 };
		goto out;
	}
	rc = render(p, FORMAT_TEXT, arg);
	if (fflush(p) != 0 || ferror(p))
		rc = -1;
	int write_errno = errno;
	status = pclose(p);
	if (status == -1) {
		r = (struct export_result){ EXPORT_PRINTER_START, errno, 0 };
	} else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		/* The shell says 127 when it cannot find the command. */
		r = (struct export_result){ EXPORT_PRINTER_FAILED, 0, WEXITSTATUS(status) };
	} else if (WIFSIGNALED(status)) {
		r = (struct export_result){ EXPORT_PRINTER_FAILED, 0, 128 + WTERMSIG(status) };
	} else if (rc != 0) {
		r = (struct export_result){ EXPORT_WRITE, write_errno, 0 };
	}
out:
	sigaction(SIGPIPE, &old, NULL);
	return r;
}

struct export_result export_to_file(const char *path, bool overwrite,
				    enum render_format format,
				    export_render_fn render, const void *arg)
{
	int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW;
	int fd, rc, err;
	FILE *f;

	flags |= overwrite ? O_TRUNC : O_EXCL;
	fd = open(path, flags, 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			return (struct export_result){ EXPORT_EXISTS, 0, 0 };
		return (struct export_result){ EXPORT_OPEN, errno, 0 };
	}
	f = fdopen(fd, "w");
	if (!f) {
		err = errno;
		close(fd);
		unlink(path);
		return (struct export_result){ EXPORT_OPEN, err, 0 };
	}
	rc = render(f, format, arg);
	err = errno;
	if (fflush(f) != 0 || ferror(f)) {
		rc = -1;
		err = errno;
	}
	if (fclose(f) != 0) {
		rc = -1;
		err = errno;
	}
	if (rc != 0) {
		unlink(path);
		return (struct export_result){ EXPORT_WRITE, err, 0 };
	}
	return (struct export_result){ EXPORT_OK, 0, 0 };
}
