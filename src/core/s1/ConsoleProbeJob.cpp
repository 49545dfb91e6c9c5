// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleProbeJob.h"

#include "S1Client.h"
#include "net/ApiCall.h"

namespace s1 {

ConsoleProbeJob::ConsoleProbeJob(S1Client *client, QObject *parent)
    : Job(QStringLiteral("console-probe"), tr("Look for a SentinelOne console"), parent)
    , m_client(client)
{ }

QString ConsoleProbeJob::probeToken()
{
    return QStringLiteral("s1bridge-probe");
}

QString ConsoleProbeJob::groupedDigest(const QByteArray &hex)
{
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        grouped += (i ? QStringLiteral(":") : QString()) + QString::fromLatin1(hex.mid(i, 2)).toUpper();
    return grouped;
}

void ConsoleProbeJob::run()
{
    if (!m_client)
        return fail(tr("The connection was closed."));
    const QString host = m_client->config().url.host();
    setProgress(0, 1, tr("Asking %1 whether it is a SentinelOne console").arg(host));
    net::ApiRequest request;
    request.path = S1Client::apiPath(QStringLiteral("sites"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    net::ApiCall *call = m_client->send(request);
    m_call = call;
    connect(call, &net::ApiCall::finished, this, [this, call, host] {
        call->deleteLater();
        m_call = nullptr;
        using Kind = net::ApiError::Kind;
        const net::ApiError &e = call->error();
        if (isCancelRequested() || e.kind == Kind::Cancelled)
            return finishCancelled();
        if (e.kind == Kind::None || e.kind == Kind::TokenRefused || e.kind == Kind::Forbidden) {
            tally().seen = tally().done = 1;
            setProgress(1, 1);
            return succeed(tr("A SentinelOne console answers at %1.").arg(host));
        }
        if (e.kind == Kind::TlsFailure)
            m_offeredCertificate = e.certificateSha256;
        fail(e);
    });
}

void ConsoleProbeJob::onCancel()
{
    if (m_call)
        m_call->cancel();
    else
        finishCancelled();
}

} // namespace s1
