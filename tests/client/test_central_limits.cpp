// What one client may cost cip-central: body and header sizes, slow and idle connections, the
// connection caps, scan transfers at once, --listen, and internal errors that name no path and
// no SQL. Raw TCP where no HTTP client would misbehave on purpose.
#include "CentralHttp.h"
#include "CentralProcess.h"

#include "sync/demo/DemoData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

using namespace cip;

namespace {

QByteArray head(const QByteArray& requestLine, const QByteArray& fields = {}) { return requestLine + "\r\nHost: test\r\n" + fields + "\r\n"; }

/// Open connections that send nothing.
std::vector<std::unique_ptr<QTcpSocket>> openConnections(const QUrl& url, int count) {
  std::vector<std::unique_ptr<QTcpSocket>> sockets;
  for (int i = 0; i < count; ++i) {
    sockets.push_back(std::make_unique<QTcpSocket>());
    sockets.back()->connectToHost(url.host(), static_cast<quint16>(url.port()));
    REQUIRE(sockets.back()->waitForConnected(5000));
  }
  return sockets;
}

}  // namespace

TEST_CASE("Bodies and headers over their limits are refused before they are read", "[client][central][limits]") {
  QTemporaryDir dir;
  CentralProcess central(dir.filePath(QStringLiteral("central")));
  const QUrl url = central.url();

  SECTION("a verdict declared at 100 MiB: 413 after its first kilobyte") {
    const RawExchange x = rawExchange(url, {head("POST /api/v1/verdicts HTTP/1.1", "Content-Length: 104857600\r\n") + QByteArray(1024, 'x')});
    CHECK(x.status() == 413);
    CHECK(x.received.contains("8388608 bytes"));
    CHECK(x.closedByServer);
  }
  SECTION("a sign-in over 4 KiB") {
    CHECK(rawExchange(url, {head("POST /api/v1/auth/login HTTP/1.1", "Content-Length: 5000\r\n")}).status() == 413);
    // Spelled another way the path still reaches the sign-in once decoded: it gets no larger limit.
    for (const char* line : {"POST /api/v1//auth/login HTTP/1.1", "POST /api/v1/auth/%6cogin HTTP/1.1", "POST /api/v1/./auth/login HTTP/1.1"})
      CHECK(rawExchange(url, {head(line, "Content-Length: 5000\r\n")}).status() == 413);
    // … and 4 KiB of it still reaches the sign-in, which answers for itself.
    const QByteArray body = R"({"user":"li.wei","role":"analyst","password":")" + QByteArray(900, 'p') + "\"}";
    CHECK(rawExchange(url, {head("POST /api/v1/auth/login HTTP/1.1", "Content-Length: " + QByteArray::number(body.size()) + "\r\n") + body}, 10000, false)
              .status() == 401);
  }
  SECTION("20 KiB of header fields: 431") {
    CHECK(rawExchange(url, {head("GET /api/v1/time HTTP/1.1", "X-Padding: " + QByteArray(20 * 1024, 'a') + "\r\n")}).status() == 431);
  }
  SECTION("ambiguous framing: bare LF, a chunked body, two lengths") {
    CHECK(rawExchange(url, {"GET /api/v1/time HTTP/1.1\nHost: test\n\n"}).status() == 400);
    CHECK(rawExchange(url, {head("POST /api/v1/verdicts HTTP/1.1", "Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n"}).status() == 411);
    CHECK(rawExchange(url, {head("POST /api/v1/verdicts HTTP/1.1", "Content-Length: 2\r\nContent-Length: 2\r\n") + "{}"}).status() == 400);
  }
  // None of it disturbed the server.
  CHECK(httpCall(url, "GET", QStringLiteral("time")).status == 200);
}

