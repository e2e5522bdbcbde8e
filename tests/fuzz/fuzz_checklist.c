/* Fuzz target: one checklist file (indicators/checklists/work.yaml of the base set). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_load_with("indicators/checklists/work.yaml", data, size);
}
