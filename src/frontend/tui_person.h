/*
 * What the person-facing screens (tui_consent.c, tui_person.c) and the
 * worker's question screen share: reading aloud in the person's language
 * (tui_speech.c) and answer choices drawn large (tui_choices.c). Front-end
 * code only; drawing never changes state.
 */
#ifndef TIPCHECK_TUI_PERSON_H
#define TIPCHECK_TUI_PERSON_H

#include <stddef.h>

#include "tipcheck/catalog.h"
#include "tui.h"
#include "tui_draw.h"

/* One answer the person can press: its digit and its words (ui key, in
 * the person's language). */
struct tui_choice {
	char digit;
	const char *label;
};

/* --- speech (tui_speech.c) --- */

/* Says text aloud in the voice of lang (the language the text is in) when
 * speech is on; otherwise nothing. A problem is kept for the screen
 * (tui_speech_note). */
void tui_say(struct tui *t, const char *lang, const char *text);
/* Turns speech on (the person's screens speak from now on) or off
 * (silent at once). */
void tui_speech_on(struct tui *t, bool on);
/* Stops what is being said (the step changed). */
void tui_speech_stop(struct tui *t);
/* The language code a content text of the person's view is in: the
 * person's when translated, English when it fell back (shown is english,
 * the content's own text). */
const char *tui_text_lang(const struct tui *t, const char *shown, const char *english);
/* Takes note of a failure met while speaking (the sound card went away),
 * to be said like one found before: called on each key. */
void tui_speech_poll(struct tui *t);
/* The speech problem to show, if any, as one line on row y in the words
 * of tr (the language of the screen it is on). */
void tui_speech_note(const struct tui *t, const struct tr *tr, int y);
/* "r", or "r, п" with the person's own letter (tui_repeat_key). */
void tui_repeat_names(const struct tr *tr, char *buf, size_t size);
/* Says a text followed by the choices ("1: Yes. 2: No.") in the person's
 * language; text may be NULL. */
void tui_say_choices(struct tui *t, const char *text, const char *text_lang,
		     const struct tui_choice *v, size_t n);

/* --- large choices (tui_choices.c) --- */

/* Draws the n choices side by side between rows top and bottom
 * (exclusive), their digits as large as the room allows (block digits),
 * their words under them, in the person's language tr. Falls back to one
 * line each when the room is small. Returns the first row under them. */
int tui_draw_choices(const struct tr *tr, const struct tui_choice *v, size_t n, int top,
		     int bottom);
/* Rows the choices take at most with block digits of the smallest size:
 * what a screen leaves them before falling back to lines. */
int tui_choices_min_rows(void);

/* Draws text wrapped to width and centred from row y, stopping before
 * row end; returns the next row. */
int tui_centred_para(const char *text, int y, int end, int width, enum tui_role r);

/* The person's own letter for "hear it again" (ui.person.repeat-key, a
 * letter of their keyboard), or -1 when it is 'r' or not one letter. */
int tui_repeat_key(const struct tr *tr);

#endif
