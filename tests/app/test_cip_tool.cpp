#include "Samples.h"

#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
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
