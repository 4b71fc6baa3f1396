#include "widgets/viewer/ViewerKeyMap.h"

namespace cip::widgets {

const std::vector<ViewerKey>& ViewerKeyMap::keys() {
  static const std::vector<ViewerKey> table = {
      {ViewerAction::Preset1, QKeySequence(Qt::Key_1), QT_TR_NOOP("Preset: automatic window")},
      {ViewerAction::Preset2, QKeySequence(Qt::Key_2), QT_TR_NOOP("Preset: full range")},
      {ViewerAction::Preset3, QKeySequence(Qt::Key_3), QT_TR_NOOP("Preset: attenuation (log)")},
      {ViewerAction::Preset4, QKeySequence(Qt::Key_4), QT_TR_NOOP("Preset: organic, thin material")},
      {ViewerAction::Preset5, QKeySequence(Qt::Key_5), QT_TR_NOOP("Preset: dense material")},
      {ViewerAction::Preset6, QKeySequence(Qt::Key_6), QT_TR_NOOP("Preset: CT organic")},
      {ViewerAction::Preset7, QKeySequence(Qt::Key_7), QT_TR_NOOP("Preset: CT metal")},
      {ViewerAction::Fit, QKeySequence(Qt::Key_F), QT_TR_NOOP("Fit the image to the view")},
      {ViewerAction::ActualSize, QKeySequence(Qt::Key_0), QT_TR_NOOP("Actual size (1 image pixel per screen pixel)")},
      {ViewerAction::ZoomIn, QKeySequence(Qt::Key_Plus), QT_TR_NOOP("Zoom in")},
      {ViewerAction::ZoomOut, QKeySequence(Qt::Key_Minus), QT_TR_NOOP("Zoom out")},
      {ViewerAction::PanLeft, QKeySequence(Qt::Key_Left), QT_TR_NOOP("Pan left")},
      {ViewerAction::PanRight, QKeySequence(Qt::Key_Right), QT_TR_NOOP("Pan right")},
      {ViewerAction::PanUp, QKeySequence(Qt::Key_Up), QT_TR_NOOP("Pan up")},
      {ViewerAction::PanDown, QKeySequence(Qt::Key_Down), QT_TR_NOOP("Pan down")},
      {ViewerAction::RotateClockwise, QKeySequence(Qt::Key_R), QT_TR_NOOP("Rotate 90° clockwise")},
      {ViewerAction::FlipHorizontal, QKeySequence(Qt::Key_H), QT_TR_NOOP("Flip left–right")},
      {ViewerAction::FlipVertical, QKeySequence(Qt::Key_V), QT_TR_NOOP("Flip top–bottom")},
      {ViewerAction::Invert, QKeySequence(Qt::Key_I), QT_TR_NOOP("Invert")},
      {ViewerAction::LogDisplay, QKeySequence(Qt::Key_L), QT_TR_NOOP("Log (attenuation) display on/off")},
      {ViewerAction::Clahe, QKeySequence(Qt::Key_C), QT_TR_NOOP("Local contrast (CLAHE) on/off")},
      {ViewerAction::Edge, QKeySequence(Qt::Key_E), QT_TR_NOOP("Edge enhancement on/off")},
      {ViewerAction::NextColorTable, QKeySequence(Qt::Key_P), QT_TR_NOOP("Next colour table")},
      {ViewerAction::NextChannelView, QKeySequence(Qt::Key_M), QT_TR_NOOP("Next channel: high, low, material colours, blend")},
      {ViewerAction::Magnifier, QKeySequence(Qt::Key_G), QT_TR_NOOP("Magnifier at the cursor on/off")},
      {ViewerAction::Findings, QKeySequence(Qt::Key_T), QT_TR_NOOP("Findings and threat reports on/off")},
      {ViewerAction::Help, QKeySequence(Qt::Key_Question), QT_TR_NOOP("This help")},
  };
  return table;
}

bool ViewerKeyMap::find(int key, Qt::KeyboardModifiers modifiers, ViewerAction* action) {
  // Keypad and Shift (for '?' and '+') do not change the meaning of a key.
  const int pressed = key | static_cast<int>(modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier));
  for (const ViewerKey& k : keys())
    if (k.key[0].toCombined() == pressed || (key == Qt::Key_Equal && k.action == ViewerAction::ZoomIn)) {
      *action = k.action;
      return true;
    }
  return false;
}

QString ViewerKeyMap::description(const ViewerKey& key) { return tr(key.description); }

}  // namespace cip::widgets
