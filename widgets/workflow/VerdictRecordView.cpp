#include "widgets/workflow/VerdictRecordView.h"

#include "widgets/viewer/RadiographView.h"
#include "widgets/workflow/AnnotationPanel.h"
#include "widgets/workflow/DeclarationPanel.h"
#include "widgets/workflow/VerdictPanel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace cip::widgets {

namespace {

QString when(const QDateTime& time) { return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat); }

QLabel* sectionTitle(QWidget* parent) {
  auto* label = new QLabel(parent);
  QFont bold = label->font();
  bold.setBold(true);
  label->setFont(bold);
  return label;
}

}  // namespace

VerdictRecordView::VerdictRecordView(QWidget* parent)
    : QWidget(parent), view_(new RadiographView(this)), scanMessage_(new QLabel(this)), summary_(new QLabel(this)),
      commentTitle_(sectionTitle(this)), comment_(new QPlainTextEdit(this)), marksTitle_(sectionTitle(this)), marks_(new QListWidget(this)),
      checksTitle_(sectionTitle(this)), checks_(new QListWidget(this)), receiptTitle_(sectionTitle(this)), receipt_(new QLabel(this)),
      export_(new QPushButton(this)) {
  setObjectName(QStringLiteral("verdictRecordView"));
  view_->setObjectName(QStringLiteral("verdictRecordViewer"));
  view_->annotationEditor().setReadOnly(true);
  scanMessage_->setWordWrap(true);
  summary_->setObjectName(QStringLiteral("verdictRecordSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  comment_->setObjectName(QStringLiteral("verdictRecordComment"));
  comment_->setReadOnly(true);
  comment_->setMaximumHeight(comment_->fontMetrics().lineSpacing() * 6);
  marks_->setObjectName(QStringLiteral("verdictRecordMarks"));
  checks_->setObjectName(QStringLiteral("verdictRecordChecks"));
  checks_->setWordWrap(true);
  checks_->setResizeMode(QListView::Adjust);
  receipt_->setObjectName(QStringLiteral("verdictRecordReceipt"));
  receipt_->setWordWrap(true);
  receipt_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  export_->setObjectName(QStringLiteral("verdictRecordExportButton"));

  auto* details = new QWidget(this);
  auto* column = new QVBoxLayout(details);
  for (QWidget* w : std::initializer_list<QWidget*>{summary_, commentTitle_, comment_, marksTitle_, marks_, checksTitle_, checks_, receiptTitle_, receipt_})
    column->addWidget(w);
  column->addWidget(export_, 0, Qt::AlignLeft);
  column->addStretch();
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(details);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the texts wrap instead
  auto* scanSide = new QWidget(this);
  auto* scanLayout = new QVBoxLayout(scanSide);
  scanLayout->setContentsMargins(0, 0, 0, 0);
  scanLayout->addWidget(scanMessage_);
  scanLayout->addWidget(view_, 1);
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(scanSide);
  split->addWidget(scroll);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 1);
  split->setSizes({800, 420});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(split);

  connect(export_, &QPushButton::clicked, this, [this] {
    if (!verdict_.id.isEmpty()) emit exportRequested(verdict_.id);
  });
  connect(marks_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) view_->annotationEditor().select(marks_->item(row)->data(Qt::UserRole).toString());
  });
  connect(&view_->annotationEditor(), &AnnotationEditor::selectionChanged, this, [this](const QString& id) {
    for (int row = 0; row < marks_->count(); ++row)
      if (marks_->item(row)->data(Qt::UserRole).toString() == id) marks_->setCurrentRow(row);
  });
  retranslate();
}

void VerdictRecordView::setVerdict(const model::Verdict& verdict, const QStringList& containerNumbers, const QString& supersededBy,
                                   const Receipt& receipt) {
  verdict_ = verdict;
  containers_ = containerNumbers;
  supersededBy_ = supersededBy;
  receiptData_ = receipt;
  checkList_.clear();
  checksMessage_.clear();
  view_->annotationEditor().setAnnotations({});
  fill();
}

void VerdictRecordView::setScan(std::shared_ptr<const imaging::Scan> scan, std::shared_ptr<const imaging::MaterialClassifier> classifier,
                                const QString& message) {
  scanMessage_->setText(message);
  scanMessage_->setVisible(!message.isEmpty());
  if (scan) view_->setScan(std::move(scan), std::move(classifier));
}

void VerdictRecordView::setMarks(std::vector<DisplayedAnnotation> marks) { view_->annotationEditor().setAnnotations(std::move(marks)); }

void VerdictRecordView::setChecks(const QList<model::DeclarationCheck>& checks, const QString& message) {
  checkList_ = checks;
  checksMessage_ = message;
  fill();
}

