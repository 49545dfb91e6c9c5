// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiIocDestination.h"

#include "Logging.h"
#include "exchange/IocStore.h"
#include "net/ApiCall.h"
#include "opencti/GraphQlDocuments.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiDialect.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace exchange {

namespace {

using namespace Qt::StringLiterals;

net::ApiError badResponse(const net::ApiError &from, const QString &detail)
{
    net::ApiError e = from;
    e.kind = net::ApiError::Kind::BadResponse;
    e.dialect = opencti::OpenCtiDialect::instance();
    e.detail = detail;
    return e;
}

} // namespace

struct OpenCtiIocDestination::Lookup
{
    QList<PendingRef> items;
    qsizetype next = 0;
    QSet<QString> found; // indicator STIX ids OpenCTI holds
    std::function<void(const ReconcileOutcome &)> done;
    int generation = 0;
};

OpenCtiIocDestination::OpenCtiIocDestination(opencti::OpenCtiClient *client,
    const opencti::ImportSettings &settings, IocStore *store, const SharingConfig &config, QObject *parent)
    : IocDestination(parent)
    , m_client(client)
    , m_settings(settings)
    , m_store(store)
    , m_config(config)
{
    m_stix.authorName = settings.bundle.authorName.trimmed().isEmpty() ? u"S1 Bridge"_s
                                                                       : settings.bundle.authorName.trimmed();
    m_stix.tlp = settings.bundle.tlp;
}

QString OpenCtiIocDestination::key() const
{
    return m_config.destinationKey();
}

QString OpenCtiIocDestination::describe() const
{
    const QString where = m_client ? m_client->config().url.host() : QString();
    return where.isEmpty() ? tr("OpenCTI") : tr("OpenCTI at %1").arg(where);
}

std::optional<ShareItem> OpenCtiIocDestination::plan(const Ioc &ioc, const QDateTime &now) const
{
    ShareItem item;
    item.ioc = ioc;
    const int days = m_config.requestedAgingDays.value(ioc.type, SharingConfig::defaultAgingDays(ioc.type));
    item.validUntil = ioc.validUntil.isValid() ? ioc.validUntil.toUTC() : now.toUTC().addDays(days);
    return item;
}

net::ApiCall *OpenCtiIocDestination::request(const QString &document, const QJsonObject &variables)
{
    return m_client->request(opencti::GraphQlDocuments::load(document), variables, this);
}

void OpenCtiIocDestination::cancel()
{
    ++m_generation;
    m_waitingForWork.clear();
    const auto calls = findChildren<net::ApiCall *>(Qt::FindDirectChildrenOnly);
    for (net::ApiCall *call : calls)
        call->cancel();
}

