#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Turns off SQLite's memory statistics for the whole process: with them on, every allocation
/// SQLite makes takes a global lock. Call before the first connection opens; returns SQLite's
/// result code (SQLITE_MISUSE, and no change, once SQLite is initialized).
int afterschool_sqlite_without_memory_statistics(void);

#endif
