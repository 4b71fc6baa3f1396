#include "sync/store/CaseRepository.h"

#include "sync/store/JsonColumn.h"

#include <map>

namespace cip::store {

void CaseRepository::save(const model::Case& c, const QDateTime& at, const QString& recipient) {
  Transaction transaction(db_);
  db_.prepare("INSERT INTO cases (id, kind, title, document, updated_at) VALUES (?1,?2,?3,?4,?5) "
              "ON CONFLICT(id) DO UPDATE SET kind=?2, title=?3, document=?4, updated_at=?5")
      .bind(1, c.id).bind(2, model::enumToString(model::kCaseKindNames, c.kind)).bind(3, c.title)
      .bind(4, jsonText(model::toJson(c))).bind(5, model::timestampToString(at))
      .run();
  db_.prepare("DELETE FROM case_hs_codes WHERE case_id=?1").bind(1, c.id).run();
  for (const QString& code : c.hsCodes)
    db_.prepare("INSERT OR IGNORE INTO case_hs_codes (case_id, hs_code) VALUES (?1,?2)").bind(1, c.id).bind(2, code).run();
  QStringList keep;
  for (const model::ScanRef& scan : c.scans) {
    db_.prepare("INSERT INTO case_scans (scan_id, case_id, sha256) VALUES (?1,?2,?3) ON CONFLICT(scan_id) DO UPDATE SET "
                "case_id=?2, local_path=CASE WHEN sha256=?3 THEN local_path ELSE NULL END, sha256=?3")
        .bind(1, scan.id).bind(2, c.id).bind(3, scan.sha256)
        .run();
    keep << scan.id;
  }
  Statement existing = db_.prepare("SELECT scan_id FROM case_scans WHERE case_id=?1");
  existing.bind(1, c.id);
  QStringList stale;
  while (existing.step())
    if (!keep.contains(existing.text(0))) stale << existing.text(0);
  for (const QString& id : stale) db_.prepare("DELETE FROM case_scans WHERE scan_id=?1").bind(1, id).run();
  db_.prepare("INSERT OR IGNORE INTO case_recipients (case_id, user_id) VALUES (?1,?2)").bind(1, c.id).bind(2, recipient).run();
  transaction.commit();
}

std::optional<model::Case> CaseRepository::find(const QString& id) const {
  Statement query = db_.prepare("SELECT document FROM cases WHERE id=?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return decodeColumn<model::Case>(db_, query.text(0), model::readCase, "cases.document", id);
}

int CaseRepository::count() const {
  Statement query = db_.prepare("SELECT count(*) FROM cases");
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

QList<model::Case> CaseRepository::forHsCodes(const QStringList& hsCodes, model::CaseKind kind, const QString& recipient, int limit) const {
  // Score every case sharing at least the chapter with a declared code: 3 subheading, 2 heading, 1 chapter.
  std::map<QString, int> score;
  for (const QString& code : hsCodes) {
    if (code.size() < 2) continue;
    Statement query = db_.prepare("SELECT c.id, h.hs_code FROM case_hs_codes h JOIN cases c ON c.id=h.case_id "
                                  "JOIN case_recipients r ON r.case_id=c.id AND r.user_id=?3 WHERE c.kind=?1 AND substr(h.hs_code,1,2)=?2");
    query.bind(1, model::enumToString(model::kCaseKindNames, kind)).bind(2, code.left(2)).bind(3, recipient);
    while (query.step()) {
      const QString other = query.text(1);
      const int s = other.left(6) == code.left(6) && code.size() >= 6 ? 3 : other.left(4) == code.left(4) && code.size() >= 4 ? 2 : 1;
      int& best = score[query.text(0)];
      best = std::max(best, s);
    }
  }
  std::vector<std::pair<int, QString>> ranked;
  for (const auto& [id, s] : score) ranked.emplace_back(-s, id);
  std::sort(ranked.begin(), ranked.end());
  QList<model::Case> out;
  for (const auto& [negative, id] : ranked) {
    if (out.size() >= limit) break;
    if (auto c = find(id)) out << *c;
  }
  return out;
}

void CaseRepository::setScanLocalPath(const QString& scanId, const QString& path) {
  db_.prepare("UPDATE case_scans SET local_path=?2 WHERE scan_id=?1").bind(1, scanId).bind(2, path).run();
}

QString CaseRepository::scanLocalPath(const QString& scanId) const {
  Statement query = db_.prepare("SELECT local_path FROM case_scans WHERE scan_id=?1");
  query.bind(1, scanId);
  return query.step() && !query.isNull(0) ? query.text(0) : QString();
}

}  // namespace cip::store
