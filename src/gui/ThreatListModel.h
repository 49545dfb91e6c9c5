// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"
#include "s1/Threat.h"
#include "s1/ThreatQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

class QThread;

namespace s1 {
struct ApiError;
struct ThreatNote;
class ThreatPageFetcher;
} // namespace s1

// The threats of one console, loaded page by page on demand (the view's fetchMore()), for the
// threat browser. Pages are requested and parsed in a worker thread (s1::ThreatPageFetcher) and
// arrive as one row insertion each; the GUI thread only files records.
//
// Server-side filters and the order are the query's (setQuery, sort); the quick filter over loaded
// rows is ThreatFilterProxy. Every setConsole/setQuery/refresh starts a new generation: answers of
// earlier ones are dropped. Text is returned as plain strings (threat names are attacker-controlled;
// views show plain text).
//
// The Flagged column: a threat is flagged for OpenCTI when one of its notes contains the flag text
// (case-sensitive, the public connector's rule). It is computed only for the rows the view asks for
// (requestFlagStates), cached by threat id while the threat's updatedAt stays the same.
class ThreatListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Classification,
        Confidence,
        Verdict,
        IncidentStatus,
        Endpoint,
        Site,
        Created,
        Updated,
        Flagged,
        Imported,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ThreatIdRole = Qt::UserRole + 1, // QString
        FlagStateRole, // FlagState
    };
    enum class FlagState {
        Unknown, // not asked yet (or the answer failed)
        Checking, // notes requested
        Flagged, // a note contains the flag
        NotFlagged,
    };
    Q_ENUM(FlagState)

    static constexpr int PageSize = 1000;
    // requestFlagStates() looks at this many rows at most (a screenful is far fewer).
    static constexpr int MaxFlagRows = 500;

    explicit ThreatListModel(QObject *parent = nullptr);
    ~ThreatListModel() override; // stops the worker thread

    // Replaces the console (a new worker-side client) and the flag text; clears rows and flag
    // states. Loads nothing: call setQuery() or refresh() next. An invalid URL leaves the model empty.
    void setConsole(const s1::ConsoleConfig &config, const QString &flag);
    s1::ConsoleConfig console() const { return m_config; }
    QString flag() const { return m_flag; }

    // Server-side filters and order (sortBy/descending); clears the rows and loads the first page.
    void setQuery(const s1::ThreatQuery &query);
    s1::ThreatQuery query() const { return m_query; }
    // Reloads with the same query. The rows stay on screen until as many as were loaded are back
    // (or all of them, if fewer), then they are replaced in one step (persistent indexes follow
    // their threat) and refreshed() is emitted. With nothing loaded, loads the first page.
    void refresh();
    // Keeps fetching until every page is in (export, benchmarks); loadingChanged(false) at the end.
    void fetchAll();

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override; // the next page; nothing while loading

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Through the API's sortBy/sortOrder: Created (createdAt) and Updated (updatedAt). The API sorts
    // no other column by what it shows (it sorts by file name, not threat name; by site id, not
    // site name), so sort() does nothing for them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isServerSortable(int column);
    // The column and order of the current query (the console's default: Created, descending).
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    qint64 totalCount() const { return m_total; } // pagination.totalItems; -1 unknown
    bool isLoading() const { return m_loading; }
    const s1::Threat *threatAt(int row) const; // nullptr when out of range
    int rowOfThreat(const QString &threatId) const; // -1 when not loaded

    FlagState flagState(const QString &threatId) const;
    // Computes the flag state of these rows (the view's visible rows; at most MaxFlagRows): rows
    // already known or being checked cost nothing; one batch at a time, a newer request waits for it
    // and replaces any request waiting before it.
    void requestFlagStates(int firstRow, int lastRow);
    // After a flag/unflag job: the state is known without asking.
    void setFlagState(const QStringList &threatIds, bool flagged);
    // The Imported column: each threat's OpenCTI import state in words ("Imported", "Waiting for
    // OpenCTI", "Failed"), from the import database; threats not in it show nothing.
    void setImportStates(const QHash<QString, QString> &stateById);
    QString importState(const QString &threatId) const { return m_importStates.value(threatId); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message); // ApiError::userMessage()
    void refreshed();

