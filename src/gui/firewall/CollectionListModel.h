// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/Collection.h"
#include "firewall/FirewallStore.h"

#include <QAbstractTableModel>
#include <QList>

// The firewall collections of the store: name, typed entries, rules of the last layout, the last
// export per target and the state (enabled, problems). reload() reads the store again.
class CollectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Entries, Rules, LastExport, State, ColumnCount };
    Q_ENUM(Column)
    enum Role { NameRole = Qt::UserRole + 1, IdRole };

    explicit CollectionListModel(QObject *parent = nullptr);

    void setStore(firewall::FirewallStore *store);
    void reload();
    // The row of a collection by name, -1 when there is none.
    int rowOf(const QString &name) const;
    const firewall::Collection &collection(int row) const { return m_rows.at(row).collection; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        firewall::Collection collection;
        int rules = 0;
        QList<firewall::ExportRecord> exports;
    };
    QString exportText(const Row &row) const;
    QString stateText(const Row &row) const;

    firewall::FirewallStore *m_store = nullptr;
    QList<Row> m_rows;
};
