// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace s1sim {

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
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return validationError(u"data.text: must be a non-empty string"_s);
    const QJsonValue ids = root.value(u"filter"_s).toObject().value(u"ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty())
        return validationError(u"filter.ids: must be a non-empty list of threat ids"_s);

    QList<quint64> wanted;
    const QJsonArray array = ids.toArray();
    for (const QJsonValue &v : array) {
        const auto id = idFromJson(v);
        if (!id)
            return validationError(u"filter.ids: %1 is not a valid threat id"_s.arg(jsonText(v)));
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
    const QJsonValue text = root.value(u"data"_s).toObject().value(u"text"_s);
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return validationError(u"data.text: must be a non-empty string"_s);

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
