#include "widgets/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cip::widgets {

AboutDialog::AboutDialog(const QString& version, const Components& components, const std::vector<imaging::PluginInfo>& plugins,
                         QWidget* parent)
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
  auto* pluginTitle = new QLabel(plugins.empty() ? tr("No scan-format plugins are installed.") : tr("Scan-format plugins (each runs in a converter process of its own):"), this);
  auto* pluginTable = new QTableWidget(static_cast<int>(plugins.size()), 4, this);
  pluginTable->setObjectName(QStringLiteral("scanPlugins"));
  pluginTable->setHorizontalHeaderLabels({tr("Format"), tr("Version"), tr("Vendor"), tr("File")});
  pluginTable->verticalHeader()->hide();
  pluginTable->horizontalHeader()->setStretchLastSection(true);
  pluginTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  pluginTable->setVisible(!plugins.empty());
  for (int row = 0; row < static_cast<int>(plugins.size()); ++row) {
    const imaging::PluginInfo& plugin = plugins[static_cast<std::size_t>(row)];
    const QString file = QString::fromStdString(plugin.file);
    pluginTable->setItem(row, 0, new QTableWidgetItem(plugin.usable() ? QString::fromStdString(plugin.name) : tr("Not used: %1").arg(QString::fromStdString(plugin.problem))));
    pluginTable->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(plugin.version)));
    pluginTable->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(plugin.vendor)));
    pluginTable->setItem(row, 3, new QTableWidgetItem(file.section(QLatin1Char('/'), -1)));
    pluginTable->item(row, 3)->setToolTip(file);
  }
  pluginTable->resizeColumnsToContents();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title);
  layout->addWidget(table, 3);
  layout->addWidget(pluginTitle);
  layout->addWidget(pluginTable, 1);
  layout->addWidget(buttons);
  resize(720, 420);  // the plugin table's four columns whole at the usual vendor name lengths
}

}  // namespace cip::widgets
