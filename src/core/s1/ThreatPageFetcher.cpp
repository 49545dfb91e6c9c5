// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatPageFetcher.h"

#include "ListAnswer.h"
#include "Logging.h"
#include "PageInfo.h"
#include "S1Client.h"
#include "net/ApiCall.h"

#include <QJsonArray>
#include <QJsonObject>

namespace s1 {

namespace {
// Past this many shared values the pools start over (a listing of distinct values only).
constexpr qsizetype MaxPooled = 200000;

bool sameInterfaces(const QList<NetworkInterface> &a, const QList<NetworkInterface> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].inet != b[i].inet || a[i].inet6 != b[i].inet6
            || a[i].physical != b[i].physical)
            return false;
    }
    return true;
}

bool sameIndicators(const QList<ThreatIndicator> &a, const QList<ThreatIndicator> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ThreatIndicator &x = a[i], &y = b[i];
        if (x.category != y.category || x.description != y.description
            || x.tactics.size() != y.tactics.size())
            return false;
        for (qsizetype t = 0; t < x.tactics.size(); ++t) {
            const MitreTactic &p = x.tactics[t], &q = y.tactics[t];
            if (p.name != q.name || p.source != q.source || p.techniques.size() != q.techniques.size())
                return false;
            for (qsizetype k = 0; k < p.techniques.size(); ++k) {
                if (p.techniques[k].id != q.techniques[k].id || p.techniques[k].link != q.techniques[k].link)
                    return false;
            }
        }
    }
    return true;
}
} // namespace

ThreatPageFetcher::ThreatPageFetcher(const ConsoleConfig &config)
    : m_config(config)
{ }

ThreatPageFetcher::~ThreatPageFetcher() = default;

S1Client *ThreatPageFetcher::client()
{
    // Created on first use: in the thread this object was moved to.
    if (!m_client)
        m_client = new S1Client(m_config, this);
    return m_client;
}

void ThreatPageFetcher::fetch(quint64 generation, const ThreatQuery &query, const QString &cursor, int limit)
{
    m_walk = PageWalk();
    requestPage(generation, query, cursor, limit, 1);
}

void ThreatPageFetcher::fetchPages(
    quint64 generation, const ThreatQuery &query, const QString &cursor, int limit, qint64 maxItems)
{
    m_walk = PageWalk();
    requestPage(generation, query, cursor, limit, maxItems < 0 ? -1 : std::max<qint64>(maxItems, 1));
}

