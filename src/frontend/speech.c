/* Reading aloud: one speaker thread, a text at a time, cut by the next; problems found before returning. */
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sound.h"
#include "speech.h"
#include "synth.h"
#include "tipcheck/privacy.h"
#include "tipcheck/xalloc.h"

struct speech {
	struct speech_opts opts;

	/* lock guards text, taken and quit; wake tells the thread. */
	pthread_mutex_t lock;
	pthread_cond_t wake;
	char *text;			/* the next text to say (owned), or NULL */
	unsigned taken;			/* the generation of that text */
	bool quit;
	bool running;			/* the thread was started */
	pthread_t thread;

	/* Every new text (or stop) starts a generation; what is being said
	 * stops as soon as its generation is no longer the current one. */
	atomic_uint generation;
	atomic_int failure;		/* enum speech_status met while speaking */

	/* engine guards the synth, the sound device and the voice: held by
	 * the thread while it speaks, by speech_say() while it sets up. */
	pthread_mutex_t engine;
	struct synth *synth;
	struct sound *sound;
	char lang[36];			/* the voice's language */
	enum speech_status broken;	/* the engine cannot start: said once per say */
};

/* What a spoken text needs in the callback. */
struct playing {
	struct speech *sp;
	unsigned generation;
};

static const char *const status_keys[SPEECH_STATUS_COUNT] = {
	[SPEECH_NO_ENGINE] = "ui.speech.no-engine",
	[SPEECH_NO_LANGUAGE] = "ui.speech.no-language",
	[SPEECH_NO_VARIANT] = "ui.speech.no-variant",
	[SPEECH_NO_DEVICE] = "ui.speech.no-device",
};

const char *speech_status_key(enum speech_status s)
{
	return s < SPEECH_STATUS_COUNT ? status_keys[s] : NULL;
}

void speech_opts_init(struct speech_opts *o)
{
	memset(o, 0, sizeof *o);
	o->voice.rate = SYNTH_RATE_DEFAULT;
	o->voice.volume = SYNTH_VOLUME_DEFAULT;
	o->device = SOUND_DEVICE_DEFAULT;
}

static bool current(const struct playing *p)
{
	return atomic_load(&p->sp->generation) == p->generation;
}

static bool to_device(const short *samples, size_t n, void *ctx)
{
	struct playing *p = ctx;

	if (!current(p))
		return false;
	if (!sound_play(p->sp->sound, samples, n)) {
		atomic_store(&p->sp->failure, SPEECH_NO_DEVICE);
		return false;
	}
	return true;
}

/* Waits until what was played has sounded, or a newer text comes. */
static void let_sound(struct playing *p)
{
	const struct timespec tick = { 0, 20 * 1000 * 1000 };

	while (current(p) && sound_busy(p->sp->sound))
		nanosleep(&tick, NULL);
	if (!current(p))
		sound_stop(p->sp->sound);
}

static void *speaker(void *arg)
{
	struct speech *sp = arg;

	for (;;) {
		struct playing p = { sp, 0 };
		char *text;

		pthread_mutex_lock(&sp->lock);
		while (!sp->text && !sp->quit)
			pthread_cond_wait(&sp->wake, &sp->lock);
		if (sp->quit) {
			pthread_mutex_unlock(&sp->lock);
			return NULL;
		}
		text = sp->text;
		sp->text = NULL;
		p.generation = sp->taken;
		pthread_mutex_unlock(&sp->lock);

		pthread_mutex_lock(&sp->engine);
		if (current(&p) && sp->synth && sp->sound) {
			synth_say(sp->synth, text, to_device, &p);
			let_sound(&p);
		}
		pthread_mutex_unlock(&sp->engine);
		privacy_wipe(text, strlen(text));
		free(text);
	}
}

struct speech *speech_new(const struct speech_opts *o)
{
	struct speech *sp = xcalloc(1, sizeof *sp);

	sp->opts = *o;
	pthread_mutex_init(&sp->lock, NULL);
	pthread_cond_init(&sp->wake, NULL);
	pthread_mutex_init(&sp->engine, NULL);
	atomic_init(&sp->generation, 0);
	atomic_init(&sp->failure, SPEECH_OK);
	return sp;
}

