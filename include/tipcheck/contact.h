/*
 * How a referral contact is shown wherever it appears (the result's
 * explanation, the alert screens, print, summaries): its name, marked
 * when it is a police line, how it was checked, and how to find the
 * service when no contact is known, in the worker's language. Pure text:
 * no I/O.
 */
#ifndef TIPCHECK_CONTACT_H
#define TIPCHECK_CONTACT_H

#include "tipcheck/catalog.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/* The service's name in t's language, with "(police)" for a police line.
 * A new string owned by the caller. */
char *contact_name(const struct tr *t, const struct service *s);

/*
 * How the contacts of d were checked, or service s of d when s is not
 * NULL (its own `checked`, else d's), as a phrase to put in a sentence:
 * "taken from a public source on 2026-12-05, not confirmed with the
 * operator". A new string owned by the caller.
 */
char *contact_checked(const struct tr *t, const struct directory *d, const struct service *s);

/*
 * How to find the service of r where the worker is, for a referral
 * without a contact: the service's own `find`, else the default
 * directory's `find` for the same service, else what to search for
 * ("How to find it: ..."). A new string owned by the caller; *lang (may
 * be NULL) is set to the language code of its words (t's, or "en" where
 * t lacks the sentence). t->content must be the content of r.
 */
char *contact_find(const struct tr *t, const struct referral *r, const char **lang);

#endif
