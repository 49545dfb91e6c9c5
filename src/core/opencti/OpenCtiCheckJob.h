// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/Job.h"

#include <QPointer>

namespace net {
class ApiCall;
}

namespace opencti {

class OpenCtiClient;

// Checks the link to OpenCTI: runs the CheckConnection document (me { name user_email },
// about { version }). On success the summary reads "Connected to OpenCTI 6.9.17 as admin";
// on failure it is the ApiError's user message (refused token, not an OpenCTI platform, ...).
class OpenCtiCheckJob : public jobs::Job
{
    Q_OBJECT
public:
    explicit OpenCtiCheckJob(OpenCtiClient *client, QObject *parent = nullptr);

    QString userName() const { return m_userName; }
    QString userEmail() const { return m_userEmail; }
    QString platformVersion() const { return m_platformVersion; }

protected:
    void run() override;
    void onCancel() override;

private:
    QPointer<OpenCtiClient> m_client;
    QPointer<net::ApiCall> m_call;
    QString m_userName;
    QString m_userEmail;
    QString m_platformVersion;
};

} // namespace opencti
