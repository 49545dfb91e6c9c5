// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStore.h"

#include "Logging.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlQuery>
#include <QVariant>

namespace opencti {

namespace {

using Status = ImportRecord::Status;
using storage::Statement;
using storage::Transaction;

// The column order readRecord() expects.
const QLatin1String kColumns("profile_id, threat_id, content_hash, incident_id, work_id, status, error, "
                             "threat_name, threat_updated_at, sent_at, confirmed_at, attempts");

// Threat ids per "IN (...)" of a batch lookup: under SQLite's oldest limit of 999 bound values.
constexpr qsizetype kLookupChunk = 500;

QVariant toStored(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromStored(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ImportRecord readRecord(const QSqlQuery &query)
{
    ImportRecord r;
    r.profileId = query.value(0).toString();
    r.threatId = query.value(1).toString();
    r.contentHash = query.value(2).toString();
    r.incidentId = query.value(3).toString();
    r.workId = query.value(4).toString();
    const QString status = query.value(5).toString();
    if (const auto parsed = ImportRecord::statusFromName(status))
        r.status = *parsed;
    else
        qCWarning(lcStorage) << "unknown import status" << status << "for threat" << r.threatId;
    r.error = query.value(6).toString();
    r.threatName = query.value(7).toString();
    r.threatUpdatedAt = fromStored(query.value(8));
    r.sentAt = fromStored(query.value(9));
    r.confirmedAt = fromStored(query.value(10));
    r.attempts = query.value(11).toInt();
    return r;
}

QString recordKey(const QString &profileId, const QString &threatId)
{
    return profileId + QChar(0) + threatId;
}

} // namespace

QString ImportRecord::statusName(Status status)
{
    switch (status) {
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("sent");
}

std::optional<ImportRecord::Status> ImportRecord::statusFromName(const QString &name)
{
    for (const Status s : {Status::Sent, Status::Imported, Status::Failed})
        if (name == statusName(s))
            return s;
    return std::nullopt;
}

ImportStore::ImportStore(storage::Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

std::optional<ImportRecord> ImportStore::record(const QString &profileId, const QString &threatId) const
{
    Statement query(*m_db,
        QLatin1String("SELECT ") + kColumns
            + QLatin1String(" FROM opencti_import WHERE profile_id = ? AND threat_id = ?"));
    if (!query.read("import record", {profileId, threatId}) || !query.next())
        return std::nullopt;
    return readRecord(query.query());
}

QHash<QString, ImportRecord> ImportStore::records(
    const QString &profileId, const QStringList &threatIds) const
{
    QHash<QString, ImportRecord> result;
    if (threatIds.isEmpty())
        return result;
    QStringList ids = threatIds;
    ids.removeDuplicates();
    result.reserve(ids.size());
    QSqlDatabase db = m_db->connection();
    for (qsizetype start = 0; start < ids.size(); start += kLookupChunk) {
        const qsizetype n = std::min(kLookupChunk, ids.size() - start);
        QString placeholders;
        placeholders.reserve(n * 2);
        for (qsizetype i = 0; i < n; ++i)
            placeholders += i == 0 ? QLatin1String("?") : QLatin1String(",?");
        Statement query(*m_db, db,
            QLatin1String("SELECT ") + kColumns
                + QLatin1String(" FROM opencti_import WHERE profile_id = ? AND threat_id IN (") + placeholders
                + QLatin1String(")"));
        QVariantList values;
        values.reserve(n + 1);
        values << profileId;
        for (qsizetype i = 0; i < n; ++i)
            values << ids.at(start + i);
        if (!query.read("import records", values))
            return {};
        while (query.next()) {
            ImportRecord r = readRecord(query.query());
            const QString id = r.threatId;
            result.insert(id, std::move(r));
        }
    }
    return result;
}

QList<ImportRecord> ImportStore::list(
    const QString &profileId, std::optional<ImportRecord::Status> status, int limit, int offset) const
{
    Statement query(*m_db,
        QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM opencti_import WHERE profile_id = ?")
            + (status ? QLatin1String(" AND status = ?") : QLatin1String(""))
            + QLatin1String(" ORDER BY sent_at DESC, threat_id DESC LIMIT ? OFFSET ?"));
    QVariantList values {profileId};
    if (status)
        values << ImportRecord::statusName(*status);
    values << (limit < 0 ? -1 : limit) << std::max(offset, 0);
    QList<ImportRecord> result;
    if (!query.read("import list", values))
        return result;
    while (query.next())
        result << readRecord(query.query());
    return result;
}

int ImportStore::count(const QString &profileId, std::optional<ImportRecord::Status> status) const
{
    Statement query(*m_db,
        QLatin1String("SELECT count(*) FROM opencti_import WHERE profile_id = ?")
            + (status ? QLatin1String(" AND status = ?") : QLatin1String("")));
    QVariantList values {profileId};
    if (status)
        values << ImportRecord::statusName(*status);
    if (!query.read("import count", values) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<ImportRecord> ImportStore::unconfirmed(const QString &profileId) const
{
    Statement query(*m_db,
        QLatin1String("SELECT ") + kColumns
            + QLatin1String(" FROM opencti_import WHERE profile_id = ? AND status = 'sent'"
                            " ORDER BY sent_at, threat_id"));
    QList<ImportRecord> result;
    if (!query.read("unconfirmed imports", {profileId}))
        return result;
    while (query.next())
        result << readRecord(query.query());
    return result;
}

bool ImportStore::markSent(const QList<ImportRecord> &records, QString *error)
{
    if (records.isEmpty())
        return true;
    QStringList problems;
    for (qsizetype i = 0; i < records.size() && problems.size() < 5; ++i) {
        const ImportRecord &r = records.at(i);
        if (r.profileId.isEmpty())
            problems << tr("record %1 (threat \"%2\") has no profile ID").arg(i + 1).arg(r.threatId);
        if (r.threatId.isEmpty())
            problems << tr("record %1 has no threat ID").arg(i + 1);
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = tr("Cannot record the threats sent to OpenCTI: %1. Nothing was recorded; this is a "
                        "bug of S1 Bridge, please report it.")
                         .arg(problems.join(QLatin1String("; ")));
        return false;
    }

    // The last entry of a threat listed twice.
    QHash<QString, qsizetype> last;
    last.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        last.insert(recordKey(records.at(i).profileId, records.at(i).threatId), i);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool ok = storage::write(
        *m_db, "markSent", error,
        [](const QString &problem) {
            return tr("Cannot record the threats sent to OpenCTI: %1").arg(problem);
        },
        [&](Transaction &transaction) {
            Statement upsert = transaction.prepare(QStringLiteral(
                "INSERT INTO opencti_import (profile_id, threat_id, content_hash, incident_id, work_id,"
                " status, error, threat_name, threat_updated_at, sent_at, confirmed_at, attempts)"
                " VALUES (?, ?, ?, ?, ?, 'sent', '', ?, ?, ?, NULL, 1)"
                " ON CONFLICT (profile_id, threat_id) DO UPDATE SET"
                " content_hash = excluded.content_hash, incident_id = excluded.incident_id,"
                " work_id = excluded.work_id, status = 'sent', error = '',"
                " threat_name = excluded.threat_name, threat_updated_at = excluded.threat_updated_at,"
                " sent_at = excluded.sent_at, confirmed_at = NULL,"
                " attempts = opencti_import.attempts + 1"));
            for (qsizetype i = 0; i < records.size(); ++i) {
                const ImportRecord &r = records.at(i);
                if (last.value(recordKey(r.profileId, r.threatId)) != i)
                    continue;
                if (!upsert.exec({r.profileId, r.threatId, r.contentHash, r.incidentId, r.workId,
                        r.threatName, toStored(r.threatUpdatedAt),
                        r.sentAt.isValid() ? r.sentAt.toMSecsSinceEpoch() : now}))
                    return false;
            }
            return true;
        });
    if (!ok)
        return false;
    qCDebug(lcStorage) << "marked sent:" << last.size() << "threats";
    return true;
}

bool ImportStore::markImported(const QString &profileId, const QStringList &threatIds, const QString &workId,
    QString *error, int *changed)
{
    if (changed)
        *changed = 0;
    if (profileId.isEmpty()) {
        if (error)
            *error = tr("Cannot record the threats imported into OpenCTI: no profile ID was given. This is a "
                        "bug of S1 Bridge, please report it.");
        return false;
    }
    if (threatIds.isEmpty())
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "markImported", error,
        [](const QString &problem) {
            return tr("Cannot record the threats imported into OpenCTI: %1").arg(problem);
        },
        [&](Transaction &transaction) {
            Statement update = transaction.prepare(QStringLiteral(
                "UPDATE opencti_import SET status = 'imported', error = '', confirmed_at = ?"
                " WHERE profile_id = ? AND threat_id = ? AND status = 'sent' AND work_id = ?"));
            for (const QString &threatId : threatIds)
                if (!update.exec({now, profileId, threatId, workId}))
                    return false;
            rows = update.rowsAffected();
            return true;
        });
    if (!ok)
        return false;
    if (changed)
        *changed = rows;
    qCDebug(lcStorage) << "marked imported:" << rows << "of" << threatIds.size() << "threats, work" << workId;
    return true;
}

bool ImportStore::markFailed(const QString &profileId, const QString &threatId, const QString &workId,
    const QString &message, QString *error, int *changed)
{
    if (changed)
        *changed = 0;
    if (profileId.isEmpty() || threatId.isEmpty()) {
        if (error)
            *error
                = tr("Cannot record the OpenCTI error for a threat: the profile or threat ID is empty. This "
                     "is a bug of S1 Bridge, please report it.");
        return false;
    }
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "markFailed", error,
        [&](const QString &problem) {
            return tr("Cannot record the OpenCTI error for threat %1: %2").arg(threatId, problem);
        },
        [&](Transaction &transaction) {
            Statement update = transaction.prepare(QStringLiteral(
                "UPDATE opencti_import SET status = 'failed', error = ?, confirmed_at = ?"
                " WHERE profile_id = ? AND threat_id = ? AND status = 'sent' AND work_id = ?"));
            if (!update.exec({message, QDateTime::currentMSecsSinceEpoch(), profileId, threatId, workId}))
                return false;
            rows = update.rowsAffected();
            return true;
        });
    if (!ok)
        return false;
    if (changed)
        *changed = rows;
    return true;
}

QDateTime ImportStore::highWaterMark(const QString &profileId) const
{
    Statement query(
        *m_db, QStringLiteral("SELECT high_water_mark FROM opencti_import_state WHERE profile_id = ?"));
    if (!query.read("high-water mark", {profileId}))
        return {};
    return query.next() ? fromStored(query.value(0)) : QDateTime();
}

bool ImportStore::setHighWaterMark(const QString &profileId, const QDateTime &mark, QString *error)
{
    if (profileId.isEmpty()) {
        if (error)
            *error
                = tr("Cannot save where the OpenCTI import stopped: no profile ID was given. This is a bug "
                     "of S1 Bridge, please report it.");
        return false;
    }
    return storage::write(
        *m_db, "setHighWaterMark", error,
        [](const QString &problem) {
            return tr("Cannot save where the OpenCTI import stopped: %1").arg(problem);
        },
        [&](Transaction &transaction) {
            if (!mark.isValid())
                return transaction
                    .prepare(QStringLiteral("DELETE FROM opencti_import_state WHERE profile_id = ?"))
                    .exec({profileId});
            return transaction
                .prepare(QStringLiteral("INSERT INTO opencti_import_state (profile_id, high_water_mark)"
                                        " VALUES (?, ?) ON CONFLICT (profile_id) DO UPDATE SET"
                                        " high_water_mark = excluded.high_water_mark"))
                .exec({profileId, mark.toMSecsSinceEpoch()});
        });
}

bool ImportStore::removeProfile(const QString &profileId, QString *error)
{
    if (profileId.isEmpty()) {
        if (error)
            *error = tr("Cannot forget the OpenCTI imports of a profile: no profile ID was given. This is a "
                        "bug of S1 Bridge, please report it.");
        return false;
    }
    const bool ok = storage::write(
        *m_db, "removeProfile", error,
        [](const QString &problem) {
            return tr("Cannot forget the OpenCTI imports of the deleted profile: %1").arg(problem);
        },
        [&](Transaction &transaction) {
            for (const QLatin1String table :
                {QLatin1String("opencti_import"), QLatin1String("opencti_import_state")}) {
                const QString sql
                    = QLatin1String("DELETE FROM ") + table + QLatin1String(" WHERE profile_id = ?");
                if (!transaction.prepare(sql).exec({profileId}))
                    return false;
            }
            return true;
        });
    if (!ok)
        return false;
    qCInfo(lcStorage) << "OpenCTI import state of profile" << profileId << "removed";
    return true;
}

} // namespace opencti
