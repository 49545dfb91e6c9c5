// SPDX-License-Identifier: GPL-3.0-or-later
#include "SitesCommand.h"

#include "CliContext.h"
#include "jobs/Job.h"
#include "s1/ListJobs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

SitesCommand::SitesCommand()
    : Command(QStringLiteral("sites"), tr("The console's sites."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the sites the token can see.");
    list.details
        = tr("With an account (S1_ACCOUNT_ID, --account or the profile's), the sites of that account.");
    list.globals = Json | Console;
    addSubcommand(list);
}

int SitesCommand::run(CliContext &context, const QString &, const QStringList &)
{
    QString error;
    if (const int code = context.loadConsole(&error))
        return context.fail(code, error);
    const QString accountId = context.consoleConfig().accountId;
    auto *job = new s1::SiteListJob(
        context.client(), accountId.isEmpty() ? QStringList() : QStringList {accountId});
    QObject::connect(job, &jobs::Job::finished, job, [&context, job] {
        if (job->state() != jobs::Job::State::Succeeded)
            return;
        if (context.json()) {
            QJsonArray array;
            for (const s1::Site &s : job->sites())
                array.append(s.toJson());
            context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return;
        }
        QList<QStringList> rows;
        for (const s1::Site &s : job->sites())
            rows << QStringList {s.id, s.state, s.siteType, s.accountName, s.name};
        context.term().table({tr("SITE ID"), tr("STATE"), tr("TYPE"), tr("ACCOUNT"), tr("NAME")}, rows);
    });
    return context.runJob(job);
}

} // namespace cli
