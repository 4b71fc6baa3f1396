#pragma once

#include <QString>

class QFontMetrics;
class QStatusBar;

namespace cip::widgets {

/// `message` made to fit `width` pixels by shortening the file paths in it in the middle of their
/// folders ("/srv/cip/…/exports/J-1042/verdict.json"): the words around them and the file name
/// are what the analyst reads, and a status bar clips a long line at its right edge, taking the
/// file name with it. Text without a path is returned as it is.
QString elidePathsToFit(const QString& message, const QFontMetrics& metrics, int width);

/// Shows `message` in `bar` for `timeoutMs` with its paths shortened to fit the room left of
/// the bar's permanent widgets; the whole message is the bar's tooltip while it shows.
void showStatusMessage(QStatusBar& bar, const QString& message, int timeoutMs);

}  // namespace cip::widgets
