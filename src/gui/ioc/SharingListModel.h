// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"
#include "exchange/SharingConfig.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <optional>

// The sharing configurations as Netskope's grid shows them: name, sources -> rule -> destination in
// words, target, last run (from the job history), what was shared, pending, failed and retracted,
// and whether it is enabled (a checkbox that saves at once). A snapshot: reload() after a change.
class SharingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FlowColumn,
        TargetColumn,
        LastRunColumn,
        SharedColumn,
        PendingColumn,
        FailedColumn,
        RetractedColumn,
        EnabledColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SharingListModel(QObject *parent = nullptr);

    void setContext(const IocAreaContext &context);
    void reload();

    struct Row
    {
        exchange::NamedDefinition definition;
        std::optional<exchange::SharingConfig> config; // nullopt: the stored definition has problems
        QStringList problems;
        QString flow, target, lastRun;
        qint64 shared = 0, pending = 0, failed = 0, retracted = 0;
    };
    const Row &row(int row) const { return m_rows.at(row); }
    int rowOf(const QString &name) const;

    // "SentinelOne threat intelligence", "OpenCTI", "File": a destination kind for people.
    static QString destinationText(exchange::SharingConfig::DestinationKind kind);
    QString targetText(const exchange::SharingConfig &config) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Saving the enabled state failed: the store's sentence.
    void saveFailed(const QString &error);

private:
    Row makeRow(const exchange::NamedDefinition &definition) const;
    QString profileName(const QString &profileId) const;

    IocAreaContext m_context;
    QList<Row> m_rows;
};
