/* Escaping for HTML (well-formed XML too) and Markdown. */
#include <stdbool.h>
#include <string.h>

#include "tipcheck/escape.h"
#include "tipcheck/text.h"

/* Length of the UTF-8 sequence a lead byte announces; 0 when invalid. */
static size_t seq_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if ((c & 0xe0) == 0xc0)
		return 2;
	if ((c & 0xf0) == 0xe0)
		return 3;
	if ((c & 0xf8) == 0xf0)
		return 4;
	return 0;
}

void escape_html(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		size_t n = seq_len(*p);

		if (n > 1) {
			if (strnlen((const char *)p, n) == n && text_valid_utf8((const char *)p, n)) {
				fwrite(p, 1, n, out);
				p += n;
			} else {
				fputs("\xef\xbf\xbd", out);
				p++;
			}
			continue;
		}
		if (n == 0) {
			fputs("\xef\xbf\xbd", out);
			p++;
			continue;
		}
		switch (*p) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		case '\t': case '\n': fputc(*p, out); break;
		default:
			if (*p >= 0x20 && *p != 0x7f)
				fputc(*p, out);
			break;
		}
		p++;
	}
}

void escape_md(FILE *out, const char *s, const char *newline)
{
	size_t len = strlen(s);
	bool line_start = true;

	while (len && (s[len - 1] == '\n' || s[len - 1] == ' '))
		len--;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];

		if (c == '\n') {
			fputs(newline, out);
			line_start = true;
			continue;
		}
		if (line_start) {
			if (c == ' ' || c == '\t')
				continue;
			if (strchr("#-+=>", c))
				fputc('\\', out);
			if (c >= '0' && c <= '9') {
				size_t j = i;
				while (j < len && s[j] >= '0' && s[j] <= '9')
					j++;
				/* "1." or "1)" would start a numbered list. */
				if (j < len && (s[j] == '.' || s[j] == ')')) {
					fwrite(s + i, 1, j - i, out);
					fputc('\\', out);
					i = j - 1;
					line_start = false;
					continue;
				}
			}
			line_start = false;
		}
		if ((unsigned char)c < 0x20 && c != '\t')
			continue;
		if (strchr("\\`*_[]<>|~&", c))
			fputc('\\', out);
		fputc(c, out);
	}
}
