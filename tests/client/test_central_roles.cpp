// Every endpoint × every role, as docs/sync-protocol.md's table says (read from the file, so the
// document and the server cannot drift apart), and what the case library shows each role.
#include "CentralHttp.h"
#include "CentralProcess.h"

#include "sync/demo/DemoData.h"
#include "sync/model/Case.h"
#include "sync/model/Protocol.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>
#include <map>

using namespace cip;

namespace {

/// One row of the table: the endpoint cell, the method and path it names, and the status per column.
struct TableRow {
  QString key;
  QByteArray method;
  QString path;
  std::map<QString, int> expected;
};

/// The "Endpoint × role" table of docs/sync-protocol.md.
QList<TableRow> readRoleTable(QStringList* columns) {
  QFile file(QStringLiteral(CIP_PROTOCOL_DOC));
  REQUIRE(file.open(QIODevice::ReadOnly));
  const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
  const qsizetype heading = lines.indexOf(QStringLiteral("## Endpoint × role"));
  REQUIRE(heading >= 0);
  auto cells = [](QString line) {
    line.replace(QLatin1String("\\|"), QLatin1String("\x01"));
    QStringList parts = line.split(QLatin1Char('|'));
    parts = parts.mid(1, parts.size() - 2);
    for (QString& part : parts) part = part.replace(QLatin1Char('\x01'), QLatin1Char('|')).trimmed();
    return parts;
  };
  QList<TableRow> rows;
  qsizetype i = heading + 1;
  while (i < lines.size() && !lines[i].startsWith(QLatin1Char('|'))) ++i;
  REQUIRE(i < lines.size());
  const QStringList header = cells(lines[i]);
  REQUIRE(header.value(0) == QStringLiteral("endpoint"));
  *columns = header.mid(1);
  if (columns->last() == QStringLiteral("notes")) columns->removeLast();
  static const QRegularExpression endpoint(QStringLiteral("^`([A-Z]+) (/api/v1/[^`]*)`"));
  for (i += 2; i < lines.size() && lines[i].startsWith(QLatin1Char('|')); ++i) {
    const QStringList row = cells(lines[i]);
    const QRegularExpressionMatch m = endpoint.match(row.value(0));
    INFO(lines[i].toStdString());
    REQUIRE(m.hasMatch());
    TableRow entry{row.value(0), m.captured(1).toLatin1(), m.captured(2).mid(int(qstrlen("/api/v1/"))), {}};
    for (int c = 0; c < columns->size(); ++c) {
      bool ok = false;
      entry.expected[columns->at(c)] = row.value(c + 1).left(3).toInt(&ok);
      REQUIRE(ok);
    }
    rows << entry;
  }
  REQUIRE(rows.size() >= 20);
  return rows;
}

/// The first reference image's case of a demo folder.
model::Case referenceCase(const QString& folder) {
  const QStringList references = QDir(folder).entryList({QStringLiteral("REF-*.case.json")}, QDir::Files, QDir::Name);
  REQUIRE_FALSE(references.isEmpty());
  QFile source(QDir(folder).filePath(references.first()));
  REQUIRE(source.open(QIODevice::ReadOnly));
  const model::Decoded<model::Case> entry = model::decodeCase(source.readAll());
  REQUIRE(entry.ok());
  return *entry.value;
}

/// A case library entry of another kind, made from a reference image's case (the same scan
/// files under new ids), so the import holds exam questions and seizure cases too; its first scan id.
QString writeCaseOfKind(const QString& folder, const QString& id, model::CaseKind kind) {
  model::Case entry = referenceCase(folder);
  entry.id = entry.title = id;
  entry.kind = kind;
  for (int i = 0; i < entry.scans.size(); ++i) entry.scans[i].id = QStringLiteral("%1-scan-%2").arg(id).arg(i);
  if (kind == model::CaseKind::ExamQuestion) {
    entry.groundTruthDecision = model::Decision::ReferToInspection;
    model::Annotation mark;
    mark.id = QStringLiteral("A-exam-1");
    mark.jobId = id;
    mark.scanId = entry.scans[0].id;
    mark.points = {{10, 10}, {40, 30}};
    mark.category = QStringLiteral("concealment");
    mark.author = QStringLiteral("chen.jie");
    mark.createdAt = QDateTime::currentDateTimeUtc();
    entry.groundTruthAnnotations = {mark};
  }
  QFile out(QDir(folder).filePath(id + QStringLiteral(".case.json")));
  REQUIRE(out.open(QIODevice::WriteOnly));
  out.write(QJsonDocument(model::toJson(entry)).toJson());
  return entry.scans[0].id;
}

/// A server with four jobs of li.wei's, the reference library, an exam question and a seizure case.
struct RoleFixture {
  QTemporaryDir dir;
  QString jobsFolder = dir.filePath(QStringLiteral("jobs"));
  QString examScan, seizureScan;
  std::unique_ptr<CentralProcess> central;
  RoleFixture() {
    demo::DemoJobOptions options;
    options.count = 4;
    options.pixelMm = 20;
    demo::writeDemoJobs(jobsFolder, options);
    demo::writeDemoCases(jobsFolder, 40);
    examScan = writeCaseOfKind(jobsFolder, QStringLiteral("EXAM-1"), model::CaseKind::ExamQuestion);
    seizureScan = writeCaseOfKind(jobsFolder, QStringLiteral("SEIZURE-1"), model::CaseKind::SeizureCase);
    central = std::make_unique<CentralProcess>(dir.filePath(QStringLiteral("central")), QStringList{QStringLiteral("--import"), jobsFolder});
  }
  QUrl url() const { return central->url(); }
};

/// Who signs in for each column of the table.
const std::map<QString, std::pair<QString, QString>> kCallers = {
    {QStringLiteral("analyst"), {QStringLiteral("li.wei"), QStringLiteral("analyst")}},
    {QStringLiteral("trainer"), {QStringLiteral("chen.jie"), QStringLiteral("trainer")}},
    {QStringLiteral("trainee"), {QStringLiteral("sun.li"), QStringLiteral("trainee")}},
    {QStringLiteral("supervisor"), {QStringLiteral("zhao.min"), QStringLiteral("supervisor")}},
    {QStringLiteral("admin"), {QStringLiteral("admin"), QStringLiteral("admin")}},
    {QStringLiteral("no token"), {QString(), QString()}},
};

/// The request sent for one row: what `{id}` stands for, the body and headers.
struct Sample {
  QString id;
  QByteArray body;
  HttpHeaders headers;
  bool endsSession = false;  ///< a 204 ends the caller's token: sign in again after it
};

QByteArray verdictBody(const QString& id, const QString& jobId) {
  model::Verdict v;
  v.id = id;
  v.jobId = jobId;
  v.decision = model::Decision::Release;
  v.analyst = QStringLiteral("li.wei");
  v.openedAt = v.submittedAt = QDateTime::currentDateTimeUtc();
  return model::toCompactJson(model::toJson(v));
}

QStringList idsOf(const QJsonArray& items) {
  QStringList ids;
  for (const QJsonValue& item : items) ids << item.toObject().value(QStringLiteral("id")).toString();
  return ids;
}

}  // namespace

