#include "sync/store/VerdictRepository.h"

#include "sync/store/AnnotationRepository.h"
#include "sync/store/AuditLog.h"
#include "sync/store/IdentityRepository.h"
#include "sync/store/JobRepository.h"
#include "sync/store/JsonColumn.h"
#include "sync/store/OutboxRepository.h"

#include <algorithm>

namespace cip::store {

using model::Verdict;

void VerdictRepository::submit(const Verdict& submitted, const QString& idempotencyKey, qint64 sessionId) {
  const model::DecodeError problem = submitted.validate();
  if (!problem.message.isEmpty())
    throw StoreError(QStringLiteral("%1: verdict '%2' is invalid: %3")
                         .arg(db_.path(), submitted.id, problem.toString()));
  Transaction transaction(db_);
  // One decision per job: a second one must say which it replaces (a double submission never
  // becomes two verdicts).
  Statement existing = db_.prepare("SELECT id FROM verdicts WHERE job_id=?1 AND id NOT IN "
                                   "(SELECT supersedes FROM verdicts WHERE supersedes IS NOT NULL) AND id<>COALESCE(?2, '')");
  existing.bind(1, submitted.jobId).bind(2, submitted.supersedes);
  if (existing.step())
    throw StoreError(QStringLiteral("%1: job '%2' already has verdict '%3'; a new one must supersede it")
                         .arg(db_.path(), submitted.jobId, existing.text(0)));
  // The verdict's own audit row comes first: its place in the chain travels with the verdict to
  // the central system, which keeps it as an anchor against a rewritten local chain.
  const AuditEntry audit = AuditLog(db_).append(submitted.analyst, QStringLiteral("verdict.submit"), QStringLiteral("verdict"), submitted.id,
                                                {{QStringLiteral("jobId"), submitted.jobId},
                                                 {QStringLiteral("decision"), model::decisionToString(submitted.decision)},
                                                 {QStringLiteral("annotations"), static_cast<int>(submitted.annotations.size())},
                                                 {QStringLiteral("supersedes"), submitted.supersedes},
                                                 {QStringLiteral("session"), static_cast<double>(sessionId)}},
                                                submitted.submittedAt);
  Verdict verdict = submitted;
  verdict.auditHead = model::AuditAnchor{IdentityRepository(db_).workstationId(), audit.seq, audit.hash};
  const QJsonObject document = model::toJson(verdict);
  db_.prepare("INSERT INTO verdicts (id, job_id, decision, analyst, opened_at, submitted_at, supersedes, "
              "document) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)")
      .bind(1, verdict.id).bind(2, verdict.jobId).bind(3, model::decisionToString(verdict.decision))
      .bind(4, verdict.analyst).bind(5, model::timestampToString(verdict.openedAt))
      .bind(6, model::timestampToString(verdict.submittedAt))
      .bind(7, verdict.supersedes.isEmpty() ? QString() : verdict.supersedes)
      .bind(8, jsonText(document))
      .run();
  AnnotationRepository(db_).freeze(verdict.annotations, verdict.id, verdict.submittedAt);
  JobRepository(db_).setStatus(verdict.jobId, model::JobStatus::Decided);
  OutboxRepository(db_).enqueue(verdict.id, idempotencyKey, model::toCompactJson(document), verdict.submittedAt, sessionId);
  transaction.commit();
}

std::optional<Verdict> VerdictRepository::find(const QString& id) const {
  Statement query = db_.prepare("SELECT document FROM verdicts WHERE id=?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return decodeColumn<Verdict>(db_, query.text(0), model::readVerdict, "verdicts.document", id);
}

QList<Verdict> VerdictRepository::forJob(const QString& jobId) const {
  Statement query = db_.prepare("SELECT id, document FROM verdicts WHERE job_id=?1 ORDER BY submitted_at");
  query.bind(1, jobId);
  QList<Verdict> result;
  while (query.step())
    result << decodeColumn<Verdict>(db_, query.text(1), model::readVerdict, "verdicts.document", query.text(0));
  return result;
}

namespace {

/// The history's conditions, as SQL with numbered parameters (from ?3 on), and their values.
struct HistoryWhere {
  QByteArray sql;
  QStringList values;
};

HistoryWhere historyWhere(const VerdictHistoryFilter& filter) {
  HistoryWhere where{"WHERE v.analyst = ?1 ", {}};
  auto add = [&where](const char* condition, const QString& value) {
    where.values << value;
    where.sql += QByteArray("AND ") + QByteArray(condition).replace("?", "?" + QByteArray::number(where.values.size() + 2)) + " ";
  };
  if (filter.from.isValid()) add("v.submitted_at >= ?", model::timestampToString(filter.from));
  if (filter.until.isValid()) add("v.submitted_at < ?", model::timestampToString(filter.until));
  if (filter.decision) add("v.decision = ?", model::decisionToString(*filter.decision));
  if (!filter.verdictId.isEmpty()) add("v.id = ?", filter.verdictId);
  if (!filter.container.trimmed().isEmpty()) {
    QString pattern = filter.container.trimmed();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    add("j.container_numbers LIKE ? ESCAPE '\\'", QLatin1Char('%') + pattern + QLatin1Char('%'));
  }
  return where;
}

}  // namespace

QList<VerdictHistoryEntry> VerdictRepository::history(const VerdictHistoryFilter& filter, int limit, const VerdictHistoryEntry* after) const {
  HistoryWhere where = historyWhere(filter);
  if (after) {
    where.values << model::timestampToString(after->submittedAt) << after->verdictId;
    where.sql += "AND (v.submitted_at, v.id) < (?" + QByteArray::number(where.values.size() + 1) + ", ?" +
                 QByteArray::number(where.values.size() + 2) + ") ";
  }
  const QByteArray sql =
      "SELECT v.id, v.job_id, v.decision, v.submitted_at, j.container_numbers, j.port, o.id, o.sent_at, o.refused_at, "
      "(SELECT s.id FROM verdicts s WHERE s.supersedes = v.id LIMIT 1) "
      "FROM verdicts v JOIN jobs j ON j.id = v.job_id LEFT JOIN verdict_outbox o ON o.verdict_id = v.id " +
      where.sql + "ORDER BY v.submitted_at DESC, v.id DESC LIMIT ?2";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, filter.analyst).bind(2, std::max(0, limit));
  for (int i = 0; i < where.values.size(); ++i) query.bind(i + 3, where.values[i]);
  QList<VerdictHistoryEntry> entries;
  while (query.step()) {
    VerdictHistoryEntry e;
    e.verdictId = query.text(0);
    e.jobId = query.text(1);
    e.decision = decodeEnumColumn(db_, model::kDecisionNames, query.text(2), "verdicts.decision", e.verdictId);
    e.submittedAt = timestampColumn(query.text(3));
    e.containerNumbers = decodeStringList(db_, query.text(4), "jobs.container_numbers", e.jobId);
    e.port = query.text(5);
    if (query.isNull(6)) {
      e.delivery = Delivery::NotKept;
    } else if (!query.isNull(8)) {
      e.delivery = Delivery::Refused;
      e.deliveryAt = timestampColumn(query.text(8));
    } else if (!query.isNull(7)) {
      e.delivery = Delivery::Delivered;
      e.deliveryAt = timestampColumn(query.text(7));
    } else {
      e.delivery = Delivery::Pending;
    }
    e.supersededBy = query.text(9);
    entries << e;
  }
  return entries;
}

int VerdictRepository::historyCount(const VerdictHistoryFilter& filter) const {
  const HistoryWhere where = historyWhere(filter);
  // The jobs are read only when a container number is asked for.
  const QByteArray sql = QByteArray("SELECT count(*) FROM verdicts v ") + (filter.container.trimmed().isEmpty() ? "" : "JOIN jobs j ON j.id = v.job_id ") + where.sql;
  Statement query = db_.prepare(sql.constData());
  query.bind(1, filter.analyst);
  for (int i = 0; i < where.values.size(); ++i) query.bind(i + 3, where.values[i]);
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

int VerdictRepository::count() const {
  Statement query = db_.prepare("SELECT count(*) FROM verdicts");
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

}  // namespace cip::store
