/* Unit tests: compiled content gives the parse's own tree, and only for
 * the bytes it was made from; a broken cache is refused, never trusted. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "tipcheck/treecache.h"
#include "tipcheck/xalloc.h"

static const char doc[] =
	"id: sample\n"
	"title: \"A title: with a colon\"\n"
	"empty:\n"
	"items:\n"
	"  - id: one\n"
	"    sign: 'quoted'\n"
	"    weights: [1, 2, 3]\n"
	"  - id: two\n"
	"    nested: { a: b, c: [] }\n"
	"strings:\n"
	"  k: v\n";

struct files {
	char dir[64];
	char yaml[96];
	char cache[96];
};

static void write_file(const char *path, const char *bytes, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void make_files(struct files *f, const char *yaml)
{
	strcpy(f->dir, "/tmp/tipcheck-treecache-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->yaml, sizeof f->yaml, "%s/a.yaml", f->dir);
	snprintf(f->cache, sizeof f->cache, "%s/%s", f->dir, TREECACHE_FILE);
	write_file(f->yaml, yaml, strlen(yaml));
}

static void remove_files(struct files *f)
{
	unlink(f->yaml);
	unlink(f->cache);
	rmdir(f->dir);
}

/* Compiles the file at f->yaml into f->cache; returns the cache's bytes
 * (owned by the caller) and their length. */
static unsigned char *compile(struct files *f, size_t *len)
{
	struct treecache_writer *w = treecache_writer_new();
	struct diag_list d;
	struct ytree *t;
	const char *bytes;
	unsigned char *copy;
	size_t n;

	diag_list_init(&d, 10);
	t = treecache_load_file(NULL, w, f->yaml, "a.yaml", NULL, &d);
	assert_non_null(t);
	ytree_free(t);
	bytes = treecache_writer_bytes(w, len, &n);
	assert_int_equal(n, 1);
	copy = xmalloc(*len);
	memcpy(copy, bytes, *len);
	write_file(f->cache, bytes, *len);
	treecache_writer_free(w);
	diag_list_free(&d);
	return copy;
}

static void assert_same_node(const struct ynode *a, const struct ynode *b)
{
	assert_int_equal(a->type, b->type);
	assert_int_equal(a->plain, b->plain);
	assert_int_equal(a->pos.line, b->pos.line);
	assert_int_equal(a->pos.col, b->pos.col);
	assert_string_equal(a->pos.file, b->pos.file);
	assert_int_equal(a->len, b->len);
	if (a->type == YNODE_SCALAR) {
		assert_memory_equal(a->str, b->str, a->len + 1);
		return;
	}
	for (size_t i = 0; i < (a->type == YNODE_MAPPING ? 2 * a->len : a->len); i++)
		assert_same_node(a->v[i], b->v[i]);
}

/* Loads f->yaml through the cache at f->cache; returns the tree and
 * says whether the cache gave it. */
static struct ytree *load(struct files *f, const char *stop_key, bool *hit)
{
	struct treecache *c = treecache_open(f->cache);
	struct diag_list d;
	struct ytree *t;
	size_t hits, misses;

	diag_list_init(&d, 10);
	t = treecache_load_file(c, NULL, f->yaml, "a.yaml", stop_key, &d);
	treecache_counts(c, &hits, &misses);
	*hit = hits == 1;
	treecache_close(c);
	diag_list_free(&d);
	return t;
}

static void same_tree_as_the_parse(void **state)
{
	struct files f;
	struct diag_list d;
	struct ytree *parsed, *cached;
	size_t len;
	bool hit;

	(void)state;
	make_files(&f, doc);
	free(compile(&f, &len));
	cached = load(&f, NULL, &hit);
	assert_true(hit);
	diag_list_init(&d, 10);
	parsed = ytree_parse(doc, strlen(doc), "a.yaml", &d);
	assert_non_null(parsed);
	assert_non_null(cached);
	assert_same_node(parsed->root, cached->root);
	ytree_free(parsed);
	ytree_free(cached);
	diag_list_free(&d);
	remove_files(&f);
}

/* A head is parsed (cheaper than hashing the whole file) and ends
 * before its stop key, cache or not. */
