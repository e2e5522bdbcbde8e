/* Shared renderer options and the output format names. */
#include <string.h>
#include <strings.h>

#include "tipcheck/render.h"

static const char *const format_names[FORMAT_COUNT] = {
	[FORMAT_TEXT] = "text",
	[FORMAT_MARKDOWN] = "markdown",
	[FORMAT_HTML] = "html",
};

const char *render_format_to_str(enum render_format f)
{
	return f < FORMAT_COUNT ? format_names[f] : "?";
}

bool render_format_from_str(const char *s, enum render_format *out)
{
	for (int f = 0; f < FORMAT_COUNT; f++) {
		if (!strcmp(s, format_names[f])) {
			*out = (enum render_format)f;
			return true;
		}
	}
	return false;
}

enum render_format render_format_of_path(const char *path)
{
	static const struct { const char *ext; enum render_format f; } exts[] = {
		{ ".md", FORMAT_MARKDOWN }, { ".markdown", FORMAT_MARKDOWN },
		{ ".html", FORMAT_HTML }, { ".htm", FORMAT_HTML },
	};
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');

	for (size_t i = 0; dot && i < sizeof exts / sizeof exts[0]; i++)
		if (!strcasecmp(dot, exts[i].ext))
			return exts[i].f;
	return FORMAT_TEXT;
}

void render_opts_init(struct render_opts *o, const struct tr *lang)
{
	*o = (struct render_opts){
		.format = FORMAT_TEXT,
		.lang = lang,
		.ask_lang = lang,
		.width = 80,
		.page_length = 66,
	};
}
