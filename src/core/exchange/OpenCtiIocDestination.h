// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocDestination.h"
#include "exchange/IocStix.h"
#include "exchange/SharingConfig.h"
#include "opencti/OpenCtiImportJob.h"

#include <QPointer>
#include <memory>

namespace net {
class ApiCall;
}
namespace opencti {
class OpenCtiClient;
}

namespace exchange {

class IocStore;

// A profile's OpenCTI as a destination: each batch is one STIX 2.1 bundle (IocStix: per IOC an
// indicator, its observable and a `based-on` relationship; the profile's connector name as author
// and its TLP marking on every object) pushed with stixBundlePush, the way connectors write.
//
// - One work per run: the destination lives for one IocShareJob run (TaskRegistry and the CLI build
//   one per job) and opens its work lazily, at its first push (registerConnector, then workAdd, once;
//   every batch of the run goes into that work). A run that sends nothing opens no work. Nothing is
//   closed at the end: OpenCTI completes the work once its workers processed every object.
// - Confirmed = stixBundlePush answered true (accepted for ingestion); the remote id of an IOC is its
//   indicator's STIX id, the expiry its valid_until. Never before that answer.
// - A lost answer is safe to repeat: every id is deterministic (pycti's rules) and OpenCTI upserts by
//   id, so the same bundle pushed twice gives the same objects once. The client marks the request
//   idempotent (OpenCtiClient::request) and net::ApiCall repeats it after a lost answer.
// - reconcile(): the indicators looked up by STIX id (IndicatorsByStixIds, 100 ids a request): found
//   = shared, else missing (sent again: harmless, see above). An OpenCTI that refuses the look-up
//   itself (a GraphQL error: an older platform, a user without the right) answers every item missing
//   for the same reason; a network failure or a refused token is an error (the items stay pending).
// - retract(): a bundle cannot delete, and deleting is not what a SOC expects of a feed either (the
//   history of an indicator, its sightings and relationships, stay useful). So, as OpenCTI's own
//   connectors do, the indicator is pushed again with the same id, revoked: true and valid_until =
//   now: OpenCTI marks it revoked, detection rules and exports that follow OpenCTI stop using it, and
//   sharing it again later un-revokes it (revoked: false, same id). The observable stays: it is a
//   fact, not a verdict.
// - valid_until: the IOC's own valid until, else now + the configuration's requested days (no cap).
class OpenCtiIocDestination : public IocDestination
{
    Q_OBJECT
public:
    // IOCs per bundle at most (three objects each: a push stays a few megabytes).
    static constexpr int MaxBatch = 1000;
    static constexpr int LookupChunk = 100; // ids per IndicatorsByStixIds request

    // Neither client nor store is owned; both must outlive the destination. settings: the profile's
    // (connector id and name, author, TLP: ImportSettings::fromProfile()).
    OpenCtiIocDestination(opencti::OpenCtiClient *client, const opencti::ImportSettings &settings,
        IocStore *store, const SharingConfig &config, QObject *parent = nullptr);

    QString key() const override;
    QString describe() const override;
    int maxBatchSize() const override { return MaxBatch; }
    std::optional<ShareItem> plan(const Ioc &ioc, const QDateTime &now) const override;
    void share(const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done) override;
    void reconcile(
        const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done) override;
    void retract(const QList<std::pair<qint64, QString>> &items,
        std::function<void(const RetractOutcome &)> done) override;
    void cancel() override;

    // The work this run pushes into (empty until the first push).
    QString workId() const { return m_workId; }
    int pushes() const { return m_pushes; }
    const IocStix::Options &stixOptions() const { return m_stix; }
    // The bundle share() pushes for these items, modified at `modified` (for the tests).
    QJsonObject bundleFor(const QList<ShareItem> &items, const QString &modified) const;

private:
    // Registers the connector and opens the work once, then runs fn (with the error when that failed).
    void withWork(std::function<void(const net::ApiError &)> fn);
    void push(const QJsonObject &bundle, std::function<void(const net::ApiError &)> done);
    struct Lookup;
    void lookup(std::shared_ptr<Lookup> state);
    net::ApiCall *request(const QString &document, const QJsonObject &variables);
    bool alive(int generation) const { return generation == m_generation; }

    QPointer<opencti::OpenCtiClient> m_client;
    opencti::ImportSettings m_settings;
    IocStore *m_store;
    SharingConfig m_config;
    IocStix::Options m_stix;
    QString m_workId;
    bool m_workRequested = false;
    QList<std::function<void(const net::ApiError &)>> m_waitingForWork;
    int m_generation = 0;
    int m_pushes = 0;
};

} // namespace exchange