static void head_ends_at_the_stop_key(void **state)
{
	struct files f;
	struct ytree *t;
	size_t len;
	bool hit;

	(void)state;
	make_files(&f, doc);
	free(compile(&f, &len));
	t = load(&f, "strings", &hit);
	assert_false(hit);
	assert_non_null(t);
	assert_int_equal(t->root->len, 4);
	assert_null(ymap_get(t->root, "strings"));
	ytree_free(t);
	remove_files(&f);
}

/* An edit after compiling is parsed, with its own errors and positions,
 * and counted as a file the cache lacks. */
static void edited_file_is_parsed(void **state)
{
	static const char broken[] = "id: sample\ntitle: [unclosed\n";
	char layer[96];
	struct files f;
	struct treecache *c;
	struct diag_list d;
	size_t len, hits, misses;

	(void)state;
	make_files(&f, doc);
	free(compile(&f, &len));
	write_file(f.yaml, broken, strlen(broken));
	c = treecache_open(f.cache);
	assert_non_null(c);
	diag_list_init(&d, 10);
	assert_null(treecache_load_file(c, NULL, f.yaml, "a.yaml", NULL, &d));
	assert_int_equal(d.n_errors, 1);
	assert_int_equal(d.v[0].line, 3);
	treecache_counts(c, &hits, &misses);
	assert_int_equal(hits, 0);
	assert_int_equal(misses, 1);
	/* A file beside the folder (a layer's) is not one the cache lacks. */
	snprintf(layer, sizeof layer, "%s-layer.yaml", f.dir);
	write_file(layer, doc, strlen(doc));
	ytree_free(treecache_load_file(c, NULL, layer, "b.yaml", NULL, &d));
	unlink(layer);
	treecache_counts(c, &hits, &misses);
	assert_int_equal(misses, 1);
	treecache_close(c);
	diag_list_free(&d);
	remove_files(&f);
}

/* A missing cache is no cache. */
static void no_cache_parses(void **state)
{
	struct files f;
	struct ytree *t;
	bool hit;

	(void)state;
	make_files(&f, doc);
	assert_null(treecache_open(f.cache));
	t = load(&f, NULL, &hit);
	assert_false(hit);
	assert_non_null(t);
	ytree_free(t);
	remove_files(&f);
}

/* Every cut and every changed byte of a cache: it is refused or gives
 * the parse's tree, and nothing crashes (the suite runs under ASan). */
static void broken_cache_never_trusted(void **state)
{
	struct files f;
	struct diag_list d;
	struct ytree *parsed;
	unsigned char *good, *bad;
	size_t len;

	(void)state;
	make_files(&f, doc);
	good = compile(&f, &len);
	diag_list_init(&d, 10);
	parsed = ytree_parse(doc, strlen(doc), "a.yaml", &d);
	bad = xmalloc(len);
	for (size_t cut = 0; cut < len; cut++) {
		struct ytree *t;
		bool hit;

		write_file(f.cache, (const char *)good, cut);
		t = load(&f, NULL, &hit);
		assert_false(hit);
		assert_non_null(t);
		ytree_free(t);
	}
	for (size_t i = 0; i < len; i++) {
		for (unsigned flip = 1; flip < 256; flip <<= 1) {
			struct ytree *t;
			bool hit;

			memcpy(bad, good, len);
			bad[i] ^= (unsigned char)flip;
			write_file(f.cache, (const char *)bad, len);
			t = load(&f, NULL, &hit);
			assert_non_null(t);
			/* A changed scalar byte or position still makes a tree:
			 * the cache is as trusted as its folder. The shape and
			 * every key stay the parse's, or it is refused. */
			assert_int_equal(t->root->type, parsed->root->type);
			assert_int_equal(t->root->len, parsed->root->len);
			ytree_free(t);
		}
	}
	free(bad);
	free(good);
	ytree_free(parsed);
	diag_list_free(&d);
	remove_files(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_tree_as_the_parse),
		cmocka_unit_test(head_ends_at_the_stop_key),
		cmocka_unit_test(edited_file_is_parsed),
		cmocka_unit_test(no_cache_parses),
		cmocka_unit_test(broken_cache_never_trusted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
