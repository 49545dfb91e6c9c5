// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatFlagJob.h"

#include "ListAnswer.h"
#include "PageInfo.h"
#include "PageWalk.h"
#include "S1Client.h"
#include "ThreatNote.h"
#include "net/ApiCall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace s1 {

namespace {
// "looks like Emotet [OpenCTI_add] check C2" -> "looks like Emotet check C2"
QString withoutFlag(QString text, const QString &flag)
{
    qsizetype at;
    while ((at = text.indexOf(flag)) >= 0) {
        text.remove(at, flag.size());
        if (at > 0 && at < text.size() && text.at(at - 1) == u' ' && text.at(at) == u' ')
            text.remove(at, 1);
    }
    return text.trimmed();
}
} // namespace

ThreatFlagJob::ThreatFlagJob(
    S1Client *client, Mode mode, const QStringList &threatIds, const QString &flag, QObject *parent)
    : Job(mode == Mode::Flag ? QString(FlagKind) : QString(UnflagKind),
        mode == Mode::Flag ? tr("Flag %n threat(s) for OpenCTI", nullptr, int(threatIds.size()))
                           : tr("Remove the OpenCTI flag from %n threat(s)", nullptr, int(threatIds.size())),
        parent)
    , m_client(client)
    , m_mode(mode)
    , m_flag(flag)
{
    for (const QString &id : threatIds) // once each, order kept
        if (!id.trimmed().isEmpty() && !m_ids.contains(id.trimmed()))
            m_ids << id.trimmed();
}

void ThreatFlagJob::track(net::ApiCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
}

void ThreatFlagJob::run()
{
    if (m_flag.trimmed().isEmpty())
        return fail(tr("The flag text is empty; set it in the profile (default [OpenCTI_add])."));
    if (m_ids.isEmpty())
        return succeed(tr("No threats given."));
    tally().seen = m_ids.size();
    setProgress(0, m_ids.size(), tr("Reading notes"));
    if (m_mode == Mode::Flag)
        return flagNextChunk();
    for (const QString &id : std::as_const(m_ids))
        m_pending.enqueue(id);
    unflagNext();
}

void ThreatFlagJob::flagNextChunk()
{
    if (isCancelRequested())
        return finishCancelled();
    if (m_next >= m_ids.size())
        return finishIfDone();
    m_chunk = m_ids.mid(m_next, MaxIdsPerRequest);
    m_next += int(m_chunk.size());
    m_posted.clear();
    m_reconciliations = 0;
    surveyChunk();
}

// Which threats of the batch have notes at all: only those can already carry the flag.
void ThreatFlagJob::surveyChunk()
{
    ThreatQuery query;
    query.ids = m_chunk;
    query.noteExists = true;
    net::ApiCall *call = m_client->listThreats(query, {}, S1Client::MaxPageSize, this);
    track(call);
    connect(call, &net::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        if (call->error().isError())
            return chunkFailed(call->error());
        if (const net::ApiError e = notAListError(call, m_client->config().url.host()); e.isError())
            return chunkFailed(e); // read as "no notes anywhere", every threat would be flagged again
        const QSet<QString> asked(m_chunk.cbegin(), m_chunk.cend());
        QStringList withNotes;
        const QJsonArray threats = call->data().toArray();
        for (const QJsonValue &v : threats) {
            const QString id = v.toObject().value(QLatin1String("id")).toString();
            if (asked.contains(id) && !withNotes.contains(id))
                withNotes << id;
        }
        if (withNotes.isEmpty())
            return postFlag();
        readFlagState(withNotes);
    });
}

