/* Compiled content: parsed trees kept by the bytes they came from. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <endian.h>
#include <yaml.h>

#include "tipcheck/treecache.h"
#include "tipcheck/xalloc.h"

/*
 * The file, every number little-endian:
 *   header   "TIPTREES", u32 format, u32 YTREE_VERSION, u32 entries,
 *            u32 0, libyaml's version (32 bytes, NUL-padded)
 *   index    per entry, sorted by key: u64 hash[2], u64 source length,
 *            u64 offset, u64 size
 *   trees    per entry: u32 nodes, u32 children (over all collections),
 *            then its nodes in pre-order: u8 type (| 0x80 when a plain
 *            scalar), u32 line, u32 column, u32 n (a scalar's bytes,
 *            which follow with a NUL; a collection's children: items, or
 *            keys and values); nothing else. A tree is read in one piece
 *            and its scalars stay where they are read.
 */
#define MAGIC "TIPTREES"
#define FORMAT 2
#define HEADER_SIZE 56
#define ENTRY_SIZE 40
#define NODE_SIZE 13
#define TREE_HEAD 8
#define PLAIN_BIT 0x80
#define PARSER_SIZE 32

struct key {
	uint64_t hash[2];
	uint64_t len;		/* of the source */
};

struct entry {
	struct key key;
	uint64_t offset, size;
};

struct treecache {
	int fd;
	struct entry *v;
	size_t n;
	uint64_t file_size;
	char *folder;		/* the cache's folder, with its '/' */
	size_t folder_len;
	size_t hits, misses;	/* misses: files of the folder only */
};

/* --- little-endian numbers -------------------------------------------- */

static uint64_t get_le(const unsigned char *p, int bytes)
{
	uint64_t x = 0;

	for (int i = bytes; i-- > 0;)
		x = x << 8 | p[i];
	return x;
}

static void put_le(unsigned char *p, uint64_t x, int bytes)
{
	for (int i = 0; i < bytes; i++, x >>= 8)
		p[i] = (unsigned char)x;
}

/* --- the key of a file's bytes ---------------------------------------- */

static uint64_t rotl(uint64_t x, int r)
{
	return x << r | x >> (64 - r);
}

/* MurmurHash3's finaliser: every input bit reaches every output bit. */
static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= UINT64_C(0xff51afd7ed558ccd);
	x ^= x >> 33;
	x *= UINT64_C(0xc4ceb9fe1a85ec53);
	return x ^ x >> 33;
}

/* Two lanes of 64 bits over 16 bytes a step: far below the cost of
 * parsing, and no accidental edit of a file finds another's tree. */
static struct key key_of(const char *buf, size_t len)
{
	const uint64_t k1 = UINT64_C(0x87c37b91114253d5), k2 = UINT64_C(0x4cf5ad432745937f);
	uint64_t a = UINT64_C(0x9e3779b97f4a7c15) ^ len, b = UINT64_C(0x6a09e667f3bcc909) ^ ~len;
	unsigned char tail[16] = { 0 };
	size_t i = 0;

	for (; i + 16 <= len; i += 16) {
		uint64_t x, y;

		memcpy(&x, buf + i, 8);
		memcpy(&y, buf + i + 8, 8);
		a = rotl(a ^ rotl(x * k1, 31) * k2, 27) * 5 + 0x52dce729;
		b = rotl(b ^ rotl(y * k2, 33) * k1, 31) * 5 + 0x38495ab5;
	}
	memcpy(tail, buf + i, len - i);
	a ^= rotl(get_le(tail, 8) * k1, 31) * k2;
	b ^= rotl(get_le(tail + 8, 8) * k2, 33) * k1;
	a += b;
	b += a;
	a = mix(a);
	b = mix(b);
	a += b;
	b += a;
	return (struct key){ { a, b }, len };
}

static int cmp_key(const struct key *x, const struct key *y)
{
	for (int i = 0; i < 2; i++)
		if (x->hash[i] != y->hash[i])
			return x->hash[i] < y->hash[i] ? -1 : 1;
	return x->len < y->len ? -1 : x->len > y->len;
}

