// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiCommand.h"

#include "CliContext.h"
#include "jobs/IsoDuration.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "opencti/StixBundleBuilder.h"
#include "s1/ListJobs.h"
#include "session/ProfileSession.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace cli {

OpenCtiCommand::OpenCtiCommand()
    : Command(QStringLiteral("opencti"),
        tr("The OpenCTI incident import: flagged threats become incidents in OpenCTI."))
{
    Subcommand import;
    import.name = QStringLiteral("import");
    import.summary = tr("Import flagged threats into OpenCTI as incidents, every sync period.");
    import.details
        = tr("Without --once, again every sync period (the profile's, or CONNECTOR_DURATION_PERIOD,\n"
             "default PT5M) until SIGTERM or SIGINT. What was imported is kept in the database, so a\n"
             "threat is never sent twice.");
    import.globals = Console;
    import.options = {{ QStringLiteral("once"), tr("Import once, then exit.") }};
    addSubcommand(import);

    Subcommand bundle;
    bundle.name = QStringLiteral("bundle");
    bundle.arguments = QStringLiteral("ID");
    bundle.summary = tr("Print the STIX bundle a threat would become, for review.");
    bundle.details
        = tr("With the import's options (author, TLP). The bundle is always JSON; --json is accepted.");
    bundle.minArguments = bundle.maxArguments = 1;
    bundle.globals = Json | Console;
    addSubcommand(bundle);

    Subcommand status;
    status.name = QStringLiteral("status");
    status.summary = tr("What was imported, what waits for OpenCTI's confirmation, what failed.");
    status.details
        = tr("Without --json, exit code 4 when some threats failed to import (--json: the counts say it).");
    status.globals = Json | Console;
    addSubcommand(status);
}

int OpenCtiCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    QString error;
    if (const int code = context.loadConsole(&error))
        return context.fail(code, error);
    if (subcommand == QLatin1String("import"))
        return import(context, parser().isSet(QStringLiteral("once")));
    if (subcommand == QLatin1String("bundle"))
        return bundle(context, arguments.first());
    return status(context);
}

int OpenCtiCommand::import(CliContext &context, bool once)
{
    opencti::OpenCtiConfig openCtiConfig;
    opencti::ImportSettings settings;
    QString error;
    if (const int code = context.openCtiSetup(&openCtiConfig, &settings, &error))
        return context.fail(code, error);
    opencti::ImportStore *store = context.importStore(&error);
    if (!store)
        return context.fail(LocalFailure, error);
    qint64 period = 0;
    if (!once) {
        const std::optional<QString> text = context.syncPeriod(&error);
        if (!text)
            return context.usage(error);
        const auto seconds = jobs::IsoDuration::parseSeconds(*text, &error);
        if (!seconds)
            return context.usage(QStringLiteral("CONNECTOR_DURATION_PERIOD: ") + error);
        period = *seconds;
    }
    config::Profile profile;
    profile.id = settings.profileId;
    profile.name = settings.connectorName;
    const session::ProfileSession session(profile, context.consoleConfig(), openCtiConfig, settings);
    int code = Ok;
    bool stop = false;
    while (!stop) {
        auto *job = new opencti::OpenCtiImportJob(
            session.client(), session.openCti(), store, session.importSettings());
        code = context.runJob(job, settings.profileId);
        if (once || job->state() == jobs::Job::State::Cancelled || code == Refused || code == Interrupted)
            break;
        context.term().err(tr("Next import %1.").arg(jobs::IsoDuration::describeEvery(period)));
        // Wait for the period, or for SIGTERM/SIGINT (which quits this loop).
        QEventLoop wait;
        QTimer::singleShot(int(std::min<qint64>(period, 24 * 3600) * 1000), &wait, &QEventLoop::quit);
        QObject::connect(&context, &CliContext::interrupted, &wait, [&wait, &stop] {
            stop = true;
            wait.quit();
        });
        wait.exec();
        if (stop)
            code = Ok; // stopped between runs: nothing was interrupted
    }
    return code;
}

