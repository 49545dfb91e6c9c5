// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocSupport.h"

#include "CliContext.h"
#include "exchange/FileIocDestination.h"
#include "exchange/IocNormalizer.h"
#include "exchange/IocShareJob.h"
#include "exchange/OpenCtiIndicatorSource.h"
#include "exchange/OpenCtiIocDestination.h"
#include "exchange/S1IocDestination.h"
#include "exchange/TaxiiPullJob.h"
#include "opencti/OpenCtiClient.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cli {

using namespace exchange;

namespace {

constexpr qint64 kMaxFeedBytes = 512LL * 1024 * 1024;

const QStringList &knownVerdicts()
{
    static const QStringList verdicts {QStringLiteral("true_positive"), QStringLiteral("suspicious"),
        QStringLiteral("false_positive"), QStringLiteral("undefined")};
    return verdicts;
}

} // namespace

bool IocSupport::isUrl(const QString &input)
{
    return input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

int IocSupport::read(CliContext &context, const QString &input, Input *result, QString *error,
    const QByteArray &etag, const QByteArray &lastModified)
{
    result->name = input;
    if (!isUrl(input)) {
        const qsizetype scheme = input.indexOf(QLatin1String("://"));
        if (scheme > 0) {
            *error = tr("\"%1\" is not an http(s) URL: a feed is read from http:// or https:// (or give a "
                        "file path)")
                         .arg(input);
            return Usage;
        }
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(input, file.errorString());
            return Usage;
        }
        result->bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            *error = tr("cannot read %1: %2").arg(input, file.errorString());
            return LocalFailure;
        }
        return Ok;
    }
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error
            = tr("\"%1\" is not an http(s) URL: expected http://HOST/PATH or https://HOST/PATH").arg(input);
        return Usage;
    }
    // A plain GET (the net layer's ApiCall speaks the JSON APIs' dialects, not feeds): redirects only
    // to places as safe, a transfer timeout, a size limit, the validators of the last read.
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("s1bridge-cli"));
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified);
    context.watchSignals();
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > kMaxFeedBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(&context, &CliContext::interrupted, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    if (context.wasInterrupted()) {
        *error = tr("interrupted while reading %1").arg(input);
        return Interrupted;
    }
    if (tooLarge) {
        *error = tr("%1 is larger than %2 MiB").arg(input).arg(kMaxFeedBytes / (1024 * 1024));
        return ApiFailure;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304) {
        result->notModified = true;
        result->etag = etag;
        result->lastModified = lastModified;
        return Ok;
    }
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        *error = status > 0
            ? tr("%1 answered HTTP %2 %3")
                  .arg(input)
                  .arg(status)
                  .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
            : tr("cannot read %1: %2").arg(input, reply->errorString());
        return ApiFailure;
    }
    result->bytes = reply->readAll();
    result->etag = reply->rawHeader("ETag");
    result->lastModified = reply->rawHeader("Last-Modified");
    return Ok;
}

int IocSupport::open(CliContext &context, QString *profileId, IocStore **store)
{
    QString error;
    int code = Usage;
    const std::optional<QString> id = context.sourceProfileId(&error, &code);
    if (!id)
        return context.fail(code, error);
    *store = context.iocStore(&error);
    if (!*store)
        return context.fail(LocalFailure, error);
    *profileId = *id;
    return Ok;
}

void IocSupport::intOption(
    const QCommandLineParser &options, const char *option, int min, int max, int *into, QStringList *problems)
{
    if (!options.isSet(QLatin1String(option)))
        return;
    bool ok = false;
    const int n = options.value(QLatin1String(option)).toInt(&ok);
    if (!ok || n < min || n > max)
        *problems
            << tr("--%1: expected a whole number from %2 to %3").arg(QLatin1String(option)).arg(min).arg(max);
    else
        *into = n;
}

void IocSupport::scopeOption(const QCommandLineParser &options, s1::IocScope *scope, QStringList *problems)
{
    if (!options.isSet(QStringLiteral("scope")))
        *problems << tr("--scope: required: account:ID, site:ID or group:ID (where the IOCs go)");
    else if (const auto parsed = s1::IocScope::fromString(options.value(QStringLiteral("scope"))))
        *scope = *parsed;
    else
        *problems << tr("--scope: \"%1\" is not account:ID, site:ID or group:ID")
                         .arg(options.value(QStringLiteral("scope")));
}

