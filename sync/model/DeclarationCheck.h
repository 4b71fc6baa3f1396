#pragma once

#include <QList>
#include <QString>

namespace cip::model {

/// How one comparison of image and declaration came out. A fail is something the analyst must
/// explain in the verdict; a warn is worth a look; neither decides anything by itself.
enum class CheckOutcome { Pass, Warn, Fail, NotApplicable };

enum class CheckKind { ContainerNumbers, EmptyContainer, Weight, Materials };

/// One line of the image–declaration checks, with the reason in words the analyst reads (and the
/// verdict report prints), already translated.
struct DeclarationCheck {
  CheckKind kind = CheckKind::Weight;
  CheckOutcome outcome = CheckOutcome::NotApplicable;
  QString title;
  QString why;
};

/// The worst outcome of the list (fail over warn over pass); NotApplicable when the list is empty.
CheckOutcome worstOutcome(const QList<DeclarationCheck>& checks);

}  // namespace cip::model
