// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocStore.h"
#include "IocStoreSql.h"

#include "Logging.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace exchange {

namespace {

using storage::Statement;
using storage::Transaction;
using namespace Qt::StringLiterals;

// The column order readIoc() expects ("i" is the iocs table).
const QLatin1String kIocColumns(
    "i.id, i.type, i.value, i.first_seen, i.last_seen, i.valid_until, i.severity, i.score, i.description,"
    " i.name, i.labels, i.link, i.content_hash,"
    " (SELECT group_concat(p.source_id, char(31)) FROM ioc_sources p WHERE p.ioc_id = i.id AND p.present = "
    "1)");

constexpr int kMaxPage = 10000;

QVariant toStored(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Text for a NOT NULL column: a null QString would be bound as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

} // namespace

namespace detail {

QDateTime fromStored(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Many ids as one bound value, read by "IN (SELECT value FROM json_each(?))": one short statement
// whatever the count (a list of placeholders is prepared anew for every page and caps at 999).
QString idsJson(const QList<qint64> &ids)
{
    QByteArray json;
    json.reserve(ids.size() * 8 + 2);
    json += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(ids.at(i));
    }
    json += ']';
    return QString::fromLatin1(json);
}

} // namespace detail

using detail::fromStored;
using detail::idsJson;

namespace {

QString placeholders(qsizetype n)
{
    QString result;
    result.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        result += i == 0 ? QLatin1String("?") : QLatin1String(",?");
    return result;
}

QString labelsJson(const QStringList &labels)
{
    if (labels.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(labels)).toJson(QJsonDocument::Compact));
}

QStringList labelsFromJson(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("[]"))
        return {};
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        result << v.toString();
    return result;
}

IocType typeFromStored(const QString &name)
{
    static const QHash<QString, IocType> types = [] {
        QHash<QString, IocType> h;
        for (IocType t : allIocTypes())
            h.insert(iocTypeName(t), t);
        return h;
    }();
    return types.value(name, IocType::Sha256);
}

// Reads the fields of kIocColumns starting at column `first` + 1 (after the id) into an Ioc.
void readIocFields(const QSqlQuery &q, int first, Ioc *ioc)
{
    ioc->type = typeFromStored(q.value(first + 1).toString());
    ioc->value = q.value(first + 2).toString();
    ioc->firstSeen = fromStored(q.value(first + 3));
    ioc->lastSeen = fromStored(q.value(first + 4));
    ioc->validUntil = fromStored(q.value(first + 5));
    ioc->severity = q.value(first + 6).toInt();
    ioc->score = q.value(first + 7).toInt();
    ioc->description = q.value(first + 8).toString();
    ioc->name = q.value(first + 9).toString();
    ioc->labels = labelsFromJson(q.value(first + 10).toString());
    const QString link = q.value(first + 11).toString();
    ioc->link = link.isEmpty() ? QUrl() : QUrl(link);
}

IocRecord readIoc(const QSqlQuery &q)
{
    IocRecord r;
    r.id = q.value(0).toLongLong();
    readIocFields(q, 0, &r.ioc);
    r.contentHash = q.value(12).toString();
    const QString sources = q.value(13).toString();
    if (!sources.isEmpty()) {
        r.sourceIds = sources.split(QChar(31));
        r.sourceIds.sort();
    }
    return r;
}

bool sameFields(const Ioc &a, const Ioc &b)
{
    return a.firstSeen == b.firstSeen && a.lastSeen == b.lastSeen && a.validUntil == b.validUntil
        && a.severity == b.severity && a.score == b.score && a.name == b.name
        && a.description == b.description && a.labels == b.labels && a.link == b.link;
}

