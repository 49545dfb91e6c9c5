// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocFileParser.h"
#include "exchange/IocStore.h"
#include "jobs/Job.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QThread;
namespace config {
class SecretStore;
}
class QNetworkReply;

namespace exchange {

// Pulls one feed or file source (IocSource kind "feed"): reads the local file or fetches the http(s)
// URL again, parses it (IocFileParser: text, CSV or STIX 2.1, detected or as the source's settings
// say), adds what it lists to the IOC store in batches (one transaction each) and marks the source's
// IOCs it no longer lists as no longer reported (the share job retracts them).
//
// Source settings (IocSource::settings): "url" (http or https) or "file"; "format": auto (default),
// text, csv or stix. The checkpoint keeps the answer's ETag and Last-Modified and the content's
// SHA-256, so an unchanged feed (304, or the same bytes) or file changes nothing.
// Credentials come from the keychain through setAuthorization() (an Authorization header value);
// they are never sent to another host on a redirect.
//
// Every refused line is a failure of the run with its line number and reason (kept in the job
// history), never dropped silently; parsing runs on a worker thread, the store is written between
// events, so the window never freezes.
class FeedPullJob : public jobs::Job
{
    Q_OBJECT
public:
    static inline const QString Kind = QStringLiteral("ioc-pull-feed");
    static constexpr qint64 MaxFeedBytes = 512LL * 1024 * 1024;
    static constexpr int BatchSize = 5000;

    FeedPullJob(IocStore *store, const IocSource &source, QObject *parent = nullptr);
    ~FeedPullJob() override;

    void setAuthorization(const QString &headerValue) { m_authorization = headerValue; }
    // Where a scheduled pull reads the credential (credentialKey()) when none was set: when it runs.
    void setSecretStore(config::SecretStore *secrets);
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    // After the run: what the store saw, how many lines were refused, whether the feed was unchanged.
    const UpsertCounts &storeCounts() const { return m_counts; }
    qint64 rejectedCount() const { return m_rejected; }
    int absentCount() const { return m_absent; }
    bool notModified() const { return m_notModified; }
    // What the parser made of the feed: every refused line with its number and reason, warnings,
    // notes (empty when the feed was unchanged or could not be read).
    const IocParseResult &parseResult() const { return m_parsed; }
    // Keychain key of a feed source's credential (an Authorization header value such as
    // "Bearer ..." or "Basic ..."), e.g. "source/<id>/authorization". A source that has one says so
    // with the setting "authorization": true; the secret itself is never in the settings.
    static QString credentialKey(const QString &sourceId);
    static bool needsCredential(const IocSource &source);
    // The URL or the file of a feed source, for messages.
    static QString sourceLocationOf(const IocSource &source);
    // The problems of a feed source's settings (each names the setting); empty when usable.
    static QStringList settingsProblems(const QJsonObject &settings);

protected:
    void run() override;
    void onCancel() override;

private:
    void readFile(const QString &path);
    void fetch(const QUrl &url);
    void onReply();
    void parse(const QByteArray &bytes, const QJsonObject &checkpoint);
    void store();
    void storeNext();
    void finishUnchanged(const QString &why);
    void failRecorded(jobs::JobError::Kind kind, const QString &message);
    QString sourceLocation() const { return sourceLocationOf(m_source); }

    IocStore *m_store;
    IocSource m_source;
    QString m_authorization;
    int m_timeoutMs = 120000;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    // The parse of the file, off the GUI thread; joined when the job goes (a job destroyed mid-parse
    // used to leave the thread running and its QThread object leaked).
    std::unique_ptr<QThread> m_parser;
    QPointer<QNetworkReply> m_reply;
    QPointer<config::SecretStore> m_secrets;
    QJsonObject m_oldCheckpoint; // read once when the run starts
    QJsonObject m_newCheckpoint;
    IocParseResult m_parsed;
    qint64 m_pullMark = 0;
    qsizetype m_next = 0;
    UpsertCounts m_counts;
    qint64 m_rejected = 0;
    int m_absent = 0;
    bool m_notModified = false;
};

} // namespace exchange
