// Whose data is whose in the workstation's store: users confirmed by the central system and the
// hash kept for offline sign-in, sessions and their confirmation, each analyst's own queue and
// outbox, refused verdicts kept until dealt with, jobs withdrawn and calls still to send.
#include "Samples.h"

#include "sync/store/PasswordHash.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

using namespace cip::store;
using cip::model::Role;

TEST_CASE("A user confirmed online may later sign in offline with the same password only, for a while", "[store][identity]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  IdentityRepository& ids = store->identity();
  const QDateTime longAgo = samples::at(-100000);
  CHECK_FALSE(ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), longAgo));  // never confirmed here
  ids.rememberUser({QStringLiteral("li.wei"), QStringLiteral("Li Wei"), {Role::Analyst, Role::Trainee}}, PasswordHash::of(QStringLiteral("demo")),
                   samples::at(0));
  const auto user = ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), longAgo);
  REQUIRE(user);
  CHECK(user->displayName == QStringLiteral("Li Wei"));
  CHECK(user->roles == QList<Role>{Role::Analyst, Role::Trainee});
  CHECK_FALSE(ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("Demo"), longAgo));
  CHECK_FALSE(ids.verifyOffline(QStringLiteral("li.wei"), QString(), longAgo));
  CHECK_FALSE(ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), samples::at(1)));  // confirmed too long ago
  // The central system takes a role away: offline too.
  ids.setRoles(QStringLiteral("li.wei"), {Role::Analyst});
  CHECK(ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), longAgo)->roles == QList<Role>{Role::Analyst});
  // A new online sign-in replaces the hash (a password changed centrally) and the roles.
  ids.rememberUser({QStringLiteral("li.wei"), QStringLiteral("Li Wei"), {Role::Analyst}}, PasswordHash::of(QStringLiteral("n3w")), samples::at(5));
  CHECK_FALSE(ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("demo"), longAgo));
  CHECK(ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("n3w"), longAgo)->roles == QList<Role>{Role::Analyst});
  // Refused by the central system (password changed, account disabled): nothing is kept.
  ids.forgetUser(QStringLiteral("li.wei"));
  CHECK_FALSE(ids.verifyOffline(QStringLiteral("li.wei"), QStringLiteral("n3w"), longAgo));
  // The workstation's identity cannot be edited to dodge the central system's anchors.
  CHECK_THROWS_WITH(store->database().execScript("UPDATE workstation SET value='ws-other'"), Catch::Contains("never changes"));
}

TEST_CASE("Password hashes are PBKDF2 with a fresh salt each time", "[store][identity]") {
  const PasswordHash a = PasswordHash::of(QStringLiteral("demo"));
  const PasswordHash b = PasswordHash::of(QStringLiteral("demo"));
  CHECK(a.iterations >= 600000);
  CHECK(a.salt.size() == 16);
  CHECK(a.salt != b.salt);
  CHECK(a.hash != b.hash);
  CHECK(a.matches(QStringLiteral("demo")));
  CHECK_FALSE(a.matches(QStringLiteral("demo ")));
  PasswordHash broken = a;
  broken.hash.chop(1);
  CHECK_FALSE(broken.matches(QStringLiteral("demo")));
}

TEST_CASE("An offline session stays unconfirmed until the central system confirms its user", "[store][identity]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  IdentityRepository& ids = store->identity();
  const qint64 online = ids.startSession(QStringLiteral("li.wei"), Role::Analyst, false, samples::at(0));
  const qint64 offline = ids.startSession(QStringLiteral("li.wei"), Role::Analyst, true, samples::at(1));
  const qint64 otherUser = ids.startSession(QStringLiteral("wang.fang"), Role::Analyst, true, samples::at(2));
  CHECK_FALSE(ids.session(online)->awaitingConfirmation());
  CHECK(ids.session(offline)->awaitingConfirmation());
  store->jobs().save(samples::job());
  store->verdicts().submit(samples::referral(QStringLiteral("V-1")), QStringLiteral("key-1"), offline);
  CHECK(store->outbox().awaitingConfirmation(QStringLiteral("li.wei")) == 1);
  CHECK(ids.confirmOfflineSessions(QStringLiteral("li.wei"), samples::at(9)) == 1);
  CHECK(ids.session(offline)->confirmedAt == samples::at(9));
  CHECK(ids.session(otherUser)->awaitingConfirmation());  // another user's stays as it was
  CHECK(store->outbox().awaitingConfirmation(QStringLiteral("li.wei")) == 0);
  ids.endSession(offline, samples::at(10));
  CHECK(ids.session(offline)->endedAt == samples::at(10));
  CHECK(ids.workstationId() == Store::open(tmp.path())->identity().workstationId());  // made once, kept
}

