// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiSim.h"

#include "OpenCtiGraphQl.h"
#include "OpenCtiJson.h"
#include "OpenCtiStix.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace s1sim {

using namespace opencti;

OpenCtiSim::OpenCtiSim(const QString &token, int ingestDelayMs)
    : m_token(token)
    , m_seedTime(QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC))
    , m_ingestDelayMs(std::max(0, ingestDelayMs))
{
    m_store.me = QJsonObject {
        {u"__typename"_s, u"MeUser"_s},
        {u"id"_s, u"88ec0c6a-13ce-5e39-b486-354fe4a7084f"_s},
        {u"entity_type"_s, u"User"_s},
        {u"name"_s, u"admin"_s},
        {u"user_email"_s, u"admin@opencti.io"_s},
        {u"firstname"_s, u"Admin"_s},
        {u"lastname"_s, u"OpenCTI"_s},
        {u"language"_s, u"auto"_s},
        {u"theme"_s, u"default"_s},
    };
    m_store.about = QJsonObject {
        {u"__typename"_s, u"AppInfo"_s},
        {u"version"_s, QString::fromLatin1(Version)},
    };

    // Query fields. Each answers the whole object; select() keeps what the document asks for.
    m_query.insert(u"me"_s, [this](const Field &) { return Result {m_store.me, {}, {}}; });
    m_query.insert(u"about"_s, [this](const Field &) { return Result {m_store.about, {}, {}}; });
    m_query.insert(u"work"_s, [this](const Field &f) { return work(f); });
    m_query.insert(u"incident"_s, [this](const Field &f) { return incident(f); });
    m_query.insert(u"indicators"_s, [this](const Field &f) { return indicators(f); });
    m_mutation.insert(u"registerConnector"_s, [this](const Field &f) { return registerConnector(f); });
    m_mutation.insert(u"workAdd"_s, [this](const Field &f) { return workAdd(f); });
    m_mutation.insert(u"stixBundlePush"_s, [this](const Field &f) { return stixBundlePush(f); });
    m_mutation.insert(u"workEdit"_s, [this](const Field &f) { return workEdit(f); });

    m_ingestTimer.setSingleShot(true);
    m_ingestTimer.setInterval(m_ingestDelayMs);
    QObject::connect(&m_ingestTimer, &QTimer::timeout, &m_ingestTimer, [this] { ingestNext(); });
    seedBuiltIns();
}

