/* Speech synthesis with eSpeak NG into memory: the voice for a language, samples through a callback. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "speechlib.h"
#include "synth.h"
#include "tipcheck/xalloc.h"

struct synth {
	struct synth_opts opts;
	char *variant;			/* owned copy of opts.variant */
	unsigned rate;			/* samples per second */
};

/* What synth_say() hands eSpeak NG's callback: the user data of every
 * event it reports. */
struct say {
	synth_sink sink;
	void *ctx;
	bool stopped;
};

/*
 * eSpeak NG 1.51 opens its sound device when its output is set up, even
 * in retrieval mode where it never plays: through pcaudiolib, which tries
 * PulseAudio first. That connects a socket to the sound server (and,
 * depending on the environment, to the X display or a PULSE_SERVER
 * host), creates ~/.config/pulse and a folder in /tmp, all before a word
 * is spoken. The interview opens no socket and creates nothing, so this
 * program provides pcaudiolib's constructor itself (exported for the
 * library that dlopen opens, speechlib.c), and the dynamic linker binds
 * eSpeak NG's call to it: eSpeak NG gets no device, which
 * retrieval mode does not need, and tipcheck plays the samples to the
 * ALSA hardware device on its own (sound.c). Later eSpeak NG releases
 * open no device in retrieval mode and never call this.
 */
struct audio_object;
struct audio_object *create_audio_device_object(const char *device, const char *application_name,
						const char *description);

struct audio_object *create_audio_device_object(const char *device, const char *application_name,
						const char *description)
{
	(void)device;
	(void)application_name;
	(void)description;
	return NULL;
}

/* The library, once start_engine() has opened it. */
static const struct espeak_lib *es;

static int on_samples(short *wav, int n, espeak_EVENT *events)
{
	struct say *say = events ? events->user_data : NULL;

	if (!say || say->stopped)
		return 1;
	if (wav && n > 0 && !say->sink(wav, (size_t)n, say->ctx)) {
		say->stopped = true;
		return 1;
	}
	return 0;
}

static void stop_engine(void)
{
	es->espeak_ng_Terminate();
}

/*
 * eSpeak NG once per process: version 1.51 hangs in a second
 * espeak_ng_Terminate() after a second initialisation, so it starts on
 * first need and stops at exit. Its own thread starts here with every
 * signal blocked: signals go to the thread that owns the screen.
 */
static enum synth_status start_engine(void)
{
	static enum { NOT_TRIED, STARTED, FAILED } engine = NOT_TRIED;
	espeak_ng_ERROR_CONTEXT err = NULL;
	sigset_t all, old;
	bool ok;

	if (engine != NOT_TRIED)
		return engine == STARTED ? SYNTH_OK : SYNTH_NO_DATA;
	es = espeak_lib();
	if (!es) {
		engine = FAILED;
		return SYNTH_NO_DATA;
	}
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	es->espeak_ng_InitializePath(NULL);
	ok = es->espeak_ng_Initialize(&err) == ENS_OK;
	if (!ok)
		es->espeak_ng_ClearErrorContext(&err);
	/* Synchronous retrieval: synth_say() returns when all was spoken,
	 * and the samples only ever reach on_samples(). */
	ok = ok && es->espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL) == ENS_OK;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	engine = ok ? STARTED : FAILED;
	if (ok)
		atexit(stop_engine);
	return ok ? SYNTH_OK : SYNTH_NO_DATA;
}

enum synth_status synth_open(const struct synth_opts *opts, struct synth **out)
{
	struct synth *s;

	*out = NULL;
	if (start_engine() != SYNTH_OK)
		return SYNTH_NO_DATA;
	s = xcalloc(1, sizeof *s);
	s->opts = *opts;
	s->variant = opts->variant ? xstrdup(opts->variant) : NULL;
	s->opts.variant = s->variant;
	s->rate = (unsigned)es->espeak_ng_GetSampleRate();
	es->espeak_SetSynthCallback(on_samples);
	es->espeak_ng_SetParameter(espeakRATE, (int)opts->rate, 0);
	es->espeak_ng_SetParameter(espeakVOLUME, (int)opts->volume, 0);
	/* 20 ms between words: each word stands out a little more. */
	es->espeak_ng_SetParameter(espeakWORDGAP, 2, 0);
	if (s->variant) {
		/* A variant must exist: eSpeak NG ignores an unknown one. */
		espeak_VOICE spec = { .languages = "variant" };
		const espeak_VOICE **v = es->espeak_ListVoices(&spec);
		bool found = false;

		for (size_t i = 0; v && v[i] && !found; i++) {
			const char *id = v[i]->identifier;
			const char *base = id && strchr(id, '/') ? strchr(id, '/') + 1 : id;

			found = (base && !strcasecmp(base, s->variant)) ||
				(v[i]->name && !strcasecmp(v[i]->name, s->variant));
		}
		if (!found) {
			synth_close(s);
			return SYNTH_NO_VARIANT;
		}
	}
	*out = s;
	return SYNTH_OK;
}

enum synth_status synth_language(struct synth *s, const char *lang)
{
	espeak_VOICE spec = { .languages = lang };
	const espeak_VOICE *v;
	const char *id, *base;
	char *name;
	espeak_ng_STATUS st;

	if (es->espeak_ng_SetVoiceByProperties(&spec) != ENS_OK)
		return SYNTH_NO_LANGUAGE;
	v = es->espeak_GetCurrentVoice();
	if (!s->variant || !v || !v->identifier)
		return SYNTH_OK;
	/* The variant goes after the voice's file name: "roa/es" -> "es+f2". */
	id = v->identifier;
	base = strchr(id, '/') ? strchr(id, '/') + 1 : id;
	name = xasprintf("%s+%s", base, s->variant);
	st = es->espeak_ng_SetVoiceByName(name);
	free(name);
	return st == ENS_OK ? SYNTH_OK : SYNTH_NO_VARIANT;
}

enum synth_status synth_say(struct synth *s, const char *text, synth_sink sink, void *ctx)
{
	struct say say = { sink, ctx, false };
	espeak_ng_STATUS st;

	(void)s;
	st = es->espeak_ng_Synthesize(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
				  NULL, &say);
	return st == ENS_OK || say.stopped ? SYNTH_OK : SYNTH_FAILED;
}

unsigned synth_sample_rate(const struct synth *s)
{
	return s->rate;
}

void synth_close(struct synth *s)
{
	if (!s)
		return;
	free(s->variant);
	free(s);
}
