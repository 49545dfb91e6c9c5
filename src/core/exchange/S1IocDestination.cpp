// SPDX-License-Identifier: GPL-3.0-or-later
#include "S1IocDestination.h"

#include "s1/PageInfo.h"
#include "s1/PageWalk.h"
#include "s1/S1Client.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace exchange {

namespace {

using namespace Qt::StringLiterals;

QString typeValueKey(const QString &type, const QString &value)
{
    return type.toUpper() + u'|' + value;
}

// Caseless types are compared in lower case (the normalizer writes them so; a console may not).
QString normalizedKey(const QString &type, const QString &value)
{
    const QString t = type.toUpper();
    const bool caseless = t == u"DNS" || t == u"MD5" || t == u"SHA1" || t == u"SHA256";
    return typeValueKey(t, caseless ? value.toLower() : value);
}

} // namespace

// --- RequestPacer ---------------------------------------------------------------------------------

RequestPacer::RequestPacer(int perMinute, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RequestPacer::pump);
    m_clock.start();
    if (perMinute > 0) {
        // At most perMinute - 1 in any 60 s: the burst plus what refills in a minute.
        const double budget = std::max(1, perMinute - 1);
        m_capacity = std::max(1.0, std::floor(budget / 10));
        const double refill = std::max(budget - m_capacity, 0.5);
        m_perMs = refill / 60000.0;
    }
    m_tokens = m_capacity;
}

void RequestPacer::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(m_capacity, m_tokens + double(now - m_last) * m_perMs);
    m_last = now;
}

void RequestPacer::run(std::function<void()> fn)
{
    if (m_perMs <= 0) {
        fn();
        return;
    }
    m_queue.push_back(std::move(fn));
    if (m_queue.size() == 1 && !m_timer->isActive())
        pump();
}

void RequestPacer::clear()
{
    m_queue.clear();
    m_timer->stop();
}

void RequestPacer::pump()
{
    while (!m_queue.empty()) {
        refill();
        if (m_tokens < 1.0) {
            if (m_waitStart < 0)
                m_waitStart = m_clock.elapsed();
            m_timer->start(int(std::ceil((1.0 - m_tokens) / m_perMs)) + 1);
            return;
        }
        if (m_waitStart >= 0) {
            m_waitedMs += m_clock.elapsed() - m_waitStart;
            m_waitStart = -1;
        }
        m_tokens -= 1.0;
        auto fn = std::move(m_queue.front());
        m_queue.pop_front();
        fn();
    }
}

// --- S1IocDestination -----------------------------------------------------------------------------

S1IocDestination::S1IocDestination(s1::S1Client *client, const SharingConfig &config, QObject *parent)
    : IocDestination(parent)
    , m_client(client)
    , m_config(config)
    , m_pacer(new RequestPacer(config.requestsPerMinute, this))
{ }

QString S1IocDestination::key() const
{
    return m_config.destinationKey();
}

QString S1IocDestination::describe() const
{
    return tr("SentinelOne threat intelligence, %1").arg(m_config.scope.text());
}

int S1IocDestination::maxBatchSize() const
{
    return std::clamp(m_config.batchSize, 1, SharingConfig::MaxBatchSize);
}

std::optional<ShareItem> S1IocDestination::plan(const Ioc &ioc, const QDateTime &now) const
{
    ShareItem item;
    item.ioc = ioc;
    item.validUntil = now.toUTC().addDays(m_config.agingDays(ioc.type));
    // Never later than the source itself says the IOC is valid.
    if (ioc.validUntil.isValid() && ioc.validUntil < item.validUntil)
        item.validUntil = ioc.validUntil.toUTC();
    return item;
}

void S1IocDestination::paced(std::function<void()> send)
{
    const int generation = m_generation;
    m_pacer->run([this, generation, send = std::move(send)] {
        if (!alive(generation) || !m_client)
            return;
        ++m_requests;
        send();
    });
}

void S1IocDestination::cancel()
{
    ++m_generation;
    m_pacer->clear();
    const auto calls = findChildren<net::ApiCall *>(Qt::FindDirectChildrenOnly);
    for (net::ApiCall *call : calls)
        call->cancel();
}

