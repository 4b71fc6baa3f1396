#include "widgets/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cip::widgets {

UserGuideDialog::UserGuideDialog(const QString& markdown, QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this)) {
  setObjectName(QStringLiteral("userGuideDialog"));
  setWindowTitle(tr("User guide"));
  browser_->setObjectName(QStringLiteral("userGuide"));
  browser_->setOpenLinks(false);  // the guide has no links to follow; nothing leaves the program
  browser_->setMarkdown(markdown);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(browser_, 1);
  layout->addWidget(buttons);
  resize(720, 760);
}

}  // namespace cip::widgets
