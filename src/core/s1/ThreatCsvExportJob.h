// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedListJob.h"
#include "Threat.h"
#include "ThreatCsvExport.h"
#include "ThreatQuery.h"

#include <functional>
#include <memory>

class QSaveFile;

namespace s1 {

// Every threat matching a query (and, when given, a row predicate: the browser's quick filter) as a
// CSV file (ThreatCsvExport's format). Pages are fetched one after the other and their rows written
// as they arrive: the threats are never all in memory. The file is a QSaveFile, committed when the
// last page is in: on failure or cancel the target file is neither created nor changed.
// A file that cannot be opened, written or committed fails the job with a Disk error naming it.
class ThreatCsvExportJob : public PagedListJob
{
    Q_OBJECT
public:
    static constexpr QLatin1String Kind {"threat-export"};
    using RowPredicate = std::function<bool(const s1::Threat &)>;

    ThreatCsvExportJob(S1Client *client, const ThreatQuery &query, const QString &path,
        RowPredicate predicate = {}, ThreatCsvExport::FlaggedFunction flagged = {},
        QObject *parent = nullptr);
    ~ThreatCsvExportJob() override;

    QString path() const { return m_path; }
    qint64 rowsWritten() const { return m_written; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

protected:
    void run() override;
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;
    QString itemsName(qint64 count) const override;
    QString pagePhase(qint64 items, qint64 totalItems) const override;
    void finishList() override;

private:
    bool writeBytes(const QByteArray &bytes);
    void failDisk();
    void discardFile();

    ThreatQuery m_query;
    QString m_path;
    RowPredicate m_predicate;
    ThreatCsvExport::FlaggedFunction m_flagged;
    ConsoleConfig m_console;
    int m_pageSize;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
};

} // namespace s1
