// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageInfo.h"
#include "net/ApiError.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace net {
class ApiCall;
}

namespace s1 {

// Watches one walk through a cursor-paginated list for a console that never ends it: a next cursor
// it already handed out (it would send the same pages forever), far more items than the total it
// announced, or more pages than any console holds. Each of these ends the walk with a sentence; a
// real console never trips them (its totals may grow while the walk runs, hence the wide margins).
class PageWalk
{
    Q_DECLARE_TR_FUNCTIONS(s1::PageWalk)
public:
    static constexpr int MaxPages = 100000; // 100 million threats at 1,000 a page
    static constexpr qint64 ItemMargin = 10; // pages of slack beyond twice the announced total

    // After a page of `items` items with `page` as its pagination: an empty string while the walk may
    // go on (or has ended: no next cursor), else why it must stop (a sentence naming the console).
    QString next(const PageInfo &page, qint64 items, const QString &host);

    // The same for the page `call` answered: nullopt while the walk may go on, else the error that
    // ends it (BadResponse, the sentence as its detail).
    std::optional<net::ApiError> next(
        const net::ApiCall &call, const PageInfo &page, qint64 items, const QString &host);

    int pages() const { return m_pages; }
    qint64 items() const { return m_items; }

private:
    QSet<QString> m_cursors;
    int m_pages = 0;
    qint64 m_items = 0;
    qint64 m_largestPage = 0;
    qint64 m_total = -1;
};

} // namespace s1
