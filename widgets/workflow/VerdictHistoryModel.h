#pragma once

#include "sync/model/Verdict.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace cip::widgets {

/// The analyst's own verdicts, newest first, a page at a time: the controller gives the number
/// found and a function that reads one page, and the table asks for the next page only when it
/// scrolls to the end (canFetchMore/fetchMore), so ten thousand verdicts never load at once.
class VerdictHistoryModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Submitted, Containers, JobId, Decision, CentralSystem, ColumnCount };
  static constexpr int VerdictIdRole = Qt::UserRole + 1;

  /// Where the verdict stands with the central system (the store's delivery record).
  enum class Delivery { Pending, Delivered, Refused, NotKept };
  struct Entry {
    QString verdictId;
    QString jobId;
    model::Decision decision = model::Decision::Release;
    QDateTime submittedAt;
    QStringList containerNumbers;
    Delivery delivery = Delivery::NotKept;
    QDateTime deliveryAt;
    QString supersededBy;  ///< the later verdict that replaced this one, if any
  };
  /// Reads the `limit` entries after `after` (null: from the newest).
  using PageReader = std::function<QList<Entry>(const Entry* after, int limit)>;

  explicit VerdictHistoryModel(QObject* parent = nullptr);

  /// Starts again with `total` verdicts found, read through `readPage`.
  void reset(int total, PageReader readPage);
  int total() const { return total_; }
  const Entry& entry(int row) const { return entries_.at(row); }
  /// The language changed: headers and cells are asked for again.
  void retranslate();
  /// Rows read per page.
  void setPageSize(int rows) { pageSize_ = rows; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  /// "Delivered", "Refused", … in the analyst's language.
  static QString deliveryText(Delivery delivery);

 private:
  QList<Entry> entries_;
  int total_ = 0;
  int pageSize_ = 200;
  PageReader readPage_;
};

}  // namespace cip::widgets
