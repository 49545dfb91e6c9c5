// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedPullJob.h"

#include "config/SecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace exchange {

namespace {
IocFileFormat formatOf(const QJsonObject &settings)
{
    const QString format = settings.value(QLatin1String("format")).toString().toLower();
    if (format == QLatin1String("text"))
        return IocFileFormat::PlainText;
    if (format == QLatin1String("csv"))
        return IocFileFormat::Csv;
    if (format == QLatin1String("stix"))
        return IocFileFormat::Stix;
    return IocFileFormat::Auto;
}

bool looksLikeWebPage(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head>");
}

constexpr int MaxFailuresKept = 1000; // the rest are counted in the summary
} // namespace

FeedPullJob::FeedPullJob(IocStore *store, const IocSource &source, QObject *parent)
    : Job(Kind, tr("Pull IOCs from %1").arg(source.name), parent)
    , m_store(store)
    , m_source(source)
{ }

FeedPullJob::~FeedPullJob()
{
    if (m_parser)
        m_parser->wait();
}

QStringList FeedPullJob::settingsProblems(const QJsonObject &settings)
{
    QStringList problems;
    const QString url = settings.value(QLatin1String("url")).toString();
    const QString path = settings.value(QLatin1String("file")).toString();
    if (url.isEmpty() == path.isEmpty())
        problems << tr("url or file: give either the feed's http(s) address or a local file, not both.");
    if (settings.value(QLatin1String("authorization")).toBool() && url.isEmpty())
        problems << tr("authorization: a credential is sent to a URL only; a file source takes none.");
    if (!url.isEmpty()) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty()
            || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            problems << tr(
                "url: \"%1\" is not an http or https address, e.g. https://feeds.example.com/iocs.txt.")
                            .arg(url);
    }
    const QString format = settings.value(QLatin1String("format")).toString().toLower();
    static const QStringList formats {QString(), QStringLiteral("auto"), QStringLiteral("text"),
        QStringLiteral("csv"), QStringLiteral("stix")};
    if (!formats.contains(format))
        problems << tr("format: use auto, text, csv or stix, not \"%1\".").arg(format);
    return problems;
}

QString FeedPullJob::credentialKey(const QString &sourceId)
{
    return QStringLiteral("source/%1/authorization").arg(sourceId);
}

bool FeedPullJob::needsCredential(const IocSource &source)
{
    return source.settings.value(QLatin1String("authorization")).toBool();
}

QString FeedPullJob::sourceLocationOf(const IocSource &source)
{
    const QString file = source.settings.value(QLatin1String("file")).toString();
    return file.isEmpty() ? source.settings.value(QLatin1String("url")).toString()
                          : QDir::toNativeSeparators(file);
}

void FeedPullJob::run()
{
    const QStringList problems = settingsProblems(m_source.settings);
    if (!problems.isEmpty())
        return failRecorded(jobs::JobError::Kind::Input,
            tr("The source %1 cannot be pulled. %2").arg(m_source.name, problems.join(u' ')));
    m_pullMark = QDateTime::currentMSecsSinceEpoch();
    m_oldCheckpoint = QJsonDocument::fromJson(m_store->checkpoint(m_source.id).toUtf8()).object();
    const QString path = m_source.settings.value(QLatin1String("file")).toString();
    if (!path.isEmpty())
        return readFile(path);
    if (needsCredential(m_source) && m_authorization.isEmpty() && m_secrets) {
        setProgress(0, -1, tr("Reading the source's credential from the keychain"));
        config::SecretStore *secrets = m_secrets;
        m_secrets = nullptr; // read once: without it, the sentence below
        secrets->read(credentialKey(m_source.id), this,
            [this](const std::optional<QString> &value, const QString &error) {
                if (isCancelRequested())
                    return finishCancelled();
                if (!value && !error.isEmpty())
                    return failRecorded(jobs::JobError::Kind::Keychain, error);
                m_authorization = value.value_or(QString());
                run();
            });
        return;
    }
    if (needsCredential(m_source) && m_authorization.isEmpty())
        return failRecorded(jobs::JobError::Kind::Keychain,
            tr("The credential of the source %1 is not in the keychain: give it again with 's1bridge-cli "
               "sources credential %1 FILE' (or in the window's source editor).")
                .arg(m_source.name));
    fetch(QUrl(m_source.settings.value(QLatin1String("url")).toString()));
}

void FeedPullJob::setSecretStore(config::SecretStore *secrets)
{
    m_secrets = secrets;
}