TEST_CASE("Every endpoint answers every role as the endpoint × role table says", "[client][central][roles]") {
  QStringList columns;
  const QList<TableRow> table = readRoleTable(&columns);
  RoleFixture fx;
  const QUrl url = fx.url();

  // li.wei, the only analyst signed in, gets all four jobs; the last gets a verdict to review.
  const QString analystToken = tokenOf(url, QStringLiteral("li.wei"), QStringLiteral("analyst"));
  const QJsonArray jobs = httpCall(url, "GET", QStringLiteral("jobs"), {}, bearer(analystToken)).json().value(QStringLiteral("jobs")).toArray();
  REQUIRE(jobs.size() == 4);
  auto job = [&](int i) { return jobs[i].toObject(); };
  const QString reviewed = QStringLiteral("V-table-review");
  REQUIRE(httpCall(url, "POST", QStringLiteral("verdicts"), verdictBody(reviewed, job(3).value(QStringLiteral("id")).toString()),
                   bearer(analystToken) + HttpHeaders{{"Idempotency-Key", "table-key-review"}})
              .status == 201);
  const QString jobScan = job(0).value(QStringLiteral("scans")).toArray()[0].toObject().value(QStringLiteral("id")).toString();
  const QString referenceScan = referenceCase(fx.jobsFolder).scans[0].id;

  const QByteArray login = R"({"user":"li.wei","password":"demo","role":"analyst"})";
  const std::map<QString, Sample> samples = {
      {QStringLiteral("`POST /api/v1/auth/login`"), {{}, login, {}}},
      {QStringLiteral("`POST /api/v1/auth/logout`"), {{}, {}, {}, true}},
      {QStringLiteral("`GET /api/v1/time`"), {}},
      {QStringLiteral("`GET /api/v1/jobs`"), {}},
      {QStringLiteral("`GET /api/v1/jobs/{id}`"), {job(0).value(QStringLiteral("id")).toString(), {}, {}}},
      {QStringLiteral("`POST /api/v1/jobs/{id}/claim`"), {job(0).value(QStringLiteral("id")).toString(), {}, {}}},
      {QStringLiteral("`POST /api/v1/jobs/{id}/release`"), {job(1).value(QStringLiteral("id")).toString(), R"({"reason":"end-of-shift"})", {}}},
      {QStringLiteral("`GET /api/v1/declarations/{id}`"), {job(0).value(QStringLiteral("declarationId")).toString(), {}, {}}},
      {QStringLiteral("`GET /api/v1/scans/{id}` of a job"), {jobScan, {}, {}}},
      {QStringLiteral("`GET /api/v1/scans/{id}/file` of a job"), {jobScan, {}, {}}},
      {QStringLiteral("`GET /api/v1/scans/{id}` of a reference image"), {referenceScan, {}, {}}},
      {QStringLiteral("`GET /api/v1/scans/{id}/file` of a reference image"), {fx.seizureScan, {}, {}}},
      {QStringLiteral("`GET /api/v1/scans/{id}` of an exam question"), {fx.examScan, {}, {}}},
      {QStringLiteral("`GET /api/v1/scans/{id}/file` of an exam question"), {fx.examScan, {}, {}}},
      {QStringLiteral("`POST /api/v1/verdicts`"),
       {{}, verdictBody(QStringLiteral("V-table-1"), job(2).value(QStringLiteral("id")).toString()), {{"Idempotency-Key", "table-key-verdict"}}}},
      {QStringLiteral("`POST /api/v1/escalations`"),
       {{}, R"({"verdict":)" + verdictBody(QStringLiteral("V-table-handed"), job(0).value(QStringLiteral("id")).toString()) +
                R"x(,"refusal":"job decided elsewhere (409)","note":"please look"})x",
        {{"Idempotency-Key", "table-key-escalation"}}}},
      {QStringLiteral("`GET /api/v1/review/escalations`"), {}},
      {QStringLiteral("`GET /api/v1/review/verdicts`"), {}},
      {QStringLiteral("`GET /api/v1/review/releases`"), {}},
      {QStringLiteral("`POST /api/v1/review/verdicts/{id}`"), {reviewed, R"({"decision":"confirm","comment":"agreed"})", {}}},
      {QStringLiteral("`GET /api/v1/cases`"), {}},
      {QStringLiteral("`GET /api/v1/scanners`"), {}},
      {QStringLiteral("`GET /api/v1/scanner-profiles`"), {}},
      {QStringLiteral("`PUT /api/v1/scanner-profiles/{id}`"), {QStringLiteral("SCN-CNSHA-01"), R"({"pixelMmX":5,"pixelMmY":5})", {}}},
      {QStringLiteral("`GET /api/v1/telemetry`"), {}},
      {QStringLiteral("`GET /api/v1/audit/anchors`"), {}},
      {QStringLiteral("`PUT /api/v1/scanners/{id}`"),
       {QStringLiteral("SCN-CNSHA-01"), R"({"id":"SCN-CNSHA-01","name":"Gate 1","vendor":"Test","site":"CNSHA","kind":"cargo"})", {}}},
      {QStringLiteral("`POST /api/v1/telemetry`"),
       {{}, R"({"events":[{"scannerId":"SCN-CNSHA-01","kind":"start-up","at":"2026-11-23T08:15:00.000Z"}]})", {{"Idempotency-Key", "table-key-telemetry"}}}},
  };
  for (const auto& entry : samples) {
    INFO("the test's sample " << entry.first.toStdString() << " has no row in the table");
    CHECK(std::any_of(table.begin(), table.end(), [&](const TableRow& row) { return row.key == entry.first; }));
  }

  std::map<QString, QString> tokens;
  auto signInAs = [&](const QString& column) {
    const auto& [user, role] = kCallers.at(column);
    tokens[column] = user.isEmpty() ? QString() : tokenOf(url, user, role);
  };
  for (const QString& column : columns) {
    INFO("the table has a column '" << column.toStdString() << "' the test has no caller for: add it to kCallers");
    REQUIRE(kCallers.count(column) == 1);
    signInAs(column);
  }
  for (const TableRow& row : table) {
    const auto sample = samples.find(row.key);
    INFO("the table's row " << row.key.toStdString() << " has no sample request in test_central_roles.cpp");
    REQUIRE(sample != samples.end());
    QString path = row.path;
    REQUIRE(path.contains(QStringLiteral("{id}")) == !sample->second.id.isEmpty());
    path.replace(QStringLiteral("{id}"), sample->second.id);
    for (const QString& column : columns) {
      const QString& token = tokens[column];
      const HttpAnswer answer = httpCall(url, row.method, path, sample->second.body, sample->second.headers + (token.isEmpty() ? HttpHeaders{} : bearer(token)));
      INFO(row.key.toStdString() << " as " << column.toStdString() << ": " << answer.status << ' ' << answer.body.left(300).toStdString());
      CHECK(answer.status == row.expected.at(column));
      if (sample->second.endsSession && answer.status == 204) signInAs(column);
    }
  }
}

