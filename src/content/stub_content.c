/* STUB: replaced by the loader work (issue 2). */
#include <stddef.h>
#include "tipcheck/catalog.h"
#include "tipcheck/loader.h"
struct content *loader_load(const char *dir, struct diag_list *d) { (void)dir; diag_error(d, ((struct pos){ dir, 0, 0 }), DIAG_IO, "loader not written yet"); return NULL; }
void content_free(struct content *c) { (void)c; }
const struct checklist *content_checklist(const struct content *c, const char *id) { (void)c; (void)id; return NULL; }
const struct directory *content_directory(const struct content *c, const char *id) { (void)c; (void)id; return NULL; }
bool tr_init(struct tr *t, const struct content *c, const char *lang) { (void)t; (void)c; (void)lang; return false; }
const char *tr_env_lang(void) { return NULL; }
