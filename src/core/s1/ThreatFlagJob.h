// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "jobs/Job.h"

#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>

namespace net {
class ApiCall;
}

namespace s1 {

class S1Client;

// Flags threats for OpenCTI (adds the flag note to all of them in one request per 1,000 threats)
// or removes the flag: notes that are only the flag are deleted, notes that contain it among
// other words are edited to drop it, every other note is left untouched.
class ThreatFlagJob : public jobs::Job
{
    Q_OBJECT
public:
    enum class Mode { Flag, Unflag };
    Q_ENUM(Mode)
    static constexpr int MaxIdsPerRequest = 1000;
    static constexpr int UnflagConcurrency = 4;

    ThreatFlagJob(S1Client *client, Mode mode, const QStringList &threatIds, const QString &flag, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Threats whose flag state changed (flagged, or flag removed).
    const QStringList &changedThreats() const { return m_changed; }

protected:
    void run() override;
    void onCancel() override;

private:
    void flagNextChunk();
    void checkMissing(const QStringList &chunk);
    void unflagNext();
    void unflagThreat(const QString &threatId);
    void threatDone(const QString &threatId, const QString &failure);
    void finishIfDone();
    void track(net::ApiCall *call);

    QPointer<S1Client> m_client;
    Mode m_mode;
    QStringList m_ids;
    QString m_flag;
    int m_next = 0;
    qint64 m_handled = 0;
    QQueue<QString> m_pending;
    QSet<QString> m_inFlight;
    QStringList m_changed;
    QList<QPointer<net::ApiCall>> m_calls;
    net::ApiError m_lastError;
};

} // namespace s1
