#include "Samples.h"

#include "sync/model/Protocol.h"
#include "sync/model/Case.h"
#include "sync/model/Scanner.h"
#include "sync/model/User.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonDocument>

using namespace cip::model;

namespace {

QByteArray bytes(const QJsonObject& object) { return QJsonDocument(object).toJson(); }

/// Applies `edit` to a valid document and expects the decoder to reject it naming `field`.
template <class Decode>
void expectRejected(const QJsonObject& valid, Decode decode, const std::function<void(QJsonObject&)>& edit,
                    const QString& field, const QString& messagePart = QString()) {
  QJsonObject document = valid;
  edit(document);
  const auto decoded = decode(bytes(document));
  INFO("expected an error at " << field.toStdString() << ", got '" << decoded.error.toString().toStdString() << "'");
  REQUIRE_FALSE(decoded.ok());
  CHECK(decoded.error.field == field);
  if (!messagePart.isEmpty()) CHECK(decoded.error.message.contains(messagePart));
}

QJsonObject nested(const QJsonObject& root, const QString& key) { return root.value(key).toObject(); }

}  // namespace

TEST_CASE("Every domain type survives a JSON round trip", "[codec]") {
  const Declaration declaration = samples::declaration();
  const auto d = decodeDeclaration(bytes(toJson(declaration)));
  REQUIRE(d.ok());
  CHECK(toJson(*d.value) == toJson(declaration));
  CHECK(d.value->goods.size() == 2);
  CHECK(d.value->totalGrossKg() == Approx(6600));
  CHECK(d.value->goods.at(1).hsChapter() == QStringLiteral("64"));

  const Job job = samples::job();
  const auto j = decodeJob(bytes(toJson(job)));
  REQUIRE(j.ok());
  CHECK(toJson(*j.value) == toJson(job));
  CHECK(j.value->scans.first().modality == ScanModality::DualEnergyRadiograph);

  const Verdict verdict = samples::referral(QStringLiteral("V-1"));
  const auto v = decodeVerdict(bytes(toJson(verdict)));
  REQUIRE(v.ok());
  CHECK(toJson(*v.value) == toJson(verdict));
  CHECK(v.value->annotations.first().declarationLine == 1);
  CHECK(v.value->confidence == 80);

  Case exam;
  exam.id = QStringLiteral("C-7");
  exam.title = QStringLiteral("Cigarettes behind tiles");
  exam.kind = CaseKind::ExamQuestion;
  exam.scans = job.scans;
  exam.declaration = declaration;
  exam.groundTruthDecision = Decision::ReferToInspection;
  exam.groundTruthAnnotations = verdict.annotations;
  exam.hsCodes = {QStringLiteral("690890")};
  const auto c = decodeCase(bytes(toJson(exam)));
  REQUIRE(c.ok());
  CHECK(toJson(*c.value) == toJson(exam));

  const Scanner scanner{QStringLiteral("SC-1"), QStringLiteral("Gate 3"), QStringLiteral("Nuctech"),
                        QStringLiteral("MT1213"), QStringLiteral("CNNGB"), ScannerKind::Cargo, true,
                        ScannerProfile{QStringLiteral("SC-1"), {}, 4.6, 5.1, 6000, 4000, QStringLiteral("cargo-6-4MeV")}};
  const auto s = decodeScanner(bytes(toJson(scanner)));
  REQUIRE(s.ok());
  CHECK(s.value->dualEnergy);
  CHECK(s.value->profile == scanner.profile);

  const TelemetryEvent event{42, QStringLiteral("SC-1"), TelemetryKind::AnomalyFound, samples::at(3), 2,
                             QStringLiteral("2 anomalies")};
  const auto e = decodeTelemetryEvent(bytes(toJson(event)));
  REQUIRE(e.ok());
  CHECK(e.value->sequence == 42);
  CHECK(e.value->kind == TelemetryKind::AnomalyFound);

  const User user{QStringLiteral("li.wei"), QStringLiteral("Li Wei"), {Role::Analyst, Role::Trainee}};
  const auto u = decodeUser(bytes(toJson(user)));
  REQUIRE(u.ok());
  CHECK(u.value->hasRole(Role::Trainee));
  CHECK_FALSE(u.value->hasRole(Role::Admin));
}

