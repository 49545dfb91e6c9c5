// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectionListModel.h"

#include <QLocale>

using namespace firewall;

CollectionListModel::CollectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CollectionListModel::setStore(FirewallStore *store)
{
    m_store = store;
    reload();
}

void CollectionListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        for (const Collection &c : m_store->collections()) {
            Row row;
            row.collection = c;
            row.rules = int(m_store->layout(c.id).slots.size());
            row.exports = m_store->exports(c.id);
            m_rows << row;
        }
    }
    endResetModel();
}

int CollectionListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).collection.name == name)
            return i;
    return -1;
}

int CollectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CollectionListModel::exportText(const Row &row) const
{
    if (row.exports.isEmpty())
        return tr("never exported");
    QStringList parts;
    for (const ExportRecord &r : row.exports) {
        // "site:123 succeeded 2026-12-03 12:00" per target
        parts << tr("%1: %2, %3")
                     .arg(r.target.section(QLatin1Char('|'), 1), r.state.section(QLatin1Char(':'), 0, 0),
                         QLocale().toString(r.exportedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return parts.join(QStringLiteral("; "));
}

QString CollectionListModel::stateText(const Row &row) const
{
    const QStringList problems = row.collection.problems();
    if (!problems.isEmpty())
        return tr("%n problem(s)", nullptr, int(problems.size()));
    for (const ExportRecord &r : row.exports)
        if (r.state.startsWith(QLatin1String("failed")))
            return tr("last export failed");
    if (!row.collection.enabled)
        return tr("not scheduled");
    if (row.collection.targets.isEmpty())
        return tr("no target");
    return tr("ready");
}

QVariant CollectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == NameRole)
        return row.collection.name;
    if (role == IdRole)
        return row.collection.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Entries || index.column() == Rules))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == State && !row.collection.problems().isEmpty())
            return row.collection.problems().join(QLatin1Char('\n'));
        if (index.column() == LastExport)
            return exportText(row);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.collection.name;
    case Entries:
        return QLocale().toString(qsizetype(row.collection.entries.size()));
    case Rules:
        return QLocale().toString(row.rules);
    case LastExport:
        return exportText(row);
    case State:
        return stateText(row);
    default:
        return {};
    }
}

QVariant CollectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Collection");
    case Entries:
        return tr("Entries");
    case Rules:
        return tr("Rules");
    case LastExport:
        return tr("Last export");
    case State:
        return tr("State");
    default:
        return {};
    }
}
