/* Safe echo: user-supplied text with control and bidi characters shown as <U+XXXX>. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/echo.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"

/* Escaped, one input byte becomes at most 8 bytes ("<U+001B>"); a
 * character of 2 or 3 bytes at most 8 as well ("<U+202E>"). */
#define ECHO_MAX_PER_BYTE 8

bool echo_unsafe(int32_t cp)
{
	static const struct { int32_t lo, hi; } ranges[] = {
		{ 0x0000, 0x001f }, { 0x007f, 0x009f },	/* C0, DEL, C1 */
		{ 0x061c, 0x061c },			/* Arabic letter mark */
		{ 0x200e, 0x200f },			/* LRM, RLM */
		{ 0x2028, 0x202e },			/* separators, embeddings, overrides */
		{ 0x2066, 0x2069 },			/* isolates */
	};

	for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
		if (cp >= ranges[i].lo && cp <= ranges[i].hi)
			return true;
	return false;
}

char *echo_escape(const char *s)
{
	size_t len, i = 0, k = 0;
	char *out;

	if (!s)
		return NULL;
	len = strlen(s);
	out = xcalloc(len + 1, ECHO_MAX_PER_BYTE);
	while (i < len) {
		int32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);

		if (cp < 0) {
			k += (size_t)sprintf(out + k, "<0x%02X>", (unsigned char)s[i]);
		} else if (echo_unsafe(cp)) {
			k += (size_t)sprintf(out + k, "<U+%04X>", (unsigned)cp);
		} else {
			memcpy(out + k, s + i, n);
			k += n;
		}
		i += n;
	}
	out[k] = '\0';
	return out;
}

void echo_fputs(FILE *out, const char *s)
{
	char *e = echo_escape(s ? s : "");

	fputs(e, out);
	free(e);
}

void echo_printf(FILE *out, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	echo_fputs(out, msg);
	free(msg);
}