// False when merging `ioc` into the stored row of the upsert's select (kIocColumns' order) surely
// changes nothing (Ioc::mergeFrom's rules on the raw columns), which spares reading the row; true
// when it may.
bool mayChange(const QSqlQuery &q, const Ioc &ioc)
{
    const auto later = [&](int column, const QDateTime &time, bool earlier) {
        if (!time.isValid())
            return false;
        const QVariant v = q.value(column);
        if (v.isNull())
            return true;
        const qint64 ms = time.toMSecsSinceEpoch();
        return earlier ? ms < v.toLongLong() : ms > v.toLongLong();
    };
    if (later(3, ioc.firstSeen, true) || later(4, ioc.lastSeen, false) || later(5, ioc.validUntil, false))
        return true;
    if (ioc.severity > q.value(6).toInt() || ioc.score > q.value(7).toInt())
        return true;
    if ((!ioc.description.isEmpty() && q.value(8).toString().isEmpty())
        || (!ioc.name.isEmpty() && q.value(9).toString().isEmpty())
        || (!ioc.link.isEmpty() && q.value(11).toString().isEmpty()))
        return true;
    if (!ioc.labels.isEmpty()) {
        const QStringList stored = labelsFromJson(q.value(10).toString());
        for (const QString &label : ioc.labels)
            if (!stored.contains(label))
                return true;
    }
    return false;
}

QString iocKey(const Ioc &ioc)
{
    return iocTypeName(ioc.type) + QChar(0) + ioc.value;
}

// "EXISTS (...)": the IOC `idColumn` is reported by one of the sources (all when empty), present and
// not past valid until at that source (`now` bound as the first value after the sources).
QString reportedClause(const QString &idColumn, const ShareQuery &query, qint64 now, QVariantList *values)
{
    QString sql = QLatin1String("EXISTS (SELECT 1 FROM ioc_sources p WHERE p.ioc_id = ") + idColumn
        + QLatin1String(" AND p.present = 1 AND (p.valid_until IS NULL OR p.valid_until > ?)");
    *values << now;
    if (!query.sourceIds.isEmpty()) {
        sql += QLatin1String(" AND p.source_id IN (") + placeholders(query.sourceIds.size())
            + QLatin1String(")");
        for (const QString &id : query.sourceIds)
            *values << id;
    }
    return sql + QLatin1Char(')');
}

qint64 queryNow(const ShareQuery &query)
{
    return query.now.isValid() ? query.now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

QList<qint64> readIds(Statement &statement, const char *what, const QVariantList &values)
{
    QList<qint64> ids;
    if (!statement.read(what, values))
        return ids;
    while (statement.next())
        ids << statement.value(0).toLongLong();
    return ids;
}

QString bugSentence(const QString &what)
{
    return IocStore::tr("%1 This is a bug of S1 Bridge, please report it.").arg(what);
}

} // namespace

const QStringList &IocSource::kinds()
{
    static const QStringList k {QStringLiteral("s1-threats"), QStringLiteral("feed"),
        QStringLiteral("manual"), QStringLiteral("opencti"), QStringLiteral("taxii")};
    return k;
}

QString IocShare::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Shared:
        return QStringLiteral("shared");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Retracted:
        return QStringLiteral("retracted");
    }
    return QStringLiteral("pending");
}

std::optional<IocShare::State> IocShare::stateFromName(QStringView name)
{
    for (const State s : {State::Pending, State::Shared, State::Failed, State::Retracted})
        if (name == stateName(s))
            return s;
    return std::nullopt;
}

