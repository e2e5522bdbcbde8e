/* Fuzz target: a translation catalog, with the catalog checks (translations/es.yaml of the base set). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_load_with("translations/es.yaml", data, size);
}