SimReply OpenCtiSim::execute(const Request &request, const QByteArray &authorization)
{
    if (!request.isValid())
        return SimReply {request.errorStatus, request.errorBody};

    // "Authorization: Bearer <token>", scheme compared case-insensitively.
    const QByteArray header = authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    const bool bearer = space > 0 && header.left(space).compare("Bearer", Qt::CaseInsensitive) == 0;
    const QString value = bearer ? QString::fromUtf8(header.mid(space + 1).trimmed()) : QString();
    if (value.isEmpty() || value != m_token)
        return errorReply(200, u"You must be logged in"_s, u"AUTH_REQUIRED"_s);

    const QHash<QString, Resolver> *resolvers = nullptr;
    QString typeName;
    if (request.operationType == u"query") {
        resolvers = &m_query;
        typeName = u"Query"_s;
    } else if (request.operationType == u"mutation") {
        resolvers = &m_mutation;
        typeName = u"Mutation"_s;
    } else {
        return errorReply(200,
            u"%1 operations are not supported by the simulator"_s.arg(request.operationType),
            u"UNSUPPORTED_BY_SIMULATOR"_s);
    }

    QJsonObject data;
    QJsonArray errors;
    for (const Field &field : request.fields) {
        if (field.name == u"__typename") {
            data.insert(field.alias, typeName);
            continue;
        }
        const auto resolver = resolvers->constFind(field.name);
        if (resolver == resolvers->cend()) {
            QJsonObject e
                = graphQlError(u"%1.%2 is not supported by the simulator"_s.arg(typeName, field.name),
                    u"UNSUPPORTED_BY_SIMULATOR"_s);
            e.insert(u"path"_s, QJsonArray {field.alias});
            errors.append(e);
            data.insert(field.alias, QJsonValue::Null);
            continue;
        }
        const Result result = (*resolver)(field);
        if (!result.error.isEmpty()) {
            QJsonObject e
                = graphQlError(result.error, result.code.isEmpty() ? u"FUNCTIONAL_ERROR"_s : result.code);
            e.insert(u"path"_s, QJsonArray {field.alias});
            errors.append(e);
            data.insert(field.alias, QJsonValue::Null);
            continue;
        }
        data.insert(
            field.alias, select(result.value, field.selections, typeName + u'.' + field.name, &errors));
    }
    QJsonObject answer {{u"data"_s, data}};
    if (!errors.isEmpty())
        answer.insert(u"errors"_s, errors);
    return SimReply {200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
}

// -------------------------------------------------------------------------------------------------
// Connectors, works and ingestion.

void OpenCtiSim::seedBuiltIns()
{
    const QString now = nowIso();
    const QList<QJsonObject> markings = tlpMarkings();
    for (const QJsonObject &marking : markings) {
        const QString id = marking.value(u"id"_s).toString();
        OpenCtiObject o;
        o.stix = marking;
        o.internalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.createdAt = now;
        o.updatedAt = now;
        o.builtIn = true;
        o.ingestions = 0;
        m_store.objects.insert(id, o);
        m_store.objectOrder.append(id);
    }
    seedIndicators();
}

void OpenCtiSim::setIngestDelayMs(int ms)
{
    m_ingestDelayMs = std::max(0, ms);
    m_ingestTimer.setInterval(m_ingestDelayMs);
}

void OpenCtiSim::reset()
{
    m_ingestTimer.stop();
    m_queue.clear();
    m_store.connectors.clear();
    m_store.works.clear();
    m_store.objects.clear();
    m_store.objectOrder.clear();
    seedBuiltIns();
}

OpenCtiWork &OpenCtiSim::createWork(const OpenCtiConnector &connector, const QJsonValue &name, bool received)
{
    // OpenCTI: "work_<connector id>_<timestamp>"; one millisecond later when that exists already.
    QDateTime when = QDateTime::currentDateTimeUtc();
    QString id;
    do {
        id = u"work_%1_%2"_s.arg(connector.id, when.toString(Qt::ISODateWithMs));
        when = when.addMSecs(1);
    } while (m_store.work(id));
    OpenCtiWork w;
    w.id = id;
    w.name = name.isString() ? name : QJsonValue(QJsonValue::Null);
    w.connectorId = connector.id;
    w.timestamp = nowIso();
    w.updatedAt = w.timestamp;
    if (received) {
        w.status = u"progress"_s;
        w.receivedTime = w.timestamp;
    }
    m_store.works.append(w);
    return m_store.works.last();
}

void OpenCtiSim::completeIfDone(OpenCtiWork &work, const QString &now)
{
    // reportExpectation: complete once every expected element was processed (a work opened with
    // workAdd is not multi-part, so toProcessed is not needed for that).
    if (work.status == u"complete" || work.pendingBundles > 0 || work.expected == 0
        || work.processed < work.expected)
        return;
    work.status = u"complete"_s;
    work.completedNumber = work.processed;
    work.completedTime = now;
}

void OpenCtiSim::scheduleIngestion()
{
    if (!m_queue.isEmpty() && !m_ingestTimer.isActive())
        m_ingestTimer.start(m_ingestDelayMs);
}

void OpenCtiSim::ingestNext()
{
    if (m_queue.isEmpty())
        return;
    const PendingBundle bundle = m_queue.takeFirst();
    const QString now = nowIso();

    struct Element
    {
        QJsonValue value;
        QString id;
        QStringList refs;
        QString error;
    };
    QList<Element> elements;
    elements.reserve(bundle.objects.size());
    for (const QJsonValue &value : bundle.objects) {
        Element e;
        e.value = value;
        e.error = checkStixObject(value, &e.refs);
        if (e.error.isEmpty())
            e.id = value.toObject().value(u"id"_s).toString();
        elements.append(e);
    }
    // References: to an object stored already, or to one of this bundle that is accepted itself
    // (in any order, as the workers sort a bundle's dependencies). Rejecting one object can orphan
    // others, so repeat until nothing changes.
    bool changed = true;
    while (changed) {
        changed = false;
        QSet<QString> accepted;
        for (const Element &e : std::as_const(elements))
            if (e.error.isEmpty())
                accepted.insert(e.id);
        for (Element &e : elements) {
            if (!e.error.isEmpty())
                continue;
            QStringList missing;
            for (const QString &ref : std::as_const(e.refs))
                if (!accepted.contains(ref) && !m_store.findObject(ref) && !missing.contains(ref))
                    missing << ref;
            if (!missing.isEmpty()) {
                e.error = u"MISSING_REFERENCE_ERROR: Element(s) not found: %1 (referenced by %2)"_s.arg(
                    missing.join(u", "_s), e.id);
                changed = true;
            }
        }
    }

    OpenCtiWork *work = m_store.work(bundle.workId);
    for (const Element &e : std::as_const(elements)) {
        if (!e.error.isEmpty()) {
            if (work && work->errors.size() < 100) { // OpenCTI keeps at most 100 errors per work
                const QString source = e.value.isObject()
                    ? compactJson(e.value.toObject())
                    : QString::fromUtf8(QJsonDocument(QJsonArray {e.value}).toJson(QJsonDocument::Compact));
                work->errors.append(workMessage(now, e.error, source.left(50000)));
            }
            continue;
        }
        const QJsonObject object = e.value.toObject();
        auto it = m_store.objects.find(e.id);
        if (it == m_store.objects.end()) {
            OpenCtiObject o;
            o.stix = object;
            o.internalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            o.createdAt = now;
            o.updatedAt = now;
            o.workId = bundle.workId;
            m_store.objects.insert(e.id, o);
            m_store.objectOrder.append(e.id);
        } else {
            ++it->ingestions;
            it->workId = bundle.workId;
            it->builtIn = false; // pushed: listed from now on
            if (it->stix != object) {
                it->stix = object;
                ++it->version;
                it->updatedAt = now;
            }
        }
    }
    if (work) {
        work->processed += int(elements.size());
        work->lastProcessed = now;
        work->updatedAt = now;
        work->pendingBundles = std::max(0, work->pendingBundles - 1);
        completeIfDone(*work, now);
    }
    scheduleIngestion();
}

} // namespace s1sim
