// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocFileParser.h"
#include "exchange/IocStore.h"
#include "exchange/S1ThreatSource.h"
#include "exchange/SharingConfig.h"
#include "s1/S1ThreatIntel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

class QCommandLineParser;

namespace cli {

class CliContext;

// What the IOC command groups (iocs, sources, rules, sharing) share: reading a file or a feed URL,
// listing a parser's rejected lines, the kinds of sources and their settings, CSV fields.
class IocSupport
{
    Q_DECLARE_TR_FUNCTIONS(IocSupport)
public:
    IocSupport() = delete;

    // A file or an http(s) URL read whole. A conditional GET when etag or lastModified is given.
    struct Input
    {
        QByteArray bytes;
        QString name; // for messages: the path or the URL
        bool notModified = false; // the server answered 304
        QByteArray etag, lastModified; // the answer's validators (URLs only)
    };
    // INPUT is a URL when it starts with http:// or https://; another "scheme://" is refused as not
    // an http(s) URL; anything else is a file path. Returns Ok, or the exit code with *error.
    static int read(CliContext &context, const QString &input, Input *result, QString *error,
        const QByteArray &etag = {}, const QByteArray &lastModified = {});
    static bool isUrl(const QString &input);

    // The profile the IOC command groups work on (CliContext::sourceProfileId) and the IOC store.
    // Ok, or the exit code after the message was printed.
    static int open(CliContext &context, QString *profileId, exchange::IocStore **store);
    // --OPTION N within [min, max] into *into (unset: *into stays); else a problem naming the option.
    static void intOption(const QCommandLineParser &options, const char *option, int min, int max, int *into,
        QStringList *problems);
    // --scope account:ID|site:ID|group:ID, required; else a problem naming the option.
    static void scopeOption(const QCommandLineParser &options, s1::IocScope *scope, QStringList *problems);

    // "NAME:LINE: reason" on stderr for every rejected line, then the parser's notes.
    static void printRejected(
        CliContext &context, const QString &name, const exchange::IocParseResult &result);

    // text|csv|stix|auto; nullopt for another word.
    static std::optional<exchange::IocFileFormat> formatFromName(const QString &name);
    static QString formatWord(exchange::IocFileFormat format);

    // Empty when a source's kind and settings can be used; else one sentence per problem, naming the
    // field (sources add, sharing import).
    static QStringList sourceProblems(const QString &kind, const QJsonObject &settings);
    // One line about a source's settings for a table ("https://... (csv)", "sites: 2, SHA256, MD5").
    static QString describeSettings(const exchange::IocSource &source);

    // The source NAME of the profile; created as a manual source when it does not exist and create
    // is set. nullopt with *error (and *code) when it cannot be had.
    static std::optional<exchange::IocSource> source(CliContext &context, exchange::IocStore *store,
        const QString &profileId, const QString &name, bool create, QString *error, int *code);

    // Upserts the IOCs into the store for the source, in batches, all in one transaction (nothing
    // written when one batch fails). *counts adds up the batches.
    static bool upsertAll(exchange::IocStore *store, const QString &sourceId,
        const QList<exchange::Ioc> &iocs, qint64 pullMark, exchange::UpsertCounts *counts, QString *error);
    // Looks a value up as typed and normalized (whatever its type).
    static QList<exchange::IocRecord> findValue(exchange::IocStore *store, const QString &value);

    // A definition's "sources" (rule or sharing configuration) turned from source names to ids
    // (toIds) or back. A name that no source has is a problem naming the field; an id without a
    // source is kept as it is when going back to names.
    static QJsonObject mapSources(const QJsonObject &definition, const QList<exchange::IocSource> &sources,
        bool toIds, QStringList *problems = nullptr, const QString &field = QStringLiteral("sources"));

    // Runs a stored sharing configuration's share job (exchange::IocShareJob) against the console
    // loaded now (loadConsole(); a configuration naming another saved profile loads that one): progress
    // and the job's summary on stderr, the counts on stdout ("N created, M renewed ..." or JSON).
    // dryRun: the test (nothing sent, not recorded): how many would be created, renewed and retracted,
    // with samples. extra: members added to the JSON answer; firstLine: a line printed on stdout
    // before the counts (both only when the job succeeded: a failed share leaves stdout empty).
    // The exit code.
    static int share(CliContext &context, exchange::IocStore *store, const exchange::SharingConfig &config,
        bool dryRun, const QJsonObject &extra = {}, const QString &firstLine = {});

    // A CSV field: quoted when it holds a comma, a quote or a line break; a leading = + - @ defused.
    static QString csvField(const QString &text);
    static QString isoOrEmpty(const QDateTime &time);
};

} // namespace cli
