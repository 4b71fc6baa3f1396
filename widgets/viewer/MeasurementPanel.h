#pragma once

#include "imaging/core/view/ViewStatistics.h"

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace cip::widgets {

/// The profile along the analyst's line (each channel) and the histogram of what is in view,
/// with the current window marked: the numbers behind what the eye sees.
class MeasurementPanel : public QWidget {
  Q_OBJECT
 public:
  explicit MeasurementPanel(QWidget* parent = nullptr);

  void setProfile(const imaging::LineProfile& profile, const QStringList& channelNames);
  void clearProfile();
  /// `windowLow`/`windowHigh`: the displayed window, in the histogram's units.
  void setHistogram(const imaging::ValueHistogram& histogram, double windowLow, double windowHigh, const QString& units);

  QChart* profileChart() const { return profile_; }
  QChart* histogramChart() const { return histogram_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QChart* profile_;
  QChart* histogram_;
  QChartView* profileView_;
  QChartView* histogramView_;
  QLabel* hint_;
};

}  // namespace cip::widgets
