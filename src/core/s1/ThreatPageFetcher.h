// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleConfig.h"
#include "PageWalk.h"
#include "Threat.h"
#include "ThreatNote.h"
#include "ThreatQuery.h"
#include "net/ApiError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>

#include <memory>

namespace net {
class ApiCall;
}

namespace s1 {

class S1Client;

// Fetches pages of threats and notes of threats for the threat browser, off the GUI thread.
//
// Create it in the GUI thread and moveToThread() a worker; call its slots through queued calls
// (QMetaObject::invokeMethod with this object as context). Its S1Client (one QNetworkAccessManager)
// is created on first use, inside the worker thread. Answers are parsed there (JSON and
// Threat::fromJson) and handed out as records; repeated low-cardinality strings (statuses, sites,
// accounts, endpoints, OS, engines, MITRE text) are shared between records to keep 100,000 loaded
// threats small.
//
// Every request carries the caller's generation, and every answer repeats it: the caller drops
// answers of generations it has left. A page request with a generation other than the current
// page request's cancels the older one.
class ThreatPageFetcher : public QObject
{
    Q_OBJECT
public:
    // Note requests in flight at most (the noteExists check included).
    static constexpr int NotesConcurrency = 4;

    explicit ThreatPageFetcher(const ConsoleConfig &config);
    ~ThreatPageFetcher() override;

public Q_SLOTS:
    // One page: GET /threats with the query, the cursor (empty: the first page) and limit (1..1000).
    void fetch(quint64 generation, const s1::ThreatQuery &query, const QString &cursor, int limit);
    // Pages one after the other until at least maxItems threats came (maxItems < 0: until the last
    // page). The next page is requested before the current one is parsed, so the console and the
    // parser work at the same time. One pageReady per page.
    void fetchPages(
        quint64 generation, const s1::ThreatQuery &query, const QString &cursor, int limit, qint64 maxItems);
    // The notes of these threats, for the flag state: one GET /threats?ids=...&noteExists=true tells
    // which have notes at all (the others are answered at once with an empty list), then the notes
    // of only those, at most NotesConcurrency requests in flight. One notesReady per threat, or
    // notesFailed. Requests of earlier calls are kept (queued behind).
    void fetchNotes(quint64 generation, const QStringList &threatIds);
    // Cancels every request in flight or queued; nothing more is emitted for them.
    void cancel();

Q_SIGNALS:
    // nextCursor is empty after the last page; totalItems is -1 when the console did not say.
    void pageReady(
        quint64 generation, const QList<s1::Threat> &threats, const QString &nextCursor, qint64 totalItems);
    // After the last pageReady of a fetch() or fetchPages() (not after failed()).
    void pagesFinished(quint64 generation);
    void notesReady(quint64 generation, const QString &threatId, const QList<s1::ThreatNote> &notes);
    void notesFailed(quint64 generation, const QStringList &threatIds, const net::ApiError &error);
    void failed(quint64 generation, const net::ApiError &error);

private:
    struct NotesTask
    {
        quint64 generation = 0;
        QStringList checkIds; // non-empty: the noteExists check of these threats
        QString threatId; // else: the notes of this threat
        QString cursor;
        QList<ThreatNote> notes; // pages so far
        std::shared_ptr<PageWalk> walk; // the notes' pages: a console that never ends them
    };

    S1Client *client();
    void requestPage(
        quint64 generation, const ThreatQuery &query, const QString &cursor, int limit, qint64 remaining);
    void cancelPage();
    QList<Threat> parsePage(const QJsonValue &data);
    void compact(Threat &threat);
    QString intern(const QString &text);
    void pumpNotes();
    void startNotesTask(NotesTask task);

    ConsoleConfig m_config;
    S1Client *m_client = nullptr;
    QPointer<net::ApiCall> m_pageCall;
    PageWalk m_walk; // the pages of one fetchPages(): a console that never ends them
    QQueue<NotesTask> m_notesQueue;
    QList<QPointer<net::ApiCall>> m_notesCalls;

    // Shared copies of repeated values (bounded: cleared when they grow past a limit).
    QSet<QString> m_strings;
    QHash<QString, QList<NetworkInterface>> m_interfaces; // by computer name
    QHash<QString, QList<ThreatIndicator>> m_indicators; // by the indicators' descriptions
    QHash<QString, QStringList> m_engines; // by the engines' titles
};

} // namespace s1