TEST_CASE("Each analyst's queue and outbox hold only their own", "[store][identity]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job(QStringLiteral("J-1")));
  cip::model::Job theirs = samples::job(QStringLiteral("J-2"));
  theirs.assignedTo = QStringLiteral("wang.fang");
  store->jobs().save(theirs);
  CHECK(store->jobs().queue(QStringLiteral("li.wei")).size() == 1);
  CHECK(store->jobs().queue(QStringLiteral("wang.fang")).first().id == QStringLiteral("J-2"));
  store->verdicts().submit(samples::referral(QStringLiteral("V-1"), QStringLiteral("J-1")), QStringLiteral("key-1"));
  cip::model::Verdict other = samples::referral(QStringLiteral("V-2"), QStringLiteral("J-2"));
  other.analyst = QStringLiteral("wang.fang");
  for (cip::model::Annotation& a : other.annotations) a.author = other.analyst;
  store->verdicts().submit(other, QStringLiteral("key-2"));
  CHECK(store->outbox().pendingCount(QStringLiteral("li.wei")) == 1);
  CHECK(store->outbox().pendingCount(QStringLiteral("wang.fang")) == 1);
  const QList<OutboxItem> mine = store->outbox().dueFor(QStringLiteral("li.wei"), samples::at(100));
  REQUIRE(mine.size() == 1);
  CHECK(mine.first().verdictId == QStringLiteral("V-1"));
  CHECK(mine.first().analyst == QStringLiteral("li.wei"));
  CHECK(mine.first().jobId == QStringLiteral("J-1"));
}

TEST_CASE("A refused verdict stays until it is decided again or handed to a supervisor", "[store][outbox]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job());
  store->verdicts().submit(samples::referral(QStringLiteral("V-1")), QStringLiteral("key-1"));
  const qint64 id = store->outbox().findByVerdict(QStringLiteral("V-1"))->id;
  store->outbox().markRefused(id, QStringLiteral("job J-1 has verdict V-0 (409)"), samples::at(40));
  CHECK(store->outbox().pendingCount() == 0);                            // never sent again
  CHECK(store->outbox().dueFor(QStringLiteral("li.wei"), samples::at(9999)).isEmpty());
  REQUIRE(store->outbox().refused(QStringLiteral("li.wei")).size() == 1);
  CHECK(store->outbox().refused(QStringLiteral("li.wei")).first().lastError.contains(QStringLiteral("409")));
  CHECK(store->outbox().pruneDelivered(samples::at(100000)) == 0);       // nothing dealt with is ever pruned
  // Handed to a supervisor: it leaves the list, and waits for the central system to take it.
  store->outbox().resolve(id, QStringLiteral("handed-to-supervisor"), samples::at(41), QStringLiteral("the wall is false"));
  CHECK(store->outbox().refused(QStringLiteral("li.wei")).isEmpty());
  REQUIRE(store->outbox().handOversDue(QStringLiteral("li.wei")).size() == 1);
  CHECK(store->outbox().handOversDue(QStringLiteral("li.wei")).first().resolutionNote == QStringLiteral("the wall is false"));
  CHECK(store->outbox().pruneDelivered(samples::at(100000)) == 0);
  // Refused again by the central system: back in the list with the new reason.
  store->outbox().reopenRefusal(id, QStringLiteral("the hand-over was refused"), samples::at(42));
  CHECK(store->outbox().refused(QStringLiteral("li.wei")).first().lastError == QStringLiteral("the hand-over was refused"));
  store->outbox().resolve(id, QStringLiteral("handed-to-supervisor"), samples::at(43));
  store->outbox().markEscalated(id, samples::at(44));
  CHECK(store->outbox().handOversDue(QStringLiteral("li.wei")).isEmpty());
  CHECK(store->outbox().pruneDelivered(samples::at(45)) == 1);
  CHECK(store->verdicts().find(QStringLiteral("V-1")));  // the verdict itself is never pruned
}

