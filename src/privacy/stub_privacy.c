/* STUB: replaced by the engine work (issue 3). */
#include "tipcheck/privacy.h"
int privacy_harden(void) { return 0; }
