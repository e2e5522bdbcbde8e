/*
 * Shared by the libFuzzer targets: a small valid content set (a copy of
 * tests/malformed/base in a temporary folder) in which an input replaces
 * one file, and what tipcheck does with content that loaded.
 */
#ifndef TIPCHECK_FUZZ_COMMON_H
#define TIPCHECK_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/* The relative names of the files of the base set, sorted; *n set. */
const char *const *fuzz_base_files(size_t *n);

/*
 * Writes size bytes of data as the file rel of the base set (replacing
 * it, or adding it), loads the set as `tipcheck check` does and, when it
 * loaded, runs fuzz_exercise on it; then puts the base set back. Returns
 * 0 (the value LLVMFuzzerTestOneInput returns).
 */
int fuzz_load_with(const char *rel, const uint8_t *data, size_t size);

/* A FILE that throws away what is written. */
FILE *fuzz_null(void);

/* Answers for every item of c, picked from seed (the same seed, the same
 * answers). Owned by the caller. */
enum answer *fuzz_answers(const struct content *c, uint32_t seed);

/*
 * Everything the program does with loaded content: the scenario checks,
 * blank forms of every checklist in every format and language, an
 * evaluation of answers from seed with the summary in every format
 * (JSON too), each scenario's role card, trainer sheet and feedback, and
 * the missing strings of each translation.
 */
void fuzz_exercise(const struct content *c, uint32_t seed);

/* The seed of an input: a hash of its bytes. */
uint32_t fuzz_seed(const uint8_t *data, size_t size);

#endif
