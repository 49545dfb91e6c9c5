// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStore.h"

#include "Logging.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace opencti {

namespace {

using Status = ImportRecord::Status;

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
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + kColumns
        + QLatin1String(" FROM opencti_import WHERE profile_id = ? AND threat_id = ?"));
    query.addBindValue(profileId);
    query.addBindValue(threatId);
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "import record:" << m_db->describe(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readRecord(query);
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
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QLatin1String("SELECT ") + kColumns
            + QLatin1String(" FROM opencti_import WHERE profile_id = ? AND threat_id IN (") + placeholders
            + QLatin1String(")"));
        query.addBindValue(profileId);
        for (qsizetype i = 0; i < n; ++i)
            query.addBindValue(ids.at(start + i));
        if (!query.exec()) {
            qCWarning(lcStorage).noquote() << "import records:" << m_db->describe(query.lastError());
            return {};
        }
        while (query.next()) {
            ImportRecord r = readRecord(query);
            const QString id = r.threatId;
            result.insert(id, std::move(r));
        }
    }
    return result;
}

QList<ImportRecord> ImportStore::list(
    const QString &profileId, std::optional<ImportRecord::Status> status, int limit, int offset) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + kColumns
        + QLatin1String(" FROM opencti_import WHERE profile_id = ?")
        + (status ? QLatin1String(" AND status = ?") : QLatin1String(""))
        + QLatin1String(" ORDER BY sent_at DESC, threat_id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(profileId);
    if (status)
        query.addBindValue(ImportRecord::statusName(*status));
    query.addBindValue(limit < 0 ? -1 : limit);
    query.addBindValue(std::max(offset, 0));
    QList<ImportRecord> result;
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "import list:" << m_db->describe(query.lastError());
        return result;
    }
    while (query.next())
        result << readRecord(query);
    return result;
}

int ImportStore::count(const QString &profileId, std::optional<ImportRecord::Status> status) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT count(*) FROM opencti_import WHERE profile_id = ?")
        + (status ? QLatin1String(" AND status = ?") : QLatin1String("")));
    query.addBindValue(profileId);
    if (status)
        query.addBindValue(ImportRecord::statusName(*status));
    if (!query.exec() || !query.next()) {
        qCWarning(lcStorage).noquote() << "import count:" << m_db->describe(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

QList<ImportRecord> ImportStore::unconfirmed(const QString &profileId) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + kColumns
        + QLatin1String(" FROM opencti_import WHERE profile_id = ? AND status = 'sent'"
                        " ORDER BY sent_at, threat_id"));
    query.addBindValue(profileId);
    QList<ImportRecord> result;
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "unconfirmed imports:" << m_db->describe(query.lastError());
        return result;
    }
    while (query.next())
        result << readRecord(query);
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
    QString problem;
    const bool ok = m_db->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.prepare(QStringLiteral(
                    "INSERT INTO opencti_import (profile_id, threat_id, content_hash, incident_id, work_id,"
                    " status, error, threat_name, threat_updated_at, sent_at, confirmed_at, attempts)"
                    " VALUES (?, ?, ?, ?, ?, 'sent', '', ?, ?, ?, NULL, 1)"
                    " ON CONFLICT (profile_id, threat_id) DO UPDATE SET"
                    " content_hash = excluded.content_hash, incident_id = excluded.incident_id,"
                    " work_id = excluded.work_id, status = 'sent', error = '',"
                    " threat_name = excluded.threat_name, threat_updated_at = excluded.threat_updated_at,"
                    " sent_at = excluded.sent_at, confirmed_at = NULL,"
                    " attempts = opencti_import.attempts + 1"))) {
                problem = m_db->describe(query.lastError());
                return false;
            }
            for (qsizetype i = 0; i < records.size(); ++i) {
                const ImportRecord &r = records.at(i);
                if (last.value(recordKey(r.profileId, r.threatId)) != i)
                    continue;
                query.bindValue(0, r.profileId);
                query.bindValue(1, r.threatId);
                query.bindValue(2, r.contentHash);
                query.bindValue(3, r.incidentId);
                query.bindValue(4, r.workId);
                query.bindValue(5, r.threatName);
                query.bindValue(6, toStored(r.threatUpdatedAt));
                query.bindValue(7, r.sentAt.isValid() ? r.sentAt.toMSecsSinceEpoch() : now);
                if (!query.exec()) {
                    problem = m_db->describe(query.lastError());
                    return false;
                }
            }
            return true;
        },
        &problem);
    if (!ok) {
        if (error)
            *error = tr("Cannot record the threats sent to OpenCTI: %1").arg(problem);
        qCWarning(lcStorage).noquote() << "markSent:" << problem;
        return false;
    }
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
    QString problem;
    const bool ok = m_db->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.prepare(QStringLiteral("UPDATE opencti_import SET status = 'imported', error = '',"
                                              " confirmed_at = ? WHERE profile_id = ? AND threat_id = ?"
                                              " AND status = 'sent' AND work_id = ?"))) {
                problem = m_db->describe(query.lastError());
                return false;
            }
            for (const QString &threatId : threatIds) {
                query.bindValue(0, now);
                query.bindValue(1, profileId);
                query.bindValue(2, threatId);
                query.bindValue(3, workId);
                if (!query.exec()) {
                    problem = m_db->describe(query.lastError());
                    return false;
                }
                rows += std::max(query.numRowsAffected(), 0);
            }
            return true;
        },
        &problem);
    if (!ok) {
        if (error)
            *error = tr("Cannot record the threats imported into OpenCTI: %1").arg(problem);
        qCWarning(lcStorage).noquote() << "markImported:" << problem;
        return false;
    }
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
    QString problem;
    const bool ok = m_db->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE opencti_import SET status = 'failed', error = ?,"
                                         " confirmed_at = ? WHERE profile_id = ? AND threat_id = ?"
                                         " AND status = 'sent' AND work_id = ?"));
            query.addBindValue(message);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            query.addBindValue(profileId);
            query.addBindValue(threatId);
            query.addBindValue(workId);
            if (!query.exec()) {
                problem = m_db->describe(query.lastError());
                return false;
            }
            rows = std::max(query.numRowsAffected(), 0);
            return true;
        },
        &problem);
    if (!ok) {
        if (error)
            *error = tr("Cannot record the OpenCTI error for threat %1: %2").arg(threatId, problem);
        qCWarning(lcStorage).noquote() << "markFailed:" << problem;
        return false;
    }
    if (changed)
        *changed = rows;
    return true;
}