void ThreatPageFetcher::cancelPage()
{
    if (net::ApiCall *call = m_pageCall) {
        m_pageCall = nullptr;
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

// remaining: threats still wanted after this page (-1: all; 1: this page only).
void ThreatPageFetcher::requestPage(
    quint64 generation, const ThreatQuery &query, const QString &cursor, int limit, qint64 remaining)
{
    cancelPage();
    net::ApiCall *call = client()->listThreats(query, cursor, limit, this);
    m_pageCall = call;
    connect(call, &net::ApiCall::finished, this, [this, call, generation, query, limit, remaining] {
        call->deleteLater();
        if (m_pageCall == call)
            m_pageCall = nullptr;
        if (call->error().isError()) {
            if (call->error().kind != net::ApiError::Kind::Cancelled)
                Q_EMIT failed(generation, call->error());
            return;
        }
        if (const net::ApiError e = notAListError(call, m_config.url.host()); e.isError())
            return Q_EMIT failed(generation, e); // never "0 threats"
        const QJsonObject envelope = call->json().object();
        const PageInfo page = PageInfo::fromEnvelope(envelope);
        const QJsonValue data = envelope.value(QLatin1String("data"));
        const qint64 count = data.toArray().size();
        // Ask for the next page before parsing this one: the console writes it meanwhile.
        const bool more = page.hasMore() && (remaining < 0 || remaining > count) && count > 0;
        // A console that never ends the list (a cursor again, pages far past its total): an error.
        if (const auto endless = m_walk.next(*call, more ? page : PageInfo(), count, m_config.url.host())) {
            Q_EMIT failed(generation, *endless);
            return;
        }
        if (more)
            requestPage(generation, query, page.nextCursor, limit, remaining < 0 ? -1 : remaining - count);
        Q_EMIT pageReady(generation, parsePage(data), page.nextCursor, page.totalItems);
        if (!more)
            Q_EMIT pagesFinished(generation);
    });
}

QList<Threat> ThreatPageFetcher::parsePage(const QJsonValue &data)
{
    const QJsonArray array = data.toArray();
    QList<Threat> threats;
    threats.reserve(array.size());
    for (const QJsonValue &v : array) {
        Threat t = Threat::fromJson(v.toObject());
        if (!t.isValid())
            continue;
        compact(t);
        threats.append(std::move(t));
    }
    return threats;
}

QString ThreatPageFetcher::intern(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return *it;
    if (m_strings.size() >= MaxPooled)
        m_strings.clear();
    m_strings.insert(text);
    return text;
}

// Shares what repeats between threats: the same strings and lists are held once.
void ThreatPageFetcher::compact(Threat &t)
{
    if (m_interfaces.size() >= MaxPooled / 4 || m_indicators.size() >= MaxPooled / 4
        || m_engines.size() >= MaxPooled / 4) {
        m_interfaces.clear();
        m_indicators.clear();
        m_engines.clear();
    }
    // Names and paths repeat (one file on many endpoints); hashes mostly do not.
    t.name = intern(t.name);
    t.fileDisplayName = t.fileDisplayName == t.name ? t.name : intern(t.fileDisplayName);
    t.filePath = intern(t.filePath);
    for (QString *s : {&t.classification, &t.confidenceLevel, &t.analystVerdict, &t.analystVerdictDescription,
             &t.incidentStatus, &t.incidentStatusDescription, &t.mitigationStatus,
             &t.mitigationStatusDescription, &t.computerName, &t.osType, &t.osName, &t.agentIpV4,
             &t.agentIpV6, &t.externalIp, &t.siteId, &t.siteName, &t.accountId, &t.accountName, &t.groupName})
        *s = intern(*s);

    if (!t.detectionEngines.isEmpty()) {
        const QString key = t.detectionEngines.join(QChar(0x1f));
        auto it = m_engines.find(key);
        if (it == m_engines.end()) {
            for (QString &e : t.detectionEngines)
                e = intern(e);
            m_engines.insert(key, t.detectionEngines);
        } else {
            t.detectionEngines = *it;
        }
    }

    if (!t.interfaces.isEmpty()) {
        auto it = m_interfaces.find(t.computerName);
        if (it != m_interfaces.end() && sameInterfaces(*it, t.interfaces)) {
            t.interfaces = *it;
        } else {
            for (NetworkInterface &n : t.interfaces) {
                n.name = intern(n.name);
                n.physical = intern(n.physical);
                for (QString &a : n.inet)
                    a = intern(a);
                for (QString &a : n.inet6)
                    a = intern(a);
            }
            m_interfaces.insert(t.computerName, t.interfaces);
        }
    }

    if (!t.indicators.isEmpty()) {
        QString key;
        for (const ThreatIndicator &i : std::as_const(t.indicators))
            key += i.category + QChar(0x1f) + i.description + QChar(0x1e);
        auto it = m_indicators.find(key);
        if (it != m_indicators.end() && sameIndicators(*it, t.indicators)) {
            t.indicators = *it;
        } else {
            for (ThreatIndicator &i : t.indicators) {
                i.category = intern(i.category);
                i.description = intern(i.description);
                for (MitreTactic &tactic : i.tactics) {
                    tactic.name = intern(tactic.name);
                    tactic.source = intern(tactic.source);
                    for (MitreTechnique &technique : tactic.techniques) {
                        technique.id = intern(technique.id);
                        technique.link = intern(technique.link);
                    }
                }
            }
            m_indicators.insert(key, t.indicators);
        }
    }
}

void ThreatPageFetcher::fetchNotes(quint64 generation, const QStringList &threatIds)
{
    QStringList ids;
    ids.reserve(threatIds.size());
    QSet<QString> seen;
    for (const QString &id : threatIds) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    for (qsizetype at = 0; at < ids.size(); at += S1Client::MaxPageSize) {
        NotesTask task;
        task.generation = generation;
        task.checkIds = ids.mid(at, S1Client::MaxPageSize);
        m_notesQueue.enqueue(task);
    }
    pumpNotes();
}

void ThreatPageFetcher::pumpNotes()
{
    m_notesCalls.removeAll(nullptr);
    while (m_notesCalls.size() < NotesConcurrency && !m_notesQueue.isEmpty())
        startNotesTask(m_notesQueue.dequeue());
}

void ThreatPageFetcher::startNotesTask(NotesTask task)
{
    net::ApiCall *call;
    if (!task.checkIds.isEmpty()) {
        ThreatQuery query;
        query.ids = task.checkIds;
        query.noteExists = true;
        call = client()->listThreats(query, {}, int(task.checkIds.size()), this);
    } else {
        call = client()->listNotes(task.threatId, task.cursor, this);
    }
    m_notesCalls.append(call);
    connect(call, &net::ApiCall::finished, this, [this, call, task]() mutable {
        call->deleteLater();
        m_notesCalls.removeAll(call);
        net::ApiError error = call->error();
        if (!error.isError())
            error = notAListError(call, m_config.url.host()); // never "no notes"
        if (error.isError()) {
            if (error.kind != net::ApiError::Kind::Cancelled) {
                qCWarning(lcS1Client)
                    << "notes for the flag state failed:" << net::ApiError::kindName(error.kind)
                    << error.httpStatus;
                Q_EMIT notesFailed(task.generation,
                    task.checkIds.isEmpty() ? QStringList {task.threatId} : task.checkIds, error);
            }
            return pumpNotes();
        }
        if (!task.checkIds.isEmpty()) {
            QSet<QString> withNotes;
            const QJsonArray data = call->data().toArray();
            for (const QJsonValue &v : data) {
                const QJsonValue id = v.toObject().value(QLatin1String("id"));
                withNotes.insert(id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : id.toString());
            }
            for (const QString &id : std::as_const(task.checkIds)) {
                if (withNotes.contains(id)) {
                    NotesTask notes;
                    notes.generation = task.generation;
                    notes.threatId = id;
                    m_notesQueue.enqueue(notes);
                } else {
                    Q_EMIT notesReady(task.generation, id, {});
                }
            }
            return pumpNotes();
        }
        const QJsonArray data = call->data().toArray();
        for (const QJsonValue &v : data)
            task.notes.append(ThreatNote::fromJson(v.toObject(), task.threatId));
        const PageInfo page = PageInfo::fromEnvelope(call->json().object());
        if (!task.walk)
            task.walk = std::make_shared<PageWalk>();
        if (const auto endless
            = task.walk->next(*call, data.isEmpty() ? PageInfo() : page, data.size(), m_config.url.host())) {
            Q_EMIT notesFailed(task.generation, {task.threatId}, *endless);
            return pumpNotes();
        }
        if (page.hasMore() && !data.isEmpty()) {
            task.cursor = page.nextCursor;
            m_notesQueue.prepend(task); // keeps its place: the rest of this threat's notes come next
            return pumpNotes();
        }
        Q_EMIT notesReady(task.generation, task.threatId, task.notes);
        pumpNotes();
    });
}

void ThreatPageFetcher::cancel()
{
    cancelPage();
    m_notesQueue.clear();
    const QList<QPointer<net::ApiCall>> calls = std::exchange(m_notesCalls, {});
    for (net::ApiCall *call : calls) {
        if (!call)
            continue;
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

} // namespace s1
