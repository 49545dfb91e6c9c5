// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatTableModel.h"

#include <QLocale>

ThreatTableModel::ThreatTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ThreatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_threats.size());
}

int ThreatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreatTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const s1::Threat &t = m_threats.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Name)
        return t.filePath.isEmpty() ? t.name : t.filePath;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name: return t.displayName();
    case Classification: return t.classification;
    case Confidence:
        if (t.confidenceLevel == QLatin1String("malicious"))
            return tr("Malicious");
        if (t.confidenceLevel == QLatin1String("suspicious"))
            return tr("Suspicious");
        return t.confidenceLevel == QLatin1String("n/a") ? tr("N/A") : t.confidenceLevel;
    case Verdict: return t.analystVerdictDescription.isEmpty() ? t.analystVerdict : t.analystVerdictDescription;
    case IncidentStatus: return t.incidentStatusDescription.isEmpty() ? t.incidentStatus : t.incidentStatusDescription;
    case Endpoint: return t.computerName;
    case Site: return t.siteName;
    case Created: return locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Updated: return locale.toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant ThreatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Classification: return tr("Classification");
    case Confidence: return tr("Confidence");
    case Verdict: return tr("Verdict");
    case IncidentStatus: return tr("Incident status");
    case Endpoint: return tr("Endpoint");
    case Site: return tr("Site");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

void ThreatTableModel::clear()
{
    beginResetModel();
    m_threats.clear();
    endResetModel();
}

void ThreatTableModel::append(const QList<s1::Threat> &threats)
{
    if (threats.isEmpty())
        return;
    beginInsertRows({}, int(m_threats.size()), int(m_threats.size() + threats.size() - 1));
    m_threats += threats;
    endInsertRows();
}
