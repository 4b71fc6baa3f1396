// A verdict leaves the workstation as DICOS threat reports (operator and machine) next to JSON,
// checked by our own reader and by an independent validator (dicom3tools' dciodvfy).
#include "AppFixture.h"

#include "sync/demo/DemoData.h"
#include "app/jobs/JobFolderImport.h"
#include "app/jobs/VerdictExport.h"
#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/readers/TdrReader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

cip::model::Annotation mark(const QString& id, const QString& jobId, cip::model::ShapeKind shape, QList<QPointF> points, const QString& category) {
  cip::model::Annotation a;
  a.id = id;
  a.jobId = jobId;
  a.scanId = jobId + QStringLiteral("-high");
  a.shape = shape;
  a.points = std::move(points);
  a.category = category;
  a.author = QStringLiteral("li.wei");
  a.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
  return a;
}

QStringList run(const QString& program, const QStringList& arguments, int* exitCode) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(program, arguments);
  REQUIRE(process.waitForFinished(60000));
  *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  return QString::fromUtf8(process.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

TEST_CASE("cip-tool export-tdr writes operator and machine TDRs that read back and validate", "[app][cli][export]") {
  AppFixture fx;
  const QStringList ids = fx.demoJobs(4, 4, 10);
  const QString jobId = ids[3];  // contraband beside declared goods

  cip::model::Verdict v;
  v.id = QStringLiteral("V-export-1");
  v.jobId = jobId;
  v.decision = cip::model::Decision::ReferToInspection;
  v.reasonCodes = {QStringLiteral("MATERIAL_MISMATCH")};
  v.analyst = QStringLiteral("li.wei");
  v.openedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
  v.submittedAt = v.openedAt.addSecs(95);
  v.activeMs = 91000;
  v.confidence = 80;
  v.annotations = {mark(QStringLiteral("A1"), jobId, cip::model::ShapeKind::Rectangle, {{100, 50}, {160, 120}}, QStringLiteral("drugs")),
                   mark(QStringLiteral("A2"), jobId, cip::model::ShapeKind::Ellipse, {{300, 60}, {340, 100}}, QStringLiteral("concealment")),
                   mark(QStringLiteral("A3"), jobId, cip::model::ShapeKind::Ruler, {{10, 10}, {200, 10}}, QStringLiteral("measurement"))};
  v.annotations[0].note = QStringLiteral("bricks behind the pallet — 托盘后的砖块");
  v.annotations[0].declarationLine = 1;
  fx.store->verdicts().submit(v, QStringLiteral("key-export-1"));

  const QString out = fx.dir.filePath(QStringLiteral("export"));
  int exitCode = -1;
  const QStringList printed = run(QStringLiteral(CIP_TOOL_PATH),
                                  {QStringLiteral("export-tdr"), QStringLiteral("--job"), jobId, QStringLiteral("-o"), out, QStringLiteral("--db"),
                                   fx.dir.filePath(QStringLiteral("workstation.sqlite"))},
                                  &exitCode);
  INFO(printed.join(QLatin1Char('\n')).toStdString());
  REQUIRE(exitCode == 0);
  const QString operatorTdr = QDir(out).filePath(v.id + QStringLiteral(".operator.tdr.dcs"));
  const QString machineTdr = QDir(out).filePath(v.id + QStringLiteral(".machine.tdr.dcs"));

  // Our reader: type, decision, one item per mark (the ruler is a measurement, not a mark), the
  // polygons in the scan's pixels, and the reference to the scan instance.
  const cip::imaging::Scan scan = cip::imaging::openScan(fx.store->jobs().scanLocalPath(jobId + QStringLiteral("-high")).toStdString());
  const cip::imaging::ThreatReport op = cip::imaging::readThreatReportFile(operatorTdr.toStdString());
  CHECK(op.type == cip::imaging::TdrType::Operator);
  CHECK(op.alarmDecision == "ALARM");
  REQUIRE(op.threats.size() == 2);
  CHECK(op.threats[0].category == "PHARMACEUTICAL");
  CHECK(op.threats[0].assessment == "THREAT");
  CHECK(op.threats[0].probability == Approx(0.8));
  CHECK(op.threats[0].description.find("bricks behind the pallet") != std::string::npos);
  REQUIRE(op.threats[0].polygon.size() == 4);
  CHECK(op.threats[0].polygon[0] == cv::Point3f(100, 50, 0));
  CHECK(op.threats[0].polygon[2] == cv::Point3f(160, 120, 0));
  CHECK(op.threats[1].category == "ANOMALY");
  CHECK(op.threats[1].polygon.size() == 48);
  REQUIRE(op.referencedInstances.size() == 1);
  CHECK(op.referencedInstances[0] == scan.meta.sopInstanceUid);
  const cip::imaging::ThreatReport machine = cip::imaging::readThreatReportFile(machineTdr.toStdString());
  CHECK(machine.type == cip::imaging::TdrType::Machine);
  CHECK_FALSE(machine.threats.empty());
  // Opening the scan again finds both reports beside it.
  QFile::copy(operatorTdr, fx.dir.filePath(QStringLiteral("jobs/op.dcs")));
  CHECK(cip::imaging::openScan(fx.store->jobs().scanLocalPath(jobId + QStringLiteral("-high")).toStdString()).reports.size() == 1);

  // The one-page report.
  QFile pdf(QDir(out).filePath(v.id + QStringLiteral(".report.pdf")));
  REQUIRE(pdf.open(QIODevice::ReadOnly));
  const QByteArray pdfBytes = pdf.readAll();
  CHECK(pdfBytes.startsWith("%PDF-"));
  CHECK(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page ") + pdfBytes.count("/Type /Page>") == 1);

  // The JSON beside them names both and carries the verdict.
  QFile json(QDir(out).filePath(v.id + QStringLiteral(".verdict.json")));
  REQUIRE(json.open(QIODevice::ReadOnly));
  const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
  CHECK(doc.value(QStringLiteral("operatorTdr")).toString() == v.id + QStringLiteral(".operator.tdr.dcs"));
  cip::model::DecodeError error;
  cip::model::JsonReader reader(doc.value(QStringLiteral("verdict")).toObject(), {}, &error);
  CHECK(cip::model::readVerdict(reader).id == v.id);
  CHECK(error.message.isEmpty());

  // An independent validator: dciodvfy (dicom3tools) checks every value against its VR and
  // the UIDs' form. It does not know DICOS IODs ("Information Object Not found"), so that one
  // line is expected; any other error fails.
  for (const QString& file : {operatorTdr, machineTdr}) {
    const QStringList report = run(QStringLiteral(CIP_PROGRAM_DCIODVFY), {file}, &exitCode);
    QStringList errors;
    for (const QString& line : report)
      if (line.startsWith(QLatin1String("Error")) && !line.contains(QLatin1String("Information Object Not found"))) errors << line;
    INFO(report.join(QLatin1Char('\n')).toStdString());
    CHECK(errors.isEmpty());
  }
}
