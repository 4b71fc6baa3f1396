#pragma once

class QScrollArea;
class QWidget;

namespace cip::widgets {

/// Makes `content` the whole of `panel`, inside a frameless scroll area: a dock panel that grows
/// taller than a small screen scrolls instead of pushing the window (and what sits below it, such
/// as Submit) off the screen. Returns the scroll area so callers can name it or adjust its bars.
QScrollArea* fillWithScrollArea(QWidget& panel, QWidget* content);

}  // namespace cip::widgets
