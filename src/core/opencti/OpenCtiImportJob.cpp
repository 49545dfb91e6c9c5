// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiImportJob.h"
#include "OpenCtiDialect.h"

#include "GraphQlDocuments.h"
#include "Logging.h"
#include "OpenCtiClient.h"
#include "net/ApiCall.h"
#include "s1/ListAnswer.h"
#include "s1/PageInfo.h"
#include "s1/S1Client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <utility>

namespace opencti {

ImportSettings ImportSettings::fromProfile(const config::Profile &profile)
{
    ImportSettings s;
    s.profileId = profile.id;
    s.flag = profile.flag;
    s.mode = profile.importMode;
    s.importStart = profile.importStart;
    s.connectorId = profile.connectorId;
    s.connectorName = profile.connectorName;
    s.connectorScope = profile.connectorScope;
    s.bundle.consoleUrl = profile.consoleUrl;
    s.bundle.authorName = profile.connectorName;
    s.bundle.tlp = profile.tlp;
    return s;
}

QList<s1::ThreatNote> OpenCtiImportJob::bundleNotes(const QList<s1::ThreatNote> &notes, const QString &flag)
{
    QList<s1::ThreatNote> content;
    for (const s1::ThreatNote &n : notes)
        if (!n.isOnlyFlag(flag))
            content << n;
    return content;
}

OpenCtiImportJob::OpenCtiImportJob(s1::S1Client *s1, OpenCtiClient *openCti, ImportStore *store,
    const ImportSettings &settings, QObject *parent)
    : Job(KindName,
        settings.onlyThreatIds.isEmpty()
            ? tr("Import flagged threats into OpenCTI")
            : tr("Import %Ln selected threat(s) into OpenCTI", nullptr, int(settings.onlyThreatIds.size())),
        parent)
    , m_s1(s1)
    , m_openCti(openCti)
    , m_store(store)
    , m_settings(settings)
    , m_builder(settings.bundle)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &OpenCtiImportJob::pollWork);
}

net::ApiCall *OpenCtiImportJob::track(net::ApiCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    return call;
}

// A proxy in front of OpenCTI may answer one request among many with its own web page (an error or
// login page, often with HTTP 200): a passing glitch, not a wrong address, once OpenCTI answers the
// others. Such a request is sent again when it may be: every document of the import is idempotent
// (OpenCtiClient::request: the queries read; RegisterConnector upserts the connector by its id;
// StixBundlePush upserts every object by its deterministic STIX id, so a bundle sent twice updates,
// never duplicates; WorkToProcessed sets a state; a repeated WorkAdd leaves at most an empty work).
// The check of request().isIdempotent() keeps it so should a document ever create something.
void OpenCtiImportJob::sendOpenCti(const QString &documentName, const QJsonObject &variables,
    const std::function<void(net::ApiCall *)> &done, int attempt)
{
    net::ApiCall *call = track(m_openCti->request(GraphQlDocuments::load(documentName), variables, this));
    connect(call, &net::ApiCall::finished, this, [this, call, documentName, variables, done, attempt] {
        const net::ApiError &error = call->error();
        if (error.kind != net::ApiError::Kind::NotAConsole || attempt >= m_settings.pageRetries
            || !call->request().isIdempotent() || isFinished() || isCancelRequested() || !m_openCti)
            return done(call);
        qCInfo(lcOpenCti).noquote() << documentName << "got no GraphQL answer (" << error.detail
                                    << "); sending it again, attempt" << attempt + 2;
        call->deleteLater();
        QTimer::singleShot(m_settings.pageRetryDelayMs * (attempt + 1), this,
            [this, documentName, variables, done, attempt] {
                if (isFinished())
                    return;
                sendOpenCti(documentName, variables, done, attempt + 1);
            });
    });
}

void OpenCtiImportJob::failWith(const net::ApiError &error)
{
    flushSent();
    // Failed first, then the calls in flight cancelled, from a copy of the list: a cancelled call
    // finishes at once, and its handler ran while the list was walked (starting the next candidate,
    // whose call went into the list being walked: a crash) unless it sees the job finished.
    fail(error);
    const QList<QPointer<net::ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<net::ApiCall> &call : calls)
        if (call)
            call->cancel();
}

