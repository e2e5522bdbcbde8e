/* Fuzz target: the sources file (indicators/sources.yaml of the base set). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_load_with("indicators/sources.yaml", data, size);
}
