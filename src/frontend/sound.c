/* The sound device: samples played on an ALSA hardware device, with ALSA's own messages silenced. */
#include <stdlib.h>
#include <string.h>

#include "sound.h"
#include "speechlib.h"
#include "tipcheck/xalloc.h"

/* Latency of the device's buffer: how long stopping can take. */
#define SOUND_LATENCY_US 150000

struct sound {
	const struct alsa_lib *lib;
	snd_pcm_t *pcm;
};

bool sound_device_valid(const char *name)
{
	static const char *const hardware[] = { "hw", "plughw" };

	for (size_t i = 0; i < sizeof hardware / sizeof hardware[0]; i++) {
		size_t n = strlen(hardware[i]);

		if (!strncmp(name, hardware[i], n) && (!name[n] || name[n] == ':'))
			return true;
	}
	return !strcmp(name, "null");
}

/* ALSA writes its complaints to stderr, which the full screen owns: the
 * caller says what went wrong instead, in one line on the screen. */
static void quiet(const char *file, int line, const char *function, int err, const char *fmt,
		  ...)
{
	(void)file;
	(void)line;
	(void)function;
	(void)err;
	(void)fmt;
}

struct sound *sound_open(const char *device, unsigned rate)
{
	const struct alsa_lib *lib = alsa_lib();
	struct sound *s;
	snd_pcm_t *pcm;

	if (!sound_device_valid(device) || !lib)
		return NULL;
	lib->snd_lib_error_set_handler(quiet);
	if (lib->snd_pcm_open(&pcm, device, SND_PCM_STREAM_PLAYBACK, 0) < 0)
		return NULL;
	if (lib->snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16, SND_PCM_ACCESS_RW_INTERLEAVED, 1, rate, 1,
			       SOUND_LATENCY_US) < 0) {
		lib->snd_pcm_close(pcm);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->lib = lib;
	s->pcm = pcm;
	return s;
}

bool sound_play(struct sound *s, const short *samples, size_t n)
{
	const struct alsa_lib *lib = s->lib;

	while (n) {
		snd_pcm_sframes_t w = lib->snd_pcm_writei(s->pcm, samples, n);

		if (w < 0) {
			/* An underrun (the synthesis was slower than the
			 * sound) is recovered; anything else is a failure. */
			if (lib->snd_pcm_recover(s->pcm, (int)w, 1) < 0)
				return false;
			continue;
		}
		samples += w;
		n -= (size_t)w;
	}
	return true;
}

bool sound_busy(struct sound *s)
{
	const struct alsa_lib *lib = s->lib;
	snd_pcm_sframes_t delay;

	return lib->snd_pcm_state(s->pcm) == SND_PCM_STATE_RUNNING &&
	       lib->snd_pcm_delay(s->pcm, &delay) == 0 && delay > 0;
}

void sound_stop(struct sound *s)
{
	const struct alsa_lib *lib = s->lib;

	lib->snd_pcm_drop(s->pcm);
	lib->snd_pcm_prepare(s->pcm);
}

void sound_close(struct sound *s)
{
	if (!s)
		return;
	s->lib->snd_pcm_drop(s->pcm);
	s->lib->snd_pcm_close(s->pcm);
	free(s);
}