// Reads the notes of the threats that have some; those whose notes carry the flag are settled.
void ThreatFlagJob::readFlagState(const QStringList &withNotes)
{
    struct Survey
    {
        QQueue<QString> queue;
        int running = 0;
        QSet<QString> flagged;
        net::ApiError error;
    };
    auto survey = std::make_shared<Survey>();
    for (const QString &id : withNotes)
        survey->queue.enqueue(id);
    setProgress(m_handled, m_ids.size(), tr("Reading which threats already carry the flag"));
    auto pump = std::make_shared<std::function<void()>>();
    // The pump holds itself weakly; the reads in flight hold it strongly (no cycle, no leak).
    *pump = [this, survey, self = std::weak_ptr<std::function<void()>>(pump)] {
        const auto strong = self.lock();
        while (survey->running < NoteReadConcurrency && !survey->queue.isEmpty() && !survey->error.isError()
            && !isCancelRequested()) {
            const QString id = survey->queue.dequeue();
            ++survey->running;
            readNotes(id, [this, id, survey, strong](const QJsonArray &notes, const net::ApiError &error) {
                --survey->running;
                if (error.isError() && !survey->error.isError())
                    survey->error = error;
                for (const QJsonValue &v : notes)
                    if (ThreatNote::fromJson(v.toObject(), id).containsFlag(m_flag))
                        survey->flagged.insert(id);
                (*strong)();
            });
        }
        if (survey->running > 0)
            return;
        if (isCancelRequested())
            return finishCancelled();
        if (survey->error.isError())
            return chunkFailed(survey->error);
        QStringList unsettled;
        for (const QString &id : std::as_const(m_chunk)) {
            if (!survey->flagged.contains(id)) {
                unsettled << id;
                continue;
            }
            ++m_handled;
            if (m_posted.contains(id)) { // our earlier request did reach the console
                m_changed << id;
                ++tally().done;
            } else {
                ++tally().skipped;
            }
        }
        m_chunk = unsettled;
        postFlag();
    };
    (*pump)();
}

void ThreatFlagJob::postFlag()
{
    if (m_chunk.isEmpty())
        return chunkDone();
    setProgress(m_handled, m_ids.size(), tr("Adding the flag note"));
    for (const QString &id : std::as_const(m_chunk))
        m_posted.insert(id);
    net::ApiCall *call = m_client->addNote(m_chunk, m_flag, this);
    track(call);
    connect(call, &net::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        const net::ApiError &error = call->error();
        if (error.isError()) {
            if (error.outcomeUnknown && m_reconciliations < MaxReconciliations) {
                // The console may have added the notes: read them back, post only where still missing.
                ++m_reconciliations;
                setProgress(
                    m_handled, m_ids.size(), tr("The console's answer was lost; reading the notes back"));
                return surveyChunk();
            }
            return chunkFailed(error);
        }
        const qint64 affected = call->data().toObject().value(QLatin1String("affected")).toInteger(-1);
        if (affected >= 0 && affected < m_chunk.size())
            return checkMissing(m_chunk);
        m_changed += m_chunk;
        tally().done += m_chunk.size();
        m_handled += m_chunk.size();
        m_chunk.clear();
        chunkDone();
    });
}

void ThreatFlagJob::chunkFailed(const net::ApiError &error)
{
    if (error.kind == net::ApiError::Kind::Cancelled || isCancelRequested())
        return finishCancelled();
    if (error.isAuthProblem() || m_handled == 0)
        return fail(error);
    m_lastError = error;
    for (const QString &id : std::as_const(m_chunk))
        addFailure(id, error.userMessage());
    m_handled += m_chunk.size();
    m_chunk.clear();
    chunkDone();
}

void ThreatFlagJob::chunkDone()
{
    setProgress(m_handled, m_ids.size());
    flagNextChunk();
}

// The console flagged fewer threats than asked: find out which ids it does not know (one request).
void ThreatFlagJob::checkMissing(const QStringList &ids)
{
    ThreatQuery query;
    query.ids = ids;
    net::ApiCall *call = m_client->listThreats(query, {}, S1Client::MaxPageSize, this);
    track(call);
    connect(call, &net::ApiCall::finished, this, [this, call, ids] {
        call->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        QSet<QString> known;
        const QJsonArray threats = call->data().toArray();
        for (const QJsonValue &v : threats)
            known.insert(v.toObject().value(QLatin1String("id")).toString());
        // An answer that is no list tells nothing, as a failed one: the console's count stands.
        const bool unknown = call->error().isError() || notAListError(call, {}).isError();
        for (const QString &id : ids) {
            if (unknown || known.contains(id)) {
                m_changed << id;
                ++tally().done;
            } else {
                addFailure(id,
                    tr("The console does not know threat %1 (deleted, or outside this token's scope).")
                        .arg(id));
            }
        }
        m_handled += ids.size();
        m_chunk.clear();
        chunkDone();
    });
}

