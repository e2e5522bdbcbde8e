/* Display order and Arabic shaping of a line through GNU FriBidi. */
#include <fribidi.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/bidi.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

/* s as code points (invalid bytes as U+FFFD) into a new array; *n set. */
static FriBidiChar *decode(const char *s, size_t len, FriBidiStrIndex *n)
{
	FriBidiChar *u = xcalloc(len ? len : 1, sizeof *u);
	size_t i = 0, k = 0;

	while (i < len) {
		int32_t cp;
		size_t step = text_decode(s + i, len - i, &cp);

		u[k++] = cp < 0 ? 0xFFFD : (FriBidiChar)cp;
		i += step;
	}
	*n = (FriBidiStrIndex)k;
	return u;
}

static size_t encode(FriBidiChar c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xc0 | c >> 6);
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xe0 | c >> 12);
		out[1] = (char)(0x80 | (c >> 6 & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | c >> 18);
	out[1] = (char)(0x80 | (c >> 12 & 0x3f));
	out[2] = (char)(0x80 | (c >> 6 & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

enum bidi_dir bidi_paragraph(const char *s, size_t len, enum bidi_dir fallback)
{
	FriBidiStrIndex n;
	FriBidiChar *u = decode(s, len, &n);
	enum bidi_dir dir = fallback;

	for (FriBidiStrIndex i = 0; i < n; i++) {
		FriBidiCharType t = fribidi_get_bidi_type(u[i]);

		if (FRIBIDI_IS_LETTER(t)) {
			dir = FRIBIDI_IS_RTL(t) ? BIDI_RTL : BIDI_LTR;
			break;
		}
	}
	free(u);
	return dir;
}

bool bidi_needed(const char *s, size_t len, enum bidi_dir dir)
{
	FriBidiStrIndex n;
	FriBidiChar *u;
	bool needed = false;

	if (dir == BIDI_RTL)
		return true;
	/* Most lines are ASCII: nothing to decode. */
	for (size_t i = 0; i < len && !needed; i++)
		needed = (unsigned char)s[i] >= 0x80;
	if (!needed)
		return false;
	needed = false;
	u = decode(s, len, &n);
	for (FriBidiStrIndex i = 0; i < n && !needed; i++) {
		FriBidiCharType t = fribidi_get_bidi_type(u[i]);

		needed = FRIBIDI_IS_RTL(t) || FRIBIDI_IS_ARABIC(t) || FRIBIDI_IS_EXPLICIT(t) ||
			 FRIBIDI_IS_ISOLATE(t);
	}
	free(u);
	return needed;
}

char *bidi_visual(const char *s, size_t len, enum bidi_dir dir, unsigned flags,
		  size_t *out_len)
{
	FriBidiStrIndex n;
	FriBidiChar *u = decode(s, len, &n);
	size_t size = (size_t)n + 1;
	FriBidiCharType *types = xcalloc(size, sizeof *types);
	FriBidiBracketType *brackets = xcalloc(size, sizeof *brackets);
	FriBidiLevel *levels = xcalloc(size, sizeof *levels);
	FriBidiArabicProp *joining = NULL;
	FriBidiParType base = dir == BIDI_RTL ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	FriBidiFlags fl = FRIBIDI_FLAGS_DEFAULT;
	char *out = xmalloc((size_t)n * 4 + 1);
	size_t k = 0;

	fribidi_get_bidi_types(u, n, types);
	fribidi_get_bracket_types(u, n, types, brackets);
	/* Fails only on allocation; the line then stays in logical order. */
	if (fribidi_get_par_embedding_levels_ex(types, brackets, n, &base, levels)) {
		if (flags & BIDI_SHAPE) {
			fl |= FRIBIDI_FLAGS_ARABIC;
			joining = xcalloc(size, sizeof *joining);
			fribidi_get_joining_types(u, n, joining);
			fribidi_join_arabic(types, n, levels, joining);
		}
		fribidi_shape(fl, levels, n, joining, u);
		/* Its result is the highest level, 0 on a failed allocation:
		 * then the line keeps its logical order. */
		(void)!fribidi_reorder_line(fl, types, n, 0, base, levels, u, NULL);
	}
	/* A ligature leaves a filler where its second letter was; isolate
	 * marks have done their work once the line is in display order, and
	 * a terminal or printer may show them as boxes. */
	for (FriBidiStrIndex i = 0; i < n; i++)
		if (u[i] != FRIBIDI_CHAR_FILL && !FRIBIDI_IS_ISOLATE(fribidi_get_bidi_type(u[i])))
			k += encode(u[i], out + k);
	out[k] = '\0';
	if (out_len)
		*out_len = k;
	free(joining);
	free(levels);
	free(brackets);
	free(types);
	free(u);
	return out;
}
