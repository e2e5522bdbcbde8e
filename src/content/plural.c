/* Plural categories of whole numbers by language: the CLDR rules as a table. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "tipcheck/plural.h"

static const char *const category_names[PLURAL_COUNT] = {
	[PLURAL_ZERO] = "zero",
	[PLURAL_ONE] = "one",
	[PLURAL_TWO] = "two",
	[PLURAL_FEW] = "few",
	[PLURAL_MANY] = "many",
	[PLURAL_OTHER] = "other",
};

/* CLDR rules for integers (no visible fraction digits: v = 0, i = n). */
static enum plural_category rule_one(unsigned long n)
{
	return n == 1 ? PLURAL_ONE : PLURAL_OTHER;
}

/* Spanish: many for whole millions ("un millón de ..."). */
static enum plural_category rule_es(unsigned long n)
{
	if (n == 1)
		return PLURAL_ONE;
	return n && n % 1000000 == 0 ? PLURAL_MANY : PLURAL_OTHER;
}

/* French: one for 0 and 1; many for whole millions. */
static enum plural_category rule_fr(unsigned long n)
{
	if (n <= 1)
		return PLURAL_ONE;
	return n % 1000000 == 0 ? PLURAL_MANY : PLURAL_OTHER;
}

/* Russian and Ukrainian: 1, 21, 31... one; 2-4, 22-24... few; the rest many. */
static enum plural_category rule_ru(unsigned long n)
{
	unsigned long d = n % 10, h = n % 100;

	if (d == 1 && h != 11)
		return PLURAL_ONE;
	if (d >= 2 && d <= 4 && (h < 12 || h > 14))
		return PLURAL_FEW;
	return PLURAL_MANY;
}

/* Polish: one is 1 only; 2-4, 22-24... few; the rest many. */
static enum plural_category rule_pl(unsigned long n)
{
	return n == 1 ? PLURAL_ONE : rule_ru(n) == PLURAL_FEW ? PLURAL_FEW : PLURAL_MANY;
}

/* Romanian: one 1; few 0 and those ending in 01-19 (2-19, 101-119...). */
static enum plural_category rule_ro(unsigned long n)
{
	unsigned long h = n % 100;

	if (n == 1)
		return PLURAL_ONE;
	return n == 0 || (h >= 1 && h <= 19) ? PLURAL_FEW : PLURAL_OTHER;
}

/* Arabic: zero, one, two; 3-10, 103-110... few; 11-99, 111-199... many. */
static enum plural_category rule_ar(unsigned long n)
{
	unsigned long h = n % 100;

	if (n <= 2)
		return n == 0 ? PLURAL_ZERO : n == 1 ? PLURAL_ONE : PLURAL_TWO;
	if (h >= 3 && h <= 10)
		return PLURAL_FEW;
	return h >= 11 ? PLURAL_MANY : PLURAL_OTHER;
}

/* Tagalog: one unless the last digit is 4, 6 or 9. */
static enum plural_category rule_tl(unsigned long n)
{
	unsigned long d = n % 10;

	return d == 4 || d == 6 || d == 9 ? PLURAL_OTHER : PLURAL_ONE;
}

/* Farsi: one for 0 and 1. */
static enum plural_category rule_fa(unsigned long n)
{
	return n <= 1 ? PLURAL_ONE : PLURAL_OTHER;
}

/* Chinese, Indonesian, Thai, Vietnamese: one form for every number. */
static enum plural_category rule_none(unsigned long n)
{
	(void)n;
	return PLURAL_OTHER;
}

#define BIT(c) (1u << PLURAL_##c)

