// Scanner profiles as the central system sends them and a site writes them: every field checked,
// errors that name the field, the right profile found, and the local copy replaced whole.
#include "Samples.h"

#include "sync/model/Scanner.h"
#include "sync/model/ScannerProfile.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace cip;
using namespace cip::model;

namespace {

DecodeError profileError(const char* json) {
  const Decoded<ScannerProfileFile> decoded = decodeScannerProfileFile(QByteArray(json));
  REQUIRE_FALSE(decoded.ok());
  return decoded.error;
}

}  // namespace

TEST_CASE("A scanner profile file reads and writes back alike", "[sync][profiles]") {
  const QByteArray text = R"({"profiles": [
    {"scannerId": "SCN-CNSHA-01", "pixelMmX": 5, "pixelMmY": 5.5, "highEnergyKeV": 6000, "lowEnergyKeV": 4000, "calibration": "cargo-6-4MeV"},
    {"model": "Eagle R60", "pixelMmX": 4.6, "pixelMmY": 4.6}]})";
  const Decoded<ScannerProfileFile> file = decodeScannerProfileFile(text);
  REQUIRE(file.ok());
  REQUIRE(file.value->profiles.size() == 2);
  const ScannerProfile& first = file.value->profiles[0];
  CHECK(first.pixelMmY == 5.5);
  CHECK(first.lowEnergyKeV == 4000);
  CHECK(first.calibration == QStringLiteral("cargo-6-4MeV"));
  const Decoded<ScannerProfileFile> again = decodeScannerProfileFile(QJsonDocument(toJson(*file.value)).toJson());
  REQUIRE(again.ok());
  CHECK(again.value->profiles == file.value->profiles);
}

TEST_CASE("A bad scanner profile is refused naming its field", "[sync][profiles]") {
  CHECK(profileError(R"({"profiles": [{"scannerId": "A", "pixelMmX": 0, "pixelMmY": 5}]})").field == QStringLiteral("profiles[0].pixelMmX"));
  CHECK(profileError(R"({"profiles": [{"scannerId": "A", "pixelMmX": 5}]})").field == QStringLiteral("profiles[0].pixelMmY"));
  const DecodeError order = profileError(R"({"profiles": [{"scannerId": "A"}, {"scannerId": "B", "highEnergyKeV": 4000, "lowEnergyKeV": 6000}]})");
  CHECK(order.field == QStringLiteral("profiles[1].lowEnergyKeV"));
  CHECK(order.message.contains(QStringLiteral("below highEnergyKeV")));
  CHECK(profileError(R"({"profiles": [{"scannerId": "A", "highEnergyKeV": 1e9}]})").field == QStringLiteral("profiles[0].highEnergyKeV"));
  CHECK(profileError(R"({"profiles": [{"scannerId": "A", "calibration": "../../etc"}]})").field == QStringLiteral("profiles[0].calibration"));
  CHECK(profileError(R"({"profiles": [{"pixelMmX": 5, "pixelMmY": 5}]})").message.contains(QStringLiteral("neither a scannerId nor a model")));
  CHECK(profileError(R"({"profile": []})").field == QStringLiteral("profiles"));
  CHECK(decodeScannerProfileFile(R"({"profiles": []})").ok());  // a centre with no profiles yet
  CHECK_FALSE(profileError(R"({"profiles": [{"scannerId": "A", "pixelMmX": 5, "pix)").toString().isEmpty());
}

TEST_CASE("The profile of a scan: by scanner id first, by model for a file from disk", "[sync][profiles]") {
  QList<ScannerProfile> profiles;
  profiles << ScannerProfile{{}, QStringLiteral("Eagle R60"), 4.6, 4.6, 0, 0, {}};
  profiles << ScannerProfile{QStringLiteral("SCN-1"), {}, 5, 5, 0, 0, {}};
  CHECK(findScannerProfile(profiles, QStringLiteral("SCN-1"), QStringLiteral("Eagle R60"))->pixelMmX == 5);
  CHECK(findScannerProfile(profiles, {}, QStringLiteral(" eagle r60 "))->pixelMmX == 4.6);
  CHECK_FALSE(findScannerProfile(profiles, QStringLiteral("SCN-2"), QStringLiteral("Other")));
  CHECK_FALSE(findScannerProfile(profiles, {}, {}));
}

TEST_CASE("A scanner's profile travels nested in its description", "[sync][profiles]") {
  const Decoded<Scanner> scanner = decodeScanner(R"({"id": "SCN-1", "name": "Gate", "vendor": "V", "site": "CNSHA", "kind": "cargo",
                                                      "profile": {"scannerId": "ELSEWHERE", "pixelMmX": 5, "pixelMmY": 5}})");
  REQUIRE(scanner.ok());
  CHECK(scanner.value->profile.scannerId == QStringLiteral("SCN-1"));  // the scanner it is nested in, whatever it says
  CHECK(scanner.value->profile.pixelMmX == 5);
  const Decoded<Scanner> bad = decodeScanner(R"({"id": "SCN-1", "name": "Gate", "vendor": "V", "site": "CNSHA", "kind": "cargo",
                                                  "profile": {"pixelMmX": -1, "pixelMmY": 5}})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error.field == QStringLiteral("profile.pixelMmX"));
}

TEST_CASE("The workstation's copy of the central profiles is replaced whole", "[sync][profiles][store]") {
  samples::TempDb tmp;
  auto store = store::Store::open(tmp.path(QStringLiteral("ws.sqlite")));
  store->scanners().replaceProfiles({ScannerProfile{QStringLiteral("A"), {}, 5, 5, 0, 0, {}}, ScannerProfile{QStringLiteral("B"), {}, 0, 0, 160, 80, {}}});
  REQUIRE(store->scanners().profiles().size() == 2);
  store->scanners().replaceProfiles({ScannerProfile{QStringLiteral("B"), {}, 0, 0, 140, 70, {}}});  // the centre dropped A, changed B
  const QList<ScannerProfile> held = store->scanners().profiles();
  REQUIRE(held.size() == 1);
  CHECK(held[0].scannerId == QStringLiteral("B"));
  CHECK(held[0].highEnergyKeV == 140);
}