QString VerdictRecordView::receiptText(const Receipt& r) {
  using Delivery = VerdictHistoryModel::Delivery;
  switch (r.delivery) {
    case Delivery::Delivered:
      return tr("Delivered: the central system acknowledged the verdict at %1 (%n attempt(s)).", "", r.attempts).arg(when(r.at));
    case Delivery::Pending: {
      QString text = tr("Waiting to be sent (%n attempt(s) so far).", "", r.attempts);
      if (!r.lastError.isEmpty()) text += QLatin1Char(' ') + tr("Last attempt failed: %1.").arg(r.lastError);
      if (r.attempts > 0 && r.nextAttemptAt.isValid()) text += QLatin1Char(' ') + tr("Next attempt at %1.").arg(when(r.nextAttemptAt));
      return text;
    }
    case Delivery::Refused: {
      QString text = tr("Refused by the central system at %1: %2").arg(when(r.at), r.refusal);
      if (r.resolution == QLatin1String("decided-again")) text += QLatin1Char('\n') + tr("You decided the job again.");
      if (r.resolution == QLatin1String("handed-to-supervisor")) {
        text += QLatin1Char('\n') + (r.escalatedAt.isValid() ? tr("Handed to a supervisor; the central system took it at %1.").arg(when(r.escalatedAt))
                                                             : tr("Handed to a supervisor; waiting to be sent."));
        if (!r.resolutionNote.isEmpty()) text += QLatin1Char('\n') + tr("Your note: %1").arg(r.resolutionNote);
      }
      return text;
    }
    case Delivery::NotKept: break;
  }
  return tr("The workstation no longer keeps this verdict's delivery record (removed after the retention period).");
}

void VerdictRecordView::fill() {
  setWindowTitle(tr("Verdict %1 (read-only)").arg(verdict_.id));
  if (verdict_.id.isEmpty()) {
    summary_->clear();
    comment_->clear();
    marks_->clear();
    checks_->clear();
    receipt_->clear();
    export_->setEnabled(false);
    return;
  }
  QStringList reasons;
  for (const QString& code : verdict_.reasonCodes) reasons << VerdictPanel::reasonName(code);
  QStringList lines{tr("Job %1, container %2").arg(verdict_.jobId, containers_.join(QStringLiteral(", "))),
                    tr("Decision: %1").arg(VerdictPanel::decisionName(verdict_.decision)),
                    tr("Reasons: %1").arg(reasons.isEmpty() ? tr("none") : reasons.join(QStringLiteral(", ")))};
  if (verdict_.confidence) lines << tr("Confidence: %1 %").arg(*verdict_.confidence);
  lines << tr("Opened %1, submitted %2, %n minute(s) spent on it", "", static_cast<int>((verdict_.activeMs + 30000) / 60000))
               .arg(when(verdict_.openedAt), when(verdict_.submittedAt));
  if (!verdict_.supersedes.isEmpty()) lines << tr("Replaces verdict %1").arg(verdict_.supersedes);
  if (!supersededBy_.isEmpty()) lines << tr("Replaced by verdict %1").arg(supersededBy_);
  summary_->setText(lines.join(QLatin1Char('\n')));
  comment_->setPlainText(verdict_.comment.isEmpty() ? tr("(no comment)") : verdict_.comment);

  marks_->clear();
  for (const model::Annotation& a : verdict_.annotations) {
    QStringList parts{AnnotationPanel::categoryName(a.category)};
    if (!a.text.isEmpty()) parts << QStringLiteral("“%1”").arg(a.text);
    if (!a.note.isEmpty()) parts << a.note;
    if (a.declarationLine) parts << tr("declaration line %1").arg(*a.declarationLine);
    auto* item = new QListWidgetItem(parts.join(QStringLiteral(" — ")), marks_);
    item->setData(Qt::UserRole, a.id);
    item->setForeground(AnnotationPanel::categoryColour(a.category));
  }
  if (verdict_.annotations.isEmpty()) new QListWidgetItem(tr("No marks"), marks_);

  checks_->clear();
  for (const model::DeclarationCheck& check : checkList_) {
    auto* item = new QListWidgetItem(tr("%1 — %2: %3").arg(check.title, DeclarationPanel::outcomeText(check.outcome), check.why), checks_);
    item->setForeground(DeclarationPanel::outcomeColour(check.outcome));
    item->setToolTip(check.why);
  }
  if (checkList_.isEmpty()) new QListWidgetItem(checksMessage_.isEmpty() ? tr("Checking the scan against the declaration…") : checksMessage_, checks_);
  receipt_->setText(receiptText(receiptData_));
  export_->setEnabled(true);
}

void VerdictRecordView::retranslate() {
  commentTitle_->setText(tr("Comment"));
  marksTitle_->setText(tr("Marks"));
  checksTitle_->setText(tr("Image–declaration checks"));
  checksTitle_->setToolTip(tr("Worked out again from the scan and the declaration when the verdict is opened."));
  receiptTitle_->setText(tr("Central system"));
  export_->setText(tr("E&xport as DICOS TDR…"));
  fill();
}

void VerdictRecordView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace cip::widgets
