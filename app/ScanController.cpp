#include "app/ScanController.h"

#include "app/AppLog.h"
#include "app/BackgroundWork.h"
#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/ScannerProfile.h"
#include "widgets/FindingsPanel.h"
#include "widgets/viewer/CtView.h"
#include "widgets/viewer/MaterialNames.h"
#include "widgets/viewer/RadiographView.h"

#include <QApplication>
#include <QCursor>
#include <QFileInfo>
#include <QThreadPool>

namespace cip::app {

using namespace cip::imaging;

namespace {

QColor colourOf(FindingKind kind) {
  switch (kind) {
    case FindingKind::Anomaly: return {255, 60, 60};
    case FindingKind::Dense:
    case FindingKind::Impenetrable: return {230, 70, 230};
    case FindingKind::Load: return {0, 200, 255};
  }
  return Qt::white;
}

/// One line per finding in the analyst's language (the core's messages are English, for logs).
/// The findings list's line for a detector fault, in the analyst's language.
QString faultText(const DetectorFault& f) {
  const QString channel = widgets::MaterialNames::channel(f.channel);
  const cv::Rect& r = f.region;
  switch (f.kind) {
    case FaultKind::DeadRows: return ScanController::tr("Detector fault, %1 channel: dead rows %2–%3").arg(channel).arg(r.y).arg(r.y + r.height - 1);
    case FaultKind::StuckRows: return ScanController::tr("Detector fault, %1 channel: stuck rows %2–%3").arg(channel).arg(r.y).arg(r.y + r.height - 1);
    case FaultKind::SaturatedRows: return ScanController::tr("Detector fault, %1 channel: saturated rows %2–%3").arg(channel).arg(r.y).arg(r.y + r.height - 1);
    case FaultKind::DeadColumns: return ScanController::tr("Detector fault, %1 channel: dead columns %2–%3").arg(channel).arg(r.x).arg(r.x + r.width - 1);
    case FaultKind::StuckColumns: return ScanController::tr("Detector fault, %1 channel: stuck columns %2–%3").arg(channel).arg(r.x).arg(r.x + r.width - 1);
    case FaultKind::SaturatedColumns:
      return ScanController::tr("Detector fault, %1 channel: saturated columns %2–%3").arg(channel).arg(r.x).arg(r.x + r.width - 1);
    case FaultKind::DroppedBlock:
      if (f.blocks > 1)
        return ScanController::tr("Detector fault, %1 channel: %2 dropped blocks in rows %3–%4").arg(channel).arg(f.blocks).arg(r.y).arg(r.y + r.height - 1);
      return ScanController::tr("Detector fault, %1 channel: dropped block of %2 × %3 px").arg(channel).arg(r.width).arg(r.height);
  }
  return {};
}

QString describe(const Finding& f, double pixelMm) {
  const QString size = pixelMm > 0 ? ScanController::tr("%1 × %2 cm").arg(f.box.width * pixelMm / 10, 0, 'f', 0).arg(f.box.height * pixelMm / 10, 0, 'f', 0)
                                   : ScanController::tr("%1 × %2 px").arg(f.box.width).arg(f.box.height);
  switch (f.kind) {
    case FindingKind::Load: return ScanController::tr("Load, %1").arg(size);
    case FindingKind::Dense: return ScanController::tr("Dense region (%1 % transmission), %2").arg(100 * f.strength, 0, 'f', 1).arg(size);
    case FindingKind::Impenetrable: return ScanController::tr("Impenetrable region, %1").arg(size);
    case FindingKind::Anomaly: return ScanController::tr("Anomaly: %1 material not explained by the declaration, %2").arg(widgets::MaterialNames::name(f.material), size);
  }
  return size;
}

/// The findings list's line for one object of a threat report, radiograph or CT alike.
QString threatText(const ThreatReport& report, const ThreatRegion& t) {
  return ScanController::tr("Threat report (%1) #%2: %3 %4")
      .arg(QString::fromLatin1(toString(report.type)))
      .arg(t.id)
      .arg(QString::fromStdString(t.category), QString::fromStdString(t.assessment));
}

/// The line under the findings summary: which system colours the materials, and on what evidence.
QString materialsText(const SystemSelection& s) {
  switch (s.kind) {
    case ScanKind::Ct: return ScanController::tr("Materials: not classified in CT; the colours show density (CT numbers).");
    case ScanKind::ColourImage: return ScanController::tr("Materials: the image is already in colour.");
    case ScanKind::Other: return ScanController::tr("Materials: not an X-ray transmission image.");
    case ScanKind::SingleEnergyRadiograph: return ScanController::tr("Materials: one energy only, no material colours.");
    case ScanKind::DualEnergyRadiograph: break;
  }
  // The imaging core names a system "cargo 6/4 MeV" or "baggage 160/80 kV": its kind in the analyst's language.
  QString label = QString::fromStdString(s.label());
  if (label.startsWith(QLatin1String("cargo ")))
    label.replace(0, 5, ScanController::tr("cargo"));
  else if (label.startsWith(QLatin1String("baggage ")))
    label.replace(0, 7, ScanController::tr("baggage"));
  if (s.basis == SystemBasis::Default)
    return ScanController::tr("Materials: %1 (default: the file states no energies, scanner or object type).").arg(label);
  return ScanController::tr("Materials: %1 (from %2).").arg(label, QString::fromStdString(s.evidence));
}

/// Why a scan gets no automatic findings, in the analyst's language.
QString notCargoText(CargoScope scope) {
  QString is;
  switch (scope) {
    case CargoScope::Cargo: return {};
    case CargoScope::MedicalCt: is = ScanController::tr("a medical CT image"); break;
    case CargoScope::MedicalImage: is = ScanController::tr("a medical image"); break;
    case CargoScope::Baggage: is = ScanController::tr("a baggage scan"); break;
    case CargoScope::Person: is = ScanController::tr("a scan of a person"); break;
    case CargoScope::Ct: is = ScanController::tr("a CT image"); break;
    case CargoScope::ColourImage: is = ScanController::tr("an image already rendered in colour"); break;
    case CargoScope::NotTransmission: is = ScanController::tr("not an X-ray transmission image"); break;
  }
  return ScanController::tr("Automatic cargo findings are made for container and vehicle scans; this is %1.").arg(is);
}

QString emptyCheckText(EmptyCheck check) {
  switch (check) {
    case EmptyCheck::ConfirmedEmpty: return ScanController::tr("Declared empty: confirmed empty.");
    case EmptyCheck::NotEmpty: return ScanController::tr("Declared empty: NOT empty — see the findings.");
    case EmptyCheck::NotApplicable: break;
  }
  return {};
}

}  // namespace

ScanController::ScanController(widgets::RadiographView& view, widgets::CtView& ctView, widgets::FindingsPanel& panel, QObject* parent)
    : QObject(parent), view_(view), ctView_(ctView), panel_(panel) {
  // The default system's calibration and classifier take a while to build (about 0.2 s on a quiet
  // machine, more while the queue downloads): built now on a worker, the first job's preparation
  // finds them ready instead of building them where the analyst waits.
  backgroundPool().start([models = models_] {
    lowerThisThreadsPriority();
    models->forSystem(defaultSystem());
  });
  connect(&panel_, &widgets::FindingsPanel::regionChosen, this, [this](const QRectF& rect) {
    if (!isVolume()) view_.showRegion(rect);
  });
  connect(&panel_, &widgets::FindingsPanel::entryChosen, this, [this](int row) {
    if (isVolume() && row >= 0 && row < static_cast<int>(volumeEntries_.size())) ctView_.showRegion(volumeEntries_[static_cast<std::size_t>(row)]);
  });
}

std::shared_ptr<const MaterialCalibration> ScanController::calibration() const {
  if (!materials_.calibration) materials_ = models_->forSystem(defaultSystem());
  return materials_.calibration;
}

std::shared_ptr<const MaterialClassifier> ScanController::classifier() const {
  if (!materials_.classifier) materials_ = models_->forSystem(defaultSystem());
  return materials_.classifier;
}

std::shared_ptr<const MaterialClassifier> ScanController::classifierFor(const Scan& scan) const {
  return models_->forSystem(selectSystem(scan).system).classifier;
}

PreparedScan ScanController::prepare(const QString& path, const PrepareOptions& options, std::shared_ptr<MaterialModelCache> models) {
  PreparedScan prepared;
  prepared.path = path;
  try {
    Scan read = openScan(path.toStdString());
    if (read.channels.empty() || read.width == 0) throw ScanError(path.toStdString(), "holds no image (a threat report alone?)");
    if (const auto profile = options.profiles.find(options.scannerId, QString::fromStdString(read.meta.model)))
      for (const std::string& line : applyScannerProfile(read, *profile)) prepared.profileNotes << QString::fromStdString(line);
    auto scan = std::make_shared<const Scan>(std::move(read));
    prepared.scan = scan;
    if (scan->depth == 1) {
      const DetectorFaults faults = findDetectorFaults(*scan);
      if (!faults.mask.empty()) {
        prepared.filled = std::make_shared<const Scan>(withFaultsInterpolated(*scan, faults));
        for (const DetectorFault& f : faults.faults) prepared.faultRegions.push_back(f.region);
      }
    }
    const std::shared_ptr<const Scan>& shown = prepared.filled ? prepared.filled : scan;
    prepared.selection = selectSystem(*scan);
    prepared.materials = models->forSystem(prepared.selection.system);
    const std::shared_ptr<const MaterialCalibration>& calibration = prepared.materials.calibration;
    const std::shared_ptr<const MaterialClassifier>& classifier = prepared.materials.classifier;
    if (scan->depth == 1 && !options.viewport.empty()) {
      // The first frame's whole-image work (automatic window, zoom-out pyramid), here and not in the UI.
      ViewportRenderer renderer;
      if (prepared.selection.materialColours()) renderer.setMaterialClassifier(classifier, 5);
      renderer.setScan(shown);
      renderer.applyPreset(defaultPreset(*scan));
      if (options.materialColours && renderer.canShowMaterials()) renderer.setChannelView(ChannelView::Material);
      renderer.render(ViewGeometry::fitted({scan->width, scan->height}, options.viewport));
      if (renderer.canShowMaterials()) renderer.materialClasses();  // what the cursor readout names
      prepared.renderer = std::move(renderer);
    }
    if (scan->depth == 1 && calibration && classifier && options.analyse) {
      try {
        prepared.findings = analyzeScan(*scan, *calibration, *classifier, options.declared);
      } catch (const std::exception& e) {  // a scan the analysis cannot take is still shown
        prepared.findings.notes.push_back(e.what());
      }
      prepared.analysed = true;
    }
  } catch (const std::exception& e) {  // ScanError names the file; anything else is wrapped with it
    const QString what = QString::fromStdString(e.what());
    prepared.scan.reset();
    prepared.error = what.startsWith(path) ? what : tr("%1: %2").arg(path, what);
  }
  return prepared;
}

bool ScanController::open(const QString& path, QString* error) {
  QApplication::setOverrideCursor(Qt::WaitCursor);
  PrepareOptions options;
  options.materialColours = materialColours_;
  options.profiles = profiles_;
  const bool shown = show(prepare(path, options, models_), error);
  QApplication::restoreOverrideCursor();
  return shown;
}

void ScanController::adopt(const PreparedScan& prepared) {
  selection_ = prepared.selection;
  materials_ = prepared.materials;
  qCInfo(lcApp) << "materials of" << prepared.path << ":" << QString::fromStdString(selection_.summary());
}

bool ScanController::show(const PreparedScan& prepared, QString* error) {
  if (!prepared.scan) {
    if (error) *error = prepared.error;
    qCWarning(lcApp) << "cannot open" << prepared.path << prepared.error;
    return false;
  }
  const std::shared_ptr<const Scan>& scan = prepared.scan;
  try {
    if (scan->depth > 1) {
      ctView_.setVolume(scan);  // throws for sample types the volume renderer cannot take
      scan_ = scan;
      path_ = prepared.path;
      adopt(prepared);
      findings_ = ScanFindings{};
      showVolumeReports();
      qCInfo(lcApp) << "opened volume" << path_ << scan_->width << "x" << scan_->height << "x" << scan_->depth;
      emit scanOpened(path_);
      return true;
    }
    scan_ = scan;
    path_ = prepared.path;
    adopt(prepared);
    if (prepared.renderer)
      view_.setPreparedScan(*prepared.renderer);
    else
      view_.setScan(prepared.filled ? prepared.filled : scan_, selection_.materialColours() ? classifier() : nullptr);
    if (prepared.filled) {
      view_.setDetectorFaults(scan_, prepared.filled, prepared.faultRegions);
      qCInfo(lcApp) << prepared.path << "has" << prepared.faultRegions.size() << "detector fault(s); shown filled in";
    }
    if (materialColours_ && scan_->isDualEnergy() && view_.channelView() != ChannelView::Material) view_.setChannelView(ChannelView::Material);
    qCInfo(lcApp) << "opened" << path_ << scan_->width << "x" << scan_->height << scan_->channels.size() << "channel(s)";
    findings_ = prepared.findings;
    if (prepared.analysed) {
      showFindings();
    } else {
      view_.setOverlayRegions({});
      panel_.setEntries(tr("Analysing…"), {});
    }
    emit scanOpened(path_);
    return true;
  } catch (const std::exception& e) {
    const QString what = QString::fromStdString(e.what());
    if (error) *error = what.startsWith(prepared.path) ? what : tr("%1: %2").arg(prepared.path, what);
    qCWarning(lcApp) << "cannot show" << prepared.path << what;
    return false;
  }
}

void ScanController::setFindings(const ScanFindings& findings) {
  if (!scan_ || isVolume()) return;
  findings_ = findings;
  showFindings();
}

cv::Size ScanController::viewportSize() const {
  return {static_cast<int>(view_.width() * view_.devicePixelRatioF() + 0.5), static_cast<int>(view_.height() * view_.devicePixelRatioF() + 0.5)};
}

void ScanController::analyze(const DeclaredContent& declared) {
  if (!scan_ || isVolume()) return;
  try {
    findings_ = analyzeScan(*scan_, *calibration(), *classifier(), declared);
  } catch (const std::exception& e) {
    findings_ = ScanFindings{};
    findings_.notes.push_back(e.what());
  }
  showFindings();
}

void ScanController::showFindings() {
  std::vector<widgets::OverlayRegion> regions;
  std::vector<widgets::FindingsPanel::Entry> entries;
  const double pixelMm = scan_->meta.spacingX;
  // Load boxes only where nothing more specific covers them: they would bury the rest.
  for (const Finding& f : findings_.findings) {
    const QRectF rect(f.box.x, f.box.y, f.box.width, f.box.height);
    const QString text = describe(f, pixelMm);
    entries.push_back({text, rect, colourOf(f.kind)});
    regions.push_back({rect, colourOf(f.kind), f.kind == FindingKind::Load ? QString() : text.section(QLatin1Char(','), 0, 0)});
  }
  for (const ThreatReport& report : scan_->reports)
    for (const ThreatRegion& t : report.threats) {
      const VoxelBox box = voxelBox(t);
      if (box.empty()) continue;
      const QRectF rect(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
      const QString text = threatText(report, t);
      entries.push_back({text, rect, QColor(255, 210, 0)});
      regions.push_back({rect, QColor(255, 210, 0), QString::fromStdString(t.category)});
    }
  // Faults are listed (a click shows where) but never drawn as findings: the view marks them itself.
  for (const DetectorFault& f : findings_.faults)
    entries.push_back({faultText(f), QRectF(f.region.x, f.region.y, f.region.width, f.region.height), QColor(255, 176, 0)});
  QString summary = findings_.cargoScan() ? emptyCheckText(findings_.emptyCheck) : notCargoText(findings_.scope);
  if (summary.isEmpty())
    summary = findings_.findings.empty() ? tr("No automatic findings.") : tr("%n automatic finding(s).", nullptr, static_cast<int>(findings_.findings.size()));
  if (!findings_.faults.empty())
    summary += QLatin1Char('\n') + tr("%n detector fault(s): shown filled in and outlined; K shows the pixels as read.", nullptr,
                                       static_cast<int>(findings_.faults.size()));
  if (pixelMm <= 0) summary += QLatin1Char('\n') + tr("Pixel size unknown: sizes are in pixels.");
  else if (!scan_->meta.spacingSource.empty())
    summary += QLatin1Char('\n') + tr("Pixel size %1 × %2 mm, from %3.").arg(scan_->meta.spacingX).arg(scan_->meta.spacingY).arg(QString::fromStdString(scan_->meta.spacingSource));
  view_.setOverlayRegions(std::move(regions));
  panel_.setEntries(summary + QLatin1Char('\n') + materialsText(selection_), entries);
}

void ScanController::showVolumeReports() {
  // CT: the threat reports' objects, drawn in the planes that cut them and as boxes in 3D.
  std::vector<widgets::VolumeRegion> regions;
  std::vector<widgets::FindingsPanel::Entry> entries;
  volumeEntries_.clear();
  for (const ThreatReport& report : scan_->reports)
    for (const ThreatRegion& t : report.threats) {
      const VoxelBox box = voxelBox(t);
      if (box.empty()) continue;
      const QColor colour = t.assessment == "THREAT" ? QColor(255, 60, 60) : QColor(255, 210, 0);
      const QString text = threatText(report, t);
      regions.push_back({box, colour, QString::fromStdString(t.category)});
      entries.push_back({text, QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0), colour});
      volumeEntries_.push_back(box);
    }
  ctView_.setRegions(std::move(regions));
  const QString summary = entries.empty() ? tr("CT volume: no threat report.")
                                          : tr("CT volume: %n threat report object(s).", nullptr, static_cast<int>(entries.size()));
  // Volumes are never analysed: the reason is that of the scan's kind (a CT image, a medical CT).
  QStringList lines{summary, notCargoText(cargoScope(selection_)), materialsText(selection_)};
  lines.removeAll(QString());
  panel_.setEntries(lines.join(QLatin1Char('\n')), entries);
}

bool ScanController::saveView(const QString& path, QString* error) {
  const QImage picture = isVolume() ? ctView_.grab().toImage() : view_.snapshot();
  if (picture.isNull() || !picture.save(path, "PNG")) {
    if (error) *error = tr("%1: the view cannot be written").arg(path);
    return false;
  }
  return true;
}

}  // namespace cip::app
