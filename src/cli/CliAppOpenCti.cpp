// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-cli opencti import | bundle | status: the OpenCTI incident import from the command line.
#include "CliApp.h"

#include "config/SecretStore.h"
#include "jobs/IsoDuration.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "opencti/StixBundleBuilder.h"
#include "s1/ApiCall.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <QUuid>

bool CliApp::openDatabase(QString *error)
{
    if (m_importStore)
        return true;
    m_database = std::make_unique<storage::Database>();
    if (!m_database->open(error))
        return false;
    m_importStore = std::make_unique<opencti::ImportStore>(m_database.get());
    return true;
}

// The OpenCTI side: the profile's (token from the keychain) or the public connector's variables.
bool CliApp::loadOpenCtiConfig(opencti::OpenCtiConfig *openCti, opencti::ImportSettings *settings, QString *error)
{
    QString url, token;
    if (m_profile) {
        *settings = opencti::ImportSettings::fromProfile(*m_profile);
        settings->bundle.consoleUrl = m_config.url;
        if (!m_profile->openCtiEnabled) {
            *error = tr("profile \"%1\" does not send to OpenCTI: edit it in S1 Bridge (OpenCTI page) or import a "
                        "configuration with OPENCTI_URL").arg(m_profile->name);
            return false;
        }
        url = m_profile->openCtiUrl.toString();
        QString keychainError;
        token = readSecret(config::Profile::secretKey(m_profile->id, config::Profile::Secret::OpenCtiToken), &keychainError)
                    .value_or(qEnvironmentVariable("OPENCTI_TOKEN"));
    } else {
        settings->connectorId = qEnvironmentVariable("CONNECTOR_ID");
        if (QUuid::fromString(settings->connectorId).isNull()) {
            *error = tr("CONNECTOR_ID must be a UUID (the connector's identity in OpenCTI), e.g. %1")
                         .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
            return false;
        }
        settings->profileId = QStringLiteral("env-") + settings->connectorId;
        settings->connectorName = qEnvironmentVariable("CONNECTOR_NAME", QStringLiteral("S1 Bridge"));
        settings->flag = m_flag;
        settings->bundle.consoleUrl = m_config.url;
        url = qEnvironmentVariable("OPENCTI_URL");
        token = qEnvironmentVariable("OPENCTI_TOKEN");
    }
    settings->bundle.authorName = settings->connectorName;
    openCti->url = opencti::OpenCtiConfig::normalizeUrl(url, error);
    if (openCti->url.isEmpty())
        return false;
    openCti->token = opencti::OpenCtiConfig::normalizeToken(token, error);
    if (openCti->token.isEmpty()) {
        *error = tr("no OpenCTI token: set OPENCTI_TOKEN (or store it with the profile in S1 Bridge)");
        return false;
    }
    openCti->maxAttempts = m_config.maxAttempts;
    openCti->timeoutMs = m_config.timeoutMs;
    return true;
}

int CliApp::openCtiImport(bool once)
{
    opencti::OpenCtiConfig openCtiConfig;
    opencti::ImportSettings settings;
    QString error;
    if (!loadOpenCtiConfig(&openCtiConfig, &settings, &error) || !openDatabase(&error))
        return usage(error);
    qint64 period = 0;
    if (!once) {
        const QString text = m_profile ? m_profile->syncPeriod : qEnvironmentVariable("CONNECTOR_DURATION_PERIOD", QStringLiteral("PT5M"));
        const auto seconds = jobs::IsoDuration::parseSeconds(text, &error);
        if (!seconds)
            return usage(QStringLiteral("CONNECTOR_DURATION_PERIOD: ") + error);
        period = *seconds;
    }
    auto *openCti = new opencti::OpenCtiClient(openCtiConfig, this);
    int code = Ok;
    bool stop = false;
    while (!stop) {
        auto *job = new opencti::OpenCtiImportJob(m_client, openCti, m_importStore.get(), settings);
        code = runJob(job);
        if (once || job->state() == jobs::Job::State::Cancelled || code == Refused)
            break;
        m_term.err(tr("Next import %1.").arg(jobs::IsoDuration::describeEvery(period)));
        // Wait for the period, or for SIGTERM/SIGINT (which quits this loop).
        QEventLoop wait;
        QTimer::singleShot(int(std::min<qint64>(period, 24 * 3600) * 1000), &wait, &QEventLoop::quit);
        connect(this, &CliApp::interrupted, &wait, [&wait, &stop] {
            stop = true;
            wait.quit();
        });
        wait.exec();
        if (stop)
            code = Ok; // stopped between runs: nothing was interrupted
    }
    return code;
}