void FeedPullJob::onCancel()
{
    if (m_reply)
        m_reply->abort(); // onReply() ends the job as cancelled
    // Parsing finishes on its thread and storing checks between batches: both end it there.
}

void FeedPullJob::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return failRecorded(jobs::JobError::Kind::Disk,
            tr("The file %1 of the source %2 cannot be read: check that it exists and that this user may "
               "read it.")
                .arg(QDir::toNativeSeparators(path), m_source.name));
    setProgress(0, -1, tr("Reading %1").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failRecorded(jobs::JobError::Kind::Disk,
            tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.read(MaxFeedBytes + 1);
    if (bytes.size() > MaxFeedBytes)
        return failRecorded(jobs::JobError::Kind::Input,
            tr("The file %1 is larger than %2 MiB: split it.")
                .arg(QDir::toNativeSeparators(path))
                .arg(MaxFeedBytes >> 20));
    parse(bytes, {});
}

void FeedPullJob::fetch(const QUrl &url)
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // A credential never follows a redirect to another host; without one, a redirect may not go
    // from https to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        m_authorization.isEmpty() ? QNetworkRequest::NoLessSafeRedirectPolicy
                                  : QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("S1 Bridge"));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization.toUtf8());
    const QJsonObject &old = m_oldCheckpoint;
    if (old.value(QLatin1String("url")).toString() == url.toString()) { // the same feed as last time
        if (const QString etag = old.value(QLatin1String("etag")).toString(); !etag.isEmpty())
            request.setRawHeader("If-None-Match", etag.toUtf8());
        if (const QString modified = old.value(QLatin1String("lastModified")).toString(); !modified.isEmpty())
            request.setRawHeader("If-Modified-Since", modified.toUtf8());
    }
    setProgress(0, -1, tr("Fetching %1").arg(url.toDisplayString()));
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxFeedBytes && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &FeedPullJob::onReply);
}

void FeedPullJob::onReply()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const QString where = reply->url().toDisplayString();
    if (isCancelRequested())
        return finishCancelled();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304)
        return finishUnchanged(
            tr("The feed at %1 has not changed since the last pull (HTTP 304).").arg(where));
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return failRecorded(jobs::JobError::Kind::Input,
            tr("The feed at %1 is larger than %2 MiB: S1 Bridge stopped reading it.")
                .arg(where)
                .arg(MaxFeedBytes >> 20));
    if (status == 401 || status == 403)
        return failRecorded(jobs::JobError::Kind::Remote,
            tr("The feed at %1 refused access (HTTP %2): check the source's credentials.")
                .arg(where)
                .arg(status));
    if (status == 404)
        return failRecorded(jobs::JobError::Kind::Remote,
            tr("There is no feed at %1 (HTTP 404): check the address.").arg(where));
    if (status >= 400)
        return failRecorded(jobs::JobError::Kind::Remote,
            tr("The feed at %1 answered HTTP %2 %3: try again later.")
                .arg(where)
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    if (reply->error() != QNetworkReply::NoError)
        return failRecorded(jobs::JobError::Kind::Remote,
            tr("The feed at %1 could not be fetched: %2").arg(where, reply->errorString()));
    const QByteArray bytes = reply->readAll();
    if (looksLikeWebPage(bytes))
        return failRecorded(jobs::JobError::Kind::Remote,
            tr("The feed at %1 answered a web page, not a list of indicators: check the address (a "
               "login or error page?).")
                .arg(where));
    QJsonObject checkpoint {{QLatin1String("url"), m_source.settings.value(QLatin1String("url")).toString()}};
    if (const QByteArray etag = reply->rawHeader("ETag"); !etag.isEmpty())
        checkpoint.insert(QLatin1String("etag"), QString::fromUtf8(etag));
    if (const QByteArray modified = reply->rawHeader("Last-Modified"); !modified.isEmpty())
        checkpoint.insert(QLatin1String("lastModified"), QString::fromUtf8(modified));
    parse(bytes, checkpoint);
}

