#include "widgets/viewer/MeasurementPanel.h"

#include "widgets/ScrollablePanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace cip::widgets {

namespace {

QChartView* chartView(QChart* chart, QWidget* parent) {
  chart->legend()->setAlignment(Qt::AlignBottom);
  chart->setMargins(QMargins(2, 2, 2, 2));
  chart->setTheme(QChart::ChartThemeDark);
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(110);
  return view;
}

/// Ticks every ~80 px across and ~40 px up the chart (its size, not the plot's: the plot changes
/// with the labels, the chart does not).
void fitTicks(QChart* chart) {
  const QSizeF plot = chart->size() - QSizeF(60, 80);
  for (QAbstractAxis* axis : chart->axes()) {
    auto* values = qobject_cast<QValueAxis*>(axis);
    if (!values) continue;
    const double room = axis->orientation() == Qt::Horizontal ? plot.width() / 80 : plot.height() / 40;
    values->setTickCount(std::clamp(static_cast<int>(room) + 1, 2, 6));
  }
}

/// Replaces the chart's series and axes with `series`, on two fresh value axes.
void showSeries(QChart* chart, const QList<QAbstractSeries*>& series, const QString& xTitle, const QString& yTitle) {
  chart->removeAllSeries();
  for (QAbstractAxis* axis : chart->axes()) {
    chart->removeAxis(axis);
    delete axis;
  }
  auto* x = new QValueAxis(chart);
  auto* y = new QValueAxis(chart);
  x->setTitleText(xTitle);
  y->setTitleText(yTitle);
  // Small type and as many ticks as the view holds: a narrow dock shows numbers, not "…".
  QFont labels = chart->font();
  labels.setPointSizeF(std::max(6.0, labels.pointSizeF() - 2));
  QFont titles = labels;
  titles.setPointSizeF(labels.pointSizeF() + 0.5);
  for (QValueAxis* axis : {x, y}) {
    axis->setLabelFormat(QStringLiteral("%.4g"));
    axis->setLabelsFont(labels);
    axis->setTitleFont(titles);
  }
  fitTicks(chart);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* s : series) {
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
  }
}

}  // namespace

MeasurementPanel::MeasurementPanel(QWidget* parent)
    : QWidget(parent), profile_(new QChart), histogram_(new QChart), profileView_(chartView(profile_, this)),
      histogramView_(chartView(histogram_, this)), hint_(new QLabel(this)) {
  setObjectName(QStringLiteral("measurementPanel"));
  hint_->setWordWrap(true);
  // A short dock scrolls the two charts rather than squeezing them into labels of "…".
  auto* content = new QWidget;
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(hint_);
  layout->addWidget(profileView_, 1);
  layout->addWidget(histogramView_, 1);
  fillWithScrollArea(*this, content);
  for (QChart* chart : {profile_, histogram_}) connect(chart, &QChart::geometryChanged, this, [chart] { fitTicks(chart); });
  retranslate();
}

void MeasurementPanel::retranslate() {
  hint_->setText(tr("Shift + drag in the image draws a profile line."));
  profile_->setTitle(tr("Profile"));
  histogram_->setTitle(tr("Histogram of the view"));
}

void MeasurementPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void MeasurementPanel::setProfile(const imaging::LineProfile& profile, const QStringList& channelNames) {
  QList<QAbstractSeries*> series;
  for (std::size_t c = 0; c < profile.values.size(); ++c) {
    auto* line = new QLineSeries;
    line->setName(channelNames.value(static_cast<int>(c), QString::number(c)));
    QList<QPointF> points;
    for (std::size_t i = 0; i < profile.distance.size(); ++i) points.append({profile.distance[i], profile.values[c][i]});
    line->replace(points);
    series.append(line);
  }
  showSeries(profile_, series, profile.millimetres ? tr("distance (mm)") : tr("distance (pixels)"), tr("value"));
  if (!profile.distance.empty()) profile_->axes(Qt::Horizontal).first()->setRange(0, std::max(1.0, profile.distance.back()));
}

void MeasurementPanel::clearProfile() { showSeries(profile_, {}, QString(), QString()); }

void MeasurementPanel::setHistogram(const imaging::ValueHistogram& h, double windowLow, double windowHigh, const QString& units) {
  auto* upper = new QLineSeries;
  auto* lower = new QLineSeries;
  const double binWidth = (h.last - h.first) / std::max<std::size_t>(1, h.counts.size());
  double highest = 1;
  QList<QPointF> top, bottom;
  for (std::size_t i = 0; i < h.counts.size(); ++i) {
    const double x = h.first + (i + 0.5) * binWidth;
    top.append({x, h.counts[i]});
    bottom.append({x, 0});
    highest = std::max(highest, h.counts[i]);
  }
  upper->replace(top);
  lower->replace(bottom);
  auto* area = new QAreaSeries(upper, lower);
  area->setName(tr("pixels"));
  // The window as two vertical lines: what lies between them is drawn from black to white.
  auto* window = new QLineSeries;
  window->setName(tr("window"));
  window->replace({{windowLow, 0}, {windowLow, highest}, {windowHigh, highest}, {windowHigh, 0}});
  window->setPen(QPen(QColor(255, 210, 0), 2));
  showSeries(histogram_, {area, window}, units.isEmpty() ? tr("value") : tr("value (%1)").arg(units), tr("pixels"));
  histogram_->axes(Qt::Horizontal).first()->setRange(std::min(h.first, windowLow), std::max(h.last, windowHigh));
  histogram_->axes(Qt::Vertical).first()->setRange(0, highest * 1.05);
}

}  // namespace cip::widgets