void IocSupport::printRejected(CliContext &context, const QString &name, const IocParseResult &result)
{
    for (const IocParseIssue &issue : result.rejected)
        context.term().err(QStringLiteral("%1:%2: %3").arg(name).arg(issue.line).arg(issue.reason));
    for (const IocParseIssue &issue : result.warnings)
        context.term().err(tr("%1:%2: warning: %3").arg(name).arg(issue.line).arg(issue.reason));
    if (result.warningCount > result.warnings.size())
        context.term().err(
            tr("%1: %2 more warnings").arg(name).arg(result.warningCount - result.warnings.size()));
    for (const QString &note : result.notes)
        context.term().err(tr("%1: note: %2").arg(name, note));
}

std::optional<IocFileFormat> IocSupport::formatFromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (word == QLatin1String("text") || word == QLatin1String("txt"))
        return IocFileFormat::PlainText;
    if (word == QLatin1String("csv"))
        return IocFileFormat::Csv;
    if (word == QLatin1String("stix") || word == QLatin1String("json"))
        return IocFileFormat::Stix;
    if (word == QLatin1String("auto") || word.isEmpty())
        return IocFileFormat::Auto;
    return std::nullopt;
}

QString IocSupport::formatWord(IocFileFormat format)
{
    switch (format) {
    case IocFileFormat::PlainText:
        return QStringLiteral("text");
    case IocFileFormat::Csv:
        return QStringLiteral("csv");
    case IocFileFormat::Stix:
        return QStringLiteral("stix");
    case IocFileFormat::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QStringList IocSupport::sourceProblems(const QString &kind, const QJsonObject &settings)
{
    QStringList problems;
    if (!IocSource::kinds().contains(kind)) {
        problems << tr("kind: \"%1\" is not a source kind; expected %2")
                        .arg(kind, IocSource::kinds().join(QLatin1String(", ")));
        return problems;
    }
    auto unknownKeys = [&](const QStringList &known) {
        for (auto it = settings.begin(); it != settings.end(); ++it)
            if (!known.contains(it.key()))
                problems << tr("settings.%1: not a setting of a %2 source; expected %3")
                                .arg(it.key(), kind, known.join(QLatin1String(", ")));
    };
    if (kind == QLatin1String("manual")) {
        unknownKeys({});
    } else if (kind == QLatin1String("feed")) {
        unknownKeys({QStringLiteral("url"), QStringLiteral("file"), QStringLiteral("format")});
        const QString url = settings.value(QLatin1String("url")).toString();
        const QString file = settings.value(QLatin1String("file")).toString();
        if (url.isEmpty() == file.isEmpty())
            problems << tr("settings: a feed has either a url (http or https) or a file, not %1")
                            .arg(url.isEmpty() ? tr("neither") : tr("both"));
        if (!url.isEmpty()) {
            const QUrl parsed(url, QUrl::StrictMode);
            if (!isUrl(url) || !parsed.isValid() || parsed.host().isEmpty())
                problems << tr("settings.url: \"%1\" is not an http(s) URL; expected http://HOST/PATH or "
                               "https://HOST/PATH")
                                .arg(url);
        }
        if (!formatFromName(settings.value(QLatin1String("format")).toString()))
            problems << tr("settings.format: \"%1\" is not a format; expected text, csv, stix or auto")
                            .arg(settings.value(QLatin1String("format")).toString());
    } else if (kind == QLatin1String("opencti")) {
        unknownKeys({QStringLiteral("minScore"), QStringLiteral("labels"), QStringLiteral("maxMarking"),
            QStringLiteral("initialDays"), QStringLiteral("pageSize")});
        for (const QString &problem : OpenCtiIndicatorPullJob::settingsProblems(settings))
            problems << QStringLiteral("settings.") + problem;
    } else if (kind == QLatin1String("taxii")) {
        unknownKeys({QStringLiteral("url"), QStringLiteral("apiRoot"), QStringLiteral("collectionId"),
            QStringLiteral("collectionTitle"), QStringLiteral("auth"), QStringLiteral("username"),
            QStringLiteral("initialDays"), QStringLiteral("pageSize")});
        for (const QString &problem : TaxiiPullJob::settingsProblems(settings))
            problems << QStringLiteral("settings.") + problem;
    } else {
        unknownKeys({QStringLiteral("siteIds"), QStringLiteral("siteNames"),
            QStringLiteral("analystVerdicts"), QStringLiteral("classifications"),
            QStringLiteral("confidenceLevels"), QStringLiteral("hashTypes"), QStringLiteral("initialDays")});
        for (const QJsonValue &v : settings.value(QLatin1String("hashTypes")).toArray()) {
            const auto type = iocTypeFromName(v.toString());
            if (!type || !isIocHash(*type))
                problems << tr("settings.hashTypes: \"%1\" is not a hash type; expected sha256, md5 or sha1")
                                .arg(v.toString());
        }
        for (const QJsonValue &v : settings.value(QLatin1String("analystVerdicts")).toArray())
            if (!knownVerdicts().contains(v.toString()))
                problems << tr("settings.analystVerdicts: \"%1\" is not a verdict; expected %2")
                                .arg(v.toString(), knownVerdicts().join(QLatin1String(", ")));
        const QJsonValue days = settings.value(QLatin1String("initialDays"));
        if (!days.isUndefined() && (!days.isDouble() || days.toInt() < 1 || days.toInt() > 3650))
            problems << tr("settings.initialDays: expected a whole number of days from 1 to 3650");
        if (problems.isEmpty()) {
            const QString problem
                = S1ThreatSource::settingsProblem(S1ThreatSourceSettings::fromJson(settings));
            if (!problem.isEmpty())
                problems << problem;
        }
    }
    return problems;
}

QString IocSupport::describeSettings(const IocSource &source)
{
    const QJsonObject &s = source.settings;
    if (source.kind == QLatin1String("feed")) {
        const QString where = s.value(QLatin1String("url")).toString().isEmpty()
            ? s.value(QLatin1String("file")).toString()
            : s.value(QLatin1String("url")).toString();
        const QString format = s.value(QLatin1String("format")).toString();
        return format.isEmpty() || format == QLatin1String("auto") ? where : tr("%1 (%2)").arg(where, format);
    }
    if (source.kind == QLatin1String("s1-threats")) {
        const S1ThreatSourceSettings settings = S1ThreatSourceSettings::fromJson(s);
        QStringList hashes;
        for (IocType type : settings.hashTypes)
            hashes << iocTypeName(type);
        QStringList sites;
        for (const QJsonValue &v : s.value(QLatin1String("siteNames")).toArray())
            sites << v.toString();
        if (sites.isEmpty())
            sites = settings.siteIds;
        return tr("sites: %1; verdicts: %2; %3; first %4 days")
            .arg(sites.isEmpty() ? tr("the profile's") : sites.join(QLatin1String(", ")),
                settings.analystVerdicts.isEmpty() ? tr("all")
                                                   : settings.analystVerdicts.join(QLatin1String(", ")),
                hashes.join(QLatin1String(", ")))
            .arg(settings.initialDays);
    }
    if (source.kind == QLatin1String("opencti")) {
        const OpenCtiIndicatorSettings settings = OpenCtiIndicatorSettings::fromJson(s);
        return tr("score >= %1; labels: %2; up to %3; first %4 days")
            .arg(settings.minScore)
            .arg(settings.labels.isEmpty() ? tr("any") : settings.labels.join(QLatin1String(", ")),
                settings.maxMarking)
            .arg(settings.initialDays);
    }
    if (source.kind == QLatin1String("taxii")) {
        const QString collection = s.value(QLatin1String("collectionTitle"))
                                       .toString(s.value(QLatin1String("collectionId")).toString());
        const QString root
            = s.value(QLatin1String("apiRoot")).toString(s.value(QLatin1String("url")).toString());
        return tr("%1, collection %2 (%3)")
            .arg(root, collection, s.value(QLatin1String("auth")).toString(QStringLiteral("none")));
    }
    return QString();
}

std::optional<IocSource> IocSupport::source(CliContext &context, IocStore *store, const QString &profileId,
    const QString &name, bool create, QString *error, int *code)
{
    if (std::optional<IocSource> found = store->sourceByName(profileId, name))
        return found;
    if (!create) {
        *error = tr("no source named \"%1\"; 's1bridge-cli sources list' shows them").arg(name);
        *code = Usage;
        return std::nullopt;
    }
    IocSource source;
    source.profileId = profileId;
    source.name = name;
    source.kind = QStringLiteral("manual");
    if (!store->saveSource(&source, error)) {
        *code = LocalFailure;
        return std::nullopt;
    }
    context.term().err(tr("Created the manual source \"%1\".").arg(name));
    return source;
}

bool IocSupport::upsertAll(IocStore *store, const QString &sourceId, const QList<Ioc> &iocs, qint64 pullMark,
    UpsertCounts *counts, QString *error)
{
    constexpr int batchSize = 5000;
    UpsertCounts total;
    const bool ok = store->database()->transaction(
        [&](QSqlDatabase &) {
            for (qsizetype at = 0; at < iocs.size(); at += batchSize) {
                UpsertCounts batch;
                if (!store->upsert(sourceId, iocs.mid(at, batchSize), pullMark, &batch, error))
                    return false;
                total.added += batch.added;
                total.updated += batch.updated;
                total.unchanged += batch.unchanged;
            }
            return true;
        },
        error);
    if (ok) {
        counts->added += total.added;
        counts->updated += total.updated;
        counts->unchanged += total.unchanged;
    }
    return ok;
}

QList<IocRecord> IocSupport::findValue(IocStore *store, const QString &value)
{
    const QString trimmed = value.trimmed();
    QList<IocRecord> found;
    QList<qint64> ids;
    auto take = [&](const QList<IocRecord> &records) {
        for (const IocRecord &r : records)
            if (!ids.contains(r.id)) {
                ids << r.id;
                found << r;
            }
    };
    const IocNormalizeResult detected = IocNormalizer::detectType(trimmed);
    if (detected.ok)
        take(store->findValue(detected.value));
    take(store->findValue(trimmed));
    // The same text read as each type (a domain that detection took for something else).
    for (IocType type : allIocTypes()) {
        const IocNormalizeResult as = IocNormalizer::normalize(type, trimmed);
        if (as.ok && as.value != detected.value)
            if (const std::optional<IocRecord> r = store->find(type, as.value))
                take({*r});
    }
    return found;
}

QJsonObject IocSupport::mapSources(const QJsonObject &definition, const QList<IocSource> &sources, bool toIds,
    QStringList *problems, const QString &field)
{
    const QJsonValue value = definition.value(QLatin1String("sources"));
    if (!value.isArray())
        return definition; // absent, or wrong: the definition's own validation says so
    QJsonArray mapped;
    for (const QJsonValue &v : value.toArray()) {
        const QString text = v.toString();
        QString result;
        bool found = false;
        for (const IocSource &s : sources) {
            if (toIds && (s.name == text || (!s.id.isEmpty() && s.id == text))) {
                result = s.id.isEmpty() ? text : s.id; // a source not saved yet: its name for now
                found = true;
            } else if (!toIds && s.id == text) {
                result = s.name;
                found = true;
            }
            if (found)
                break;
        }
        if (!found) {
            if (toIds && problems)
                problems->append(
                    tr("%1: there is no source named \"%2\"; 's1bridge-cli sources list' shows them")
                        .arg(field, text));
            result = text;
        }
        mapped.append(result);
    }
    QJsonObject copy = definition;
    copy.insert(QStringLiteral("sources"), mapped);
    return copy;
}

QString IocSupport::csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.at(0)))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
        field = u'"' + field.replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    return field;
}

