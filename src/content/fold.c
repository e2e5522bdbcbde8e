/* Words in a text without case: folding to lower case and scanning for the places words start. */
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "tipcheck/xalloc.h"

/* The next code point of s (valid UTF-8). */
static uint32_t next_cp(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	uint32_t c = *p;
	int n = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;

	if (n)
		c &= 0x3f >> n;
	for (int i = 1; i <= n && p[i]; i++)
		c = (c << 6) | (p[i] & 0x3f);
	*s += 1 + n;
	return c;
}

/* Lower case for the letters of the languages with signal words. Each
 * range keeps its UTF-8 length (A-Z: 1 byte; U+00C0-00DE and
 * U+0400-042F to U+00E0-00FE and U+0430-045F: 2 bytes), and a folded
 * code point folds to itself. */
static uint32_t fold(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
		return c + 0x20;
	if (c >= 0x410 && c <= 0x42f)
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40f)
		return c + 0x50;
	return c;
}

static unsigned char fold_ascii(unsigned char c)
{
	return (unsigned char)(c - 'A') < 26u ? (unsigned char)(c + 0x20) : c;
}

static bool is_letter(uint32_t c)
{
	c = fold(c);
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       (c >= 0xdf && c <= 0x24f && c != 0xf7) || (c >= 0x370 && c <= 0x52f);
}

/* is_letter() by byte for ASCII, 0 for the bytes of longer code points:
 * the runs of ASCII letters, most of every text, are passed a byte at a
 * time without decoding. */
static const unsigned char ascii_letter[256] = {
	['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['a'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* Whether a and b are a two-byte code point (lead C2-DF): the letters of
 * Latin-1 and Cyrillic, most of a text that is not ASCII. */
static bool two_bytes(unsigned a, unsigned b)
{
	return a - 0xc2 < 0x1eu && (b & 0xc0) == 0x80;
}

/* fold() of the two-byte code point a b as its two bytes (a << 8 | b),
 * without decoding: U+00C0-00DE are C3 80-9E, U+0400-040F D0 80-8F,
 * U+0410-041F D0 90-9F, U+0420-042F D0 A0-AF. */
static unsigned fold2(unsigned a, unsigned b)
{
	if (a == 0xc3 && b <= 0x9e && b != 0x97)
		return a << 8 | (b + 0x20);
	if (a == 0xd0 && b < 0xb0)
		return b < 0x90 ? 0xd1u << 8 | (b + 0x10) :
		       b < 0xa0 ? 0xd0u << 8 | (b + 0x20) : 0xd1u << 8 | (b - 0x20);
	return a << 8 | b;
}

static size_t put_cp(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xc0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xe0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

char *fold_copy(const char *s)
{
	char *out = xmalloc(strlen(s) + 1);
	size_t n = 0;

	while (*s)
		n += put_cp(out + n, fold(next_cp(&s)));
	out[n] = '\0';
	return out;
}

/* As folding keeps lengths, the folded text's bytes line up with the
 * text's: only the bytes compared are folded. */
bool fold_starts(const char *p, const char *w, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)*p;
		char cp[4];
		size_t n;

		/* The text's NUL differs from every byte of w. */
		if (c < 0x80) {
			if (fold_ascii(c) != (unsigned char)w[i])
				return false;
			p++;
			i++;
			continue;
		}
		if (two_bytes(c, (unsigned char)p[1])) {
			unsigned f = fold2(c, (unsigned char)p[1]);

			if (f >> 8 != (unsigned char)w[i] ||
			    (i + 1 < len && (f & 0xff) != (unsigned char)w[i + 1]))
				return false;
			p += 2;
			i += 2;
			continue;
		}
		n = put_cp(cp, fold(next_cp(&p)));
		for (size_t k = 0; k < n && i < len; k++, i++)
			if (cp[k] != w[i])
				return false;
	}
	return true;
}

uint32_t fold_head(const char *p)
{
	uint32_t h = 0;
	unsigned n = 0;

	/* ASCII, most heads, without decoding. */
	for (unsigned char c; n < 32 && (c = (unsigned char)*p) && c < 0x80; n += 8, p++)
		h |= (uint32_t)fold_ascii(c) << n;
	while (n < 32 && *p) {
		unsigned char c = (unsigned char)*p;
		char cp[4];
		size_t m;

		if (c < 0x80) {
			h |= (uint32_t)fold_ascii(c) << n;
			n += 8;
			p++;
			continue;
		}
		if (two_bytes(c, (unsigned char)p[1])) {
			unsigned f = fold2(c, (unsigned char)p[1]);

			h |= (uint32_t)(f >> 8) << n;
			if (n < 24)
				h |= (uint32_t)(f & 0xff) << (n + 8);
			n += 16;
			p += 2;
			continue;
		}
		m = put_cp(cp, fold(next_cp(&p)));
		for (size_t k = 0; k < m && n < 32; k++, n += 8)
			h |= (uint32_t)(unsigned char)cp[k] << n;
	}
	return h;
}

const char *fold_next_start(const char *p)
{
	for (;;) {
		unsigned char c = (unsigned char)*p;

		if (c < 0x80) {
			p++;
			if (!ascii_letter[c])
				return p;
		} else if (two_bytes(c, (unsigned char)p[1])) {
			uint32_t cp = (c & 0x1f) << 6 | ((unsigned char)p[1] & 0x3f);

			p += 2;
			if (!is_letter(cp))
				return p;
		} else if (!is_letter(next_cp(&p))) {
			return p;
		}
		while (ascii_letter[(unsigned char)*p])
			p++;
		if (!*p)
			return p;
	}
}
