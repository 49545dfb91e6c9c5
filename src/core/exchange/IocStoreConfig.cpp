// SPDX-License-Identifier: GPL-3.0-or-later
// IocStore: sources, checkpoints, business rules and sharing configurations (the IOCs and their shares
// are in IocStore.cpp).
#include "IocStore.h"

#include "Logging.h"
#include "config/Profile.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace exchange {

namespace {

using storage::Statement;
using storage::Transaction;
using namespace Qt::StringLiterals;

const QLatin1String kSourceColumns(
    "id, profile_id, name, kind, settings, checkpoint, last_pull_at, last_pull_state, counts");

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

IocSource readSource(const QSqlQuery &q)
{
    IocSource s;
    s.id = q.value(0).toString();
    s.profileId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.kind = q.value(3).toString();
    s.settings = jsonObject(q.value(4).toString());
    s.checkpoint = q.value(5).toString();
    s.lastPullAt = q.value(6).isNull() ? QDateTime()
                                       : QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    s.lastPullState = q.value(7).toString();
    s.counts = jsonObject(q.value(8).toString());
    return s;
}

QList<NamedDefinition> readDefinitions(Statement &q)
{
    QList<NamedDefinition> result;
    while (q.next())
        result << NamedDefinition {
            q.value(0).toLongLong(), q.value(1).toString(), jsonObject(q.value(2).toString())};
    return result;
}

// The user-facing word of a definition table, for messages.
QString tableWord(const char *table)
{
    return qstrcmp(table, "rules") == 0 ? IocStore::tr("business rule")
                                        : IocStore::tr("sharing configuration");
}

} // namespace

// --- sources ------------------------------------------------------------------------------------------

QList<IocSource> IocStore::sources(const QString &profileId) const
{
    Statement q(*m_db,
        QLatin1String("SELECT ") + kSourceColumns + QLatin1String(" FROM sources")
            + (profileId.isEmpty() ? QLatin1String("") : QLatin1String(" WHERE profile_id = ?"))
            + QLatin1String(" ORDER BY profile_id, name"));
    QList<IocSource> result;
    if (!q.read("sources", profileId.isEmpty() ? QVariantList() : QVariantList {profileId}))
        return result;
    while (q.next())
        result << readSource(q.query());
    return result;
}

std::optional<IocSource> IocStore::source(const QString &id) const
{
    Statement q(
        *m_db, QLatin1String("SELECT ") + kSourceColumns + QLatin1String(" FROM sources WHERE id = ?"));
    if (!q.read("source", {id}) || !q.next())
        return std::nullopt;
    return readSource(q.query());
}

std::optional<IocSource> IocStore::sourceByName(const QString &profileId, const QString &name) const
{
    Statement q(*m_db,
        QLatin1String("SELECT ") + kSourceColumns
            + QLatin1String(" FROM sources WHERE profile_id = ? AND name = ?"));
    if (!q.read("source by name", {profileId, name}) || !q.next())
        return std::nullopt;
    return readSource(q.query());
}

