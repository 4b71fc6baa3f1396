#include "sync/model/Iso6346.h"

#include <catch2/catch.hpp>

using cip::model::checkContainerNumber;
using cip::model::containerCheckDigit;

TEST_CASE("ISO 6346 accepts real container numbers", "[iso6346]") {
  // Numbers published with their check digits (ISO 6346 examples and carriers' documents).
  // MSCU6639870 worked by hand: 24·1+30·2+13·4+32·8+6·16+6·32+3·64+9·128+8·256+7·512 = 7656,
  // 7656 mod 11 = 0, so the check digit is 0 (the often-quoted "MSCU6639871" is a typo).
  for (const char* number : {"CSQU3054383", "ZEPU0037255", "MSKU1234565", "MSCU6639870"}) {
    INFO(number);
    const auto check = checkContainerNumber(QString::fromLatin1(number));
    CHECK(check.valid);
    CHECK(check.problem.isEmpty());
  }
  CHECK(containerCheckDigit(QStringLiteral("CSQU305438")) == 3);
  CHECK(containerCheckDigit(QStringLiteral("ZEPU003725")) == 5);
}

TEST_CASE("ISO 6346 normalises the way numbers are painted on containers", "[iso6346]") {
  const auto check = checkContainerNumber(QStringLiteral("csqu 305438-3"));
  CHECK(check.valid);
  CHECK(check.normalized == QStringLiteral("CSQU3054383"));
}

TEST_CASE("ISO 6346 names what is wrong", "[iso6346]") {
  SECTION("wrong check digit") {
    const auto check = checkContainerNumber(QStringLiteral("CSQU3054384"));
    CHECK_FALSE(check.valid);
    CHECK(check.expectedCheckDigit == 3);
    CHECK(check.problem.contains(QStringLiteral("expected 3")));
  }
  SECTION("a misquoted number is caught") {
    CHECK(checkContainerNumber(QStringLiteral("MSCU6639871")).expectedCheckDigit == 0);
  }
  SECTION("transposed serial digits are caught") {
    CHECK_FALSE(checkContainerNumber(QStringLiteral("CSQU3045383")).valid);
  }
  SECTION("bad category") {
    const auto check = checkContainerNumber(QStringLiteral("CSQX3054383"));
    CHECK_FALSE(check.valid);
    CHECK(check.problem.contains(QStringLiteral("category")));
  }
  SECTION("digits in owner code") {
    CHECK(checkContainerNumber(QStringLiteral("C5QU3054383")).problem.contains(QStringLiteral("owner code")));
  }
  SECTION("letters in serial") {
    CHECK(checkContainerNumber(QStringLiteral("CSQU30S4383")).problem.contains(QStringLiteral("serial")));
  }
  SECTION("wrong length") {
    CHECK(checkContainerNumber(QStringLiteral("CSQU305438")).problem.contains(QStringLiteral("11 characters")));
    CHECK_FALSE(checkContainerNumber(QString()).valid);
  }
  SECTION("non-ASCII digits are not digits here") {
    CHECK_FALSE(checkContainerNumber(QStringLiteral("CSQU305438\u0663")).valid);
  }
}