static void parser_name(unsigned char out[PARSER_SIZE])
{
	memset(out, 0, PARSER_SIZE);
	strncpy((char *)out, yaml_get_version_string(), PARSER_SIZE - 1);
}

/* --- reading ---------------------------------------------------------- */

static bool read_at(int fd, void *buf, size_t size, uint64_t offset)
{
	for (size_t done = 0; done < size;) {
		ssize_t got = pread(fd, (char *)buf + done, size - done, (off_t)(offset + done));

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return false;
		done += (size_t)got;
	}
	return true;
}

/* The index: sorted, each tree inside the file. */
static bool read_index(struct treecache *c, const unsigned char *head)
{
	unsigned char parser[PARSER_SIZE], *raw;
	uint64_t n = get_le(head + 16, 4);
	bool ok = true;

	parser_name(parser);
	if (memcmp(head, MAGIC, 8) || get_le(head + 8, 4) != FORMAT ||
	    get_le(head + 12, 4) != YTREE_VERSION || memcmp(head + 24, parser, PARSER_SIZE) ||
	    n > (c->file_size - HEADER_SIZE) / ENTRY_SIZE)
		return false;
	raw = xmalloc(n ? n * ENTRY_SIZE : 1);
	c->v = xcalloc(n ? n : 1, sizeof *c->v);
	c->n = n;
	ok = read_at(c->fd, raw, n * ENTRY_SIZE, HEADER_SIZE);
	for (size_t i = 0; ok && i < n; i++) {
		const unsigned char *p = raw + i * ENTRY_SIZE;
		struct entry *e = &c->v[i];

		*e = (struct entry){ { { get_le(p, 8), get_le(p + 8, 8) }, get_le(p + 16, 8) },
				     get_le(p + 24, 8), get_le(p + 32, 8) };
		ok = e->offset <= c->file_size && e->size <= c->file_size - e->offset &&
		     (i == 0 || cmp_key(&c->v[i - 1].key, &e->key) < 0);
	}
	free(raw);
	return ok;
}

struct treecache *treecache_open(const char *path)
{
	unsigned char head[HEADER_SIZE];
	struct treecache *c;
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size < HEADER_SIZE ||
	    !read_at(fd, head, HEADER_SIZE, 0)) {
		close(fd);
		return NULL;
	}
	c = xcalloc(1, sizeof *c);
	c->fd = fd;
	c->file_size = (uint64_t)st.st_size;
	c->folder_len = strrchr(path, '/') ? (size_t)(strrchr(path, '/') - path) + 1 : 0;
	c->folder = xstrndup(path, c->folder_len);
	if (!read_index(c, head)) {
		treecache_close(c);
		return NULL;
	}
	return c;
}

void treecache_close(struct treecache *c)
{
	if (!c)
		return;
	close(c->fd);
	free(c->v);
	free(c->folder);
	free(c);
}

