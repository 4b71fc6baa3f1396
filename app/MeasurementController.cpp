#include "app/MeasurementController.h"

#include "imaging/core/view/ViewStatistics.h"
#include "widgets/viewer/MaterialNames.h"
#include "widgets/viewer/MeasurementPanel.h"
#include "widgets/viewer/RadiographView.h"

namespace cip::app {

using namespace cip::imaging;

MeasurementController::MeasurementController(widgets::RadiographView& view, widgets::MeasurementPanel& panel, QObject* parent)
    : QObject(parent), view_(view), panel_(panel) {
  histogramTimer_.setSingleShot(true);
  histogramTimer_.setInterval(150);
  connect(&histogramTimer_, &QTimer::timeout, this, &MeasurementController::updateHistogram);
  connect(&view_, &widgets::RadiographView::viewChanged, &histogramTimer_, qOverload<>(&QTimer::start));
  connect(&view_, &widgets::RadiographView::profileChanged, this, &MeasurementController::updateProfile);
}

void MeasurementController::updateProfile(const QLineF& line) {
  const std::shared_ptr<const Scan>& scan = view_.scan();
  if (!scan || line.isNull()) {
    panel_.clearProfile();
    return;
  }
  QStringList names;
  for (const Channel& c : scan->channels) names << widgets::MaterialNames::channel(c.role);
  panel_.setProfile(lineProfile(*scan, 0, {line.x1(), line.y1()}, {line.x2(), line.y2()}), names);
}

void MeasurementController::updateHistogram() {
  // Until a preset's window is measured (on the viewer's worker) the histogram waits: the view
  // says viewChanged() again when it is.
  if (!view_.scan() || !view_.settled()) return;
  const WorkingImage& working = view_.workingImage();
  const QRect r = view_.visibleRegion();
  const DisplaySettings& s = view_.displaySettings();
  panel_.setHistogram(regionHistogram(working, cv::Rect(r.x(), r.y(), r.width(), r.height())), s.windowCenter - s.windowWidth / 2,
                      s.windowCenter + s.windowWidth / 2, QString::fromStdString(working.units));
}

}  // namespace cip::app
