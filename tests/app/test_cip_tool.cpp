#include "Samples.h"
#include "../AcxFiles.h"

#include "imaging/core/synth/Scene.h"
#include "imaging/core/synth/SceneRenderer.h"
#include "imaging/core/writers/DicosWriter.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

struct Run {
  int exitCode = -1;
  QString out;
  QString err;
};

Run cipTool(const QStringList& arguments) {
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
  env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(CIP_TOOL_PATH), arguments);
  REQUIRE(process.waitForFinished(30000));
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

TEST_CASE("cip-tool --version names every library", "[app][cli]") {
  const Run run = cipTool({QStringLiteral("--version")});
  CHECK(run.exitCode == 0);
  for (const char* name : {"cip-tool", "Qt", "VTK", "DCMTK", "OpenCV", "SQLite"})
    CHECK(run.out.contains(QLatin1String(name)));
}

TEST_CASE("cip-tool info --plugins lists the vendors' format plugins, and info reads their files", "[app][cli][plugins]") {
  const Run list = cipTool({QStringLiteral("info"), QStringLiteral("--plugins")});
  INFO(list.err.toStdString());
  CHECK(list.exitCode == 0);
  CHECK(list.out.contains(QStringLiteral("Acme ACX cargo scan 1.0.0  (Acme Imaging (an example for plugin writers))  ABI 1, files .acx")));
  CHECK(list.out.contains(QStringLiteral("libcip_plugin_acme_acx.so")));

  samples::TempDb tmp;  // a folder of its own
  const QString path = tmp.path(QStringLiteral("bay.acx"));
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  const std::string bytes = acx::file(4, 2, false, 2.5f, 450, 0, "BAG-X");
  file.write(bytes.data(), static_cast<qint64>(bytes.size()));
  file.close();
  const Run info = cipTool({QStringLiteral("info"), path});
  INFO(info.err.toStdString());
  CHECK(info.exitCode == 0);
  CHECK(info.out.contains(QStringLiteral("Acme ACX cargo scan (plugin libcip_plugin_acme_acx.so)")));
  CHECK(info.out.contains(QStringLiteral("4 × 2")));
  CHECK(info.out.contains(QStringLiteral("2.5 × 2.5 mm")));
}

TEST_CASE("cip-tool db check passes a healthy database", "[app][cli]") {
  samples::TempDb tmp;
  {
    auto store = cip::store::Store::open(tmp.path());
    store->jobs().save(samples::job());
    store->verdicts().submit(samples::referral(QStringLiteral("V-1")), QStringLiteral("k-1"));
  }
  const Run run = cipTool({QStringLiteral("db"), QStringLiteral("check"), tmp.path()});
  INFO(run.err.toStdString());
  CHECK(run.exitCode == 0);
  CHECK(run.out.contains(QStringLiteral("ok")));
  CHECK(run.out.contains(QStringLiteral("1 entries intact")));
}