TEST_CASE("Documents that are not JSON objects are rejected", "[codec]") {
  CHECK(decodeJob("").error.message.contains(QStringLiteral("invalid JSON")));
  CHECK(decodeJob("{\"id\": ").error.message.contains(QStringLiteral("invalid JSON at byte")));
  CHECK(decodeJob("[1,2,3]").error.message.contains(QStringLiteral("must be a JSON object")));
  CHECK(decodeJob("\xff\xfe{}").error.message.contains(QStringLiteral("invalid JSON")));
  const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
  CHECK_FALSE(decodeJob(deep).ok());
  QByteArray huge = "{\"id\":\"" + QByteArray(kMaxDocumentBytes, 'x') + "\"}";
  CHECK(decodeJob(huge).error.message.contains(QStringLiteral("at most")));
}

TEST_CASE("Malformed declarations name the field", "[codec]") {
  const QJsonObject valid = toJson(samples::declaration());
  auto decode = [](const QByteArray& b) { return decodeDeclaration(b); };
  expectRejected(valid, decode, [](QJsonObject& o) { o.remove(QStringLiteral("number")); }, QStringLiteral("number"), QStringLiteral("required"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("number")] = 42; }, QStringLiteral("number"), QStringLiteral("string"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("number")] = QStringLiteral("  "); }, QStringLiteral("number"), QStringLiteral("empty"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("lodgedAt")] = QStringLiteral("2026-11-23T08:00:00"); }, QStringLiteral("lodgedAt"), QStringLiteral("time zone"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("lodgedAt")] = QStringLiteral("yesterday"); }, QStringLiteral("lodgedAt"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("originCountry")] = QStringLiteral("China"); }, QStringLiteral("originCountry"), QStringLiteral("country code"));
  expectRejected(valid, decode, [](QJsonObject& o) {
    QJsonObject p = nested(o, QStringLiteral("consignee"));
    p.remove(QStringLiteral("name"));
    o[QStringLiteral("consignee")] = p;
  }, QStringLiteral("consignee.name"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("declarant")] = QStringLiteral("me"); }, QStringLiteral("declarant"), QStringLiteral("object"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("containerNumbers")] = QJsonArray{QStringLiteral("CSQU3054384")}; }, QStringLiteral("containerNumbers[0]"), QStringLiteral("ISO 6346"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("containerNumbers")] = QJsonArray{7}; }, QStringLiteral("containerNumbers[0]"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("containerNumbers")] = QStringLiteral("CSQU3054383"); }, QStringLiteral("containerNumbers"), QStringLiteral("array"));
  expectRejected(valid, decode, [](QJsonObject& o) {
    QJsonObject t = nested(o, QStringLiteral("transport"));
    t[QStringLiteral("mode")] = QStringLiteral("teleport");
    o[QStringLiteral("transport")] = t;
  }, QStringLiteral("transport.mode"), QStringLiteral("sea, road, rail, air"));
  auto editGoods = [](const std::function<void(QJsonObject&)>& f) {
    return [f](QJsonObject& o) {
      QJsonArray goods = o.value(QStringLiteral("goods")).toArray();
      QJsonObject second = goods.at(1).toObject();
      f(second);
      goods[1] = second;
      o[QStringLiteral("goods")] = goods;
    };
  };
  expectRejected(valid, decode, editGoods([](QJsonObject& g) { g[QStringLiteral("hsCode")] = QStringLiteral("64.03"); }), QStringLiteral("goods[1].hsCode"), QStringLiteral("HS code"));
  expectRejected(valid, decode, editGoods([](QJsonObject& g) { g[QStringLiteral("grossKg")] = -5; }), QStringLiteral("goods[1].grossKg"), QStringLiteral("outside"));
  expectRejected(valid, decode, editGoods([](QJsonObject& g) { g[QStringLiteral("grossKg")] = QStringLiteral("1200"); }), QStringLiteral("goods[1].grossKg"), QStringLiteral("number"));
  expectRejected(valid, decode, editGoods([](QJsonObject& g) { g[QStringLiteral("netKg")] = 1300; }), QStringLiteral("goods[1].netKg"), QStringLiteral("exceeds gross"));
  expectRejected(valid, decode, editGoods([](QJsonObject& g) { g[QStringLiteral("currency")] = QStringLiteral("usd"); }), QStringLiteral("goods[1].currency"));
  expectRejected(valid, decode, editGoods([](QJsonObject& g) { g[QStringLiteral("line")] = 1.5; }), QStringLiteral("goods[1].line"), QStringLiteral("whole number"));
  expectRejected(valid, decode, editGoods([](QJsonObject& g) { g[QStringLiteral("line")] = 1; }), QStringLiteral("goods[1].line"), QStringLiteral("twice"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("goods")] = QJsonArray{1}; }, QStringLiteral("goods"), QStringLiteral("item 0"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("goods")] = QJsonArray(); }, QStringLiteral("goods"), QStringLiteral("at least one"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("declaredEmpty")] = true; }, QStringLiteral("goods"), QStringLiteral("empty container"));
  expectRejected(valid, decode, [](QJsonObject& o) { o[QStringLiteral("declaredEmpty")] = QStringLiteral("yes"); }, QStringLiteral("declaredEmpty"));
}

