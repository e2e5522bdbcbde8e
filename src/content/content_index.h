/* Internal to src/content: building the look-up tables of a content, and
 * freeing the parts of a model object (both in model.c). */
#ifndef TIPCHECK_CONTENT_INDEX_H
#define TIPCHECK_CONTENT_INDEX_H

#include <stdbool.h>

/* Only pointers pass through here: model.c, which implements these, is
 * the one that needs the types (model.h), not the other way round. */
struct content;
struct diag_list;
struct checklist;
struct ruleset;
struct directory;
struct scenario;
struct catalog;
struct source;
struct signal;

/*
 * Builds c->index from the loaded arrays (which must not move afterwards)
 * and reports to d the ids used twice in the shared namespace of
 * checklists, rules, directories and scenarios, the reserved ids "ui" and
 * "signals", and
 * duplicate source ids. Returns false when it reported any.
 */
bool content_index_build(struct content *c, struct diag_list *d);

/* Frees the parts of a model object; used by the loader on its partly
 * built objects too. Each accepts a zeroed object. */
void content_checklist_clear(struct checklist *cl);
void content_ruleset_clear(struct ruleset *r);
void content_directory_clear(struct directory *dir);
void content_scenario_clear(struct scenario *s);
void content_catalog_clear(struct catalog *cat);
void content_source_clear(struct source *s);
void content_signal_clear(struct signal *sg);

#endif
