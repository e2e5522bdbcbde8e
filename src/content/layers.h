/*
 * Internal to src/content: the files of the merged content over its
 * layers (the shipped content, then /etc/tipcheck, then each --data DIR).
 * For each folder, a file name is taken from the topmost layer that has
 * it; a file in a later layer that holds only `remove: true` takes the
 * name out. The loader reads what this lists; nothing here reads content
 * beyond telling a removal apart.
 */
#ifndef TIPCHECK_LAYERS_H
#define TIPCHECK_LAYERS_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/diag.h"

struct layers {
	const char *const *roots;	/* base first; borrowed */
	size_t n_roots;
	struct diag_list *d;
	/* Keeps a path for positions (the content's file list) and returns
	 * the kept string; takes path. */
	const char *(*intern)(void *ctx, char *path);
	void *ctx;
	/* The last layer that removed or replaced a content file (not a
	 * translation); 0: none. Set by layers_files. */
	size_t changed_layer;
};

struct layer_file {
	char *name;		/* "uk.yaml"; owned */
	const char *path;	/* the file in its layer; interned */
	size_t layer;		/* index into roots */
};

/*
 * The *.yaml files of folder sub over all layers, sorted by name: each
 * name once, from the topmost layer that has it; removed names left out.
 * only, when not NULL, keeps that one name. A missing folder is empty.
 *
 * When a layer's folder exists but cannot be read, returns NULL with *n
 * 0, *unread_path its path (interned) and *unread_errno the error; the
 * caller says it once. A removal that is not alone in its file, that
 * stands in the base layer or that names nothing beneath is an error in
 * ls->d (file, line, column). Returns a new array (layers_free).
 */
struct layer_file *layers_files(struct layers *ls, const char *sub, const char *only,
				size_t *n, const char **unread_path, int *unread_errno);

void layers_free(struct layer_file *v, size_t n);

/* "ROOT/a" or "ROOT/a/b": a new string. */
char *layers_join(const char *root, const char *a, const char *b);

#endif
