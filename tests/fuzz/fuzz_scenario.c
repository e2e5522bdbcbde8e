/* Fuzz target: one training scenario (indicators/scenarios/farm.yaml of the base set). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_load_with("indicators/scenarios/farm.yaml", data, size);
}
