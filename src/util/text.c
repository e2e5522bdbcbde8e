/* UTF-8 decoding, display widths and word wrapping. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

/* Decodes one UTF-8 character at s (at most len bytes). Returns its byte
 * length (>= 1) and sets *cp, or returns 1 with *cp = -1 for a bad byte. */
static size_t utf8_decode(const unsigned char *s, size_t len, int32_t *cp)
{
	static const unsigned char need[] = { 0, 0, 1, 2, 3 };
	unsigned n;
	int32_t c;
	int32_t min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0) {
		n = 2; c = s[0] & 0x1f; min = 0x80;
	} else if ((s[0] & 0xf0) == 0xe0) {
		n = 3; c = s[0] & 0x0f; min = 0x800;
	} else if ((s[0] & 0xf8) == 0xf0) {
		n = 4; c = s[0] & 0x07; min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	if (len < n)
		goto bad;
	for (unsigned i = 1; i <= need[n]; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return n;
bad:
	*cp = -1;
	return 1;
}

size_t text_decode(const char *s, size_t len, int32_t *cp)
{
	return len ? utf8_decode((const unsigned char *)s, len, cp) : 0;
}

bool text_valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	int32_t cp;

	while (i < len) {
		/* Content is mostly ASCII: skip it a word at a time. */
		while (i + 8 <= len) {
			uint64_t w;

			memcpy(&w, p + i, sizeof w);
			if (w & UINT64_C(0x8080808080808080))
				break;
			i += 8;
		}
		if (i == len)
			break;
		i += utf8_decode(p + i, len - i, &cp);
		if (cp < 0)
			return false;
	}
	return true;
}

static int cp_width(int32_t cp)
{
	int w;

	if (cp < 0)
		return 1;
	if (cp == '\t')
		return 1;
	w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

size_t text_width_n(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, w = 0;
	int32_t cp;

	while (i < len && p[i]) {
		i += utf8_decode(p + i, len - i, &cp);
		w += (size_t)cp_width(cp);
	}
	return w;
}

size_t text_width(const char *s)
{
	return text_width_n(s, SIZE_MAX);
}

size_t text_fit(const char *s, size_t len, size_t width)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, w = 0, n;
	int32_t cp;
	int cw;

	while (i < len && p[i]) {
		n = utf8_decode(p + i, len - i, &cp);
		cw = cp_width(cp);
		/* Combining marks (width 0) stay with the character before. */
		if (cw > 0 && w + (size_t)cw > width)
			break;
		w += (size_t)cw;
		i += n;
	}
	return i;
}

struct wrapper {
	struct text_line *v;
	size_t n, cap;
};

static void push(struct wrapper *wr, size_t start, size_t len, size_t width)
{
	if (wr->n == wr->cap) {
		wr->cap = wr->cap ? wr->cap * 2 : 8;
		wr->v = xreallocarray(wr->v, wr->cap, sizeof *wr->v);
	}
	wr->v[wr->n++] = (struct text_line){ start, len, width };
}

/* Wraps one paragraph (no newline inside) that starts at byte off of s. */
static void wrap_paragraph(struct wrapper *wr, const char *s, size_t off,
			   size_t len, size_t width)
{
	size_t pos = 0;

	while (pos < len) {
		size_t line_start, line_end, line_w, p;

		while (pos < len && s[off + pos] == ' ')
			pos++;
		if (pos == len)
			break;
		line_start = pos;
		line_end = pos;
		line_w = 0;
		p = pos;
		/* Take whole words while they fit. */
		for (;;) {
			size_t word_end = p, word_w;

			while (word_end < len && s[off + word_end] != ' ')
				word_end++;
			word_w = text_width_n(s + off + line_end, word_end - line_end);
			if (line_w + word_w <= width) {
				line_w += word_w;
				line_end = word_end;
				if (word_end == len)
					break;
				p = word_end;
				while (p < len && s[off + p] == ' ')
					p++;
				if (p == len)
					break;
				continue;
			}
			break;
		}
		if (line_end == line_start) {
			/* A word wider than the line: cut it between characters. */
			size_t cut = text_fit(s + off + line_start, len - line_start,
					      width ? width : 1);
			if (cut == 0)
				cut = 1;
			line_end = line_start + cut;
			line_w = text_width_n(s + off + line_start, cut);
		}
		push(wr, off + line_start, line_end - line_start, line_w);
		pos = line_end;
	}
}

size_t text_wrap(const char *s, size_t width, struct text_line **lines)
{
	struct wrapper wr = { 0 };
	size_t i = 0;

	while (s[i] || i == 0) {
		size_t end = i;

		while (s[end] && s[end] != '\n')
			end++;
		size_t before = wr.n;
		wrap_paragraph(&wr, s, i, end - i, width);
		if (wr.n == before)
			push(&wr, i, 0, 0);	/* a blank line stays blank */
		if (!s[end])
			break;
		i = end + 1;
		if (!s[i])
			break;
	}
	*lines = wr.v;
	return wr.n;
}
