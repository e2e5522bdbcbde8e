/*
 * Plural forms: which form of a counted phrase a language uses for a
 * whole number, after the CLDR plural rules for cardinals
 * (https://cldr.unicode.org, "Language Plural Rules").
 *
 * A catalog string with forms is one key per category, the category
 * last: "ui.result.more-strong.one", "ui.result.more-strong.other"
 * (Russian adds ".few" and ".many"). tr_ui_n() (catalog.h) picks the form
 * for a number. Every counted string has ".other"; English defines ".one"
 * and ".other".
 *
 * The rule table holds every shipped language (en, es, fr, ru, uk, pl, ro,
 * ar, bg, sq, pt, tl, fa, id, th, vi, zh); a language without a row uses
 * the English rule. Adding a language is one row in plural.c. Pure
 * functions: no state, no allocation.
 */
#ifndef TIPCHECK_PLURAL_H
#define TIPCHECK_PLURAL_H

#include <stdbool.h>
#include <stddef.h>

enum plural_category {
	PLURAL_ZERO,
	PLURAL_ONE,
	PLURAL_TWO,
	PLURAL_FEW,
	PLURAL_MANY,
	PLURAL_OTHER,
	PLURAL_COUNT
};

/* "zero", "one", "two", "few", "many", "other". */
const char *plural_category_to_str(enum plural_category c);

/* The category of n in lang ("ru", "pt-BR", "es_ES.UTF-8": the language
 * part decides); the English rule for a language without a row or NULL. */
enum plural_category plural_category(const char *lang, unsigned long n);

/* Whether lang's rule ever gives category c (PLURAL_OTHER: always). */
bool plural_has_category(const char *lang, enum plural_category c);

/* Whether a counted string of lang needs a form for category c: c is
 * "other", or lang's rule gives c for a count below a million (the "many"
 * of es, fr and pt is whole millions only: "other" stands in for it). */
bool plural_needs_category(const char *lang, enum plural_category c);

/* The categories lang needs (plural_needs_category()), in CLDR order,
 * joined by ", " into buf ("one, few, many, other"). */
void plural_categories_str(const char *lang, char *buf, size_t size);

/* Whether key ends in ".CATEGORY" ("ui.x.few"): then *base_len is the
 * length of the key before that dot and *c the category. */
bool plural_key_split(const char *key, size_t *base_len, enum plural_category *c);

#endif
