/* Unit tests: the YAML reader (positions, rejected constructs, limits). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "tipcheck/yamltree.h"

/* Parses s; returns the tree or NULL, with d holding the diagnostics. */
static struct ytree *parse(const char *s, struct diag_list *d)
{
	diag_list_init(d, 50);
	return ytree_parse(s, strlen(s), "t.yaml", d);
}

/* Expects exactly one error with this code at line:col. */
static void expect_error(const char *s, enum diag_code code, unsigned line, unsigned col)
{
	struct diag_list d;
	struct ytree *t = parse(s, &d);

	assert_null(t);
	assert_int_equal(d.n_errors, 1);
	assert_string_equal(diag_code_to_str(d.v[0].code), diag_code_to_str(code));
	assert_int_equal(d.v[0].line, line);
	assert_int_equal(d.v[0].col, col);
	diag_list_free(&d);
}

static void positions_are_one_based(void **state)
{
	struct diag_list d;
	struct ytree *t = parse("a: 1\nlist:\n  - x\n  - { k: v }\n", &d);
	const struct ynode *list, *map;

	(void)state;
	assert_non_null(t);
	assert_int_equal(t->root->type, YNODE_MAPPING);
	assert_int_equal(t->root->len, 2);
	assert_int_equal(t->root->pos.line, 1);
	assert_int_equal(t->root->pos.col, 1);
	assert_string_equal(ymap_key(t->root, 0)->str, "a");
	assert_int_equal(ymap_value(t->root, 0)->pos.col, 4);
	list = ymap_get(t->root, "list");
	assert_non_null(list);
	assert_int_equal(list->type, YNODE_SEQUENCE);
	assert_int_equal(list->len, 2);
	assert_int_equal(list->v[0]->pos.line, 3);
	assert_int_equal(list->v[0]->pos.col, 5);
	map = list->v[1];
	assert_int_equal(map->type, YNODE_MAPPING);
	assert_int_equal(map->pos.line, 4);
	assert_int_equal(map->pos.col, 5);
	assert_string_equal(ymap_value(map, 0)->str, "v");
	assert_null(ymap_get(t->root, "nothing"));
	ytree_free(t);
	diag_list_free(&d);
}

static void scalars_and_nulls(void **state)
{
	struct diag_list d;
	struct ytree *t = parse("a: ~\nb: ''\nc: \"x y\"\nd: |\n  two\n  lines\n", &d);

	(void)state;
	assert_non_null(t);
	assert_true(ynode_is_null(ymap_get(t->root, "a")));
	assert_false(ynode_is_null(ymap_get(t->root, "b")));	/* quoted empty */
	assert_false(ymap_get(t->root, "c")->plain);
	assert_string_equal(ymap_get(t->root, "c")->str, "x y");
	assert_string_equal(ymap_get(t->root, "d")->str, "two\nlines\n");
	ytree_free(t);
	diag_list_free(&d);
}

static void rejects_anchors_aliases_tags(void **state)
{
	(void)state;
	expect_error("a: &x 1\n", DIAG_ALIAS, 1, 4);
	expect_error("a: 1\nb: *x\n", DIAG_ALIAS, 2, 4);
	expect_error("a: !!str 1\n", DIAG_SYNTAX, 1, 4);
	expect_error("- &l [1]\n", DIAG_ALIAS, 1, 3);
}

static void rejects_structure(void **state)
{
	(void)state;
	expect_error("a: 1\na: 2\n", DIAG_DUPLICATE, 2, 1);
	expect_error("a: 1\n---\nb: 2\n", DIAG_SYNTAX, 2, 1);
	expect_error("a: [1, 2\n", DIAG_SYNTAX, 2, 1);
	expect_error("? [a]\n: 1\n", DIAG_TYPE, 1, 3);
	expect_error("a: \"x\\0y\"\n", DIAG_VALUE, 1, 4);
}

static void rejects_empty(void **state)
{
	(void)state;
	expect_error("", DIAG_EMPTY, 0, 0);
	expect_error("# only a comment\n", DIAG_EMPTY, 0, 0);
	expect_error("---\n", DIAG_EMPTY, 0, 0);
}

static void utf8_position(void **state)
{
	(void)state;
	expect_error("a: 1\nb: \xc3\xa9\xe9\n", DIAG_UTF8, 2, 5);	/* after one é */
	expect_error("\xff\n", DIAG_UTF8, 1, 1);
}

/* YTREE_MAX_DEPTH nested lists load; one more is an error at the
 * collection that goes too deep. */
/* libyaml's reader errors carry a byte offset, not a mark: the error
 * still names the line and column of the offending character. */
