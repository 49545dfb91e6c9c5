// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocCsvExportJob.h"

#include "s1/ThreatCsvExport.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <climits>

namespace exchange {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString number(int value)
{
    return value < 0 ? QString() : QString::number(value);
}

} // namespace

IocCsvExportJob::IocCsvExportJob(
    IocStore *store, const IocFilter &filter, const QString &path, QObject *parent)
    : jobs::Job(Kind, tr("Export IOCs to CSV"), parent)
    , m_store(store)
    , m_filter(filter)
    , m_path(path)
{ }

IocCsvExportJob::~IocCsvExportJob()
{
    m_stop = true;
    if (m_thread)
        m_thread->wait();
}

QByteArray IocCsvExportJob::header()
{
    return QByteArrayLiteral(
        "\xEF\xBB\xBFtype,value,name,description,sources,first_seen,last_seen,valid_until,"
        "severity,score,labels,link,shares\r\n");
}

void IocCsvExportJob::run()
{
    if (!m_store)
        return fail(tr("There is no IOC store to export from."));
    setProgress(0, -1, tr("Counting the IOCs…"));
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->setObjectName(QStringLiteral("ioc-export"));
    m_thread->start();
}

void IocCsvExportJob::onCancel()
{
    // The worker sees the flag at its next page and reports back (onDone), which ends the job.
    m_stop = true;
    if (!m_thread || m_thread->isFinished())
        finishCancelled();
}

void IocCsvExportJob::work()
{
    const auto report = [this](bool ok, bool cancelled, qint64 written, const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, ok, cancelled, written, error] { onDone(ok, cancelled, written, error); },
            Qt::QueuedConnection);
    };
    const qint64 total = m_store->count(m_filter);
    QMetaObject::invokeMethod(
        this, [this, total] { onProgress(0, total); }, Qt::QueuedConnection);
    QSaveFile file(m_path);
    const auto diskError
        = [&] { return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()); };
    const auto write = [&](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };
    if (!file.open(QIODevice::WriteOnly) || !write(header()))
        return report(false, false, 0, diskError());
    const QHash<QString, QString> sourceNames = m_store->sourceNames();
    qint64 afterId = 0, written = 0;
    for (;;) {
        if (m_stop) {
            file.cancelWriting();
            return report(false, true, written, {});
        }
        const QList<IocRecord> page = m_store->list(m_filter, afterId, PageSize);
        if (page.isEmpty())
            break;
        afterId = page.last().id;
        QList<qint64> ids;
        ids.reserve(page.size());
        for (const IocRecord &r : page)
            ids << r.id;
        const QHash<qint64, QList<IocShare>> shares = m_store->sharesOf(ids);
        QByteArray chunk;
        for (const IocRecord &r : page) {
            const Ioc &ioc = r.ioc;
            QStringList sources;
            for (const QString &id : r.sourceIds)
                sources << sourceNames.value(id, id);
            QStringList states;
            for (const IocShare &s : shares.value(r.id))
                states << s.sharingName + u':' + IocShare::stateName(s.state);
            const QStringList fields {iocTypeName(ioc.type), ioc.value, ioc.name, ioc.description,
                sources.join(u','), iso(ioc.firstSeen), iso(ioc.lastSeen), iso(ioc.validUntil),
                number(ioc.severity), number(ioc.score), ioc.labels.join(u','),
                ioc.link.toString(QUrl::FullyEncoded), states.join(u',')};
            QString line;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                if (i)
                    line += u',';
                line += s1::ThreatCsvExport::field(fields.at(i));
            }
            chunk += line.toUtf8() + "\r\n";
        }
        if (!write(chunk)) {
            const QString error = diskError();
            file.cancelWriting();
            return report(false, false, written, error);
        }
        written += page.size();
        QMetaObject::invokeMethod(
            this, [this, written, total] { onProgress(written, total); }, Qt::QueuedConnection);
    }
    if (!file.commit())
        return report(false, false, written, diskError());
    report(true, false, written, {});
}

void IocCsvExportJob::onProgress(qint64 written, qint64 total)
{
    if (isFinished())
        return;
    m_written = written;
    setProgress(written, total,
        tr("%1 of %Ln IOC(s) written", nullptr, int(std::min<qint64>(total, INT_MAX)))
            .arg(QLocale().toString(written)));
}

void IocCsvExportJob::onDone(bool ok, bool cancelled, qint64 written, const QString &error)
{
    if (m_thread)
        m_thread->wait();
    if (isFinished())
        return;
    m_written = written;
    tally().seen = written;
    tally().done = written;
    if (cancelled)
        return finishCancelled();
    if (!ok)
        return failLocal(jobs::JobError::Kind::Disk, error);
    succeed(tr("Exported %Ln IOC(s) to %1.", nullptr, int(std::min<qint64>(written, INT_MAX)))
                .arg(QDir::toNativeSeparators(m_path)));
}

} // namespace exchange
