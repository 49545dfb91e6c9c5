// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// The typed entries of a collection being edited, validated as the export reads them
// (IpCollectionParser::parseEntries): the entry as typed, what it is (address, block or range, its
// canonical text) and the problem of a refused one (or the warning of a changed one).
class EntryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Entry, Kind, Problem, ColumnCount };
    Q_ENUM(Column)

    explicit EntryTableModel(QObject *parent = nullptr);

    void setEntries(const QStringList &entries);
    const QStringList &entries() const { return m_entries; }
    // Appends values not there already (compared as typed, trimmed); returns how many were added.
    int append(const QStringList &values);
    void removeRowsAt(QList<int> rows);
    int refusedCount() const;
    // One sentence per refused entry: "Entry 3: <reason>".
    QStringList problems() const;
    QString problem(int row) const { return m_problems.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void entriesChanged();

private:
    void validate();

    QStringList m_entries;
    QStringList m_kinds; // per row: "address 10.0.0.1", "block 10.0.0.0/8"... (empty when refused)
    QStringList m_problems; // per row: the reason it is refused, empty when accepted
    QStringList m_warnings; // per row: what was changed on the way
};
