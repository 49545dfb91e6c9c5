// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWalk.h"

#include "net/ApiCall.h"

#include <algorithm>

namespace s1 {

QString PageWalk::next(const PageInfo &page, qint64 items, const QString &host)
{
    ++m_pages;
    m_items += items;
    m_largestPage = std::max(m_largestPage, items);
    if (page.totalItems >= 0)
        m_total = page.totalItems;
    if (!page.hasMore())
        return {};
    const QString console = host.isEmpty() ? tr("The console") : tr("The console %1").arg(host);
    const QString advice = tr("it may be misbehaving, or a proxy may be changing its answers; try again "
                              "later and tell its administrator if it goes on.");
    if (m_cursors.contains(page.nextCursor))
        return tr("%1 repeated a page cursor after %n request(s): it would have sent the same pages "
                  "forever, so the list was stopped; %2",
            nullptr, m_pages)
            .arg(console, advice);
    m_cursors.insert(page.nextCursor);
    // Twice the items announced, or twice the pages they fill (empty pages count too), and a margin.
    const qint64 perPage = std::max<qint64>(m_largestPage, 1);
    if (m_total >= 0
        && (m_items > 2 * m_total + ItemMargin * perPage
            || m_pages > 2 * ((m_total + perPage - 1) / perPage) + ItemMargin))
        return tr("%1 kept sending pages past the %2 items it announced (%3 items in %n request(s)), so "
                  "the list was stopped; %4",
            nullptr, m_pages)
            .arg(console)
            .arg(m_total)
            .arg(m_items)
            .arg(advice);
    if (m_pages >= MaxPages)
        return tr("%1 kept sending pages past %2 requests, so the list was stopped; %3")
            .arg(console)
            .arg(MaxPages)
            .arg(advice);
    return {};
}

std::optional<net::ApiError> PageWalk::next(
    const net::ApiCall &call, const PageInfo &page, qint64 items, const QString &host)
{
    const QString stop = next(page, items, host);
    if (stop.isEmpty())
        return std::nullopt;
    net::ApiError e;
    e.kind = net::ApiError::Kind::BadResponse;
    e.dialect = call.dialect();
    e.endpoint = call.request().path;
    e.host = host;
    e.detail = stop;
    return e;
}

} // namespace s1