TEST_CASE("Withdrawn jobs stay while there is work on them, calls wait to be sent, caches evict only finished jobs", "[store][jobs]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  for (const char* id : {"J-1", "J-2", "J-3"}) store->jobs().save(samples::job(QString::fromLatin1(id)));
  for (const char* id : {"J-1-S1", "J-2-S1", "J-3-S1"}) store->jobs().setScanLocalPath(QString::fromLatin1(id), tmp.path(QString::fromLatin1(id)));
  CHECK(store->jobs().activeJobIds(QStringLiteral("li.wei")).size() == 3);
  store->jobs().markOpened(QStringLiteral("J-1"), samples::at(1));
  store->jobs().markWithdrawn(QStringLiteral("J-1"), samples::at(2));  // worked on: stays, marked
  store->jobs().markWithdrawn(QStringLiteral("J-2"), samples::at(2));  // untouched: leaves the queue, is kept marked
  CHECK(store->jobs().activeJobIds(QStringLiteral("li.wei")) == QStringList{QStringLiteral("J-3")});
  QStringList queued;
  for (const cip::model::Job& j : store->jobs().queue(QStringLiteral("li.wei"))) queued << j.id;
  CHECK(queued == QStringList{QStringLiteral("J-1"), QStringLiteral("J-3")});
  CHECK(store->jobs().withdrawn(QStringLiteral("li.wei")).size() == 2);
  CHECK(store->jobs().hasLocalWork(QStringLiteral("J-1")));
  CHECK_FALSE(store->jobs().hasLocalWork(QStringLiteral("J-2")));
  // Listed again: no longer withdrawn.
  store->jobs().clearWithdrawn({QStringLiteral("J-2")});
  CHECK(store->jobs().activeJobIds(QStringLiteral("li.wei")).contains(QStringLiteral("J-2")));

  store->jobs().setPendingCall(QStringLiteral("J-3"), QStringLiteral("claim"));
  store->jobs().setPendingCall(QStringLiteral("J-3"), QStringLiteral("release"));
  store->jobs().clearPendingCall(QStringLiteral("J-3"), QStringLiteral("claim"));  // the claim's answer does not clear the release
  CHECK(store->jobs().pendingCalls(QStringLiteral("li.wei")).value(QStringLiteral("J-3")) == QStringLiteral("release"));
  store->jobs().clearPendingCall(QStringLiteral("J-3"), QStringLiteral("release"));
  CHECK(store->jobs().pendingCalls(QStringLiteral("li.wei")).isEmpty());

  // Only the scans of finished jobs may be evicted, least recently used first.
  CHECK(store->jobs().evictableScans().isEmpty());
  store->jobs().setStatus(QStringLiteral("J-2"), cip::model::JobStatus::Returned);
  store->jobs().setStatus(QStringLiteral("J-3"), cip::model::JobStatus::Returned);
  store->jobs().touchScans(QStringLiteral("J-3"), samples::at(5));
  store->jobs().touchScans(QStringLiteral("J-2"), samples::at(9));
  const QList<JobRepository::CachedScan> evictable = store->jobs().evictableScans();
  REQUIRE(evictable.size() == 2);
  CHECK(evictable[0].jobId == QStringLiteral("J-3"));
  CHECK(evictable[1].jobId == QStringLiteral("J-2"));
  store->jobs().forgetLocalFile(QStringLiteral("J-3-S1"));
  CHECK(store->jobs().scanLocalPath(QStringLiteral("J-3-S1")).isEmpty());
}
