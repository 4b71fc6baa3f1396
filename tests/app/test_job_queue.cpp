#include "Samples.h"

#include "widgets/JobQueueModel.h"

#include <catch2/catch.hpp>

using cip::widgets::JobQueueModel;

TEST_CASE("The queue counts down to each job's deadline", "[app][queue]") {
  const QDateTime now = samples::at(0);
  CHECK(JobQueueModel::countdownText(now, samples::at(25)) == QStringLiteral("in 25 min"));
  CHECK(JobQueueModel::countdownText(now, samples::at(125)) == QStringLiteral("in 2 h 5 min"));
  CHECK(JobQueueModel::countdownText(now, samples::at(-3)) == QStringLiteral("overdue 3 min"));
  CHECK(JobQueueModel::countdownText(now, now.addSecs(30)) == QStringLiteral("in 1 min"));

  JobQueueModel model;
  QDateTime clock = samples::at(0);
  model.setClock([&clock] { return clock; });
  model.setJobs({samples::job(QStringLiteral("J-1"), 1)});  // deadline at +30 min
  const QModelIndex deadline = model.index(0, JobQueueModel::Deadline);
  CHECK(deadline.data().toString() == QStringLiteral("in 30 min"));
  CHECK_FALSE(deadline.data(Qt::ForegroundRole).isValid());
  clock = samples::at(45);
  CHECK(deadline.data().toString() == QStringLiteral("overdue 15 min"));
  CHECK(deadline.data(Qt::ForegroundRole).isValid());  // overdue jobs are drawn in red
  CHECK(model.index(0, JobQueueModel::Priority).data(JobQueueModel::SortRole).toInt() == 1);
  CHECK(model.index(0, JobQueueModel::Containers).data().toString() == QStringLiteral("CSQU3054383"));
}
