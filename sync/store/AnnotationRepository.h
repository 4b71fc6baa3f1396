#pragma once

#include "sync/model/Annotation.h"
#include "sync/store/Database.h"

namespace cip::store {

/// The analyst's annotations, saved as they are drawn so that a crash loses nothing. Once a
/// verdict is submitted its annotations are frozen with it: changing or deleting them is refused.
class AnnotationRepository {
 public:
  explicit AnnotationRepository(Database& db) : db_(db) {}

  void save(const model::Annotation& annotation, const QDateTime& at);
  void remove(const QString& annotationId);
  QList<model::Annotation> forJob(const QString& jobId) const;
  /// Attaches the annotations to a submitted verdict (inside the caller's transaction).
  void freeze(const QList<model::Annotation>& annotations, const QString& verdictId, const QDateTime& at);

 private:
  void refuseIfFrozen(const QString& annotationId) const;
  Database& db_;
};

}  // namespace cip::store
