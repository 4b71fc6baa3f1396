#include "widgets/ScrollablePanel.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace cip::widgets {

QScrollArea* fillWithScrollArea(QWidget& panel, QWidget* content) {
  auto* scroll = new QScrollArea(&panel);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidgetResizable(true);
  scroll->setWidget(content);
  auto* outer = new QVBoxLayout(&panel);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);
  return scroll;
}

}  // namespace cip::widgets