TEST_CASE("cip-tool db check reports a corrupted database clearly and fails", "[app][cli]") {
  samples::TempDb tmp;
  { auto store = cip::store::Store::open(tmp.path()); store->jobs().save(samples::job()); }

  SECTION("garbage over the header") {
    QFile file(tmp.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(512, '\x13'));
    file.close();
    const Run run = cipTool({QStringLiteral("db"), QStringLiteral("check"), tmp.path()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(tmp.path()));
    CHECK(run.err.contains(QStringLiteral("not a database")));
    CHECK(run.err.contains(QStringLiteral("FAILED")));
  }
  SECTION("a truncated file") {
    QFile file(tmp.path());
    REQUIRE(file.resize(4096 + 100));
    const Run run = cipTool({QStringLiteral("db"), QStringLiteral("check"), tmp.path()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(tmp.path()));
  }
  SECTION("a missing file") {
    const Run run = cipTool({QStringLiteral("db"), QStringLiteral("check"), tmp.path(QStringLiteral("nope.sqlite"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no such file")));
  }
}

TEST_CASE("cip-tool refuses unknown commands with usage", "[app][cli]") {
  const Run run = cipTool({QStringLiteral("frobnicate")});
  CHECK(run.exitCode == 2);
  CHECK(run.err.contains(QStringLiteral("unknown command")));
  CHECK(run.err.contains(QStringLiteral("db check")));
}


namespace {

/// A 2-channel uint16 NumPy scan of 64 × 32 pixels: high = a horizontal ramp, low = 80 % of it.
QString writeDualEnergyNpy(const QString& path) {
  QByteArray dict = "{'descr': '<u2', 'fortran_order': False, 'shape': (32, 64, 2), }";
  while ((10 + dict.size() + 1) % 64 != 0) dict += ' ';
  dict += '\n';
  QByteArray bytes("\x93NUMPY\x01\x00", 8);
  bytes += static_cast<char>(dict.size() & 0xff);
  bytes += static_cast<char>(dict.size() >> 8);
  bytes += dict;
  for (int y = 0; y < 32; ++y)
    for (int x = 0; x < 64; ++x) {
      const quint16 high = static_cast<quint16>(1000 + x * 1000), low = static_cast<quint16>(high * 8 / 10);
      for (quint16 v : {high, low}) {
        bytes += static_cast<char>(v & 0xff);
        bytes += static_cast<char>(v >> 8);
      }
    }
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(bytes);
  return path;
}

}  // namespace

TEST_CASE("cip-tool info describes a scan file as a table", "[app][cli][imaging]") {
  samples::TempDb tmp;
  const QString npy = writeDualEnergyNpy(tmp.path(QStringLiteral("scan.npy")));
  const Run run = cipTool({QStringLiteral("info"), npy});
  INFO(run.err.toStdString());
  CHECK(run.exitCode == 0);
  CHECK(run.out.contains(QStringLiteral("NumPy .npy")));
  CHECK(run.out.contains(QStringLiteral("64 × 32")));
  CHECK(run.out.contains(QStringLiteral("2 (high, low)")));
  CHECK(run.out.contains(QStringLiteral("transmission")));

  const Run missing = cipTool({QStringLiteral("info"), tmp.path(QStringLiteral("none.dcm"))});
  CHECK(missing.exitCode == 1);
  CHECK(missing.err.contains(QStringLiteral("none.dcm: no such file")));
}

TEST_CASE("cip-tool info measures with a scanner profile and says whose", "[app][cli][imaging][profiles]") {
  samples::TempDb tmp;
  const QString npy = writeDualEnergyNpy(tmp.path(QStringLiteral("scan.npy")));
  QFile profiles(tmp.path(QStringLiteral("profiles.json")));
  REQUIRE(profiles.open(QIODevice::WriteOnly));
  profiles.write(R"({"profiles": [{"scannerId": "SCN-A", "pixelMmX": 4.5, "pixelMmY": 6, "calibration": "baggage-160-80kV"}]})");
  profiles.close();
  const Run run = cipTool({QStringLiteral("info"), npy, QStringLiteral("--profiles"), profiles.fileName(), QStringLiteral("--scanner"), QStringLiteral("SCN-A")});
  INFO(run.out.toStdString() << run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  CHECK(run.out.contains(QStringLiteral("4.5 × 6 mm (from the profile of scanner SCN-A in profiles.json)")));
  CHECK(run.out.contains(QStringLiteral("baggage 160/80 kV (from the profile of scanner SCN-A in profiles.json: calibration 'baggage-160-80kV')")));
  CHECK(run.out.contains(QStringLiteral("(the file states none)")));

  const Run unknown = cipTool({QStringLiteral("info"), npy, QStringLiteral("--profiles"), profiles.fileName(), QStringLiteral("--scanner"), QStringLiteral("SCN-B")});
  CHECK(unknown.exitCode == 1);
  CHECK(unknown.err.contains(QStringLiteral("holds no profile of scanner SCN-B")));
  REQUIRE(profiles.open(QIODevice::WriteOnly | QIODevice::Truncate));
  profiles.write(R"({"profiles": [{"scannerId": "SCN-A", "pixelMmX": 4.5}]})");
  profiles.close();
  const Run bad = cipTool({QStringLiteral("info"), npy, QStringLiteral("--profiles"), profiles.fileName()});
  CHECK(bad.exitCode == 1);
  CHECK(bad.err.contains(QStringLiteral("profiles.json: profiles[0].pixelMmY")));
  const Run analyze = cipTool({QStringLiteral("analyze"), npy, QStringLiteral("--profiles"), profiles.fileName()});
  CHECK(analyze.exitCode == 1);
  CHECK(analyze.err.contains(QStringLiteral("profiles[0].pixelMmY")));
}

TEST_CASE("cip-tool render writes the scan as displayed", "[app][cli][imaging]") {
  samples::TempDb tmp;
  const QString npy = writeDualEnergyNpy(tmp.path(QStringLiteral("scan.npy")));
  const QString png = tmp.path(QStringLiteral("out.png"));
  Run run = cipTool({QStringLiteral("render"), npy, QStringLiteral("-o"), png, QStringLiteral("--channel"), QStringLiteral("low"),
                     QStringLiteral("--window"), QStringLiteral("26000,52000")});
  INFO(run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  QImage image(png);
  REQUIRE(image.width() == 64);
  REQUIRE(image.height() == 32);
  // The low channel ramps from 800 to 51200 over a 0–52000 window: dark on the left, bright right.
  CHECK(qGray(image.pixel(0, 10)) < 10);
  CHECK(qGray(image.pixel(63, 10)) > 240);

  run = cipTool({QStringLiteral("render"), npy, QStringLiteral("-o"), png, QStringLiteral("--preset"), QStringLiteral("attenuation"),
                 QStringLiteral("--colors"), QStringLiteral("viridis")});
  CHECK(run.exitCode == 0);
  image.load(png);
  CHECK(qGray(image.pixel(63, 10)) > qGray(image.pixel(0, 10)));  // air-white convention in log display

  run = cipTool({QStringLiteral("render"), npy, QStringLiteral("-o"), png, QStringLiteral("--preset"), QStringLiteral("sparkly")});
  CHECK(run.exitCode == 1);
  CHECK(run.err.contains(QStringLiteral("unknown preset")));
  CHECK(cipTool({QStringLiteral("render"), npy}).exitCode == 2);
}

TEST_CASE("cip-tool convert writes DICOS that reads back as the same scan", "[app][cli][imaging]") {
  samples::TempDb tmp;
  const QString npy = writeDualEnergyNpy(tmp.path(QStringLiteral("scan.npy")));
  const Run run = cipTool({QStringLiteral("convert"), npy, QStringLiteral("-o"), tmp.path(QStringLiteral("scan.dcs"))});
  INFO(run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  CHECK(run.out.contains(QStringLiteral("scan_low.dcs written")));
  const Run info = cipTool({QStringLiteral("info"), tmp.path(QStringLiteral("scan_low.dcs"))});
  CHECK(info.out.contains(QStringLiteral("DICOS")));
  CHECK(info.out.contains(QStringLiteral("2 (high, low)")));
  CHECK(cipTool({QStringLiteral("convert"), npy}).exitCode == 2);
}

TEST_CASE("cip-tool synth renders a shipped scene into DICOS and ground truth", "[app][cli][imaging]") {
  samples::TempDb tmp;
  const QString scene = QStringLiteral(CIP_SAMPLE_SCENES "/tiles_cigarettes_concealed.json");
  const Run run = cipTool({QStringLiteral("synth"), scene, QStringLiteral("-o"), tmp.dir.path()});
  INFO(run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  CHECK(QFile::exists(tmp.path(QStringLiteral("tiles_cigarettes_concealed.dcs"))));
  CHECK(QFile::exists(tmp.path(QStringLiteral("tiles_cigarettes_concealed_low.dcs"))));
  CHECK(QFile::exists(tmp.path(QStringLiteral("tiles_cigarettes_concealed.truth.json"))));
  const Run bad = cipTool({QStringLiteral("synth"), tmp.path(QStringLiteral("none.json")), QStringLiteral("-o"), tmp.dir.path()});
  CHECK(bad.exitCode == 1);
  CHECK(bad.err.contains(QStringLiteral("none.json")));
}

TEST_CASE("cip-tool analyze reports findings as JSON and draws them", "[app][cli][imaging]") {
  samples::TempDb tmp;
  const QString scene = QStringLiteral(CIP_SAMPLE_SCENES "/tiles_cigarettes_concealed.json");
  REQUIRE(cipTool({QStringLiteral("synth"), scene, QStringLiteral("-o"), tmp.dir.path()}).exitCode == 0);
  const QString scan = tmp.path(QStringLiteral("tiles_cigarettes_concealed.dcs"));
  const Run run = cipTool({QStringLiteral("analyze"), scan, QStringLiteral("--hs"), QStringLiteral("690721"), QStringLiteral("--overlay"),
                           tmp.path(QStringLiteral("findings.png"))});
  INFO(run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
  CHECK(doc.value(QStringLiteral("format")).toString() == QStringLiteral("cip-findings"));
  CHECK(doc.value(QStringLiteral("materialsChecked")).toBool());
  int anomalies = 0;
  for (const QJsonValue f : doc.value(QStringLiteral("findings")).toArray())
    anomalies += f.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("anomaly") ? 1 : 0;
  CHECK(anomalies == 1);
  CHECK(QImage(tmp.path(QStringLiteral("findings.png"))).width() > 1000);

  // Declared empty, the same container is not; the summary goes to the terminal, the JSON to the file.
  const Run empty = cipTool({QStringLiteral("analyze"), scan, QStringLiteral("--declared-empty"), QStringLiteral("-o"), tmp.path(QStringLiteral("f.json"))});
  CHECK(empty.exitCode == 0);
  CHECK(empty.out.contains(QStringLiteral("not-empty")));
  CHECK(QFile::exists(tmp.path(QStringLiteral("f.json"))));

  const Run badCode = cipTool({QStringLiteral("analyze"), scan, QStringLiteral("--hs"), QStringLiteral("69O7")});
  CHECK(badCode.exitCode == 1);
  CHECK(badCode.err.contains(QStringLiteral("69O7")));
  CHECK(cipTool({QStringLiteral("analyze"), scan, QStringLiteral("--hs"), QStringLiteral("6907"), QStringLiteral("--declared-empty")}).exitCode == 2);
  const Run missing = cipTool({QStringLiteral("analyze"), tmp.path(QStringLiteral("none.dcs"))});
  CHECK(missing.exitCode == 1);
  CHECK(missing.err.contains(QStringLiteral("none.dcs")));
}

TEST_CASE("cip-tool analyze makes no cargo findings on a baggage scan and says why", "[app][cli][imaging]") {
  samples::TempDb tmp;
  cip::imaging::Scan bag = cip::imaging::renderScene(cip::imaging::readScene(CIP_SAMPLE_SCENES "/tiles_cigarettes_concealed.json")).scan;
  bag.meta.objectType = "BAGGAGE";
  const QString scan = tmp.path(QStringLiteral("bag.dcs"));
  cip::imaging::writeDicos(bag, scan.toStdString());
  const Run run = cipTool({QStringLiteral("analyze"), scan, QStringLiteral("--hs"), QStringLiteral("690721")});
  INFO(run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
  CHECK_FALSE(doc.value(QStringLiteral("cargoScan")).toBool(true));
  CHECK(doc.value(QStringLiteral("scanIs")).toString() == QStringLiteral("a baggage scan"));
  CHECK(doc.value(QStringLiteral("findings")).toArray().isEmpty());
  CHECK(doc.value(QStringLiteral("notes")).toArray().first().toString().contains(QStringLiteral("made for container and vehicle scans")));
  const Run summary = cipTool({QStringLiteral("analyze"), scan, QStringLiteral("-o"), tmp.path(QStringLiteral("bag.json"))});
  CHECK(summary.out.contains(QStringLiteral("not analysed: automatic cargo findings are made for container and vehicle scans; this is a baggage scan")));
}

TEST_CASE("cip-tool synth --random writes labelled scenes that render again", "[app][cli][imaging]") {
  samples::TempDb tmp;
  const Run run = cipTool({QStringLiteral("synth"), QStringLiteral("--random"), QStringLiteral("4"), QStringLiteral("--seed"),
                           QStringLiteral("7"), QStringLiteral("--pixel"), QStringLiteral("20"), QStringLiteral("-o"), tmp.dir.path()});
  INFO(run.err.toStdString());
  REQUIRE(run.exitCode == 0);
  for (const char* name : {"empty_clean_00007", "empty_concealed_00008", "loaded_clean_00009", "loaded_concealed_00010"})
    for (const char* suffix : {".scene.json", ".dcs", "_low.dcs", ".truth.json"})
      CHECK(QFile::exists(tmp.path(QLatin1String(name) + QLatin1String(suffix))));
  const Run again = cipTool({QStringLiteral("synth"), tmp.path(QStringLiteral("loaded_concealed_00010.scene.json")), QStringLiteral("-o"),
                             tmp.path(QStringLiteral("again"))});
  CHECK(again.exitCode == 0);
  CHECK(cipTool({QStringLiteral("synth"), QStringLiteral("--random"), QStringLiteral("0"), QStringLiteral("-o"), tmp.dir.path()}).exitCode == 2);
}
