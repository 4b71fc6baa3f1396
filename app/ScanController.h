#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/AutomaticFindings.h"
#include "app/cli/ScannerProfileBook.h"
#include "imaging/core/analysis/MaterialModels.h"
#include "imaging/core/physics/SystemSelection.h"
#include "imaging/core/view/ViewportRenderer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cip::widgets {
class CtView;
class FindingsPanel;
class RadiographView;
}  // namespace cip::widgets

namespace cip::app {

/// A scan loaded and analysed off the main thread, ready to be shown at once (the next job's
/// prefetch). `error` is set instead when it could not be loaded.
struct PreparedScan {
  QString path;
  std::shared_ptr<const imaging::Scan> scan;
  /// The dual-energy system chosen from the scan's own metadata, and its calibration.
  imaging::SystemSelection selection;
  imaging::MaterialModel materials;
  bool analysed = false;
  imaging::ScanFindings findings;
  /// The viewer's renderer with the scan, its automatic window and the caches of the first
  /// frame already built (when a viewport size was given): showing it is one frame's work.
  std::optional<imaging::ViewportRenderer> renderer;
  /// With detector faults: the scan with them filled in (what the viewer shows; `scan` stays
  /// as read, for the analysis) and where they are.
  std::shared_ptr<const imaging::Scan> filled;
  std::vector<cv::Rect> faultRegions;
  /// What the scanner's profile set (pixel size, energies, calibration), one line each.
  QStringList profileNotes;
  QString error;
};

struct PrepareOptions {
  imaging::DeclaredContent declared;
  bool analyse = true;     ///< run the automatic findings (false: the caller runs them later)
  cv::Size viewport;       ///< device pixels of the 2D view; empty: no renderer prepared
  bool materialColours = false;  ///< dual energy opens in material colours (classes made here too)
  QString scannerId;               ///< the job's scanner; empty for a file opened from disk
  ScannerProfileBook profiles;     ///< the profile the scan is measured with comes from here
};

/// Opens scans into the viewer — radiographs into the 2D view, CT volumes into the CT view — and puts the automatic findings and any DICOS threat reports
/// beside it. Loading and analysis errors come back as text naming the file; the view keeps
/// what it showed before.
class ScanController : public QObject {
  Q_OBJECT
 public:
  ScanController(widgets::RadiographView& view, widgets::CtView& ctView, widgets::FindingsPanel& panel, QObject* parent = nullptr);

  bool open(const QString& path, QString* error);
  /// Loads `path`, chooses its dual-energy system from its metadata (calibration from `models`)
  /// and, for a radiograph, runs the automatic findings against `declared`. Touches no widget:
  /// safe on a worker thread. Never throws; a failure comes back in `error`.
  static PreparedScan prepare(const QString& path, const PrepareOptions& options, std::shared_ptr<imaging::MaterialModelCache> models);
  /// Shows findings made after the scan was shown (a job opened cold is analysed in the background).
  void setFindings(const imaging::ScanFindings& findings);
  /// The 2D view's size in device pixels, for preparing its first frame elsewhere.
  cv::Size viewportSize() const;
  /// Dual-energy scans open in material colours instead of the neutral greyscale.
  void setOpenInMaterialColours(bool on) { materialColours_ = on; }
  bool openInMaterialColours() const { return materialColours_; }
  /// Shows a prepared scan (with its findings when it was analysed); false with `error` set when
  /// the preparation failed or the views refuse it.
  bool show(const PreparedScan& prepared, QString* error);
  /// Calibrations and classifiers by system, shared with workers that prepare scans.
  std::shared_ptr<imaging::MaterialModelCache> materialModels() const { return models_; }
  /// The scanner profiles scans are measured with from now on (the open scan keeps its own).
  const ScannerProfileBook& profileBook() const { return profiles_; }
  void setProfileBook(ScannerProfileBook book) { profiles_ = std::move(book); }
  /// The open scan's calibration and classifier (of its own system; before any scan, the
  /// default system's), built on first use (about 0.2 s) and then shared.
  std::shared_ptr<const imaging::MaterialCalibration> calibration() const;
  std::shared_ptr<const imaging::MaterialClassifier> classifier() const;
  /// The classifier for another scan (a reference image), by that scan's own system.
  std::shared_ptr<const imaging::MaterialClassifier> classifierFor(const imaging::Scan& scan) const;
  /// Analyses the open scan against what was declared and shows the findings.
  void analyze(const imaging::DeclaredContent& declared);
  bool saveView(const QString& path, QString* error);
  bool hasScan() const { return scan_ != nullptr; }
  /// A CT volume (shown in the CT view) rather than a radiograph.
  bool isVolume() const { return scan_ && scan_->depth > 1; }
  QString path() const { return path_; }
  const imaging::ScanFindings& findings() const { return findings_; }

 signals:
  void scanOpened(const QString& path);

 private:
  /// Takes the prepared scan's system and calibration as the open scan's.
  void adopt(const PreparedScan& prepared);
  void showFindings();
  void showVolumeReports();

  widgets::RadiographView& view_;
  widgets::CtView& ctView_;
  widgets::FindingsPanel& panel_;
  std::shared_ptr<const imaging::Scan> scan_;
  std::shared_ptr<imaging::MaterialModelCache> models_ = std::make_shared<imaging::MaterialModelCache>();
  ScannerProfileBook profiles_;
  imaging::SystemSelection selection_;  ///< which system reads the open scan, and why (shown under the findings)
  mutable imaging::MaterialModel materials_;  ///< the open scan's; built on first use before any scan
  imaging::ScanFindings findings_;
  QString path_;
  bool materialColours_ = false;
  std::vector<imaging::VoxelBox> volumeEntries_;  ///< the findings panel's rows, for a CT volume
};

}  // namespace cip::app
