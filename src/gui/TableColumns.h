// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

// Column widths as people read tables: short columns (dates, states, counts, ids) as wide as their
// contents and headers so they are never cut, the one free-text column taking the rest of the width
// but never less than minStretchWidth (the table scrolls sideways instead). Measures the rows in view
// and a sample of the others (never every row of a 100K-row model), once; afterwards the user's widths
// of the short columns stand, and the free-text column follows the table's width.
namespace TableColumns {

void fit(QTableView *view, int stretchColumn, int minStretchWidth = 200);
// Only keeps stretchColumn over the room the others leave (their widths as they are).
void stretch(QTableView *view, int stretchColumn, int minStretchWidth = 200);

} // namespace TableColumns
