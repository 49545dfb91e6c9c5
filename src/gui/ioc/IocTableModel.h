// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

// The IOCs of the store matching a filter, newest first (id descending), for the IOCs tab; built for
// 1,000,000 rows.
//
// What is in memory: the ids of the matching IOCs in order (8 bytes a row), and a small cache of
// pages of PageSize records (with every share of each) around what the view shows. The ids are read by
// a worker thread with its own connection (IocStore::scanIds): a filter on the text over a million
// rows never blocks the GUI thread; the first FirstRows ids are shown as soon as they are found, the
// rest follow as row insertions while the scan goes on and when it ends (totalCount() is -1 until then). A
// page of records is read on the GUI thread when the view first asks for one of its rows: PageSize rows by
// primary key, a few milliseconds.
//
// refresh() (a job ended, an IOC was added) scans again with the same filter and keeps the rows on
// screen until the new ids are in: the same ids only drop the cached pages (dataChanged, selection
// kept); other ids reset the model and refreshed() tells the view to restore its selection by id
// (rowOfIoc()). Text is returned as plain strings: IOC values and descriptions are attacker-controlled.
class IocTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Value, Sources, FirstSeen, LastSeen, ValidUntil, Shared, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IocIdRole = Qt::UserRole + 1, // qint64
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 24;
    static constexpr int FirstRows = 50; // a screenful: shown before the scan goes on
    static constexpr int PartialMs = 50; // then what was found, at this pace, while the scan goes on

    explicit IocTableModel(QObject *parent = nullptr);
    ~IocTableModel() override; // stops and waits for the scan

    // The store to show (not owned; nullptr: empty). Scans with the current filter.
    void setStore(exchange::IocStore *store);
    exchange::IocStore *store() const { return m_store; }
    void setFilter(const exchange::IocFilter &filter);
    const exchange::IocFilter &filter() const { return m_filter; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 totalCount() const { return m_complete ? qint64(m_ids.size()) : -1; } // -1 while counting
    bool isLoading() const { return m_loading; }
    qint64 iocIdAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowOfIoc(qint64 id) const; // -1 when not in the rows (binary search)
    const exchange::IocRecord *recordAt(int row) const; // nullptr out of range; loads the page
    QList<exchange::IocShare> sharesAt(int row) const;

    // "shared 2 · failed 1", or "not shared": the column's text for these share rows.
    static QString sharesSummary(const QList<exchange::IocShare> &shares);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    // After a refresh replaced the rows: the view restores its selection by id.
    void refreshed();

private:
    struct Page
    {
        QList<exchange::IocRecord> records; // by row; a record whose IOC vanished has id 0
        QHash<qint64, QList<exchange::IocShare>> shares;
    };
    enum class ScanKind { New, Refresh };

    void startScan(ScanKind kind);
    void onPartial(quint64 generation, qsizetype offset, QList<qint64> ids);
    void onScanned(quint64 generation, QList<qint64> ids, ScanKind kind);
    const Page *page(int index) const;
    void dropPartialPage();
    void setLoading(bool loading);

    exchange::IocStore *m_store = nullptr;
    exchange::IocFilter m_filter;
    QList<qint64> m_ids; // descending
    bool m_complete = false; // m_ids has every row of the filter
    quint64 m_idsGeneration = 0; // the scan m_ids came from
    bool m_loading = false;
    QHash<QString, QString> m_sourceNames;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThreadPool m_pool; // one thread: one scan at a time, the newest wins
};
