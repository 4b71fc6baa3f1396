#include "CentralProcess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

QString damageOneScanFile(const QString& jobFolder) {
  const QDir jobs(jobFolder);
  const QStringList scans = jobs.entryList({QStringLiteral("*_low.dcs")}, QDir::Files, QDir::Name);
  REQUIRE_FALSE(scans.isEmpty());
  QFile file(jobs.filePath(scans.first()));
  REQUIRE(file.open(QIODevice::ReadWrite));
  file.seek(file.size() / 2);
  file.write("tampered");
  return scans.first();
}

bool waitFor(const std::function<bool()>& done, int ms) {
  QElapsedTimer timer;
  timer.start();
  while (!done() && timer.elapsed() < ms) QTest::qWait(20);
  return done();
}

CentralProcess::CentralProcess(const QString& dataFolder, const QStringList& extra) : data_(dataFolder), extra_(extra) { start(0); }

CentralProcess::~CentralProcess() { kill(); }

void CentralProcess::start(int port) {
  process_.setProcessChannelMode(QProcess::SeparateChannels);
  process_.start(QStringLiteral(CIP_CENTRAL_PATH), QStringList{QStringLiteral("--data"), data_, QStringLiteral("--port"), QString::number(port),
                                                               QStringLiteral("--telemetry-ms"), QStringLiteral("0"), QStringLiteral("--demo-users")} +
                                                       extra_);
  REQUIRE(process_.waitForStarted(10000));
  static const QRegularExpression listening(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
  QByteArray seen;
  for (int i = 0; i < 300 && !listening.match(QString::fromLatin1(seen)).hasMatch(); ++i) {
    process_.waitForReadyRead(100);
    seen += process_.readAllStandardOutput();
    INFO(seen.toStdString() << process_.readAllStandardError().toStdString());
    REQUIRE(process_.state() == QProcess::Running);
  }
  const QRegularExpressionMatch m = listening.match(QString::fromLatin1(seen));
  INFO(seen.toStdString());
  REQUIRE(m.hasMatch());
  url_ = QUrl(m.captured(1));
}

void CentralProcess::kill() {
  if (process_.state() == QProcess::NotRunning) return;
  process_.kill();
  process_.waitForFinished(5000);
}

void CentralProcess::restart() {
  kill();
  start(url_.port());
}
