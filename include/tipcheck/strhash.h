/*
 * A fast, non-cryptographic hash of a byte string, for in-memory hash
 * tables (catalog look-ups, duplicate keys). Not stable across versions:
 * never write it to a file.
 */
#ifndef TIPCHECK_STRHASH_H
#define TIPCHECK_STRHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Eight bytes a step: keys are mostly 20 to 60 bytes long, and a byte a
 * step (FNV) costs several times more. */
static inline uint64_t strhash(const char *s, size_t len)
{
	const uint64_t k = UINT64_C(0xff51afd7ed558ccd);
	uint64_t h = len * UINT64_C(0x9e3779b97f4a7c15), w;

	for (; len >= 8; s += 8, len -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * k;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s, len);
	h = (h ^ w) * k;
	return h ^ h >> 32;
}

#endif
