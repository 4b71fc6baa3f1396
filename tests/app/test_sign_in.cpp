#include "AppFixture.h"

#include "widgets/SignInDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using cip::model::Role;

TEST_CASE("Sign-in accepts a valid user id and returns the chosen role", "[app][gui]") {
  requireGui();
  cip::widgets::SignInDialog dialog;
  dialog.show();
  auto* userId = dialog.findChild<QLineEdit*>(QStringLiteral("userId"));
  auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
  REQUIRE(userId);
  CHECK_FALSE(ok->isEnabled());
  QTest::keyClicks(userId, QStringLiteral("wang fang"));  // the space is refused by the validator
  CHECK(userId->text() == QStringLiteral("wangfang"));
  CHECK(ok->isEnabled());
  dialog.setRole(Role::Supervisor);
  const cip::model::User user = dialog.user();
  CHECK(user.id == QStringLiteral("wangfang"));
  CHECK(user.hasRole(Role::Supervisor));
  CHECK_FALSE(user.hasRole(Role::Analyst));
}
