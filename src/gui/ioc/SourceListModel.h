// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocStore.h"

#include <QAbstractTableModel>
#include <QList>

// The IOC sources of one profile as a table: name, kind in words, last pull, its counts, its state.
// A snapshot of the store: reload() after a change or a pull.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, LastPullColumn, CountsColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    explicit SourceListModel(QObject *parent = nullptr);

    // The store and profile to show (store nullptr: empty).
    void setStore(const exchange::IocStore *store, const QString &profileId);
    void reload();

    const exchange::IocSource &source(int row) const { return m_sources.at(row); }
    int rowOf(const QString &sourceId) const;

    // "SentinelOne threats", "Feed or file", ...: a kind for people.
    static QString kindText(const QString &kind);
    // The counts of a pull as one short line ("12 added, 3 updated, 0 unchanged").
    static QString countsText(const QJsonObject &counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const exchange::IocStore *m_store = nullptr;
    QString m_profileId;
    QList<exchange::IocSource> m_sources;
};