static void reader_error_positions(void **state)
{
	(void)state;
	expect_error("a: 1\nb: x\x01y\n", DIAG_SYNTAX, 2, 5);
	expect_error("a: 1\nb: 2\nc: \x1b[31m\n", DIAG_SYNTAX, 3, 4);
	expect_error("a: 1\r\nb: 2\r\nc: ok\x7f\r\n", DIAG_SYNTAX, 3, 6);	/* CR LF is one break */
	expect_error("a: 1\rb: x\x02\n", DIAG_SYNTAX, 2, 5);			/* CR alone too */
	expect_error("a: \xc3\xa9\xc3\xa9\x03\n", DIAG_SYNTAX, 1, 6);		/* characters, not bytes */
	expect_error("a: 1\n# a comment \x01\n", DIAG_SYNTAX, 2, 13);

	/* A NUL byte in the input (the length says where the input ends). */
	static const char nul[] = "a: 1\nb: x\0y\nc: 3\n";
	struct diag_list d;

	diag_list_init(&d, 50);
	assert_null(ytree_parse(nul, sizeof nul - 1, "t.yaml", &d));
	assert_int_equal(d.n_errors, 1);
	assert_int_equal(d.v[0].line, 2);
	assert_int_equal(d.v[0].col, 5);
	diag_list_free(&d);
}

static void byte_order_mark(void **state)
{
	struct diag_list d;
	struct ytree *t = parse("\xef\xbb\xbf" "a: 1\nb: 2\n", &d);

	(void)state;
	assert_non_null(t);
	assert_int_equal(ymap_key(t->root, 0)->pos.col, 1);	/* counted after the mark */
	assert_int_equal(ymap_key(t->root, 1)->pos.line, 2);
	ytree_free(t);
	diag_list_free(&d);
	expect_error("\xef\xbb\xbf" "a: \x01\n", DIAG_SYNTAX, 1, 4);
	expect_error("a: \xef\xbb\xbf\x01\n", DIAG_SYNTAX, 1, 5);	/* only at the start */
}

/* Whether no scalar of n holds a control character but tab and newline
 * (bytes below 0x20, DEL, or C1 encoded as 0xc2 0x80..0x9f). */
static bool tree_clean(const struct ynode *n)
{
	if (n->type == YNODE_SCALAR) {
		const unsigned char *p = (const unsigned char *)n->str;

		for (size_t i = 0; i < n->len; i++)
			if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n') || p[i] == 0x7f ||
			    (p[i] == 0xc2 && i + 1 < n->len && p[i + 1] < 0xa0))
				return false;
		return true;
	}
	for (size_t i = 0; i < (n->type == YNODE_MAPPING ? 2 * n->len : n->len); i++)
		if (!tree_clean(n->v[i]))
			return false;
	return true;
}

/* The reader checks text for control characters only in double-quoted
 * scalars (their escapes): in every other style libyaml refuses them in
 * the input or turns the line breaks among them (CR, NEL) into newlines.
 * Each input here either fails or gives clean scalars. */
static void only_escapes_make_control_characters(void **state)
{
	static const char *const inputs[] = {
		"a: x\x01y\n", "a: 'x\x01y'\n", "a: |\n  x\x01y\n", "a: >\n  x\x1by\n",
		"\x01: 1\n", "a: x\xc2\x9by\n", "a: 'x\xc2\x80y'\n", "a: x\x7fy\n",
		"a: x\xc2\x85y\n", "a: |\n  x\xc2\x85y\n", "a: 'x\ry'\n", "a: |\n  x\ry\n",
		"a: >\n  x\r\n  y\r\n", "- x\xc2\x85\xc2\x85y\n", "a: \"x\\ny\"\n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		struct diag_list d;
		struct ytree *t;

		diag_list_init(&d, 10);
		t = ytree_parse(inputs[i], strlen(inputs[i]), "t.yaml", &d);
		if (t)
			assert_true(tree_clean(t->root));
		else
			assert_true(d.n_errors > 0);
		ytree_free(t);
		diag_list_free(&d);
	}
}

/* Escapes let control characters into text; content text goes to
 * terminals and printers, so they are refused there too. */
static void control_in_text(void **state)
{
	(void)state;
	expect_error("a: 1\nb: \"x\\e[2Jy\"\n", DIAG_VALUE, 2, 4);
	expect_error("b: \"\\x9b\"\n", DIAG_VALUE, 1, 4);
	expect_error("b: \"\\x7f\"\n", DIAG_VALUE, 1, 4);
	expect_error("b: \"x\\ry\"\n", DIAG_VALUE, 1, 4);

	struct diag_list d;
	struct ytree *t = parse("b: \"tab\\there\\nnewline \\u202e ok\"\n", &d);

	assert_non_null(t);
	ytree_free(t);
	diag_list_free(&d);
}

/* The check reads eight bytes at a time: an escape at any offset of a
 * long text, after ASCII, Cyrillic or Latin-1 letters (0xc2 leads « »
 * and no-break spaces, which are clean), is still refused. */
