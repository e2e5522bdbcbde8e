/*
 * tests/fixtures/engine read by the real loader, as a cmocka group set-up
 * (the content becomes the group's state) and tear-down.
 */
#ifndef TIPCHECK_TEST_ENGINE_H
#define TIPCHECK_TEST_ENGINE_H

int engine_load(void **state);
int engine_unload(void **state);

#endif
