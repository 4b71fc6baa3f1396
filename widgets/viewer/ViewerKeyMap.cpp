#include "widgets/viewer/ViewerKeyMap.h"

#include <QKeyEvent>

namespace cip::widgets {

const std::vector<ViewerKey>& ViewerKeyMap::keys() {
  static const std::vector<ViewerKey> table = {
      {ViewerContext::Image, ViewerAction::Preset1, QKeySequence(Qt::Key_1), QT_TR_NOOP("Preset: automatic window")},
      {ViewerContext::Image, ViewerAction::Preset2, QKeySequence(Qt::Key_2), QT_TR_NOOP("Preset: full range")},
      {ViewerContext::Image, ViewerAction::Preset3, QKeySequence(Qt::Key_3), QT_TR_NOOP("Preset: attenuation (log)")},
      {ViewerContext::Image, ViewerAction::Preset4, QKeySequence(Qt::Key_4), QT_TR_NOOP("Preset: organic, thin material")},
      {ViewerContext::Image, ViewerAction::Preset5, QKeySequence(Qt::Key_5), QT_TR_NOOP("Preset: dense material")},
      {ViewerContext::Image, ViewerAction::Preset6, QKeySequence(Qt::Key_6), QT_TR_NOOP("Preset: CT organic")},
      {ViewerContext::Image, ViewerAction::Preset7, QKeySequence(Qt::Key_7), QT_TR_NOOP("Preset: CT metal")},
      {ViewerContext::Image, ViewerAction::Preset8, QKeySequence(Qt::Key_8), QT_TR_NOOP("Preset: the window stored in the file (again: its next one)")},
      {ViewerContext::Image, ViewerAction::Fit, QKeySequence(Qt::Key_F), QT_TR_NOOP("Fit the image to the view")},
      {ViewerContext::Image, ViewerAction::ActualSize, QKeySequence(Qt::Key_0), QT_TR_NOOP("Actual size (1 image pixel per screen pixel)")},
      {ViewerContext::Image, ViewerAction::ZoomIn, QKeySequence(Qt::Key_Plus), QT_TR_NOOP("Zoom in")},
      {ViewerContext::Image, ViewerAction::ZoomOut, QKeySequence(Qt::Key_Minus), QT_TR_NOOP("Zoom out")},
      {ViewerContext::Image, ViewerAction::PanLeft, QKeySequence(Qt::Key_Left), QT_TR_NOOP("Pan left")},
      {ViewerContext::Image, ViewerAction::PanRight, QKeySequence(Qt::Key_Right), QT_TR_NOOP("Pan right")},
      {ViewerContext::Image, ViewerAction::PanUp, QKeySequence(Qt::Key_Up), QT_TR_NOOP("Pan up")},
      {ViewerContext::Image, ViewerAction::PanDown, QKeySequence(Qt::Key_Down), QT_TR_NOOP("Pan down")},
      {ViewerContext::Image, ViewerAction::RotateClockwise, QKeySequence(Qt::Key_R), QT_TR_NOOP("Rotate 90° clockwise")},
      {ViewerContext::Image, ViewerAction::FlipHorizontal, QKeySequence(Qt::Key_H), QT_TR_NOOP("Flip left–right")},
      {ViewerContext::Image, ViewerAction::FlipVertical, QKeySequence(Qt::Key_V), QT_TR_NOOP("Flip top–bottom")},
      {ViewerContext::Image, ViewerAction::Invert, QKeySequence(Qt::Key_I), QT_TR_NOOP("Invert")},
      {ViewerContext::Image, ViewerAction::LogDisplay, QKeySequence(Qt::Key_L), QT_TR_NOOP("Log (attenuation) display on/off")},
      {ViewerContext::Image, ViewerAction::Clahe, QKeySequence(Qt::Key_C), QT_TR_NOOP("Local contrast (CLAHE) on/off")},
      {ViewerContext::Image, ViewerAction::Edge, QKeySequence(Qt::Key_E), QT_TR_NOOP("Edge enhancement on/off")},
      {ViewerContext::Image, ViewerAction::NextColorTable, QKeySequence(Qt::Key_P), QT_TR_NOOP("Next colour table")},
      {ViewerContext::Image, ViewerAction::NextChannelView, QKeySequence(Qt::Key_M), QT_TR_NOOP("Next channel: high, low, material colours, blend")},
      {ViewerContext::Image, ViewerAction::Magnifier, QKeySequence(Qt::Key_G), QT_TR_NOOP("Magnifier at the cursor on/off")},
      {ViewerContext::Image, ViewerAction::Findings, QKeySequence(Qt::Key_T), QT_TR_NOOP("Findings and threat reports on/off")},
      {ViewerContext::Image, ViewerAction::DetectorFaults, QKeySequence(Qt::Key_K), QT_TR_NOOP("Detector faults: filled in (outlined) or as read (hatched)")},
      {ViewerContext::Image, ViewerAction::Help, QKeySequence(Qt::Key_Question), QT_TR_NOOP("This help")},
      {ViewerContext::Volume, ViewerAction::VolumeOrganic, QKeySequence(Qt::Key_O), QT_TR_NOOP("3D: organic materials")},
      {ViewerContext::Volume, ViewerAction::VolumeMetal, QKeySequence(Qt::Key_M), QT_TR_NOOP("3D: metal")},
      {ViewerContext::Volume, ViewerAction::VolumeMaximumIntensity, QKeySequence(Qt::Key_X), QT_TR_NOOP("3D: maximum intensity projection")},
      {ViewerContext::Volume, ViewerAction::VolumeFront, QKeySequence(Qt::Key_F), QT_TR_NOOP("3D: front view")},
  };
  return table;
}

bool ViewerKeyMap::find(ViewerContext context, int key, Qt::KeyboardModifiers modifiers, ViewerAction* action) {
  // Keypad and Shift (for '?' and '+') do not change the meaning of a key.
  const int pressed = key | static_cast<int>(modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier));
  for (const ViewerKey& k : keys())
    if (k.context == context && (k.key[0].toCombined() == pressed || (key == Qt::Key_Equal && k.action == ViewerAction::ZoomIn))) {
      *action = k.action;
      return true;
    }
  return false;
}

QString ViewerKeyMap::description(const ViewerKey& key) { return tr(key.description); }

bool ViewerKeyMap::claimShortcut(QEvent* event, ViewerContext context) {
  if (event->type() != QEvent::ShortcutOverride) return false;
  const auto* key = static_cast<QKeyEvent*>(event);
  ViewerAction action;
  if (!find(context, key->key(), key->modifiers(), &action)) return false;
  event->accept();
  return true;
}

}  // namespace cip::widgets
