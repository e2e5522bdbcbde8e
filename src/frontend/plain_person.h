/*
 * The person's language in the line-by-line interview (--plain): what to
 * say to the person, in their language, under the worker's. Internal to
 * plain*.c, part of the module plain (tests/arch/cycles.py).
 */
#ifndef TIPCHECK_PLAIN_PERSON_H
#define TIPCHECK_PLAIN_PERSON_H

#include "plain.h"

/* Writes "In Arabic:" (ui.tui.question.in-language, as the full screen
 * labels it) and other, the text in the person's language, when it
 * differs from shown, the worker's. NULL writes nothing. */
void plain_person_text(struct plain *p, const char *other, const char *shown);

#endif
