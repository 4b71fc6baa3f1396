#include "app/cli/ImagingCommands.h"

#include "app/cli/ScannerProfileBook.h"
#include "imaging/core/ScannerProfile.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/codecs/ImageCodecs.h"
#include "imaging/core/plugins/ScanPlugins.h"
#include "imaging/core/analysis/MaterialImage.h"
#include "imaging/core/physics/SystemSelection.h"
#include "imaging/core/synth/SceneGenerator.h"
#include "imaging/core/synth/SceneRenderer.h"
#include "imaging/core/writers/DicosWriter.h"
#include "imaging/core/analysis/DetectorFaults.h"
#include "imaging/core/processing/Display.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <opencv2/core.hpp>

#include <filesystem>
#include <fstream>

namespace cip::app {

using namespace cip::imaging;

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

Scan openFromArgs(const QString& file, const QString& low) {
  if (!low.isEmpty()) return openDualEnergyPair(file.toStdString(), low.toStdString());
  return openScan(file.toStdString());
}

QString optionValue(const QStringList& args, const QString& name) {
  const qsizetype at = args.indexOf(name);
  return at >= 0 ? args.value(at + 1) : QString();
}

}  // namespace

QStringList applyProfileOptions(Scan& scan, const QString& profilesFile, const QString& scannerId) {
  ScannerProfileBook book;
  const QString file = profilesFile.isEmpty() ? ScannerProfileBook::defaultLocalFile() : profilesFile;
  if (!profilesFile.isEmpty() || QFileInfo::exists(file)) {
    QString error;
    if (!book.loadLocalFile(file, &error)) throw ScanError(error.toStdString(), "is no scanner profile file this program reads");
  }
  QStringList notes;
  if (const auto profile = book.find(scannerId, QString::fromStdString(scan.meta.model)))
    for (const std::string& line : applyScannerProfile(scan, *profile)) notes << QString::fromStdString(line);
  else if (!scannerId.isEmpty())
    throw ScanError(file.toStdString(), "holds no profile of scanner " + scannerId.toStdString());
  return notes;
}

int ImagingCommands::plugins() {
  const ScanPlugins& plugins = ScanPlugins::standard();
  out_ << tr("Scan-format plugins (run by %1, one file at a time)").arg(q(plugins.host())) << '\n';
  QStringList folders;
  for (const std::string& folder : plugins.folders()) folders << q(folder);
  out_ << tr("Folders searched: %1").arg(folders.join(QLatin1Char(':'))) << '\n';
  int usable = 0;
  for (const PluginInfo& plugin : plugins.plugins()) {
    if (plugin.usable()) {
      ++usable;
      out_ << "  " << q(plugin.name) << ' ' << q(plugin.version) << "  (" << q(plugin.vendor) << ")  "
           << tr("ABI %1, files %2").arg(plugin.abi).arg(q(plugin.extensions)) << "\n    " << q(plugin.file) << '\n';
    } else {
      out_ << "  " << tr("not used: %1: %2").arg(q(plugin.file), q(plugin.problem)) << '\n';
    }
  }
  if (plugins.plugins().empty()) out_ << "  " << tr("none installed") << '\n';
  return usable == static_cast<int>(plugins.plugins().size()) ? 0 : 1;
}

int ImagingCommands::info(const QStringList& args) {
  if (args.value(0) == QLatin1String("--plugins")) return plugins();
  if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
    err_ << tr("usage: cip-tool info FILE [--low LOW-ENERGY-FILE] [--profiles PROFILES.json] [--scanner ID] | info --plugins") << '\n';
    return 2;
  }
  Scan scan;
  QStringList profileNotes;
  try {
    scan = openFromArgs(args.first(), optionValue(args, QStringLiteral("--low")));
    profileNotes = applyProfileOptions(scan, optionValue(args, QStringLiteral("--profiles")), optionValue(args, QStringLiteral("--scanner")));
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
                             .arg(m.spacingZ > 0 ? QStringLiteral(" × %1").arg(m.spacingZ) : QString()) +
                             (m.spacingSource.empty() ? QString() : tr(" (from %1)").arg(q(m.spacingSource))));
    else
      row(tr("Spacing"), tr("unknown: the file states no pixel size, so lengths and areas are given in pixels"));
    for (std::size_t i = 0; i < m.windows.size(); ++i) {
      const FileWindow& w = m.windows[i];
      const QString explanation = w.explanation.empty() ? QString() : QStringLiteral(" (%1)").arg(q(w.explanation));
      if (w.lut)
        row(i == 0 ? tr("File windows") : QString(),
            tr("%1: VOI LUT of %2 entries from %3, %4 bits%5").arg(i + 1).arg(w.lut->entries.size()).arg(w.lut->firstMapped).arg(w.lut->bits).arg(explanation));
      else
        row(i == 0 ? tr("File windows") : QString(),
            tr("%1: centre %2, width %3 %4%5").arg(i + 1).arg(w.center).arg(w.width).arg(QString::fromLatin1(toString(w.function))).arg(explanation));
    }
    row(tr("Default display"), q(displayPresets().at(static_cast<std::size_t>(defaultPreset(scan))).name));
    const DetectorFaults faults = findDetectorFaults(scan, scan.depth / 2);
    if (!faults.empty() || faults.isolatedPixels > 0)
      row(tr("Detector faults"), tr("%n pixel(s) faulty", nullptr, static_cast<int>(faults.faultyPixels)));
    for (const DetectorFault& f : faults.faults) row(QString(), QStringLiteral("  ") + q(f.describe()));
    if (faults.isolatedPixels > 0) row(QString(), tr("  %n isolated zero reading(s) where the other energy sees the beam", nullptr, static_cast<int>(faults.isolatedPixels)));
    row(tr("Memory"), tr("%1 MiB").arg(static_cast<double>(scan.pixelBytes()) / (1 << 20), 0, 'f', 1));
    row(tr("Materials"), q(selectSystem(scan).summary()));
    for (qsizetype i = 0; i < profileNotes.size(); ++i) row(i == 0 ? tr("Scanner profile") : QString(), profileNotes[i]);
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

