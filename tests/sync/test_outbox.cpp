#include "Samples.h"

#include "sync/store/Store.h"

#include <catch2/catch.hpp>

using namespace cip::store;

namespace {
void submitVerdicts(Store& store, int count) {
  for (int i = 1; i <= count; ++i) {
    const QString jobId = QStringLiteral("J-%1").arg(i);
    store.jobs().save(samples::job(jobId));
    cip::model::Verdict v = samples::referral(QStringLiteral("V-%1").arg(i), jobId);
    v.submittedAt = samples::at(10 + i);
    store.verdicts().submit(v, QStringLiteral("key-%1").arg(i));
  }
}
}  // namespace

TEST_CASE("The outbox hands out due items oldest first and records each try", "[store][outbox]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  submitVerdicts(*store, 3);
  OutboxRepository& outbox = store->outbox();
  REQUIRE(outbox.pendingCount() == 3);
  CHECK(outbox.due(samples::at(0)).isEmpty());  // queued at 08:11.., nothing due at 08:00

  QList<OutboxItem> due = outbox.due(samples::at(60));
  REQUIRE(due.size() == 3);
  CHECK(due.at(0).verdictId == QStringLiteral("V-1"));

  outbox.markFailed(due.at(0).id, QStringLiteral("HTTP 503"), samples::at(70));
  outbox.markSent(due.at(1).id, samples::at(60));
  due = outbox.due(samples::at(61));
  REQUIRE(due.size() == 1);
  CHECK(due.at(0).verdictId == QStringLiteral("V-3"));
  CHECK(outbox.pendingCount() == 2);

  const auto failed = outbox.findByVerdict(QStringLiteral("V-1"));
  CHECK(failed->attempts == 1);
  CHECK(failed->lastError == QStringLiteral("HTTP 503"));
  CHECK(failed->nextAttemptAt == samples::at(70));
  CHECK(outbox.due(samples::at(70)).size() == 2);

  // Marking an already-sent item again changes nothing (a late duplicate acknowledgement).
  outbox.markSent(due.at(0).id, samples::at(62));
  outbox.markSent(due.at(0).id, samples::at(99));
  CHECK(outbox.findByVerdict(QStringLiteral("V-3"))->sentAt == samples::at(62));
}

TEST_CASE("The outbox survives closing and reopening the database", "[store][outbox]") {
  samples::TempDb tmp;
  {
    auto store = Store::open(tmp.path());
    submitVerdicts(*store, 2);
    const auto item = store->outbox().findByVerdict(QStringLiteral("V-2"));
    store->outbox().markFailed(item->id, QStringLiteral("offline"), samples::at(99));
  }
  auto store = Store::open(tmp.path());
  CHECK(store->outbox().pendingCount() == 2);
  CHECK(store->outbox().findByVerdict(QStringLiteral("V-2"))->lastError == QStringLiteral("offline"));
}
