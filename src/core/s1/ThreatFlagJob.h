// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/Job.h"
#include "net/ApiError.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

namespace net {
class ApiCall;
}

namespace s1 {

class PageWalk;
class S1Client;

// Flags threats for OpenCTI or removes the flag.
//
// Flag: a threat counts as flagged when one of its notes contains the flag. The job first reads
// which threats of a batch already carry it (threats with notes, then their notes) and adds the
// flag note only to the others, in one request per MaxIdsPerRequest threats. Adding a note is not
// idempotent: when its answer is lost after the console may have acted (outcome unknown), the job
// reads the notes back and posts again only to the threats still without the flag, so a threat
// never gets two flag notes.
//
// Unflag: notes that are only the flag are deleted, notes that contain it among other words are
// edited to drop it, every other note is left untouched.
class ThreatFlagJob : public jobs::Job
{
    Q_OBJECT
public:
    enum class Mode { Flag, Unflag };
    Q_ENUM(Mode)
    static constexpr QLatin1String FlagKind {"threat-flag"};
    static constexpr QLatin1String UnflagKind {"threat-unflag"};
    static constexpr int MaxIdsPerRequest = 1000;
    static constexpr int NoteReadConcurrency = 4;
    static constexpr int MaxReconciliations = 5;

    ThreatFlagJob(S1Client *client, Mode mode, const QStringList &threatIds, const QString &flag,
        QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Threats whose flag state changed (flagged, or flag removed).
    const QStringList &changedThreats() const { return m_changed; }

protected:
    void run() override;
    void onCancel() override;

private:
    using NotesRead = std::function<void(const QJsonArray &notes, const net::ApiError &error)>;

    // Flag
    void flagNextChunk();
    void surveyChunk();
    void readFlagState(const QStringList &withNotes);
    void postFlag();
    void chunkFailed(const net::ApiError &error);
    void chunkDone();
    void checkMissing(const QStringList &ids);
    // Unflag
    void unflagNext();
    void unflagThreat(const QString &threatId);
    void threatDone(const QString &threatId, const QString &failure);
    // Both
    // Every note of a threat, page after page (`walk` guards the pages against a console that never
    // ends them; a new one when absent).
    void readNotes(const QString &threatId, const NotesRead &done, const QString &cursor = {},
        QJsonArray soFar = {}, std::shared_ptr<PageWalk> walk = {});
    void finishIfDone();
    void track(net::ApiCall *call);

    QPointer<S1Client> m_client;
    Mode m_mode;
    QStringList m_ids;
    QString m_flag;
    int m_next = 0;
    qint64 m_handled = 0;

    // the flag batch in progress
    QStringList m_chunk; // threats of the batch not yet settled
    QSet<QString> m_posted; // threats a flag request was sent for (outcome may be unknown)
    int m_reconciliations = 0;

    QQueue<QString> m_pending;
    QSet<QString> m_inFlight;
    QStringList m_changed;
    QList<QPointer<net::ApiCall>> m_calls;
    net::ApiError m_lastError;
};

} // namespace s1
