// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsCommand.h"

#include "CliContext.h"
#include "jobs/Job.h"
#include "s1/ListJobs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

AccountsCommand::AccountsCommand()
    : Command(QStringLiteral("accounts"), tr("The console's accounts."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the accounts the token can see.");
    list.globals = Json | Console;
    addSubcommand(list);
}

int AccountsCommand::run(CliContext &context, const QString &, const QStringList &)
{
    QString error;
    if (const int code = context.loadConsole(&error))
        return context.fail(code, error);
    auto *job = new s1::AccountListJob(context.client());
    QObject::connect(job, &jobs::Job::finished, job, [&context, job] {
        if (job->state() != jobs::Job::State::Succeeded)
            return;
        if (context.json()) {
            QJsonArray array;
            for (const s1::Account &a : job->accounts())
                array.append(a.toJson());
            context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return;
        }
        QList<QStringList> rows;
        for (const s1::Account &a : job->accounts())
            rows << QStringList {a.id, a.state, a.accountType, QString::number(a.numberOfSites), a.name};
        context.term().table({tr("ACCOUNT ID"), tr("STATE"), tr("TYPE"), tr("SITES"), tr("NAME")}, rows);
    });
    return context.runJob(job);
}

} // namespace cli
