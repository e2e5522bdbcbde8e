/* Fuzz target: a whole content directory with one file replaced or added; the first byte picks the file. */
#include <string.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Names that are not in the base set: a file added to each folder. */
static const char *const added[] = {
	"indicators/checklists/added.yaml", "indicators/rules/added.yaml",
	"indicators/referrals/added.yaml", "indicators/scenarios/added.yaml",
	"translations/fr.yaml",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n, slot;
	const char *const *files = fuzz_base_files(&n);

	if (size < 1)
		return 0;
	slot = data[0] % (n + sizeof added / sizeof added[0]);
	return fuzz_load_with(slot < n ? files[slot] : added[slot - n], data + 1, size - 1);
}