QString IocSupport::isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

int IocSupport::share(CliContext &context, IocStore *store, const SharingConfig &config, bool dryRun,
    const QJsonObject &extra, const QString &firstLine)
{
    QString error;
    // The destination's profile when the configuration names a saved one other than the loaded one.
    QString profile;
    if (!config.profileId.isEmpty() && !config.profileId.startsWith(QLatin1String("env-"))
        && !(context.profile() && context.profile()->id == config.profileId))
        profile = config.profileId;
    IocDestination *destination = nullptr;
    opencti::OpenCtiClient *openCti = nullptr;
    switch (config.destination) {
    case SharingConfig::DestinationKind::S1ThreatIntel:
        if (const int code = context.loadConsole(&error, profile))
            return context.fail(code, error);
        destination = new S1IocDestination(context.client(), config);
        break;
    case SharingConfig::DestinationKind::OpenCti: {
        // The profile's OpenCTI (its connector, author and TLP), as its import uses it.
        if (const int code = context.loadConsole(&error, profile))
            return context.fail(code, error);
        opencti::OpenCtiConfig openCtiConfig;
        opencti::ImportSettings settings;
        if (const int code = context.openCtiSetup(&openCtiConfig, &settings, &error))
            return context.fail(code, error);
        openCti = new opencti::OpenCtiClient(openCtiConfig);
        destination = new OpenCtiIocDestination(openCti, settings, store, config);
        break;
    }
    case SharingConfig::DestinationKind::File:
        // No console is needed to write a file; the profile, when it loads, names the run in the history.
        context.loadConsole(&error, profile);
        destination = new FileIocDestination(store, config);
        break;
    }
    auto *job = new IocShareJob(
        store, config, destination, dryRun ? IocShareJob::Mode::DryRun : IocShareJob::Mode::Share);
    destination->setParent(job);
    if (openCti)
        openCti->setParent(job); // after the destination: deleted after it (its calls use the client)
    // A test is not recorded: the history's last run of the kind sets when the period runs it next.
    const int code = context.runJob(job, dryRun ? QString() : context.recordKey());
    if (job->state() != jobs::Job::State::Succeeded)
        return code;
    QJsonObject result = extra;
    if (!context.json() && !firstLine.isEmpty())
        context.term().out(firstLine);
    if (dryRun) {
        const IocShareJob::Plan &plan = job->plan();
        result.insert(QStringLiteral("create"), plan.toCreate);
        result.insert(QStringLiteral("renew"), plan.toRenew);
        result.insert(QStringLiteral("retract"), plan.toRetract);
        result.insert(QStringLiteral("pending"), plan.pending);
        result.insert(QStringLiteral("samples"),
            QJsonObject {{QStringLiteral("create"), QJsonArray::fromStringList(plan.createSample)},
                {QStringLiteral("renew"), QJsonArray::fromStringList(plan.renewSample)},
                {QStringLiteral("retract"), QJsonArray::fromStringList(plan.retractSample)}});
        if (context.json()) {
            context.term().outRaw(QJsonDocument(result).toJson(QJsonDocument::Indented));
            return code;
        }
        auto section = [&context](const QString &title, const QStringList &sample) {
            context.term().out(title);
            for (const QString &value : sample)
                context.term().out(QStringLiteral("  ") + value);
        };
        section(tr("Would create: %1").arg(plan.toCreate), plan.createSample);
        section(tr("Would renew: %1").arg(plan.toRenew), plan.renewSample);
        section(tr("Would retract: %1").arg(plan.toRetract), plan.retractSample);
        if (plan.pending > 0)
            context.term().out(tr("Sent by an interrupted run, read back first: %1").arg(plan.pending));
        return code;
    }
    const IocShareJob::ShareCounts &c = job->shareCounts();
    result.insert(QStringLiteral("created"), c.created);
    result.insert(QStringLiteral("renewed"), c.renewed);
    result.insert(QStringLiteral("retracted"), c.retracted);
    result.insert(QStringLiteral("failed"), c.failed);
    result.insert(QStringLiteral("unchanged"), c.unchanged);
    result.insert(QStringLiteral("reconciled"), c.reconciled);
    result.insert(QStringLiteral("requests"), c.requests);
    result.insert(QStringLiteral("posts"), c.posts);
    if (context.json())
        context.term().outRaw(QJsonDocument(result).toJson(QJsonDocument::Indented));
    else
        context.term().out(tr("%1 created, %2 renewed, %3 retracted, %4 refused, %5 unchanged, %6 reconciled "
                              "(%7 requests, %8 POSTs)")
                               .arg(c.created)
                               .arg(c.renewed)
                               .arg(c.retracted)
                               .arg(c.failed)
                               .arg(c.unchanged)
                               .arg(c.reconciled)
                               .arg(c.requests)
                               .arg(c.posts));
    return code;
}

} // namespace cli
