/* Unit tests: the paginating text writer and the markup escapers. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tipcheck/escape.h"
#include "tipcheck/page.h"
#include "tipcheck/text.h"

/* Output of page_write as a string (caller frees) and the page count. */
static char *written(struct page_writer *pw, const char *banner, unsigned *pages)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	*pages = page_write(pw, f, "page {page} of {pages}", banner);
	fclose(f);
	return buf;
}

/* Splits s at form feeds; returns the number of pages. */
static size_t split_pages(char *s, char **pages, size_t max)
{
	size_t n = 0;

	for (char *p = s; p && n < max; n++) {
		pages[n] = p;
		p = strchr(p, '\f');
		if (p)
			*p++ = '\0';
	}
	return n;
}

/* Lines of a page: the form feed after it ends its last line. */
static size_t count_lines(const char *s)
{
	size_t n = *s && s[strlen(s) - 1] != '\n';

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* Every line of s fits in width columns. */
static void assert_fits(const char *s, size_t width)
{
	char *copy = strdup(s), *save = NULL;

	for (char *l = strtok_r(copy, "\n\f", &save); l; l = strtok_r(NULL, "\n\f", &save))
		assert_true(text_width(l) <= width);
	free(copy);
}

static void wraps_at_words(void **state)
{
	struct page_writer *pw = page_new(20, 0);
	unsigned pages;
	char *out;

	(void)state;
	page_wrap(pw, "- ", "  ", "the quick brown fox jumps over the lazy dog again");
	out = written(pw, NULL, &pages);
	assert_int_equal(pages, 1);
	assert_string_equal(out, "- the quick brown\n  fox jumps over the\n  lazy dog again\n");
	free(out);
	page_free(pw);
}

static void wide_characters_fit(void **state)
{
	struct page_writer *pw = page_new(20, 0);
	unsigned pages;
	char *out;

	(void)state;
	/* 14 CJK characters: 28 columns, no spaces to break at. */
	page_wrap(pw, NULL, NULL, "日本語日本語日本語日本語日本");
	page_line(pw, "Привет мир, это длинная строка для проверки");
	out = written(pw, NULL, &pages);
	assert_fits(out, 20);
	assert_non_null(strstr(out, "日本語日本語日本語日\n"));	/* 10 chars = 20 columns */
	free(out);
	page_free(pw);
}

static void control_characters_are_spaces(void **state)
{
	struct page_writer *pw = page_new(40, 0);
	unsigned pages;
	char *out;

	(void)state;
	page_line(pw, "a\fb\x1b[31mc\td");
	out = written(pw, NULL, &pages);
	assert_string_equal(out, "a b [31mc d\n");
	free(out);
	page_free(pw);
}

static void page_numbers_and_form_feeds(void **state)
{
	struct page_writer *pw = page_new(40, 20);	/* 18 body lines */
	char *out, *pages_v[8];
	unsigned pages;
	size_t n;

	(void)state;
	page_set_title(pw, "Checklist");
	for (int i = 0; i < 40; i++) {
		char line[16];
		snprintf(line, sizeof line, "line %d", i);
		page_line(pw, line);
	}
	out = written(pw, NULL, &pages);
	assert_int_equal(pages, 3);
	n = split_pages(out, pages_v, 8);
	assert_int_equal(n, 3);
	for (size_t i = 0; i < n; i++) {
		char want[64];
		snprintf(want, sizeof want, "page %zu of 3\n", i + 1);
		assert_true(count_lines(pages_v[i]) <= 20);
		assert_int_equal(strncmp(pages_v[i], "Checklist", 9), 0);
		assert_non_null(strstr(pages_v[i], want));
		/* The header is exactly the width: title left, number right. */
		assert_int_equal(text_width_n(pages_v[i], strcspn(pages_v[i], "\n")), 40);
	}
	assert_non_null(strstr(pages_v[1], "\n\nline 18\n"));
	free(out);
	page_free(pw);
}

static void blocks_move_to_the_next_page(void **state)
{
	struct page_writer *pw = page_new(40, 20);	/* 18 body lines */
	char *out, *pages_v[8];
	unsigned pages;

	(void)state;
	for (int i = 0; i < 15; i++)
		page_line(pw, "filler");
	page_blank(pw);
	page_block_begin(pw);
	for (int i = 0; i < 5; i++)
		page_line(pw, "item");
	page_block_end(pw);
	out = written(pw, NULL, &pages);
	assert_int_equal(pages, 2);
	split_pages(out, pages_v, 8);
	assert_null(strstr(pages_v[0], "item"));
	/* The blank line before the block is not carried to the new page. */
	assert_non_null(strstr(pages_v[1], "of 2\n\nitem\n"));
	free(out);
	page_free(pw);
}

static void long_blocks_are_split(void **state)
{
	struct page_writer *pw = page_new(40, 20);
	char *out, *pages_v[8];
	unsigned pages;

	(void)state;
	page_line(pw, "before");
	page_block_begin(pw);
	for (int i = 0; i < 30; i++)
		page_line(pw, "long");
	page_block_end(pw);
	out = written(pw, NULL, &pages);
	assert_int_equal(pages, 2);
	/* A full page ends its last line with the form feed, not a newline
	 * (a printer would eject a blank sheet). */
	assert_null(strstr(out, "\n\f"));
	assert_int_equal(out[strlen(out) - 1], '\n');
	split_pages(out, pages_v, 8);
	assert_int_equal(count_lines(pages_v[0]), 20);
	free(out);
	page_free(pw);
}

static void headings_stay_with_what_follows(void **state)
{
	struct page_writer *pw = page_new(40, 20);
	char *out, *pages_v[8];
	unsigned pages;

	(void)state;
	for (int i = 0; i < 16; i++)
		page_line(pw, "filler");
	page_line(pw, "Heading");
	page_keep_with_next(pw);
	page_block_begin(pw);
	page_line(pw, "item one");
	page_line(pw, "item two");
	page_block_end(pw);
	out = written(pw, NULL, &pages);
	assert_int_equal(pages, 2);
	split_pages(out, pages_v, 8);
	assert_null(strstr(pages_v[0], "Heading"));
	assert_non_null(strstr(pages_v[1], "Heading\nitem one\nitem two\n"));
	free(out);
	page_free(pw);
}

static void forced_breaks_and_titles(void **state)
{
	struct page_writer *pw = page_new(40, 20);
	char *out, *pages_v[8];
	unsigned pages;

	(void)state;
	page_set_title(pw, "First");
	page_line(pw, "one");
	page_break(pw);
	page_set_title(pw, "Second");
	page_line(pw, "two");
	out = written(pw, NULL, &pages);
	assert_int_equal(pages, 2);
	split_pages(out, pages_v, 8);
	assert_int_equal(strncmp(pages_v[0], "First ", 6), 0);
	assert_int_equal(strncmp(pages_v[1], "Second ", 7), 0);
	free(out);
	page_free(pw);
}

static void banner_on_every_page(void **state)
{
	struct page_writer *pw = page_new(40, 20);
	char *out, *pages_v[8];
	unsigned pages;
	size_t n;

	(void)state;
	for (int i = 0; i < 50; i++)
		page_line(pw, "x");
	out = written(pw, "TRAINING", &pages);
	n = split_pages(out, pages_v, 8);
	assert_int_equal(n, pages);
	assert_true(n >= 3);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(strncmp(pages_v[i], "                TRAINING\n", 25), 0);
		assert_true(count_lines(pages_v[i]) <= 20);
	}
	free(out);
	page_free(pw);

	pw = page_new(40, 0);
	page_line(pw, "x");
	out = written(pw, "TRAINING", &pages);
	assert_string_equal(out, "                TRAINING\nx\n");
	free(out);
	page_free(pw);
}

