/* eSpeak NG and ALSA opened with dlopen on first need: their functions by name into a table. */
#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

#include "speechlib.h"

/* One function of a table: its name and where its address goes. */
struct sym {
	const char *name;
	size_t offset;
};

#define E(f) { #f, offsetof(struct espeak_lib, f) }
static const struct sym espeak_syms[] = {
	E(espeak_ng_InitializePath), E(espeak_ng_Initialize), E(espeak_ng_ClearErrorContext),
	E(espeak_ng_InitializeOutput), E(espeak_ng_Terminate), E(espeak_ng_GetSampleRate),
	E(espeak_SetSynthCallback), E(espeak_ng_SetParameter), E(espeak_ListVoices),
	E(espeak_ng_SetVoiceByProperties), E(espeak_GetCurrentVoice), E(espeak_ng_SetVoiceByName),
	E(espeak_ng_Synthesize),
};
#undef E

#define A(f) { #f, offsetof(struct alsa_lib, f) }
static const struct sym alsa_syms[] = {
	A(snd_lib_error_set_handler), A(snd_pcm_open), A(snd_pcm_set_params), A(snd_pcm_close),
	A(snd_pcm_writei), A(snd_pcm_recover), A(snd_pcm_state), A(snd_pcm_delay),
	A(snd_pcm_drop), A(snd_pcm_prepare),
};
#undef A

/*
 * Fills table from the library file (its soname, as the link would have
 * named it). The handle stays open for the process: eSpeak NG stops at
 * exit (synth.c). The library resolves its own symbols in the global
 * scope, where the program comes first: synth.c's stand-in for
 * pcaudiolib's constructor is exported for that (meson.build).
 */
static bool open_lib(const char *file, const struct sym *syms, size_t n, void *table)
{
	void *h = dlopen(file, RTLD_NOW | RTLD_LOCAL);

	if (!h)
		return false;
	for (size_t i = 0; i < n; i++) {
		void *f = dlsym(h, syms[i].name);

		if (!f) {
			dlclose(h);
			return false;
		}
		/* POSIX: a function's address converts through void *. */
		*(void **)((char *)table + syms[i].offset) = f;
	}
	return true;
}

enum state { NOT_TRIED, OPEN, MISSING };

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* table filled on the first call, NULL when the library is missing. */
static const void *opened(enum state *state, const char *file, const struct sym *syms,
			  size_t n, void *table)
{
	if (*state == NOT_TRIED)
		*state = open_lib(file, syms, n, table) ? OPEN : MISSING;
	return *state == OPEN ? table : NULL;
}

const struct espeak_lib *espeak_lib(void)
{
	static struct espeak_lib lib;
	static enum state state = NOT_TRIED;

	return opened(&state, "libespeak-ng.so.1", espeak_syms, COUNT(espeak_syms), &lib);
}

const struct alsa_lib *alsa_lib(void)
{
	static struct alsa_lib lib;
	static enum state state = NOT_TRIED;

	return opened(&state, "libasound.so.2", alsa_syms, COUNT(alsa_syms), &lib);
}
