#pragma once

#include "sync/model/Annotation.h"
#include "sync/store/Database.h"

namespace cip::store {

/// The analyst's annotations, saved as they are drawn so that a crash loses nothing. Once a
/// verdict is submitted its annotations are frozen with it: changing or deleting them is refused.
/// Every mark added, changed or deleted is written to the audit log with it, by `actor`.
class AnnotationRepository {
 public:
  explicit AnnotationRepository(Database& db) : db_(db) {}

  void save(const model::Annotation& annotation, const QDateTime& at, const QString& actor);
  void remove(const QString& annotationId, const QDateTime& at, const QString& actor);
  QList<model::Annotation> forJob(const QString& jobId) const;
  /// The job's marks not (yet) part of a submitted verdict: the analyst's working set.
  QList<model::Annotation> drafts(const QString& jobId) const;
  /// Attaches the annotations to a submitted verdict (inside the caller's transaction).
  void freeze(const QList<model::Annotation>& annotations, const QString& verdictId, const QDateTime& at);

 private:
  void refuseIfFrozen(const QString& annotationId) const;
  /// Writes the row; true when it was new.
  bool write(const model::Annotation& annotation, const QDateTime& at);
  Database& db_;
};

}  // namespace cip::store