static void long_titles_are_cut(void **state)
{
	struct page_writer *pw = page_new(40, 20);
	unsigned pages;
	char *out;

	(void)state;
	page_set_title(pw, "A very long title that will not fit next to the page number");
	page_line(pw, "x");
	out = written(pw, NULL, &pages);
	assert_fits(out, 40);
	assert_non_null(strstr(out, "page 1 of 1\n"));
	free(out);
	page_free(pw);
}

static char *escaped(void (*fn)(FILE *, const char *, const char *), const char *s,
		     const char *nl)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	fn(f, s, nl);
	fclose(f);
	return buf;
}

static void html_escape_one(FILE *f, const char *s, const char *nl)
{
	(void)nl;
	escape_html(f, s);
}

static void html_escaping(void **state)
{
	char *s;

	(void)state;
	s = escaped(html_escape_one, "<b>Tom & \"Jerry's\"</b>", NULL);
	assert_string_equal(s, "&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;");
	free(s);
	/* Control characters are dropped, bad UTF-8 replaced, good kept. */
	s = escaped(html_escape_one, "a\x01" "b\x0c" "c\xff" "d ñ日\n", NULL);
	assert_string_equal(s, "abc\xef\xbf\xbd" "d ñ日\n");
	free(s);
	s = escaped(html_escape_one, "trunc\xe6\x97", NULL);
	assert_string_equal(s, "trunc\xef\xbf\xbd\xef\xbf\xbd");
	free(s);
}

static void markdown_escaping(void **state)
{
	char *s;

	(void)state;
	s = escaped(escape_md, "*bold* _x_ [link](u) <tag> a|b `c` \\", " ");
	assert_string_equal(s, "\\*bold\\* \\_x\\_ \\[link\\](u) \\<tag\\> a\\|b \\`c\\` \\\\");
	free(s);
	/* Markers at the start of a line only. */
	s = escaped(escape_md, "# not a heading\n- not a list\n2. not numbered\nx - y 2. z\n", "/");
	assert_string_equal(s, "\\# not a heading/\\- not a list/2\\. not numbered/x - y 2. z");
	free(s);
	s = escaped(escape_md, "    code?", " ");
	assert_string_equal(s, "code?");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wraps_at_words),
		cmocka_unit_test(wide_characters_fit),
		cmocka_unit_test(control_characters_are_spaces),
		cmocka_unit_test(page_numbers_and_form_feeds),
		cmocka_unit_test(blocks_move_to_the_next_page),
		cmocka_unit_test(long_blocks_are_split),
		cmocka_unit_test(headings_stay_with_what_follows),
		cmocka_unit_test(forced_breaks_and_titles),
		cmocka_unit_test(banner_on_every_page),
		cmocka_unit_test(long_titles_are_cut),
		cmocka_unit_test(html_escaping),
		cmocka_unit_test(markdown_escaping),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
