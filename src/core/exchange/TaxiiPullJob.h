// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocStore.h"
#include "exchange/StixIndicator.h"
#include "exchange/TaxiiClient.h"
#include "jobs/Job.h"

#include <QPointer>

#include <memory>

namespace config {
class SecretStore;
}
namespace jobs {
class Clock;
}
namespace net {
class ApiCall;
}

namespace exchange {

// Pulls the indicators of one TAXII 2.1 collection (IocSource kind "taxii") into the IOC store:
// GET <api root>/collections/<id>/objects/?added_after=<checkpoint>&limit=N, then page after page
// with the envelope's next while `more` is true. Indicators are mapped as the OpenCTI source maps
// them (StixIndicatorMapping): revoked and expired ones end their IOC at this source, patterns of
// more than one observable are listed as refused with the reason. The checkpoint is the last
// X-TAXII-Date-Added-Last header (the next pull's added_after); it moves only when the whole pull
// succeeded. Without an API root in the settings the URL is asked (discovery: its default root, or
// the only one; or the URL is an API root).
//
// Settings: "url" (discovery or API root, http/https), "apiRoot", "collectionId", "collectionTitle"
// (display), "auth" none|basic|bearer, "username" (basic), "initialDays" (1-3650, default 30),
// "pageSize" (1-10000, default 1000). The password or token is in the keychain under
// credentialKey(): set it with setSecret(), or give the job the SecretStore to read it from.
class TaxiiPullJob : public jobs::Job
{
    Q_OBJECT
public:
    static inline const QString Kind = QStringLiteral("ioc-pull-taxii");

    TaxiiPullJob(IocStore *store, const IocSource &source, QObject *parent = nullptr);
    ~TaxiiPullJob() override;

    void setSecret(const QString &secret) { m_secret = secret; }
    // Read the secret from here when the run starts and none was set (not owned).
    void setSecretStore(config::SecretStore *secrets);
    void setClock(const jobs::Clock *clock) { m_clock = clock; }
    void setTransport(const net::Transport &transport) { m_transport = transport; }

    // "source/<id>/taxii-secret"
    static QString credentialKey(const QString &sourceId);
    // Whether the source signs in (basic or bearer) and so needs the secret.
    static bool needsSecret(const IocSource &source);
    // The problems of the settings, each naming the setting; empty when usable.
    static QStringList settingsProblems(const QJsonObject &settings);
    // The client configuration of a source (secret apart).
    static TaxiiConfig configOf(const QJsonObject &settings);

    const UpsertCounts &storeCounts() const;
    qint64 refusedCount() const;
    int endedCount() const;
    // The added_after of every objects request of the run, in order (tests).
    const QStringList &requestedAddedAfter() const { return m_requested; }
    QString newCheckpoint() const { return state() == State::Succeeded ? m_checkpoint : QString(); }

protected:
    void run() override;
    void onCancel() override;

private:
    void begin();
    void resolveRoot();
    void requestPage();
    void onPage();
    void finishPull();
    void failRecorded(const QString &why, jobs::JobError::Kind kind = jobs::JobError::Kind::Input);
    void failRemote(const net::ApiError &error);

    IocStore *m_store;
    IocSource m_source;
    QString m_secret;
    QPointer<config::SecretStore> m_secrets;
    const jobs::Clock *m_clock = nullptr;
    net::Transport m_transport;
    std::unique_ptr<TaxiiClient> m_client;
    std::unique_ptr<StixIndicatorIngest> m_ingest;
    QPointer<net::ApiCall> m_call;
    QUrl m_apiRoot;
    QString m_collectionId;
    QString m_addedAfter;
    QString m_next;
    QString m_checkpoint;
    QStringList m_requested;
    QDateTime m_now;
    int m_pageSize = 1000;
    bool m_waitingSecret = false;
    qint64 m_read = 0;
};

} // namespace exchange
