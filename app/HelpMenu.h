#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace cip::app {

class LanguageManager;
class ShortcutMap;

/// Help → Keyboard shortcuts (F1, Ctrl+/) and Help → User guide. Both open beside the work (not
/// modal) and come to the front when already open. The key reference is read from the live key
/// tables each time it opens; the guide is the one compiled into the program, in the language in
/// effect.
class HelpMenu : public QObject {
  Q_OBJECT
 public:
  /// `menuActions` gives the menus' fixed actions at the time the reference opens.
  HelpMenu(QWidget& window, const ShortcutMap& shortcuts, const LanguageManager& languages,
           std::function<QList<QAction*>()> menuActions, QObject* parent = nullptr);

  QAction* keysAction() const { return keys_; }
  QAction* guideAction() const { return guide_; }
  void retranslate();
  void showKeyReference();
  void showUserGuide();
  /// The guide's Markdown for `language` ("zh_CN" or anything else for English).
  static QString userGuide(const QString& language);

 private:
  QWidget& window_;
  const ShortcutMap& shortcuts_;
  const LanguageManager& languages_;
  std::function<QList<QAction*>()> menuActions_;
  QAction* keys_;
  QAction* guide_;
};

}  // namespace cip::app
