// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileIocDestination.h"

#include "Logging.h"
#include "opencti/CanonicalJson.h"
#include "opencti/StixIds.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace exchange {

namespace {

using namespace Qt::StringLiterals;

constexpr int kReadPage = 5000;

QString csvTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString typeValueKey(const QString &type, const QString &value)
{
    return type.toUpper() + u'|' + value;
}

} // namespace

FileIocDestination::FileIocDestination(IocStore *store, const SharingConfig &config, QObject *parent)
    : IocDestination(parent)
    , m_store(store)
    , m_config(config)
{
    m_stix.authorName = config.sourceText.trimmed().isEmpty() ? u"S1 Bridge"_s : config.sourceText.trimmed();
}

QString FileIocDestination::remoteId(IocType type, const QString &value)
{
    return u"file:"_s + iocTypeName(type) + u':' + value;
}

QString FileIocDestination::key() const
{
    return m_config.destinationKey();
}

QString FileIocDestination::describe() const
{
    return m_config.destinationText();
}

std::optional<ShareItem> FileIocDestination::plan(const Ioc &ioc, const QDateTime &) const
{
    ShareItem item;
    item.ioc = ioc;
    item.validUntil = ioc.validUntil.isValid() ? ioc.validUntil.toUTC() : QDateTime(); // no cap, no aging
    return item;
}

void FileIocDestination::share(const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done)
{
    // Recorded shared now, written by finish() with the rest of the set (see the class comment).
    ShareOutcome outcome;
    for (const ShareItem &item : items) {
        outcome.confirmed << Confirmed {item.iocId, remoteId(item.ioc.type, item.ioc.value), item.validUntil};
        m_sharedThisRun << PendingItem {item.iocId, item.externalId};
    }
    done(outcome);
}

void FileIocDestination::retract(
    const QList<std::pair<qint64, QString>> &items, std::function<void(const RetractOutcome &)> done)
{
    RetractOutcome outcome;
    for (const auto &item : items)
        outcome.retracted << item.first; // its line goes at the next write
    done(outcome);
}

void FileIocDestination::reconcile(
    const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done)
{
    ReconcileOutcome outcome;
    QFile file(m_config.filePath);
    QSet<QString> held;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.error.kind = net::ApiError::Kind::Network;
            outcome.error.detail
                = tr("%1 could not be read back: %2").arg(m_config.filePath, file.errorString());
            return done(outcome);
        }
        const QByteArray text = file.readAll();
        if (m_config.fileFormat == SharingConfig::FileFormat::Csv) {
            const QList<QStringList> records = parseCsv(text);
            for (qsizetype i = 1; i < records.size(); ++i) // the header first
                if (records.at(i).size() >= 2)
                    held.insert(typeValueKey(records.at(i).at(0), records.at(i).at(1)));
        } else {
            const QJsonArray objects = QJsonDocument::fromJson(text).object().value(u"objects"_s).toArray();
            for (const QJsonValue &o : objects)
                if (o.toObject().value(u"type"_s).toString() == u"indicator")
                    held.insert(o.toObject().value(u"id"_s).toString());
        }
    }
    for (const PendingRef &item : items) {
        const bool found = m_config.fileFormat == SharingConfig::FileFormat::Csv
            ? held.contains(typeValueKey(iocTypeName(item.type), csvField(item.value)))
            : held.contains(IocStix::indicatorId(item.type, item.value));
        if (found)
            outcome.found << Confirmed {item.iocId, remoteId(item.type, item.value), {}};
        else
            outcome.missing << item.iocId;
    }
    done(outcome);
}

QString FileIocDestination::csvField(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'
            || text.front() == u'\t' || text.front() == u'\r'))
        return u'\'' + text;
    return text;
}

QByteArray FileIocDestination::csvHeader()
{
    return "type,value,name,description,severity,score,labels,valid_until,first_seen,last_seen,link\r\n";
}