QDateTime ImportStore::highWaterMark(const QString &profileId) const
{
    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT high_water_mark FROM opencti_import_state WHERE profile_id = ?"));
    query.addBindValue(profileId);
    if (!query.exec()) {
        qCWarning(lcStorage).noquote() << "high-water mark:" << m_db->describe(query.lastError());
        return {};
    }
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
    QString problem;
    const bool ok = m_db->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (mark.isValid()) {
                query.prepare(QStringLiteral("INSERT INTO opencti_import_state (profile_id, high_water_mark)"
                                             " VALUES (?, ?) ON CONFLICT (profile_id) DO UPDATE SET"
                                             " high_water_mark = excluded.high_water_mark"));
                query.addBindValue(profileId);
                query.addBindValue(mark.toMSecsSinceEpoch());
            } else {
                query.prepare(QStringLiteral("DELETE FROM opencti_import_state WHERE profile_id = ?"));
                query.addBindValue(profileId);
            }
            if (!query.exec()) {
                problem = m_db->describe(query.lastError());
                return false;
            }
            return true;
        },
        &problem);
    if (!ok) {
        if (error)
            *error = tr("Cannot save where the OpenCTI import stopped: %1").arg(problem);
        qCWarning(lcStorage).noquote() << "setHighWaterMark:" << problem;
    }
    return ok;
}

bool ImportStore::removeProfile(const QString &profileId, QString *error)
{
    if (profileId.isEmpty()) {
        if (error)
            *error = tr("Cannot forget the OpenCTI imports of a profile: no profile ID was given. This is a "
                        "bug of S1 Bridge, please report it.");
        return false;
    }
    QString problem;
    const bool ok = m_db->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            for (const QLatin1String table :
                {QLatin1String("opencti_import"), QLatin1String("opencti_import_state")}) {
                query.prepare(QLatin1String("DELETE FROM ") + table + QLatin1String(" WHERE profile_id = ?"));
                query.addBindValue(profileId);
                if (!query.exec()) {
                    problem = m_db->describe(query.lastError());
                    return false;
                }
            }
            return true;
        },
        &problem);
    if (!ok) {
        if (error)
            *error = tr("Cannot forget the OpenCTI imports of the deleted profile: %1").arg(problem);
        qCWarning(lcStorage).noquote() << "removeProfile:" << problem;
        return false;
    }
    qCInfo(lcStorage) << "OpenCTI import state of profile" << profileId << "removed";
    return true;
}

} // namespace opencti
