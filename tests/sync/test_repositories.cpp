#include "Samples.h"

#include "sync/store/Store.h"

#include <catch2/catch.hpp>

using namespace cip::store;
using namespace cip::model;

TEST_CASE("Jobs are stored with their scans and come back by urgency, deadline then priority", "[store][jobs]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job(QStringLiteral("J-low"), 5));
  store->jobs().save(samples::job(QStringLiteral("J-urgent"), 1));
  Job late = samples::job(QStringLiteral("J-late"), 1);
  late.deadline = samples::at(90);
  store->jobs().save(late);
  Job soon = samples::job(QStringLiteral("J-soon"), 5);  // the lowest priority, but due first
  soon.deadline = samples::at(17);
  store->jobs().save(soon);
  Job done = samples::job(QStringLiteral("J-done"), 1);
  done.status = JobStatus::Decided;
  store->jobs().save(done);

  const QList<Job> queue = store->jobs().queue();
  REQUIRE(queue.size() == 4);
  CHECK(queue.at(0).id == QStringLiteral("J-soon"));
  CHECK(queue.at(1).id == QStringLiteral("J-urgent"));
  CHECK(queue.at(2).id == QStringLiteral("J-low"));
  CHECK(queue.at(3).id == QStringLiteral("J-late"));
  CHECK(toJson(*store->jobs().find(QStringLiteral("J-late"))) == toJson(late));
  CHECK_FALSE(store->jobs().find(QStringLiteral("nope")));
}

TEST_CASE("Pulling a job again keeps verified local files unless the checksum changed", "[store][jobs]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  Job job = samples::job();
  store->jobs().save(job);
  const QString scanId = job.scans.first().id;
  store->jobs().setScanLocalPath(scanId, QStringLiteral("/cache/a.dcm"));
  job.priority = 1;
  store->jobs().save(job);
  CHECK(store->jobs().scanLocalPath(scanId) == QStringLiteral("/cache/a.dcm"));
  CHECK(store->jobs().find(job.id)->priority == 1);
  job.scans[0].sha256 = QString(64, QLatin1Char('b'));
  store->jobs().save(job);
  CHECK(store->jobs().scanLocalPath(scanId).isNull());
}

TEST_CASE("Declarations round-trip with their goods lines", "[store][declarations]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  Declaration d = samples::declaration();
  store->declarations().save(d);
  CHECK(toJson(*store->declarations().find(d.id)) == toJson(d));
  d.goods.removeLast();
  store->declarations().save(d);
  CHECK(store->declarations().find(d.id)->goods.size() == 1);
}

TEST_CASE("Annotations are saved as drawn and frozen by a verdict", "[store][annotations]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job());
  Annotation a = samples::annotation(QStringLiteral("A-1"));
  store->annotations().save(a, samples::at(10), QStringLiteral("li.wei"));
  a.note = QStringLiteral("changed my mind");
  store->annotations().save(a, samples::at(11), QStringLiteral("li.wei"));
  REQUIRE(store->annotations().forJob(a.jobId).size() == 1);
  CHECK(store->annotations().forJob(a.jobId).first().note == QStringLiteral("changed my mind"));
  store->annotations().save(samples::annotation(QStringLiteral("A-2")), samples::at(11), QStringLiteral("li.wei"));
  store->annotations().remove(QStringLiteral("A-2"), samples::at(12), QStringLiteral("li.wei"));
  CHECK(store->annotations().forJob(a.jobId).size() == 1);

  Verdict v = samples::referral(QStringLiteral("V-1"));
  v.annotations = {a};
  store->verdicts().submit(v, QStringLiteral("key-1"));
  CHECK_THROWS_WITH(store->annotations().remove(a.id, samples::at(20), QStringLiteral("li.wei")), Catch::Contains("submitted verdict"));
  CHECK_THROWS_WITH(store->annotations().save(a, samples::at(20), QStringLiteral("li.wei")), Catch::Contains("cannot change"));
}

TEST_CASE("Submitting a verdict writes verdict, annotations, job status, outbox and audit at once", "[store][verdicts]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job());
  const Verdict v = samples::referral(QStringLiteral("V-1"));
  store->verdicts().submit(v, QStringLiteral("key-1"));

  // Stored as submitted, with the local audit chain's head after it: the verdict's own audit row.
  Verdict stored = *store->verdicts().find(v.id);
  REQUIRE(stored.auditHead);
  const cip::model::AuditAnchor head = *stored.auditHead;
  stored.auditHead.reset();
  CHECK(toJson(stored) == toJson(v));
  CHECK(head.workstation == store->identity().workstationId());
  CHECK(head.sequence == store->audit().entries().last().seq);
  CHECK(head.hash == store->audit().headHash());
  CHECK(decodeVerdict(store->outbox().findByVerdict(v.id)->payload).value->auditHead == head);
  CHECK(store->jobs().find(v.jobId)->status == JobStatus::Decided);
  CHECK(store->annotations().forJob(v.jobId).size() == 1);
  const auto item = store->outbox().findByVerdict(v.id);
  REQUIRE(item);
  CHECK(item->idempotencyKey == QStringLiteral("key-1"));
  CHECK(decodeVerdict(item->payload).ok());
  const auto audit = store->audit().entries();
  REQUIRE(audit.size() == 1);
  CHECK(audit.first().action == QStringLiteral("verdict.submit"));
  CHECK(audit.first().entityId == v.id);
}