private:
    struct FlagEntry
    {
        FlagState state = FlagState::Unknown;
        QDateTime updatedAt; // of the threat when the state was learnt
    };
    // A threat id with its hash computed once: growing the index rehashes without reading the
    // strings again (a 65,536-entry QHash<QString, int> takes tens of ms to grow otherwise).
    struct IdKey
    {
        QString id;
        size_t hash;
        explicit IdKey(const QString &threatId)
            : id(threatId)
            , hash(qHash(threatId))
        { }
        friend bool operator==(const IdKey &a, const IdKey &b) { return a.hash == b.hash && a.id == b.id; }
        friend size_t qHash(const IdKey &key, size_t seed = 0) noexcept { return key.hash ^ seed; }
    };
    // Loaded rows. A page's records stay in the page they came in (one allocation; rows share its
    // ownership); a refresh keeps the records of threats that did not change and holds copies of
    // only the changed ones, instead of two copies of the listing.
    struct Rows
    {
        std::vector<std::shared_ptr<const s1::Threat>> rows;
        QHash<IdKey, int> rowById;
        int rowOf(const QString &threatId) const { return rowById.value(IdKey(threatId), -1); }
        void clear();
        // The threats of a page not seen before, in order. reuse: rows whose unchanged records
        // are taken instead of the page's (a refresh).
        std::vector<std::shared_ptr<const s1::Threat>> add(
            const QList<s1::Threat> &page, const Rows *reuse = nullptr) const;
        void append(const std::vector<std::shared_ptr<const s1::Threat>> &fresh);
    };

    void onPageReady(
        quint64 generation, const QList<s1::Threat> &threats, const QString &nextCursor, qint64 totalItems);
    void onPagesFinished(quint64 generation);
    void onFailed(quint64 generation, const net::ApiError &error);
    void onNotesReady(quint64 generation, const QString &threatId, const QList<s1::ThreatNote> &notes);
    void onNotesFailed(quint64 generation, const QStringList &threatIds, const net::ApiError &error);
    void startLoad(const QString &cursor, qint64 maxItems);
    void applyRefresh();
    void clearRows();
    void setLoading(bool loading);
    void setTotal(qint64 total);
    FlagState rowFlagState(const s1::Threat &threat) const;
    void sendFlagBatch(const QStringList &ids);
    void flagBatchDone(const QString &threatId);
    void markFlagChanged(const QString &threatId);
    void flushFlagChanges();
    static QString sortField(int column);

    QThread *m_thread = nullptr;
    QPointer<s1::ThreatPageFetcher> m_fetcher;
    s1::ConsoleConfig m_config;
    QString m_flag;
    s1::ThreatQuery m_query;
    quint64 m_generation = 0;
    quint64 m_consoleGeneration = 0; // the first generation of the current console

    Rows m_rows;
    QString m_nextCursor;
    qint64 m_total = -1;
    bool m_loading = false;
    bool m_fetchAll = false;
    bool m_started = false; // a first page was asked for since the last clear

    bool m_refreshing = false;
    int m_refreshTarget = 0;
    Rows m_staged;
    QString m_stagedCursor;
    qint64 m_stagedTotal = -1;

    QHash<QString, FlagEntry> m_flags;
    QSet<QString> m_flagBatch; // ids in flight
    QStringList m_flagPending; // ids waiting for the batch in flight (shown as Checking)
    int m_flagFirst = -1, m_flagLast = -1; // the last rows asked for
    int m_dirtyFirst = -1, m_dirtyLast = -1;
    bool m_flushQueued = false;
    QHash<QString, QString> m_importStates;
};
