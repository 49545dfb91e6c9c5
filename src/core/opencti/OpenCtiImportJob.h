// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportStore.h"
#include "StixBundleBuilder.h"
#include "config/Profile.h"
#include "jobs/Job.h"
#include "net/ApiError.h"
#include "s1/PageWalk.h"
#include "s1/Threat.h"
#include "s1/ThreatNote.h"
#include "s1/ThreatQuery.h"

#include <QHash>
#include <QPointer>
#include <QQueue>
#include <QSet>

class QTimer;

namespace net {
class ApiCall;
}
namespace s1 {
class S1Client;
}

namespace opencti {

class OpenCtiClient;

struct ImportSettings
{
    QString profileId;
    QString flag = QStringLiteral("[OpenCTI_add]");
    config::Profile::ImportMode mode = config::Profile::ImportMode::FlaggedOnly;
    QDate importStart; // CreatedAfter mode
    QString connectorId; // UUID, registered as an EXTERNAL_IMPORT connector
    QString connectorName = QStringLiteral("S1 Bridge");
    QString connectorScope = QStringLiteral("sentinelone");
    StixBundleBuilder::Options bundle; // author, TLP, console URL
    QStringList onlyThreatIds; // "Import now" for a selection: these, flagged or not
    int concurrency = 4; // SentinelOne notes requests and OpenCTI pushes in flight
    int workPollMs = 250;
    int workTimeoutMs = 120000; // how long one run waits for the work it pushed into
    // A work that OpenCTI has not finished this long after the push is taken as lost (its worker
    // died, its messages were dropped) and its bundles are sent again. Until then the next runs
    // wait for it instead of sending again what OpenCTI still has to process.
    qint64 workGiveUpMs = 24LL * 3600 * 1000;
    // A web page (a proxy's error or login page, HTTP 200 text/html) or other non-GraphQL answer to
    // one request among many: that request is sent again this many times, pageRetryDelayMs apart
    // (times the attempt), before it counts as failed.
    int pageRetries = 2;
    int pageRetryDelayMs = 1000;

    static ImportSettings fromProfile(const config::Profile &profile);
};

// The OpenCTI incident import (one run). Finds candidate threats without reading the notes of the
// whole console (noteExists / created-after filters above a high-water mark on updatedAt), reads each
// candidate's notes once, builds its STIX bundle (deterministic ids), skips a threat whose bundle did
// not change since it was imported, pushes the others into one OpenCTI work, records them as Sent,
// follows the work and records Imported only what OpenCTI processed without an error. Records left
// Sent by an earlier run (killed, or OpenCTI slower than the run's wait) are checked against their
// work first: complete without errors -> Imported; still running -> left Sent and not pushed again,
// so a slow OpenCTI is not fed its own backlog; failed, vanished or given up (workGiveUpMs) ->
// pushed again (OpenCTI upserts by id).
class OpenCtiImportJob : public jobs::Job
{
    Q_OBJECT
public:
    static constexpr QLatin1String KindName {"opencti-import"};
    OpenCtiImportJob(s1::S1Client *s1, OpenCtiClient *openCti, ImportStore *store,
        const ImportSettings &settings, QObject *parent = nullptr);

    // The notes that go into a threat's bundle: all but those that are only the flag (a workflow
    // marker, not intelligence). The import, `opencti bundle` and the GUI preview all use this.
    static QList<s1::ThreatNote> bundleNotes(const QList<s1::ThreatNote> &notes, const QString &flag);

    const QStringList &importedThreats() const { return m_imported; }
    int unchangedCount() const { return m_unchanged; }
    int notFlaggedCount() const { return m_notFlagged; }
    // Threats sent by an earlier run whose work OpenCTI is still processing: not sent again.
    int stillProcessingCount() const;
    QString workId() const { return m_workId; }

protected:
    void run() override;
    void onCancel() override;

private:
    struct Candidate
    {
        s1::Threat threat;
        bool forced = false; // unconfirmed after a crash: push again whatever its hash
    };

    void confirmUnconfirmed();
    void registerConnector();
    void listCandidates(const s1::ThreatQuery &query, const QString &cursor, bool forcedPass);
    void startCandidateQuery();
    void pump();
    void processCandidate(const Candidate &candidate);
    void onNotes(const Candidate &candidate, const QList<s1::ThreatNote> &notes);
    void push(const Candidate &candidate, const QJsonObject &bundle, const QString &hash);
    void ensureWork(const std::function<void()> &then);
    void itemDone();
    void finishPushing();
    void pollWork();
    void concludeWork(const QJsonObject &work);
    void finishRun();
    void failWith(const net::ApiError &error);
    net::ApiCall *track(net::ApiCall *call);
    // Sends a GraphQL document (GraphQlDocuments name) to OpenCTI; done() gets the finished call (and
    // deletes it). A web page instead of the GraphQL answer is retried first (pageRetries).
    void sendOpenCti(const QString &documentName, const QJsonObject &variables,
        const std::function<void(net::ApiCall *)> &done, int attempt = 0);
    void flushSent();

    QPointer<s1::S1Client> m_s1;
    QPointer<OpenCtiClient> m_openCti;
    ImportStore *m_store;
    ImportSettings m_settings;
    StixBundleBuilder m_builder;
    QList<QPointer<net::ApiCall>> m_calls;
    QTimer *m_pollTimer;

    QQueue<Candidate> m_queue;
    QSet<QString> m_forced;
    QQueue<QStringList> m_byIdChunks; // unconfirmed threats outside the window, fetched by id
    QHash<QString, QString> m_waiting; // threat id -> content hash, Sent in a work OpenCTI still processes
    QSet<QString> m_queued;
    s1::PageWalk m_candidateWalk; // the candidates' pages: a console that never ends them
    bool m_listingDone = false;
    int m_inFlight = 0;
    QString m_workId;
    bool m_workRequested = false;
    QList<std::function<void()>> m_waitingForWork;
    QList<ImportRecord> m_sentBatch;
    QHash<QString, QString> m_objectOwner; // STIX object id -> threat id (to attribute work errors)
    QStringList m_sentThisRun;
    QStringList m_imported;
    QHash<QString, QDateTime> m_sentUpdatedAt;
    QDateTime m_maxUpdatedAt;
    QDateTime m_minFailedUpdatedAt;
    QDateTime m_pollDeadline;
    int m_unchanged = 0;
    int m_notFlagged = 0;
};

} // namespace opencti
