#pragma once

#include <QDialog>

class QTextBrowser;

namespace cip::widgets {

/// Help → User guide: the guide shipped inside the program (Markdown), readable without a
/// network or a browser, beside the work since it is not modal.
class UserGuideDialog : public QDialog {
  Q_OBJECT
 public:
  explicit UserGuideDialog(const QString& markdown, QWidget* parent = nullptr);
  QTextBrowser* browser() const { return browser_; }

 private:
  QTextBrowser* browser_;
};

}  // namespace cip::widgets
