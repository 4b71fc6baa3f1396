#include "app/jobs/ReferenceController.h"

#include "app/AppLog.h"
#include "app/ScanController.h"
#include "app/jobs/JobController.h"
#include "imaging/core/ReaderRegistry.h"
#include "sync/store/Store.h"
#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/HsChapters.h"
#include "widgets/workflow/ReferencePanel.h"

namespace cip::app {

ReferenceController::ReferenceController(store::Store& store, QString userId, JobController& jobs, ScanController& scans,
                                         widgets::ReferencePanel& panel, QObject* parent)
    : QObject(parent), store_(store), userId_(std::move(userId)), jobs_(jobs), scans_(scans), panel_(panel) {
  connect(&jobs_, &JobController::jobOpened, this, &ReferenceController::offer);
  connect(&jobs_, &JobController::jobClosed, this, [this] {
    panel_.setEntries({});
    panel_.view()->setScan(nullptr);
  });
  connect(&panel_, &widgets::ReferencePanel::caseChosen, this, &ReferenceController::show);
}

void ReferenceController::offer() {
  QStringList codes;
  if (const std::optional<model::Declaration>& d = jobs_.currentDeclaration())
    for (const model::GoodsItem& g : d->goods) codes << g.hsCode;
  QList<widgets::ReferencePanel::Entry> entries;
  try {
    for (const model::Case& c : store_.cases().forHsCodes(codes, model::CaseKind::StandardImage, userId_)) {
      QStringList chapters;
      for (const QString& code : c.hsCodes) chapters << QStringLiteral("%1 %2").arg(code, widgets::hsChapterTitle(code));
      entries.push_back({c.id, c.title, chapters.join(QLatin1Char('\n')) + QStringLiteral("\n") + c.description});
    }
  } catch (const store::StoreError& e) {
    qCWarning(lcApp) << "reference images unavailable:" << e.message();
  }
  panel_.setEntries(entries);
  if (entries.isEmpty()) {
    panel_.view()->setScan(nullptr);
  } else {
    panel_.choose(0);
  }
}

void ReferenceController::show(const QString& caseId) {
  try {
    const std::optional<model::Case> c = store_.cases().find(caseId);
    if (!c || c->scans.isEmpty()) return;
    const QString path = store_.cases().scanLocalPath(c->scans.first().id);
    if (path.isEmpty()) {
      panel_.setMessage(tr("%1: its image has not been downloaded yet.").arg(c->title));
      return;
    }
    auto scan = std::make_shared<const imaging::Scan>(imaging::openScan(path.toStdString()));
    panel_.view()->setScan(scan, scan->isDualEnergy() ? scans_.classifierFor(*scan) : nullptr);
    if (scans_.openInMaterialColours() && scan->isDualEnergy()) panel_.view()->setChannelView(imaging::ChannelView::Material);
  } catch (const std::exception& e) {  // store and scan errors name their file
    panel_.setMessage(tr("The reference image cannot be shown: %1").arg(QString::fromUtf8(e.what())));
  }
}

}  // namespace cip::app