int OpenCtiCommand::bundle(CliContext &context, const QString &threatId)
{
    s1::ThreatQuery query;
    query.ids = {threatId};
    auto *threats = new s1::ThreatListJob(context.client(), query);
    threats->setKeepResults(true);
    int code = context.runJob(threats);
    if (code != Ok)
        return code;
    if (threats->threats().isEmpty())
        return context.fail(ApiFailure,
            tr("the console has no threat %1 (or it is outside this token's scope)").arg(threatId));
    const s1::Threat threat = threats->threats().first();
    auto *notes = new s1::NoteListJob(context.client(), threatId);
    code = context.runJob(notes);
    if (code != Ok)
        return code;
    // The same options as the import (author, TLP) so the review shows what would be sent.
    const std::optional<config::Profile> &profile = context.profile();
    opencti::StixBundleBuilder::Options options = profile
        ? opencti::ImportSettings::fromProfile(*profile).bundle
        : opencti::StixBundleBuilder::Options();
    if (!profile)
        options.authorName = context.environment().profile.connectorName;
    options.consoleUrl = context.consoleConfig().url;
    QString error;
    const QJsonObject bundle = opencti::StixBundleBuilder(options).build(
        threat, opencti::OpenCtiImportJob::bundleNotes(notes->notes(), context.flag()), &error);
    if (bundle.isEmpty())
        return context.fail(ApiFailure, error);
    context.term().outRaw(QJsonDocument(bundle).toJson(QJsonDocument::Indented));
    return Ok;
}

int OpenCtiCommand::status(CliContext &context)
{
    QString error;
    opencti::ImportStore *store = context.importStore(&error);
    if (!store)
        return context.fail(LocalFailure, error);
    const QString profileId = context.importProfileId();
    using Status = opencti::ImportRecord::Status;
    const int imported = store->count(profileId, Status::Imported);
    const int sent = store->count(profileId, Status::Sent);
    const int failed = store->count(profileId, Status::Failed);
    const QDateTime mark = store->highWaterMark(profileId);
    const QList<opencti::ImportRecord> recent = store->list(profileId, std::nullopt, 20);
    auto statusName = [](Status s) {
        return s == Status::Imported ? QStringLiteral("imported")
            : s == Status::Sent      ? QStringLiteral("sent")
                                     : QStringLiteral("failed");
    };
    if (context.json()) {
        QJsonArray rows;
        for (const opencti::ImportRecord &r : recent)
            rows.append(QJsonObject {{QStringLiteral("threatId"), r.threatId},
                {QStringLiteral("name"), r.threatName}, {QStringLiteral("status"), statusName(r.status)},
                {QStringLiteral("incidentId"), r.incidentId}, {QStringLiteral("workId"), r.workId},
                {QStringLiteral("error"), r.error}, {QStringLiteral("attempts"), r.attempts}});
        context.term().outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("imported"), imported}, {QStringLiteral("waitingForOpenCti"), sent},
                {QStringLiteral("failed"), failed},
                {QStringLiteral("highWaterMark"),
                    mark.isValid() ? mark.toString(Qt::ISODateWithMs) : QString()},
                {QStringLiteral("recent"),
                    rows}}).toJson(QJsonDocument::Indented));
        return Ok; // the counts are in the JSON
    }
    const QLocale locale;
    context.term().out(tr("Imported: %1   waiting for OpenCTI: %2   failed: %3")
                           .arg(locale.toString(imported), locale.toString(sent), locale.toString(failed)));
    if (mark.isValid())
        context.term().out(tr("Threats updated up to %1 are handled.")
                               .arg(mark.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    else
        context.term().out(tr("No threat handled yet."));
    QList<QStringList> rows;
    for (const opencti::ImportRecord &r : recent)
        rows << QStringList {r.threatId, statusName(r.status), r.sentAt.toString(Qt::ISODate),
            r.error.isEmpty() ? r.threatName : r.error};
    if (!rows.isEmpty())
        context.term().table({tr("THREAT ID"), tr("STATUS"), tr("SENT"), tr("NAME / ERROR")}, rows);
    return failed > 0 ? ApiFailure : Ok;
}

} // namespace cli
