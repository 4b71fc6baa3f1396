#include "sync/demo/DemoData.h"

#include "imaging/core/synth/SceneGenerator.h"
#include "imaging/core/synth/SceneRenderer.h"
#include "sync/jobimport/JobFolder.h"
#include "sync/model/Case.h"
#include "sync/model/Declaration.h"
#include "sync/model/Iso6346.h"
#include "sync/model/Job.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <cstring>
#include <random>
#include <stdexcept>

namespace cip::demo {

namespace {

struct Place {
  const char* port;
  const char* scanner;
  const char* origin;
};
constexpr Place kPlaces[] = {{"CNSHA", "SCN-CNSHA-01", "VN"}, {"CNNGB", "SCN-CNNGB-02", "MY"},
                             {"CNSZX", "SCN-CNSZX-01", "TH"}, {"CNTAO", "SCN-CNTAO-03", "KR"}};
constexpr const char* kDeclarants[] = {"Demo Harbour Logistics Ltd", "Demo Eastern Forwarding Co", "Demo Pacific Customs Brokers"};
constexpr const char* kConsignees[] = {"Demo Import Trading Co", "Demo Retail Supply Ltd", "Demo Industrial Parts Co"};

QString containerNumber(std::mt19937& dice) {
  static const char* owners[] = {"CIPU", "DEMU", "SYNU"};
  const QString prefix = QString::fromLatin1(owners[dice() % 3]) + QStringLiteral("%1").arg(dice() % 1000000, 6, 10, QLatin1Char('0'));
  return prefix + QString::number(model::containerCheckDigit(prefix));
}

QString sha256Of(const QString& path) {
  const QString sha = jobimport::sha256OfFile(path);
  if (sha.isEmpty()) throw std::runtime_error(path.toStdString() + ": cannot be read back");
  return sha;
}

void writeJson(const QString& path, const QJsonObject& object) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
    throw std::runtime_error(path.toStdString() + ": cannot be written");
}

imaging::Scenario scenarioOf(DemoCase demoCase) {
  switch (demoCase) {
    case DemoCase::EmptyClean: return imaging::Scenario::EmptyClean;
    case DemoCase::EmptyConcealed: return imaging::Scenario::EmptyConcealed;
    case DemoCase::LoadedConcealed: return imaging::Scenario::LoadedConcealed;
    default: return imaging::Scenario::LoadedClean;
  }
}

}  // namespace

const char* toString(DemoCase demoCase) {
  switch (demoCase) {
    case DemoCase::EmptyClean: return "empty-clean";
    case DemoCase::EmptyConcealed: return "empty-concealed";
    case DemoCase::LoadedClean: return "loaded-clean";
    case DemoCase::LoadedConcealed: return "loaded-concealed";
    case DemoCase::UnderDeclaredWeight: return "under-declared-weight";
    case DemoCase::ContainerMismatch: return "container-mismatch";
  }
  return "loaded-clean";
}