static const struct entry *find(const struct treecache *c, const struct key *k)
{
	size_t lo = 0, hi = c->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = cmp_key(&c->v[mid].key, k);

		if (!r)
			return &c->v[mid];
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* One tree's bytes being turned back into nodes. */
struct unpack {
	const unsigned char *p, *end;
	struct ynode *nodes, *nodes_end;	/* handed out in order */
	struct ynode **kids, **kids_end;
	const char *file;
	const char *stop_key;
};

static uint32_t u32_at(const unsigned char *p)
{
	uint32_t x;

	memcpy(&x, p, 4);
	return le32toh(x);
}

/* A node and its children; NULL when the bytes are not a tree that a
 * parse could have made. */
static struct ynode *unpack_node(struct unpack *u, size_t depth)
{
	struct ynode *n;
	unsigned type;
	uint32_t count;

	if (u->end - u->p < NODE_SIZE || u->nodes == u->nodes_end)
		return NULL;
	type = u->p[0] & ~PLAIN_BIT;
	count = u32_at(u->p + 9);
	n = u->nodes++;
	*n = (struct ynode){ .type = (enum ynode_type)type, .plain = u->p[0] & PLAIN_BIT,
			     .pos = { u->file, u32_at(u->p + 1), u32_at(u->p + 5) } };
	u->p += NODE_SIZE;
	if (type == YNODE_SCALAR) {
		if (count >= (size_t)(u->end - u->p) || u->p[count] || memchr(u->p, 0, count))
			return NULL;
		n->str = (const char *)u->p;
		n->len = count;
		u->p += count + 1;
		return n;
	}
	if ((type != YNODE_SEQUENCE && type != YNODE_MAPPING) || n->plain ||
	    depth >= YTREE_MAX_DEPTH || count > (size_t)(u->kids_end - u->kids) ||
	    (type == YNODE_MAPPING && count % 2))
		return NULL;
	n->v = u->kids;
	u->kids += count;
	for (size_t i = 0; i < count; i++) {
		bool is_key = type == YNODE_MAPPING && i % 2 == 0;

		if (!(n->v[i] = unpack_node(u, depth + 1)) ||
		    (is_key && n->v[i]->type != YNODE_SCALAR))
			return NULL;
		/* A head ends before the top-level key it stops at. */
		if (is_key && depth == 0 && u->stop_key && !strcmp(n->v[i]->str, u->stop_key)) {
			count = (uint32_t)i;
			break;
		}
	}
	n->len = type == YNODE_MAPPING ? count / 2 : count;
	return n;
}

/* The tree of an entry, or NULL when it cannot be read or is malformed.
 * Its bytes, nodes and child lists are three blocks of the tree's
 * memory. */
static struct ytree *unpack(const struct treecache *c, const struct entry *e, const char *file,
			    const char *stop_key)
{
	struct ytree *t = ytree_new();
	unsigned char *raw = ytree_alloc(t, e->size ? e->size : 1);
	struct unpack u = { .file = file, .stop_key = stop_key };
	uint32_t n_nodes, n_kids;

	if (e->size < TREE_HEAD || !read_at(c->fd, raw, e->size, e->offset))
		goto bad;
	n_nodes = u32_at(raw);
	n_kids = u32_at(raw + 4);
	u.p = raw + TREE_HEAD;
	u.end = raw + e->size;
	/* Every node and child is at least one node's bytes. */
	if (n_nodes > (e->size - TREE_HEAD) / NODE_SIZE || n_kids > n_nodes)
		goto bad;
	u.nodes = ytree_alloc(t, (n_nodes ? n_nodes : 1) * sizeof *u.nodes);
	u.nodes_end = u.nodes + n_nodes;
	u.kids = ytree_alloc(t, (n_kids ? n_kids : 1) * sizeof *u.kids);
	u.kids_end = u.kids + n_kids;
	t->root = unpack_node(&u, 0);
	/* A whole tree uses every byte of its entry. */
	if (t->root && (stop_key || u.p == u.end))
		return t;
bad:
	ytree_free(t);
	return NULL;
}

/* --- writing ---------------------------------------------------------- */

struct treecache_writer {
	struct wentry {
		struct key key;
		unsigned char *bytes;
		size_t size;
	} *v;
	size_t n, cap;
	unsigned char *out;	/* the file, once asked for */
	/* The tree being packed. */
	unsigned char *buf;
	size_t len, buf_cap;
	size_t nodes, kids;
};

static unsigned char *grow(struct treecache_writer *w, size_t more)
{
	if (w->buf_cap - w->len < more) {
		while (w->buf_cap - w->len < more)
			w->buf_cap = w->buf_cap ? w->buf_cap * 2 : 4096;
		w->buf = xreallocarray(w->buf, w->buf_cap, 1);
	}
	w->len += more;
	return w->buf + w->len - more;
}

static void pack_node(struct treecache_writer *w, const struct ynode *n)
{
	size_t count = n->type == YNODE_SCALAR ? n->len
		       : n->type == YNODE_MAPPING ? 2 * n->len : n->len;
	unsigned char *p = grow(w, NODE_SIZE);

	p[0] = (unsigned char)(n->type | (n->plain ? PLAIN_BIT : 0));
	put_le(p + 1, n->pos.line, 4);
	put_le(p + 5, n->pos.col, 4);
	put_le(p + 9, count, 4);
	w->nodes++;
	if (n->type == YNODE_SCALAR) {
		memcpy(grow(w, n->len + 1), n->str, n->len + 1);
		return;
	}
	w->kids += count;
	for (size_t i = 0; i < count; i++)
		pack_node(w, n->v[i]);
}

static void record(struct treecache_writer *w, const char *buf, size_t len, const struct ytree *t)
{
	struct key k = key_of(buf, len);

	for (size_t i = 0; i < w->n; i++)
		if (!cmp_key(&w->v[i].key, &k))
			return;
	w->len = 0;
	w->nodes = w->kids = 0;
	grow(w, TREE_HEAD);
	pack_node(w, t->root);
	put_le(w->buf, w->nodes, 4);
	put_le(w->buf + 4, w->kids, 4);
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
	}
	w->v[w->n++] = (struct wentry){ k, memcpy(xmalloc(w->len), w->buf, w->len), w->len };
}