QByteArray FileIocDestination::csvLine(const Ioc &ioc)
{
    QStringList labels = ioc.labels;
    labels.sort();
    const QStringList fields {iocTypeName(ioc.type), ioc.value, ioc.name, ioc.description,
        ioc.severity >= 0 ? QString::number(ioc.severity) : QString(),
        ioc.score >= 0 ? QString::number(ioc.score) : QString(), labels.join(u';'), csvTime(ioc.validUntil),
        csvTime(ioc.firstSeen), csvTime(ioc.lastSeen), ioc.link.isValid() ? ioc.link.toString() : QString()};
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString field = csvField(fields.at(i));
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
            QString quoted = field;
            quoted.replace(u'"', u"\"\""_s);
            line += '"' + quoted.toUtf8() + '"';
        } else {
            line += field.toUtf8();
        }
    }
    return line + "\r\n";
}

QList<QStringList> FileIocDestination::parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !field.isEmpty())
                records << (record << field);
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty())
        records << (record << field);
    return records;
}

bool FileIocDestination::writeTo(QIODevice *out) const
{
    const auto put = [out](const QByteArray &bytes) { return out->write(bytes) == bytes.size(); };
    IocFilter filter;
    filter.sharingId = m_config.id;
    filter.shareState = IocShare::State::Shared;
    const bool csv = m_config.fileFormat == SharingConfig::FileFormat::Csv;
    // The bundle's id hashes the canonical objects array ("[" + objects joined by "," + "]"), as
    // IocStix::bundle() does, while they are written.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool first = true;
    const auto putObject = [&](const QJsonObject &o) {
        hash.addData(first ? QByteArrayView("[") : QByteArrayView(","));
        hash.addData(opencti::CanonicalJson::serialize(o));
        const bool ok = put(
            (first ? QByteArray() : QByteArray(",\n")) + QJsonDocument(o).toJson(QJsonDocument::Compact));
        first = false;
        return ok;
    };
    if (csv) {
        if (!put(csvHeader()))
            return false;
    } else {
        if (!put("{\"type\":\"bundle\",\"objects\":[\n") || !putObject(IocStix::author(m_stix)))
            return false;
        if (const QJsonObject marking = IocStix::marking(m_stix); !marking.isEmpty() && !putObject(marking))
            return false;
    }
    qint64 after = 0;
    for (;;) {
        const QList<IocRecord> page = m_store->list(filter, after, kReadPage);
        for (const IocRecord &r : page) {
            if (csv) {
                if (!put(csvLine(r.ioc)))
                    return false;
                continue;
            }
            // Fixed times (modified = created): the bytes follow the IOCs, not the hour of the run.
            for (const QJsonValue &o : IocStix::objects(r.ioc, r.ioc.validUntil, {}, m_stix))
                if (!putObject(o.toObject()))
                    return false;
        }
        if (page.size() < kReadPage)
            break;
        after = page.last().id;
    }
    if (csv)
        return true;
    hash.addData(QByteArrayView("]"));
    const QString id = opencti::StixIds::generate(
        u"bundle"_s, {{u"objects_sha256"_s, QString::fromLatin1(hash.result().toHex())}});
    return put("\n],\"id\":\"" + id.toUtf8() + "\"}\n");
}

void FileIocDestination::cancel()
{
    const QList<PendingItem> sharedThisRun = std::exchange(m_sharedThisRun, {});
    QString error;
    if (!sharedThisRun.isEmpty() && !m_store->markPending(m_config.id, sharedThisRun, &error))
        qCWarning(lcStorage).noquote() << "a cancelled file share could not be put back to pending:" << error;
}

void FileIocDestination::finish(std::function<void(const jobs::JobError &)> done)
{
    const QList<PendingItem> sharedThisRun = std::exchange(m_sharedThisRun, {});
    auto failed = [&](const QString &why) {
        // The file does not hold what this run recorded shared: pending again, read back next run.
        QString storeError;
        if (!sharedThisRun.isEmpty() && !m_store->markPending(m_config.id, sharedThisRun, &storeError))
            return done(jobs::JobError {jobs::JobError::Kind::Database, {}, storeError});
        done(jobs::JobError {jobs::JobError::Kind::Disk, {},
            tr("The IOC file %1 could not be written: %2. Nothing was changed in it; choose a path this "
               "user can write to, or free some space, then run the sharing again.")
                .arg(m_config.filePath, why)});
    };
    QSaveFile file(m_config.filePath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (!writeTo(&file)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit())
        return failed(file.errorString());
    done({});
}

} // namespace exchange
