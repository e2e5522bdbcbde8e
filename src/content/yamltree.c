/* YAML files into a small positioned node tree, through libyaml events. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "tipcheck/strhash.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

/* Nodes and strings of one tree come from a bump arena freed at once:
 * a 10,000-item checklist has some 100,000 nodes. */
struct yarena {
	struct yarena_chunk *chunks;
};

struct yarena_chunk {
	struct yarena_chunk *next;
	size_t used, size;
	max_align_t data[];
};

#define ARENA_CHUNK (64 * 1024)

static void *arena_alloc(struct yarena *a, size_t size)
{
	struct yarena_chunk *c = a->chunks;

	size = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	if (!c || c->size - c->used < size) {
		size_t cap = size > ARENA_CHUNK ? size : ARENA_CHUNK;

		c = xmalloc(sizeof *c + cap);
		c->size = cap;
		c->used = 0;
		c->next = a->chunks;
		a->chunks = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += size;
	return p;
}

static void arena_free(struct yarena *a)
{
	struct yarena_chunk *c = a->chunks, *next;

	for (; c; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void ytree_free(struct ytree *t)
{
	if (!t)
		return;
	arena_free(t->arena);
	free(t);
}

/* The one place where libyaml's 0-based marks become 1-based. */
static struct pos mark_pos(const char *file, yaml_mark_t m)
{
	return (struct pos){ file, (unsigned)m.line + 1, (unsigned)m.column + 1 };
}

/* The collections being built: each open one knows where its children
 * start on one stack shared by all, so that no collection allocates
 * before it is finished. */
struct frame {
	struct ynode *node;
	size_t first;		/* its first child on the child stack */
};

struct reader {
	const char *file;
	const char *buf;	/* the input, for positions of reader errors */
	size_t len;
	struct diag_list *d;
	struct yarena *arena;
	struct frame stack[YTREE_MAX_DEPTH + 1];
	size_t depth;
	struct ynode **kids;	/* children of the open collections */
	size_t n_kids, cap_kids;
	bool failed;
	const char *stop_key;	/* NULL, or the top-level key to stop at */
};

static void push_child(struct reader *r, struct ynode *child)
{
	if (r->n_kids == r->cap_kids) {
		r->cap_kids = r->cap_kids ? r->cap_kids * 2 : 256;
		r->kids = xreallocarray(r->kids, r->cap_kids, sizeof *r->kids);
	}
	r->kids[r->n_kids++] = child;
}

static void report_duplicate(struct reader *r, const struct ynode *key, const struct ynode *first)
{
	diag_error(r->d, key->pos, DIAG_DUPLICATE, "duplicate key '%s' (first at line %u)",
		   key->str, first->pos.line);
	r->failed = true;
}

/* Each key used before in the same mapping is reported, with the line of
 * the use just before it. */
static void check_duplicate_keys(struct reader *r, const struct ynode *map)
{
	size_t n = map->len, size = 16;
	const struct ynode **slot;

	if (n < 2)
		return;
	/* Most mappings are small: compare pairwise. */
	if (n <= 8) {
		for (size_t i = 1; i < n; i++)
			for (size_t j = i; j-- > 0;)
				if (!strcmp(ymap_key(map, i)->str, ymap_key(map, j)->str)) {
					report_duplicate(r, ymap_key(map, i), ymap_key(map, j));
					break;
				}
		return;
	}
	/* Large ones (a catalog's strings) through a hash set, in file order. */
	while (size < 2 * n)
		size *= 2;
	slot = xcalloc(size, sizeof *slot);
	for (size_t i = 0; i < n; i++) {
		const struct ynode *key = ymap_key(map, i);
		size_t h = (size_t)strhash(key->str, key->len) & (size - 1);

		while (slot[h] && strcmp(slot[h]->str, key->str))
			h = (h + 1) & (size - 1);
		if (slot[h])
			report_duplicate(r, key, slot[h]);
		slot[h] = key;
	}
	free(slot);
}

static struct ynode *new_node(struct reader *r, enum ynode_type type, yaml_mark_t m)
{
	struct ynode *n = arena_alloc(r->arena, sizeof *n);

	*n = (struct ynode){ .type = type, .pos = mark_pos(r->file, m) };
	return n;
}

/* Adds a finished node to the open collection, or makes it the root. */
static void attach(struct reader *r, struct ynode *n, struct ynode **root)
{
	if (r->depth == 0) {
		*root = n;
		return;
	}
	const struct frame *f = &r->stack[r->depth - 1];

	if (f->node->type == YNODE_MAPPING && (r->n_kids - f->first) % 2 == 0 &&
	    n->type != YNODE_SCALAR) {
		diag_error(r->d, n->pos, DIAG_TYPE, "a mapping key must be a plain string, not %s",
			   ynode_type_name(n));
		r->failed = true;
	}
	push_child(r, n);
}

static bool reject_anchor_tag(struct reader *r, const yaml_event_t *ev,
			      const yaml_char_t *anchor, const yaml_char_t *tag)
{
	struct pos at = mark_pos(r->file, ev->start_mark);

	if (anchor) {
		diag_error(r->d, at, DIAG_ALIAS,
			   "anchor '&%s': anchors and aliases are not allowed; write the text out",
			   (const char *)anchor);
		return false;
	}
	if (tag) {
		diag_error(r->d, at, DIAG_SYNTAX, "tag '%s': YAML tags are not allowed",
			   (const char *)tag);
		return false;
	}
	return true;
}

/*
 * The line and column of byte offset in buf, counted as libyaml counts
 * its marks: columns in characters; CR LF, CR, LF, NEL, LS and PS end a
 * line. For libyaml's reader errors, which carry an offset, not a mark.
 */
static struct pos offset_pos(const char *file, const char *buf, size_t len, size_t offset)
{
	struct pos at = { file, 1, 1 };
	size_t i = 0;

	if (offset > len)
		offset = len;
	while (i < offset) {
		int32_t cp;
		size_t n = text_decode(buf + i, len - i, &cp);

		if (cp == '\r' && i + 1 < len && buf[i + 1] == '\n')
			n = 2;
		if (cp == '\r' || cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
			at.line++;
			at.col = 1;
		} else {
			at.col++;
		}
		i += n;
	}
	return at;
}

/* Reports the first invalid UTF-8 byte with its line and column. */
static bool check_utf8(const char *buf, size_t len, const char *file, struct diag_list *d)
{
	size_t i = 0;

	if (text_valid_utf8(buf, len))
		return true;
	while (i < len) {
		int32_t cp;
		size_t n = text_decode(buf + i, len - i, &cp);

		if (cp < 0) {
			diag_error(d, offset_pos(file, buf, len, i), DIAG_UTF8,
				   "invalid UTF-8 (byte 0x%02x); save the file as UTF-8",
				   (unsigned char)buf[i]);
			return false;
		}
		i += n;
	}
	return true;
}

static void syntax_error(struct reader *r, const yaml_parser_t *p)
{
	struct pos at = mark_pos(r->file, p->problem_mark);
	const char *problem = p->problem ? p->problem : "unknown problem";

	if (p->error == YAML_READER_ERROR) {
		/* libyaml's reader checks the UTF-8 as it goes (one pass over
		 * the input); on a problem, the message names the first bad
		 * byte and where it is, as an editor shows it. */
		if ((strstr(problem, "UTF-8") || strstr(problem, "Unicode")) &&
		    !check_utf8(r->buf, r->len, r->file, r->d))
			return;
		at = offset_pos(r->file, r->buf, r->len, p->problem_offset);
		if (p->problem_value >= 0 && strstr(problem, "control"))
			diag_error(r->d, at, DIAG_SYNTAX,
				   "control character U+%04X is not allowed; remove it",
				   (unsigned)p->problem_value);
		else
			diag_error(r->d, at, DIAG_SYNTAX, "YAML syntax error: %s", problem);
		return;
	}
	if (p->context)
		diag_error(r->d, at, DIAG_SYNTAX, "YAML syntax error: %s %s (line %u)", problem,
			   p->context, (unsigned)p->context_mark.line + 1);
	else
		diag_error(r->d, at, DIAG_SYNTAX, "YAML syntax error: %s", problem);
}

/* Content text reaches terminals and printers: no control character but
 * tab and newline in it. libyaml's reader refuses every control character
 * in the input but tab and line breaks, and turns line breaks in scalars
 * into newlines; only the escapes of a double-quoted scalar ("\e", "\0",
 * "\x01") can make one, so only those are looked at. Reports the first.
 * The text is valid UTF-8 (libyaml's reader checked it), so bytes tell:
 * C0 and DEL are one byte, C1 (U+0080-U+009F) is 0xC2 then 0x80-0x9F. */
/* Whether any of the 8 bytes in w may be below 0x20, 0x7F or 0xC2: never
 * false when one is (a false true only costs the byte loop). */
static bool word_may_hold_control(uint64_t w)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80;
	uint64_t del = w ^ (ones * 0x7f), c2 = w ^ (ones * 0xc2);

	return (((w - ones * 0x20) & ~w) | ((del - ones) & ~del) | ((c2 - ones) & ~c2)) & highs;
}

static bool text_is_clean(struct reader *r, const struct ynode *n, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n->len) {
		size_t end = n->len;
		uint64_t w;

		/* Eight bytes a step; only a word that may hold one (a tab, a
		 * newline, a Latin-1 letter) byte by byte. */
		if (i + 8 <= n->len) {
			memcpy(&w, u + i, 8);
			if (!word_may_hold_control(w)) {
				i += 8;
				continue;
			}
			end = i + 8;
		}
		for (; i < end; i++) {
			unsigned cp = u[i];

			if (cp == 0xc2 && i + 1 < n->len && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f)
				cp = u[i + 1];
			else if ((cp >= 0x20 && cp != 0x7f) || cp == '\t' || cp == '\n')
				continue;
			diag_error(r->d, n->pos, DIAG_VALUE,
				   "text holds the control character U+%04X; remove it", cp);
			return false;
		}
	}
	return true;
}

/* Ends the innermost open collection: its children move into it. */
static void close_collection(struct reader *r)
{
	const struct frame *f = &r->stack[--r->depth];
	size_t k = r->n_kids - f->first;
	struct ynode *n = f->node;

	n->len = n->type == YNODE_MAPPING ? k / 2 : k;
	if (k) {
		n->v = arena_alloc(r->arena, k * sizeof *n->v);
		memcpy(n->v, r->kids + f->first, k * sizeof *n->v);
	}
	r->n_kids = f->first;
	if (n->type == YNODE_MAPPING && !r->failed)
		check_duplicate_keys(r, n);
}

/* Whether ev is the key r stops at: a key of the top-level mapping. */
static bool at_stop_key(const struct reader *r, const yaml_event_t *ev)
{
	const struct frame *f = &r->stack[0];

	return r->stop_key && r->depth == 1 && f->node->type == YNODE_MAPPING &&
	       (r->n_kids - f->first) % 2 == 0 &&
	       !strcmp((const char *)ev->data.scalar.value, r->stop_key);
}

/* Returns the root, or NULL after reporting (r->failed is set). */
static struct ynode *read_events(struct reader *r, yaml_parser_t *p)
{
	struct ynode *root = NULL;
	int documents = 0;
	bool done = false;

	while (!done) {
		yaml_event_t ev;
		struct ynode *n;

		if (!yaml_parser_parse(p, &ev)) {
			syntax_error(r, p);
			r->failed = true;
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++documents > 1) {
				diag_error(r->d, mark_pos(r->file, ev.start_mark), DIAG_SYNTAX,
					   "more than one YAML document; a content file holds one");
				r->failed = true;
				done = true;
			}
			break;
		case YAML_ALIAS_EVENT:
			diag_error(r->d, mark_pos(r->file, ev.start_mark), DIAG_ALIAS,
				   "alias '*%s': anchors and aliases are not allowed; write the text out",
				   (const char *)ev.data.alias.anchor);
			r->failed = true;
			done = true;
			break;
		case YAML_SCALAR_EVENT:
			if (!reject_anchor_tag(r, &ev, ev.data.scalar.anchor, ev.data.scalar.tag)) {
				r->failed = true;
				done = true;
				break;
			}
			if (at_stop_key(r, &ev)) {
				close_collection(r);
				done = true;
				break;
			}
			n = new_node(r, YNODE_SCALAR, ev.start_mark);
			n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
			n->len = ev.data.scalar.length;
			if (ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
			    !text_is_clean(r, n, (const char *)ev.data.scalar.value))
				r->failed = true;
			n->str = memcpy(arena_alloc(r->arena, n->len + 1), ev.data.scalar.value,
					n->len + 1);
			attach(r, n, &root);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT: {
			bool seq = ev.type == YAML_SEQUENCE_START_EVENT;

			if (!reject_anchor_tag(r, &ev,
					       seq ? ev.data.sequence_start.anchor : ev.data.mapping_start.anchor,
					       seq ? ev.data.sequence_start.tag : ev.data.mapping_start.tag)) {
				r->failed = true;
				done = true;
				break;
			}
			if (r->depth >= YTREE_MAX_DEPTH) {
				diag_error(r->d, mark_pos(r->file, ev.start_mark), DIAG_TOO_DEEP,
					   "nesting deeper than %d levels", YTREE_MAX_DEPTH);
				r->failed = true;
				done = true;
				break;
			}
			n = new_node(r, seq ? YNODE_SEQUENCE : YNODE_MAPPING, ev.start_mark);
			attach(r, n, &root);
			r->stack[r->depth++] = (struct frame){ .node = n, .first = r->n_kids };
			break;
		}
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			close_collection(r);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	free(r->kids);
	r->kids = NULL;
	return r->failed ? NULL : root;
}

/* The input of a parse that stops at a key, in pieces: libyaml decodes
 * all it is given at once (16 KiB), where a head needs a few lines. */
#define HEAD_PIECE 128

struct pieces {
	const unsigned char *p, *end;
};

static int read_piece(void *data, unsigned char *buffer, size_t size, size_t *size_read)
{
	struct pieces *in = data;
	size_t n = (size_t)(in->end - in->p);

	n = n < size ? n : size;
	n = n < HEAD_PIECE ? n : HEAD_PIECE;
	memcpy(buffer, in->p, n);
	in->p += n;
	*size_read = n;
	return 1;
}

static struct ytree *parse(const char *buf, size_t len, const char *file, const char *stop_key,
			   struct diag_list *d)
{
	struct pieces in;
	struct pos whole = { file, 0, 0 };
	yaml_parser_t parser;
	struct reader r = { .file = file, .d = d, .stop_key = stop_key };
	struct ytree *t;
	struct ynode *root;

	if (len > YTREE_MAX_SIZE) {
		diag_error(d, whole, DIAG_TOO_LARGE, "file is larger than %d MiB (%zu bytes); "
			   "split it into several files", YTREE_MAX_SIZE_MIB, len);
		return NULL;
	}
	if (len == 0) {
		diag_error(d, whole, DIAG_EMPTY, "file is empty");
		return NULL;
	}
	/* A byte-order mark is allowed at the start (editors on Windows
	 * write one); libyaml would count it as a column. Positions are
	 * counted after it, as an editor shows them. */
	if (len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3)) {
		buf += 3;
		len -= 3;
	}
	if (!yaml_parser_initialize(&parser)) {
		diag_error(d, whole, DIAG_IO, "cannot start the YAML parser");
		return NULL;
	}
	in = (struct pieces){ (const unsigned char *)buf, (const unsigned char *)buf + len };
	if (stop_key)
		yaml_parser_set_input(&parser, read_piece, &in);
	else
		yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
	r.buf = buf;
	r.len = len;
	r.arena = xcalloc(1, sizeof *r.arena);
	root = read_events(&r, &parser);
	yaml_parser_delete(&parser);
	if (!root && !r.failed) {
		diag_error(d, whole, DIAG_EMPTY, "file holds no YAML document");
		r.failed = true;
	} else if (root && root->type == YNODE_SCALAR && ynode_is_null(root)) {
		diag_error(d, whole, DIAG_EMPTY, "the YAML document is empty");
		r.failed = true;
	}
	if (r.failed) {
		arena_free(r.arena);
		return NULL;
	}
	t = xmalloc(sizeof *t);
	t->root = root;
	t->arena = r.arena;
	return t;
}

struct ytree *ytree_parse(const char *buf, size_t len, const char *file, struct diag_list *d)
{
	return parse(buf, len, file, NULL, d);
}

struct ytree *ytree_parse_head(const char *buf, size_t len, const char *file,
			       const char *stop_key, struct diag_list *d)
{
	return parse(buf, len, file, stop_key, d);
}

char *ytree_read_file(const char *path, const char *file, size_t *len, struct diag_list *d)
{
	struct pos whole = { file, 0, 0 };
	struct stat st;
	char *buf = NULL;
	ssize_t got;
	int fd;

	*len = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		diag_error(d, whole, DIAG_IO, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) < 0) {
		diag_error(d, whole, DIAG_IO, "cannot read: %s", strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		diag_error(d, whole, DIAG_IO, "is a directory, expected a YAML file");
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_error(d, whole, DIAG_IO, "not a regular file");
		goto fail;
	}
	if (st.st_size > YTREE_MAX_SIZE) {
		diag_error(d, whole, DIAG_TOO_LARGE,
			   "file is larger than %d MiB (%lld bytes); split it into several files",
			   YTREE_MAX_SIZE_MIB, (long long)st.st_size);
		goto fail;
	}
	/* One byte more than its size, to notice a file that grew. */
	buf = xmalloc((size_t)st.st_size + 1);
	while (*len <= (size_t)st.st_size &&
	       (got = read(fd, buf + *len, (size_t)st.st_size + 1 - *len)) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			diag_error(d, whole, DIAG_IO, "cannot read: %s", strerror(errno));
			goto fail;
		}
		*len += (size_t)got;
	}
	if (*len > (size_t)st.st_size) {
		diag_error(d, whole, DIAG_IO, "file changed while being read");
		goto fail;
	}
	close(fd);
	return buf;
fail:
	free(buf);
	close(fd);
	*len = 0;
	return NULL;
}