void S1IocDestination::share(const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done)
{
    QList<s1::IocItem> payload;
    payload.reserve(items.size());
    auto byExternalId = std::make_shared<QHash<QString, qint64>>();
    auto byValue = std::make_shared<QHash<QString, qint64>>();
    for (const ShareItem &item : items) {
        s1::IocItem p;
        p.type = iocTypeName(item.ioc.type);
        p.value = item.ioc.value;
        p.source = m_config.sourceText;
        p.externalId = item.externalId;
        p.validUntil = item.validUntil;
        p.name = item.ioc.name;
        p.description = item.ioc.description;
        p.severity = item.ioc.severity;
        p.originalRiskScore = item.ioc.score;
        p.labels = item.ioc.labels;
        if (item.ioc.link.isValid())
            p.references << item.ioc.link.toString();
        byExternalId->insert(item.externalId, item.iocId);
        byValue->insert(normalizedKey(p.type, p.value), item.iocId);
        payload << p;
    }
    const int generation = m_generation;
    paced([this, generation, payload, byExternalId, byValue, done] {
        net::ApiCall *call = m_client->addIocs(m_config.scope, payload, this);
        connect(call, &net::ApiCall::finished, this, [this, generation, call, byExternalId, byValue, done] {
            call->deleteLater();
            if (!alive(generation))
                return;
            const s1::IocAddResult result = s1::IocAddResult::fromCall(*call);
            ShareOutcome outcome;
            outcome.error = call->error();
            outcome.outcomeUnknown = result.outcomeUnknown;
            for (const s1::StoredIoc &stored : result.stored) {
                qint64 id = byExternalId->value(stored.externalId, 0);
                if (!id)
                    id = byValue->value(normalizedKey(stored.type, stored.value), 0);
                if (id)
                    outcome.confirmed << Confirmed {id, stored.uuid, stored.validUntil};
            }
            QSet<qint64> rejected;
            for (const s1::IocRejection &r : result.rejected) {
                const qint64 id = byValue->value(normalizedKey(r.type, r.value), 0);
                if (id && !rejected.contains(id)) {
                    rejected.insert(id);
                    outcome.rejected << std::pair {id, r.reason};
                }
            }
            done(outcome);
        });
    });
}

struct S1IocDestination::ReadBack
{
    QList<PendingRef> items;
    QHash<QString, qsizetype> byExternalId; // index in items
    QHash<qint64, Confirmed> found;
    int next = 0; // readBackById: the next item
    std::function<void(const ReconcileOutcome &)> done;
    int generation = 0;
    s1::IocScope scope;
    s1::PageWalk walk; // readBackPage: a console that never ends the list

    void finish(const net::ApiError &error)
    {
        ReconcileOutcome outcome;
        outcome.error = error;
        for (const PendingRef &item : std::as_const(items)) {
            const auto it = found.constFind(item.iocId);
            if (it != found.constEnd())
                outcome.found << *it;
            else if (!error.isError())
                outcome.missing << item.iocId;
        }
        done(outcome);
    }

    // A stored IOC of ours: the externalId sent, and touched since that send (with some slack).
    void consider(const s1::StoredIoc &stored)
    {
        const auto it = byExternalId.constFind(stored.externalId);
        if (it == byExternalId.constEnd())
            return;
        // Another scope's copy (a group's IOCs are read without a scope filter): not this send's.
        if (!stored.scopeId.isEmpty() && stored.scopeId != scope.id)
            return;
        const PendingRef &item = items.at(*it);
        if (item.sentAt.isValid() && stored.updatedAt.isValid()
            && stored.updatedAt < item.sentAt.addSecs(-ReconcileSlackSecs))
            return; // an earlier share of the same IOC: this send did not land
        found.insert(item.iocId, Confirmed {item.iocId, stored.uuid, stored.validUntil});
    }
};

void S1IocDestination::reconcile(
    const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done)
{
    auto state = std::make_shared<ReadBack>();
    state->items = items;
    state->done = std::move(done);
    state->generation = m_generation;
    state->scope = m_config.scope;
    for (qsizetype i = 0; i < items.size(); ++i)
        state->byExternalId.insert(items.at(i).externalId, i);
    if (items.isEmpty())
        return state->finish({});
    if (items.size() <= ReconcileByIdMax)
        return readBackById(state);
    readBackPage(state, {});
}

