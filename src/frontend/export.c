/* Printing and saving a summary, only when the worker asks for it. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "export.h"
#include "tipcheck/echo.h"
#include "tipcheck/privacy.h"
#include "tipcheck/xalloc.h"

static const char *const status_keys[EXPORT_STATUS_COUNT] = {
	[EXPORT_OK] = "ui.print.export.ok",
	[EXPORT_EXISTS] = "ui.print.export.exists",
	[EXPORT_IS_DIRECTORY] = "ui.print.export.is-directory",
	[EXPORT_IS_LINK] = "ui.print.export.is-link",
	[EXPORT_IS_FIFO] = "ui.print.export.is-fifo",
	[EXPORT_IS_SOCKET] = "ui.print.export.is-socket",
	[EXPORT_IS_DEVICE] = "ui.print.export.is-device",
	[EXPORT_OPEN] = "ui.print.export.open",
	[EXPORT_WRITE] = "ui.print.export.write",
	[EXPORT_PRINTER_START] = "ui.print.export.printer_start",
	[EXPORT_PRINTER_FAILED] = "ui.print.export.printer_failed",
	[EXPORT_STOPPED] = "ui.print.export.stopped",
	[EXPORT_QUIT] = "ui.print.export.stopped",
};

const char *export_status_key(enum export_status s)
{
	return s < EXPORT_STATUS_COUNT ? status_keys[s] : status_keys[EXPORT_WRITE];
}

char *export_message(const struct tr *t, struct export_result r, const char *path,
		     const char *command)
{
	char status[16];
	char *safe_path = echo_escape(path ? path : "");
	char *safe_command = echo_escape(command ? command : "");
	const char *names[] = { "path", "command", "error", "status" };
	const char *values[] = { safe_path, safe_command, r.error ? strerror(r.error) : "",
				 status };
	char *msg;

	snprintf(status, sizeof status, "%d", r.exit_status);
	msg = tr_format(tr_ui(t, export_status_key(r.status)), names, values, 4);
	free(safe_path);
	free(safe_command);
	return msg;
}

const char *export_printer_command(const char *option)
{
	const char *env = getenv("TIPCHECK_PRINTER");

	if (option && *option)
		return option;
	return env && *env ? env : "lp";
}

/* The document in memory, so that writing it can be watched and never
 * blocks in the renderer. Wiped and freed by doc_free. */
struct doc {
	char *buf;
	size_t len;
};

static int doc_render(struct doc *d, enum render_format format, export_render_fn render,
		      const void *arg)
{
	FILE *m = open_memstream(&d->buf, &d->len);
	int rc;

	if (!m)
		return -1;
	errno = 0;
	rc = render(m, format, arg);
	if (fclose(m) != 0)
		rc = -1;
	return rc;
}

static void doc_free(struct doc *d)
{
	privacy_wipe(d->buf, d->len);
	free(d->buf);
}

/* --- printing ---------------------------------------------------------- */

/* The watched descriptor, or -1 when there is none (any more). */
struct watching {
	const struct export_watch *w;
	int fd;
};

/* Asks the watch, when its descriptor has input, what the worker wants.
 * A descriptor that hung up is watched no more (else poll spins). */
static enum export_key ask_watch(struct watching *wg, short revents)
{
	if (revents & (POLLERR | POLLHUP | POLLNVAL)) {
		wg->fd = -1;
		return EXPORT_KEY_NONE;
	}
	if (!(revents & POLLIN))
		return EXPORT_KEY_NONE;
	return wg->w->key(wg->w->arg);
}

/* Starts sh -c cmd in a process group of its own (so that stopping it
 * stops what it started), reading from a pipe. Returns its pid and the
 * pipe's writing end, or -1. */
static pid_t start_printer(const char *cmd, int *to)
{
	int fds[2];
	pid_t pid;

	if (pipe2(fds, O_CLOEXEC) != 0)
		return -1;
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		struct sigaction dfl = { .sa_handler = SIG_DFL };
		sigset_t none;

		/* Only async-signal-safe calls between fork and exec. */
		sigemptyset(&dfl.sa_mask);
		sigaction(SIGPIPE, &dfl, NULL);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		setpgid(0, 0);
		if (dup2(fds[0], STDIN_FILENO) < 0)
			_exit(126);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	if (pid < 0) {
		close(fds[1]);
		return -1;
	}
	/* Our side too, so that the parent never waits in setpgid's race. */
	setpgid(pid, pid);
	*to = fds[1];
	return pid;
}

