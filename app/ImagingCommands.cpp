#include "app/ImagingCommands.h"

#include "imaging/core/ReaderRegistry.h"

#include <opencv2/core.hpp>

namespace cip::app {

using namespace cip::imaging;

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

Scan openFromArgs(const QStringList& args) {
  const int low = static_cast<int>(args.indexOf(QStringLiteral("--low")));
  if (low >= 0 && low + 1 < args.size())
    return openDualEnergyPair(args.first().toStdString(), args.at(low + 1).toStdString());
  return openScan(args.first().toStdString());
}

}  // namespace

int ImagingCommands::info(const QStringList& args) {
  if (args.isEmpty()) {
    err_ << tr("usage: cip-tool info FILE [--low LOW-ENERGY-FILE]") << '\n';
    return 2;
  }
  Scan scan;
  try {
    scan = openFromArgs(args);
  } catch (const ScanError& error) {
    err_ << tr("cip-tool: info: %1").arg(q(error.what())) << '\n';
    return 1;
  }
  auto row = [this](const QString& key, const QString& value) {
    if (!value.isEmpty()) out_ << key.leftJustified(16) << value << '\n';
  };
  const ScanMetadata& m = scan.meta;
  row(tr("File"), args.first());
  row(tr("Format"), q(m.format));
  row(tr("Modality"), q(m.modality));
  row(tr("SOP class"), q(m.sopClassUid));
  row(tr("Transfer syntax"), q(m.transferSyntax));
  if (!scan.channels.empty()) {
    row(tr("Size"), scan.isVolume() ? QStringLiteral("%1 × %2 × %3").arg(scan.width).arg(scan.height).arg(scan.depth)
                                    : QStringLiteral("%1 × %2").arg(scan.width).arg(scan.height));
    QStringList roles;
    for (const Channel& c : scan.channels) roles << QString::fromLatin1(toString(c.role));
    row(tr("Channels"), QStringLiteral("%1 (%2)").arg(scan.channels.size()).arg(roles.join(QStringLiteral(", "))));
    row(tr("Samples"), tr("%1, %2 bits stored").arg(q(scan.sampleType())).arg(m.bitsStored));
    row(tr("Meaning"), QString::fromLatin1(toString(m.meaning)) + (m.invertForDisplay ? tr(" (MONOCHROME1: inverted for display)") : QString()));
    for (const Channel& c : scan.channels) {
      double lo = 0, hi = 0;
      cv::minMaxLoc(c.pixels, &lo, &hi);
      row(tr("Range %1").arg(QString::fromLatin1(toString(c.role))), QStringLiteral("%1 … %2 %3").arg(lo).arg(hi).arg(q(m.units)));
    }
    if (m.spacingX > 0)
      row(tr("Spacing"), QStringLiteral("%1 × %2%3 mm").arg(m.spacingX).arg(m.spacingY)
                             .arg(m.spacingZ > 0 ? QStringLiteral(" × %1").arg(m.spacingZ) : QString()));
    row(tr("Memory"), tr("%1 MiB").arg(static_cast<double>(scan.pixelBytes()) / (1 << 20), 0, 'f', 1));
  }
  row(tr("Vendor"), q(m.vendor + (m.model.empty() ? "" : " " + m.model)));
  row(tr("Description"), q(m.description));
  for (const ThreatReport& report : scan.reports) {
    row(tr("Threat report"), tr("%1, %2, %3 object(s) — %4").arg(QString::fromLatin1(toString(report.type)), q(report.alarmDecision))
                                 .arg(report.threats.size()).arg(q(report.sourcePath)));
    for (const ThreatRegion& t : report.threats)
      row(QString(), tr("  #%1 %2 %3 %4").arg(t.id).arg(q(t.category), q(t.description), q(t.assessment)));
  }
  return 0;
}

}  // namespace cip::app
