#include "sync/demo/DemoScanners.h"

#include <QStringList>

#include <iterator>

namespace cip::demo {

namespace {

struct Site {
  const char* port;
  const char* vendor;
  model::ScannerKind kind;
};
constexpr Site kSites[] = {{"CNSHA", "Synthetic Linac", model::ScannerKind::Cargo},   {"CNNGB", "Synthetic Linac", model::ScannerKind::Cargo},
                           {"CNSZX", "Synthetic Betatron", model::ScannerKind::Vehicle}, {"CNTAO", "Synthetic Linac", model::ScannerKind::Cargo},
                           {"CNPVG", "Synthetic CT", model::ScannerKind::CT},           {"CNCAN", "Synthetic X-ray", model::ScannerKind::Baggage}};

}  // namespace

QList<model::Scanner> demoScanners(int count) {
  QList<model::Scanner> scanners;
  for (int i = 0; i < count; ++i) {
    const Site& site = kSites[static_cast<std::size_t>(i) % std::size(kSites)];
    model::Scanner s;
    s.id = QStringLiteral("SCN-%1-%2").arg(QString::fromLatin1(site.port)).arg(i / int(std::size(kSites)) + 1, 2, 10, QLatin1Char('0'));
    s.name = QStringLiteral("%1 scanner %2").arg(QString::fromLatin1(site.port)).arg(i + 1);
    s.vendor = QString::fromLatin1(site.vendor);
    s.model = QStringLiteral("SIM-%1").arg(100 + i);
    s.site = QString::fromLatin1(site.port);
    s.kind = site.kind;
    s.dualEnergy = site.kind == model::ScannerKind::Cargo;
    scanners << s;
  }
  return scanners;
}

model::Scanner describeScanner(const QString& id) {
  // The demo fleet is small (a few dozen at most): finding an id by listing it is cheap.
  for (const model::Scanner& s : demoScanners(100))
    if (s.id == id) return s;
  const QStringList parts = id.split(QLatin1Char('-'));
  model::Scanner s;
  s.id = id;
  s.name = id;
  s.vendor = QStringLiteral("CIP scanner simulator");
  s.model = QStringLiteral("SIM");
  s.site = parts.size() >= 3 && parts[0] == QLatin1String("SCN") && !parts[1].isEmpty() ? parts[1].left(64) : QStringLiteral("UNKNOWN");
  s.kind = model::ScannerKind::Cargo;
  return s;
}

}  // namespace cip::demo