IocStore::IocStore(storage::Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

QString IocStore::contentHash(const Ioc &ioc)
{
    QStringList labels = ioc.labels;
    labels.sort();
    const QChar sep(31);
    const QString text = iocTypeName(ioc.type) + sep + ioc.value + sep + ioc.name + sep + ioc.description
        + sep + QString::number(ioc.severity) + sep + QString::number(ioc.score) + sep
        + labels.join(QChar(30)) + sep + ioc.link.toString(QUrl::FullyEncoded);
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

// --- IOCs -------------------------------------------------------------------------------------------

bool IocStore::upsert(
    const QString &sourceId, const QList<Ioc> &batch, qint64 pullMark, UpsertCounts *counts, QString *error)
{
    if (counts)
        *counts = {};
    if (sourceId.isEmpty()) {
        if (error)
            *error = bugSentence(tr("Cannot store IOCs: no source was given."));
        return false;
    }
    // Merge the IOCs listed twice; refuse empty values.
    QList<Ioc> iocs;
    iocs.reserve(batch.size());
    QHash<QString, qsizetype> index;
    index.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const Ioc &ioc = batch.at(i);
        if (ioc.value.isEmpty()) {
            if (error)
                *error
                    = bugSentence(tr("Cannot store the IOCs of source %1: IOC %2 of the batch has no value; "
                                     "nothing was stored.")
                                      .arg(sourceId)
                                      .arg(i + 1));
            return false;
        }
        const QString key = iocKey(ioc);
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, iocs.size());
            iocs << ioc;
        } else {
            iocs[*it].mergeFrom(ioc);
        }
    }
    if (!source(sourceId)) {
        if (error)
            *error
                = tr("Cannot store the IOCs of source %1: there is no such source in %2 (was it removed?).")
                      .arg(sourceId, m_db->path());
        return false;
    }
    if (iocs.isEmpty())
        return true;

    UpsertCounts result;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool ok = storage::write(
        *m_db, "upsert IOCs", error,
        [&](const QString &problem) {
            return tr("Cannot store the IOCs of source %1: %2").arg(sourceId, problem);
        },
        [&](Transaction &t) {
            Statement select = t.prepare(QStringLiteral(
                "SELECT i.id, i.type, i.value, i.first_seen, i.last_seen, i.valid_until, i.severity, i.score,"
                " i.description, i.name, i.labels, i.link, p.present FROM iocs i"
                " LEFT JOIN ioc_sources p ON p.ioc_id = i.id AND p.source_id = ?"
                " WHERE i.type = ? AND i.value = ?"));
            Statement insert
                = t.prepare(QStringLiteral("INSERT INTO iocs (type, value, first_seen, last_seen, "
                                           "valid_until, severity, score, description,"
                                           " name, labels, link, content_hash, updated_at) VALUES (?, ?, ?, "
                                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                           " ON CONFLICT (type, value) DO NOTHING RETURNING id"));
            Statement update = t.prepare(QStringLiteral(
                "UPDATE iocs SET first_seen = ?, last_seen = ?, valid_until = ?, severity = ?, score = ?,"
                " description = ?, name = ?, labels = ?, link = ?, content_hash = ?, updated_at = ? WHERE id "
                "= ?"));
            // The source's own times, merged as Ioc::mergeFrom does (NULL: unknown).
            Statement provenance = t.prepare(QStringLiteral(
                "INSERT INTO ioc_sources (ioc_id, source_id, first_seen, last_seen, valid_until, present,"
                " pull_mark) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (ioc_id, source_id) DO UPDATE SET"
                " first_seen = min(coalesce(first_seen, excluded.first_seen),"
                "  coalesce(excluded.first_seen, first_seen)),"
                " last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, "
                "last_seen)),"
                " valid_until = max(coalesce(valid_until, excluded.valid_until),"
                "  coalesce(excluded.valid_until, valid_until)),"
                " present = 1, pull_mark = excluded.pull_mark"));
            for (const Ioc &ioc : std::as_const(iocs)) {
                const QString type = iocTypeName(ioc.type);
                qint64 id = 0;
                // A new IOC is one statement (the common case of a first pull); a known one is read
                // and merged.
                if (!insert.exec({type, ioc.value, toStored(ioc.firstSeen), toStored(ioc.lastSeen),
                        toStored(ioc.validUntil), ioc.severity, ioc.score, text(ioc.description),
                        text(ioc.name), labelsJson(ioc.labels), text(ioc.link.toString(QUrl::FullyEncoded)),
                        contentHash(ioc), now}))
                    return false;
                if (insert.next()) {
                    id = insert.value(0).toLongLong();
                    insert.finish();
                    ++result.added;
                } else {
                    insert.finish();
                    if (!select.exec({sourceId, type, ioc.value}))
                        return false;
                    if (!select.next())
                        return false; // cannot be: the insert met this IOC

                    id = select.value(0).toLongLong();
                    const bool newReport = select.value(12).isNull() || select.value(12).toInt() == 0;
                    bool changed = mayChange(select.query(), ioc);
                    Ioc stored, merged;
                    if (changed) {
                        readIocFields(select.query(), 0, &stored);
                        merged = stored;
                        merged.mergeFrom(ioc);
                        changed = !sameFields(stored, merged);
                    }
                    select.finish();
                    if (changed) {
                        if (!update.exec({toStored(merged.firstSeen), toStored(merged.lastSeen),
                                toStored(merged.validUntil), merged.severity, merged.score,
                                text(merged.description), text(merged.name), labelsJson(merged.labels),
                                text(merged.link.toString(QUrl::FullyEncoded)), contentHash(merged), now,
                                id}))
                            return false;
                    }
                    if (changed || newReport)
                        ++result.updated;
                    else
                        ++result.unchanged;
                }
                if (!provenance.exec({id, sourceId, toStored(ioc.firstSeen), toStored(ioc.lastSeen),
                        toStored(ioc.validUntil), pullMark}))
                    return false;
            }
            return true;
        });
    if (!ok)
        return false;
    if (counts)
        *counts = result;
    qCDebug(lcStorage) << "IOCs of source" << sourceId << "stored:" << result.added << "new,"
                       << result.updated << "updated," << result.unchanged << "unchanged";
    return true;
}