/* One row a language: its rule and the categories the rule can give. */
static const struct {
	const char *lang;
	enum plural_category (*rule)(unsigned long n);
	unsigned categories;		/* BIT(category) */
} rules[] = {
	{ "en", rule_one, BIT(ONE) | BIT(OTHER) },
	{ "es", rule_es, BIT(ONE) | BIT(MANY) | BIT(OTHER) },
	{ "fr", rule_fr, BIT(ONE) | BIT(MANY) | BIT(OTHER) },
	/* other: fractions only, but every counted string needs it. */
	{ "ru", rule_ru, BIT(ONE) | BIT(FEW) | BIT(MANY) | BIT(OTHER) },
	{ "uk", rule_ru, BIT(ONE) | BIT(FEW) | BIT(MANY) | BIT(OTHER) },
	{ "pl", rule_pl, BIT(ONE) | BIT(FEW) | BIT(MANY) | BIT(OTHER) },
	{ "ro", rule_ro, BIT(ONE) | BIT(FEW) | BIT(OTHER) },
	{ "ar", rule_ar, BIT(ZERO) | BIT(ONE) | BIT(TWO) | BIT(FEW) | BIT(MANY) | BIT(OTHER) },
	{ "bg", rule_one, BIT(ONE) | BIT(OTHER) },
	{ "sq", rule_one, BIT(ONE) | BIT(OTHER) },
	/* European Portuguese (Brazilian puts 0 in one too). */
	{ "pt", rule_es, BIT(ONE) | BIT(MANY) | BIT(OTHER) },
	{ "tl", rule_tl, BIT(ONE) | BIT(OTHER) },
	{ "fa", rule_fa, BIT(ONE) | BIT(OTHER) },
	{ "id", rule_none, BIT(OTHER) },
	{ "th", rule_none, BIT(OTHER) },
	{ "vi", rule_none, BIT(OTHER) },
	{ "zh", rule_none, BIT(OTHER) },
};

const char *plural_category_to_str(enum plural_category c)
{
	return c < PLURAL_COUNT ? category_names[c] : "?";
}

/* The row of lang's language part, else English's (the first). */
static size_t row_of(const char *lang)
{
	size_t len = lang ? strcspn(lang, "-_.@") : 0;

	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		if (strlen(rules[i].lang) == len && !strncasecmp(rules[i].lang, lang, len))
			return i;
	return 0;
}

enum plural_category plural_category(const char *lang, unsigned long n)
{
	return rules[row_of(lang)].rule(n);
}

bool plural_has_category(const char *lang, enum plural_category c)
{
	return c < PLURAL_COUNT && (rules[row_of(lang)].categories & 1u << c);
}

bool plural_needs_category(const char *lang, enum plural_category c)
{
	size_t r = row_of(lang);

	if (c == PLURAL_OTHER)
		return true;
	if (c >= PLURAL_COUNT || !(rules[r].categories & 1u << c))
		return false;
	/* The counts tipcheck shows (items, signs, answers) stay far below a
	 * million, so a category given only for whole millions (the "many"
	 * of es, fr, pt) needs no form: "other" stands in for it. Below a
	 * million every rule repeats with the last two digits past 100, so
	 * the first 200 numbers show every category it needs. */
	for (unsigned long n = 0; n < 200; n++)
		if (rules[r].rule(n) == c)
			return true;
	return false;
}

void plural_categories_str(const char *lang, char *buf, size_t size)
{
	size_t len = 0;

	if (size)
		buf[0] = '\0';
	for (int k = 0; k < PLURAL_COUNT; k++) {
		int w;

		if (!plural_needs_category(lang, (enum plural_category)k) || len >= size)
			continue;
		w = snprintf(buf + len, size - len, "%s%s", len ? ", " : "", category_names[k]);
		if (w > 0)
			len += (size_t)w;
	}
}

bool plural_key_split(const char *key, size_t *base_len, enum plural_category *c)
{
	const char *dot = strrchr(key, '.');

	if (!dot || dot == key)
		return false;
	/* Most keys are no plural form: their first letter tells most of
	 * them so without a call. */
	for (int k = 0; k < PLURAL_COUNT; k++) {
		if (dot[1] == category_names[k][0] && !strcmp(dot + 1, category_names[k])) {
			*base_len = (size_t)(dot - key);
			*c = (enum plural_category)k;
			return true;
		}
	}
	return false;
}
