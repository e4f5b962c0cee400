#ifndef KUBELING_CSQLITE_SHIM_H
#define KUBELING_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a cast function pointer that Swift cannot import.
static inline sqlite3_destructor_type kubeling_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