QStringList writeDemoJobs(const QString& folder, const DemoJobOptions& options) {
  if (!QDir().mkpath(folder)) throw std::runtime_error(folder.toStdString() + ": cannot be created");
  const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
  QStringList ids;
  for (int i = 0; i < options.count; ++i) {
    const unsigned seed = options.seed * 1000u + static_cast<unsigned>(i);
    std::mt19937 dice(seed);
    const auto demoCase = static_cast<DemoCase>(i % 6);
    imaging::Scene scene = imaging::generateScene(scenarioOf(demoCase), seed, options.pixelMm);
    const QString id = QStringLiteral("DEMO-%1").arg(seed, 6, 10, QLatin1Char('0'));
    scene.name = id.toStdString();
    const QDir dir(folder);
    imaging::writeSyntheticScan(scene, folder.toStdString());  // <id>.dcs, <id>_low.dcs, <id>.truth.json

    const Place& place = kPlaces[dice() % std::size(kPlaces)];
    const QString scannedContainer = containerNumber(dice);
    model::Declaration d;
    d.id = QStringLiteral("DECL-%1").arg(seed, 6, 10, QLatin1Char('0'));
    d.number = QStringLiteral("DEMO%1%2").arg(now.date().year()).arg(seed, 8, 10, QLatin1Char('0'));
    d.lodgedAt = now.addSecs(-3600 * (2 + static_cast<int>(dice() % 40)));
    d.declarant = {QString::fromLatin1(kDeclarants[dice() % 3]), QStringLiteral("Synthetic demo address"), QStringLiteral("CN"),
                   QStringLiteral("DEMO%1").arg(dice() % 100000)};
    d.consignee = {QString::fromLatin1(kConsignees[dice() % 3]), QStringLiteral("Synthetic demo address"), QStringLiteral("CN"), {}};
    d.originCountry = QString::fromLatin1(place.origin);
    d.destinationCountry = QStringLiteral("CN");
    d.portOfEntry = QString::fromLatin1(place.port);
    d.containerNumbers = {demoCase == DemoCase::ContainerMismatch ? containerNumber(dice) : scannedContainer};
    d.sealNumbers = {QStringLiteral("SL%1").arg(dice() % 10000000, 7, 10, QLatin1Char('0'))};
    d.transport = {model::TransportMode::Sea, QStringLiteral("DEMO VESSEL %1").arg(1 + dice() % 9), QStringLiteral("V%1").arg(100 + dice() % 900)};
    d.declaredEmpty = scene.declared.empty();
    const double goodsKg = imaging::loadMassKg(scene, false);
    for (std::size_t line = 0; line < scene.declared.size(); ++line) {
      model::GoodsItem item;
      item.line = static_cast<int>(line) + 1;
      item.hsCode = QString::fromStdString(scene.declared[line].hsCode);
      item.description = QString::fromStdString(scene.declared[line].description);
      item.grossKg = std::round(goodsKg * (demoCase == DemoCase::UnderDeclaredWeight ? 0.45 : 1.0) / 10) * 10;
      item.netKg = std::round(item.grossKg * 0.92);
      item.quantity = static_cast<double>(std::count_if(scene.objects.begin(), scene.objects.end(), [](const auto& o) { return !o.concealed; }));
      item.unit = QStringLiteral("PK");
      item.value = std::round(item.grossKg * (0.8 + (dice() % 400) / 100.0));
      item.currency = QStringLiteral("USD");
      d.goods.push_back(item);
    }

    model::Job job;
    job.id = id;
    job.priority = 1 + static_cast<int>(dice() % 5);
    job.status = model::JobStatus::Assigned;
    job.createdAt = now.addSecs(-60 * static_cast<int>(5 + dice() % 30));
    job.deadline = now.addSecs(60 * static_cast<int>(20 + dice() % 160));
    job.scannerId = QString::fromLatin1(place.scanner);
    job.port = QString::fromLatin1(place.port);
    job.declarationId = d.id;
    job.containerNumbers = {scannedContainer};
    for (const QString& suffix : {QString(), QStringLiteral("_low")}) {
      const QString name = id + suffix + QStringLiteral(".dcs");
      const QString path = dir.filePath(name);
      model::ScanRef scan;
      scan.id = id + (suffix.isEmpty() ? QStringLiteral("-high") : QStringLiteral("-low"));
      scan.fileName = name;
      scan.sha256 = sha256Of(path);
      scan.sizeBytes = QFileInfo(path).size();
      scan.modality = model::ScanModality::DualEnergyRadiograph;
      scan.scannerId = job.scannerId;
      scan.acquiredAt = job.createdAt;
      job.scans.push_back(scan);
    }
    writeJson(dir.filePath(id + QStringLiteral(".declaration.json")), model::toJson(d));
    QJsonObject jobJson = model::toJson(job);
    jobJson.insert(QStringLiteral("demoCase"), QString::fromLatin1(toString(demoCase)));  // extra field: ignored by the codec
    writeJson(dir.filePath(id + QStringLiteral(".job.json")), jobJson);
    ids << id;
  }
  return ids;
}

QList<model::ScannerProfile> demoScannerProfiles(double pixelMm) {
  QList<model::ScannerProfile> profiles;
  for (const Place& place : kPlaces) {
    model::ScannerProfile p;
    p.scannerId = QString::fromLatin1(place.scanner);
    p.pixelMmX = p.pixelMmY = pixelMm;
    p.highEnergyKeV = 6000;
    p.lowEnergyKeV = 4000;
    p.calibration = QStringLiteral("cargo-6-4MeV");
    profiles << p;
  }
  return profiles;
}