int ImagingCommands::render(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("PNG file to write."), QStringLiteral("png"));
  const QCommandLineOption low(QStringLiteral("low"), tr("Low-energy image of a dual-energy pair."), QStringLiteral("file"));
  const QCommandLineOption channel(QStringLiteral("channel"), tr("Channel: high, low, or its number (default: the first)."), QStringLiteral("c"));
  const QCommandLineOption slice(QStringLiteral("slice"), tr("Slice or frame of a volume (default: the middle one)."), QStringLiteral("z"));
  const QCommandLineOption preset(QStringLiteral("preset"), tr("Preset: auto, full, attenuation, organic, dense, ct-organic, ct-metal, file (the file's first window) or file:N (its N-th); without one, the scan's default."), QStringLiteral("name"));
  const QCommandLineOption window(QStringLiteral("window"), tr("Window centre,width in pixel (or attenuation) units."), QStringLiteral("c,w"));
  const QCommandLineOption logOption(QStringLiteral("log"), tr("Show transmission as attenuation (−ln I/I₀)."));
  const QCommandLineOption clahe(QStringLiteral("clahe"), tr("Contrast-limited adaptive histogram equalisation."));
  const QCommandLineOption equalize(QStringLiteral("equalize"), tr("Global histogram equalisation."));
  const QCommandLineOption edge(QStringLiteral("edge"), tr("Unsharp-mask edge enhancement, amount 0–3."), QStringLiteral("amount"));
  const QCommandLineOption gamma(QStringLiteral("gamma"), tr("Gamma (1 = linear)."), QStringLiteral("g"));
  const QCommandLineOption invert(QStringLiteral("invert"), tr("Swap dark and bright."));
  const QCommandLineOption colors(QStringLiteral("colors"), tr("Colour table: grey, hot, bone, viridis, cividis, inferno."), QStringLiteral("name"));
  const QCommandLineOption material(QStringLiteral("material"), tr("Dual-energy material colours (organic orange, inorganic green, metal blue, impenetrable black)."));
  const QCommandLineOption system(QStringLiteral("system"), tr("Dual-energy system for --material, e.g. cargo-6-4MeV or baggage-160-80kV (default: the scan's own, from its metadata)."), QStringLiteral("name"));
  const QCommandLineOption calibration(QStringLiteral("calibration"), tr("Measured material calibration (JSON) instead of the physics model."), QStringLiteral("file"));
  parser.addOptions({output, low, channel, slice, preset, window, logOption, clahe, equalize, edge, gamma, invert, colors, material, system, calibration});
  parser.addPositionalArgument(QStringLiteral("file"), tr("Scan file or DICOM series folder."));
  if (!parser.parse(QStringList{QStringLiteral("render")} + args) || parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
    err_ << tr("usage: cip-tool render FILE -o OUT.png [--low FILE] [--channel high|low|N] [--slice Z] [--preset NAME] "
               "[--window C,W] [--log] [--clahe|--equalize] [--edge A] [--gamma G] [--invert] [--colors NAME] "
               "[--material [--system NAME] [--calibration FILE]]")
         << '\n' << parser.errorText() << '\n';
    return 2;
  }
  const QString file = parser.positionalArguments().first();
  try {
    const Scan scan = openFromArgs(file, parser.value(low));
    if (scan.channels.empty()) throw ScanError(file.toStdString(), "holds no image to render");
    std::size_t index = 0;
    const QString wanted = parser.value(channel);
    if (wanted == QLatin1String("high") || wanted == QLatin1String("low")) {
      const ChannelRole role = wanted == QLatin1String("high") ? ChannelRole::High : ChannelRole::Low;
      const Channel* c = scan.channel(role);
      if (!c) throw ScanError(file.toStdString(), "has no " + wanted.toStdString() + "-energy channel");
      index = static_cast<std::size_t>(c - scan.channels.data());
    } else if (!wanted.isEmpty()) {
      index = wanted.toULong();
      if (index >= scan.channels.size()) throw ScanError(file.toStdString(), "has no channel " + wanted.toStdString());
    }
    const int z = parser.isSet(slice) ? parser.value(slice).toInt() : scan.depth / 2;
    if (z < 0 || z >= scan.depth) throw ScanError(file.toStdString(), "has no slice " + std::to_string(z));
    const cv::Mat pixels = scan.slice(index, z);

    DisplaySettings settings;
    if (parser.isSet(preset)) {
      // "file:N" picks the file's N-th window (1-based), "file" its first.
      const QStringList nameAndIndex = parser.value(preset).split(QLatin1Char(':'));
      const auto presets = displayPresets();
      auto it = std::find_if(presets.begin(), presets.end(), [&](const DisplayPreset& p) { return q(p.name) == nameAndIndex.first(); });
      if (it == presets.end() || nameAndIndex.size() > 2) throw ScanError(file.toStdString(), "unknown preset " + parser.value(preset).toStdString());
      bool okIndex = true;
      const int number = nameAndIndex.size() == 2 ? nameAndIndex[1].toInt(&okIndex) : 1;
      if (it->preset == Preset::File && (!okIndex || number < 1 || static_cast<std::size_t>(number) > scan.meta.windows.size()))
        throw ScanError(file.toStdString(), "stores " + std::to_string(scan.meta.windows.size()) + " window(s); there is no window " +
                                                nameAndIndex.value(1, QStringLiteral("1")).toStdString());
      applyPreset(it->preset, pixels, scan.meta, settings, static_cast<std::size_t>(number - 1));
    } else if (!parser.isSet(window) && !parser.isSet(logOption)) {
      applyPreset(defaultPreset(scan), pixels, scan.meta, settings);  // as the viewer first shows it
    }
    if (parser.isSet(logOption) && !settings.logTransmission) {
      settings.logTransmission = true;
      settings.windowWidth = 0;
      settings.function = VoiFunction::LinearExact;
      settings.voiLut.reset();
    }
    if (parser.isSet(window)) {
      const QStringList cw = parser.value(window).split(QLatin1Char(','));
      bool okC = false, okW = false;
      settings.windowCenter = cw.value(0).toDouble(&okC);
      settings.windowWidth = cw.value(1).toDouble(&okW);
      if (cw.size() != 2 || !okC || !okW || settings.windowWidth <= 0) throw ScanError(file.toStdString(), "--window needs centre,width with width > 0");
      settings.function = VoiFunction::LinearExact;
      settings.voiLut.reset();
    }
    if (parser.isSet(clahe)) settings.equalization = Equalization::Clahe;
    if (parser.isSet(equalize)) settings.equalization = Equalization::Global;
    if (parser.isSet(edge)) settings.unsharpAmount = std::clamp(parser.value(edge).toDouble(), 0.0, 3.0);
    if (parser.isSet(gamma)) settings.gamma = std::clamp(parser.value(gamma).toDouble(), 0.1, 10.0);
    settings.invert = parser.isSet(invert);
    if (parser.isSet(colors) && !colorTableFromString(parser.value(colors).toStdString(), &settings.colors))
      throw ScanError(file.toStdString(), "unknown colour table " + parser.value(colors).toStdString());

    cv::Mat picture;
    std::string materialsUsed;
    if (parser.isSet(material)) {
      // --calibration and --system override; without them the scan's own system decides.
      const SystemSelection selection = selectSystem(scan);
      if (!scan.isDualEnergy()) throw ScanError(file.toStdString(), "has no high/low pair for material colours: " + selection.summary());
      const DualEnergySystem physics = parser.isSet(system) ? dualEnergySystem(parser.value(system).toStdString()) : selection.system;
      const MaterialCalibration table = parser.isSet(calibration) ? MaterialCalibration::fromJson(parser.value(calibration).toStdString())
                                                                  : MaterialCalibration::fromPhysics(physics);
      materialsUsed = parser.isSet(calibration) ? "calibration " + parser.value(calibration).toStdString()
                      : parser.isSet(system)    ? physics.name + " (--system)"
                                                : selection.summary();
      picture = renderMaterials(scan, classifyMaterials(scan, table, physics.smoothing, z), z);
    } else if (isColourScan(scan) && wanted.isEmpty()) {
      picture = renderColour(scan, z, settings);  // in its colours; --channel N shows one channel in grey
    } else {
      picture = renderChannel(pixels, scan.meta, settings);
    }
    if (!writeImageFile(parser.value(output).toStdString(), picture))
      throw ScanError(parser.value(output).toStdString(), "cannot be written");
    out_ << tr("%1: %2 × %3 written").arg(parser.value(output)).arg(picture.cols).arg(picture.rows) << '\n';
    if (!materialsUsed.empty()) out_ << tr("materials: %1").arg(q(materialsUsed)) << '\n';
    return 0;
  } catch (const ScanError& error) {
    err_ << tr("cip-tool: render: %1").arg(q(error.what())) << '\n';
    return 1;
  } catch (const std::exception& error) {  // calibration files, unknown systems, OpenCV
    err_ << tr("cip-tool: render: %1").arg(q(error.what())) << '\n';
    return 1;
  }
}