bool IocStore::saveSource(IocSource *source, QString *error)
{
    Q_ASSERT(source);
    const QString name = source->name.trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("Cannot save the source: the name is empty; give it a name.");
    else if (const QString bad = config::Profile::unsafeCharacter(name); !bad.isEmpty())
        problem = tr("Cannot save the source \"%1\": its name holds %2; use plain text on one line.")
                      .arg(name, bad);
    else if (!IocSource::kinds().contains(source->kind))
        problem = tr("Cannot save source \"%1\": the kind \"%2\" is not one of %3.")
                      .arg(name, source->kind, IocSource::kinds().join(QLatin1String(", ")));
    else if (const auto other = sourceByName(source->profileId, name); other && other->id != source->id)
        problem
            = tr("Cannot save source \"%1\": another source of this profile has that name; choose another.")
                  .arg(name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QString id = source->id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : source->id;
    const bool ok = storage::write(
        *m_db, "saveSource", error,
        [&](const QString &p) { return tr("Cannot save source \"%1\": %2").arg(name, p); },
        [&](Transaction &t) {
            return t
                .prepare(QStringLiteral(
                    "INSERT INTO sources (id, profile_id, name, kind, settings) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET profile_id = excluded.profile_id, name = excluded.name,"
                    " kind = excluded.kind, settings = excluded.settings"))
                .exec({id, text(source->profileId), name, source->kind, jsonText(source->settings)});
        });
    if (!ok)
        return false;
    source->id = id;
    source->name = name;
    return true;
}

bool IocStore::removeSource(const QString &id, QString *error)
{
    const bool ok = storage::write(
        *m_db, "removeSource", error,
        [&](const QString &p) { return tr("Cannot remove source %1: %2").arg(id, p); },
        [&](Transaction &t) {
            // ioc_sources rows go with it (ON DELETE CASCADE).
            return t.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?")).exec({id});
        });
    if (ok)
        qCInfo(lcStorage) << "IOC source" << id << "removed";
    return ok;
}

QString IocStore::checkpoint(const QString &sourceId) const
{
    Statement q(*m_db, QStringLiteral("SELECT checkpoint FROM sources WHERE id = ?"));
    if (!q.read("source checkpoint", {sourceId}) || !q.next())
        return {};
    return q.value(0).toString();
}

bool IocStore::setCheckpoint(const QString &sourceId, const QString &checkpoint, QString *error)
{
    return recordPull(sourceId, {}, {}, {}, checkpoint, error);
}

bool IocStore::recordPull(const QString &sourceId, const QDateTime &at, const QString &state,
    const QJsonObject &counts, const std::optional<QString> &checkpoint, QString *error)
{
    const bool pull = at.isValid();
    if (!source(sourceId)) {
        if (error)
            *error = tr("Cannot save where source %1 stopped pulling: there is no such source in %2 (was it "
                        "removed?).")
                         .arg(sourceId, m_db->path());
        return false;
    }
    const bool ok = storage::write(
        *m_db, "recordPull", error,
        [&](const QString &p) {
            return tr("Cannot save where source %1 stopped pulling: %2").arg(sourceId, p);
        },
        [&](Transaction &t) {
            QStringList sets;
            QVariantList values;
            if (pull) {
                sets << QStringLiteral("last_pull_at = ?") << QStringLiteral("last_pull_state = ?")
                     << QStringLiteral("counts = ?");
                values << at.toMSecsSinceEpoch() << text(state) << jsonText(counts);
            }
            if (checkpoint) {
                sets << QStringLiteral("checkpoint = ?");
                values << text(*checkpoint);
            }
            if (sets.isEmpty())
                return true;
            values << sourceId;
            Statement update = t.prepare(QLatin1String("UPDATE sources SET ") + sets.join(QLatin1String(", "))
                + QLatin1String(" WHERE id = ?"));
            return update.exec(values);
        });
    return ok;
}

// --- rules and sharing configurations --------------------------------------------------------------

QList<NamedDefinition> IocStore::rules() const
{
    Statement q(*m_db, QStringLiteral("SELECT id, name, definition FROM rules ORDER BY name"));
    return q.read("rules") ? readDefinitions(q) : QList<NamedDefinition>();
}

std::optional<NamedDefinition> IocStore::rule(const QString &name) const
{
    Statement q(*m_db, QStringLiteral("SELECT id, name, definition FROM rules WHERE name = ?"));
    const QList<NamedDefinition> found
        = q.read("rule", {name}) ? readDefinitions(q) : QList<NamedDefinition>();
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<NamedDefinition> IocStore::rule(qint64 id) const
{
    Statement q(*m_db, QStringLiteral("SELECT id, name, definition FROM rules WHERE id = ?"));
    const QList<NamedDefinition> found = q.read("rule", {id}) ? readDefinitions(q) : QList<NamedDefinition>();
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool IocStore::saveRule(NamedDefinition *rule, QString *error)
{
    return saveDefinition("rules", rule, error);
}

bool IocStore::removeRule(qint64 id, QString *error)
{
    return removeDefinition("rules", id, error);
}

QList<NamedDefinition> IocStore::sharings() const
{
    Statement q(*m_db, QStringLiteral("SELECT id, name, definition FROM sharing ORDER BY name"));
    return q.read("sharing configurations") ? readDefinitions(q) : QList<NamedDefinition>();
}

std::optional<NamedDefinition> IocStore::sharing(const QString &name) const
{
    Statement q(*m_db, QStringLiteral("SELECT id, name, definition FROM sharing WHERE name = ?"));
    const QList<NamedDefinition> found
        = q.read("sharing configuration", {name}) ? readDefinitions(q) : QList<NamedDefinition>();
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<NamedDefinition> IocStore::sharing(qint64 id) const
{
    Statement q(*m_db, QStringLiteral("SELECT id, name, definition FROM sharing WHERE id = ?"));
    const QList<NamedDefinition> found
        = q.read("sharing configuration", {id}) ? readDefinitions(q) : QList<NamedDefinition>();
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool IocStore::saveSharing(NamedDefinition *sharing, QString *error)
{
    return saveDefinition("sharing", sharing, error);
}

QString IocStore::destinationKey(const QJsonObject &definition)
{
    const QJsonObject destination = definition.value(QLatin1String("destination")).toObject();
    const QString kind = destination.value(QLatin1String("kind")).toString();
    const QJsonValue target = destination.value(QLatin1String("target"));
    QString targetText;
    if (target.isObject())
        targetText = jsonText(target.toObject()); // QJsonObject keeps its keys sorted
    else if (target.isDouble())
        targetText = QString::number(target.toDouble(), 'g', 17);
    else
        targetText = target.toString();
    if (kind.isEmpty() && targetText.isEmpty())
        return {};
    return kind + QLatin1Char(':') + targetText;
}

bool IocStore::saveDefinition(const char *table, NamedDefinition *definition, QString *error)
{
    Q_ASSERT(definition);
    const bool isSharing = qstrcmp(table, "sharing") == 0;
    const QString word = tableWord(table);
    const QString name = definition->name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("Cannot save the %1: the name is empty; give it a name.").arg(word);
        return false;
    }
    // Names are shown in tables, menus and logs: no control characters, no bidi overrides.
    if (const QString bad = config::Profile::unsafeCharacter(name); !bad.isEmpty()) {
        if (error)
            *error = tr("Cannot save the %1 \"%2\": its name holds %3; use plain text on one line.")
                         .arg(word, name, bad);
        return false;
    }
    {
        Statement q(*m_db,
            QLatin1String("SELECT id FROM ") + QLatin1String(table) + QLatin1String(" WHERE name = ?"));
        if (q.read("definition name", {name}) && q.next() && q.value(0).toLongLong() != definition->id) {
            if (error)
                *error = tr("Cannot save the %1 \"%2\": another one has that name; choose another.")
                             .arg(word, name);
            return false;
        }
    }
    qint64 newId = definition->id;
    const bool ok = storage::write(
        *m_db, "saveDefinition", error,
        [&](const QString &p) { return tr("Cannot save the %1 \"%2\": %3").arg(word, name, p); },
        [&](Transaction &t) {
            const QString json = jsonText(definition->definition);
            const QString tableName = QLatin1String(table);
            if (definition->id > 0) {
                Statement update = t.prepare(QLatin1String("UPDATE ") + tableName
                    + (isSharing
                            ? QLatin1String(" SET name = ?, definition = ?, destination = ? WHERE id = ?")
                            : QLatin1String(" SET name = ?, definition = ? WHERE id = ?")));
                QVariantList values {name, json};
                if (isSharing)
                    values << destinationKey(definition->definition);
                values << definition->id;
                return update.exec(values) && update.rowsAffected() == 1;
            }
            Statement insert = t.prepare(QLatin1String("INSERT INTO ") + tableName
                + (isSharing ? QLatin1String(" (name, definition, destination) VALUES (?, ?, ?)")
                             : QLatin1String(" (name, definition) VALUES (?, ?)")));
            QVariantList values {name, json};
            if (isSharing)
                values << destinationKey(definition->definition);
            if (!insert.exec(values))
                return false;
            newId = insert.lastInsertId().toLongLong();
            return true;
        });
    if (!ok)
        return false;
    definition->id = newId;
    definition->name = name;
    return true;
}

bool IocStore::removeSharing(qint64 id, QString *error)
{
    return removeDefinition("sharing", id, error);
}

bool IocStore::removeDefinition(const char *table, qint64 id, QString *error)
{
    const bool isSharing = qstrcmp(table, "sharing") == 0;
    const QString word = tableWord(table);
    if (isSharing) {
        const qint64 live
            = countShares(id, IocShare::State::Shared) + countShares(id, IocShare::State::Pending);
        if (live > 0) {
            if (error)
                *error = tr(
                    "Cannot remove the sharing configuration: it still has %n IOC(s) at the destination or "
                    "awaiting its answer. Retract what it shared first (or let a run finish), then remove "
                    "it.",
                    nullptr, int(std::min<qint64>(live, INT_MAX)));
            return false;
        }
    }
    return storage::write(
        *m_db, "removeDefinition", error,
        [&](const QString &p) { return tr("Cannot remove the %1: %2").arg(word, p); },
        [&](Transaction &t) {
            if (isSharing
                && !t.prepare(QStringLiteral("DELETE FROM ioc_shares WHERE sharing_id = ?")).exec({id}))
                return false;
            return t
                .prepare(
                    QLatin1String("DELETE FROM ") + QLatin1String(table) + QLatin1String(" WHERE id = ?"))
                .exec({id});
        });
}

} // namespace exchange
