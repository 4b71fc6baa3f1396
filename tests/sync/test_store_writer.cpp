#include "Samples.h"

#include "sync/store/Store.h"
#include "sync/store/StoreWriter.h"

#include <catch2/catch.hpp>

#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

using namespace cip::store;

TEST_CASE("The store writer commits on its own connection while the caller's event loop keeps turning", "[store][writer]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job(QStringLiteral("J-1")));
  StoreWriter writer(tmp.path());

  // The work holds the commit open until a timer of the calling thread has fired: with the
  // caller blocked, the timer could never fire and the work would give up.
  std::atomic<bool> timerFired{false};
  QTimer::singleShot(20, [&] { timerFired = true; });
  Qt::HANDLE workThread = nullptr;
  const QString error = writer.run([&](Database& db) {
    workThread = QThread::currentThreadId();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!timerFired && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    VerdictRepository(db).submit(samples::referral(QStringLiteral("V-1"), QStringLiteral("J-1")), QStringLiteral("key-1"));
  });
  CHECK(error.isEmpty());
  CHECK(timerFired);
  CHECK(workThread != QThread::currentThreadId());

  // The caller's own connection sees everything the transaction wrote.
  REQUIRE(store->verdicts().forJob(QStringLiteral("J-1")).size() == 1);
  CHECK(store->jobs().find(QStringLiteral("J-1"))->status == cip::model::JobStatus::Decided);
  CHECK(store->outbox().pendingCount() == 1);
  CHECK(store->audit().verify().ok);

  // A refused write comes back as the store's message, and nothing of it is written.
  const QString refused = writer.run([](Database& db) {
    VerdictRepository(db).submit(samples::referral(QStringLiteral("V-2"), QStringLiteral("J-1")), QStringLiteral("key-2"));
  });
  CHECK(refused.contains(QStringLiteral("already has verdict")));
  CHECK(refused.contains(tmp.path()));
  CHECK(store->outbox().pendingCount() == 1);
}
