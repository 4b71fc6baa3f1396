// The history query behind My verdicts: one analyst's rows only, newest first, filtered by date,
// container and decision, paged after the last row shown, with what the outbox recorded.
#include "Samples.h"

#include "sync/store/Store.h"

#include <catch2/catch.hpp>

using namespace cip::store;
using cip::model::Decision;

namespace {

void submit(Store& store, const QString& id, const QString& jobId, const QString& container, int minute, const QString& analyst = QStringLiteral("li.wei"),
            Decision decision = Decision::ReferToInspection, const QString& supersedes = {}) {
  if (!store.jobs().find(jobId)) {
    cip::model::Job job = samples::job(jobId);
    job.containerNumbers = {container};
    job.assignedTo = analyst;
    store.jobs().save(job);
  }
  cip::model::Verdict v = samples::referral(id, jobId);
  v.analyst = analyst;
  v.decision = decision;
  v.submittedAt = samples::at(minute);
  v.openedAt = samples::at(minute - 1);
  v.supersedes = supersedes;
  store.verdicts().submit(v, QStringLiteral("key-") + id);
}

QStringList ids(const QList<VerdictHistoryEntry>& entries) {
  QStringList result;
  for (const VerdictHistoryEntry& e : entries) result << e.verdictId;
  return result;
}

}  // namespace

TEST_CASE("The verdict history reads one analyst's verdicts newest first, filtered and paged", "[store][history]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  submit(*store, QStringLiteral("V-1"), QStringLiteral("J-1"), QStringLiteral("MSCU1234565"), 11);
  submit(*store, QStringLiteral("V-2"), QStringLiteral("J-2"), QStringLiteral("CSQU3054383"), 12, QStringLiteral("li.wei"), Decision::Release);
  submit(*store, QStringLiteral("V-3"), QStringLiteral("J-3"), QStringLiteral("TGHU8765430"), 13);
  submit(*store, QStringLiteral("V-4"), QStringLiteral("J-4"), QStringLiteral("MSCU7777770"), 14);
  submit(*store, QStringLiteral("V-5"), QStringLiteral("J-5"), QStringLiteral("MSCU1234565"), 15, QStringLiteral("wang.fang"));

  // What the outbox recorded: V-1 delivered long ago (its record pruned), V-2 delivered, V-3
  // refused and decided again (V-3b replaces it), V-4 still waiting.
  OutboxRepository& outbox = store->outbox();
  outbox.markSent(outbox.findByVerdict(QStringLiteral("V-1"))->id, samples::at(20));
  REQUIRE(outbox.pruneDelivered(samples::at(21)) == 1);
  outbox.markSent(outbox.findByVerdict(QStringLiteral("V-2"))->id, samples::at(22));
  const qint64 refused = outbox.findByVerdict(QStringLiteral("V-3"))->id;
  outbox.markRefused(refused, QStringLiteral("unknown container (422)"), samples::at(23));
  outbox.resolve(refused, QStringLiteral("decided-again"), samples::at(24));
  submit(*store, QStringLiteral("V-3b"), QStringLiteral("J-3"), QStringLiteral("TGHU8765430"), 25, QStringLiteral("li.wei"), Decision::ReferToInspection,
         QStringLiteral("V-3"));

  VerdictRepository& verdicts = store->verdicts();
  VerdictHistoryFilter mine;
  mine.analyst = QStringLiteral("li.wei");
  const QList<VerdictHistoryEntry> all = verdicts.history(mine, 100);
  CHECK(ids(all) == QStringList{"V-3b", "V-4", "V-3", "V-2", "V-1"});
  CHECK(verdicts.historyCount(mine) == 5);
  REQUIRE(all.size() == 5);
  CHECK(all[0].containerNumbers == QStringList{"TGHU8765430"});
  CHECK(all[1].delivery == Delivery::Pending);
  CHECK(all[2].delivery == Delivery::Refused);
  CHECK(all[2].deliveryAt == samples::at(23));
  CHECK(all[2].supersededBy == QStringLiteral("V-3b"));
  CHECK(all[3].delivery == Delivery::Delivered);
  CHECK(all[3].deliveryAt == samples::at(22));
  CHECK(all[4].delivery == Delivery::NotKept);
  CHECK(all[4].supersededBy.isEmpty());

  // Pages continue after the last row shown.
  const QList<VerdictHistoryEntry> first = verdicts.history(mine, 2);
  const QList<VerdictHistoryEntry> second = verdicts.history(mine, 2, &first.last());
  const QList<VerdictHistoryEntry> third = verdicts.history(mine, 2, &second.last());
  CHECK(ids(first) + ids(second) + ids(third) == ids(all));
  CHECK(verdicts.history(mine, 2, &third.last()).isEmpty());

  // Another analyst's verdict is never found, not even by its id.
  VerdictHistoryFilter byId = mine;
  byId.verdictId = QStringLiteral("V-5");
  CHECK(verdicts.history(byId, 10).isEmpty());
  byId.analyst = QStringLiteral("wang.fang");
  CHECK(ids(verdicts.history(byId, 10)) == QStringList{"V-5"});

  // Filters: a submission window (end excluded), a container in any case, a decision.
  VerdictHistoryFilter window = mine;
  window.from = samples::at(12);
  window.until = samples::at(14);
  CHECK(ids(verdicts.history(window, 100)) == QStringList{"V-3", "V-2"});
  CHECK(verdicts.historyCount(window) == 2);
  VerdictHistoryFilter container = mine;
  container.container = QStringLiteral("mscu");
  CHECK(ids(verdicts.history(container, 100)) == QStringList{"V-4", "V-1"});
  CHECK(verdicts.historyCount(container) == 2);
  for (const char* wildcard : {"%", "_", "MSCU_2"}) {  // typed characters are characters, not patterns
    container.container = QString::fromLatin1(wildcard);
    CHECK(verdicts.history(container, 100).isEmpty());
    CHECK(verdicts.historyCount(container) == 0);
  }
  VerdictHistoryFilter released = mine;
  released.decision = Decision::Release;
  CHECK(ids(verdicts.history(released, 100)) == QStringList{"V-2"});
}
