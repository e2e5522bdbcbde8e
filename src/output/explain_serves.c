/*
 * Who a service serves, in an explanation: the facts its directory states
 * under each referral, and the services left out of the result and why.
 * Part of the module explain.
 */
#include <stdlib.h>
#include <string.h>

#include "explain_build.h"
#include "tipcheck/contact.h"
#include "tipcheck/fit.h"
#include "tipcheck/serves.h"
#include "tipcheck/xalloc.h"

/* The words of each stated value; index 0 (unstated) says nothing. */
static const char *const age_keys[SERVES_AGE_COUNT] = {
	[SERVES_AGE_CHILDREN] = "ui.serves.age.children",
	[SERVES_AGE_ADULTS] = "ui.serves.age.adults",
	[SERVES_AGE_BOTH] = "ui.serves.age.both",
};

static const char *const gender_keys[SERVES_GENDER_COUNT] = {
	[SERVES_GENDER_WOMEN] = "ui.serves.gender.women",
	[SERVES_GENDER_MEN] = "ui.serves.gender.men",
	[SERVES_GENDER_ANY] = "ui.serves.gender.any",
};

static const char *const families_keys[] = {
	[SERVES_FAMILIES_YES] = "ui.serves.families.yes",
	[SERVES_FAMILIES_NO] = "ui.serves.families.no",
};

static const char *const cost_keys[SERVES_COST_COUNT] = {
	[SERVES_COST_FREE] = "ui.serves.cost.free",
	[SERVES_COST_PAID] = "ui.serves.cost.paid",
	[SERVES_COST_VARIES] = "ui.serves.cost.varies",
};

static const char *const fit_keys[FIT_COUNT] = {
	[FIT_ADULTS_ONLY] = "ui.result.left-out.adults-only",
	[FIT_CHILDREN_ONLY] = "ui.result.left-out.children-only",
};

/* acc, then part ("{a}; {b}"); either may be NULL. */
static const char *join(struct xb *x, const char *acc, const char *part)
{
	if (!part)
		return acc;
	return acc ? xb_say(x, "ui.serves.join", "a", acc, "b", part, NULL).text : part;
}

static const char *ui_or_null(struct xb *x, const char *key)
{
	return key ? xb_ui(x, key).text : NULL;
}

/* "en, es": s's list of n strings, joined the same way. */
static const char *list(struct xb *x, char *const *v, size_t n)
{
	const char *acc = NULL;

	for (size_t i = 0; i < n; i++)
		acc = acc ? xb_say(x, "ui.serves.list", "a", acc, "b", v[i], NULL).text : v[i];
	return acc;
}

/* Whether the service speaks lang: the same code, or the same language
 * without the region ("pt" for "pt-BR"). */
static bool speaks(const struct serves *sv, const char *lang)
{
	size_t n = strcspn(lang, "-");

	for (size_t i = 0; i < sv->n_languages; i++)
		if (!strcmp(sv->languages[i], lang) ||
		    (strlen(sv->languages[i]) == n && !strncmp(sv->languages[i], lang, n)))
			return true;
	return false;
}

static const char *open_words(struct xb *x, const struct serves *sv)
{
	if (sv->open_always)
		return xb_ui(x, "ui.serves.open-always").text;
	if (!sv->n_open)
		return NULL;
	return xb_say(x, "ui.serves.open", "times", list(x, sv->open, sv->n_open), NULL).text;
}

void explain_serves(struct xb *x, const struct referral *r)
{
	const struct serves *sv = r->service ? &r->service->serves : NULL;
	const char *what = NULL, *lang = tr_lang(x->ask);

	if (r->for_child)
		xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL, xb_ui(x, "ui.result.for-child"));
	if (!sv || !sv->given)
		return;
	what = join(x, what, ui_or_null(x, age_keys[sv->age]));
	what = join(x, what, ui_or_null(x, gender_keys[sv->gender]));
	what = join(x, what, ui_or_null(x, families_keys[sv->families]));
	if (sv->n_languages)
		what = join(x, what, xb_say(x, "ui.serves.languages", "languages",
					    list(x, sv->languages, sv->n_languages), NULL).text);
	if (sv->interpreting)
		what = join(x, what, xb_ui(x, "ui.serves.interpreting").text);
	what = join(x, what, open_words(x, sv));
	what = join(x, what, ui_or_null(x, cost_keys[sv->cost]));
	xb_add(x, EXPLAIN_DETAIL, EXPLAIN_SUB, 0, NO_LABEL,
	       xb_say(x, "ui.result.serves", "serves", what, NULL));
	if (sv->n_languages && !sv->interpreting && !speaks(sv, lang))
		xb_add(x, EXPLAIN_NOTE, EXPLAIN_SUB, 0, NO_LABEL,
		       xb_say(x, "ui.result.serves-language", "lang", lang, NULL));
}

void explain_left_out(struct xb *x)
{
	const struct evaluation *e = x->e;

	if (!e->n_left_out)
		return;
	xb_add(x, EXPLAIN_HEADING, EXPLAIN_H2, 0, NO_LABEL, xb_ui(x, "ui.result.left-out"));
	for (size_t i = 0; i < e->n_left_out; i++) {
		const struct left_out *l = &e->left_out[i];
		const struct directory *d = l->directory;

		xb_add(x, EXPLAIN_NOTE, EXPLAIN_ITEM, 0, NO_LABEL,
		       xb_say(x, "ui.result.left-out.line",
			      "service", xb_keep(x, contact_name(x->t, l->service)),
			      "directory", d ? tr_text(x->t, d->id, "region", d->region) : "",
			      "why", xb_ui(x, fit_keys[l->why]).text, NULL));
	}
}