/* Stops the printer command and everything it started. */
static void stop_printer(pid_t pid)
{
	int status;

	kill(-pid, SIGKILL);
	kill(pid, SIGKILL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
}

/*
 * Writes the document to the printer and waits for it, watching w. Sets
 * *verdict to what the worker asked (EXPORT_KEY_NONE when nothing), *status
 * to the wait status, and returns 0, or an errno when writing failed (the
 * command then still ran to its end).
 */
static int feed_printer(pid_t pid, int to, const struct doc *d, const struct export_watch *w,
			enum export_key *verdict, int *status)
{
	struct watching wg = { w, w ? w->fd : -1 };
	size_t done = 0;
	int err = 0;

	*verdict = EXPORT_KEY_NONE;
	fcntl(to, F_SETFL, O_NONBLOCK);
	while (to >= 0) {
		struct pollfd p[2] = { { to, POLLOUT, 0 }, { wg.fd, POLLIN, 0 } };

		if (done == d->len) {
			close(to);
			to = -1;
			break;
		}
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			err = errno;
			break;
		}
		*verdict = ask_watch(&wg, p[1].revents);
		if (*verdict != EXPORT_KEY_NONE)
			break;
		if (p[0].revents & (POLLOUT | POLLERR | POLLHUP)) {
			ssize_t n = write(to, d->buf + done, d->len - done);

			if (n > 0) {
				done += (size_t)n;
			} else if (n < 0 && errno != EAGAIN && errno != EINTR) {
				/* EPIPE: the command stopped reading. */
				err = errno;
				break;
			}
		}
	}
	if (to >= 0)
		close(to);
	/* The command's end, still watching: a slow printer can be left. */
	while (*verdict == EXPORT_KEY_NONE) {
		struct pollfd p = { wg.fd, POLLIN, 0 };
		pid_t got = wg.fd < 0 ? waitpid(pid, status, 0) : waitpid(pid, status, WNOHANG);

		if (got == pid)
			return err;
		if (got < 0 && errno != EINTR) {
			*status = 0;
			return err ? err : errno;
		}
		if (wg.fd >= 0 && poll(&p, 1, 50) > 0)
			*verdict = ask_watch(&wg, p.revents);
	}
	stop_printer(pid);
	return err;
}

struct export_result export_to_printer(const char *cmd, export_render_fn render, const void *arg,
				       const struct export_watch *w)
{
	struct export_result r = { EXPORT_OK, 0, 0 };
	struct sigaction ign = { .sa_handler = SIG_IGN }, old;
	enum export_key verdict;
	struct doc d = { NULL, 0 };
	int to, err, status = 0;
	pid_t pid;

	if (doc_render(&d, FORMAT_TEXT, render, arg) != 0) {
		doc_free(&d);
		return (struct export_result){ EXPORT_WRITE, errno, 0 };
	}
	/* A command that stops reading is an error, not the end of tipcheck. */
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	pid = start_printer(cmd, &to);
	if (pid < 0) {
		r = (struct export_result){ EXPORT_PRINTER_START, errno, 0 };
		goto out;
	}
	err = feed_printer(pid, to, &d, w, &verdict, &status);
	if (verdict == EXPORT_KEY_STOP)
		r.status = EXPORT_STOPPED;
	else if (verdict == EXPORT_KEY_QUIT)
		r.status = EXPORT_QUIT;
	else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		/* The shell says 127 when it cannot find the command. */
		r = (struct export_result){ EXPORT_PRINTER_FAILED, 0, WEXITSTATUS(status) };
	else if (WIFSIGNALED(status))
		r = (struct export_result){ EXPORT_PRINTER_FAILED, 0, 128 + WTERMSIG(status) };
	else if (err)
		r = (struct export_result){ EXPORT_WRITE, err, 0 };
out:
	sigaction(SIGPIPE, &old, NULL);
	doc_free(&d);
	return r;
}