void ThreatFlagJob::readNotes(const QString &threatId, const NotesRead &done, const QString &cursor,
    QJsonArray soFar, std::shared_ptr<PageWalk> walk)
{
    if (!walk)
        walk = std::make_shared<PageWalk>();
    net::ApiCall *call = m_client->listNotes(threatId, cursor, this);
    track(call);
    connect(call, &net::ApiCall::finished, this, [this, call, threatId, done, soFar, walk]() mutable {
        call->deleteLater();
        if (call->error().isError())
            return done({}, call->error());
        if (const net::ApiError e = notAListError(call, m_client->config().url.host()); e.isError())
            return done({}, e);
        const QJsonArray page = call->data().toArray();
        for (const QJsonValue &v : page)
            soFar.append(v);
        PageInfo info = PageInfo::fromEnvelope(call->json().object());
        if (page.isEmpty() || isCancelRequested())
            info.nextCursor.clear();
        // A console that never ends the notes (a cursor again, pages past the total): an error, not
        // a loop without end.
        if (const auto endless
            = walk->next(*call, info, page.size(), m_client ? m_client->config().url.host() : QString()))
            return done({}, *endless);
        if (info.hasMore())
            return readNotes(threatId, done, info.nextCursor, soFar, walk);
        done(soFar, {});
    });
}

void ThreatFlagJob::unflagNext()
{
    while (!isCancelRequested() && m_inFlight.size() < NoteReadConcurrency && !m_pending.isEmpty()) {
        const QString id = m_pending.dequeue();
        m_inFlight.insert(id);
        unflagThreat(id);
    }
    finishIfDone();
}

void ThreatFlagJob::unflagThreat(const QString &threatId)
{
    readNotes(threatId, [this, threatId](const QJsonArray &notes, const net::ApiError &error) {
        if (error.isError()) {
            m_lastError = error;
            return threatDone(threatId, error.userMessage());
        }
        auto remaining = std::make_shared<int>(0);
        auto firstError = std::make_shared<QString>();
        auto changed = std::make_shared<bool>(false);
        auto oneFinished = [this, threatId, remaining, firstError, changed](net::ApiCall *call) {
            call->deleteLater();
            if (call->error().isError()) {
                m_lastError = call->error();
                if (firstError->isEmpty())
                    *firstError = call->error().userMessage();
            } else {
                *changed = true;
            }
            if (--*remaining == 0) {
                if (*changed && firstError->isEmpty())
                    m_changed << threatId;
                threatDone(threatId, *firstError);
            }
        };
        for (const QJsonValue &v : notes) {
            const ThreatNote note = ThreatNote::fromJson(v.toObject(), threatId);
            if (!note.containsFlag(m_flag))
                continue;
            net::ApiCall *call = nullptr;
            // A note that is only the flag, or whose rest the console would not take as a note
            // (under 2 characters), is deleted; any other is edited to drop the flag.
            if (note.isOnlyFlag(m_flag)
                || !S1Client::noteTextProblem(withoutFlag(note.text, m_flag)).isEmpty()) {
                call = m_client->deleteNote(threatId, note.id, this);
            } else {
                call = m_client->editNote(threatId, note.id, withoutFlag(note.text, m_flag), this);
            }
            ++*remaining;
            track(call);
            connect(call, &net::ApiCall::finished, this, [call, oneFinished] { oneFinished(call); });
        }
        if (*remaining == 0) {
            ++tally().skipped; // was not flagged
            threatDone(threatId, {});
        }
    });
}

void ThreatFlagJob::threatDone(const QString &threatId, const QString &failure)
{
    m_inFlight.remove(threatId);
    ++m_handled;
    if (!failure.isEmpty())
        addFailure(threatId, failure);
    else if (m_changed.contains(threatId))
        ++tally().done;
    setProgress(m_handled, m_ids.size());
    if (isCancelRequested()) {
        if (m_inFlight.isEmpty())
            finishCancelled();
        return;
    }
    unflagNext();
}

void ThreatFlagJob::finishIfDone()
{
    if (isFinished() || m_handled < m_ids.size())
        return;
    const qint64 failed = tally().failed;
    QString summary = m_mode == Mode::Flag
        ? tr("Flagged %Ln threat(s) for OpenCTI.", nullptr, int(tally().done))
        : tr("Removed the flag from %Ln threat(s).", nullptr, int(tally().done));
    if (tally().skipped > 0)
        summary += u' '
            + (m_mode == Mode::Flag ? tr("Already flagged: %Ln threat(s).", nullptr, int(tally().skipped))
                                    : tr("%Ln threat(s) had no flag.", nullptr, int(tally().skipped)));
    if (failed > 0)
        summary += u' ' + tr("%Ln threat(s) failed.", nullptr, int(failed));
    if (failed == m_ids.size() && m_lastError.isError())
        return fail(m_lastError);
    succeed(summary);
}

void ThreatFlagJob::onCancel()
{
    m_pending.clear();
    const auto calls = m_calls;
    for (const QPointer<net::ApiCall> &call : calls)
        if (call)
            call->cancel();
    if (m_inFlight.isEmpty() && !isFinished())
        finishCancelled();
}

} // namespace s1
