#include "app/cli/LanguageManager.h"

#include "app/cli/CliLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace cip::app {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QStringList LanguageManager::available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }

QString LanguageManager::apply(const QString& code) {
  requested_ = code;
  QCoreApplication::removeTranslator(&ours_);
  QCoreApplication::removeTranslator(&qt_);
  const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
  // Our .qm files are compiled into the program (see translations/CMakeLists.txt).
  if (ours_.load(locale, QStringLiteral("cip"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
    QCoreApplication::installTranslator(&ours_);
    current_ = ours_.language();
  } else {
    current_ = QStringLiteral("en");
  }
  if (qt_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(&qt_);
  QLocale::setDefault(current_ == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China) : locale);
  qCInfo(lcCli) << "language" << (code.isEmpty() ? QStringLiteral("system") : code) << "->" << current_;
  return current_;
}

}  // namespace cip::app
