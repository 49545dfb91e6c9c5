// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocShareJob.h"

#include <QHash>
#include <QSet>
#include <QUuid>

namespace exchange {

namespace {

using namespace Qt::StringLiterals;

// A namespace of our own for the externalIds (a UUIDv4 drawn once for S1 Bridge).
const QUuid kExternalIdNamespace(u"6f1d3c52-8a4e-4b7e-9c0a-5d2e7b91a3f4"_s);
constexpr int kMaxRecordedFailures = 100;
constexpr int kRetractPage = 5000;

QString shown(const Ioc &ioc)
{
    return iocTypeName(ioc.type) + u' ' + ioc.value;
}

} // namespace

QString IocShareJob::kindFor(const QString &sharingName)
{
    return KindPrefix + sharingName;
}

QString IocShareJob::externalId(qint64 sharingId, IocType type, const QString &value)
{
    const QString key = QString::number(sharingId) + u'|' + iocTypeName(type) + u'|' + value;
    return u"s1b-"_s + QUuid::createUuidV5(kExternalIdNamespace, key).toString(QUuid::WithoutBraces);
}

IocShareJob::IocShareJob(
    IocStore *store, const SharingConfig &config, IocDestination *destination, Mode mode, QObject *parent)
    : Job(mode == Mode::DryRun ? TestKindPrefix + config.name : kindFor(config.name),
        mode == Mode::DryRun ? tr("Test sharing \"%1\"").arg(config.name)
                             : tr("Share IOCs: %1").arg(config.name),
        parent)
    , m_store(store)
    , m_config(config)
    , m_destination(destination)
    , m_mode(mode)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

void IocShareJob::later(void (IocShareJob::*step)())
{
    QMetaObject::invokeMethod(
        this,
        [this, step] {
            if (!stopped())
                (this->*step)();
        },
        Qt::QueuedConnection);
}

void IocShareJob::run()
{
    if (!m_destination)
        return fail(tr("The sharing configuration \"%1\" has no destination to send to.").arg(m_config.name));
    const QStringList problems = m_config.validate();
    if (!problems.isEmpty())
        return fail(tr("The sharing configuration \"%1\" cannot be used: %2")
                        .arg(m_config.name, problems.join(u' ')));
    if (m_config.id <= 0)
        return fail(
            tr("The sharing configuration \"%1\" is not saved yet: save it, then share.").arg(m_config.name));
    if (m_config.ruleId > 0 || !m_config.ruleName.isEmpty()) {
        const auto def
            = m_config.ruleId > 0 ? m_store->rule(m_config.ruleId) : m_store->rule(m_config.ruleName);
        if (!def)
            return fail(
                tr("The business rule \"%1\" of the sharing configuration \"%2\" does not exist any more: "
                   "choose another one.")
                    .arg(m_config.ruleName.isEmpty() ? QString::number(m_config.ruleId) : m_config.ruleName,
                        m_config.name));
        QStringList ruleProblems;
        m_rule = BusinessRule::fromJson(def->definition, &ruleProblems);
        if (!m_rule)
            return fail(
                tr("The business rule \"%1\" cannot be used: %2").arg(def->name, ruleProblems.join(u' ')));
    }
    m_runNow = m_now().toUTC();
    m_query.sharingId = m_config.id;
    m_query.sourceIds = m_config.sourceIds;
    m_query.now = m_runNow;
    m_query.renewMarginMs = qint64(m_config.renewMarginHours) * 3600 * 1000;

    // The total for progress: every candidate id of every phase (ids only, in pages).
    const auto countIds = [this](const std::function<QList<qint64>(qint64)> &page) {
        qint64 n = 0, after = 0;
        for (;;) {
            const QList<qint64> ids = page(after);
            n += ids.size();
            if (ids.size() < 10000)
                return n;
            after = ids.last();
        }
    };
    m_plan.pending = m_store->countShares(m_config.id, IocShare::State::Pending);
    const qint64 retract = countIds([this](qint64 a) { return m_store->toRetract(m_query, a, 10000); });
    const qint64 renew = countIds([this](qint64 a) { return m_store->toRenew(m_query, a, 10000); });
    const qint64 create = countIds([this](qint64 a) { return m_store->toCreate(m_query, a, 10000); });
    m_total = (m_mode == Mode::Share ? m_plan.pending : 0) + retract + renew + create;
    setProgress(0, m_total, phaseText());
    startPhase(m_mode == Mode::Share ? Phase::Reconcile : Phase::Retract);
}

void IocShareJob::onCancel()
{
    if (m_destination)
        m_destination->cancel();
    finishCancelled();
}

QString IocShareJob::phaseText() const
{
    switch (m_phase) {
    case Phase::Reconcile:
        return tr("Reading back IOCs whose answer was not recorded");
    case Phase::Retract:
        return m_mode == Mode::DryRun ? tr("Counting IOCs to retract")
                                      : tr("Retracting IOCs no source reports");
    case Phase::Renew:
        return m_mode == Mode::DryRun ? tr("Counting IOCs to renew")
                                      : tr("Renewing changed or expiring IOCs");
    case Phase::Create:
        return m_mode == Mode::DryRun ? tr("Counting IOCs to create") : tr("Sharing new IOCs");
    }
    return {};
}

void IocShareJob::advance(qint64 items)
{
    m_done += items;
    setProgress(m_done, std::max(m_total, m_done), phaseText());
}

void IocShareJob::startPhase(Phase phase)
{
    m_phase = phase;
    m_after = 0;
    m_readDone = false;
    m_reading = true;
    setProgress(m_done, std::max(m_total, m_done), phaseText());
    later(&IocShareJob::nextPage);
}

QList<qint64> IocShareJob::pageIds() const
{
    switch (m_phase) {
    case Phase::Reconcile:
        return m_store->pending(m_config.id, m_after, std::min(m_config.batchSize, ReadPageSize));
    case Phase::Retract:
        return m_store->toRetract(m_query, m_after, kRetractPage);
    case Phase::Renew:
        return m_store->toRenew(m_query, m_after, ReadPageSize);
    case Phase::Create:
        return m_store->toCreate(m_query, m_after, ReadPageSize);
    }
    return {};
}

void IocShareJob::nextPage()
{
    m_reading = false;
    const QList<qint64> ids = pageIds();
    if (ids.isEmpty()) {
        switch (m_phase) {
        case Phase::Reconcile:
            return startPhase(Phase::Retract);
        case Phase::Retract:
            return startPhase(Phase::Renew);
        case Phase::Renew:
        case Phase::Create:
            if (m_mode == Mode::DryRun)
                return m_phase == Phase::Renew ? startPhase(Phase::Create) : finishRun();
            m_readDone = true;
            return pump();
        }
    }
    m_after = ids.last();
    if (m_mode == Mode::DryRun)
        return planPage(ids);
    switch (m_phase) {
    case Phase::Reconcile:
        return reconcilePage(ids);
    case Phase::Retract:
        return retractPage(ids);
    case Phase::Renew:
    case Phase::Create:
        return collectPage(ids);
    }
}

void IocShareJob::databaseFailed(const QString &error)
{
    failLocal(jobs::JobError::Kind::Database, error);
}

// --- reconcile --------------------------------------------------------------------------------------

void IocShareJob::reconcilePage(const QList<qint64> &ids)
{
    const QHash<qint64, IocShare> shares = m_store->shares(m_config.id, ids);
    const QList<IocRecord> records = m_store->iocs(ids);
    QList<PendingRef> refs;
    QList<ShareItem> items;
    for (const IocRecord &r : records) {
        const IocShare share = shares.value(r.id);
        PendingRef ref;
        ref.iocId = r.id;
        ref.type = r.ioc.type;
        ref.value = r.ioc.value;
        ref.externalId = share.externalId.isEmpty() ? externalId(m_config.id, r.ioc.type, r.ioc.value)
                                                    : share.externalId;
        ref.sentAt = share.sentAt;
        refs << ref;
        ShareItem item;
        item.iocId = r.id;
        item.ioc = r.ioc;
        item.contentHash = r.contentHash;
        item.externalId = ref.externalId;
        item.renewal = !share.remoteId.isEmpty();
        items << item;
    }
    ++m_counts.requests;
    m_destination->reconcile(refs, [this, items, n = ids.size()](const ReconcileOutcome &outcome) {
        if (stopped())
            return;
        if (outcome.error.isError()) {
            notePending();
            return fail(outcome.error);
        }
        if (!recordShared(items, outcome.found))
            return;
        m_counts.reconciled += outcome.found.size();
        advance(n); // the missing ones are sent again by the create phase
        later(&IocShareJob::nextPage);
    });
}

// --- retract ----------------------------------------------------------------------------------------

void IocShareJob::retractPage(const QList<qint64> &ids)
{
    const QHash<qint64, IocShare> shares = m_store->shares(m_config.id, ids);
    QList<std::pair<qint64, QString>> items;
    for (qint64 id : ids)
        items.append({id, shares.value(id).remoteId});
    ++m_counts.requests;
    m_destination->retract(items, [this, n = ids.size()](const RetractOutcome &outcome) {
        if (stopped())
            return;
        QString error;
        int changed = 0;
        if (!m_store->markRetracted(m_config.id, outcome.retracted, &error, &changed))
            return databaseFailed(error);
        m_counts.retracted += changed;
        if (outcome.error.isError())
            return fail(outcome.error);
        advance(n);
        later(&IocShareJob::nextPage);
    });
}

// --- renew and create -------------------------------------------------------------------------------

void IocShareJob::collectPage(const QList<qint64> &ids)
{
    const QList<IocRecord> records = m_store->iocs(ids);
    const QHash<qint64, IocShare> shares = m_store->shares(m_config.id, ids);
    for (const IocRecord &r : records) {
        const auto share = shares.constFind(r.id);
        const bool hasShare = share != shares.constEnd();
        if (m_phase == Phase::Create && hasShare && share->state == IocShare::State::Failed) {
            ++m_counts.excluded; // refused by the destination's words: not sent again
            continue;
        }
        if (m_rule && !m_rule->matches(r.ioc, r.sourceIds, m_runNow)) {
            ++m_counts.excluded;
            continue;
        }
        auto item = m_destination->plan(r.ioc, m_runNow);
        if (!item) {
            ++m_counts.excluded;
            continue;
        }
        item->iocId = r.id;
        item->contentHash = r.contentHash;
        item->externalId = externalId(m_config.id, r.ioc.type, r.ioc.value);
        item->renewal = m_phase == Phase::Renew || (hasShare && !share->remoteId.isEmpty());
        m_batch << *item;
    }
    advance(ids.size());
    pump();
}

int IocShareJob::batchLimit() const
{
    return std::max(1, std::min(m_config.batchSize, m_destination->maxBatchSize()));
}

void IocShareJob::pump()
{
    if (stopped())
        return;
    const int size = batchLimit();
    while (m_inFlight < MaxInFlight && (m_batch.size() >= size || (m_readDone && !m_batch.isEmpty()))) {
        QList<ShareItem> items = m_batch.mid(0, size);
        m_batch.remove(0, items.size());
        ++m_inFlight;
        // The slot is freed on the next turn of the event loop: a destination that answers at once
        // does not recurse here batch after batch.
        send(std::move(items), 0, 0, [this] {
            --m_inFlight;
            later(&IocShareJob::pump);
        });
        if (stopped())
            return;
    }
    if (!m_readDone) {
        // Read ahead while batches are in flight: the next batch is ready when a slot frees.
        if (m_batch.size() < size && !m_reading) {
            m_reading = true;
            later(&IocShareJob::nextPage);
        }
        return;
    }
    if (!m_batch.isEmpty() || m_inFlight > 0)
        return; // the last answers come back to pump()
    if (m_phase == Phase::Renew)
        return startPhase(Phase::Create);
    finishRun();
}

void IocShareJob::send(QList<ShareItem> items, int rejectedRounds, int readBacks, std::function<void()> next)
{
    if (stopped())
        return;
    QList<PendingItem> pending;
    pending.reserve(items.size());
    for (const ShareItem &item : std::as_const(items))
        pending << PendingItem {item.iocId, item.externalId};
    QString error;
    if (!m_store->markPending(m_config.id, pending, &error))
        return databaseFailed(error);
    ++m_counts.requests;
    ++m_counts.posts;
    const QPointer<IocShareJob> self(this);
    Q_EMIT batchSending(int(items.size()));
    if (!self || stopped())
        return;
    m_destination->share(items, [this, items, rejectedRounds, readBacks, next](const ShareOutcome &outcome) {
        if (stopped())
            return;
        if (!outcome.error.isError()) {
            if (!recordShared(items, outcome.confirmed))
                return;
            QSet<qint64> confirmed;
            for (const Confirmed &c : outcome.confirmed)
                confirmed.insert(c.iocId);
            QList<ShareItem> unconfirmed;
            for (const ShareItem &item : items)
                if (!confirmed.contains(item.iocId))
                    unconfirmed << item;
            if (!unconfirmed.isEmpty()) // answered, but not about these: read them back
                return readBackThenResend(unconfirmed, readBacks + 1, next);
            return next();
        }
        if (outcome.outcomeUnknown)
            return readBackThenResend(items, readBacks + 1, next);
        if (!outcome.rejected.isEmpty()) {
            if (!recordFailed(outcome.rejected, items))
                return;
            QSet<qint64> rejected;
            for (const auto &r : outcome.rejected)
                rejected.insert(r.first);
            QList<ShareItem> rest;
            for (const ShareItem &item : items)
                if (!rejected.contains(item.iocId))
                    rest << item;
            if (rest.isEmpty())
                return next();
            if (rejectedRounds == 0) // the rest once more, as the console asks
                return send(rest, rejectedRounds + 1, readBacks, next);
            QList<std::pair<qint64, QString>> all;
            for (const ShareItem &item : std::as_const(rest))
                all.append({item.iocId, outcome.error.userMessage()});
            if (!recordFailed(all, rest))
                return;
            return next();
        }
        if (outcome.error.kind == net::ApiError::Kind::BadRequest) {
            // Refused as a whole, naming no item: what the console said goes to every item.
            QList<std::pair<qint64, QString>> all;
            for (const ShareItem &item : items)
                all.append({item.iocId, outcome.error.userMessage()});
            if (!recordFailed(all, items))
                return;
            return next();
        }
        fail(outcome.error); // the batch stays pending: read back first on the next run
    });
}

void IocShareJob::readBackThenResend(QList<ShareItem> items, int readBacks, std::function<void()> next)
{
    if (readBacks > MaxReadBacks)
        return fail(
            tr("The console's answer to %L1 IOCs was lost %L2 times in a row; they stay pending and are "
               "read back first on the next run. Check the network between this machine and the console.")
                .arg(items.size())
                .arg(readBacks - 1));
    QList<qint64> ids;
    for (const ShareItem &item : std::as_const(items))
        ids << item.iocId;
    const QHash<qint64, IocShare> shares = m_store->shares(m_config.id, ids);
    QList<PendingRef> refs;
    for (const ShareItem &item : std::as_const(items))
        refs << PendingRef {
            item.iocId, item.ioc.type, item.ioc.value, item.externalId, shares.value(item.iocId).sentAt};
    ++m_counts.requests;
    m_destination->reconcile(refs, [this, items, readBacks, next](const ReconcileOutcome &outcome) {
        if (stopped())
            return;
        if (outcome.error.isError()) { // still pending: read back on the next run
            notePending();
            return fail(outcome.error);
        }
        if (!recordShared(items, outcome.found))
            return;
        m_counts.reconciled += outcome.found.size();
        if (outcome.missing.isEmpty())
            return next();
        const QSet<qint64> missing(outcome.missing.cbegin(), outcome.missing.cend());
        QList<ShareItem> again;
        for (const ShareItem &item : items)
            if (missing.contains(item.iocId))
                again << item;
        m_counts.resent += again.size();
        send(again, 0, readBacks, next);
    });
}

void IocShareJob::notePending()
{
    // Every pending row of the configuration: another batch may have been in flight too.
    const qint64 count = m_store->countShares(m_config.id, IocShare::State::Pending);
    addFailure(tr("IOCs whose answer was lost"),
        tr("Pending: %L1. They could not be read back from the console now; the next run reads them back "
           "first "
           "and sends again only those the console does not have.")
            .arg(count));
}

bool IocShareJob::recordShared(const QList<ShareItem> &items, const QList<Confirmed> &confirmed)
{
    if (confirmed.isEmpty())
        return true;
    QHash<qint64, const ShareItem *> byId;
    for (const ShareItem &item : items)
        byId.insert(item.iocId, &item);
    QList<SharedItem> shared;
    shared.reserve(confirmed.size());
    qint64 created = 0, renewed = 0;
    for (const Confirmed &c : confirmed) {
        const ShareItem *item = byId.value(c.iocId);
        if (!item)
            continue;
        shared << SharedItem {
            c.iocId, c.remoteId, item->contentHash, c.expiresAt.isValid() ? c.expiresAt : item->validUntil};
        ++(item->renewal ? renewed : created);
    }
    QString error;
    if (!m_store->markShared(m_config.id, shared, &error)) {
        databaseFailed(error);
        return false;
    }
    m_counts.created += created;
    m_counts.renewed += renewed;
    return true;
}

bool IocShareJob::recordFailed(const QList<std::pair<qint64, QString>> &failed, const QList<ShareItem> &items)
{
    QString error;
    if (!m_store->markFailed(m_config.id, failed, &error)) {
        databaseFailed(error);
        return false;
    }
    m_counts.failed += failed.size();
    QHash<qint64, const ShareItem *> byId;
    for (const ShareItem &item : items)
        byId.insert(item.iocId, &item);
    for (const auto &[id, reason] : failed) {
        if (failures().size() >= kMaxRecordedFailures)
            break;
        const ShareItem *item = byId.value(id);
        addFailure(item ? shown(item->ioc) : QString::number(id), reason);
    }
    return true;
}

// --- dry run ----------------------------------------------------------------------------------------

void IocShareJob::planPage(const QList<qint64> &ids)
{
    const QList<IocRecord> records = m_store->iocs(ids);
    if (m_phase == Phase::Retract) {
        m_plan.toRetract += records.size();
        for (const IocRecord &r : records)
            if (m_plan.retractSample.size() < SampleSize)
                m_plan.retractSample << shown(r.ioc);
    } else {
        const QHash<qint64, IocShare> shares = m_store->shares(m_config.id, ids);
        qint64 &count = m_phase == Phase::Renew ? m_plan.toRenew : m_plan.toCreate;
        QStringList &sample = m_phase == Phase::Renew ? m_plan.renewSample : m_plan.createSample;
        for (const IocRecord &r : records) {
            const auto share = shares.constFind(r.id);
            if (m_phase == Phase::Create && share != shares.constEnd()
                && share->state == IocShare::State::Failed) {
                ++m_counts.excluded;
                continue;
            }
            if ((m_rule && !m_rule->matches(r.ioc, r.sourceIds, m_runNow))
                || !m_destination->plan(r.ioc, m_runNow)) {
                ++m_counts.excluded;
                continue;
            }
            ++count;
            if (sample.size() < SampleSize)
                sample << shown(r.ioc);
        }
    }
    advance(ids.size());
    later(&IocShareJob::nextPage);
}

// --- end --------------------------------------------------------------------------------------------

void IocShareJob::finishRun()
{
    auto &t = tally();
    t.seen = m_done;
    t.skipped = m_counts.excluded;
    if (m_mode == Mode::DryRun) {
        t.done = 0;
        QString text
            = tr("Test of \"%1\" (nothing sent): %L2 IOCs would be created, %L3 renewed and %L4 retracted.")
                  .arg(m_config.name)
                  .arg(m_plan.toCreate)
                  .arg(m_plan.toRenew)
                  .arg(m_plan.toRetract);
        if (m_plan.pending > 0)
            text += u' '
                + tr("%L1 IOCs sent by an interrupted run would be read back first.").arg(m_plan.pending);
        if (!m_plan.createSample.isEmpty())
            text += u' ' + tr("For example: %1.").arg(m_plan.createSample.mid(0, 3).join(u", "_s));
        setProgress(m_done, m_done, tr("Done"));
        return succeed(text);
    }
    // The destination's end of the run (a file is written here, from what the store now records).
    if (!m_destination)
        return concludeShare();
    m_destination->finish([this](const jobs::JobError &error) {
        if (stopped())
            return;
        if (error.kind != jobs::JobError::Kind::None)
            return fail(error);
        concludeShare();
    });
}

void IocShareJob::concludeShare()
{
    auto &t = tally();
    m_counts.unchanged = std::max<qint64>(
        0, m_store->countShares(m_config.id, IocShare::State::Shared) - m_counts.created - m_counts.renewed);
    t.done = m_counts.created + m_counts.renewed + m_counts.retracted;
    t.failed = m_counts.failed;
    t.skipped = m_counts.excluded + m_counts.unchanged;
    setProgress(m_done, m_done, tr("Done"));
    succeed(tr("Shared to %1: %L2 created, %L3 renewed, %L4 retracted, %L5 refused, %L6 unchanged "
               "(%L7 requests).")
                .arg(m_destination->describe())
                .arg(m_counts.created)
                .arg(m_counts.renewed)
                .arg(m_counts.retracted)
                .arg(m_counts.failed)
                .arg(m_counts.unchanged)
                .arg(m_counts.requests));
}

} // namespace exchange
