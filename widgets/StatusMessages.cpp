#include "widgets/StatusMessages.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QStatusBar>

#include <algorithm>

namespace cip::widgets {

namespace {

/// A token with at least two separators: "/a/b", "C:\a\b", "./exports/x.json".
const QRegularExpression& pathPattern() {
  static const QRegularExpression pattern(QStringLiteral(R"((?:[A-Za-z]:)?[^\s'"“”()<>]*[/\\][^\s'"“”()<>]*[/\\][^\s'"“”()<>]+)"));
  return pattern;
}

QString shortenPath(const QString& path, const QFontMetrics& metrics, int width) {
  const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\'))) + 1;
  const QString folder = path.left(cut);
  const QString name = path.mid(cut);
  const int nameWidth = metrics.horizontalAdvance(name);
  const int minimumFolder = metrics.horizontalAdvance(QStringLiteral("/…/"));
  if (width - nameWidth >= minimumFolder) return metrics.elidedText(folder, Qt::ElideMiddle, width - nameWidth) + name;
  // The file's name is what the analyst needs to see: it stays whole, and a line still too long
  // is cut at its end (the whole message is in the tooltip).
  return QStringLiteral("…/") + name;
}

}  // namespace

QString elidePathsToFit(const QString& message, const QFontMetrics& metrics, int width) {
  QString text = message;
  // The longest path gives up room first; each is cut by what the line still overflows.
  QList<QRegularExpressionMatch> paths;
  for (auto it = pathPattern().globalMatch(text); it.hasNext();) paths.append(it.next());
  std::sort(paths.begin(), paths.end(), [](const auto& a, const auto& b) { return a.capturedLength() > b.capturedLength(); });
  QList<QPair<QString, QString>> replacements;
  int overflow = metrics.horizontalAdvance(text) - width;
  for (const QRegularExpressionMatch& path : paths) {
    if (overflow <= 0) break;
    const QString original = path.captured();
    const int originalWidth = metrics.horizontalAdvance(original);
    const QString shorter = shortenPath(original, metrics, originalWidth - overflow);
    overflow -= originalWidth - metrics.horizontalAdvance(shorter);
    replacements.append({original, shorter});
  }
  for (const auto& [original, shorter] : replacements) text.replace(original, shorter);
  return text;
}

void showStatusMessage(QStatusBar& bar, const QString& message, int timeoutMs) {
  bar.showMessage(message, timeoutMs);  // hides the bar's normal widgets: what is left is the message's room
  int right = bar.width();
  for (QWidget* child : bar.findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
    if (child->isVisible() && child->x() > 0) right = std::min(right, child->x());
  const QString fitted = elidePathsToFit(message, bar.fontMetrics(), right - bar.fontMetrics().averageCharWidth() * 2);
  if (fitted != message) bar.showMessage(fitted, timeoutMs);
  bar.setToolTip(fitted != message ? message : QString());
}

}  // namespace cip::widgets
