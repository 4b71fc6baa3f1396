#include "app/session/SignInFlow.h"

#include "widgets/SignInDialog.h"

#include <QEventLoop>
#include <QPointer>

#include <memory>

namespace cip::app {

SignInResult signInNow(Authenticator& authenticator, const QString& userId, const QString& password, model::Role role) {
  QEventLoop loop;
  std::optional<SignInResult> result;
  authenticator.signIn(userId, password, role, [&](const SignInResult& r) {
    result = r;
    loop.quit();
  });
  if (!result) loop.exec();  // the answer may already have come (offline, or a refusal before sending)
  return *result;
}

std::optional<SignedIn> signInInteractively(Authenticator& authenticator, const SignInStart& start, QWidget* parent) {
  widgets::SignInDialog dialog(parent);
  dialog.setUserId(start.userId);
  dialog.setRole(start.role);
  dialog.setNotice(start.notice);
  auto signedIn = std::make_shared<std::optional<SignedIn>>();
  QPointer<widgets::SignInDialog> open(&dialog);  // an answer may arrive after the dialog was cancelled
  QObject::connect(&dialog, &widgets::SignInDialog::signInRequested, &dialog,
                   [&authenticator, open, signedIn](const QString& userId, const QString& password, model::Role role) {
                     authenticator.signIn(userId, password, role, [open, signedIn, password](const SignInResult& result) {
                       if (!open) return;
                       if (!result.ok()) return open->refuse(result.error, result.grantedRoles, result.retryAfterSeconds);
                       *signedIn = SignedIn{*result.session, result.session->offlineVerified ? password : QString()};
                       open->accept();
                     });
                   });
  if (dialog.exec() != QDialog::Accepted) return std::nullopt;
  return *signedIn;
}

}  // namespace cip::app
