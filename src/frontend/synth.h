/*
 * Speech synthesis with eSpeak NG, to memory only: text in, 16-bit mono
 * samples out through a callback. Nothing here touches a sound device, a
 * file or the network (speech.c plays the samples; sound.c owns the
 * device). Front-end code only.
 *
 * eSpeak NG keeps its state process-wide: one synth open at a time, used
 * by one thread at a time. The engine starts with the first synth_open()
 * and stops at exit.
 */
#ifndef TIPCHECK_SYNTH_H
#define TIPCHECK_SYNTH_H

#include <stdbool.h>
#include <stddef.h>

/* The voice the person hears. */
struct synth_opts {
	const char *variant;	/* eSpeak NG voice variant ("f2"), or NULL */
	unsigned rate;		/* words per minute */
	unsigned volume;	/* 0..200, 100 normal */
};

/* Slower than eSpeak NG's 175 words a minute, with a short gap between
 * words: for a listener who is afraid, tired, or hears the language of a
 * screen for the first time. */
#define SYNTH_RATE_DEFAULT 130
#define SYNTH_RATE_MIN 80
#define SYNTH_RATE_MAX 450
#define SYNTH_VOLUME_DEFAULT 100
#define SYNTH_VOLUME_MAX 200

enum synth_status {
	SYNTH_OK,
	SYNTH_NO_DATA,		/* eSpeak NG or its data (espeak-ng-data) missing */
	SYNTH_NO_LANGUAGE,	/* eSpeak NG has no voice for the language */
	SYNTH_NO_VARIANT,	/* no voice variant of that name */
	SYNTH_FAILED,		/* synthesis stopped with an error */
	SYNTH_STATUS_COUNT
};

struct synth;

/* Receives n samples (mono, 16 bits, at synth_sample_rate()); returns
 * false to stop the synthesis. */
typedef bool (*synth_sink)(const short *samples, size_t n, void *ctx);

/*
 * Starts eSpeak NG (from its installed data) in retrieval mode: samples
 * come back through synth_say(), never to a device. opts is copied (the
 * variant string too). Returns SYNTH_OK and *out, a synth owned by the
 * caller (synth_close), or the reason it cannot speak (*out NULL).
 */
enum synth_status synth_open(const struct synth_opts *opts, struct synth **out);

/* Chooses the voice for lang (a BCP 47 code: "es", "pt-BR"), with the
 * variant of the options. The voice stays until the next call. Returns
 * SYNTH_NO_LANGUAGE (the voice is unchanged) when eSpeak NG lacks it. */
enum synth_status synth_language(struct synth *s, const char *lang);

/* Speaks text (UTF-8) with the voice chosen, handing the samples to sink
 * as they come. Returns SYNTH_OK when all was spoken or the sink
 * stopped it, SYNTH_FAILED on an error of the engine. */
enum synth_status synth_say(struct synth *s, const char *text, synth_sink sink, void *ctx);

/* Samples per second of what synth_say() gives. */
unsigned synth_sample_rate(const struct synth *s);

/* Frees s (the engine stays for the next synth_open()). NULL is fine. */
void synth_close(struct synth *s);

#endif
