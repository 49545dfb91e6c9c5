// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

constexpr qsizetype MinNoteLength = 2;
constexpr qsizetype MaxNoteLength = 10000;
constexpr qsizetype MaxNoteThreatIds = 5000;

// data.text of POST /threats/notes and PUT /threats/{id}/notes/{noteId}: 2 to 10,000 characters
// (code points, as the API's minLength/maxLength count), and not only white space.
std::optional<SimReply> checkNoteText(const QJsonValue &text)
{
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return validationError(u"data.text: must be a non-empty string"_s);
    const qsizetype length = text.toString().toUcs4().size();
    if (length < MinNoteLength || length > MaxNoteLength)
        return validationError(u"data.text: must be %1 to %2 characters long, got %3"_s.arg(
            QString::number(MinNoteLength), QString::number(MaxNoteLength), QString::number(length)));
    return std::nullopt;
}

} // namespace

QJsonObject SimTenant::Private::noteJson(const Note &n) const
{
    const Analyst &a = Analysts[n.analyst];
    return QJsonObject {
        {u"createdAt"_s, SimTenant::formatTimestamp(n.createdAt)},
        {u"creator"_s, QString::fromUtf16(a.name)},
        {u"creatorId"_s, idString(a.id)},
        {u"edited"_s, n.edited},
        {u"id"_s, idString(n.id)},
        {u"text"_s, n.text},
        {u"updatedAt"_s, SimTenant::formatTimestamp(n.updatedAt)},
    };
}

SimReply SimTenant::listThreatNotes(const QString &threatId, const QUrlQuery &query, const SimCaller &caller)
{
    const Threat *t = d->findThreat(threatId, caller);
    if (!t)
        return notFound(u"Threat %1 was not found"_s.arg(threatId));
    const Params p = paramsOf(query);
    int limit = DefaultLimit;
    int offset = 0;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    if (auto e = parseOffsetCursor(p, u"notes"_s, &offset))
        return *e;
    if (auto e = addSkip(p, &offset))
        return *e;
    QList<Note> list = d->notes.value(t->id);
    std::stable_sort(list.begin(), list.end(), [](const Note &a, const Note &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    QJsonArray items;
    const qsizetype end = std::min<qsizetype>(list.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i)
        items.append(d->noteJson(list[i]));
    return pagedReply(items, list.size(), end < list.size() ? offsetCursor(u"notes"_s, end) : QString());
}

SimReply SimTenant::addThreatNotes(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonValue data = root.value(u"data"_s);
    if (!data.isObject())
        return validationError(u"data: must be an object with a \"text\" field"_s);
    const QJsonValue text = data.toObject().value(u"text"_s);
    if (auto e = checkNoteText(text))
        return *e;
    // The console filters the threats to note like GET /threats does; the simulator takes ids only
    // (and requires them: an empty filter would note every threat of the tenant).
    const QJsonValue filter = root.value(u"filter"_s);
    if (!filter.isObject())
        return validationError(u"filter: must be an object, e.g. {\"ids\": [\"<threat id>\"]}"_s);
    for (const QString &key : filter.toObject().keys()) {
        if (key != u"ids"_s)
            return validationError(
                u"filter.%1: not implemented by the simulator (s1bridge-sim), which takes filter.ids"_s.arg(
                    key));
    }
    const QJsonValue ids = filter.toObject().value(u"ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty())
        return validationError(u"filter.ids: must be a non-empty list of threat ids"_s);
    const QJsonArray array = ids.toArray();
    if (array.size() > MaxNoteThreatIds)
        return validationError(u"filter.ids: at most %1 threat ids per request, got %2"_s.arg(
            QString::number(MaxNoteThreatIds), QString::number(array.size())));

    QList<quint64> wanted;
    for (const QJsonValue &v : array) {
        const auto id = v.isString() ? parseId(v.toString()) : std::nullopt;
        if (!id)
            return validationError(
                u"filter.ids: %1 is not a threat id (a string of digits)"_s.arg(jsonText(v)));
        wanted << *id;
    }

    const qint64 now = d->now();
    QSet<quint64> seen;
    int affected = 0;
    for (const quint64 id : std::as_const(wanted)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto it = d->threatIndex.constFind(id);
        if (it == d->threatIndex.constEnd())
            continue;
        Threat &t = d->threats[*it];
        if (!d->threatVisible(t, caller))
            continue;
        Note n;
        n.id = d->makeId(d->idRng, now);
        n.text = text.toString();
        n.createdAt = now;
        n.updatedAt = now;
        d->notes[t.id].append(n);
        ++t.noteCount;
        t.updatedAt = std::max(now, t.updatedAt + 1);
        ++affected;
    }
    if (affected)
        d->threatsChanged();
    return dataReply(QJsonObject {{u"affected"_s, affected}});
}

SimReply SimTenant::updateThreatNote(
    const QString &threatId, const QString &noteId, const QByteArray &body, const SimCaller &caller)
{
    const Threat *found = d->findThreat(threatId, caller);
    if (!found)
        return notFound(u"Threat %1 was not found"_s.arg(threatId));
    Threat &t = d->threats[d->threatIndex.value(found->id)];
    const auto nid = parseId(noteId);
    const auto list = d->notes.find(t.id);
    Note *note = nullptr;
    if (nid && list != d->notes.end()) {
        for (Note &n : *list) {
            if (n.id == *nid)
                note = &n;
        }
    }
    if (!note)
        return notFound(u"Note %1 was not found on threat %2"_s.arg(noteId, threatId));

    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    if (!root.value(u"data"_s).isObject())
        return validationError(u"data: must be an object with a \"text\" field"_s);
    const QJsonValue text = root.value(u"data"_s).toObject().value(u"text"_s);
    if (auto e = checkNoteText(text))
        return *e;

    const qint64 now = d->now();
    note->text = text.toString();
    note->edited = true;
    note->updatedAt = now;
    t.updatedAt = std::max(now, t.updatedAt + 1);
    const QJsonObject json = d->noteJson(*note);
    d->threatsChanged();
    return dataReply(json);
}

SimReply SimTenant::deleteThreatNote(const QString &threatId, const QString &noteId, const SimCaller &caller)
{
    const Threat *found = d->findThreat(threatId, caller);
    if (!found)
        return notFound(u"Threat %1 was not found"_s.arg(threatId));
    Threat &t = d->threats[d->threatIndex.value(found->id)];
    const auto nid = parseId(noteId);
    const auto list = d->notes.find(t.id);
    qsizetype index = -1;
    if (nid && list != d->notes.end()) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).id == *nid)
                index = i;
        }
    }
    if (index < 0)
        return notFound(u"Note %1 was not found on threat %2"_s.arg(noteId, threatId));
    list->removeAt(index);
    if (list->isEmpty())
        d->notes.erase(list);
    --t.noteCount;
    t.updatedAt = std::max(d->now(), t.updatedAt + 1);
    d->threatsChanged();
    return dataReply(QJsonObject {{u"success"_s, true}});
}

} // namespace s1sim
