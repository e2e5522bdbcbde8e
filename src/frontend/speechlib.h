/*
 * eSpeak NG and ALSA, opened on first need (dlopen) rather than linked:
 * linked, the two and the ~30 libraries they pull (PulseAudio, X11,
 * codecs...) were mapped and relocated by every command, 6 M of the
 * 7 M instructions of `tipcheck --version`, though only speech uses
 * them. Each function keeps its library's name and type. Front-end code
 * only.
 */
#ifndef TIPCHECK_SPEECHLIB_H
#define TIPCHECK_SPEECHLIB_H

#include <alsa/asoundlib.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

struct espeak_lib {
	void (*espeak_ng_InitializePath)(const char *);
	espeak_ng_STATUS (*espeak_ng_Initialize)(espeak_ng_ERROR_CONTEXT *);
	void (*espeak_ng_ClearErrorContext)(espeak_ng_ERROR_CONTEXT *);
	espeak_ng_STATUS (*espeak_ng_InitializeOutput)(espeak_ng_OUTPUT_MODE, int, const char *);
	espeak_ng_STATUS (*espeak_ng_Terminate)(void);
	int (*espeak_ng_GetSampleRate)(void);
	void (*espeak_SetSynthCallback)(t_espeak_callback *);
	espeak_ng_STATUS (*espeak_ng_SetParameter)(espeak_PARAMETER, int, int);
	const espeak_VOICE **(*espeak_ListVoices)(espeak_VOICE *);
	espeak_ng_STATUS (*espeak_ng_SetVoiceByProperties)(espeak_VOICE *);
	espeak_VOICE *(*espeak_GetCurrentVoice)(void);
	espeak_ng_STATUS (*espeak_ng_SetVoiceByName)(const char *);
	espeak_ng_STATUS (*espeak_ng_Synthesize)(const void *, size_t, unsigned int,
						 espeak_POSITION_TYPE, unsigned int, unsigned int,
						 unsigned int *, void *);
};

struct alsa_lib {
	int (*snd_lib_error_set_handler)(snd_lib_error_handler_t);
	int (*snd_pcm_open)(snd_pcm_t **, const char *, snd_pcm_stream_t, int);
	int (*snd_pcm_set_params)(snd_pcm_t *, snd_pcm_format_t, snd_pcm_access_t, unsigned int,
				  unsigned int, int, unsigned int);
	int (*snd_pcm_close)(snd_pcm_t *);
	snd_pcm_sframes_t (*snd_pcm_writei)(snd_pcm_t *, const void *, snd_pcm_uframes_t);
	int (*snd_pcm_recover)(snd_pcm_t *, int, int);
	snd_pcm_state_t (*snd_pcm_state)(snd_pcm_t *);
	int (*snd_pcm_delay)(snd_pcm_t *, snd_pcm_sframes_t *);
	int (*snd_pcm_drop)(snd_pcm_t *);
	int (*snd_pcm_prepare)(snd_pcm_t *);
};

/* The library's functions, loaded on the first call and kept for the
 * process; NULL when the library or one of its functions is missing
 * (then speech says so, as when eSpeak NG's data is missing). Not
 * thread-safe on the first call: the screen's thread makes it before it
 * starts the speech thread. */
const struct espeak_lib *espeak_lib(void);
const struct alsa_lib *alsa_lib(void);

#endif
