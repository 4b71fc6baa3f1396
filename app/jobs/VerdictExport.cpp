#include "app/jobs/VerdictExport.h"

#include "app/cli/VersionInfo.h"
#include "app/jobs/AnnotationController.h"
#include "app/jobs/DeclarationChecks.h"
#include "app/jobs/JobController.h"
#include "app/jobs/VerdictReport.h"
#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/physics/SystemSelection.h"
#include "sync/store/Store.h"
#include "imaging/core/writers/TdrWriter.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <stdexcept>

namespace cip::app {

QString dicosThreatCategory(const QString& category) {
  if (category == QLatin1String("drugs")) return QStringLiteral("PHARMACEUTICAL");
  if (category == QLatin1String("explosives")) return QStringLiteral("EXPLOSIVE");
  if (category == QLatin1String("weapons")) return QStringLiteral("PI");  // prohibited item
  if (category == QLatin1String("cigarettes") || category == QLatin1String("currency") || category == QLatin1String("undeclared-goods"))
    return QStringLiteral("CONTRABAND");
  return QStringLiteral("ANOMALY");  // concealment, other, a site's own categories
}

imaging::ThreatReport operatorThreatReport(const model::Verdict& v) {
  imaging::ThreatReport report;
  report.type = imaging::TdrType::Operator;
  report.alarmDecision = v.decision == model::Decision::ReferToInspection ? "ALARM" : v.decision == model::Decision::Release ? "CLEAR" : "UNKNOWN";
  const std::string flag = v.decision == model::Decision::ReferToInspection ? "THREAT" : v.decision == model::Decision::Release ? "NO_THREAT" : "UNKNOWN";
  int id = 0;
  for (const model::Annotation& a : v.annotations) {
    if (a.category == QLatin1String("measurement")) continue;
    imaging::ThreatRegion region;
    region.id = ++id;
    for (const cv::Point2d& p : imaging::boundingPolygon(shapeOf(a)))
      region.polygon.emplace_back(static_cast<float>(p.x), static_cast<float>(p.y), 0.0f);
    region.category = dicosThreatCategory(a.category).toStdString();
    QStringList description{a.category};
    if (!a.text.isEmpty()) description << a.text;
    if (!a.note.isEmpty()) description << a.note;
    if (a.declarationLine) description << QStringLiteral("declaration line %1").arg(*a.declarationLine);
    region.description = description.join(QStringLiteral("; ")).toStdString();
    region.assessment = flag;
    if (v.confidence) region.probability = *v.confidence / 100.0;
    report.threats.push_back(region);
  }
  return report;
}

namespace {

std::string dicomDateTime(const QDateTime& time) {
  return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss.zzz000+0000")).toStdString();
}

}  // namespace

QStringList exportVerdict(const model::Verdict& v, const model::Job& job, const std::optional<model::Declaration>& declaration,
                          const imaging::Scan& scan, const imaging::ScanFindings& findings, const QString& folder) {
  if (!QDir().mkpath(folder)) throw std::runtime_error(folder.toStdString() + ": cannot be created");
  const QDir dir(folder);
  imaging::TdrContext context;
  context.referencedSopClassUid = scan.meta.sopClassUid;
  context.referencedSopInstanceUid = scan.meta.sopInstanceUid;
  context.studyInstanceUid = scan.meta.studyInstanceUid;
  context.objectId = (job.containerNumbers.isEmpty() ? job.id : job.containerNumbers.first()).toStdString();

  const QString operatorFile = v.id + QStringLiteral(".operator.tdr.dcs");
  const QString machineFile = v.id + QStringLiteral(".machine.tdr.dcs");
  context.operatorName = v.analyst.toStdString();
  context.decisionTime = dicomDateTime(v.submittedAt);
  context.processingSeconds = v.activeMs / 1000.0;
  imaging::writeThreatReport(operatorThreatReport(v), context, dir.filePath(operatorFile).toStdString());

  imaging::TdrContext machine = context;
  machine.operatorName.clear();
  machine.algorithm = "CIP Workstation automatic findings\\" + applicationVersion().toStdString();
  machine.decisionTime = dicomDateTime(v.openedAt);
  machine.processingSeconds = 0;
  imaging::writeThreatReport(imaging::toThreatReport(findings), machine, dir.filePath(machineFile).toStdString());

  const QJsonObject document{{QStringLiteral("format"), QStringLiteral("cip-verdict-export")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("verdict"), model::toJson(v)},
                             {QStringLiteral("job"), QJsonObject{{QStringLiteral("id"), job.id},
                                                                 {QStringLiteral("containerNumbers"), QJsonArray::fromStringList(job.containerNumbers)}}},
                             {QStringLiteral("referencedScan"), QJsonObject{{QStringLiteral("sopInstanceUid"), QString::fromStdString(scan.meta.sopInstanceUid)},
                                                                            {QStringLiteral("sopClassUid"), QString::fromStdString(scan.meta.sopClassUid)}}},
                             {QStringLiteral("operatorTdr"), operatorFile},
                             {QStringLiteral("machineTdr"), machineFile}};
  const QString jsonFile = v.id + QStringLiteral(".verdict.json");
  QSaveFile json(dir.filePath(jsonFile));
  if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(document).toJson()) < 0 || !json.commit())
    throw std::runtime_error(dir.filePath(jsonFile).toStdString() + ": cannot be written");
  QStringList written{dir.filePath(operatorFile), dir.filePath(machineFile), dir.filePath(jsonFile)};
  if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
    const QString report = dir.filePath(v.id + QStringLiteral(".report.pdf"));
    writeVerdictReport(report, v, job, declaration, declaration ? checkDeclaration(*declaration, job, findings) : QList<model::DeclarationCheck>{}, scan);
    written << report;
  }
  return written;
}

QStringList exportStoredVerdict(store::Store& store, const QString& verdictId, const QString& folder) {
  const std::optional<model::Verdict> verdict = store.verdicts().find(verdictId);
  if (!verdict) throw std::runtime_error(QStringLiteral("%1: no verdict %2").arg(store.database().path(), verdictId).toStdString());
  const std::optional<model::Job> job = store.jobs().find(verdict->jobId);
  if (!job) throw std::runtime_error(QStringLiteral("%1: job %2 of verdict %3 is missing").arg(store.database().path(), verdict->jobId, verdictId).toStdString());
  QString path;
  for (const model::ScanRef& scan : job->scans)
    if (path.isEmpty()) path = store.jobs().scanLocalPath(scan.id);
  if (path.isEmpty()) throw std::runtime_error(QStringLiteral("job %1: its scan is not on this workstation").arg(job->id).toStdString());
  const imaging::Scan scan = imaging::openScan(path.toStdString());
  // The machine report is remade with the physics of the scan's own scanner, as the viewer used.
  const imaging::MaterialCalibration calibration = imaging::MaterialCalibration::fromPhysics(imaging::selectSystem(scan).system);
  const imaging::MaterialClassifier classifier(calibration);
  const std::optional<model::Declaration> declaration = store.declarations().find(job->declarationId);
  const imaging::ScanFindings findings =
      imaging::analyzeScan(scan, calibration, classifier, declaration ? declaredContentOf(*declaration) : imaging::DeclaredContent{});
  return exportVerdict(*verdict, *job, declaration, scan, findings, folder);
}

}  // namespace cip::app
