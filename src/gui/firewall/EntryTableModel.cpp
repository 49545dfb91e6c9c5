// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryTableModel.h"

#include "firewall/IpCollectionParser.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <algorithm>

using namespace firewall;

EntryTableModel::EntryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EntryTableModel::setEntries(const QStringList &entries)
{
    beginResetModel();
    m_entries = entries;
    validate();
    endResetModel();
    Q_EMIT entriesChanged();
}

int EntryTableModel::append(const QStringList &values)
{
    QSet<QString> have(m_entries.cbegin(), m_entries.cend());
    QStringList fresh;
    for (const QString &v : values) {
        const QString value = v.trimmed();
        if (value.isEmpty() || have.contains(value))
            continue;
        have.insert(value);
        fresh << value;
    }
    if (fresh.isEmpty())
        return 0;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size() - 1));
    m_entries << fresh;
    validate();
    endInsertRows();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT entriesChanged();
    return int(fresh.size());
}

void EntryTableModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [this](int r) { return r < 0 || r >= m_entries.size(); }),
        rows.end());
    if (rows.isEmpty())
        return;
    // Contiguous runs, last first, so that removing 100,000 selected rows stays linear.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (++i < rows.size() && rows.at(i) == first - 1)
            --first;
        beginRemoveRows({}, first, last);
        const qsizetype n = last - first + 1;
        m_entries.remove(first, n);
        m_kinds.remove(first, n);
        m_problems.remove(first, n);
        m_warnings.remove(first, n);
        endRemoveRows();
    }
    validate();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT entriesChanged();
}

void EntryTableModel::validate()
{
    const ParsedCollection parsed = IpCollectionParser::parseEntries(m_entries);
    m_problems = QStringList(m_entries.size(), QString());
    m_warnings = QStringList(m_entries.size(), QString());
    m_kinds = QStringList(m_entries.size(), QString());
    for (const LineProblem &p : parsed.rejected)
        if (p.line >= 1 && p.line <= m_entries.size())
            m_problems[p.line - 1] = p.reason;
    for (const LineProblem &p : parsed.warnings)
        if (p.line >= 1 && p.line <= m_entries.size())
            m_warnings[p.line - 1] = p.reason;
    // parsed.entries holds the accepted ones in order: pair them with the rows without a problem.
    qsizetype next = 0;
    for (int row = 0; row < m_entries.size() && next < parsed.entries.size(); ++row) {
        if (!m_problems.at(row).isEmpty())
            continue;
        const IpEntry &e = parsed.entries.at(next++);
        switch (e.kind()) {
        case IpEntry::Kind::Address:
            m_kinds[row] = tr("address %1").arg(e.canonical());
            break;
        case IpEntry::Kind::Cidr:
            m_kinds[row] = tr("block %1").arg(e.canonical());
            break;
        case IpEntry::Kind::Range:
            m_kinds[row] = tr("range %1").arg(e.canonical());
            break;
        }
    }
}

int EntryTableModel::refusedCount() const
{
    return int(
        std::count_if(m_problems.cbegin(), m_problems.cend(), [](const QString &p) { return !p.isEmpty(); }));
}

QStringList EntryTableModel::problems() const
{
    QStringList out;
    for (int row = 0; row < m_problems.size(); ++row)
        if (!m_problems.at(row).isEmpty())
            out << tr("Entry %1: %2").arg(row + 1).arg(m_problems.at(row));
    return out;
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool refused = !m_problems.at(row).isEmpty();
    if (role == Qt::ForegroundRole && refused)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Problem)
        return refused ? m_problems.at(row) : m_warnings.at(row);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Entry:
        return m_entries.at(row);
    case Kind:
        return refused ? tr("refused") : m_kinds.at(row);
    case Problem:
        return refused ? m_problems.at(row) : m_warnings.at(row);
    default:
        return {};
    }
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Entry:
        return tr("Entry");
    case Kind:
        return tr("Reads as");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}