TEST_CASE("Malformed jobs, annotations and verdicts name the field", "[codec]") {
  const QJsonObject job = toJson(samples::job());
  auto decodeJ = [](const QByteArray& b) { return decodeJob(b); };
  auto editScan = [](const QString& key, const QJsonValue& value) {
    return [key, value](QJsonObject& o) {
      QJsonArray scans = o.value(QStringLiteral("scans")).toArray();
      QJsonObject scan = scans.at(0).toObject();
      scan[key] = value;
      scans[0] = scan;
      o[QStringLiteral("scans")] = scans;
    };
  };
  expectRejected(job, decodeJ, editScan(QStringLiteral("fileName"), QStringLiteral("../../etc/passwd")), QStringLiteral("scans[0].fileName"), QStringLiteral("bare file name"));
  expectRejected(job, decodeJ, editScan(QStringLiteral("fileName"), QStringLiteral("a..b")), QStringLiteral("scans[0].fileName"), QStringLiteral(".."));
  expectRejected(job, decodeJ, editScan(QStringLiteral("sha256"), QStringLiteral("ABC")), QStringLiteral("scans[0].sha256"));
  expectRejected(job, decodeJ, editScan(QStringLiteral("sizeBytes"), 0), QStringLiteral("scans[0].sizeBytes"));
  expectRejected(job, decodeJ, editScan(QStringLiteral("sizeBytes"), 1e300), QStringLiteral("scans[0].sizeBytes"));
  expectRejected(job, decodeJ, [](QJsonObject& o) { o[QStringLiteral("priority")] = 9; }, QStringLiteral("priority"));
  expectRejected(job, decodeJ, [](QJsonObject& o) { o[QStringLiteral("status")] = QStringLiteral("lost"); }, QStringLiteral("status"));
  expectRejected(job, decodeJ, [](QJsonObject& o) { o[QStringLiteral("deadline")] = QStringLiteral("2026-11-22T08:00:00Z"); }, QStringLiteral("deadline"), QStringLiteral("before"));
  expectRejected(job, decodeJ, [](QJsonObject& o) { o[QStringLiteral("scans")] = QJsonArray(); }, QStringLiteral("scans"));
  expectRejected(job, decodeJ, [](QJsonObject& o) { o[QStringLiteral("id")] = QStringLiteral("J 1; DROP TABLE"); }, QStringLiteral("id"));
  expectRejected(job, decodeJ, [](QJsonObject& o) {
    QJsonArray scans = o.value(QStringLiteral("scans")).toArray();
    scans.append(scans.at(0));
    o[QStringLiteral("scans")] = scans;
  }, QStringLiteral("scans[1].id"), QStringLiteral("twice"));

  const QJsonObject annotation = toJson(samples::annotation(QStringLiteral("A-1")));
  auto decodeA = [](const QByteArray& b) { return decodeAnnotation(b); };
  expectRejected(annotation, decodeA, [](QJsonObject& o) { o[QStringLiteral("points")] = QJsonArray{QJsonArray{1, 2}}; }, QStringLiteral("points"), QStringLiteral("exactly 2"));
  expectRejected(annotation, decodeA, [](QJsonObject& o) { o[QStringLiteral("points")] = QJsonArray{QJsonArray{1, 2}, QJsonArray{1}}; }, QStringLiteral("points[1]"));
  expectRejected(annotation, decodeA, [](QJsonObject& o) { o[QStringLiteral("points")] = QJsonArray{QJsonArray{1, 2}, QJsonArray{1e12, 3}}; }, QStringLiteral("points[1]"));
  expectRejected(annotation, decodeA, [](QJsonObject& o) { o[QStringLiteral("shape")] = QStringLiteral("polygon"); }, QStringLiteral("points"), QStringLiteral("at least 3"));
  expectRejected(annotation, decodeA, [](QJsonObject& o) {
    o[QStringLiteral("shape")] = QStringLiteral("text");
    o[QStringLiteral("points")] = QJsonArray{QJsonArray{1, 2}};
  }, QStringLiteral("text"), QStringLiteral("needs its text"));
  expectRejected(annotation, decodeA, [](QJsonObject& o) { o[QStringLiteral("category")] = QStringLiteral("Drugs!"); }, QStringLiteral("category"));

  const QJsonObject verdict = toJson(samples::referral(QStringLiteral("V-1")));
  auto decodeV = [](const QByteArray& b) { return decodeVerdict(b); };
  expectRejected(verdict, decodeV, [](QJsonObject& o) {
    o[QStringLiteral("annotations")] = QJsonArray();
    o[QStringLiteral("comment")] = QString();
  }, QStringLiteral("annotations"), QStringLiteral("referral needs"));
  expectRejected(verdict, decodeV, [](QJsonObject& o) { o[QStringLiteral("decision")] = QStringLiteral("maybe"); }, QStringLiteral("decision"), QStringLiteral("release, refer-to-inspection, inconclusive"));
  expectRejected(verdict, decodeV, [](QJsonObject& o) { o[QStringLiteral("reasonCodes")] = QJsonArray{QStringLiteral("dense region")}; }, QStringLiteral("reasonCodes[0]"));
  expectRejected(verdict, decodeV, [](QJsonObject& o) { o[QStringLiteral("confidence")] = 101; }, QStringLiteral("confidence"));
  expectRejected(verdict, decodeV, [](QJsonObject& o) { o[QStringLiteral("submittedAt")] = QStringLiteral("2026-11-23T07:00:00Z"); }, QStringLiteral("submittedAt"), QStringLiteral("before openedAt"));
  expectRejected(verdict, decodeV, [](QJsonObject& o) { o[QStringLiteral("supersedes")] = QStringLiteral("V-1"); }, QStringLiteral("supersedes"), QStringLiteral("itself"));
  expectRejected(verdict, decodeV, [](QJsonObject& o) {
    QJsonArray annotations = o.value(QStringLiteral("annotations")).toArray();
    QJsonObject a = annotations.at(0).toObject();
    a.remove(QStringLiteral("author"));
    annotations[0] = a;
    o[QStringLiteral("annotations")] = annotations;
  }, QStringLiteral("annotations[0].author"));
  expectRejected(verdict, decodeV, [](QJsonObject& o) {
    QJsonArray annotations = o.value(QStringLiteral("annotations")).toArray();
    QJsonObject a = annotations.at(0).toObject();
    a[QStringLiteral("jobId")] = QStringLiteral("J-2");
    annotations[0] = a;
    o[QStringLiteral("annotations")] = annotations;
  }, QStringLiteral("annotations[0].jobId"), QStringLiteral("belongs to job"));
}

