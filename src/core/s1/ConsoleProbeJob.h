// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/Job.h"

#include <QPointer>
#include <QUrl>

namespace net {
class ApiCall;
}

namespace s1 {

class S1Client;

// Asks whether a SentinelOne console answers at the client's URL, before any token is known: a
// console answers a request with a placeholder token with 401 and its error envelope, so 200, 401
// and 403 all mean "a console is there". Anything else fails with the ApiError's sentence (wrong
// host, not a console, HTML, TLS). When the certificate is not trusted, offeredCertificate() holds
// its SHA-256 digest (hex) so the user can compare and pin it.
class ConsoleProbeJob : public jobs::Job
{
    Q_OBJECT
public:
    explicit ConsoleProbeJob(S1Client *client, QObject *parent = nullptr);

    // What a probing client sends instead of a token: never a secret.
    static QString probeToken();

    QByteArray offeredCertificate() const { return m_offeredCertificate; }
    // AB:CD:... as browsers and openssl show a digest.
    static QString groupedDigest(const QByteArray &hex);

protected:
    void run() override;
    void onCancel() override;

private:
    QPointer<S1Client> m_client;
    QPointer<net::ApiCall> m_call;
    QByteArray m_offeredCertificate;
};

} // namespace s1
