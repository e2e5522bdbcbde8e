/*
 * The situation of an interview (adult, child, not sure) and the checklists
 * that fit it. Children first: "not sure" is treated as a child. Pure.
 */
#ifndef TIPCHECK_SITUATION_H
#define TIPCHECK_SITUATION_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/* Whether a checklist for audience a is offered in situation s: one for
 * adults and children always; one for adults only to an adult; one for
 * children to a child and when not sure. */
bool situation_fits(enum situation s, enum audience a);

/* The situation of an interview over lists chosen without asking (on the
 * command line): a child when any of them is for children, else an adult.
 * No lists: an adult. */
enum situation situation_of_checklists(const struct checklist *const *lists, size_t n);

/* The situation that decides whom the person may be referred to: s, or,
 * when s is adult, a possible child once an item that the child situation
 * presets (such as "may be a child") is answered yes (child) or don't know
 * (not sure: the presumption of minority). Items hidden by show_if count as
 * not asked, as in the rules. An answer never makes s less of a child. */
enum situation situation_of_answers(enum situation s, const struct checklist *const *lists,
				    size_t n, const enum answer *answers);

/* Whether item starts answered "yes" in an interview begun in situation s
 * (its `preset`). Inline: the safety checks ask it some 2,000,000 times. */
static inline bool situation_presets(enum situation s, const struct item *item)
{
	return s < SITUATION_COUNT && (item->preset_yes & (1u << s));
}

/* Answers "yes" every item of lists that situation s presets (answers is
 * indexed by item->index); other answers are left as they are. */
void situation_apply_presets(enum situation s, const struct checklist *const *lists, size_t n,
			     enum answer *answers);

#endif
