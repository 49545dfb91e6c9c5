// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/Threat.h"

#include <QAbstractTableModel>

// Read-only table of threats. Text is returned as plain strings (views render it as plain text;
// threat names are attacker-controlled).
class ThreatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Classification, Confidence, Verdict, IncidentStatus, Endpoint, Site, Created, Updated, ColumnCount };
    Q_ENUM(Column)

    explicit ThreatTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<s1::Threat> &threats);
    const s1::Threat &threatAt(int row) const { return m_threats.at(row); }

private:
    QList<s1::Threat> m_threats;
};
