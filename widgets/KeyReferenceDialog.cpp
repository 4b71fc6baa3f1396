#include "widgets/KeyReferenceDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cip::widgets {

namespace {

QString keyText(const QList<QKeySequence>& keys) {
  QStringList texts;
  for (const QKeySequence& key : keys)
    if (!key.isEmpty()) texts << key.toString(QKeySequence::NativeText);
  return texts.join(QStringLiteral("  ·  "));
}

}  // namespace

KeyReferenceDialog::KeyReferenceDialog(const QList<KeyReferenceEntry>& entries, QWidget* parent)
    : QDialog(parent), tree_(new QTreeWidget(this)), search_(new QLineEdit(this)) {
  setObjectName(QStringLiteral("keyReferenceDialog"));
  setWindowTitle(tr("Keyboard shortcuts"));
  search_->setObjectName(QStringLiteral("keySearch"));
  search_->setPlaceholderText(tr("Search keys and actions"));
  search_->setClearButtonEnabled(true);
  tree_->setObjectName(QStringLiteral("keyTree"));
  tree_->setColumnCount(2);
  tree_->setHeaderLabels({tr("Key"), tr("Action")});
  tree_->setRootIsDecorated(false);
  tree_->setUniformRowHeights(true);
  tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  tree_->header()->setStretchLastSection(true);
  QTreeWidgetItem* group = nullptr;
  for (const KeyReferenceEntry& entry : entries) {
    if (!group || group->text(0) != entry.group) {
      group = new QTreeWidgetItem(tree_, {entry.group});
      group->setFirstColumnSpanned(true);
      QFont bold = group->font(0);
      bold.setBold(true);
      group->setFont(0, bold);
      group->setFlags(Qt::ItemIsEnabled);
    }
    auto* row = new QTreeWidgetItem(group, {keyText(entry.keys), entry.description});
    row->setToolTip(1, entry.description);
  }
  tree_->expandAll();
  auto* note = new QLabel(tr("The viewer's keys act while the image has the keyboard focus (click it once). Workflow keys can be "
                             "changed under File → Settings → Keyboard."),
                          this);
  note->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(search_, &QLineEdit::textChanged, this, &KeyReferenceDialog::setFilter);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(search_);
  layout->addWidget(tree_, 1);
  layout->addWidget(note);
  layout->addWidget(buttons);
  resize(640, 620);
}

void KeyReferenceDialog::setFilter(const QString& text) {
  const QString wanted = text.trimmed();
  for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
    QTreeWidgetItem* group = tree_->topLevelItem(g);
    const bool groupMatches = !wanted.isEmpty() && group->text(0).contains(wanted, Qt::CaseInsensitive);
    int shown = 0;
    for (int r = 0; r < group->childCount(); ++r) {
      QTreeWidgetItem* row = group->child(r);
      const bool match = wanted.isEmpty() || groupMatches || row->text(0).contains(wanted, Qt::CaseInsensitive) ||
                         row->text(1).contains(wanted, Qt::CaseInsensitive);
      row->setHidden(!match);
      shown += match ? 1 : 0;
    }
    group->setHidden(shown == 0);
  }
}

int KeyReferenceDialog::visibleRows() const {
  int shown = 0;
  for (int g = 0; g < tree_->topLevelItemCount(); ++g)
    for (int r = 0; r < tree_->topLevelItem(g)->childCount(); ++r) shown += tree_->topLevelItem(g)->child(r)->isHidden() ? 0 : 1;
  return shown;
}

}  // namespace cip::widgets
