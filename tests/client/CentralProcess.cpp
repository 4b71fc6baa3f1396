#include "CentralProcess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <optional>

cip::client::SignInAnswer signInAs(cip::client::CentralClient& client, const QString& user, cip::model::Role role, const QString& password) {
  std::optional<cip::client::SignInAnswer> answer;
  client.login(user, password, role, [&](const cip::client::SignInAnswer& a) { answer = a; });
  waitFor([&] { return answer.has_value(); });
  return answer.value_or(cip::client::SignInAnswer{});
}

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
  // The predicate is asked once per round, never again for the answer: it may send a request.
  bool held = done();
  while (!held && timer.elapsed() < ms) {
    QTest::qWait(20);
    held = done();
  }
  return held;
}

CentralProcess::CentralProcess(const QString& dataFolder, const QStringList& extra) : data_(dataFolder), extra_(extra) { start(0); }

CentralProcess::~CentralProcess() { kill(); }

void CentralProcess::start(int port) {
  process_.setProcessChannelMode(QProcess::SeparateChannels);
  process_.start(QStringLiteral(CIP_CENTRAL_PATH), QStringList{QStringLiteral("--data"), data_, QStringLiteral("--port"), QString::number(port),
                                                               QStringLiteral("--demo-users")} +
                                                       extra_);
  REQUIRE(process_.waitForStarted(10000));
  static const QRegularExpression listening(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
  QByteArray seen;
  for (int i = 0; i < 300 && !listening.match(QString::fromLatin1(seen)).hasMatch(); ++i) {
    process_.waitForReadyRead(100);
    seen += process_.readAllStandardOutput();
    log_ += process_.readAllStandardError();
    INFO(seen.toStdString() << log_.toStdString());
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

QByteArray CentralProcess::log() {
  log_ += process_.readAllStandardError();
  return log_;
}

void CentralProcess::restart() {
  kill();
  start(url_.port());
}
