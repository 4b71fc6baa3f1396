#pragma once

#include <QLineF>
#include <QObject>
#include <QTimer>

namespace cip::widgets {
class MeasurementPanel;
class RadiographView;
}  // namespace cip::widgets

namespace cip::app {

/// Keeps the profile and histogram charts in step with the viewer: the profile when the line
/// changes, the histogram of the view a moment after the view stops changing (not on every
/// frame of a drag).
class MeasurementController : public QObject {
  Q_OBJECT
 public:
  MeasurementController(widgets::RadiographView& view, widgets::MeasurementPanel& panel, QObject* parent = nullptr);
  /// Recomputes the histogram now (the timer does it after changes).
  void updateHistogram();

 private:
  void updateProfile(const QLineF& line);

  widgets::RadiographView& view_;
  widgets::MeasurementPanel& panel_;
  QTimer histogramTimer_;
};

}  // namespace cip::app
