#include "app/ViewerWindow.h"

#include <QCloseEvent>
#include <QVBoxLayout>

namespace cip::app {

ViewerWindow::ViewerWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
  setObjectName(QStringLiteral("viewerWindow"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
}

void ViewerWindow::hold(QWidget* content) {
  content_ = content;
  layout()->addWidget(content);
  content->show();
}

QWidget* ViewerWindow::release() {
  QWidget* content = content_;
  if (content) layout()->removeWidget(content);
  content_ = nullptr;
  return content;
}

void ViewerWindow::closeEvent(QCloseEvent* event) {
  emit closing();
  event->accept();
}

}  // namespace cip::app