struct treecache_writer *treecache_writer_new(void)
{
	return xcalloc(1, sizeof(struct treecache_writer));
}

void treecache_writer_free(struct treecache_writer *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->n; i++)
		free(w->v[i].bytes);
	free(w->v);
	free(w->buf);
	free(w->out);
	free(w);
}

static int cmp_wentry(const void *a, const void *b)
{
	return cmp_key(&((const struct wentry *)a)->key, &((const struct wentry *)b)->key);
}

const char *treecache_writer_bytes(struct treecache_writer *w, size_t *len, size_t *n_trees)
{
	size_t size = HEADER_SIZE + w->n * ENTRY_SIZE, at;

	if (w->n)
		qsort(w->v, w->n, sizeof *w->v, cmp_wentry);
	for (size_t i = 0; i < w->n; i++)
		size += w->v[i].size;
	free(w->out);
	w->out = xcalloc(1, size);
	memcpy(w->out, MAGIC, 8);
	put_le(w->out + 8, FORMAT, 4);
	put_le(w->out + 12, YTREE_VERSION, 4);
	put_le(w->out + 16, w->n, 4);
	parser_name(w->out + 24);
	at = HEADER_SIZE + w->n * ENTRY_SIZE;
	for (size_t i = 0; i < w->n; i++) {
		unsigned char *p = w->out + HEADER_SIZE + i * ENTRY_SIZE;

		put_le(p, w->v[i].key.hash[0], 8);
		put_le(p + 8, w->v[i].key.hash[1], 8);
		put_le(p + 16, w->v[i].key.len, 8);
		put_le(p + 24, at, 8);
		put_le(p + 32, w->v[i].size, 8);
		memcpy(w->out + at, w->v[i].bytes, w->v[i].size);
		at += w->v[i].size;
	}
	*len = size;
	*n_trees = w->n;
	return (const char *)w->out;
}

/* --- loading ---------------------------------------------------------- */

struct ytree *treecache_load_file(struct treecache *c, struct treecache_writer *w,
				  const char *path, const char *file, const char *stop_key,
				  struct diag_list *d)
{
	size_t len;
	char *buf = ytree_read_file(path, file, &len, d);
	struct ytree *t = NULL;

	if (!buf)
		return NULL;
	/* A head (a menu's language names) parses in less than the hash of
	 * the whole file would take. */
	if (c && !stop_key) {
		struct key k = key_of(buf, len);
		const struct entry *e = find(c, &k);

		if (e)
			t = unpack(c, e, file, stop_key);
		/* A layer's file is not the cache's to hold. */
		if (t)
			c->hits++;
		else if (!strncmp(path, c->folder, c->folder_len))
			c->misses++;
	}
	if (!t)
		t = ytree_parse_head(buf, len, file, stop_key, d);
	if (t && w && !stop_key)
		record(w, buf, len, t);
	free(buf);
	return t;
}

void treecache_counts(const struct treecache *c, size_t *hits, size_t *misses)
{
	*hits = c ? c->hits : 0;
	*misses = c ? c->misses : 0;
}
