// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class ThreatListModel;

// The quick filter (Ctrl+F) over the LOADED rows of a ThreatListModel: a case-insensitive substring
// of the threat name, file name, file path, endpoint, site, classification or any hash. It reads
// the threat records directly (not data()), so 100,000 rows filter in well under 100 ms.
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

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ThreatListModel *m_threats = nullptr;
    QString m_needle;
    bool m_needleIsHex = false;  // only then can a hash match
};
