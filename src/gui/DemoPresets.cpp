// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPresets.h"

#include "SimFeeds.h"
#include "exchange/BusinessRule.h"
#include "exchange/IocStore.h"
#include "exchange/S1ThreatSource.h"
#include "exchange/SharingConfig.h"
#include "s1/ListJobs.h"
#include "session/ProfileSession.h"

#include <QDir>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>

#include <functional>

namespace {

// The whole preset set, written once the account id is known. An error: a sentence.
QString create(
    exchange::IocStore *store, const QString &profileId, const QString &accountId, const QString &feedDir)
{
    QString error;
    if (!QDir().mkpath(feedDir))
        return DemoPresets::tr("The demo feed folder %1 could not be created.")
            .arg(QDir::toNativeSeparators(feedDir));
    const QString feedPath = QDir(feedDir).filePath(QStringLiteral("demo-blocklist.txt"));
    QSaveFile feed(feedPath);
    if (!feed.open(QIODevice::WriteOnly) || feed.write(s1sim::SimFeeds::builtinText()) < 0 || !feed.commit())
        return DemoPresets::tr("The demo feed %1 could not be written: %2")
            .arg(QDir::toNativeSeparators(feedPath), feed.errorString());

    exchange::IocSource threats;
    threats.profileId = profileId;
    threats.name = DemoPresets::threatsSourceName();
    threats.kind = QStringLiteral("s1-threats");
    threats.settings = exchange::S1ThreatSourceSettings().toJson();
    exchange::IocSource blocklist;
    blocklist.profileId = profileId;
    blocklist.name = DemoPresets::feedSourceName();
    blocklist.kind = QStringLiteral("feed");
    blocklist.settings = QJsonObject {
        {QStringLiteral("file"), feedPath}, {QStringLiteral("format"), QStringLiteral("text")}};
    if (!store->saveSource(&threats, &error) || !store->saveSource(&blocklist, &error))
        return error;

    exchange::BusinessRule rule;
    rule.name = DemoPresets::ruleName();
    rule.types = {exchange::IocType::Sha256, exchange::IocType::Md5, exchange::IocType::Url,
        exchange::IocType::Dns, exchange::IocType::Ipv4};
    // What must never be shared: the organisation's own ranges and domain (an example to edit).
    rule.exclusionList
        = {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.0.0/16"), QStringLiteral("example.com")};
    // Names are unique in the store: a demo profile made again (or a second one) reuses the rule and
    // numbers its sharing configurations.
    auto freeName = [](const QString &base, const std::function<bool(const QString &)> &taken) {
        QString name = base;
        for (int i = 2; taken(name); ++i)
            name = QStringLiteral("%1 (%2)").arg(base).arg(i);
        return name;
    };
    exchange::NamedDefinition ruleDefinition {0, rule.name, rule.toJson()};
    if (const auto existing = store->rule(rule.name))
        ruleDefinition = *existing;
    else if (!store->saveRule(&ruleDefinition, &error))
        return error;
    auto sharingTaken = [store](const QString &name) { return store->sharing(name).has_value(); };

    exchange::SharingConfig toConsole;
    toConsole.name = freeName(DemoPresets::consoleSharingName(), sharingTaken);
    toConsole.sourceIds = {threats.id, blocklist.id};
    toConsole.ruleId = ruleDefinition.id;
    toConsole.ruleName = rule.name;
    toConsole.destination = exchange::SharingConfig::DestinationKind::S1ThreatIntel;
    toConsole.profileId = profileId;
    toConsole.scope = s1::IocScope::account(accountId);
    toConsole.requestsPerMinute = 0; // the demo console has no rate limit
    if (!toConsole.save(store, &error))
        return error;

    exchange::SharingConfig toOpenCti;
    toOpenCti.name = freeName(DemoPresets::openCtiSharingName(), sharingTaken);
    toOpenCti.sourceIds = {threats.id, blocklist.id};
    toOpenCti.ruleId = ruleDefinition.id;
    toOpenCti.ruleName = rule.name;
    toOpenCti.destination = exchange::SharingConfig::DestinationKind::OpenCti;
    toOpenCti.profileId = profileId;
    if (!toOpenCti.save(store, &error))
        return error;
    return {};
}

} // namespace

bool DemoPresets::hasAny(const exchange::IocStore &store, const QString &profileId)
{
    if (!store.sources(profileId).isEmpty())
        return true;
    for (const exchange::NamedDefinition &d : store.sharings())
        if (const auto config = exchange::SharingConfig::fromDefinition(d, nullptr);
            config && config->profileId == profileId)
            return true;
    return false;
}

void DemoPresets::ensure(session::ProfileSession *session, exchange::IocStore *store, const QString &feedDir,
    std::function<void(const QString &error)> done)
{
    if (!session || !store || !session->client() || hasAny(*store, session->id())) {
        done({});
        return;
    }
    auto *accounts = new s1::AccountListJob(session->client(), session);
    const QPointer<session::ProfileSession> guard(session);
    QObject::connect(accounts, &jobs::Job::finished, session, [=] {
        accounts->deleteLater();
        if (!guard)
            return;
        if (accounts->accounts().isEmpty()) {
            done(tr("The demo console listed no account: no IOC sharing presets were created."));
            return;
        }
        if (hasAny(*store, guard->id())) { // created meanwhile (a second call)
            done({});
            return;
        }
        done(create(store, guard->id(), accounts->accounts().constFirst().id, feedDir));
    });
    accounts->start();
}