void OpenCtiImportJob::run()
{
    if (!m_s1 || !m_openCti || !m_store)
        return fail(
            tr("The import is not configured: it needs a SentinelOne console and an OpenCTI platform."));
    const QString problem = m_builder.validateOptions();
    if (!problem.isEmpty())
        return fail(problem);
    if (m_settings.connectorId.isEmpty())
        return fail(tr("Connector ID: the profile has none; edit the profile to create one."));
    if (m_settings.mode == config::Profile::ImportMode::CreatedAfter && !m_settings.importStart.isValid()
        && m_settings.onlyThreatIds.isEmpty())
        return fail(tr("Import start date: choose the date from which threats are imported."));
    confirmUnconfirmed();
}

// Bundles pushed by an earlier run and not confirmed (the run was killed, or OpenCTI had not
// finished when the run stopped waiting). Their work tells what became of them:
//  - complete without errors: Imported;
//  - still running (wait, progress; errors so far are judged once it completes): left Sent, and
//    not pushed again unless the threat changed since: re-sending what OpenCTI has not processed
//    yet would only lengthen its queue, run after run;
//  - complete with errors, timed out, gone (work is null: deleted, or purged by OpenCTI's
//    retention), or running for longer than workGiveUpMs: pushed again (same ids: OpenCTI
//    updates, never duplicates);
//  - the status could not be read: left Sent; the next run asks again.
void OpenCtiImportJob::confirmUnconfirmed()
{
    const QList<ImportRecord> pending = m_store->unconfirmed(m_settings.profileId);
    if (pending.isEmpty())
        return registerConnector();
    setProgress(
        0, -1, tr("Checking %Ln import(s) left unconfirmed by an earlier run", nullptr, int(pending.size())));
    QHash<QString, QList<ImportRecord>> byWork;
    for (const ImportRecord &r : pending)
        byWork[r.workId] << r;
    auto remaining = std::make_shared<int>(int(byWork.size()));
    for (auto it = byWork.cbegin(); it != byWork.cend(); ++it) {
        const QString workId = it.key();
        const QList<ImportRecord> records = it.value();
        sendOpenCti(QStringLiteral("WorkStatus"), QJsonObject {{QStringLiteral("id"), workId}},
            [this, workId, records, remaining](net::ApiCall *call) {
                call->deleteLater();
                if (isFinished())
                    return;
                if (call->error().isAuthProblem())
                    return failWith(call->error());
                QStringList threats;
                QDateTime sentAt;
                for (const ImportRecord &r : records) {
                    threats << r.threatId;
                    if (!sentAt.isValid() || (r.sentAt.isValid() && r.sentAt < sentAt))
                        sentAt = r.sentAt;
                }
                const QJsonValue workValue = call->data().toObject().value(QLatin1String("work"));
                const QJsonObject work = workValue.toObject();
                const QString status = work.value(QLatin1String("status")).toString();
                const bool hasErrors = !work.value(QLatin1String("errors")).toArray().isEmpty();
                const bool givenUp = sentAt.isValid()
                    && sentAt.msecsTo(QDateTime::currentDateTimeUtc()) > m_settings.workGiveUpMs;
                if (call->error().isError()) {
                    qCInfo(lcOpenCti).noquote()
                        << "could not read work" << workId << "- its" << threats.size()
                        << "threat(s) stay sent:" << call->error().userMessage();
                    for (const ImportRecord &r : records)
                        m_waiting.insert(r.threatId, r.contentHash);
                } else if (status == QLatin1String("complete") && !hasErrors) {
                    QString error;
                    m_store->markImported(m_settings.profileId, threats, workId, &error);
                    m_imported += threats;
                } else if (workValue.isObject() && status != QLatin1String("complete")
                    && status != QLatin1String("timeout") && !givenUp) {
                    qCDebug(lcOpenCti).noquote() << "work" << workId << "is still" << status
                                                 << "- waiting for its" << threats.size() << "threat(s)";
                    for (const ImportRecord &r : records)
                        m_waiting.insert(r.threatId, r.contentHash);
                } else {
                    QString why = QStringLiteral("ended ") + status
                        + (hasErrors ? QStringLiteral(" with errors") : QString());
                    if (!workValue.isObject())
                        why = QStringLiteral("is gone");
                    else if (givenUp)
                        why = QStringLiteral("has been unfinished for too long");
                    qCInfo(lcOpenCti).noquote()
                        << "work" << workId << why << "- sending its" << threats.size() << "threat(s) again";
                    for (const QString &id : std::as_const(threats))
                        m_forced.insert(id);
                }
                if (--*remaining == 0)
                    registerConnector();
            });
    }
}

