/* The files of the merged content: each folder's names over the layers, replaced or removed by later ones. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "layers.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

char *layers_join(const char *root, const char *a, const char *b)
{
	size_t n = strlen(root);
	const char *sep = n && root[n - 1] == '/' ? "" : "/";

	return b ? xasprintf("%s%s%s/%s", root, sep, a, b) : xasprintf("%s%s%s", root, sep, a);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(((const struct layer_file *)a)->name, ((const struct layer_file *)b)->name);
}

static bool is_yaml(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && len >= 6 && !strcmp(name + len - 5, ".yaml");
}

/*
 * Whether the file at path can hold the key `remove`: its bytes hold
 * "remove", or a backslash (a double-quoted key may spell it with
 * escapes). Most layered files cannot, and need no parse of their own
 * before the loader's. A file that cannot be read may (the parse says).
 */
static bool may_remove(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	char buf[65536];
	size_t keep = 0;
	ssize_t got = 0;
	struct stat st;
	bool may = false;

	/* Not a regular file: the parse says what it is. */
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		return true;
	}
	/* The last 5 bytes of a block stay for a word across blocks. */
	while (!may && ((got = read(fd, buf + keep, sizeof buf - keep)) > 0 ||
			(got < 0 && errno == EINTR))) {
		size_t len;

		if (got < 0)
			continue;
		len = keep + (size_t)got;
		may = memchr(buf + keep, '\\', (size_t)got) || memmem(buf, len, "remove", 6);
		keep = len < 5 ? len : 5;
		memmove(buf, buf + len - keep, keep);
	}
	close(fd);
	return may || got < 0;
}

/*
 * Whether the file at path is a removal: a mapping with the key `remove`.
 * One that holds anything but `remove: true` is an error (said here).
 * A file that does not parse is not a removal: reading it reports why.
 */
static bool is_removal(const struct layers *ls, const char *path)
{
	struct diag_list scratch = { 0 };
	struct ytree *t;
	const struct ynode *v;
	bool removal = false;

	if (!may_remove(path))
		return false;
	diag_list_init(&scratch, 1);
	t = ytree_load_file(path, path, &scratch);
	diag_list_free(&scratch);
	if (t && t->root->type == YNODE_MAPPING && (v = ymap_get(t->root, "remove"))) {
		removal = true;
		if (t->root->len != 1 || v->type != YNODE_SCALAR || strcmp(v->str, "true")) {
			struct pos at = v->pos;

			at.file = ls->intern(ls->ctx, xstrdup(path));
			diag_error(ls->d, at, DIAG_VALUE,
				   "a file that removes another holds only 'remove: true'");
		}
	}
	ytree_free(t);
	return removal;
}

static struct layer_file *find(struct layer_file *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i].name, name))
			return &v[i];
	return NULL;
}

struct layer_file *layers_files(struct layers *ls, const char *sub, const char *only,
				size_t *n, const char **unread_path, int *unread_errno)
{
	struct layer_file *v = NULL;
	size_t cap = 0;

	*n = 0;
	for (size_t layer = 0; layer < ls->n_roots; layer++) {
		char *folder = layers_join(ls->roots[layer], sub, NULL);
		DIR *dp = opendir(folder);
		struct dirent *e;

		if (!dp) {
			if (errno != ENOENT) {
				*unread_errno = errno;
				*unread_path = ls->intern(ls->ctx, folder);
				layers_free(v, *n);
				*n = 0;
				return NULL;
			}
			free(folder);
			continue;
		}
		while ((e = readdir(dp))) {
			struct layer_file *f;
			char *path;

			if (!is_yaml(e->d_name) || (only && strcmp(e->d_name, only)))
				continue;
			path = layers_join(folder, e->d_name, NULL);
			f = find(v, *n, e->d_name);
			if (layer > 0 && is_removal(ls, path)) {
				if (f) {
					ls->changed_layer = layer;
					free(f->name);
					*f = v[--*n];
				} else {
					diag_error(ls->d,
						   ((struct pos){ ls->intern(ls->ctx, path), 0, 0 }),
						   DIAG_REFERENCE,
						   "removes %s/%s, which no layer beneath holds", sub,
						   e->d_name);
					path = NULL;
				}
				free(path);
				continue;
			}
			/* A content file replaced may hold less than the one
			 * beneath: translations beneath may name what is gone. */
			if (f && strcmp(sub, "translations"))
				ls->changed_layer = layer;
			if (!f) {
				if (*n == cap) {
					cap = cap ? cap * 2 : 16;
					v = xreallocarray(v, cap, sizeof *v);
				}
				f = &v[(*n)++];
				f->name = xstrdup(e->d_name);
			}
			f->path = ls->intern(ls->ctx, path);
			f->layer = layer;
		}
		closedir(dp);
		free(folder);
	}
	if (*n)
		qsort(v, *n, sizeof *v, cmp_name);
	return v;
}

void layers_free(struct layer_file *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}