void S1IocDestination::readBackById(std::shared_ptr<ReadBack> state)
{
    if (state->next >= state->items.size())
        return state->finish({});
    const PendingRef item = state->items.at(state->next++);
    paced([this, state, item] {
        s1::IocFilter filter;
        filter.scope = m_config.scope;
        filter.externalId = item.externalId;
        net::ApiCall *call = m_client->listIocs(filter, {}, 10, this);
        connect(call, &net::ApiCall::finished, this, [this, state, call] {
            call->deleteLater();
            if (!alive(state->generation))
                return;
            if (call->error().isError())
                return state->finish(call->error());
            const QList<s1::StoredIoc> page = s1::threatintel::iocsFromData(call->data());
            for (const s1::StoredIoc &stored : page)
                state->consider(stored);
            readBackById(state);
        });
    });
}

void S1IocDestination::readBackPage(std::shared_ptr<ReadBack> state, const QString &cursor)
{
    QDateTime from;
    for (const PendingRef &item : std::as_const(state->items))
        if (item.sentAt.isValid() && (!from.isValid() || item.sentAt < from))
            from = item.sentAt;
    paced([this, state, cursor, from] {
        s1::IocFilter filter;
        filter.scope = m_config.scope;
        filter.sources = {m_config.sourceText};
        if (from.isValid())
            filter.updatedFrom = from.addSecs(-ReconcileSlackSecs);
        net::ApiCall *call = m_client->listIocs(filter, cursor, s1::S1Client::MaxPageSize, this);
        connect(call, &net::ApiCall::finished, this, [this, state, call] {
            call->deleteLater();
            if (!alive(state->generation))
                return;
            if (call->error().isError())
                return state->finish(call->error());
            const QList<s1::StoredIoc> page = s1::threatintel::iocsFromData(call->data());
            for (const s1::StoredIoc &stored : page)
                state->consider(stored);
            s1::PageInfo info = s1::PageInfo::fromEnvelope(call->json().object());
            if (page.isEmpty() || state->found.size() >= state->items.size())
                info.nextCursor.clear();
            // A console that never ends the list: an error, not a read-back without end.
            if (const auto endless
                = state->walk.next(*call, info, page.size(), m_client->config().url.host()))
                return state->finish(*endless);
            if (info.hasMore())
                return readBackPage(state, info.nextCursor);
            state->finish({});
        });
    });
}

void S1IocDestination::retract(
    const QList<std::pair<qint64, QString>> &items, std::function<void(const RetractOutcome &)> done)
{
    auto outcome = std::make_shared<RetractOutcome>();
    auto rest = std::make_shared<QList<std::pair<qint64, QString>>>();
    for (const auto &item : items) {
        if (item.second.isEmpty())
            outcome->retracted << item.first; // never confirmed with an id: nothing of ours to delete
        else
            rest->append(item);
    }
    deleteChunk(rest, outcome, std::move(done));
}

void S1IocDestination::deleteChunk(std::shared_ptr<QList<std::pair<qint64, QString>>> rest,
    std::shared_ptr<RetractOutcome> outcome, std::function<void(const RetractOutcome &)> done)
{
    if (rest->isEmpty())
        return done(*outcome);
    const auto chunk = rest->mid(0, s1::S1Client::MaxIocUuids);
    rest->remove(0, chunk.size());
    const int generation = m_generation;
    paced([this, generation, chunk, rest, outcome, done] {
        QStringList uuids;
        for (const auto &item : chunk)
            uuids << item.second;
        net::ApiCall *call = m_client->deleteIocs(m_config.scope, uuids, this);
        connect(call, &net::ApiCall::finished, this, [this, generation, call, chunk, rest, outcome, done] {
            call->deleteLater();
            if (!alive(generation))
                return;
            if (call->error().isError()) {
                outcome->error = call->error();
                return done(*outcome);
            }
            for (const auto &item : chunk)
                outcome->retracted << item.first;
            deleteChunk(rest, outcome, done);
        });
    });
}

} // namespace exchange
