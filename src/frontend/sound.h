/*
 * The sound device: 16-bit mono samples played on an ALSA hardware
 * device ("plughw", "hw:1,0"...), and nothing else. Only hardware names
 * are taken: ALSA's "default" and its plugins may route the sound through
 * a sound server over a socket, or to a file; a hardware device is the
 * sound card itself. Front-end code only.
 */
#ifndef TIPCHECK_SOUND_H
#define TIPCHECK_SOUND_H

#include <stdbool.h>
#include <stddef.h>

/* The first sound card, with ALSA converting the rate and format. */
#define SOUND_DEVICE_DEFAULT "plughw"

/* Whether name is an ALSA hardware device: "hw" or "plughw", alone or
 * with ":ARGUMENTS"; or "null", ALSA's device that plays nothing (speech
 * without sound, for tests). */
bool sound_device_valid(const char *name);

struct sound;

/* Opens device (sound_device_valid) for rate samples per second, mono.
 * Returns NULL when there is no such device or it is busy; ALSA prints
 * nothing. The caller owns the result (sound_close). */
struct sound *sound_open(const char *device, unsigned rate);

/* Plays n samples, waiting while the device's buffer is full. False when
 * the device failed. */
bool sound_play(struct sound *s, const short *samples, size_t n);

/* Whether what was played is still sounding. */
bool sound_busy(struct sound *s);

/* Silences the device at once, dropping what is still buffered, and makes
 * it ready for more. */
void sound_stop(struct sound *s);

/* NULL is fine. */
void sound_close(struct sound *s);

#endif
