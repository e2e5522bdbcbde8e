/*
 * How a referral contact is shown wherever it appears (screen, print,
 * summaries): its name, marked when it is a police line, and how it was
 * checked, in the worker's language. Pure text: no I/O.
 */
#ifndef TIPCHECK_CONTACT_H
#define TIPCHECK_CONTACT_H

#include "tipcheck/catalog.h"
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

#endif