int OpenCtiImportJob::stillProcessingCount() const
{
    int count = 0;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        count += m_sentThisRun.contains(it.key()) ? 0 : 1; // changed since: its new bundle went out
    return count;
}

void OpenCtiImportJob::registerConnector()
{
    if (isCancelRequested())
        return finishCancelled();
    setProgress(0, -1, tr("Registering with OpenCTI"));
    const QJsonObject input {{QStringLiteral("id"), m_settings.connectorId},
        {QStringLiteral("name"), m_settings.connectorName},
        {QStringLiteral("type"), QStringLiteral("EXTERNAL_IMPORT")},
        {QStringLiteral("scope"), QJsonArray {m_settings.connectorScope}}, {QStringLiteral("auto"), false}};
    sendOpenCti(QStringLiteral("RegisterConnector"), QJsonObject {{QStringLiteral("input"), input}},
        [this](net::ApiCall *call) {
            call->deleteLater();
            if (isCancelRequested())
                return finishCancelled();
            if (call->error().isError())
                return failWith(call->error());
            startCandidateQuery();
        });
}

void OpenCtiImportJob::startCandidateQuery()
{
    setProgress(0, -1, tr("Looking for threats to import"));
    s1::ThreatQuery query;
    query.sortBy = QStringLiteral("updatedAt");
    query.descending = false;
    if (!m_settings.onlyThreatIds.isEmpty()) {
        query.ids = m_settings.onlyThreatIds;
        return listCandidates(query, {}, false);
    }
    const QDateTime mark = m_store->highWaterMark(m_settings.profileId);
    if (mark.isValid())
        query.updatedAfter
            = mark; // __gte: a threat updated in the same millisecond is seen again, its hash decides
    if (m_settings.mode == config::Profile::ImportMode::FlaggedOnly)
        query.noteExists = true; // a flag is a note: threats without notes cannot be flagged
    else
        query.createdAfter = m_settings.importStart.startOfDay(Qt::UTC);
    listCandidates(query, {}, false);
}

void OpenCtiImportJob::listCandidates(const s1::ThreatQuery &query, const QString &cursor, bool forcedPass)
{
    if (cursor.isEmpty())
        m_candidateWalk = s1::PageWalk(); // a new list
    net::ApiCall *call = track(m_s1->listThreats(query, cursor, s1::S1Client::MaxPageSize, this));
    connect(call, &net::ApiCall::finished, this, [this, call, query, forcedPass] {
        call->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        if (call->error().isError())
            return failWith(call->error());
        // An object where the list belongs: not "no candidates" (the mark would move past them).
        if (const net::ApiError e = s1::notAListError(call, m_s1->config().url.host()); e.isError())
            return failWith(e);
        const QJsonArray data = call->data().toArray();
        for (const QJsonValue &v : data) {
            Candidate c {s1::Threat::fromJson(v.toObject()), false};
            if (!c.threat.isValid() || m_queued.contains(c.threat.id))
                continue;
            c.forced = m_forced.contains(c.threat.id) || forcedPass;
            m_queued.insert(c.threat.id);
            m_queue.enqueue(c);
        }
        tally().seen = m_queued.size();
        const s1::PageInfo page = s1::PageInfo::fromEnvelope(call->json().object());
        // A console that never ends the list (a cursor again, pages far past its total) ends the
        // run with an error instead of listing for ever.
        if (const auto endless = m_candidateWalk.next(*call, page, data.size(), m_s1->config().url.host()))
            return failWith(*endless);
        if (page.hasMore())
            listCandidates(query, page.nextCursor, forcedPass);
        else if (!forcedPass) {
            // Unconfirmed threats not in the window (older than the mark): fetch them by id.
            QStringList missing;
            for (const QString &id : std::as_const(m_forced))
                if (!m_queued.contains(id))
                    missing << id;
            // The console takes at most MaxListValues ids per request.
            for (qsizetype i = 0; i < missing.size(); i += s1::ThreatQuery::MaxListValues)
                m_byIdChunks.enqueue(missing.mid(i, s1::ThreatQuery::MaxListValues));
        }
        if (!page.hasMore()) {
            if (!m_byIdChunks.isEmpty()) {
                s1::ThreatQuery byId;
                byId.ids = m_byIdChunks.dequeue();
                listCandidates(byId, {}, true);
            } else {
                m_listingDone = true;
            }
        }
        pump();
    });
}

