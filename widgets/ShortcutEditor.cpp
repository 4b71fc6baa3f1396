#include "widgets/ShortcutEditor.h"

#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cip::widgets {

QString shortcutConflict(const QList<ShortcutEntry>& entries, int index, const QKeySequence& key, const QList<ReservedKey>& reserved) {
  if (key.isEmpty()) return {};
  for (int i = 0; i < entries.size(); ++i)
    if (i != index && entries[i].key == key)
      return ShortcutEditor::tr("%1 is already the key of “%2”.").arg(key.toString(QKeySequence::NativeText), entries[i].description);
  for (const ReservedKey& r : reserved)
    if (r.key == key) return ShortcutEditor::tr("%1 is taken by “%2”.").arg(key.toString(QKeySequence::NativeText), r.usedBy);
  return {};
}

ShortcutEditor::ShortcutEditor(QWidget* parent) : QWidget(parent), table_(new QTableWidget(this)), message_(new QLabel(this)) {
  setObjectName(QStringLiteral("shortcutEditor"));
  table_->setColumnCount(2);
  table_->setHorizontalHeaderLabels({tr("Action"), tr("Key")});
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  table_->verticalHeader()->hide();
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  message_->setWordWrap(true);
  message_->setStyleSheet(QStringLiteral("color: #f0a830"));
  auto* reset = new QPushButton(tr("Restore the default keys"), this);
  connect(reset, &QPushButton::clicked, this, &ShortcutEditor::resetToDefaults);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_, 1);
  layout->addWidget(message_);
  layout->addWidget(reset, 0, Qt::AlignLeft);
}

void ShortcutEditor::setEntries(const QList<ShortcutEntry>& entries, const QList<ReservedKey>& reserved) {
  entries_ = entries;
  reserved_ = reserved;
  fill();
}

bool ShortcutEditor::assign(int index, const QKeySequence& key) {
  if (index < 0 || index >= entries_.size()) return false;
  problem_ = shortcutConflict(entries_, index, key, reserved_);
  message_->setText(problem_);
  if (!problem_.isEmpty()) {
    fill();  // the editor shows the key the action still has
    return false;
  }
  entries_[index].key = key;
  return true;
}

void ShortcutEditor::resetToDefaults() {
  for (ShortcutEntry& e : entries_) e.key = e.defaultKey;
  problem_.clear();
  message_->clear();
  fill();
}

void ShortcutEditor::fill() {
  table_->setRowCount(static_cast<int>(entries_.size()));
  for (int i = 0; i < entries_.size(); ++i) {
    table_->setItem(i, 0, new QTableWidgetItem(entries_[i].description));
    table_->item(i, 0)->setFlags(Qt::ItemIsEnabled);
    auto* edit = new QKeySequenceEdit(entries_[i].key, table_);
    edit->setObjectName(QStringLiteral("key_") + entries_[i].id);
    connect(edit, &QKeySequenceEdit::editingFinished, this, [this, i, edit] {
      // One key per action: only the first chord counts.
      const QKeySequence typed = edit->keySequence().isEmpty() ? QKeySequence() : QKeySequence(edit->keySequence()[0]);
      if (typed != entries_[i].key) assign(i, typed);
    });
    table_->setCellWidget(i, 1, edit);
  }
}

}  // namespace cip::widgets
