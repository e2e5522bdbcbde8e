/* tipcheck compile: the parsed content kept beside it, for a faster start. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "tipcheck/treecache.h"
#include "tipcheck/xalloc.h"

static int write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* A new file beside the old, renamed over it once whole: a start-up
 * never reads half a cache. Readable by all, as the content is. */
static int replace(const char *dir, const char *path, const char *bytes, size_t len)
{
	char *tmp = xasprintf("%s/.%s-XXXXXX", dir, TREECACHE_FILE);
	int fd = mkostemp(tmp, O_CLOEXEC), err;

	if (fd < 0) {
		err = errno;
		free(tmp);
		return err;
	}
	err = fchmod(fd, 0644) ? errno : write_all(fd, bytes, len);
	if (fsync(fd) && !err)
		err = errno;
	if (close(fd) && !err)
		err = errno;
	if (!err && rename(tmp, path))
		err = errno;
	if (err)
		unlink(tmp);
	free(tmp);
	return err;
}

int cmd_compile(struct cli *cli)
{
	struct treecache_writer *w = treecache_writer_new();
	struct content *c;
	const char *bytes;
	size_t len, n;
	char *path;
	int err;

	cli_record_trees(cli, w);
	c = cli_content(cli, false);
	if (!c) {
		fprintf(stderr, "tipcheck compile: nothing written: the content has errors\n");
		treecache_writer_free(w);
		return EXIT_INVALID;
	}
	bytes = treecache_writer_bytes(w, &len, &n);
	path = xasprintf("%s/%s", c->dir, TREECACHE_FILE);
	err = replace(c->dir, path, bytes, len);
	if (err)
		fprintf(stderr, "%s: error: cannot write: %s\n", path, strerror(err));
	else
		printf("tipcheck compile: %s: %zu %s, %zu bytes\n", path, n,
		       n == 1 ? "file" : "files", len);
	free(path);
	treecache_writer_free(w);
	return err ? EXIT_INVALID : EXIT_OK;
}
