/*
 * Process hardening shared by every front end: what the interview must
 * never leave behind.
 */
#ifndef TIPCHECK_PRIVACY_H
#define TIPCHECK_PRIVACY_H

#include <stddef.h>

/* Disables core dumps (RLIMIT_CORE 0, PR_SET_DUMPABLE 0) and sets a
 * restrictive umask. Call first thing in main(). Returns 0, or -1 when
 * the system refused (the caller warns but goes on). */
int privacy_harden(void);

/* Wipes len bytes at p in a way the compiler cannot optimise away. */
void privacy_wipe(void *p, size_t len);

/* Registers a wipe callback to run on normal exit and on SIGINT, SIGTERM
 * and SIGHUP (then the signal's default action happens). For front ends
 * only: the one that owns the terminal registers it, the core never does.
 * One callback; a later call replaces it. The callback must be async-signal-safe (wipe
 * memory, write(2) to restore the terminal), nothing more. */
void privacy_on_exit(void (*wipe)(void *), void *arg);

/* Removes the callback registered with privacy_on_exit() if its argument
 * is arg (so that freeing one object never drops another's wipe). */
void privacy_forget(void *arg);

#endif