bool IocStore::markAbsent(const QString &sourceId, qint64 pullMark, QString *error, int *changed)
{
    if (changed)
        *changed = 0;
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "markAbsent", error,
        [&](const QString &problem) {
            return tr("Cannot record which IOCs source %1 no longer reports: %2").arg(sourceId, problem);
        },
        [&](Transaction &t) {
            Statement update = t.prepare(QStringLiteral(
                "UPDATE ioc_sources SET present = 0 WHERE source_id = ? AND present = 1 AND pull_mark <> ?"));
            if (!update.exec({sourceId, pullMark}))
                return false;
            rows = update.rowsAffected();
            return true;
        });
    if (ok && changed)
        *changed = rows;
    return ok;
}

bool IocStore::markAbsentValues(
    const QString &sourceId, const QList<std::pair<IocType, QString>> &values, QString *error, int *changed)
{
    if (changed)
        *changed = 0;
    if (values.isEmpty())
        return true;
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "markAbsentValues", error,
        [&](const QString &problem) {
            return tr("Cannot record which IOCs source %1 no longer reports: %2").arg(sourceId, problem);
        },
        [&](Transaction &t) {
            Statement update = t.prepare(
                QStringLiteral("UPDATE ioc_sources SET present = 0 WHERE source_id = ? AND present = 1"
                               " AND ioc_id = (SELECT id FROM iocs WHERE type = ? AND value = ?)"));
            for (const auto &[type, value] : values) {
                if (!update.exec({sourceId, iocTypeName(type), value}))
                    return false;
            }
            rows = update.rowsAffected(); // the statement's total
            return true;
        });
    if (ok && changed)
        *changed = rows;
    return ok;
}

std::optional<IocRecord> IocStore::find(IocType type, const QString &value) const
{
    Statement q(*m_db,
        QLatin1String("SELECT ") + kIocColumns + QLatin1String(" FROM iocs i WHERE type = ? AND value = ?"));
    if (!q.read("find IOC", {iocTypeName(type), value}) || !q.next())
        return std::nullopt;
    return readIoc(q.query());
}

QList<IocRecord> IocStore::findValue(const QString &value) const
{
    Statement q(*m_db,
        QLatin1String("SELECT ") + kIocColumns + QLatin1String(" FROM iocs i WHERE value = ? ORDER BY id"));
    QList<IocRecord> result;
    if (!q.read("find IOC value", {value}))
        return result;
    while (q.next())
        result << readIoc(q.query());
    return result;
}

QList<IocRecord> IocStore::iocs(const QList<qint64> &ids) const
{
    QList<IocRecord> result;
    if (ids.isEmpty())
        return result;
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    result.reserve(sorted.size());
    Statement q(*m_db,
        QLatin1String("SELECT ") + kIocColumns
            + QLatin1String(" FROM iocs i WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY i.id"));
    if (!q.read("IOCs by id", {idsJson(sorted)}))
        return {};
    while (q.next())
        result << readIoc(q.query());
    return result;
}