static void control_at_any_offset(void **state)
{
	static const char *const escapes[] = { "\\e", "\\x9b", "\\x7f", "\\x01" };
	static const char *const fill[] = { "a", "\xd0\xb6", "\xc2\xab", "\xc2\xa0", "\t" };

	(void)state;
	for (size_t f = 0; f < sizeof fill / sizeof fill[0]; f++) {
		for (size_t at = 0; at < 20; at++) {
			char text[256] = "b: \"";
			struct diag_list d;
			struct ytree *t;

			for (size_t k = 0; k < at; k++)
				strcat(text, fill[f]);
			t = parse(strcat(strcat(text, "z y x w v u t s r"), "\"\n"), &d);
			assert_non_null(t);
			ytree_free(t);
			diag_list_free(&d);
			for (size_t e = 0; e < sizeof escapes / sizeof escapes[0]; e++) {
				strcpy(text, "b: \"");
				for (size_t k = 0; k < at; k++)
					strcat(text, fill[f]);
				strcat(strcat(strcat(text, escapes[e]), "z y x w v u t s r"), "\"\n");
				expect_error(text, DIAG_VALUE, 1, 4);
			}
		}
	}
}

static void depth_limit(void **state)
{
	char ok[YTREE_MAX_DEPTH * 2 + 2], bad[YTREE_MAX_DEPTH * 2 + 4];
	struct diag_list d;
	struct ytree *t;

	(void)state;
	memset(ok, '[', YTREE_MAX_DEPTH);
	memset(ok + YTREE_MAX_DEPTH, ']', YTREE_MAX_DEPTH);
	ok[YTREE_MAX_DEPTH * 2] = '\0';
	t = parse(ok, &d);
	assert_non_null(t);
	ytree_free(t);
	diag_list_free(&d);
	memset(bad, '[', YTREE_MAX_DEPTH + 1);
	memset(bad + YTREE_MAX_DEPTH + 1, ']', YTREE_MAX_DEPTH + 1);
	bad[YTREE_MAX_DEPTH * 2 + 2] = '\0';
	expect_error(bad, DIAG_TOO_DEEP, 1, YTREE_MAX_DEPTH + 1);
}

static void size_limit(void **state)
{
	size_t n = YTREE_MAX_SIZE + 1;
	char *big = malloc(n);
	struct diag_list d;

	(void)state;
	memset(big, '#', n);
	diag_list_init(&d, 10);
	assert_null(ytree_parse(big, n, "big.yaml", &d));
	assert_int_equal(d.v[0].code, DIAG_TOO_LARGE);
	diag_list_free(&d);
	free(big);
}

static void file_errors(void **state)
{
	struct diag_list d;

	(void)state;
	diag_list_init(&d, 10);
	assert_null(ytree_load_file("/nonexistent/x.yaml", "x.yaml", &d));
	assert_null(ytree_load_file("/", "root", &d));
	assert_int_equal(d.n_errors, 2);
	assert_int_equal(d.v[0].code, DIAG_IO);
	assert_string_equal(d.v[0].file, "x.yaml");
	assert_non_null(strstr(d.v[1].message, "directory"));
	diag_list_free(&d);
}

/* A head read stops at the top-level key: what follows is neither read
 * nor checked; the same key deeper down, or as a value, does not stop it. */
static void head_stops_at_key(void **state)
{
	char path[] = "/tmp/tipcheck-head-XXXXXX";
	int fd = mkstemp(path);
	const char *text = "a: strings\nb:\n  strings: 1\nstrings:\n  x: [\nc: 2\n";
	struct diag_list d;
	struct ytree *t;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	diag_list_init(&d, 10);
	t = ytree_load_file_head(path, "head.yaml", "strings", &d);
	assert_non_null(t);
	assert_int_equal(d.n, 0);
	assert_int_equal(t->root->len, 2);
	assert_string_equal(ymap_get(t->root, "a")->str, "strings");
	assert_int_equal(ymap_get(t->root, "b")->len, 1);
	assert_null(ymap_get(t->root, "strings"));
	ytree_free(t);
	/* Read whole, the syntax error after it is found. */
	assert_null(ytree_load_file(path, "head.yaml", &d));
	assert_int_equal(d.n_errors, 1);
	diag_list_free(&d);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(positions_are_one_based),
		cmocka_unit_test(scalars_and_nulls),
		cmocka_unit_test(rejects_anchors_aliases_tags),
		cmocka_unit_test(rejects_structure),
		cmocka_unit_test(rejects_empty),
		cmocka_unit_test(utf8_position),
		cmocka_unit_test(reader_error_positions),
		cmocka_unit_test(byte_order_mark),
		cmocka_unit_test(control_in_text),
		cmocka_unit_test(control_at_any_offset),
		cmocka_unit_test(only_escapes_make_control_characters),
		cmocka_unit_test(depth_limit),
		cmocka_unit_test(size_limit),
		cmocka_unit_test(file_errors),
		cmocka_unit_test(head_stops_at_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