int ImagingCommands::convert(const QStringList& args) {
  const int outputAt = static_cast<int>(args.indexOf(QStringLiteral("-o")));
  const int lowAt = static_cast<int>(args.indexOf(QStringLiteral("--low")));
  if (args.isEmpty() || args.first().startsWith(QLatin1Char('-')) || outputAt < 1 || outputAt + 1 >= args.size() ||
      (lowAt >= 0 && lowAt + 1 >= args.size())) {
    err_ << tr("usage: cip-tool convert FILE [--low LOW-ENERGY-FILE] -o OUT.dcs") << '\n';
    return 2;
  }
  try {
    const Scan scan = openFromArgs(args.first(), lowAt >= 0 ? args.at(lowAt + 1) : QString());
    for (const std::string& written : writeDicos(scan, args.at(outputAt + 1).toStdString()))
      out_ << tr("%1 written").arg(q(written)) << '\n';
    return 0;
  } catch (const ScanError& error) {
    err_ << tr("cip-tool: convert: %1").arg(q(error.what())) << '\n';
    return 1;
  }
}

int ImagingCommands::synth(const QStringList& args) {
  QCommandLineParser parser;
  const QCommandLineOption output(QStringLiteral("o"), tr("Folder to write to."), QStringLiteral("folder"));
  const QCommandLineOption random(QStringLiteral("random"), tr("Generate N labelled random container scenes instead of reading one."), QStringLiteral("n"));
  const QCommandLineOption seed(QStringLiteral("seed"), tr("First seed of the random scenes (default 1)."), QStringLiteral("s"));
  const QCommandLineOption pixel(QStringLiteral("pixel"), tr("Pixel size of the random scenes in mm (default 5)."), QStringLiteral("mm"));
  parser.addOptions({output, random, seed, pixel});
  const bool parsed = parser.parse(QStringList{QStringLiteral("synth")} + args);
  const int scenes = parser.value(random).toInt();
  const double pixelMm = parser.isSet(pixel) ? parser.value(pixel).toDouble() : 5.0;
  if (!parsed || !parser.isSet(output) || (parser.isSet(random) ? !parser.positionalArguments().isEmpty() || scenes < 1 || scenes > 10000
                                                                : parser.positionalArguments().size() != 1) ||
      !(pixelMm >= 2 && pixelMm <= 50)) {
    err_ << tr("usage: cip-tool synth SCENE.json -o FOLDER\n"
               "       cip-tool synth --random N [--seed S] [--pixel MM] -o FOLDER   (N 1–10000, MM 2–50)")
         << '\n';
    return 2;
  }
  try {
    const std::string folder = parser.value(output).toStdString();
    std::vector<Scene> todo;
    if (parser.isSet(random)) {
      todo = generateScenes(scenes, parser.isSet(seed) ? parser.value(seed).toUInt() : 1u, pixelMm);
      std::filesystem::create_directories(folder);
    } else {
      todo.push_back(readScene(parser.positionalArguments().first().toStdString()));
    }
    for (const Scene& scene : todo) {
      if (parser.isSet(random)) {  // the scene itself, so that it can be edited and rendered again
        const std::string path = (std::filesystem::path(folder) / (scene.name + ".scene.json")).string();
        std::ofstream(path) << sceneJson(scene);
        out_ << tr("%1 written").arg(q(path)) << '\n';
      }
      for (const std::string& written : writeSyntheticScan(scene, folder)) out_ << tr("%1 written").arg(q(written)) << '\n';
    }
    return 0;
  } catch (const std::exception& error) {  // scene errors name the file and field
    err_ << tr("cip-tool: synth: %1").arg(q(error.what())) << '\n';
    return 1;
  }
}

}  // namespace cip::app