std::optional<IocDetails> IocStore::details(qint64 iocId) const
{
    const QList<IocRecord> found = iocs({iocId});
    if (found.isEmpty())
        return std::nullopt;
    IocDetails d;
    d.record = found.first();
    Statement p(*m_db,
        QStringLiteral("SELECT p.source_id, coalesce(s.name, ''), p.first_seen, p.last_seen, p.valid_until,"
                       " p.present FROM ioc_sources p LEFT JOIN sources s ON s.id = p.source_id"
                       " WHERE p.ioc_id = ? ORDER BY s.name, p.source_id"));
    if (p.read("IOC provenance", {iocId})) {
        while (p.next()) {
            IocProvenance v;
            v.sourceId = p.value(0).toString();
            v.sourceName = p.value(1).toString();
            v.firstSeen = fromStored(p.value(2));
            v.lastSeen = fromStored(p.value(3));
            v.validUntil = fromStored(p.value(4));
            v.present = p.value(5).toInt() != 0;
            d.provenance << v;
        }
    }
    Statement s(*m_db,
        QStringLiteral("SELECT s.sharing_id, coalesce(g.name, ''), s.state, s.remote_id, s.content_hash,"
                       " s.expires_at, s.reason, s.external_id, s.sent_at, s.confirmed_at, s.attempts,"
                       " s.retract_requested FROM ioc_shares s LEFT JOIN sharing g ON g.id = s.sharing_id"
                       " WHERE s.ioc_id = ? ORDER BY g.name, s.sharing_id"));
    if (s.read("IOC shares", {iocId})) {
        while (s.next()) {
            IocShare v;
            v.sharingId = s.value(0).toLongLong();
            v.sharingName = s.value(1).toString();
            v.iocId = iocId;
            v.state = IocShare::stateFromName(s.value(2).toString()).value_or(IocShare::State::Pending);
            v.remoteId = s.value(3).toString();
            v.contentHash = s.value(4).toString();
            v.expiresAt = fromStored(s.value(5));
            v.reason = s.value(6).toString();
            v.externalId = s.value(7).toString();
            v.sentAt = fromStored(s.value(8));
            v.confirmedAt = fromStored(s.value(9));
            v.attempts = s.value(10).toInt();
            v.retractRequested = s.value(11).toInt() != 0;
            d.shares << v;
        }
    }
    return d;
}

namespace detail {

// A filter as SQL: the FROM clause, the WHERE conditions (joined with AND; "1" when none) and the
// column the pages are ordered by, with the values of the conditions. Chosen so that a page reads about
// as many rows as it returns, at 1,000,000 IOCs: one source is read from its index
// (ioc_sources_by_source) in id order; one type from iocs_by_type; several types or sources are
// checked row by row along the primary key (an IN over an index would sort every match per page).
FilterSql filterSql(const IocFilter &filter, QVariantList *values)
{
    FilterSql sql;
    QStringList parts;
    if (filter.sourceIds.size() == 1) {
        sql.from = QStringLiteral("ioc_sources p0 CROSS JOIN iocs i ON i.id = p0.ioc_id");
        sql.idColumn = QStringLiteral("p0.ioc_id");
        parts << QStringLiteral("p0.source_id = ? AND p0.present = 1");
        *values << filter.sourceIds.first();
    }
    if (!filter.types.isEmpty()) {
        // "+": no index for several types (see above), nor when the source's index drives the scan.
        const bool useIndex = filter.types.size() == 1 && filter.sourceIds.size() != 1;
        parts << (useIndex ? QLatin1String("i.type IN (") : QLatin1String("+i.type IN ("))
                + placeholders(filter.types.size()) + QLatin1Char(')');
        for (IocType t : filter.types)
            *values << iocTypeName(t);
    }
    if (filter.sourceIds.size() > 1) {
        parts << QLatin1String("EXISTS (SELECT 1 FROM ioc_sources p WHERE p.ioc_id = i.id AND p.present = 1"
                               " AND p.source_id IN (")
                + placeholders(filter.sourceIds.size()) + QLatin1String("))");
        for (const QString &id : filter.sourceIds)
            *values << id;
    }
    if (filter.shareState || filter.sharingId > 0 || !filter.destination.isEmpty()) {
        QString exists = QStringLiteral("EXISTS (SELECT 1 FROM ioc_shares s WHERE s.ioc_id = i.id");
        if (filter.sharingId > 0) {
            exists += QLatin1String(" AND s.sharing_id = ?");
            *values << filter.sharingId;
        }
        if (filter.shareState) {
            exists += QLatin1String(" AND s.state = ?");
            *values << IocShare::stateName(*filter.shareState);
        }
        if (!filter.destination.isEmpty()) {
            exists += QLatin1String(" AND s.sharing_id IN (SELECT id FROM sharing WHERE destination = ?)");
            *values << filter.destination;
        }
        parts << exists + QLatin1Char(')');
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        parts << QStringLiteral("(i.value LIKE ? ESCAPE '\\' OR i.name LIKE ? ESCAPE '\\'"
                                " OR i.description LIKE ? ESCAPE '\\')");
        *values << pattern << pattern << pattern;
    }
    sql.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
    return sql;
}

} // namespace detail

