// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiCheckJob.h"
#include "OpenCtiDialect.h"

#include "GraphQlDocuments.h"
#include "OpenCtiClient.h"
#include "net/ApiCall.h"

#include <QJsonObject>

namespace opencti {

OpenCtiCheckJob::OpenCtiCheckJob(OpenCtiClient *client, QObject *parent)
    : Job(QStringLiteral("opencti-check"), tr("Check the OpenCTI connection"), parent)
    , m_client(client)
{ }

void OpenCtiCheckJob::run()
{
    if (!m_client)
        return fail(tr("The connection was closed."));
    if (m_client->config().token.isEmpty())
        return fail(tr("OpenCTI token: paste the API token shown in OpenCTI: your profile, API access."));
    setProgress(0, 1, tr("Asking OpenCTI who the token belongs to"));
    net::ApiCall *call
        = m_client->request(GraphQlDocuments::load(QStringLiteral("CheckConnection")), {}, this);
    m_call = call;
    connect(call, &net::ApiCall::retrying, this, [this](int, int delayMs, const net::ApiError &) {
        setProgress(
            0, 1, tr("OpenCTI is busy or unreachable; trying again in %1 s").arg((delayMs + 999) / 1000));
    });
    connect(call, &net::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_call = nullptr;
        if (isCancelRequested())
            return finishCancelled();
        if (call->error().isError())
            return fail(call->error());
        const QJsonObject data = call->data().toObject();
        const QJsonObject me = data.value(QLatin1String("me")).toObject();
        m_userName = me.value(QLatin1String("name")).toString();
        m_userEmail = me.value(QLatin1String("user_email")).toString();
        m_platformVersion
            = data.value(QLatin1String("about")).toObject().value(QLatin1String("version")).toString();
        if (m_platformVersion.isEmpty() && m_userName.isEmpty() && m_userEmail.isEmpty()) {
            net::ApiError error;
            error.kind = net::ApiError::Kind::NotAConsole;
            error.dialect = OpenCtiDialect::instance();
            error.endpoint = call->request().path;
            error.operation = call->request().operation;
            error.host = m_client ? m_client->config().url.host() : QString();
            error.detail = tr("the answer names no user and no version");
            return fail(error);
        }
        tally().seen = tally().done = 1;
        setProgress(1, 1, tr("Connected"));
        const QString user = m_userName.isEmpty() ? m_userEmail : m_userName;
        succeed(tr("Connected to OpenCTI %1 as %2").arg(m_platformVersion, user));
    });
}

void OpenCtiCheckJob::onCancel()
{
    if (m_call)
        m_call->cancel(); // finished() follows and ends the job as cancelled
    else
        finishCancelled();
}

} // namespace opencti
