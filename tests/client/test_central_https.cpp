// HTTPS to the central system: a site CA (made here with the openssl tool) signs the server's
// certificate; a workstation that trusts the CA syncs, one that does not refuses the link and
// says why.
#include "CentralProcess.h"

#include "sync/client/CentralClient.h"
#include "sync/client/SyncService.h"
#include "sync/demo/DemoData.h"
#include "sync/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace cip;

namespace {

void openssl(const QString& folder, const QStringList& args) {
  QProcess tool;
  tool.setWorkingDirectory(folder);
  tool.start(QStringLiteral("openssl"), args);
  REQUIRE(tool.waitForFinished(60000));
  INFO(tool.readAllStandardError().toStdString());
  REQUIRE(tool.exitCode() == 0);
}

/// ca.pem and a server.pem / server.key for 127.0.0.1 signed by it.
void makeSiteCertificates(const QString& folder) {
  openssl(folder, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=CIP test site CA")});
  openssl(folder, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
  QFile ext(QDir(folder).filePath(QStringLiteral("server.ext")));
  REQUIRE(ext.open(QIODevice::WriteOnly));
  ext.write("subjectAltName=IP:127.0.0.1\n");
  ext.close();
  openssl(folder, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                   QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                   QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
}

}  // namespace

TEST_CASE("Over HTTPS a workstation trusting the site CA syncs, one that does not refuses the link", "[client][central][https]") {
  REQUIRE(QSslSocket::supportsSsl());  // the openssl TLS backend ships with libqt6network6
  QTemporaryDir dir;
  makeSiteCertificates(dir.path());
  demo::DemoJobOptions options;
  options.count = 2;
  options.pixelMm = 20;
  demo::writeDemoJobs(dir.filePath(QStringLiteral("jobs")), options);
  CentralProcess central(dir.filePath(QStringLiteral("central")), {QStringLiteral("--import"), dir.filePath(QStringLiteral("jobs")), QStringLiteral("--cert"),
                                                                    dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--key"),
                                                                    dir.filePath(QStringLiteral("server.key"))});
  REQUIRE(central.url().scheme() == QStringLiteral("https"));

  SECTION("trusted") {
    client::CentralClient client(central.url());
    client.setTrustedCertificates(QSslCertificate::fromPath(dir.filePath(QStringLiteral("ca.pem"))));
    REQUIRE(signInAs(client, QStringLiteral("li.wei"), model::Role::Analyst).ok());
    auto store = store::Store::open(dir.filePath(QStringLiteral("ws.sqlite")));
    client::SyncService sync(client, *store, dir.filePath(QStringLiteral("cache")));
    sync.pullNow();
    REQUIRE(waitFor([&] { return !sync.pulling() && sync.downloads().pending() == 0 && store->jobs().count() == 2; }, 60000));
    for (const model::Job& job : store->jobs().queue())
      for (const model::ScanRef& scan : job.scans) CHECK(client::sha256OfFile(store->jobs().scanLocalPath(scan.id)) == scan.sha256);
    CHECK(client.connectivity() == client::Connectivity::Online);
  }
  SECTION("not trusted") {
    client::CentralClient client(central.url());
    const client::SignInAnswer refused = signInAs(client, QStringLiteral("li.wei"), model::Role::Analyst);
    CHECK_FALSE(refused.ok());
    CHECK(refused.outcome == client::SignInAnswer::Failed);  // something answered: not "unreachable", no offline sign-in
    CHECK(refused.error.contains(QStringLiteral("certificate is not trusted")));
    CHECK(client.connectivity() == client::Connectivity::ServerError);
    CHECK_FALSE(client.signedIn());
  }
}

TEST_CASE("cip-central refuses a certificate or key it cannot read, naming the file", "[client][central][https]") {
  QTemporaryDir dir;
  QFile junk(dir.filePath(QStringLiteral("junk.pem")));
  REQUIRE(junk.open(QIODevice::WriteOnly));
  junk.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
  junk.close();
  QProcess server;
  server.start(QStringLiteral(CIP_CENTRAL_PATH), {QStringLiteral("--data"), dir.filePath(QStringLiteral("c")), QStringLiteral("--port"), QStringLiteral("0"),
                                                  QStringLiteral("--cert"), junk.fileName(), QStringLiteral("--key"), junk.fileName()});
  REQUIRE(server.waitForFinished(30000));
  CHECK(server.exitCode() != 0);
  CHECK(server.readAllStandardError().contains(junk.fileName().toUtf8()));
}
