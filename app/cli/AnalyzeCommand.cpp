// `cip-tool analyze`: the automatic findings of a scan as JSON, optionally drawn on the image.
#include "app/cli/ImagingCommands.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/codecs/ImageCodecs.h"
#include "imaging/core/ScanError.h"
#include "imaging/core/analysis/AutomaticFindings.h"
#include "imaging/core/analysis/FindingsOverlay.h"
#include "imaging/core/physics/SystemSelection.h"
#include "imaging/core/processing/Display.h"

#include <QCommandLineParser>
#include <QFile>


namespace cip::app {

using namespace cip::imaging;

int ImagingCommands::analyze(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("JSON file to write (default: standard output)."), QStringLiteral("json"));
  const QCommandLineOption low(QStringLiteral("low"), tr("Low-energy image of a dual-energy pair."), QStringLiteral("file"));
  const QCommandLineOption declaredEmpty(QStringLiteral("declared-empty"), tr("The container is declared empty: verify it."));
  const QCommandLineOption hs(QStringLiteral("hs"), tr("HS codes of the declared goods, comma-separated: flag material they do not explain."), QStringLiteral("codes"));
  const QCommandLineOption system(QStringLiteral("system"), tr("Dual-energy system, e.g. cargo-6-4MeV or baggage-160-80kV (default: the scan's own, from its metadata)."), QStringLiteral("name"));
  const QCommandLineOption calibration(QStringLiteral("calibration"), tr("Measured material calibration (JSON) instead of the physics model."), QStringLiteral("file"));
  const QCommandLineOption overlay(QStringLiteral("overlay"), tr("Also write the findings drawn on the image (PNG)."), QStringLiteral("png"));
  const QCommandLineOption profiles(QStringLiteral("profiles"), tr("Scanner profile file (default: the workstation's, when there is one)."),
                                    QStringLiteral("file"));
  const QCommandLineOption scanner(QStringLiteral("scanner"), tr("The scanner whose profile measures the scan (default: the file's model decides)."),
                                   QStringLiteral("id"));
  parser.addOptions({output, low, declaredEmpty, hs, system, calibration, overlay, profiles, scanner});
  parser.addPositionalArgument(QStringLiteral("file"), tr("Scan file."));
  if (!parser.parse(QStringList{QStringLiteral("analyze")} + args) || parser.positionalArguments().size() != 1 ||
      (parser.isSet(declaredEmpty) && parser.isSet(hs))) {
    err_ << tr("usage: cip-tool analyze FILE [--low FILE] [--declared-empty | --hs CODE,…] [--system NAME | --calibration FILE] "
               "[--profiles FILE] [--scanner ID] [-o FINDINGS.json] [--overlay OUT.png]")
         << '\n' << parser.errorText() << '\n';
    return 2;
  }
  const QString file = parser.positionalArguments().first();
  try {
    Scan scan = parser.isSet(low) ? openDualEnergyPair(file.toStdString(), parser.value(low).toStdString()) : openScan(file.toStdString());
    applyProfileOptions(scan, parser.value(profiles), parser.value(scanner));
    // --calibration and --system override; without them the scan's own system decides.
    const SystemSelection selection = selectSystem(scan);
    const DualEnergySystem physics = parser.isSet(system) ? dualEnergySystem(parser.value(system).toStdString()) : selection.system;
    const MaterialCalibration table = parser.isSet(calibration) ? MaterialCalibration::fromJson(parser.value(calibration).toStdString())
                                                                : MaterialCalibration::fromPhysics(physics);
    const std::string materialsUsed = parser.isSet(calibration) ? "calibration " + parser.value(calibration).toStdString()
                                      : parser.isSet(system)    ? physics.name + " (--system)"
                                                                : selection.summary();
    DeclaredContent declared;
    declared.known = parser.isSet(declaredEmpty) || parser.isSet(hs);
    for (const QString& code : parser.value(hs).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
      if (code.size() < 2 || code.size() > 10 || !std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }))
        throw ScanError("--hs", "'" + code.toStdString() + "' is not an HS code (2–10 digits)");
      declared.hsCodes.push_back(code.toStdString());
    }
    if (parser.isSet(hs) && declared.hsCodes.empty()) throw ScanError("--hs", "names no HS code");
    const MaterialClassifier classifier(table);  // its class table takes a while: build it once
    ScanFindings findings = analyzeScan(scan, table, classifier, declared);
    findings.systemReason = materialsUsed;
    const std::string json = findingsJson(findings, file.toStdString());

    if (parser.isSet(overlay)) {
      cv::Mat picture;
      if (scan.isDualEnergy()) {
        picture = renderMaterials(scan, classifier.classify(scan, physics.smoothing));
      } else {
        DisplaySettings settings;
        applyPreset(Preset::Auto, scan.slice(0, 0), scan.meta, settings);
        picture = renderChannel(scan.slice(0, 0), scan.meta, settings);
      }
      if (!writeImageFile(parser.value(overlay).toStdString(), drawFindings(picture, findings)))
        throw ScanError(parser.value(overlay).toStdString(), "cannot be written");
    }
    if (parser.isSet(output)) {
      QFile target(parser.value(output));
      if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate) || target.write(json.data(), static_cast<qint64>(json.size())) < 0)
        throw ScanError(parser.value(output).toStdString(), "cannot be written");
      out_ << tr("%1: %n finding(s), empty check: %2", nullptr, static_cast<int>(findings.findings.size()))
                  .arg(parser.value(output), QString::fromLatin1(toString(findings.emptyCheck)))
           << '\n' << tr("materials: %1").arg(QString::fromStdString(materialsUsed)) << '\n';
      if (!findings.cargoScan()) out_ << tr("not analysed: %1").arg(QString::fromStdString(findings.notes.front())) << '\n';
    } else {
      out_ << QString::fromStdString(json) << '\n';
    }
    return 0;
  } catch (const std::exception& error) {  // scan, calibration and system errors name their source
    err_ << tr("cip-tool: analyze: %1").arg(QString::fromStdString(error.what())) << '\n';
    return 1;
  }
}

}  // namespace cip::app
