// A password leaves the workstation only over HTTPS, or to a central system on this machine:
// plain HTTP to another host is refused before anything is sent.
#include "sync/client/CentralClient.h"

#include <catch2/catch.hpp>

using namespace cip;

TEST_CASE("Credentials travel only over HTTPS or to this machine", "[client][identity]") {
  CHECK(client::CentralClient::mayCarryCredentials(QUrl(QStringLiteral("http://127.0.0.1:8765"))));
  CHECK(client::CentralClient::mayCarryCredentials(QUrl(QStringLiteral("http://localhost:8765"))));
  CHECK(client::CentralClient::mayCarryCredentials(QUrl(QStringLiteral("http://[::1]:8765"))));
  CHECK(client::CentralClient::mayCarryCredentials(QUrl(QStringLiteral("https://central.example:8443"))));
  CHECK_FALSE(client::CentralClient::mayCarryCredentials(QUrl(QStringLiteral("http://10.1.2.3:8765"))));
  CHECK_FALSE(client::CentralClient::mayCarryCredentials(QUrl(QStringLiteral("http://central.example"))));
  CHECK_FALSE(client::CentralClient::mayCarryCredentials(QUrl(QStringLiteral("http://localhost.example.com"))));

  // 192.0.2.0/24 is reserved for documentation: nothing could answer there, and nothing is asked.
  client::CentralClient remote(QUrl(QStringLiteral("http://192.0.2.10:8765")));
  std::optional<client::SignInAnswer> answer;
  remote.login(QStringLiteral("li.wei"), QStringLiteral("demo"), model::Role::Analyst, [&](const client::SignInAnswer& a) { answer = a; });
  REQUIRE(answer);  // refused at once, without a request
  CHECK(answer->outcome == client::SignInAnswer::Insecure);
  CHECK(answer->error.contains(QStringLiteral("HTTPS")));
  CHECK_FALSE(remote.signedIn());
}
