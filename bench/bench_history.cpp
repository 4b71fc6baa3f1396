// My verdicts against a full database: one analyst's 10,000 verdicts beside another's 10,000,
// each with two marks and a comment as the workflow writes them. Times the history's queries —
// the first page, a page deep in the list (after the last row shown), the count, a date window,
// a decision and a container number — as milliseconds and as ratios to reading one verdict by
// its id, measured in the same process.
// Usage: cip_bench_history [--quick]
#include "BenchTimer.h"

#include "sync/store/Store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace cip;

namespace {

const QDateTime kStart(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);

model::Annotation mark(const QString& id, const QString& jobId, double x) {
  model::Annotation a;
  a.id = id;
  a.jobId = jobId;
  a.scanId = jobId + QStringLiteral("-high");
  a.shape = model::ShapeKind::Rectangle;
  a.points = {QPointF(x, 200), QPointF(x + 240.5, 410)};
  a.category = QStringLiteral("concealment");
  a.note = QStringLiteral("dense block behind the declared furniture, not explained by the goods lines");
  a.author = QStringLiteral("bench");
  a.createdAt = kStart;
  a.declarationLine = 1;
  return a;
}

/// `count` verdicts of `analyst`, one a working hour apart, in one transaction.
void fill(store::Store& store, const QString& analyst, int count) {
  store::Transaction transaction(store.database());
  for (int i = 0; i < count; ++i) {
    const QString jobId = QStringLiteral("%1-J%2").arg(analyst).arg(i, 6, 10, QLatin1Char('0'));
    model::Job job;
    job.id = jobId;
    job.createdAt = kStart.addSecs(i * 600LL);
    job.deadline = job.createdAt.addSecs(3600);
    job.scannerId = QStringLiteral("SC-NB-01");
    job.port = QStringLiteral("CNNGB");
    job.assignedTo = analyst;
    job.declarationId = QStringLiteral("D-") + jobId;
    job.containerNumbers = {QStringLiteral("MSCU%1").arg(i, 7, 10, QLatin1Char('0'))};
    model::ScanRef scan;
    scan.id = jobId + QStringLiteral("-high");
    scan.fileName = scan.id + QStringLiteral(".dcs");
    scan.sha256 = QString(64, QLatin1Char('a'));
    scan.sizeBytes = 64LL << 20;
    scan.modality = model::ScanModality::DualEnergyRadiograph;
    scan.scannerId = job.scannerId;
    scan.acquiredAt = job.createdAt;
    job.scans = {scan};
    store.jobs().save(job);
    model::Verdict v;
    v.id = QStringLiteral("V-") + jobId;
    v.jobId = jobId;
    v.decision = i % 3 == 0 ? model::Decision::ReferToInspection : model::Decision::Release;
    v.reasonCodes = {QStringLiteral("DENSE_REGION")};
    v.comment = QStringLiteral("Dense block not explained by the declared goods; seen on the previous trip of this container too.");
    v.annotations = {mark(v.id + QStringLiteral("-A1"), jobId, 100), mark(v.id + QStringLiteral("-A2"), jobId, 900)};
    v.analyst = analyst;
    v.openedAt = job.createdAt.addSecs(60);
    v.submittedAt = job.createdAt.addSecs(300);
    v.activeMs = 240000;
    store.verdicts().submit(v, QStringLiteral("key-") + v.id);
  }
  transaction.commit();
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const bool quick = app.arguments().contains(QStringLiteral("--quick"));
  const int perAnalyst = quick ? 300 : 10000;
  const int runs = quick ? 3 : 21;
  QTemporaryDir dir;
  if (!dir.isValid()) return 1;
  std::unique_ptr<store::Store> store = store::Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
  fill(*store, QStringLiteral("li.wei"), perAnalyst);
  fill(*store, QStringLiteral("wang.fang"), perAnalyst);

  store::VerdictRepository& verdicts = store->verdicts();
  store::VerdictHistoryFilter mine;
  mine.analyst = QStringLiteral("li.wei");
  const QString someId = QStringLiteral("V-li.wei-J%1").arg(perAnalyst / 2, 6, 10, QLatin1Char('0'));
  const double baseline = medianMs(runs, [&] { verdicts.find(someId); });

  QList<store::VerdictHistoryEntry> deep = verdicts.history(mine, perAnalyst - 200);  // where a deep page starts
  const store::VerdictHistoryEntry after = deep.last();
  store::VerdictHistoryFilter window = mine;
  window.from = kStart.addDays(10);
  window.until = kStart.addDays(12);
  store::VerdictHistoryFilter decision = mine;
  decision.decision = model::Decision::ReferToInspection;
  store::VerdictHistoryFilter container = mine;
  container.container = QStringLiteral("mscu00012");

  std::printf("My verdicts: %d verdicts of the analyst beside %d of another, median of %d runs\n", perAnalyst, perAnalyst, runs);
  std::printf("%-44s %10s %12s\n", "query", "ms", "x find(id)");
  std::printf("%-44s %10.3f %12s\n", "one verdict by id (baseline)", baseline, "1");
  const std::pair<const char*, std::function<void()>> queries[] = {
      {"first page (200)", [&] { verdicts.history(mine, 200); }},
      {"page after the last row shown, 200 from end", [&] { verdicts.history(mine, 200, &after); }},
      {"count", [&] { verdicts.historyCount(mine); }},
      {"date window (2 days), page + count", [&] { verdicts.history(window, 200), verdicts.historyCount(window); }},
      {"decision, page + count", [&] { verdicts.history(decision, 200), verdicts.historyCount(decision); }},
      {"container number part, page + count", [&] { verdicts.history(container, 200), verdicts.historyCount(container); }},
  };
  for (const auto& [name, query] : queries) {
    const double ms = medianMs(runs, query);
    std::printf("%-44s %10.3f %12.1f\n", name, ms, ms / baseline);
  }
  return 0;
}