TEST_CASE("Malformed cases, scanners, telemetry and users name the field", "[codec]") {
  Case standard;
  standard.id = QStringLiteral("C-1");
  standard.title = QStringLiteral("Tyres, 40 ft");
  standard.kind = CaseKind::StandardImage;
  standard.scans = samples::job().scans;
  const QJsonObject c = toJson(standard);
  auto decodeC = [](const QByteArray& b) { return decodeCase(b); };
  expectRejected(c, decodeC, [](QJsonObject& o) { o[QStringLiteral("kind")] = QStringLiteral("exam-question"); }, QStringLiteral("groundTruthDecision"), QStringLiteral("answer"));
  expectRejected(c, decodeC, [](QJsonObject& o) { o[QStringLiteral("declaration")] = QJsonObject{{QStringLiteral("id"), QStringLiteral("D")}}; }, QStringLiteral("declaration.number"));

  const QJsonObject event = toJson(TelemetryEvent{1, QStringLiteral("SC-1"), TelemetryKind::StartUp, samples::at(0), 1, QString()});
  auto decodeE = [](const QByteArray& b) { return decodeTelemetryEvent(b); };
  expectRejected(event, decodeE, [](QJsonObject& o) { o[QStringLiteral("sequence")] = -1; }, QStringLiteral("sequence"));
  expectRejected(event, decodeE, [](QJsonObject& o) { o[QStringLiteral("kind")] = QStringLiteral("reboot"); }, QStringLiteral("kind"));

  const QJsonObject scanner = toJson(Scanner{QStringLiteral("SC-1"), QStringLiteral("Gate"), QStringLiteral("V"), QString(), QStringLiteral("CNNGB"), ScannerKind::CT, false, {}});
  expectRejected(scanner, [](const QByteArray& b) { return decodeScanner(b); }, [](QJsonObject& o) { o.remove(QStringLiteral("vendor")); }, QStringLiteral("vendor"));

  const QJsonObject user = toJson(User{QStringLiteral("a"), QStringLiteral("A"), {Role::Analyst}});
  auto decodeU = [](const QByteArray& b) { return decodeUser(b); };
  expectRejected(user, decodeU, [](QJsonObject& o) { o[QStringLiteral("roles")] = QJsonArray{QStringLiteral("root")}; }, QStringLiteral("roles[0]"), QStringLiteral("analyst, trainer"));
  expectRejected(user, decodeU, [](QJsonObject& o) { o[QStringLiteral("roles")] = QJsonArray(); }, QStringLiteral("roles"));
}

