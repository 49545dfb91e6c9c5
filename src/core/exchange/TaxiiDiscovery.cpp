// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxiiDiscovery.h"

#include "net/ApiCall.h"

namespace exchange {

TaxiiDiscovery::TaxiiDiscovery(const TaxiiConfig &config, QObject *parent)
    : QObject(parent)
    , m_client(new TaxiiClient(config, this))
{ }

void TaxiiDiscovery::start()
{
    Q_EMIT progress(tr("Asking %1 for its API roots…").arg(m_client->config().url.host()));
    m_call = m_client->discovery(this);
    connect(m_call, &net::ApiCall::finished, this, [this, call = m_call.data()] {
        call->deleteLater();
        if (m_finished)
            return;
        if (call->error().isError())
            return finish(call->error().userMessage());
        bool isApiRoot = false;
        QString problem;
        const QList<QUrl> urls
            = TaxiiClient::readRoot(call->json().object(), m_client->config().url, &isApiRoot, &problem);
        if (urls.isEmpty())
            return finish(problem);
        for (const QUrl &url : urls.mid(0, MaxRoots))
            m_roots.append(Root {url, {}, {}});
        nextRoot();
    });
}

void TaxiiDiscovery::nextRoot()
{
    if (m_next >= m_roots.size())
        return finish();
    const QUrl url = m_roots.at(m_next).url;
    Q_EMIT progress(tr("Reading the collections of %1…").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    m_call = m_client->collections(url, this);
    connect(m_call, &net::ApiCall::finished, this, [this, call = m_call.data()] {
        call->deleteLater();
        if (m_finished)
            return;
        Root &root = m_roots[m_next];
        if (call->error().isError())
            root.error = call->error().userMessage();
        else
            root.collections = TaxiiClient::readCollections(call->json().object());
        ++m_next;
        nextRoot();
    });
}

void TaxiiDiscovery::cancel()
{
    if (m_finished)
        return;
    m_finished = true; // before the call's own end, which would otherwise finish without a reason
    m_error = tr("Cancelled.");
    if (m_call)
        m_call->cancel();
    Q_EMIT finished();
}

void TaxiiDiscovery::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace exchange
