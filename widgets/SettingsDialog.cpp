#include "widgets/SettingsDialog.h"

#include "widgets/workflow/AnnotationPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <tuple>

namespace cip::widgets {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), theme_(new QComboBox(this)), materialColours_(new QCheckBox(this)),
      breakMinutes_(new QSpinBox(this)), categories_(new QLineEdit(this)), profileFile_(new QLineEdit(this)), shortcuts_(new ShortcutEditor(this)), cacheLimitGb_(new QSpinBox(this)),
      partHours_(new QSpinBox(this)), deliveredDays_(new QSpinBox(this)), telemetryDays_(new QSpinBox(this)) {
  setWindowTitle(tr("Settings"));
  language_->setObjectName(QStringLiteral("language"));
  language_->addItem(tr("System language"), QString());
  // Each language is named in itself, so a person can find theirs whatever is shown now.
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  theme_->setObjectName(QStringLiteral("theme"));
  theme_->addItem(tr("Dark"), themeKey(Theme::Dark));
  theme_->addItem(tr("Light"), themeKey(Theme::Light));
  materialColours_->setObjectName(QStringLiteral("openInMaterialColours"));
  materialColours_->setText(tr("Open dual-energy scans in material colours (otherwise greyscale; M switches)"));
  breakMinutes_->setObjectName(QStringLiteral("breakReminderMinutes"));
  breakMinutes_->setRange(0, 600);
  breakMinutes_->setSuffix(tr(" min"));
  breakMinutes_->setSpecialValueText(tr("off"));

  categories_->setObjectName(QStringLiteral("annotationCategories"));
  categories_->setToolTip(tr("Category names, or codes of lower-case letters, digits and hyphens, separated by commas; the first is the default for new marks"));

  auto* general = new QWidget(this);
  auto* form = new QFormLayout(general);
  form->addRow(tr("Language:"), language_);
  form->addRow(tr("Theme:"), theme_);
  form->addRow(tr("Scans:"), materialColours_);
  form->addRow(tr("Suggest a break after:"), breakMinutes_);
  form->addRow(tr("Mark categories:"), categories_);
  profileFile_->setObjectName(QStringLiteral("scannerProfileFile"));
  profileFile_->setToolTip(tr("A JSON file of scanner profiles (pixel size, energies, calibration) for scanners the central system "
                              "does not describe and for files opened from disk"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString file = QFileDialog::getOpenFileName(this, tr("Scanner profile file"), profileFile_->text(), tr("JSON files (*.json)"));
    if (!file.isEmpty()) profileFile_->setText(QDir::toNativeSeparators(file));
  });
  auto* profileRow = new QHBoxLayout;
  profileRow->addWidget(profileFile_, 1);
  profileRow->addWidget(browse);
  form->addRow(tr("Scanner profiles:"), profileRow);
  auto* storage = new QWidget(this);
  auto* storageForm = new QFormLayout(storage);
  const std::tuple<QSpinBox*, const char*, int, int, QString, QString> limits[] = {
      {cacheLimitGb_, "cacheLimitGb", 1, 10000, tr(" GB"), tr("Scan cache at most:")},
      {partHours_, "partFileMaxAgeHours", 1, 24 * 30, tr(" h"), tr("Drop interrupted downloads after:")},
      {deliveredDays_, "deliveredKeepDays", 1, 3650, tr(" days"), tr("Keep records of delivered verdicts for:")},
      {telemetryDays_, "telemetryKeepDays", 1, 3650, tr(" days"), tr("Keep scanner telemetry for:")}};
  for (const auto& [box, name, min, max, suffix, label] : limits) {
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setSuffix(suffix);
    storageForm->addRow(label, box);
  }
  auto* storageNote = new QLabel(tr("Scans of jobs still in work, verdicts not yet through, refused verdicts not dealt with and the case "
                                    "library are always kept; the least recently used scans of finished jobs go first."),
                                 storage);
  storageNote->setWordWrap(true);
  storageForm->addRow(storageNote);
  auto* tabs = new QTabWidget(this);
  tabs->addTab(general, tr("General"));
  tabs->addTab(shortcuts_, tr("Keyboard"));
  tabs->addTab(storage, tr("Storage"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs);
  layout->addWidget(buttons);
  resize(560, 520);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::language() const { return language_->currentData().toString(); }

void SettingsDialog::setLanguage(const QString& code) {
  const int index = language_->findData(code);
  language_->setCurrentIndex(index < 0 ? 0 : index);
}

Theme SettingsDialog::theme() const { return themeFromKey(theme_->currentData().toString()); }

void SettingsDialog::setTheme(Theme theme) { theme_->setCurrentIndex(theme_->findData(themeKey(theme))); }

bool SettingsDialog::openInMaterialColours() const { return materialColours_->isChecked(); }
void SettingsDialog::setOpenInMaterialColours(bool on) { materialColours_->setChecked(on); }
int SettingsDialog::breakReminderMinutes() const { return breakMinutes_->value(); }

QStringList SettingsDialog::annotationCategories() const {
  QStringList codes;
  for (const QString& part : categories_->text().split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
    const QString c = AnnotationPanel::categoryCode(part);
    if (!c.isEmpty() && !codes.contains(c)) codes << c;
  }
  return codes;
}

void SettingsDialog::setAnnotationCategories(const QStringList& codes) {
  QStringList names;
  for (const QString& code : codes) names << AnnotationPanel::categoryName(code);
  categories_->setText(names.join(tr(", ")));
}

void SettingsDialog::setBreakReminderMinutes(int minutes) { breakMinutes_->setValue(minutes); }

QString SettingsDialog::scannerProfileFile() const { return QDir::fromNativeSeparators(profileFile_->text().trimmed()); }

void SettingsDialog::setScannerProfileFile(const QString& path, const QString& defaultPath) {
  profileFile_->setText(QDir::toNativeSeparators(path));
  profileFile_->setPlaceholderText(QDir::toNativeSeparators(defaultPath));
}

SettingsDialog::Storage SettingsDialog::storage() const {
  return {cacheLimitGb_->value(), partHours_->value(), deliveredDays_->value(), telemetryDays_->value()};
}

void SettingsDialog::setStorage(const Storage& storage) {
  cacheLimitGb_->setValue(storage.cacheLimitGb);
  partHours_->setValue(storage.partFileMaxAgeHours);
  deliveredDays_->setValue(storage.deliveredKeepDays);
  telemetryDays_->setValue(storage.telemetryKeepDays);
}

}  // namespace cip::widgets
