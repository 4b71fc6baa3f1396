#include "sync/store/VerdictRepository.h"

#include "sync/store/AnnotationRepository.h"
#include "sync/store/AuditLog.h"
#include "sync/store/IdentityRepository.h"
#include "sync/store/JobRepository.h"
#include "sync/store/JsonColumn.h"
#include "sync/store/OutboxRepository.h"

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

int VerdictRepository::count() const {
  Statement query = db_.prepare("SELECT count(*) FROM verdicts");
  return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

}  // namespace cip::store
