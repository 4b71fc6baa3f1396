#include "sync/model/DeclarationCheck.h"

namespace cip::model {

CheckOutcome worstOutcome(const QList<DeclarationCheck>& checks) {
  CheckOutcome worst = CheckOutcome::NotApplicable;
  auto rank = [](CheckOutcome o) { return o == CheckOutcome::Fail ? 3 : o == CheckOutcome::Warn ? 2 : o == CheckOutcome::Pass ? 1 : 0; };
  for (const DeclarationCheck& check : checks)
    if (rank(check.outcome) > rank(worst)) worst = check.outcome;
  return worst;
}

}  // namespace cip::model
