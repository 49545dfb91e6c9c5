// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceListModel.h"

#include <QLocale>

using namespace exchange;

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourceListModel::setStore(const IocStore *store, const QString &profileId)
{
    m_store = store;
    m_profileId = profileId;
    reload();
}

void SourceListModel::reload()
{
    beginResetModel();
    m_sources = m_store ? m_store->sources(m_profileId) : QList<IocSource>();
    endResetModel();
}

int SourceListModel::rowOf(const QString &sourceId) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).id == sourceId)
            return row;
    }
    return -1;
}

QString SourceListModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("s1-threats"))
        return tr("SentinelOne threats");
    if (kind == QLatin1String("feed"))
        return tr("Feed or file");
    if (kind == QLatin1String("manual"))
        return tr("Manual");
    if (kind == QLatin1String("opencti"))
        return tr("OpenCTI indicators");
    if (kind == QLatin1String("taxii"))
        return tr("TAXII collection");
    return kind;
}

QString SourceListModel::countsText(const QJsonObject &counts)
{
    // The pullers' own keys, in a fixed order; others after them.
    static const QStringList order {QStringLiteral("new"), QStringLiteral("added"), QStringLiteral("updated"),
        QStringLiteral("unchanged"), QStringLiteral("rejected"), QStringLiteral("absent")};
    QStringList parts;
    const QLocale locale;
    for (const QString &key : order) {
        if (counts.contains(key))
            parts << tr("%1 %2").arg(locale.toString(counts.value(key).toInteger()), key);
    }
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!order.contains(it.key()) && it.value().isDouble())
            parts << tr("%1 %2").arg(locale.toString(it.value().toInteger()), it.key());
    }
    return parts.join(QLatin1String(", "));
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IocSource &s = m_sources.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case KindColumn:
            return kindText(s.kind);
        case LastPullColumn:
            if (s.kind == QLatin1String("manual"))
                return tr("not pulled");
            return s.lastPullAt.isValid()
                ? QLocale().toString(s.lastPullAt.toLocalTime(), QLocale::ShortFormat)
                : tr("never");
        case CountsColumn:
            return countsText(s.counts);
        case StateColumn:
            return s.lastPullState;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return s.lastPullState;
    if (role == Qt::UserRole)
        return s.id;
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case LastPullColumn:
        return tr("Last pull");
    case CountsColumn:
        return tr("Counts of the last pull");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
