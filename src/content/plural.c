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

/* Russian: 1, 21, 31... one; 2-4, 22-24... few; the rest many. */
static enum plural_category rule_ru(unsigned long n)
{
	unsigned long d = n % 10, h = n % 100;

	if (d == 1 && h != 11)
		return PLURAL_ONE;
	if (d >= 2 && d <= 4 && (h < 12 || h > 14))
		return PLURAL_FEW;
	return PLURAL_MANY;
}

/* One row a language: its rule and the categories the rule can give. */
static const struct {
	const char *lang;
	enum plural_category (*rule)(unsigned long n);
	unsigned categories;		/* bit 1 << category */
} rules[] = {
	{ "en", rule_one, 1u << PLURAL_ONE | 1u << PLURAL_OTHER },
	{ "es", rule_es, 1u << PLURAL_ONE | 1u << PLURAL_MANY | 1u << PLURAL_OTHER },
	{ "fr", rule_fr, 1u << PLURAL_ONE | 1u << PLURAL_MANY | 1u << PLURAL_OTHER },
	/* other: fractions only, but every counted string needs it. */
	{ "ru", rule_ru, 1u << PLURAL_ONE | 1u << PLURAL_FEW | 1u << PLURAL_MANY |
			 1u << PLURAL_OTHER },
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

void plural_categories_str(const char *lang, char *buf, size_t size)
{
	size_t len = 0;

	if (size)
		buf[0] = '\0';
	for (int k = 0; k < PLURAL_COUNT; k++) {
		int w;

		if (!plural_has_category(lang, (enum plural_category)k) || len >= size)
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
	for (int k = 0; k < PLURAL_COUNT; k++) {
		if (!strcmp(dot + 1, category_names[k])) {
			*base_len = (size_t)(dot - key);
			*c = (enum plural_category)k;
			return true;
		}
	}
	return false;
}