void OpenCtiImportJob::pump()
{
    if (isFinished())
        return;
    if (isCancelRequested()) {
        if (m_inFlight == 0)
            finishCancelled();
        return;
    }
    while (m_inFlight < m_settings.concurrency && !m_queue.isEmpty()) {
        ++m_inFlight;
        processCandidate(m_queue.dequeue());
    }
    setProgress(tally().done + tally().skipped + tally().failed, m_listingDone ? tally().seen : -1,
        tr("Importing: %1 of %2 threats checked")
            .arg(tally().done + tally().skipped + tally().failed)
            .arg(tally().seen));
    if (m_listingDone && m_queue.isEmpty() && m_inFlight == 0)
        finishPushing();
}

void OpenCtiImportJob::processCandidate(const Candidate &candidate)
{
    // One notes request per candidate (the public connector fetched them twice).
    net::ApiCall *call = track(m_s1->listNotes(candidate.threat.id, {}, this));
    connect(call, &net::ApiCall::finished, this, [this, call, candidate] {
        call->deleteLater();
        if (isFinished())
            return;
        if (call->error().isAuthProblem())
            return failWith(call->error());
        net::ApiError error = call->error();
        if (!error.isError()) // an object where the notes belong: not "no flag"
            error = s1::notAListError(call, m_s1 ? m_s1->config().url.host() : QString());
        if (error.isError()) {
            addFailure(candidate.threat.id, error.userMessage());
            if (!m_minFailedUpdatedAt.isValid() || candidate.threat.updatedAt < m_minFailedUpdatedAt)
                m_minFailedUpdatedAt = candidate.threat.updatedAt;
            return itemDone();
        }
        QList<s1::ThreatNote> notes;
        const QJsonArray data = call->data().toArray();
        for (const QJsonValue &v : data)
            notes << s1::ThreatNote::fromJson(v.toObject(), candidate.threat.id);
        onNotes(candidate, notes);
    });
}

void OpenCtiImportJob::onNotes(const Candidate &candidate, const QList<s1::ThreatNote> &notes)
{
    const s1::Threat &t = candidate.threat;
    if (!m_maxUpdatedAt.isValid() || t.updatedAt > m_maxUpdatedAt)
        m_maxUpdatedAt = t.updatedAt;
    const bool flagged = std::any_of(notes.cbegin(), notes.cend(),
        [this](const s1::ThreatNote &n) { return n.containsFlag(m_settings.flag); });
    const bool wanted = !m_settings.onlyThreatIds.isEmpty() || candidate.forced
        || m_settings.mode == config::Profile::ImportMode::CreatedAfter || flagged;
    if (!wanted) {
        ++m_notFlagged;
        ++tally().skipped;
        return itemDone();
    }
    QString error;
    const QJsonObject bundle = m_builder.build(t, bundleNotes(notes, m_settings.flag), &error);
    if (bundle.isEmpty()) {
        addFailure(t.id, error);
        return itemDone();
    }
    const QString hash = StixBundleBuilder::contentHash(bundle);
    if (!candidate.forced && m_waiting.contains(t.id) && m_waiting.value(t.id) == hash) {
        ++tally().skipped; // OpenCTI has this very bundle in a work it is still processing
        return itemDone();
    }
    const auto previous = m_store->record(m_settings.profileId, t.id);
    if (!candidate.forced && previous && previous->status == ImportRecord::Status::Imported
        && previous->contentHash == hash) {
        ++m_unchanged; // re-importing an unchanged threat sends nothing
        ++tally().skipped;
        return itemDone();
    }
    push(candidate, bundle, hash);
}

