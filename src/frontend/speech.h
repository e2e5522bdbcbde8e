/*
 * Reading aloud: the person's questions and answer choices spoken in the
 * person's language (synth.c) on the sound card (sound.c), while the
 * screen goes on. Speech goes to the sound device only: never to a file,
 * never over the network, no socket (tests/e2e/tui: privacy_speak).
 *
 * A speaker runs one thread that speaks one text at a time; a new text
 * cuts the one being spoken. What cannot be spoken is said once by the
 * caller, on the screen: the interview goes on silently. Front-end code
 * only.
 */
#ifndef TIPCHECK_SPEECH_H
#define TIPCHECK_SPEECH_H

#include <stdbool.h>

#include "synth.h"

/* The options --speak-voice, --speak-rate, --speak-volume and
 * --speak-device give. */
struct speech_opts {
	struct synth_opts voice;
	const char *device;	/* an ALSA hardware device (sound.h) */
};

/* Defaults: SYNTH_RATE_DEFAULT, SYNTH_VOLUME_DEFAULT, the eSpeak NG voice
 * of the language, SOUND_DEVICE_DEFAULT. */
void speech_opts_init(struct speech_opts *o);

enum speech_status {
	SPEECH_OK,
	SPEECH_NO_ENGINE,	/* eSpeak NG or its data missing */
	SPEECH_NO_LANGUAGE,	/* no voice for the language */
	SPEECH_NO_VARIANT,	/* no voice variant of that name */
	SPEECH_NO_DEVICE,	/* no sound device, or it is busy or failed */
	SPEECH_STATUS_COUNT
};

/* The ui key of a status's one-line message ("ui.speech.no-device"),
 * with {language} and {device} to fill; NULL for SPEECH_OK. */
const char *speech_status_key(enum speech_status s);

struct speech;

/* A speaker with the options o (copied; strings borrowed and must outlive
 * it). Starts nothing until the first speech_say(). Owned by the caller
 * (speech_free). */
struct speech *speech_new(const struct speech_opts *o);

/*
 * Stops what is being said and starts saying text (UTF-8, copied) in the
 * voice of lang, returning at once. Returns SPEECH_OK, or why nothing
 * will be heard (the engine, the language or the device; found out here,
 * before returning). Blocks at most for the time the device takes to
 * stop (a fraction of a second).
 */
enum speech_status speech_say(struct speech *sp, const char *lang, const char *text);

/* Stops what is being said. */
void speech_stop(struct speech *sp);

/* A failure met while speaking (the device lost) since the last call,
 * or SPEECH_OK; reading it clears it. */
enum speech_status speech_failure(struct speech *sp);

/* Stops, waits for the thread and frees. NULL is fine. */
void speech_free(struct speech *sp);

#endif
