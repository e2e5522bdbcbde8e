/*
 * Internal to src/output, part of the module explain (tests/arch/cycles.py
 * counts these files as one module): building an explanation (explain.h). explain.c
 * holds the advice; explain_trace.c the rule trace; explain_sources.c the
 * provenance; explain_training.c the training feedback and debrief. They
 * add blocks through the helpers below, which keep every string they make
 * until explain_free().
 */
#ifndef TIPCHECK_EXPLAIN_BUILD_H
#define TIPCHECK_EXPLAIN_BUILD_H

#include "tipcheck/explain.h"

#define NO_LABEL ((struct explain_text){ NULL, NULL })

/* An explanation being built; pub first, so that explain_free() finds
 * the rest. */
struct xb {
	struct explanation pub;
	const struct tr *t, *ask;
	const struct content *c;
	const struct evaluation *e;
	enum explain_part part;		/* of the blocks added now */
	const char **find_lang;		/* language of pub.find[i] */
	size_t cap_blocks;
	char **owned;
	size_t n_owned, cap_owned;
};

/* Appends a block of the current part; returns it, to set level or
 * emphasis (valid until the next xb_add). */
struct explain_block *xb_add(struct xb *x, enum explain_role role, enum explain_shape shape,
			     unsigned depth, struct explain_text label, struct explain_text text);

/* A catalog string. */
struct explain_text xb_ui(const struct xb *x, const char *key);
/* Content text of owner's field; "" when there is none. */
struct explain_text xb_content(const struct xb *x, const char *owner, const char *field,
			       const char *english);
/* A catalog string with placeholders filled from NULL-terminated name,
 * value pairs (a NULL value is ""); in the language of its template. */
struct explain_text xb_say(struct xb *x, const char *key, ...);
/* The same for the form of a counted string (plural.h) for n. */
struct explain_text xb_say_n(struct xb *x, const char *key, unsigned long n, ...);
/* n in digits, kept by the explanation. */
const char *xb_num(struct xb *x, unsigned long n);
/* s (from malloc) kept by the explanation until explain_free(); returns s. */
char *xb_keep(struct xb *x, char *s);

/* "Exploitation: positive": an element and its state. */
struct explain_text explain_element_line(struct xb *x, const struct element_result *r);

/* The catalog key of a strength's words ("ui.result.strength.weak"). */
const char *explain_strength_key(enum strength s);

/* The parts built in their own files. */
void explain_trace(struct xb *x);
void explain_sources(struct xb *x, const char *date);
void explain_feedback(struct xb *x, const struct feedback *fb);
void explain_debrief(struct xb *x, const struct feedback *fb);

#endif