void OpenCtiImportJob::ensureWork(const std::function<void()> &then)
{
    if (!m_workId.isEmpty())
        return then();
    m_waitingForWork << then;
    if (m_workRequested)
        return;
    m_workRequested = true;
    const QString name = tr("S1 Bridge import %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    sendOpenCti(QStringLiteral("WorkAdd"),
        QJsonObject {
            {QStringLiteral("connectorId"), m_settings.connectorId}, {QStringLiteral("friendlyName"), name}},
        [this](net::ApiCall *call) {
            call->deleteLater();
            if (isFinished())
                return;
            if (call->error().isError())
                return failWith(call->error());
            m_workId = call->data()
                           .toObject()
                           .value(QLatin1String("workAdd"))
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
            if (m_workId.isEmpty()) {
                net::ApiError e = call->error();
                e.kind = net::ApiError::Kind::BadResponse;
                e.dialect = OpenCtiDialect::instance();
                e.detail = tr("OpenCTI created no work for the import");
                return failWith(e);
            }
            const auto waiting = m_waitingForWork;
            m_waitingForWork.clear();
            for (const auto &fn : waiting)
                fn();
        });
}

void OpenCtiImportJob::push(const Candidate &candidate, const QJsonObject &bundle, const QString &hash)
{
    ensureWork([this, candidate, bundle, hash] {
        const QByteArray text = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
        sendOpenCti(QStringLiteral("StixBundlePush"),
            QJsonObject {{QStringLiteral("connectorId"), m_settings.connectorId},
                {QStringLiteral("bundle"), QString::fromUtf8(text)}, {QStringLiteral("workId"), m_workId}},
            [this, candidate, bundle, hash](net::ApiCall *call) {
                call->deleteLater();
                if (isFinished())
                    return;
                const s1::Threat &t = candidate.threat;
                if (call->error().isAuthProblem())
                    return failWith(call->error());
                if (call->error().isError()
                    || !call->data().toObject().value(QLatin1String("stixBundlePush")).toBool()) {
                    addFailure(t.id,
                        call->error().isError() ? call->error().userMessage()
                                                : tr("OpenCTI did not accept the bundle."));
                    if (!m_minFailedUpdatedAt.isValid() || t.updatedAt < m_minFailedUpdatedAt)
                        m_minFailedUpdatedAt = t.updatedAt;
                    return itemDone();
                }
                // Accepted for processing: recorded as Sent now, Imported once the work says so.
                ImportRecord r;
                r.profileId = m_settings.profileId;
                r.threatId = t.id;
                r.contentHash = hash;
                r.incidentId = StixBundleBuilder::incidentId(t);
                r.workId = m_workId;
                r.status = ImportRecord::Status::Sent;
                r.threatName = t.displayName();
                r.threatUpdatedAt = t.updatedAt;
                r.sentAt = QDateTime::currentDateTimeUtc();
                m_sentBatch << r;
                const QJsonArray objects = bundle.value(QLatin1String("objects")).toArray();
                for (const QJsonValue &o : objects)
                    m_objectOwner.insert(o.toObject().value(QLatin1String("id")).toString(), t.id);
                m_sentThisRun << t.id;
                m_sentUpdatedAt.insert(t.id, t.updatedAt);
                if (m_sentBatch.size() >= 50)
                    flushSent();
                itemDone();
            });
    });
}

void OpenCtiImportJob::flushSent()
{
    if (m_sentBatch.isEmpty())
        return;
    QString error;
    if (!m_store->markSent(m_sentBatch, &error))
        qCWarning(lcOpenCti).noquote() << "could not record sent imports:" << error;
    m_sentBatch.clear();
}

void OpenCtiImportJob::itemDone()
{
    --m_inFlight;
    pump();
}

void OpenCtiImportJob::finishPushing()
{
    flushSent();
    if (m_sentThisRun.isEmpty())
        return finishRun();
    setProgress(tally().seen, tally().seen,
        tr("Waiting for OpenCTI to process %Ln bundle(s)", nullptr, int(m_sentThisRun.size())));
    sendOpenCti(QStringLiteral("WorkToProcessed"),
        QJsonObject {{QStringLiteral("id"), m_workId},
            {QStringLiteral("message"),
                tr("%Ln threat(s) sent by S1 Bridge", nullptr, int(m_sentThisRun.size()))},
            {QStringLiteral("inError"), false}},
        [this](net::ApiCall *call) {
            call->deleteLater();
            if (isFinished())
                return;
            // Not fatal: the work completes by itself once every object is processed.
            m_pollDeadline = QDateTime::currentDateTimeUtc().addMSecs(m_settings.workTimeoutMs);
            pollWork();
        });
}

