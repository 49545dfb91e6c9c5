// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatFlagJob.h"

#include "net/ApiCall.h"
#include "PageInfo.h"
#include "S1Client.h"
#include "ThreatNote.h"

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

ThreatFlagJob::ThreatFlagJob(S1Client *client, Mode mode, const QStringList &threatIds, const QString &flag, QObject *parent)
    : Job(mode == Mode::Flag ? QStringLiteral("threat-flag") : QStringLiteral("threat-unflag"),
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
    setProgress(0, m_ids.size(), m_mode == Mode::Flag ? tr("Adding the flag note") : tr("Reading notes"));
    if (m_mode == Mode::Flag)
        return flagNextChunk();
    for (const QString &id : std::as_const(m_ids))
        m_pending.enqueue(id);
    unflagNext();
}

void ThreatFlagJob::flagNextChunk()
{
    if (m_next >= m_ids.size())
        return finishIfDone();
    const QStringList chunk = m_ids.mid(m_next, MaxIdsPerRequest);
    m_next += int(chunk.size());
    net::ApiCall *call = m_client->addNote(chunk, m_flag, this);
    track(call);
    connect(call, &net::ApiCall::finished, this, [this, call, chunk] {
        call->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        if (call->error().isError()) {
            if (call->error().isAuthProblem() || m_handled == 0)
                return fail(call->error());
            m_lastError = call->error();
            for (const QString &id : chunk)
                addFailure(id, call->error().userMessage());
            m_handled += chunk.size();
            return flagNextChunk();
        }
        const qint64 affected = call->data().toObject().value(QLatin1String("affected")).toInteger(-1);
        if (affected >= 0 && affected < chunk.size())
            return checkMissing(chunk);
        m_changed += chunk;
        tally().done += chunk.size();
        m_handled += chunk.size();
        setProgress(m_handled, m_ids.size());
        flagNextChunk();
    });
}

// The console flagged fewer threats than asked: find out which ids it does not know (one request).
void ThreatFlagJob::checkMissing(const QStringList &chunk)
{
    ThreatQuery query;
    query.ids = chunk;
    net::ApiCall *call = m_client->listThreats(query, {}, S1Client::MaxPageSize, this);
    track(call);
    connect(call, &net::ApiCall::finished, this, [this, call, chunk] {
        call->deleteLater();
        QSet<QString> known;
        const QJsonArray threats = call->data().toArray();
        for (const QJsonValue &v : threats)
            known.insert(v.toObject().value(QLatin1String("id")).toString());
        for (const QString &id : chunk) {
            if (call->error().isError() || known.contains(id)) {
                m_changed << id;
                ++tally().done;
            } else {
                addFailure(id, tr("The console does not know threat %1 (deleted, or outside this token's scope).").arg(id));
            }
        }
        m_handled += chunk.size();
        setProgress(m_handled, m_ids.size());
        flagNextChunk();
    });
}

void ThreatFlagJob::unflagNext()
{
    while (!isCancelRequested() && m_inFlight.size() < UnflagConcurrency && !m_pending.isEmpty()) {
        const QString id = m_pending.dequeue();
        m_inFlight.insert(id);
        unflagThreat(id);
    }
    finishIfDone();
}

void ThreatFlagJob::unflagThreat(const QString &threatId)
{
    net::ApiCall *list = m_client->listNotes(threatId, {}, this);
    track(list);
    connect(list, &net::ApiCall::finished, this, [this, list, threatId] {
        list->deleteLater();
        if (list->error().isError()) {
            m_lastError = list->error();
            return threatDone(threatId, list->error().userMessage());
        }
        const QJsonArray notes = list->data().toArray();
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
            if (note.isOnlyFlag(m_flag)) {
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
    QString summary = m_mode == Mode::Flag ? tr("Flagged %Ln threat(s) for OpenCTI.", nullptr, int(tally().done))
                                           : tr("Removed the flag from %Ln threat(s).", nullptr, int(tally().done));
    if (tally().skipped > 0)
        summary += u' ' + tr("%Ln threat(s) had no flag.", nullptr, int(tally().skipped));
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