void OpenCtiIocDestination::withWork(std::function<void(const net::ApiError &)> fn)
{
    if (!m_workId.isEmpty())
        return fn({});
    m_waitingForWork << std::move(fn);
    if (m_workRequested)
        return;
    m_workRequested = true;
    const int generation = m_generation;
    const auto answer = [this, generation](const net::ApiError &error) {
        if (!alive(generation))
            return;
        m_workRequested = !error.isError() && !m_workId.isEmpty(); // a failure is asked again next time
        const auto waiting = std::exchange(m_waitingForWork, {});
        for (const auto &f : waiting)
            f(error);
    };
    if (!m_client) {
        net::ApiError e;
        e.kind = net::ApiError::Kind::InvalidConfig;
        e.dialect = opencti::OpenCtiDialect::instance();
        e.detail = tr("the profile has no OpenCTI client");
        return answer(e);
    }
    if (m_settings.connectorId.isEmpty()) {
        net::ApiError e;
        e.kind = net::ApiError::Kind::InvalidConfig;
        e.dialect = opencti::OpenCtiDialect::instance();
        e.detail = tr("Connector ID: the profile has none; edit the profile to create one");
        return answer(e);
    }
    // The same registration as the import's (OpenCtiImportJob::registerConnector): a push needs a
    // registered connector, and registering again with the same id only updates it.
    const QJsonObject input {{u"id"_s, m_settings.connectorId}, {u"name"_s, m_settings.connectorName},
        {u"type"_s, u"EXTERNAL_IMPORT"_s}, {u"scope"_s, QJsonArray {m_settings.connectorScope}},
        {u"auto"_s, false}};
    net::ApiCall *call = request(u"RegisterConnector"_s, {{u"input"_s, input}});
    connect(call, &net::ApiCall::finished, this, [this, call, generation, answer] {
        call->deleteLater();
        if (!alive(generation))
            return;
        if (call->error().isError())
            return answer(call->error());
        const QString name = tr("S1 Bridge sharing \"%1\" %2")
                                 .arg(m_config.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        net::ApiCall *add
            = request(u"WorkAdd"_s, {{u"connectorId"_s, m_settings.connectorId}, {u"friendlyName"_s, name}});
        connect(add, &net::ApiCall::finished, this, [this, add, generation, answer] {
            add->deleteLater();
            if (!alive(generation))
                return;
            if (add->error().isError())
                return answer(add->error());
            m_workId = add->data().toObject().value(u"workAdd"_s).toObject().value(u"id"_s).toString();
            if (m_workId.isEmpty())
                return answer(badResponse(add->error(), tr("OpenCTI created no work for the sharing")));
            answer({});
        });
    });
}

void OpenCtiIocDestination::push(const QJsonObject &bundle, std::function<void(const net::ApiError &)> done)
{
    const int generation = m_generation;
    withWork([this, generation, bundle, done](const net::ApiError &workError) {
        if (!alive(generation))
            return;
        if (workError.isError())
            return done(workError);
        ++m_pushes;
        // Safe to repeat after a lost answer (deterministic ids, OpenCTI upserts): the client sends
        // every document as idempotent, and ApiCall repeats it; see the class comment.
        const QByteArray text = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
        net::ApiCall *call = request(u"StixBundlePush"_s,
            {{u"connectorId"_s, m_settings.connectorId}, {u"bundle"_s, QString::fromUtf8(text)},
                {u"workId"_s, m_workId}});
        connect(call, &net::ApiCall::finished, this, [this, call, generation, done] {
            call->deleteLater();
            if (!alive(generation))
                return;
            if (call->error().isError())
                return done(call->error());
            if (!call->data().toObject().value(u"stixBundlePush"_s).toBool()) {
                net::ApiError e = badResponse(call->error(), tr("OpenCTI did not accept the bundle"));
                e.outcomeUnknown = true; // read back before sending again
                return done(e);
            }
            done({});
        });
    });
}

QJsonObject OpenCtiIocDestination::bundleFor(const QList<ShareItem> &items, const QString &modified) const
{
    QJsonArray objects;
    QSet<QString> ids; // an observable shared by two IOCs (never, with normalized values) goes once
    for (const ShareItem &item : items)
        for (const QJsonValue &o : IocStix::objects(item.ioc, item.validUntil, modified, m_stix)) {
            const QString id = o.toObject().value(u"id"_s).toString();
            if (!ids.contains(id)) {
                ids.insert(id);
                objects.append(o);
            }
        }
    return IocStix::bundle(objects, m_stix);
}

void OpenCtiIocDestination::share(
    const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done)
{
    const QJsonObject bundle = bundleFor(items, IocStix::time(QDateTime::currentDateTimeUtc()));
    push(bundle, [items, done](const net::ApiError &error) {
        ShareOutcome outcome;
        outcome.error = error;
        outcome.outcomeUnknown = error.outcomeUnknown;
        if (!error.isError())
            for (const ShareItem &item : items)
                outcome.confirmed << Confirmed {
                    item.iocId, IocStix::indicatorId(item.ioc.type, item.ioc.value), item.validUntil};
        done(outcome);
    });
}

void OpenCtiIocDestination::reconcile(
    const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done)
{
    auto state = std::make_shared<Lookup>();
    state->items = items;
    state->done = std::move(done);
    state->generation = m_generation;
    lookup(state);
}

void OpenCtiIocDestination::lookup(std::shared_ptr<Lookup> state)
{
    const auto finish = [state](const net::ApiError &error, bool allMissing) {
        ReconcileOutcome outcome;
        outcome.error = error;
        for (const PendingRef &item : std::as_const(state->items)) {
            const QString id = IocStix::indicatorId(item.type, item.value);
            if (!allMissing && state->found.contains(id))
                outcome.found << Confirmed {item.iocId, id, {}};
            else if (!error.isError())
                outcome.missing << item.iocId;
        }
        state->done(outcome);
    };
    if (state->next >= state->items.size())
        return finish({}, false);
    if (!m_client) {
        net::ApiError e;
        e.kind = net::ApiError::Kind::InvalidConfig;
        e.dialect = opencti::OpenCtiDialect::instance();
        e.detail = tr("the profile has no OpenCTI client");
        return finish(e, false);
    }
    QJsonArray ids;
    const qsizetype end = std::min(state->items.size(), state->next + LookupChunk);
    for (qsizetype i = state->next; i < end; ++i)
        ids.append(IocStix::indicatorId(state->items.at(i).type, state->items.at(i).value));
    state->next = end;
    const QJsonObject filters {{u"mode"_s, u"and"_s},
        {u"filters"_s,
            QJsonArray {QJsonObject {{u"key"_s, QJsonArray {u"ids"_s}}, {u"values"_s, ids},
                {u"operator"_s, u"eq"_s}, {u"mode"_s, u"or"_s}}}},
        {u"filterGroups"_s, QJsonArray {}}};
    net::ApiCall *call
        = request(u"IndicatorsByStixIds"_s, {{u"filters"_s, filters}, {u"first"_s, ids.size()}});
    connect(call, &net::ApiCall::finished, this, [this, call, state, finish] {
        call->deleteLater();
        if (!alive(state->generation))
            return;
        const net::ApiError &error = call->error();
        if (error.kind == net::ApiError::Kind::BadRequest) {
            // The platform refused the look-up itself: sending again is harmless (see the class comment).
            qCInfo(lcOpenCti).noquote() << "indicator look-up refused, sending" << state->items.size()
                                        << "indicator(s) again:" << error.userMessage();
            return finish({}, true);
        }
        if (error.isError())
            return finish(error, false);
        const QJsonArray edges
            = call->data().toObject().value(u"indicators"_s).toObject().value(u"edges"_s).toArray();
        for (const QJsonValue &edge : edges) {
            const QJsonObject node = edge.toObject().value(u"node"_s).toObject();
            state->found.insert(node.value(u"standard_id"_s).toString());
            for (const QJsonValue &other : node.value(u"x_opencti_stix_ids"_s).toArray())
                state->found.insert(other.toString());
        }
        lookup(state);
    });
}

void OpenCtiIocDestination::retract(
    const QList<std::pair<qint64, QString>> &items, std::function<void(const RetractOutcome &)> done)
{
    RetractOutcome outcome;
    QList<qint64> ids;
    for (const auto &item : items) {
        if (item.second.isEmpty())
            outcome.retracted << item.first; // never confirmed: nothing of ours to revoke
        else
            ids << item.first;
    }
    const QList<IocRecord> records = m_store ? m_store->iocs(ids) : QList<IocRecord>();
    QSet<qint64> known;
    QJsonArray objects;
    const QString now = IocStix::time(QDateTime::currentDateTimeUtc());
    for (const IocRecord &r : records) {
        known.insert(r.id);
        objects.append(IocStix::revokedIndicator(r.ioc, now, m_stix));
    }
    for (qint64 id : std::as_const(ids))
        if (!known.contains(id)) {
            // Not in the store any more: its pattern (and so its indicator) cannot be rebuilt.
            qCWarning(lcOpenCti) << "IOC" << id << "is no longer stored; its indicator cannot be revoked";
            outcome.retracted << id;
        }
    if (objects.isEmpty())
        return done(outcome);
    push(IocStix::bundle(objects, m_stix),
        [outcome, known = QList<qint64>(known.cbegin(), known.cend()), done](
            const net::ApiError &error) mutable {
            if (error.isError())
                outcome.error = error;
            else
                outcome.retracted << known;
            done(outcome);
        });
}

} // namespace exchange
