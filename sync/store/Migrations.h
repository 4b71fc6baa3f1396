#pragma once

#include "sync/store/Database.h"

namespace cip::store {

/// The schema is built by numbered migrations; `PRAGMA user_version` records the last one applied.
/// A migration is never edited once released: a change to the schema is a new migration, so every
/// workstation's database, however old, reaches the same schema.
int latestSchemaVersion();

/// Applies migrations up to `targetVersion` (default: all), each in its own transaction together
/// with the version bump. Refuses a database newer than this program.
void migrate(Database& db, int targetVersion = -1);

}  // namespace cip::store
