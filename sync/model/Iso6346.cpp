#include "sync/model/Iso6346.h"

namespace cip::model {

namespace {

// ISO 6346 letter values: A=10 upwards, skipping 11, 22 and 33 (multiples of the modulus).
int letterValue(QChar letter) {
  int value = 10;
  for (char c = 'A'; c <= 'Z'; ++c, ++value) {
    if (value % 11 == 0) ++value;
    if (letter == QLatin1Char(c)) return value;
  }
  return -1;
}

bool isUpperLetter(QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); }
bool isAsciiDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

}  // namespace

int containerCheckDigit(const QString& firstTen) {
  if (firstTen.size() != 10) return -1;
  int sum = 0;
  for (int i = 0; i < 10; ++i) {
    const QChar c = firstTen.at(i);
    int value = -1;
    if (i < 4 && isUpperLetter(c)) value = letterValue(c);
    if (i >= 4 && isAsciiDigit(c)) value = c.digitValue();
    if (value < 0) return -1;
    sum += value << i;
  }
  return sum % 11 % 10;
}

ContainerNumberCheck checkContainerNumber(const QString& text) {
  ContainerNumberCheck check;
  for (QChar c : text) {
    if (c != QLatin1Char(' ') && c != QLatin1Char('-')) check.normalized += c.toUpper();
  }
  const QString& n = check.normalized;
  if (n.size() != 11) {
    check.problem = QStringLiteral("must have 11 characters (4 letters, 7 digits), has %1").arg(n.size());
    return check;
  }
  for (int i = 0; i < 3; ++i) {
    if (!isUpperLetter(n.at(i))) {
      check.problem = QStringLiteral("owner code '%1' must be three letters").arg(n.left(3));
      return check;
    }
  }
  const QChar category = n.at(3);
  if (category != QLatin1Char('U') && category != QLatin1Char('J') && category != QLatin1Char('Z')) {
    check.problem = QStringLiteral("equipment category '%1' must be U, J or Z").arg(category);
    return check;
  }
  for (int i = 4; i < 11; ++i) {
    if (!isAsciiDigit(n.at(i))) {
      check.problem = QStringLiteral("serial number and check digit '%1' must be 7 digits").arg(n.mid(4));
      return check;
    }
  }
  check.expectedCheckDigit = containerCheckDigit(n.left(10));
  if (n.at(10).digitValue() != check.expectedCheckDigit) {
    check.problem = QStringLiteral("check digit is %1, expected %2")
                        .arg(n.at(10)).arg(check.expectedCheckDigit);
    return check;
  }
  check.valid = true;
  return check;
}

}  // namespace cip::model
