#include "widgets/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace cip::widgets {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), theme_(new QComboBox(this)) {
  setWindowTitle(tr("Settings"));
  language_->setObjectName(QStringLiteral("language"));
  language_->addItem(tr("System language"), QString());
  // Each language is named in itself, so a person can find theirs whatever is shown now.
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  theme_->setObjectName(QStringLiteral("theme"));
  theme_->addItem(tr("Dark"), themeKey(Theme::Dark));
  theme_->addItem(tr("Light"), themeKey(Theme::Light));

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* form = new QFormLayout(this);
  form->addRow(tr("Language:"), language_);
  form->addRow(tr("Theme:"), theme_);
  form->addRow(buttons);
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

}  // namespace cip::widgets
