/*
 * Internal to src/assessment: which items of an interview are shown now
 * (their show_if holds), kept up to date as answers change, so that the
 * progress ("question 12 of 80") costs no walk over every item: a change
 * re-evaluates only the items whose show_if names the changed item (and
 * theirs, when a visibility changes in turn), and the counts of shown
 * items before a step come from a Fenwick tree over the interview order.
 */
#ifndef TIPCHECK_SHOWN_H
#define TIPCHECK_SHOWN_H

#include <stddef.h>

#include "tipcheck/answer.h"
#include "tipcheck/model.h"

struct shown;

/* Over the items of sections (in that order) of c, for answers (indexed
 * by item->index; borrowed, read at every call). Returns a new index owned
 * by the caller (shown_free); it borrows c and the sections. */
struct shown *shown_new(const struct content *c, const struct section *const *sections,
			size_t n_sections, const enum answer *answers);
void shown_free(struct shown *sh);

/* After the answer to it changed. */
void shown_changed(struct shown *sh, const struct item *it);

/* After any number of answers changed (a wipe). */
void shown_reset(struct shown *sh);

/* The shown items of the interview. */
size_t shown_total(const struct shown *sh);

/* The shown items before item i of section sec (of the sections given). */
size_t shown_before(const struct shown *sh, size_t sec, size_t i);

#endif
