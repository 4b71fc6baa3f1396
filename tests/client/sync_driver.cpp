// A workstation without a screen that decides every job it is given as fast as it can and sends
// the verdicts through its outbox, against a central server that may fail, hang, cut replies or
// disappear. It prints "CONFIRMED <verdict>" once a verdict is committed locally (what the UI
// would confirm), and "DONE" when the server has nothing left and the outbox is empty. The fault
// test kills it and the server at random and compares both databases afterwards.
#include "sync/client/SyncService.h"
#include "sync/store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace cip;

int main(int argc, char* argv[]) {
  QCoreApplication application(argc, argv);
  QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false\ncip.client.warning=false"));
  const QStringList args = application.arguments();
  if (args.size() != 4) {
    std::fprintf(stderr, "usage: cip_sync_driver URL DB CACHE\n");
    return 2;
  }
  auto store = store::Store::open(args[2]);
  client::CentralClient client{QUrl(args[1])};
  client.setTimeoutMs(1500);  // a hanging server is given up on quickly
  client::SyncService sync(client, *store, args[3]);
  sync.outbox().setBackoffCapSeconds(1);
  auto say = [](const QString& line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
  };

  int quietPulls = 0;
  QObject::connect(&sync, &client::SyncService::pullFinished, [&](bool ok) {
    quietPulls = ok && store->jobs().queue().isEmpty() && store->outbox().pendingCount() == 0 ? quietPulls + 1 : 0;
    if (quietPulls >= 2) {
      say(QStringLiteral("DONE"));
      QCoreApplication::exit(0);
    }
  });
  std::function<void()> signIn = [&] {
    client.login(QStringLiteral("li.wei"), QStringLiteral("demo"), model::Role::Analyst, [&](const client::SignInAnswer& answer) {
      if (answer.ok()) sync.start(400, 100);
      else QTimer::singleShot(200, signIn);
    });
  };
  signIn();
  QObject::connect(&client, &client::CentralClient::connectivityChanged, [&](client::Connectivity state) {
    if (state == client::Connectivity::SignInNeeded) signIn();  // the server lost its sessions (a fresh start)
  });

  QTimer decide;
  QObject::connect(&decide, &QTimer::timeout, [&] {
    const QList<model::Job> queue = store->jobs().queue();
    if (queue.isEmpty()) return;
    model::Verdict v;
    v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.jobId = queue.first().id;
    v.decision = model::Decision::Release;
    v.analyst = QStringLiteral("li.wei");
    v.openedAt = v.submittedAt = QDateTime::currentDateTimeUtc();
    store->verdicts().submit(v, QUuid::createUuid().toString(QUuid::WithoutBraces));
    say(QStringLiteral("CONFIRMED ") + v.id);
    sync.outbox().kick();
  });
  decide.start(2);
  return QCoreApplication::exec();
}
