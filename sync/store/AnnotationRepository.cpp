#include "sync/store/AnnotationRepository.h"

#include "sync/store/AuditLog.h"
#include "sync/store/JsonColumn.h"

namespace cip::store {

void AnnotationRepository::refuseIfFrozen(const QString& annotationId) const {
  Statement query = db_.prepare("SELECT verdict_id FROM annotations WHERE id=?1");
  query.bind(1, annotationId);
  if (query.step() && !query.isNull(0))
    throw StoreError(QStringLiteral("%1: annotation '%2' belongs to submitted verdict '%3' and cannot change")
                         .arg(db_.path(), annotationId, query.text(0)));
}

bool AnnotationRepository::write(const model::Annotation& a, const QDateTime& at) {
  Statement existing = db_.prepare("SELECT 1 FROM annotations WHERE id=?1");
  existing.bind(1, a.id);
  const bool added = !existing.step();
  db_.prepare("INSERT INTO annotations (id, job_id, scan_id, document, updated_at) VALUES (?1,?2,?3,?4,?5) "
              "ON CONFLICT(id) DO UPDATE SET job_id=?2, scan_id=?3, document=?4, updated_at=?5")
      .bind(1, a.id).bind(2, a.jobId).bind(3, a.scanId).bind(4, jsonText(model::toJson(a)))
      .bind(5, model::timestampToString(at))
      .run();
  return added;
}

void AnnotationRepository::save(const model::Annotation& a, const QDateTime& at, const QString& actor) {
  Transaction transaction(db_);
  refuseIfFrozen(a.id);
  const bool added = write(a, at);
  AuditLog(db_).append(actor, added ? QStringLiteral("annotation.add") : QStringLiteral("annotation.change"), QStringLiteral("annotation"), a.id,
                       {{QStringLiteral("jobId"), a.jobId},
                        {QStringLiteral("shape"), model::enumToString(model::kShapeKindNames, a.shape)},
                        {QStringLiteral("category"), a.category}},
                       at);
  transaction.commit();
}

void AnnotationRepository::remove(const QString& annotationId, const QDateTime& at, const QString& actor) {
  Transaction transaction(db_);
  refuseIfFrozen(annotationId);
  Statement job = db_.prepare("SELECT job_id FROM annotations WHERE id=?1");
  job.bind(1, annotationId);
  if (!job.step()) return;  // nothing to delete, nothing to record
  const QString jobId = job.text(0);
  db_.prepare("DELETE FROM annotations WHERE id=?1").bind(1, annotationId).run();
  AuditLog(db_).append(actor, QStringLiteral("annotation.delete"), QStringLiteral("annotation"), annotationId, {{QStringLiteral("jobId"), jobId}}, at);
  transaction.commit();
}

QList<model::Annotation> AnnotationRepository::forJob(const QString& jobId) const {
  Statement query = db_.prepare("SELECT id, document FROM annotations WHERE job_id=?1 ORDER BY rowid");
  query.bind(1, jobId);
  QList<model::Annotation> result;
  while (query.step())
    result << decodeColumn<model::Annotation>(db_, query.text(1), model::readAnnotation,
                                              "annotations.document", query.text(0));
  return result;
}

QList<model::Annotation> AnnotationRepository::drafts(const QString& jobId) const {
  Statement query = db_.prepare("SELECT id, document FROM annotations WHERE job_id=?1 AND verdict_id IS NULL ORDER BY rowid");
  query.bind(1, jobId);
  QList<model::Annotation> result;
  while (query.step())
    result << decodeColumn<model::Annotation>(db_, query.text(1), model::readAnnotation, "annotations.document", query.text(0));
  return result;
}

void AnnotationRepository::freeze(const QList<model::Annotation>& annotations, const QString& verdictId,
                                  const QDateTime& at) {
  Transaction transaction(db_);
  for (const model::Annotation& a : annotations) {
    refuseIfFrozen(a.id);
    write(a, at);  // the verdict's own audit row covers its marks
    db_.prepare("UPDATE annotations SET verdict_id=?2 WHERE id=?1").bind(1, a.id).bind(2, verdictId).run();
  }
  transaction.commit();
}

}  // namespace cip::store