/* --- saving ------------------------------------------------------------ */

/* What is at path decides: only a new name or a regular file. */
static enum export_status kind_of(mode_t mode)
{
	if (S_ISREG(mode))
		return EXPORT_OK;
	if (S_ISDIR(mode))
		return EXPORT_IS_DIRECTORY;
	if (S_ISLNK(mode))
		return EXPORT_IS_LINK;
	if (S_ISFIFO(mode))
		return EXPORT_IS_FIFO;
	if (S_ISSOCK(mode))
		return EXPORT_IS_SOCKET;
	return EXPORT_IS_DEVICE;
}

/* Writes all of d to fd and makes it durable. Returns 0 or an errno. */
static int write_all(int fd, const struct doc *d)
{
	size_t done = 0;

	while (done < d->len) {
		ssize_t n = write(fd, d->buf + done, d->len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? errno : EIO;
		done += (size_t)n;
	}
	return fsync(fd) == 0 ? 0 : errno;
}

/* The folder path is in, for the new file next to it. Owned. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* Makes a rename in folder durable; a folder that cannot be synced
 * (some file systems) changes nothing of the result. */
static void sync_folder(const char *folder)
{
	int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* A new name: created exclusively, never through a link; removed again
 * when the write fails. */
static struct export_result save_new(const char *path, const struct doc *d)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
		      0600);
	int err;

	if (fd < 0) {
		if (errno == EEXIST)
			return (struct export_result){ EXPORT_EXISTS, 0, 0 };
		return (struct export_result){ EXPORT_OPEN, errno, 0 };
	}
	err = write_all(fd, d);
	if (close(fd) != 0 && !err)
		err = errno;
	if (err) {
		unlink(path);
		return (struct export_result){ EXPORT_WRITE, err, 0 };
	}
	return (struct export_result){ EXPORT_OK, 0, 0 };
}

/* Replacing: a new file beside the old one, renamed over it only once
 * complete. The old file (and any other name it has) is never opened. */
static struct export_result save_replace(const char *path, const struct doc *d)
{
	char *folder = folder_of(path);
	char *tmp = xasprintf("%s/.tipcheck-XXXXXX", folder);
	/* mkostemp: O_CREAT | O_EXCL, mode 0600: exclusive, follows no link. */
	int fd = mkostemp(tmp, O_CLOEXEC);
	struct export_result r = { EXPORT_OK, 0, 0 };
	int err;

	if (fd < 0) {
		r = (struct export_result){ EXPORT_OPEN, errno, 0 };
		goto out;
	}
	err = write_all(fd, d);
	if (close(fd) != 0 && !err)
		err = errno;
	if (!err && rename(tmp, path) != 0)
		err = errno;
	if (err) {
		unlink(tmp);
		r = (struct export_result){ EXPORT_WRITE, err, 0 };
		goto out;
	}
	sync_folder(folder);
out:
	free(tmp);
	free(folder);
	return r;
}

struct export_result export_to_file(const char *path, bool overwrite,
				    enum render_format format,
				    export_render_fn render, const void *arg)
{
	struct export_result r;
	struct doc d = { NULL, 0 };
	struct stat st;
	bool exists;

	/* Decided before anything is written, and without opening what is
	 * there: opening a FIFO would wait for a reader. */
	if (lstat(path, &st) == 0) {
		if (kind_of(st.st_mode) != EXPORT_OK)
			return (struct export_result){ kind_of(st.st_mode), 0, 0 };
		if (!overwrite)
			return (struct export_result){ EXPORT_EXISTS, 0, 0 };
		exists = true;
	} else if (errno == ENOENT) {
		exists = false;
	} else {
		return (struct export_result){ EXPORT_OPEN, errno, 0 };
	}
	if (doc_render(&d, format, render, arg) != 0) {
		r = (struct export_result){ EXPORT_WRITE, errno, 0 };
	} else {
		r = exists ? save_replace(path, &d) : save_new(path, &d);
	}
	doc_free(&d);
	return r;
}
