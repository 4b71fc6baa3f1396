#pragma once

#include <QString>

namespace cip::model {

/// Result of checking a freight container number against ISO 6346. Analysts compare the number
/// on the declaration with the one on the scan; a number whose check digit is wrong is a typo or
/// a forgery, and the panel must say which part is wrong.
struct ContainerNumberCheck {
  bool valid = false;
  QString normalized;       ///< upper case, spaces and hyphens removed, e.g. "CSQU3054383"
  QString problem;          ///< empty when valid
  int expectedCheckDigit = -1;  ///< computed from the first ten characters when they are well formed
};

/// Validates owner code (3 letters), equipment category (U, J or Z), 6-digit serial and check digit.
ContainerNumberCheck checkContainerNumber(const QString& text);

/// The ISO 6346 check digit of a well-formed 10-character prefix ("CSQU305438" → 3), or -1.
int containerCheckDigit(const QString& firstTen);

}  // namespace cip::model
