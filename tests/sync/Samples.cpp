#include "Samples.h"

namespace samples {

using namespace cip::model;

QDateTime at(int minutesAfterEight) {
  return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).addSecs(60LL * minutesAfterEight);
}

Declaration declaration(const QString& id) {
  Declaration d;
  d.id = id;
  d.number = QStringLiteral("CN-2026-00042");
  d.lodgedAt = at(0);
  d.declarant = {QStringLiteral("Ningbo Export Co."), QStringLiteral("1 Harbour Rd"), QStringLiteral("CN"),
                 QStringLiteral("CN913302")};
  d.consignee = {QStringLiteral("Rotterdam Import BV"), QString(), QStringLiteral("NL"), QString()};
  d.originCountry = QStringLiteral("CN");
  d.destinationCountry = QStringLiteral("NL");
  d.portOfEntry = QStringLiteral("NLRTM");
  d.containerNumbers = {QStringLiteral("CSQU3054383")};
  d.sealNumbers = {QStringLiteral("SEAL-778812")};
  d.transport = {TransportMode::Sea, QStringLiteral("IMO9321483"), QStringLiteral("044W")};
  d.goods = {{1, QStringLiteral("940360"), QStringLiteral("Wooden furniture"), 120, QStringLiteral("PCE"),
              5400, 5000, 18000, QStringLiteral("USD")},
             {2, QStringLiteral("6403991000"), QStringLiteral("Leather shoes"), 800, QStringLiteral("PR"),
              1200, 1100, 24000, QStringLiteral("EUR")}};
  return d;
}

Job job(const QString& id, int priority) {
  Job j;
  j.id = id;
  j.priority = priority;
  j.createdAt = at(0);
  j.deadline = at(30);
  j.scannerId = QStringLiteral("SC-NB-01");
  j.port = QStringLiteral("CNNGB");
  j.assignedTo = QStringLiteral("li.wei");
  j.declarationId = QStringLiteral("D-1");
  j.containerNumbers = {QStringLiteral("CSQU3054383")};
  ScanRef scan;
  scan.id = id + QStringLiteral("-S1");
  scan.fileName = QStringLiteral("scan_") + id + QStringLiteral(".dcm");
  scan.sha256 = QString(64, QLatin1Char('a'));
  scan.sizeBytes = 8 * 1024 * 1024;
  scan.modality = ScanModality::DualEnergyRadiograph;
  scan.scannerId = j.scannerId;
  scan.acquiredAt = at(-5);
  j.scans = {scan};
  return j;
}

Annotation annotation(const QString& id, const QString& jobId) {
  Annotation a;
  a.id = id;
  a.jobId = jobId;
  a.scanId = jobId + QStringLiteral("-S1");
  a.shape = ShapeKind::Rectangle;
  a.points = {QPointF(100, 200), QPointF(340.5, 410)};
  a.category = QStringLiteral("concealment");
  a.note = QStringLiteral("dense block behind the furniture");
  a.author = QStringLiteral("li.wei");
  a.createdAt = at(10);
  a.declarationLine = 1;
  return a;
}

Verdict referral(const QString& id, const QString& jobId) {
  Verdict v;
  v.id = id;
  v.jobId = jobId;
  v.decision = Decision::ReferToInspection;
  v.reasonCodes = {QStringLiteral("DENSE_REGION")};
  v.comment = QStringLiteral("Dense block not explained by the declared goods");
  v.annotations = {annotation(id + QStringLiteral("-A1"), jobId)};
  v.analyst = QStringLiteral("li.wei");
  v.openedAt = at(5);
  v.submittedAt = at(12);
  v.activeMs = 7 * 60 * 1000;
  v.confidence = 80;
  return v;
}

}  // namespace samples
