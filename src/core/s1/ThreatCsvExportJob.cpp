// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatCsvExportJob.h"

#include "S1Client.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

namespace s1 {

ThreatCsvExportJob::ThreatCsvExportJob(S1Client *client, const ThreatQuery &query, const QString &path,
    RowPredicate predicate, ThreatCsvExport::FlaggedFunction flagged, QObject *parent)
    : PagedListJob(client, Kind, tr("Export threats to CSV"), parent)
    , m_query(query)
    , m_path(path)
    , m_predicate(std::move(predicate))
    , m_flagged(std::move(flagged))
    , m_pageSize(S1Client::MaxPageSize)
{
    // Failed or cancelled: the temporary file goes, the target stays as it was.
    connect(this, &jobs::Job::finished, this, &ThreatCsvExportJob::discardFile);
}

ThreatCsvExportJob::~ThreatCsvExportJob() = default;

void ThreatCsvExportJob::run()
{
    if (!client())
        return fail(tr("The connection was closed."));
    m_console = client()->config();
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly) || !writeBytes(ThreatCsvExport::header()))
        return failDisk();
    PagedListJob::run();
}

net::ApiCall *ThreatCsvExportJob::requestPage(const QString &cursor)
{
    return client()->listThreats(m_query, cursor, m_pageSize, this);
}

qint64 ThreatCsvExportJob::consumePage(const QJsonValue &data)
{
    const QJsonArray array = data.toArray();
    QList<Threat> page;
    page.reserve(array.size());
    for (const QJsonValue &v : array) {
        Threat t = Threat::fromJson(v.toObject());
        if (t.isValid() && (!m_predicate || m_predicate(t)))
            page.append(std::move(t));
    }
    QList<const Threat *> rows;
    rows.reserve(page.size());
    for (const Threat &t : std::as_const(page))
        rows.append(&t);
    if (!writeBytes(ThreatCsvExport::rows(rows, m_flagged, m_console)))
        failDisk();
    else
        m_written += page.size();
    return array.size();
}

QString ThreatCsvExportJob::itemsName(qint64 count) const
{
    return tr("%Ln threat(s)", nullptr, int(count));
}

QString ThreatCsvExportJob::pagePhase(qint64 items, qint64 totalItems) const
{
    const QLocale locale;
    const QString fetched = totalItems >= 0
        ? tr("Fetched %1 of %Ln threat(s)", nullptr, int(totalItems)).arg(locale.toString(items))
        : tr("Fetched %Ln threat(s)", nullptr, int(items));
    return tr("%1; %Ln row(s) written", nullptr, int(m_written)).arg(fetched);
}

void ThreatCsvExportJob::finishList()
{
    if (!m_file || !m_file->commit())
        return failDisk();
    m_file.reset();
    tally().done = m_written;
    tally().skipped = tally().seen - m_written;
    succeed(
        tr("Exported %Ln threat(s) to %1.", nullptr, int(m_written)).arg(QDir::toNativeSeparators(m_path)));
}

bool ThreatCsvExportJob::writeBytes(const QByteArray &bytes)
{
    return m_file && m_file->write(bytes) == bytes.size();
}

void ThreatCsvExportJob::failDisk()
{
    const QString reason = m_file ? m_file->errorString() : QString();
    discardFile();
    failLocal(
        jobs::JobError::Kind::Disk, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
}

void ThreatCsvExportJob::discardFile()
{
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file.reset();
}

} // namespace s1