TEST_CASE("The fuzz seed corpus holds valid documents and malformed ones", "[codec][fuzz]") {
  // Seeds that stopped decoding would make the fuzzers start from nothing: keep them honest.
  const QMap<QString, std::function<bool(const QByteArray&)>> decoders{
      {QStringLiteral("job"), [](const QByteArray& b) { return decodeJob(b).ok(); }},
      {QStringLiteral("declaration"), [](const QByteArray& b) { return decodeDeclaration(b).ok(); }},
      {QStringLiteral("verdict"), [](const QByteArray& b) { return decodeVerdict(b).ok(); }},
      {QStringLiteral("annotation"), [](const QByteArray& b) { return decodeAnnotation(b).ok(); }},
      {QStringLiteral("case"), [](const QByteArray& b) { return decodeCase(b).ok(); }},
      {QStringLiteral("scanner"), [](const QByteArray& b) { return decodeScanner(b).ok(); }},
      {QStringLiteral("telemetry"), [](const QByteArray& b) { return decodeTelemetryEvent(b).ok(); }},
      {QStringLiteral("user"), [](const QByteArray& b) { return decodeUser(b).ok(); }},
      {QStringLiteral("scanner_profile"), [](const QByteArray& b) { return decodeScannerProfile(b).ok(); }},
      {QStringLiteral("scanner_profiles"), [](const QByteArray& b) { return decodeScannerProfileFile(b).ok(); }}};
  const QDir corpus(QStringLiteral(CIP_FUZZ_CORPUS));
  for (auto it = decoders.cbegin(); it != decoders.cend(); ++it) {
    const QDir dir(corpus.filePath(QStringLiteral("json_") + it.key()));
    const QStringList files = dir.entryList(QDir::Files);
    REQUIRE(files.size() >= 2);
    for (const QString& name : files) {
      QFile file(dir.filePath(name));
      REQUIRE(file.open(QIODevice::ReadOnly));
      INFO(file.fileName().toStdString());
      CHECK(it.value()(file.readAll()) == name.startsWith(QStringLiteral("valid_")));
    }
  }
}

TEST_CASE("Protocol envelopes: an empty list is a list, a missing one is an error", "[sync][codecs][protocol]") {
  const auto empty = cip::model::decodeJobList(R"({"jobs":[]})");
  REQUIRE(empty.ok());
  CHECK(empty.value->jobs.isEmpty());
  const auto missing = cip::model::decodeJobList(R"({"job":[]})");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error.field == QStringLiteral("jobs"));
  const auto problem = cip::model::decodeProblem(R"({"title":"Forbidden","status":403,"detail":"no","field":"jobId"})");
  REQUIRE(problem.ok());
  CHECK(problem.value->field == QStringLiteral("jobId"));
  CHECK_FALSE(cip::model::decodeProblem(R"({"title":"x","status":99})").ok());
  CHECK_FALSE(cip::model::decodeLoginAnswer(R"({"token":"short","expiresAt":"2026-11-23T08:00:00.000Z","user":{}})").ok());
}
