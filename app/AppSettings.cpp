#include "app/AppSettings.h"

#include "sync/model/Annotation.h"

#include <QRegularExpression>

#include <QDir>

#include <algorithm>
#include <QStandardPaths>

namespace cip::app {

namespace {
QString layoutKey(model::Role role, const char* what) {
  return QStringLiteral("layout/%1/%2").arg(model::roleToString(role), QLatin1String(what));
}
}  // namespace

AppSettings::AppSettings() : settings_() {}

AppSettings::AppSettings(const QString& iniFile) : settings_(iniFile, QSettings::IniFormat) {}

QString AppSettings::language() const { return settings_.value(QStringLiteral("ui/language")).toString(); }

void AppSettings::setLanguage(const QString& code) { settings_.setValue(QStringLiteral("ui/language"), code); }
QString AppSettings::lastScanFolder() const { return settings_.value(QStringLiteral("viewer/lastScanFolder")).toString(); }
void AppSettings::setLastScanFolder(const QString& folder) { settings_.setValue(QStringLiteral("viewer/lastScanFolder"), folder); }

widgets::Theme AppSettings::theme() const {
  return widgets::themeFromKey(settings_.value(QStringLiteral("ui/theme")).toString());
}

void AppSettings::setTheme(widgets::Theme theme) {
  settings_.setValue(QStringLiteral("ui/theme"), widgets::themeKey(theme));
}

QString AppSettings::lastUserId() const { return settings_.value(QStringLiteral("signIn/user")).toString(); }

model::Role AppSettings::lastRole() const {
  return model::roleFromString(settings_.value(QStringLiteral("signIn/role")).toString())
      .value_or(model::Role::Analyst);
}

void AppSettings::setLastSignIn(const QString& userId, model::Role role) {
  settings_.setValue(QStringLiteral("signIn/user"), userId);
  settings_.setValue(QStringLiteral("signIn/role"), model::roleToString(role));
}

QByteArray AppSettings::windowState(model::Role role) const {
  return settings_.value(layoutKey(role, "state")).toByteArray();
}

QByteArray AppSettings::windowGeometry(model::Role role) const {
  return settings_.value(layoutKey(role, "geometry")).toByteArray();
}

void AppSettings::setWindowLayout(model::Role role, const QByteArray& geometry, const QByteArray& state) {
  settings_.setValue(layoutKey(role, "geometry"), geometry);
  settings_.setValue(layoutKey(role, "state"), state);
}

QByteArray AppSettings::viewerWindowGeometry(model::Role role) const { return settings_.value(layoutKey(role, "viewerWindow")).toByteArray(); }

void AppSettings::setViewerWindowGeometry(model::Role role, const QByteArray& geometry) {
  if (geometry.isEmpty()) settings_.remove(layoutKey(role, "viewerWindow"));
  else settings_.setValue(layoutKey(role, "viewerWindow"), geometry);
}

void AppSettings::clearWindowLayout(model::Role role) {
  settings_.remove(layoutKey(role, "geometry"));
  settings_.remove(layoutKey(role, "state"));
  settings_.remove(layoutKey(role, "viewerWindow"));
}

QString AppSettings::defaultDatabasePath() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return QDir(dir).filePath(QStringLiteral("workstation.sqlite"));
}

QStringList AppSettings::annotationCategories() const {
  static const QStringList defaults{QStringLiteral("undeclared-goods"), QStringLiteral("concealment"), QStringLiteral("drugs"),
                                    QStringLiteral("weapons"),          QStringLiteral("cigarettes"),  QStringLiteral("currency"),
                                    QStringLiteral("other")};
  const QRegularExpression code(QRegularExpression::anchoredPattern(model::kCategoryPattern));
  QStringList codes;
  for (const QString& c : settings_.value(QStringLiteral("annotations/categories"), defaults).toStringList())
    if (code.match(c).hasMatch() && !codes.contains(c)) codes << c;  // a hand-edited file cannot smuggle in a bad code
  return codes.isEmpty() ? defaults : codes;
}

void AppSettings::setAnnotationCategories(const QStringList& codes) { settings_.setValue(QStringLiteral("annotations/categories"), codes); }

bool AppSettings::openInMaterialColours() const { return settings_.value(QStringLiteral("viewer/openInMaterialColours"), false).toBool(); }
void AppSettings::setOpenInMaterialColours(bool on) { settings_.setValue(QStringLiteral("viewer/openInMaterialColours"), on); }

QString AppSettings::scannerProfileFile() const { return settings_.value(QStringLiteral("scanners/profileFile")).toString(); }
void AppSettings::setScannerProfileFile(const QString& path) { settings_.setValue(QStringLiteral("scanners/profileFile"), path.trimmed()); }

int AppSettings::breakReminderMinutes() const {
  bool ok = false;
  const int minutes = settings_.value(QStringLiteral("comfort/breakReminderMinutes"), 40).toInt(&ok);
  return ok ? std::clamp(minutes, 0, 600) : 40;
}
void AppSettings::setBreakReminderMinutes(int minutes) { settings_.setValue(QStringLiteral("comfort/breakReminderMinutes"), std::clamp(minutes, 0, 600)); }

QString AppSettings::queueSort() const { return settings_.value(QStringLiteral("queue/sort")).toString(); }
void AppSettings::setQueueSort(const QString& key) { settings_.setValue(QStringLiteral("queue/sort"), key); }

client::RetentionPolicy AppSettings::retention() const {
  const client::RetentionPolicy defaults;
  const auto read = [this](const char* key, qint64 fallback, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 value = settings_.value(QStringLiteral("storage/") + QLatin1String(key), fallback).toLongLong(&ok);
    return ok ? std::clamp(value, min, max) : fallback;
  };
  client::RetentionPolicy policy;
  policy.cacheLimitBytes = read("cacheLimitGb", defaults.cacheLimitBytes >> 30, 1, 10000) << 30;
  policy.partFileMaxAgeHours = static_cast<int>(read("partFileMaxAgeHours", defaults.partFileMaxAgeHours, 1, 24 * 30));
  policy.deliveredKeepDays = static_cast<int>(read("deliveredKeepDays", defaults.deliveredKeepDays, 1, 3650));
  policy.telemetryKeepDays = static_cast<int>(read("telemetryKeepDays", defaults.telemetryKeepDays, 1, 3650));
  return policy;
}

void AppSettings::setRetention(const client::RetentionPolicy& policy) {
  settings_.setValue(QStringLiteral("storage/cacheLimitGb"), std::max<qint64>(1, policy.cacheLimitBytes >> 30));
  settings_.setValue(QStringLiteral("storage/partFileMaxAgeHours"), policy.partFileMaxAgeHours);
  settings_.setValue(QStringLiteral("storage/deliveredKeepDays"), policy.deliveredKeepDays);
  settings_.setValue(QStringLiteral("storage/telemetryKeepDays"), policy.telemetryKeepDays);
}

std::optional<QKeySequence> AppSettings::shortcut(const QString& actionId) const {
  const QString key = QStringLiteral("shortcuts/") + actionId;
  if (!settings_.contains(key)) return std::nullopt;
  return QKeySequence::fromString(settings_.value(key).toString(), QKeySequence::PortableText);
}

void AppSettings::setShortcut(const QString& actionId, const QKeySequence& key) {
  settings_.setValue(QStringLiteral("shortcuts/") + actionId, key.toString(QKeySequence::PortableText));
}

void AppSettings::clearShortcuts() { settings_.remove(QStringLiteral("shortcuts")); }

}  // namespace cip::app