TEST_CASE("The case library shows exam questions to trainers, trainees and administrators, their answers to trainers and administrators only",
          "[client][central][roles]") {
  RoleFixture fx;
  const QUrl url = fx.url();
  auto casesFor = [&](const QString& user, const QString& role) {
    const HttpAnswer answer = httpCall(url, "GET", QStringLiteral("cases"), {}, bearer(tokenOf(url, user, role)));
    REQUIRE(answer.status == 200);
    INFO(role.toStdString() << ": " << answer.body.left(500).toStdString());
    const model::Decoded<model::CasePage> page = model::decodeCasePage(answer.body);  // what the workstation reads
    REQUIRE(page.ok());
    return answer.json().value(QStringLiteral("cases")).toArray();
  };
  auto find = [](const QJsonArray& cases, const QString& id) {
    for (const QJsonValue& c : cases)
      if (c.toObject().value(QStringLiteral("id")).toString() == id) return c.toObject();
    return QJsonObject();
  };
  for (const auto& [user, role] : {std::pair{QStringLiteral("chen.jie"), QStringLiteral("trainer")}, std::pair{QStringLiteral("admin"), QStringLiteral("admin")}}) {
    const QJsonObject exam = find(casesFor(user, role), QStringLiteral("EXAM-1"));
    CHECK(exam.value(QStringLiteral("groundTruthDecision")).toString() == QStringLiteral("refer-to-inspection"));
    CHECK(exam.value(QStringLiteral("groundTruthAnnotations")).toArray().size() == 1);
    CHECK_FALSE(exam.contains(QStringLiteral("answerWithheld")));
  }
  const QJsonArray traineeCases = casesFor(QStringLiteral("sun.li"), QStringLiteral("trainee"));
  const QJsonObject exam = find(traineeCases, QStringLiteral("EXAM-1"));
  REQUIRE_FALSE(exam.isEmpty());
  CHECK_FALSE(exam.contains(QStringLiteral("groundTruthDecision")));
  CHECK(exam.value(QStringLiteral("groundTruthAnnotations")).toArray().isEmpty());
  CHECK(exam.value(QStringLiteral("answerWithheld")).toBool());
  CHECK_FALSE(QJsonDocument(traineeCases).toJson().contains("refer-to-inspection"));
  for (const auto& [user, role] : {std::pair{QStringLiteral("li.wei"), QStringLiteral("analyst")}, std::pair{QStringLiteral("zhao.min"), QStringLiteral("supervisor")}}) {
    const QStringList ids = idsOf(casesFor(user, role));
    CHECK_FALSE(ids.contains(QStringLiteral("EXAM-1")));
    CHECK(ids.contains(QStringLiteral("SEIZURE-1")));
    CHECK(ids.size() == idsOf(traineeCases).size() - 1);  // everything but the exam question
  }
}
