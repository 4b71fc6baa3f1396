#include "widgets/WelcomePanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cip::widgets {

WelcomePanel::WelcomePanel(QWidget* parent) : QWidget(parent), label_(new QLabel(this)) {
  setObjectName(QStringLiteral("welcomePanel"));
  label_->setObjectName(QStringLiteral("welcomeText"));
  label_->setAlignment(Qt::AlignCenter);
  label_->setWordWrap(true);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(label_);
  render();
}

void WelcomePanel::setSummary(const Summary& summary) {
  summary_ = summary;
  render();
}

QString WelcomePanel::text() const { return label_->text(); }

void WelcomePanel::render() {
  const QString title = tr("<h2>Signed in as %1 (%2)</h2>").arg(summary_.userId.toHtmlEscaped(), summary_.roleName.toHtmlEscaped());
  const QString database = tr("<p style='color:gray'>Local database: %1</p>").arg(summary_.databasePath.toHtmlEscaped());
  if (!summary_.analyst) {
    label_->setText(title + tr("<p>Jobs are assigned to analysts; this window offers your role's own work. "
                               "File → Open scan shows any scan file in the viewer.</p>") +
                    database);
    return;
  }
  QString jobs = summary_.jobsWaiting == 0 ? tr("No jobs are waiting.") : tr("%n job(s) waiting in your queue.", nullptr, summary_.jobsWaiting);
  if (!summary_.linkProblem.isEmpty())
    jobs = tr("The central system is %1: the queue shows only the jobs this workstation already holds (%2).")
               .arg(summary_.linkProblem.toHtmlEscaped())
               .arg(summary_.jobsWaiting);
  const QString outbox = summary_.verdictsPending == 0
                             ? tr("No verdicts are waiting to be sent.")
                             : tr("%n verdict(s) waiting to be sent.", nullptr, summary_.verdictsPending);
  const QString refused = summary_.verdictsRefused == 0
                              ? QString()
                              : tr("<p style='color:#c0392b'><b>%n verdict(s) refused by the central system</b>: see Refused verdicts.</p>",
                                   nullptr, summary_.verdictsRefused);
  label_->setText(title + QStringLiteral("<p>%1</p><p>%2</p>").arg(jobs, outbox) + refused +
                  tr("<p>Open a job from the queue (double-click or Enter).</p>") + database);
}

void WelcomePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) render();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets
