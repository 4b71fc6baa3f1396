#include "widgets/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cip::widgets {

AboutDialog::AboutDialog(const QString& version, const Components& components, QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("About CIP Workstation"));
  auto* title = new QLabel(tr("<h2>CIP Workstation %1</h2><p>Image review for centralized customs "
                              "image processing.</p>").arg(version.toHtmlEscaped()), this);
  auto* table = new QTableWidget(static_cast<int>(components.size()), 2, this);
  table->setObjectName(QStringLiteral("componentVersions"));
  table->setHorizontalHeaderLabels({tr("Component"), tr("Version")});
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int row = 0; row < components.size(); ++row) {
    table->setItem(row, 0, new QTableWidgetItem(components.at(row).first));
    table->setItem(row, 1, new QTableWidgetItem(components.at(row).second));
  }
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title);
  layout->addWidget(table);
  layout->addWidget(buttons);
  resize(420, 320);
}

}  // namespace cip::widgets
