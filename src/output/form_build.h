/*
 * Internal to src/output: writing printed forms (form.h). form.c holds
 * the shared parts and the interviewer's guide; form_sheet.c the
 * checklist form (a table per section); form_tally.c its tally sheet.
 * Every string made while writing is kept until the form ends (keep).
 * Part of the module form.
 */
#ifndef TIPCHECK_FORM_BUILD_H
#define TIPCHECK_FORM_BUILD_H

#include <stdbool.h>

#include "tipcheck/doc.h"
#include "tipcheck/render.h"
#include "tipcheck/tally.h"

struct form {
	const struct content *c;
	const struct render_opts *o;
	const struct tr *t;		/* the worker's language */
	struct doc *doc;
	const struct checklist **lists;	/* printed, in order */
	size_t n_lists;
	const struct ruleset **rs;	/* their rules files, in order of first use */
	size_t n_rs;
	const struct directory *region;
	const struct directory *fallback;
	struct tally *tally;		/* the checklist form's numbering */
	bool asks;			/* the person's questions under the signs */
	char **keep;			/* strings freed at the end */
	size_t n_keep;
};

extern const char *const form_strength_keys[STRENGTH_COUNT];
extern const char *const form_level_keys[LEVEL_COUNT];

/* s, freed when the form ends; returns s. */
const char *form_keep(struct form *f, char *s);

/* An interface string in the language it was found in. */
struct span form_ui(const struct form *f, const char *key);

/* An interface string with placeholders filled in. */
struct span form_uif(struct form *f, const char *key, const char *const *names,
		     const char *const *values, size_t n);
struct span form_uif1(struct form *f, const char *key, const char *name, const char *value);

/* Content text of owner's field in t's language, else English. */
struct span form_ctext(struct form *f, const struct tr *t, const char *owner,
		       const char *field, const char *english);

/* The question for the person in at's language (tr_person_question()),
 * marked with the language it is in. */
struct span form_person_question(const struct tr *at, const struct item *it);

/* The service for id: in the chosen region, else the default directory;
 * *dir says which (NULL when neither has it). */
const struct service *form_service(const struct form *f, const char *id,
				   const struct directory **dir);

/* Sets f up to print lists (the content's `first` checklists before
 * them) with o; form_done() frees what it and the writing kept. */
void form_setup(struct form *f, const struct content *c,
		const struct checklist *const *lists, size_t n, const struct render_opts *o);
void form_done(struct form *f);
/* Frees the strings kept so far (form_keep()). */
void form_free_kept(struct form *f);

/* The checklist form's body (form_sheet.c) and its tally sheet
 * (form_tally.c). */
void form_sheet(struct form *f);
void form_tally_sheet(struct form *f);

/* "only if 12 is ticked present": a condition of the tally in words
 * (form_tally.c); kept. */
const char *form_pen_words(struct form *f, const struct pen *p);

#endif
