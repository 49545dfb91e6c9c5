// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedListJob.h"

#include "PageInfo.h"
#include "S1Client.h"
#include "jobs/JobError.h"
#include "net/ApiCall.h"

#include <QJsonObject>

namespace s1 {

PagedListJob::PagedListJob(S1Client *client, const QString &kind, const QString &title, QObject *parent)
    : Job(kind, title, parent)
    , m_client(client)
{ }

S1Client *PagedListJob::client() const
{
    return m_client;
}

QString PagedListJob::host() const
{
    return m_client ? m_client->config().url.host() : QString();
}

QString PagedListJob::itemsName(qint64 count) const
{
    return tr("%Ln item(s)", nullptr, int(count));
}

void PagedListJob::run()
{
    setProgress(0, -1, tr("Requesting the first page"));
    fetch({});
}

void PagedListJob::fetch(const QString &cursor)
{
    if (!m_client)
        return fail(tr("The connection was closed."));
    net::ApiCall *call = requestPage(cursor);
    m_call = call;
    connect(call, &net::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_call = nullptr;
        if (isCancelRequested())
            return finishCancelled();
        if (call->error().isError())
            return fail(call->error());
        ++m_pages;
        const QJsonObject envelope = call->json().object();
        if (dataIsList() && !envelope.value(QLatin1String("data")).isArray()) {
            // An object where the list belongs: not this endpoint's answer, never "0 items".
            net::ApiError e;
            e.kind = net::ApiError::Kind::NotAConsole;
            e.dialect = call->dialect();
            e.endpoint = call->request().path;
            e.host = host();
            e.detail = tr("\"data\" is not a list");
            return fail(e);
        }
        const PageInfo page = PageInfo::fromEnvelope(envelope);
        if (page.totalItems >= 0)
            m_totalItems = page.totalItems;
        const qint64 count = consumePage(envelope.value(QLatin1String("data")));
        m_items += count;
        if (isFinished())
            return; // the subclass failed the job
        const bool wantMore = page.hasMore() && (m_maxItems <= 0 || m_items < m_maxItems);
        if (const QString stop = m_walk.next(wantMore ? page : PageInfo(), count, host()); !stop.isEmpty()) {
            // A console that never ends the list: a remote failure in the console's words, not "N items".
            net::ApiError e;
            e.kind = net::ApiError::Kind::BadResponse;
            e.dialect = call->dialect();
            e.endpoint = call->request().path;
            e.host = host();
            e.detail = stop;
            jobs::JobError error = jobs::JobError::fromRemote(e);
            error.message = stop;
            return fail(error);
        }
        tally().seen = m_items;
        const qint64 total
            = m_maxItems > 0 && m_totalItems >= 0 ? std::min(m_maxItems, m_totalItems) : m_totalItems;
        setProgress(m_items, total, pagePhase(m_items, total));
        if (page.hasMore() && (m_maxItems <= 0 || m_items < m_maxItems))
            return fetch(page.nextCursor);
        tally().done = m_items;
        finishList();
    });
}

QString PagedListJob::pagePhase(qint64 items, qint64) const
{
    return tr("Loaded %1").arg(itemsName(items));
}

void PagedListJob::finishList()
{
    succeed(tr("Listed %1 in %n request(s).", nullptr, m_pages).arg(itemsName(m_items)));
}

void PagedListJob::onCancel()
{
    if (m_call)
        m_call->cancel(); // finished() follows and ends the job as cancelled
    else
        finishCancelled();
}

} // namespace s1
