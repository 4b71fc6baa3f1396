#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/analysis/AutomaticFindings.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace cip::widgets {
class CtView;
class FindingsPanel;
class RadiographView;
}  // namespace cip::widgets

namespace cip::app {

/// Opens scans into the viewer — radiographs into the 2D view, CT volumes into the CT view — and puts the automatic findings and any DICOS threat reports
/// beside it. Loading and analysis errors come back as text naming the file; the view keeps
/// what it showed before.
class ScanController : public QObject {
  Q_OBJECT
 public:
  ScanController(widgets::RadiographView& view, widgets::CtView& ctView, widgets::FindingsPanel& panel, QObject* parent = nullptr);

  bool open(const QString& path, QString* error);
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
  void showFindings();
  void showVolumeReports();

  widgets::RadiographView& view_;
  widgets::CtView& ctView_;
  widgets::FindingsPanel& panel_;
  std::shared_ptr<const imaging::Scan> scan_;
  std::shared_ptr<const imaging::MaterialCalibration> calibration_;
  std::shared_ptr<const imaging::MaterialClassifier> classifier_;
  imaging::ScanFindings findings_;
  QString path_;
  std::vector<imaging::VoxelBox> volumeEntries_;  ///< the findings panel's rows, for a CT volume
};

}  // namespace cip::app
