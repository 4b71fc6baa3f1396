#pragma once

#include "sync/model/Case.h"
#include "sync/store/Database.h"

#include <optional>

namespace cip::store {

/// The case library: reference images of typical goods, past seizures, exam questions. Cases
/// are found by the HS codes of the goods they show, so the analyst sees what declared goods
/// normally look like next to the scan in front of them.
class CaseRepository {
 public:
  explicit CaseRepository(Database& db) : db_(db) {}

  /// Inserts or replaces the case with its HS codes and scans (atomically), received by the user
  /// `recipient` (a case is shown only to the users the central system gave it to). A scan
  /// whose checksum is unchanged keeps its local file.
  void save(const model::Case& entry, const QDateTime& at, const QString& recipient);
  std::optional<model::Case> find(const QString& id) const;
  int count() const;
  /// Cases of `kind` given to `recipient` showing the goods of `hsCodes`, best match first: the
  /// same 6-digit subheading, then the same 4-digit heading, then the same chapter. At most `limit`.
  QList<model::Case> forHsCodes(const QStringList& hsCodes, model::CaseKind kind, const QString& recipient, int limit = 12) const;
  void setScanLocalPath(const QString& scanId, const QString& path);
  QString scanLocalPath(const QString& scanId) const;

 private:
  Database& db_;
};

}  // namespace cip::store
