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
  const QString jobs = summary_.jobsWaiting == 0 ? tr("No jobs are waiting.")
                                                 : tr("%n job(s) waiting in your queue.", nullptr, summary_.jobsWaiting);
  const QString outbox = summary_.verdictsPending == 0
                             ? tr("No verdicts are waiting to be sent.")
                             : tr("%n verdict(s) waiting to be sent.", nullptr, summary_.verdictsPending);
  label_->setText(tr("<h2>Signed in as %1 (%2)</h2><p>%3</p><p>%4</p><p>Open a job from the queue "
                     "(double-click or Enter).</p><p style='color:gray'>Local database: %5</p>")
                      .arg(summary_.userId.toHtmlEscaped(), summary_.roleName.toHtmlEscaped(), jobs, outbox,
                           summary_.databasePath.toHtmlEscaped()));
}

void WelcomePanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) render();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets
