#pragma once

#include "sync/model/Declaration.h"
#include "sync/model/Job.h"
#include "sync/model/Verdict.h"

#include <QTemporaryDir>

/// Well-formed domain objects for tests; each test changes what it is about.
namespace samples {

QDateTime at(int minutesAfterEight);
cip::model::Declaration declaration(const QString& id = QStringLiteral("D-1"));
cip::model::Job job(const QString& id = QStringLiteral("J-1"), int priority = 3);
cip::model::Annotation annotation(const QString& id, const QString& jobId = QStringLiteral("J-1"));
cip::model::Verdict referral(const QString& id, const QString& jobId = QStringLiteral("J-1"));

/// A temporary folder for database files, removed at the end of the test.
struct TempDb {
  QTemporaryDir dir;
  QString path(const QString& name = QStringLiteral("cip.sqlite")) const { return dir.filePath(name); }
};

}  // namespace samples
