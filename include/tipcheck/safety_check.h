/*
 * The safety properties of rules, proven within bounds on any content
 * (issue 11.8). For each rules file, over each of its checklists together
 * with the `first` checklists, in the adult situation and in the child
 * situation (the items preset for that situation answered yes):
 *
 * - monotone (always): one more yes to a graded sign never lowers the
 *   level. Sampled: opts->samples random answer sets (fixed seed), each
 *   with one graded item that is not yes turned to yes.
 * - strong sign (always; the all-clear part when `properties.all_clear` is
 *   declared): a yes to any one strong item, every other graded item no
 *   and ungraded items not asked, gives at least refer-further and never
 *   the all-clear outcome.
 * - child (when `properties.child` is declared): in the child situation, a
 *   yes to any item with the act signal and any item with the exploitation
 *   signal, everything else as above, gives the declared outcome.
 *
 * Each failure is an error (DIAG_SAFETY) at the position of the rule at
 * fault (the outcome that was lost or wrongly given, else the properties
 * block or the rules file), naming the answers that break the property.
 * Pure logic: no I/O.
 */
#ifndef TIPCHECK_SAFETY_CHECK_H
#define TIPCHECK_SAFETY_CHECK_H

#include <stdbool.h>
#include <stdint.h>

#include "tipcheck/diag.h"
#include "tipcheck/model.h"

struct safety_opts {
	unsigned samples;	/* monotone: answer sets per checklist set and situation */
	uint64_t seed;		/* the same seed gives the same answer sets */
};

/* The defaults `check` uses. */
#define SAFETY_SAMPLES 1500
#define SAFETY_SEED UINT64_C(0x7469706368656b31)

void safety_opts_init(struct safety_opts *o);

/* What a run did, for benchmarks and tests. */
struct safety_stats {
	unsigned long evaluations;	/* rule evaluations made */
	unsigned sets;			/* checklist sets checked (per situation) */
};

/*
 * Checks every rules file of c that a checklist uses. opts NULL: the
 * defaults. stats may be NULL. Returns true when no property fails;
 * failures are appended to d.
 */
bool safety_check_all(const struct content *c, const struct safety_opts *opts,
		      struct diag_list *d, struct safety_stats *stats);

#endif