struct ytree *ytree_load_file_head(const char *path, const char *file, const char *stop_key,
				   struct diag_list *d)
{
	size_t len;
	char *buf = ytree_read_file(path, file, &len, d);
	struct ytree *t = buf ? parse(buf, len, file, stop_key, d) : NULL;

	free(buf);
	return t;
}

struct ytree *ytree_new(void)
{
	struct ytree *t = xmalloc(sizeof *t);

	t->root = NULL;
	t->arena = xcalloc(1, sizeof *t->arena);
	return t;
}

void *ytree_alloc(struct ytree *t, size_t size)
{
	return arena_alloc(t->arena, size);
}

const struct ynode *ymap_get(const struct ynode *map, const char *key)
{
	for (size_t i = 0; i < map->len; i++)
		if (!strcmp(ymap_key(map, i)->str, key))
			return ymap_value(map, i);
	return NULL;
}

bool ynode_is_null(const struct ynode *n)
{
	/* Asked of nearly every value a schema reads: the length first. */
	if (n->type != YNODE_SCALAR || !n->plain || n->len > 4)
		return false;
	return !n->len || !strcmp(n->str, "~") || !strcmp(n->str, "null") ||
	       !strcmp(n->str, "Null") || !strcmp(n->str, "NULL");
}

const char *ynode_type_name(const struct ynode *n)
{
	switch (n->type) {
	case YNODE_SCALAR: return "a string";
	case YNODE_SEQUENCE: return "a list";
	case YNODE_MAPPING: return "a mapping";
	}
	return "?";
}

struct ytree *ytree_load_file(const char *path, const char *file, struct diag_list *d)
{
	return ytree_load_file_head(path, file, NULL, d);
}