using detail::FilterSql;
using detail::filterSql;

QList<IocRecord> IocStore::list(const IocFilter &filter, qint64 afterId, int limit) const
{
    QVariantList values;
    const FilterSql sql = filterSql(filter, &values);
    values << afterId << std::clamp(limit, 1, kMaxPage);
    Statement q(*m_db,
        QLatin1String("SELECT ") + kIocColumns + QLatin1String(" FROM ") + sql.from + QLatin1String(" WHERE ")
            + sql.where + QLatin1String(" AND ") + sql.idColumn + QLatin1String(" > ? ORDER BY ")
            + sql.idColumn + QLatin1String(" LIMIT ?"));
    QList<IocRecord> result;
    if (!q.read("IOC list", values))
        return result;
    while (q.next())
        result << readIoc(q.query());
    return result;
}

qint64 IocStore::count(const IocFilter &filter) const
{
    QVariantList values;
    const FilterSql sql = filterSql(filter, &values);
    Statement q(
        *m_db, QLatin1String("SELECT count(*) FROM ") + sql.from + QLatin1String(" WHERE ") + sql.where);
    if (!q.read("IOC count", values) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// --- shares ------------------------------------------------------------------------------------------

bool IocStore::markPending(qint64 sharingId, const QList<PendingItem> &items, QString *error)
{
    if (items.isEmpty())
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return storage::write(
        *m_db, "markPending", error,
        [](const QString &problem) {
            return tr("Cannot record the IOCs about to be shared: %1").arg(problem);
        },
        [&](Transaction &t) {
            Statement upsert = t.prepare(QStringLiteral(
                "INSERT INTO ioc_shares (sharing_id, ioc_id, state, external_id, sent_at, attempts)"
                " VALUES (?, ?, 'pending', ?, ?, 1) ON CONFLICT (sharing_id, ioc_id) DO UPDATE SET"
                " state = 'pending', external_id = excluded.external_id, sent_at = excluded.sent_at,"
                " reason = '', attempts = ioc_shares.attempts + 1"));
            for (const PendingItem &item : items)
                if (!upsert.exec({sharingId, item.iocId, text(item.externalId), now}))
                    return false;
            return true;
        });
}

bool IocStore::markShared(qint64 sharingId, const QList<SharedItem> &items, QString *error)
{
    if (items.isEmpty())
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return storage::write(
        *m_db, "markShared", error,
        [](const QString &problem) {
            return tr("Cannot record the IOCs the destination accepted: %1").arg(problem);
        },
        [&](Transaction &t) {
            Statement upsert = t.prepare(QStringLiteral(
                "INSERT INTO ioc_shares (sharing_id, ioc_id, state, remote_id, content_hash, expires_at,"
                " confirmed_at, sent_at, attempts) VALUES (?, ?, 'shared', ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT (sharing_id, ioc_id) DO UPDATE SET state = 'shared',"
                " remote_id = excluded.remote_id, content_hash = excluded.content_hash,"
                " expires_at = excluded.expires_at, confirmed_at = excluded.confirmed_at, reason = '',"
                " sent_at = coalesce(ioc_shares.sent_at, excluded.sent_at)"));
            for (const SharedItem &item : items)
                if (!upsert.exec({sharingId, item.iocId, text(item.remoteId), text(item.contentHash),
                        toStored(item.expiresAt), now, now}))
                    return false;
            return true;
        });
}

bool IocStore::markFailed(qint64 sharingId, const QList<std::pair<qint64, QString>> &items, QString *error)
{
    if (items.isEmpty())
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return storage::write(
        *m_db, "markFailed", error,
        [](const QString &problem) {
            return tr("Cannot record the IOCs the destination refused: %1").arg(problem);
        },
        [&](Transaction &t) {
            Statement upsert = t.prepare(QStringLiteral(
                "INSERT INTO ioc_shares (sharing_id, ioc_id, state, reason, confirmed_at, sent_at, attempts)"
                " VALUES (?, ?, 'failed', ?, ?, ?, 1) ON CONFLICT (sharing_id, ioc_id) DO UPDATE SET"
                " state = 'failed', reason = excluded.reason, confirmed_at = excluded.confirmed_at"));
            for (const auto &[iocId, reason] : items)
                if (!upsert.exec({sharingId, iocId, text(reason), now, now}))
                    return false;
            return true;
        });
}

bool IocStore::markRetracted(qint64 sharingId, const QList<qint64> &iocIds, QString *error, int *changed)
{
    if (changed)
        *changed = 0;
    int rows = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool ok = storage::write(
        *m_db, "markRetracted", error,
        [](const QString &problem) {
            return tr("Cannot record the IOCs retracted from the destination: %1").arg(problem);
        },
        [&](Transaction &t) {
            Statement update = t.prepare(QStringLiteral(
                "UPDATE ioc_shares SET state = 'retracted', expires_at = NULL, confirmed_at = ?,"
                " reason = '' WHERE sharing_id = ? AND ioc_id = ? AND state <> 'retracted'"));
            for (qint64 id : iocIds)
                if (!update.exec({now, sharingId, id}))
                    return false;
            rows = update.rowsAffected();
            return true;
        });
    if (ok && changed)
        *changed = rows;
    return ok;
}

bool IocStore::requestRetract(qint64 sharingId, const QList<qint64> &iocIds, QString *error, int *changed)
{
    if (changed)
        *changed = 0;
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "requestRetract", error,
        [](const QString &problem) { return tr("Cannot record the retraction request: %1").arg(problem); },
        [&](Transaction &t) {
            Statement update = t.prepare(sharingId > 0
                    ? QStringLiteral("UPDATE ioc_shares SET retract_requested = 1"
                                     " WHERE retract_requested = 0 AND ioc_id = ? AND sharing_id = ?")
                    : QStringLiteral("UPDATE ioc_shares SET retract_requested = 1"
                                     " WHERE retract_requested = 0 AND ioc_id = ?"));
            for (qint64 id : iocIds) {
                QVariantList values {id};
                if (sharingId > 0)
                    values << sharingId;
                if (!update.exec(values))
                    return false;
            }
            rows = update.rowsAffected();
            return true;
        });
    if (ok && changed)
        *changed = rows;
    return ok;
}

QHash<qint64, IocShare> IocStore::shares(qint64 sharingId, const QList<qint64> &iocIds) const
{
    QHash<qint64, IocShare> result;
    if (iocIds.isEmpty())
        return result;
    Statement q(*m_db,
        QStringLiteral("SELECT ioc_id, state, remote_id, content_hash, expires_at, reason, external_id,"
                       " sent_at, confirmed_at, attempts, retract_requested FROM ioc_shares"
                       " WHERE sharing_id = ? AND ioc_id IN (SELECT value FROM json_each(?))"));
    if (!q.read("IOC shares", {sharingId, idsJson(iocIds)}))
        return {};
    while (q.next()) {
        IocShare s;
        s.sharingId = sharingId;
        s.iocId = q.value(0).toLongLong();
        s.state = IocShare::stateFromName(q.value(1).toString()).value_or(IocShare::State::Pending);
        s.remoteId = q.value(2).toString();
        s.contentHash = q.value(3).toString();
        s.expiresAt = fromStored(q.value(4));
        s.reason = q.value(5).toString();
        s.externalId = q.value(6).toString();
        s.sentAt = fromStored(q.value(7));
        s.confirmedAt = fromStored(q.value(8));
        s.attempts = q.value(9).toInt();
        s.retractRequested = q.value(10).toInt() != 0;
        result.insert(s.iocId, s);
    }
    return result;
}

qint64 IocStore::countShares(qint64 sharingId, std::optional<IocShare::State> state) const
{
    Statement q(*m_db,
        QLatin1String("SELECT count(*) FROM ioc_shares WHERE sharing_id = ?")
            + (state ? QLatin1String(" AND state = ?") : QLatin1String("")));
    QVariantList values {sharingId};
    if (state)
        values << IocShare::stateName(*state);
    if (!q.read("share count", values) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<qint64> IocStore::toCreate(const ShareQuery &query, qint64 afterId, int limit) const
{
    const QLatin1String notShared(" AND NOT EXISTS (SELECT 1 FROM ioc_shares s WHERE s.sharing_id = ?"
                                  " AND s.ioc_id = %1 AND (s.state = 'shared' OR s.retract_requested = 1))");
    if (query.sourceIds.size() == 1) {
        // One source: read from its index in id order (as list() does).
        Statement q(*m_db,
            QLatin1String("SELECT p.ioc_id FROM ioc_sources p WHERE p.source_id = ? AND p.present = 1"
                          " AND p.ioc_id > ? AND (p.valid_until IS NULL OR p.valid_until > ?)")
                + QString(notShared).arg(QLatin1String("p.ioc_id"))
                + QLatin1String(" ORDER BY p.ioc_id LIMIT ?"));
        return readIds(q, "IOCs to create",
            {query.sourceIds.first(), afterId, queryNow(query), query.sharingId,
                std::clamp(limit, 1, kMaxPage)});
    }
    QVariantList values {afterId};
    const QString reported = reportedClause(QStringLiteral("i.id"), query, queryNow(query), &values);
    values << query.sharingId << std::clamp(limit, 1, kMaxPage);
    Statement q(*m_db,
        QLatin1String("SELECT i.id FROM iocs i WHERE i.id > ? AND ") + reported
            + QString(notShared).arg(QLatin1String("i.id")) + QLatin1String(" ORDER BY i.id LIMIT ?"));
    return readIds(q, "IOCs to create", values);
}

QList<qint64> IocStore::toRenew(const ShareQuery &query, qint64 afterId, int limit) const
{
    const qint64 now = queryNow(query);
    QVariantList values {query.sharingId, afterId, now + query.renewMarginMs};
    const QString reported = reportedClause(QStringLiteral("s.ioc_id"), query, now, &values);
    values << std::clamp(limit, 1, kMaxPage);
    Statement q(*m_db,
        QLatin1String(
            "SELECT s.ioc_id FROM ioc_shares s JOIN iocs i ON i.id = s.ioc_id"
            " WHERE s.sharing_id = ? AND s.state = 'shared' AND s.ioc_id > ? AND s.retract_requested = 0"
            " AND (s.content_hash <> i.content_hash OR (s.expires_at IS NOT NULL AND s.expires_at <= ?))"
            " AND ")
            + reported + QLatin1String(" ORDER BY s.ioc_id LIMIT ?"));
    return readIds(q, "IOCs to renew", values);
}

QList<qint64> IocStore::toRetract(const ShareQuery &query, qint64 afterId, int limit) const
{
    QVariantList values {query.sharingId, afterId};
    const QString reported = reportedClause(QStringLiteral("s.ioc_id"), query, queryNow(query), &values);
    values << std::clamp(limit, 1, kMaxPage);
    Statement q(*m_db,
        QLatin1String("SELECT s.ioc_id FROM ioc_shares s WHERE s.sharing_id = ? AND s.state = 'shared'"
                      " AND s.ioc_id > ? AND (s.retract_requested = 1 OR NOT ")
            + reported + QLatin1String(") ORDER BY s.ioc_id LIMIT ?"));
    return readIds(q, "IOCs to retract", values);
}

QList<qint64> IocStore::pending(qint64 sharingId, qint64 afterId, int limit) const
{
    Statement q(*m_db,
        QStringLiteral(
            "SELECT ioc_id FROM ioc_shares WHERE sharing_id = ? AND state = 'pending' AND ioc_id > ?"
            " ORDER BY ioc_id LIMIT ?"));
    return readIds(q, "pending IOCs", {sharingId, afterId, std::clamp(limit, 1, kMaxPage)});
}

} // namespace exchange