TEST_CASE("A slow request is answered 408 and closed, an idle connection closed, a silent TLS handshake dropped", "[client][central][limits]") {
  QTemporaryDir dir;
  CentralProcess central(dir.filePath(QStringLiteral("central")),
                         {QStringLiteral("--request-timeout"), QStringLiteral("1"), QStringLiteral("--idle-timeout"), QStringLiteral("2")});
  const QUrl url = central.url();
  QElapsedTimer clock;
  clock.start();
  const RawExchange slow = rawExchange(url, {"GET /api/v1/time HTTP/1.1\r\nHost: te"});
  CHECK(slow.status() == 408);
  CHECK(slow.closedByServer);
  CHECK(clock.elapsed() >= 900);

  clock.restart();
  const RawExchange idle = rawExchange(url, {head("GET /api/v1/time HTTP/1.1")});
  CHECK(idle.status() == 200);  // answered, then kept open until idle for two seconds
  CHECK(idle.closedByServer);
  CHECK(clock.elapsed() >= 1800);

  // Over HTTPS the handshake itself must be done within the request timeout.
  QProcess openssl;
  openssl.setWorkingDirectory(dir.path());
  openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                                            QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                            QStringLiteral("/CN=127.0.0.1")});
  REQUIRE(openssl.waitForFinished(60000));
  REQUIRE(openssl.exitCode() == 0);
  CentralProcess tls(dir.filePath(QStringLiteral("tls")), {QStringLiteral("--request-timeout"), QStringLiteral("1"), QStringLiteral("--cert"),
                                                             dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--key"), dir.filePath(QStringLiteral("key.pem"))});
  clock.restart();
  const RawExchange silent = rawExchange(tls.url(), {});
  CHECK(silent.closedByServer);
  CHECK(silent.received.isEmpty());
  CHECK(clock.elapsed() >= 900);
}

TEST_CASE("Connections beyond the caps are answered 503 and closed", "[client][central][limits]") {
  QTemporaryDir dir;
  SECTION("per address") {
    CentralProcess central(dir.filePath(QStringLiteral("central")), {QStringLiteral("--max-connections-per-address"), QStringLiteral("3")});
    auto open = openConnections(central.url(), 3);
    const RawExchange refused = rawExchange(central.url(), {head("GET /api/v1/time HTTP/1.1")});
    CHECK(refused.status() == 503);
    CHECK(refused.closedByServer);
    open.pop_back();  // one closes: room for another
    REQUIRE(waitFor([&] { return httpCall(central.url(), "GET", QStringLiteral("time")).status == 200; }, 10000));
  }
  SECTION("in all") {
    CentralProcess central(dir.filePath(QStringLiteral("central")), {QStringLiteral("--max-connections"), QStringLiteral("2")});
    auto open = openConnections(central.url(), 2);
    CHECK(rawExchange(central.url(), {head("GET /api/v1/time HTTP/1.1")}).status() == 503);
  }
}

TEST_CASE("Scan files beyond --max-transfers at once are answered 503 with Retry-After", "[client][central][limits]") {
  QTemporaryDir dir;
  demo::writeBulkJobs(dir.filePath(QStringLiteral("jobs")), 2, 48 << 20, QStringLiteral("BIG"));
  CentralProcess central(dir.filePath(QStringLiteral("central")),
                         {QStringLiteral("--import"), dir.filePath(QStringLiteral("jobs")), QStringLiteral("--max-transfers"), QStringLiteral("1")});
  const QUrl url = central.url();
  const QString token = tokenOf(url, QStringLiteral("li.wei"), QStringLiteral("analyst"));
  const QJsonArray jobs = httpCall(url, "GET", QStringLiteral("jobs"), {}, bearer(token)).json().value(QStringLiteral("jobs")).toArray();
  REQUIRE(jobs.size() == 2);
  auto scanOf = [&](int i) { return jobs[i].toObject().value(QStringLiteral("scans")).toArray()[0].toObject().value(QStringLiteral("id")).toString(); };
  // A client that asks for 48 MiB and reads none of it holds its transfer open.
  QTcpSocket stalled;
  stalled.connectToHost(url.host(), static_cast<quint16>(url.port()));
  REQUIRE(stalled.waitForConnected(5000));
  stalled.setReadBufferSize(1);
  stalled.write(head("GET /api/v1/scans/" + scanOf(0).toLatin1() + "/file HTTP/1.1", "Authorization: Bearer " + token.toLatin1() + "\r\n"));
  REQUIRE(waitFor([&] { return stalled.bytesAvailable() > 0; }, 10000));
  const HttpAnswer busy = httpCall(url, "GET", QStringLiteral("scans/%1/file").arg(scanOf(1)), {}, bearer(token) + HttpHeaders{{"Range", "bytes=0-99"}});
  CHECK(busy.status == 503);
  CHECK(busy.header("Retry-After") == "1");
  stalled.abort();  // its transfer ends with it
  REQUIRE(waitFor([&] { return httpCall(url, "GET", QStringLiteral("scans/%1/file").arg(scanOf(1)), {}, bearer(token) + HttpHeaders{{"Range", "bytes=0-99"}}).status == 206; },
                  10000));
}

TEST_CASE("Plain HTTP beyond loopback needs --insecure-http, and says so loudly", "[client][central][limits]") {
  QTemporaryDir dir;
  const CentralRun refused = runCentral({QStringLiteral("--data"), dir.filePath(QStringLiteral("c")), QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--listen"), QStringLiteral("0.0.0.0")});
  CHECK(refused.exitCode == 1);
  CHECK(refused.err.contains(QStringLiteral("--insecure-http")));
  CHECK(runCentral({QStringLiteral("--data"), dir.filePath(QStringLiteral("c")), QStringLiteral("--listen"), QStringLiteral("not-an-address")}).exitCode == 1);

  QProcess server;
  server.start(QStringLiteral(CIP_CENTRAL_PATH), {QStringLiteral("--data"), dir.filePath(QStringLiteral("c")), QStringLiteral("--port"), QStringLiteral("0"),
                                                  QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--insecure-http")});
  QByteArray out, err;
  REQUIRE(waitFor([&] {
    out += server.readAllStandardOutput();
    err += server.readAllStandardError();
    return out.contains("listening on http://0.0.0.0:") || server.state() == QProcess::NotRunning;
  }));
  CHECK(out.contains("listening on http://0.0.0.0:"));
  CHECK(err.contains("PLAIN HTTP"));
  server.kill();
  server.waitForFinished(5000);
}

TEST_CASE("An internal error is answered with an incident id, never with a path or SQL", "[client][central][limits]") {
  QTemporaryDir dir;
  demo::DemoJobOptions options;
  options.count = 2;
  options.pixelMm = 20;
  const QString jobs = dir.filePath(QStringLiteral("jobs"));
  demo::writeDemoJobs(jobs, options);
  const QString data = dir.filePath(QStringLiteral("central"));
  CentralProcess central(data, {QStringLiteral("--import"), jobs});
  const QUrl url = central.url();
  const QString token = tokenOf(url, QStringLiteral("li.wei"), QStringLiteral("analyst"));
  const QJsonArray list = httpCall(url, "GET", QStringLiteral("jobs"), {}, bearer(token)).json().value(QStringLiteral("jobs")).toArray();
  REQUIRE(list.size() == 2);
  auto expectIncident = [&](const HttpAnswer& answer) {
    INFO(answer.body.toStdString());
    CHECK(answer.status == 500);
    const QString detail = answer.json().value(QStringLiteral("detail")).toString();
    const QRegularExpressionMatch incident = QRegularExpression(QStringLiteral("incident ([0-9a-f]{12})")).match(detail);
    REQUIRE(incident.hasMatch());
    CHECK_FALSE(detail.contains(QLatin1Char('/')));
    for (const QString& leak : {QStringLiteral(".dcs"), QStringLiteral("sqlite"), QStringLiteral("SELECT"), QStringLiteral("damaged"), QStringLiteral("document"), dir.path()})
      CHECK_FALSE(QString::fromUtf8(answer.body).contains(leak, Qt::CaseInsensitive));
    REQUIRE(waitFor([&] { return central.log().contains(incident.captured(1).toLatin1()); }, 5000));
  };

  SECTION("a scan file gone from the disk") {
    const QJsonObject scan = list[0].toObject().value(QStringLiteral("scans")).toArray()[0].toObject();
    REQUIRE(QFile::remove(QDir(jobs).filePath(scan.value(QStringLiteral("fileName")).toString())));
    expectIncident(httpCall(url, "GET", QStringLiteral("scans/%1/file").arg(scan.value(QStringLiteral("id")).toString()), {}, bearer(token)));
    CHECK(central.log().contains(scan.value(QStringLiteral("fileName")).toString().toUtf8()));  // the operator learns which
  }
  SECTION("a damaged row") {
    {
      QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
      db.setDatabaseName(QDir(data).filePath(QStringLiteral("central.sqlite")));
      REQUIRE(db.open());
      QSqlQuery damage(db);
      REQUIRE(damage.exec(QStringLiteral("UPDATE jobs SET document='{\"id\": 7}'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    expectIncident(httpCall(url, "GET", QStringLiteral("jobs"), {}, bearer(token)));
  }
}
