// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocStore.h"
#include "jobs/Job.h"

#include <QThread>
#include <atomic>
#include <memory>

namespace exchange {

// Every IOC of the store matching a filter as a CSV file, for the IOCs tab's Export CSV (submitted
// through the scheduler, so it is recorded in the job history). A worker thread pages the store by id
// (IocStore::list, 1,000 rows a page, with every share of the page) and writes each page as it comes:
// the IOCs are never all in memory, and a filter on the text over a million rows never blocks the
// thread the job lives in. The file is a QSaveFile committed after the last page: on failure or
// cancel the target is neither created nor changed.
//
// Format (s1::ThreatCsvExport's rules: RFC 4180, CRLF, UTF-8 with a byte order mark, cells that a
// spreadsheet would take for a formula defused with a leading apostrophe). The header is a file format,
// not translated: type,value,name,description,sources,first_seen,last_seen,valid_until,severity,score,
// labels,link,shares. Times are UTC ISO 8601; sources and labels comma-separated; shares
// "<configuration>:<state>" comma-separated.
class IocCsvExportJob : public jobs::Job
{
    Q_OBJECT
public:
    static constexpr QLatin1String Kind {"ioc-export"};
    static constexpr int PageSize = 1000;

    // The store must outlive the job.
    IocCsvExportJob(IocStore *store, const IocFilter &filter, const QString &path, QObject *parent = nullptr);
    ~IocCsvExportJob() override; // cancels and waits for the worker

    QString path() const { return m_path; }
    qint64 rowsWritten() const { return m_written; }
    static QByteArray header();

protected:
    void run() override;
    void onCancel() override;

private:
    void work(); // the worker thread's body
    void onProgress(qint64 written, qint64 total);
    void onDone(bool ok, bool cancelled, qint64 written, const QString &error);

    IocStore *m_store;
    IocFilter m_filter;
    QString m_path;
    qint64 m_written = 0;
    std::atomic<bool> m_stop {false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace exchange
