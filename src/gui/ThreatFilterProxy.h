// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSortFilterProxyModel>

#include <functional>
#include <limits>
#include <vector>

class ThreatListModel;
namespace s1 {
struct Threat;
}

// The quick filter (Ctrl+F) over the LOADED rows of a ThreatListModel: a case-insensitive substring
// of the threat name, file name, file path, endpoint, site, classification or any hash.
//
// Fast at 100,000 rows: the proxy keeps a search index, the case-folded UTF-8 text of each loaded
// row's searchable fields in one contiguous buffer (built as pages arrive, about 250 bytes a row),
// and a filter change is one scan of it instead of a walk over scattered strings.
//
// It never sorts by itself: sort() goes to the source model, which asks the console (the order of
// rows not loaded yet is the console's). Server-side filters are the source model's query.
class ThreatFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ThreatFilterProxy(QObject *parent = nullptr);

    // Only a ThreatListModel (anything else is refused: the source stays unset).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    ThreatListModel *threatModel() const { return m_threats; }

    QString quickFilter() const { return m_needle; }
    // Surrounding spaces are ignored; an empty text shows every loaded row.
    void setQuickFilter(const QString &text);
    // Whether a threat, loaded or not (an export of every threat), passes the current quick filter:
    // the same fields and folding as the rows. Empty when there is no quick filter. It holds a copy
    // of the filter: later changes do not affect it, and it outlives the proxy.
    std::function<bool(const s1::Threat &)> quickFilterPredicate() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static constexpr int IndexSlice = 5000; // rows indexed per pass of the event loop when rebuilding

    void dropIndex();
    void indexSome();
    void extendIndex(int maxRows = std::numeric_limits<int>::max()) const; // towards the source's row count
    bool rowMatches(int row) const;

    ThreatListModel *m_threats = nullptr;
    QString m_needle;
    QByteArray m_folded; // the needle, case-folded UTF-8

    // The search index (mutable: extended lazily from const filterAcceptsRow()).
    mutable QByteArray m_text; // rows' fields, case-folded UTF-8, each field ended by NUL
    mutable std::vector<quint32> m_rowEnd; // m_rowEnd[row]: end of that row's text in m_text
    mutable std::vector<bool>
        m_accepted; // the current filter's answer for the indexed rows (when it has a text)
    bool m_indexQueued = false;
};