void FeedPullJob::parse(const QByteArray &bytes, const QJsonObject &checkpoint)
{
    // The content's digest tells an unchanged file, or a server that sends no validators.
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (m_oldCheckpoint.value(QLatin1String("sha256")).toString() == digest)
        return finishUnchanged(tr("%1 has not changed since the last pull.").arg(sourceLocation()));
    m_newCheckpoint = checkpoint;
    m_newCheckpoint.insert(QLatin1String("sha256"), digest);
    setProgress(0, -1, tr("Reading %1 bytes", nullptr, int(std::min<qint64>(bytes.size(), INT_MAX))));
    auto result = std::make_shared<IocParseResult>();
    const IocFileFormat format = formatOf(m_source.settings);
    m_parser.reset(
        QThread::create([bytes, format, result] { *result = IocFileParser::parse(bytes, format); }));
    m_parser->setObjectName(QStringLiteral("feed-parse"));
    connect(m_parser.get(), &QThread::finished, this, [this, result] {
        if (isCancelRequested())
            return finishCancelled();
        m_parsed = std::move(*result);
        if (!m_parsed.error.isEmpty())
            return failRecorded(jobs::JobError::Kind::Input, tr("%1: %2").arg(m_source.name, m_parsed.error));
        store();
    });
    m_parser->start();
}

void FeedPullJob::store()
{
    m_rejected = m_parsed.rejected.size();
    tally().seen = m_parsed.iocs.size() + m_rejected;
    for (const IocParseIssue &issue : std::as_const(m_parsed.rejected).mid(0, MaxFailuresKept))
        addFailure(tr("line %1: %2").arg(issue.line).arg(issue.text), issue.reason, false);
    m_next = 0;
    storeNext();
}

void FeedPullJob::storeNext()
{
    if (isCancelRequested())
        return finishCancelled(); // what was stored stays; the checkpoint does not move
    const qsizetype total = m_parsed.iocs.size();
    if (m_next < total) {
        const QList<Ioc> batch = m_parsed.iocs.mid(m_next, BatchSize);
        UpsertCounts counts;
        QString error;
        if (!m_store->upsert(m_source.id, batch, m_pullMark, &counts, &error))
            return failRecorded(jobs::JobError::Kind::Database, error);
        m_counts.added += counts.added;
        m_counts.updated += counts.updated;
        m_counts.unchanged += counts.unchanged;
        m_next += batch.size();
        setProgress(m_next, total,
            tr("Stored %1 of %Ln IOC(s)", nullptr, int(total)).arg(QLocale().toString(m_next)));
        QTimer::singleShot(0, this, &FeedPullJob::storeNext); // the event loop breathes between batches
        return;
    }
    QString error;
    if (!m_store->markAbsent(m_source.id, m_pullMark, &error, &m_absent))
        return failRecorded(jobs::JobError::Kind::Database, error);
    tally().done = m_counts.added + m_counts.updated;
    tally().skipped = m_counts.unchanged;
    const QJsonObject counts {{QLatin1String("new"), m_counts.added},
        {QLatin1String("updated"), m_counts.updated}, {QLatin1String("unchanged"), m_counts.unchanged},
        {QLatin1String("rejected"), m_rejected}, {QLatin1String("absent"), m_absent}};
    if (!m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(), QStringLiteral("succeeded"),
            counts, QString::fromUtf8(QJsonDocument(m_newCheckpoint).toJson(QJsonDocument::Compact)), &error))
        return failRecorded(jobs::JobError::Kind::Database, error);
    const QLocale locale;
    succeed(tr("Pulled %Ln IOC(s) from %1", nullptr, int(total)).arg(m_source.name)
        + tr(": %1 new, %2 updated, %3 unchanged; %Ln line(s) refused; %4 no longer listed.", nullptr,
            int(m_rejected))
              .arg(locale.toString(m_counts.added), locale.toString(m_counts.updated),
                  locale.toString(m_counts.unchanged), locale.toString(m_absent)));
}

void FeedPullJob::finishUnchanged(const QString &why)
{
    m_notModified = true;
    QString error;
    if (!m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(), QStringLiteral("not modified"),
            QJsonObject {}, std::nullopt, &error))
        return failRecorded(jobs::JobError::Kind::Database, error);
    succeed(why);
}

void FeedPullJob::failRecorded(jobs::JobError::Kind kind, const QString &message)
{
    QString ignored; // the failure itself is what the user reads
    m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(), tr("failed: %1").arg(message), {},
        std::nullopt, &ignored);
    if (kind == jobs::JobError::Kind::Remote) {
        jobs::JobError error;
        error.kind = kind;
        error.remote.kind = net::ApiError::Kind::Network;
        error.remote.detail = message;
        error.message = message;
        return fail(error);
    }
    if (kind == jobs::JobError::Kind::Input)
        return fail(message);
    failLocal(kind, message);
}

} // namespace exchange
