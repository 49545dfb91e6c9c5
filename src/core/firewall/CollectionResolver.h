// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/Collection.h"
#include "firewall/IpCollectionParser.h"
#include "firewall/ProtectedList.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace exchange {
class IocStore;
}

namespace firewall {

// What a collection holds at this moment, and what was left out and why.
struct Resolution
{
    QStringList values; // canonical entries to export, sorted (after merging, protection, aggregation)
    int typed = 0; // entries read from every source before merging
    QList<LineProblem> rejected; // with the source in LineProblem::text's prefix ("file x: line 3")
    QList<LineProblem> warnings;
    QStringList merges; // "10.0.0.5 is inside 10.0.0.0/24."
    QList<ProtectedList::Protection> protectedEntries; // left out, with the reason
    qsizetype savedByAggregation = 0;
    QString error; // a source could not be read: nothing is exported (its entries would be withdrawn)
};

// Reads a collection's entries from every source (typed, files, URLs fetched now, IOCs of the
// exchange), validates them, merges them, leaves out the protected ones (resolving the console's and
// OpenCTI's host names) and aggregates them when the collection says so. Asynchronous: resolved()
// once, from the event loop.
class CollectionResolver : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxUrlBytes = 64LL << 20;
    static constexpr int TimeoutMs = 60000;

    explicit CollectionResolver(QObject *parent = nullptr);
    ~CollectionResolver() override;

    // iocStore may be nullptr (a collection with an IOC source then fails with a sentence).
    // protectedHosts: the consoles' and OpenCTI's URLs (never blocked).
    void resolve(
        const Collection &collection, const QStringList &protectedHosts, exchange::IocStore *iocStore);
    void cancel();
    const Resolution &result() const { return m_result; }

Q_SIGNALS:
    void resolved();

private:
    void nextUrl();
    void nextHost();
    void finish();
    void add(const ParsedCollection &parsed, const QString &where);

    Collection m_collection;
    Resolution m_result;
    QList<IpEntry> m_entries;
    QList<QUrl> m_urls;
    QStringList m_hostNames; // host names to resolve into the protected list
    ProtectedList m_protected;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QPointer<QNetworkReply> m_reply;
    int m_lookupId = -1;
    bool m_cancelled = false;
};

} // namespace firewall
