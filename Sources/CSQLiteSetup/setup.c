#include <sqlite3.h>
#include "CSQLiteSetup.h"

// sqlite3_config takes variable arguments, which Swift cannot pass: this is its one call.
int afterschool_sqlite_without_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