TEST_CASE("A failed submission writes nothing at all", "[store][verdicts]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job());
  store->verdicts().submit(samples::referral(QStringLiteral("V-1")), QStringLiteral("key-1"));

  SECTION("the same verdict id twice") {
    Verdict again = samples::referral(QStringLiteral("V-1"));
    again.annotations.clear();
    CHECK_THROWS_WITH(store->verdicts().submit(again, QStringLiteral("key-2")), Catch::Contains("already has verdict 'V-1'"));
  }
  SECTION("a second verdict for the job that does not say which it replaces") {
    Verdict second = samples::referral(QStringLiteral("V-3"));
    second.annotations.clear();
    CHECK_THROWS_WITH(store->verdicts().submit(second, QStringLiteral("key-3")), Catch::Contains("must supersede"));
  }
  SECTION("a reused idempotency key") {
    Verdict other = samples::referral(QStringLiteral("V-2"));
    other.supersedes = QStringLiteral("V-1");  // allowed as a correction, but its key was used
    other.annotations = {samples::annotation(QStringLiteral("A-other"))};
    CHECK_THROWS(store->verdicts().submit(other, QStringLiteral("key-1")));
    CHECK(store->annotations().forJob(other.jobId).size() == 1);  // A-other rolled back
  }
  SECTION("an unknown job") {
    CHECK_THROWS_WITH(store->verdicts().submit(samples::referral(QStringLiteral("V-3"), QStringLiteral("J-x")), QStringLiteral("key-3")),
                      Catch::Contains("FOREIGN KEY"));
  }
  SECTION("a referral without evidence") {
    Verdict bare = samples::referral(QStringLiteral("V-4"));
    bare.annotations.clear();
    bare.comment.clear();
    CHECK_THROWS_WITH(store->verdicts().submit(bare, QStringLiteral("key-4")), Catch::Contains("referral needs"));
  }
  CHECK(store->verdicts().count() == 1);
  CHECK(store->outbox().all().size() == 1);
  CHECK(store->audit().entries().size() == 1);
  CHECK(store->audit().verify().ok);
}

TEST_CASE("A submitted verdict is final, a correction supersedes it", "[store][verdicts]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  store->jobs().save(samples::job());
  store->verdicts().submit(samples::referral(QStringLiteral("V-1")), QStringLiteral("key-1"));
  CHECK_THROWS_WITH(store->database().prepare("UPDATE verdicts SET decision='release'").run(),
                    Catch::Contains("final"));
  Verdict correction = samples::referral(QStringLiteral("V-2"));
  correction.decision = Decision::Release;
  correction.annotations.clear();
  correction.supersedes = QStringLiteral("V-1");
  correction.submittedAt = samples::at(20);
  store->verdicts().submit(correction, QStringLiteral("key-2"));
  const QList<Verdict> history = store->verdicts().forJob(QStringLiteral("J-1"));
  REQUIRE(history.size() == 2);
  CHECK(history.at(1).supersedes == QStringLiteral("V-1"));
}

TEST_CASE("Cases are found by HS code: subheading before heading before chapter", "[sync][store][cases]") {
  samples::TempDb tmp;
  auto store = Store::open(tmp.path());
  auto makeCase = [](const QString& id, const QString& hs, cip::model::CaseKind kind = cip::model::CaseKind::StandardImage) {
    cip::model::Case c;
    c.id = id;
    c.title = id;
    c.kind = kind;
    c.hsCodes = {hs};
    cip::model::ScanRef scan;
    scan.id = id + QStringLiteral("-scan");
    scan.fileName = id + QStringLiteral(".dcs");
    scan.sha256 = QString(64, QLatin1Char('a'));
    scan.sizeBytes = 1000;
    scan.scannerId = QStringLiteral("SCN-1");
    scan.acquiredAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    c.scans = {scan};
    if (kind == cip::model::CaseKind::ExamQuestion) c.groundTruthDecision = cip::model::Decision::Release;
    return c;
  };
  const QDateTime at(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
  const QString me = QStringLiteral("li.wei");
  store->cases().save(makeCase(QStringLiteral("chapter"), QStringLiteral("690890")), at, me);
  store->cases().save(makeCase(QStringLiteral("heading"), QStringLiteral("690722")), at, me);
  store->cases().save(makeCase(QStringLiteral("exact"), QStringLiteral("690721")), at, me);
  store->cases().save(makeCase(QStringLiteral("other"), QStringLiteral("610910")), at, me);
  store->cases().save(makeCase(QStringLiteral("exam"), QStringLiteral("690721"), cip::model::CaseKind::ExamQuestion), at, me);
  const QList<cip::model::Case> found = store->cases().forHsCodes({QStringLiteral("69072100")}, cip::model::CaseKind::StandardImage, me);
  REQUIRE(found.size() == 3);
  CHECK(found[0].id == QStringLiteral("exact"));
  CHECK(found[1].id == QStringLiteral("heading"));
  CHECK(found[2].id == QStringLiteral("chapter"));
  CHECK(store->cases().forHsCodes({QStringLiteral("940360")}, cip::model::CaseKind::StandardImage, me).isEmpty());
  // Saving again replaces the codes.
  store->cases().save(makeCase(QStringLiteral("exact"), QStringLiteral("940360")), at, me);
  CHECK(store->cases().forHsCodes({QStringLiteral("940360")}, cip::model::CaseKind::StandardImage, me).size() == 1);
  CHECK(store->cases().count() == 5);
  // A case is offered only to the users the central system gave it to.
  CHECK(store->cases().forHsCodes({QStringLiteral("69072100")}, cip::model::CaseKind::StandardImage, QStringLiteral("wang.fang")).isEmpty());
  store->cases().save(makeCase(QStringLiteral("heading"), QStringLiteral("690722")), at, QStringLiteral("wang.fang"));
  CHECK(store->cases().forHsCodes({QStringLiteral("69072100")}, cip::model::CaseKind::StandardImage, QStringLiteral("wang.fang")).size() == 1);
}
