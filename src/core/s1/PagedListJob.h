// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageWalk.h"
#include "jobs/Job.h"

#include <QJsonValue>
#include <QPointer>

namespace net {
class ApiCall;
}

namespace s1 {

class S1Client;

// Walks a cursor-paginated list until nextCursor is null (or "null"), one request at a time.
// Subclasses say how to ask for a page and what to do with its "data". A console that never ends
// the list (a cursor it already gave, far more items than it announced) fails the job (PageWalk).
class PagedListJob : public jobs::Job
{
    Q_OBJECT
public:
    PagedListJob(S1Client *client, const QString &kind, const QString &title, QObject *parent = nullptr);

    int pagesFetched() const { return m_pages; }
    qint64 totalItems() const { return m_totalItems; }
    // Stop after this many items (0 = all).
    void setMaxItems(qint64 maxItems) { m_maxItems = maxItems; }

protected:
    virtual net::ApiCall *requestPage(const QString &cursor) = 0;
    // Returns how many items the page held.
    virtual qint64 consumePage(const QJsonValue &data) = 0;
    virtual QString itemsName(qint64 count) const;
    // Whether a page's "data" must be a list (every list but the sites', whose data is an object).
    virtual bool dataIsList() const { return true; }
    // The phase text after a page: "Loaded N items" by default.
    virtual QString pagePhase(qint64 items, qint64 totalItems) const;
    // The last page is in: succeeds with "Listed N items in M requests." by default. A subclass with
    // work of its own to finish (a file to commit) overrides it and ends the job itself (succeed or
    // fail). consumePage() may also end the job (fail): no further page is requested then.
    virtual void finishList();

    S1Client *client() const;
    void run() override;
    void onCancel() override;

private:
    void fetch(const QString &cursor);
    QString host() const;

    QPointer<S1Client> m_client;
    QPointer<net::ApiCall> m_call;
    int m_pages = 0;
    qint64 m_items = 0;
    qint64 m_totalItems = -1;
    qint64 m_maxItems = 0;
    PageWalk m_walk;
};

} // namespace s1
