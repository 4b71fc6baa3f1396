#pragma once

class QTableView;

namespace cip::widgets {

/// Sets a table up as the workstation's read-only lists look everywhere: whole rows selected,
/// sortable, one line per row, columns as wide as their contents and the last one stretched.
void setUpListTable(QTableView* table);

}  // namespace cip::widgets