/* The thread, with every signal blocked: signals (resize, quit, the
 * quick exit's wipe) go to the thread that owns the screen. */
static bool start_thread(struct speech *sp)
{
	sigset_t all, old;
	bool ok;

	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	ok = pthread_create(&sp->thread, NULL, speaker, sp) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return ok;
}

static enum speech_status of_synth(enum synth_status s)
{
	switch (s) {
	case SYNTH_OK: return SPEECH_OK;
	case SYNTH_NO_LANGUAGE: return SPEECH_NO_LANGUAGE;
	case SYNTH_NO_VARIANT: return SPEECH_NO_VARIANT;
	default: return SPEECH_NO_ENGINE;
	}
}

/* With the engine held: eSpeak NG started, the voice of lang chosen and
 * the device open. */
static enum speech_status set_up(struct speech *sp, const char *lang)
{
	enum synth_status st;

	if (sp->broken)
		return sp->broken;
	if (!sp->synth) {
		st = synth_open(&sp->opts.voice, &sp->synth);
		if (st != SYNTH_OK)
			return sp->broken = of_synth(st);
	}
	if (strcmp(sp->lang, lang)) {
		st = synth_language(sp->synth, lang);
		if (st != SYNTH_OK) {
			/* The variant is the options' fault, for every language. */
			if (st == SYNTH_NO_VARIANT)
				sp->broken = SPEECH_NO_VARIANT;
			sp->lang[0] = '\0';
			return of_synth(st);
		}
		snprintf(sp->lang, sizeof sp->lang, "%s", lang);
	}
	/* The device is opened on demand, so that a card plugged in (or
	 * freed by another program) after a failure is found next time. */
	if (!sp->sound)
		sp->sound = sound_open(sp->opts.device, synth_sample_rate(sp->synth));
	return sp->sound ? SPEECH_OK : SPEECH_NO_DEVICE;
}

enum speech_status speech_say(struct speech *sp, const char *lang, const char *text)
{
	enum speech_status st;
	unsigned gen = atomic_fetch_add(&sp->generation, 1) + 1;

	/* The thread lets go of the engine as soon as it sees the new
	 * generation. */
	pthread_mutex_lock(&sp->engine);
	st = set_up(sp, lang);
	pthread_mutex_unlock(&sp->engine);
	if (st != SPEECH_OK)
		return st;
	if (!sp->running) {
		if (!start_thread(sp))
			return SPEECH_NO_ENGINE;
		sp->running = true;
	}
	pthread_mutex_lock(&sp->lock);
	if (sp->text) {
		privacy_wipe(sp->text, strlen(sp->text));
		free(sp->text);
	}
	sp->text = xstrdup(text);
	sp->taken = gen;
	pthread_cond_signal(&sp->wake);
	pthread_mutex_unlock(&sp->lock);
	return SPEECH_OK;
}

void speech_stop(struct speech *sp)
{
	atomic_fetch_add(&sp->generation, 1);
}

enum speech_status speech_failure(struct speech *sp)
{
	enum speech_status st = atomic_exchange(&sp->failure, SPEECH_OK);

	if (st != SPEECH_OK) {
		/* Reopened on the next say: the card may be back. */
		pthread_mutex_lock(&sp->engine);
		sound_close(sp->sound);
		sp->sound = NULL;
		pthread_mutex_unlock(&sp->engine);
	}
	return st;
}

void speech_free(struct speech *sp)
{
	if (!sp)
		return;
	speech_stop(sp);
	if (sp->running) {
		pthread_mutex_lock(&sp->lock);
		sp->quit = true;
		pthread_cond_signal(&sp->wake);
		pthread_mutex_unlock(&sp->lock);
		pthread_join(sp->thread, NULL);
	}
	if (sp->text) {
		privacy_wipe(sp->text, strlen(sp->text));
		free(sp->text);
	}
	sound_close(sp->sound);
	synth_close(sp->synth);
	pthread_mutex_destroy(&sp->engine);
	pthread_cond_destroy(&sp->wake);
	pthread_mutex_destroy(&sp->lock);
	free(sp);
}
