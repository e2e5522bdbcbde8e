/* Fuzz target: the compiled content (tipcheck.cache) of the base set. Its
 * seed is the base set compiled, so that mutations reach the trees. */
#include "fuzz_common.h"
#include "tipcheck/treecache.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_load_with(TREECACHE_FILE, data, size);
}