void OpenCtiImportJob::pollWork()
{
    if (isCancelRequested())
        return finishCancelled(); // Sent records stay: the next run confirms them
    sendOpenCti(QStringLiteral("WorkStatus"), QJsonObject {{QStringLiteral("id"), m_workId}},
        [this](net::ApiCall *call) {
            call->deleteLater();
            if (isFinished())
                return;
            if (call->error().isError())
                return failWith(call->error());
            const QJsonObject work = call->data().toObject().value(QLatin1String("work")).toObject();
            const QString status = work.value(QLatin1String("status")).toString();
            if (status == QLatin1String("complete"))
                return concludeWork(work);
            if (QDateTime::currentDateTimeUtc() > m_pollDeadline) {
                // Still processing: the records stay Sent and the next run confirms them.
                m_imported.clear();
                return succeed(tr(
                    "Sent %Ln threat(s) to OpenCTI; it is still processing them. The next run confirms them.",
                    nullptr, int(m_sentThisRun.size())));
            }
            const QJsonObject tracking = work.value(QLatin1String("tracking")).toObject();
            setProgress(tracking.value(QLatin1String("import_processed_number")).toInteger(),
                tracking.value(QLatin1String("import_expected_number")).toInteger(),
                tr("OpenCTI is processing the bundles"));
            m_pollTimer->start(m_settings.workPollMs);
        });
}

void OpenCtiImportJob::concludeWork(const QJsonObject &work)
{
    // Attribute each error to the threat whose bundle held the object.
    QHash<QString, QString> errorByThreat;
    const QJsonArray errors = work.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        const QJsonObject source
            = QJsonDocument::fromJson(e.value(QLatin1String("source")).toString().toUtf8()).object();
        const QString owner = m_objectOwner.value(source.value(QLatin1String("id")).toString());
        const QString message = e.value(QLatin1String("message")).toString();
        if (!owner.isEmpty())
            errorByThreat.insert(owner, message);
        else // an error we cannot attribute: no threat of this work counts as confirmed
            for (const QString &id : std::as_const(m_sentThisRun))
                errorByThreat.insert(id, message);
    }
    QStringList ok;
    QString error;
    for (const QString &id : std::as_const(m_sentThisRun)) {
        if (errorByThreat.contains(id)) {
            m_store->markFailed(m_settings.profileId, id, m_workId, errorByThreat.value(id), &error);
            addFailure(id, tr("OpenCTI reported: %1").arg(errorByThreat.value(id)));
            const QDateTime updated = m_sentUpdatedAt.value(id);
            if (!m_minFailedUpdatedAt.isValid() || updated < m_minFailedUpdatedAt)
                m_minFailedUpdatedAt = updated;
        } else {
            ok << id;
        }
    }
    if (!m_store->markImported(m_settings.profileId, ok, m_workId, &error))
        return fail(tr("The import database could not record the result: %1").arg(error));
    m_imported += ok;
    tally().done += ok.size();
    finishRun();
}

void OpenCtiImportJob::finishRun()
{
    // Move the high-water mark only over what is fully handled: a failed threat is seen again.
    if (m_settings.onlyThreatIds.isEmpty() && m_maxUpdatedAt.isValid()) {
        const QDateTime mark
            = m_minFailedUpdatedAt.isValid() ? m_minFailedUpdatedAt.addMSecs(-1) : m_maxUpdatedAt;
        const QDateTime previous = m_store->highWaterMark(m_settings.profileId);
        if (!previous.isValid() || mark > previous) {
            QString error;
            m_store->setHighWaterMark(m_settings.profileId, mark, &error);
        }
    }
    QStringList parts;
    parts << tr("Imported %Ln threat(s) into OpenCTI.", nullptr, int(m_imported.size()));
    if (m_unchanged)
        parts << tr("%Ln unchanged since the last import.", nullptr, m_unchanged);
    if (m_notFlagged)
        parts << tr("%Ln without the flag.", nullptr, m_notFlagged);
    if (const int waiting = stillProcessingCount())
        parts << tr("%Ln sent earlier and still being processed by OpenCTI.", nullptr, waiting);
    if (tally().failed)
        parts << tr("%Ln failed.", nullptr, int(tally().failed));
    succeed(parts.join(u' '));
}

void OpenCtiImportJob::onCancel()
{
    m_queue.clear();
    m_pollTimer->stop();
    flushSent();
    const auto calls = m_calls;
    for (const QPointer<net::ApiCall> &call : calls)
        if (call)
            call->cancel();
    if (!isFinished())
        finishCancelled();
}

} // namespace opencti
