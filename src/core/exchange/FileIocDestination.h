// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocDestination.h"
#include "exchange/IocStix.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"

#include <QByteArray>

class QIODevice;

namespace exchange {

// A file as a destination: the whole set of IOCs the configuration currently shares, written at the
// configuration's absolute path as CSV or as a STIX 2.1 bundle, atomically (QSaveFile: the old file
// stays whole until the new one is complete; nothing partial is ever left).
//
// The share job works in batches, a file is one whole: share() and retract() answer at once (the
// items are recorded shared or retracted in the store), and finish(), at the end of a run that went
// through every phase, rewrites the file from the store's shared rows of the configuration, in IOC id
// order. So the file is the store's view after the run: a retracted IOC's line is gone, a renewed
// one's is replaced, and a re-run with nothing new writes the same bytes. When the write fails, the
// IOCs this run recorded shared are put back to pending (the file does not hold them) and the run
// fails with a sentence naming the path; the next run reads the file back (reconcile) and sends
// again what it does not hold; a cancelled run does the same. Retractions stay recorded: the next
// successful write leaves them out. A killed process leaves the old file whole; the next run that
// succeeds rewrites it from the store.
//
// CSV: the header type,value,name,description,severity,score,labels,valid_until,first_seen,
// last_seen,link, then one line per IOC; RFC 4180 (CRLF, fields with a comma, quote or line break
// quoted, quotes doubled); labels joined with ';'; times ISO 8601 UTC; a field starting with = + - @
// (or a tab or carriage return) is prefixed with ' so that a spreadsheet does not run it as a formula.
// STIX: one bundle of the author identity "<sourceText>" and, per IOC, indicator + observable +
// based-on (IocStix), valid_until the IOC's own, modified = created (the bytes depend on the IOCs only).
// The remote id of an IOC is "file:<TYPE>:<value>".
class FileIocDestination : public IocDestination
{
    Q_OBJECT
public:
    static constexpr int MaxBatch = SharingConfig::MaxBatchSize;

    // The store is not owned and must outlive the destination.
    FileIocDestination(IocStore *store, const SharingConfig &config, QObject *parent = nullptr);

    static QString remoteId(IocType type, const QString &value);
    static QByteArray csvHeader();
    // One CSV line (CRLF included) and the formula-injection guard of one field.
    static QByteArray csvLine(const Ioc &ioc);
    static QString csvField(const QString &text);
    // RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks).
    static QList<QStringList> parseCsv(const QByteArray &text);

    QString key() const override;
    QString describe() const override;
    int maxBatchSize() const override { return MaxBatch; }
    std::optional<ShareItem> plan(const Ioc &ioc, const QDateTime &now) const override;
    void share(const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done) override;
    void reconcile(
        const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done) override;
    void retract(const QList<std::pair<qint64, QString>> &items,
        std::function<void(const RetractOutcome &)> done) override;
    // A cancelled run writes no file: what it recorded shared is put back to pending.
    void cancel() override;
    void finish(std::function<void(const jobs::JobError &)> done) override;

    // Writes the whole file as finish() does, page by page (never every IOC in memory at once):
    // CSV lines, or the bundle with one object per line and its id last (the same id IocStix::bundle
    // gives, hashed as the objects go by). False when a write failed (the device's errorString()).
    bool writeTo(QIODevice *out) const;

private:
    IocStore *m_store;
    SharingConfig m_config;
    IocStix::Options m_stix;
    QList<PendingItem> m_sharedThisRun; // put back to pending when the write fails
};

} // namespace exchange