int CliApp::openCtiBundle(const QString &threatId)
{
    s1::ThreatQuery query;
    query.ids = {threatId};
    auto *threats = new s1::ThreatListJob(m_client, query);
    threats->setKeepResults(true);
    int code = runJob(threats);
    if (code != Ok)
        return code;
    if (threats->threats().isEmpty()) {
        m_term.err(tr("s1bridge-cli: the console has no threat %1 (or it is outside this token's scope)").arg(threatId));
        return ApiFailure;
    }
    const s1::Threat threat = threats->threats().first();
    auto *notes = new s1::NoteListJob(m_client, threatId);
    code = runJob(notes);
    if (code != Ok)
        return code;
    // The same options as the import (author, TLP) so the review shows what would be sent.
    opencti::StixBundleBuilder::Options options = m_profile ? opencti::ImportSettings::fromProfile(*m_profile).bundle
                                                            : opencti::StixBundleBuilder::Options();
    if (!m_profile)
        options.authorName = qEnvironmentVariable("CONNECTOR_NAME", options.authorName);
    options.consoleUrl = m_config.url;
    QString error;
    const QJsonObject bundle = opencti::StixBundleBuilder(options).build(
        threat, opencti::OpenCtiImportJob::bundleNotes(notes->notes(), m_flag), &error);
    if (bundle.isEmpty()) {
        m_term.err(QStringLiteral("s1bridge-cli: ") + error);
        return ApiFailure;
    }
    m_term.outRaw(QJsonDocument(bundle).toJson(QJsonDocument::Indented));
    return Ok;
}

int CliApp::openCtiStatus()
{
    QString error;
    if (!openDatabase(&error))
        return usage(error);
    const QString profileId = m_profile ? m_profile->id : QStringLiteral("env-") + qEnvironmentVariable("CONNECTOR_ID");
    using Status = opencti::ImportRecord::Status;
    const int imported = m_importStore->count(profileId, Status::Imported);
    const int sent = m_importStore->count(profileId, Status::Sent);
    const int failed = m_importStore->count(profileId, Status::Failed);
    const QDateTime mark = m_importStore->highWaterMark(profileId);
    const QList<opencti::ImportRecord> recent = m_importStore->list(profileId, std::nullopt, 20);
    auto statusName = [](Status s) {
        return s == Status::Imported ? QStringLiteral("imported") : s == Status::Sent ? QStringLiteral("sent") : QStringLiteral("failed");
    };
    if (m_json) {
        QJsonArray rows;
        for (const opencti::ImportRecord &r : recent)
            rows.append(QJsonObject{{QStringLiteral("threatId"), r.threatId},
                                    {QStringLiteral("name"), r.threatName},
                                    {QStringLiteral("status"), statusName(r.status)},
                                    {QStringLiteral("incidentId"), r.incidentId},
                                    {QStringLiteral("workId"), r.workId},
                                    {QStringLiteral("error"), r.error},
                                    {QStringLiteral("attempts"), r.attempts}});
        m_term.outRaw(QJsonDocument(QJsonObject{{QStringLiteral("imported"), imported},
                                                {QStringLiteral("waitingForOpenCti"), sent},
                                                {QStringLiteral("failed"), failed},
                                                {QStringLiteral("highWaterMark"), mark.isValid() ? mark.toString(Qt::ISODateWithMs) : QString()},
                                                {QStringLiteral("recent"), rows}})
                          .toJson(QJsonDocument::Indented));
        return Ok;
    }
    const QLocale locale;
    m_term.out(tr("Imported: %1   waiting for OpenCTI: %2   failed: %3").arg(locale.toString(imported), locale.toString(sent), locale.toString(failed)));
    m_term.out(tr("Threats updated up to %1 are handled.").arg(mark.isValid() ? mark.toString(Qt::ISODate) : tr("(none yet)")));
    QList<QStringList> rows;
    for (const opencti::ImportRecord &r : recent)
        rows << QStringList{r.threatId, statusName(r.status), r.sentAt.toString(Qt::ISODate), r.error.isEmpty() ? r.threatName : r.error};
    if (!rows.isEmpty())
        m_term.table({tr("THREAT ID"), tr("STATUS"), tr("SENT"), tr("NAME / ERROR")}, rows);
    return failed > 0 ? ApiFailure : Ok;
}