QStringList writeDemoCases(const QString& folder, double pixelMm) {
  if (!QDir().mkpath(folder)) throw std::runtime_error(folder.toStdString() + ": cannot be created");
  const QDir dir(folder);
  QStringList ids;
  unsigned seed = 1;
  for (const imaging::DeclaredGoods& goods : imaging::goodsCatalogue()) {
    imaging::Scene scene = imaging::generateReferenceScene(goods.hsCode, seed++, pixelMm);
    const QString id = QStringLiteral("REF-%1").arg(QString::fromStdString(goods.hsCode));
    scene.name = id.toStdString();
    imaging::writeSyntheticScan(scene, folder.toStdString());
    model::Case c;
    c.id = id;
    c.kind = model::CaseKind::StandardImage;
    c.title = QStringLiteral("Typical image: %1").arg(QString::fromStdString(goods.description));
    c.description = QStringLiteral("Synthetic reference: pallets of %1 as declared (HS %2), 20 ft container, 6/4 MeV.")
                        .arg(QString::fromStdString(goods.description), QString::fromStdString(goods.hsCode));
    c.hsCodes = {QString::fromStdString(goods.hsCode)};
    c.tags = {QStringLiteral("synthetic"), QStringLiteral("reference")};
    for (const QString& suffix : {QString(), QStringLiteral("_low")}) {
      const QString name = id + suffix + QStringLiteral(".dcs");
      model::ScanRef scan;
      scan.id = id + (suffix.isEmpty() ? QStringLiteral("-high") : QStringLiteral("-low"));
      scan.fileName = name;
      scan.sha256 = sha256Of(dir.filePath(name));
      scan.sizeBytes = QFileInfo(dir.filePath(name)).size();
      scan.modality = model::ScanModality::DualEnergyRadiograph;
      scan.scannerId = QStringLiteral("SYNTHETIC");
      scan.acquiredAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
      c.scans.push_back(scan);
    }
    writeJson(dir.filePath(id + QStringLiteral(".case.json")), model::toJson(c));
    ids << id;
  }
  return ids;
}

QStringList writeBulkJobs(const QString& folder, int count, qint64 bytes, const QString& prefix) {
  QDir().mkpath(folder);
  const QString file = prefix + QStringLiteral("-scan.bin");
  const QString path = QDir(folder).filePath(file);
  {
    QByteArray data(bytes, Qt::Uninitialized);
    std::mt19937 dice(7);
    for (qint64 i = 0; i + 4 <= bytes; i += 4) {
      const quint32 word = dice();
      std::memcpy(data.data() + i, &word, 4);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != bytes || !out.commit()) throw std::runtime_error(path.toStdString() + ": cannot be written");
  }
  const QString sha = sha256Of(path);
  const QDateTime now = QDateTime::currentDateTimeUtc();
  QStringList ids;
  for (int i = 0; i < count; ++i) {
    const QString id = QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
    model::Declaration d;
    d.id = QStringLiteral("D-") + id;
    d.number = d.id;
    d.lodgedAt = now;
    d.declarant = {QStringLiteral("Bulk test load (synthetic)"), {}, QStringLiteral("CN"), {}};
    d.consignee = d.declarant;
    d.originCountry = d.destinationCountry = QStringLiteral("CN");
    d.transport = {model::TransportMode::Sea, QStringLiteral("BULK"), {}};
    d.declaredEmpty = true;
    model::Job j;
    j.id = id;
    j.createdAt = now;
    j.deadline = now.addSecs(3600 + i);
    j.scannerId = QStringLiteral("BULK-1");
    j.port = QStringLiteral("CNSHA");
    j.declarationId = d.id;
    model::ScanRef s;
    s.id = id + QStringLiteral("-scan");
    s.fileName = file;
    s.sha256 = sha;
    s.sizeBytes = bytes;
    s.scannerId = j.scannerId;
    s.acquiredAt = now;
    j.scans = {s};
    writeJson(QDir(folder).filePath(id + QStringLiteral(".job.json")), model::toJson(j));
    writeJson(QDir(folder).filePath(id + QStringLiteral(".declaration.json")), model::toJson(d));
    ids << id;
  }
  return ids;
}

}  // namespace cip::demo
