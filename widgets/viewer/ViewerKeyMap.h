#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QKeySequence>
#include <QString>

#include <vector>

namespace cip::widgets {

/// Everything the scan viewer does from the keyboard. One table, so that the key handling and
/// the help overlay (`?`) can never disagree.
enum class ViewerAction {
  Preset1, Preset2, Preset3, Preset4, Preset5, Preset6, Preset7, Preset8,
  Fit, ActualSize, ZoomIn, ZoomOut, PanLeft, PanRight, PanUp, PanDown,
  RotateClockwise, FlipHorizontal, FlipVertical,
  Invert, LogDisplay, Clahe, Edge, NextColorTable,
  NextChannelView, Magnifier, Findings, DetectorFaults, Help,
  // 3D view of a CT volume
  VolumeOrganic, VolumeMetal, VolumeMaximumIntensity, VolumeFront
};

/// Where a key acts: the 2D views (radiographs and CT planes) or the 3D view.
enum class ViewerContext { Image, Volume };

struct ViewerKey {
  ViewerContext context;
  ViewerAction action;
  QKeySequence key;
  const char* description;  ///< untranslated; shown through tr() in the ViewerKeyMap context
};

class ViewerKeyMap {
  Q_DECLARE_TR_FUNCTIONS(ViewerKeyMap)
 public:
  static const std::vector<ViewerKey>& keys();
  /// The action bound to a key press (key + modifiers) in `context`, if any.
  static bool find(ViewerContext context, int key, Qt::KeyboardModifiers modifiers, ViewerAction* action);
  static QString description(const ViewerKey& key);
  /// For a view's event(): accepts a ShortcutOverride for a key of `context`, so that the view's
  /// own key wins over a window shortcut while it has the focus. True when it accepted.
  static bool claimShortcut(QEvent* event, ViewerContext context);
};

}  // namespace cip::widgets
