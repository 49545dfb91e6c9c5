// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtectedList.h"

#include "firewall/IpSet.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace firewall {

namespace {

IpEntry entryOf(QStringView text)
{
    // Only for the built-in tables below, which are valid.
    return IpEntry::parse(text).entry;
}

} // namespace

const QList<ProtectedList::Item> &ProtectedList::builtIns() const
{
    // The class names are translated when a reason is written (reason()), not here: the table is
    // built once, and the language may change afterwards.
    static const char *const loopback = QT_TRANSLATE_NOOP("ProtectedList", "loopback");
    static const char *const linkLocal = QT_TRANSLATE_NOOP("ProtectedList", "link-local");
    static const char *const multicast = QT_TRANSLATE_NOOP("ProtectedList", "multicast");
    static const char *const thisNetwork
        = QT_TRANSLATE_NOOP("ProtectedList", "\"this network\" (unspecified)");
    static const char *const broadcast = QT_TRANSLATE_NOOP("ProtectedList", "the limited broadcast address");
    static const QList<Item> items = {
        {entryOf(u"0.0.0.0/8"), Category::BuiltIn, {}, thisNetwork},
        {entryOf(u"127.0.0.0/8"), Category::BuiltIn, {}, loopback},
        {entryOf(u"169.254.0.0/16"), Category::BuiltIn, {}, linkLocal},
        {entryOf(u"224.0.0.0/4"), Category::BuiltIn, {}, multicast},
        {entryOf(u"255.255.255.255"), Category::BuiltIn, {}, broadcast},
        {entryOf(u"::"), Category::BuiltIn, {}, thisNetwork},
        {entryOf(u"::1"), Category::BuiltIn, {}, loopback},
        {entryOf(u"fe80::/10"), Category::BuiltIn, {}, linkLocal},
        {entryOf(u"ff00::/8"), Category::BuiltIn, {}, multicast},
    };
    return items;
}

const QList<ProtectedList::Item> &ProtectedList::privateRanges() const
{
    static const QList<Item> items = {
        {entryOf(u"10.0.0.0/8"), Category::Private, {}},
        {entryOf(u"100.64.0.0/10"), Category::Private, {}},
        {entryOf(u"172.16.0.0/12"), Category::Private, {}},
        {entryOf(u"192.168.0.0/16"), Category::Private, {}},
        {entryOf(u"fc00::/7"), Category::Private, {}},
    };
    return items;
}

ProtectedList::HostResult ProtectedList::addHost(const QString &hostOrUrl, const QString &why)
{
    QString host = hostOrUrl.trimmed();
    if (host.contains(u"://"_s)) {
        const QUrl url(host, QUrl::TolerantMode);
        host = url.host(QUrl::FullyDecoded);
    } else if (host.startsWith(u'[')) {
        // "[2001:db8::5]" or "[2001:db8::5]:8443"
        const qsizetype close = host.indexOf(u']');
        host = close > 0 ? host.mid(1, close - 1) : QString();
    } else if (host.count(u':') == 1) {
        host = host.left(host.indexOf(u':')); // "host:port"
    }
    if (host.endsWith(u'/'))
        host.chop(1);
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return {HostKind::Invalid, {}};
    if (const std::optional<IpAddress> address = IpAddress::parse(host)) {
        addAddress(*address, why);
        return {HostKind::Added, address->toString()};
    }
    return {HostKind::NeedsResolution, host.toLower()};
}

void ProtectedList::addAddress(const IpAddress &address, const QString &why)
{
    const IpEntry entry = IpEntry::address(address);
    for (const Item &item : std::as_const(m_hosts)) {
        if (item.entry == entry && item.why == why)
            return;
    }
    m_hosts.append({entry, Category::Host, why});
}

void ProtectedList::addEntry(const IpEntry &entry, const QString &why)
{
    for (const Item &item : std::as_const(m_own)) {
        if (item.entry == entry && item.why == why)
            return;
    }
    m_own.append({entry, Category::Own, why.trimmed()});
}

QStringList ProtectedList::ownEntries() const
{
    QStringList lines;
    lines.reserve(m_own.size());
    for (const Item &item : m_own) {
        QString why = item.why;
        why.replace(u'\n', u' ');
        lines.append(why.isEmpty() ? item.entry.canonical() : item.entry.canonical() + u" # "_s + why);
    }
    return lines;
}

QStringList ProtectedList::setOwnEntries(const QStringList &lines)
{
    m_own.clear();
    QStringList problems;
    for (const QString &line : lines) {
        QStringView value = QStringView(line).trimmed();
        QString why;
        const qsizetype hash = value.indexOf(u'#');
        if (hash >= 0) {
            why = value.mid(hash + 1).trimmed().toString();
            value = value.left(hash).trimmed();
        }
        if (value.isEmpty())
            continue;
        const IpEntryResult parsed = IpEntry::parse(value);
        if (!parsed.ok) {
            problems.append(parsed.reason);
            continue;
        }
        addEntry(parsed.entry, why);
    }
    return problems;
}

void ProtectedList::clearHosts()
{
    m_hosts.clear();
}

QString ProtectedList::reason(const IpEntry &entry, const Item &item)
{
    const QString value = entry.canonical();
    const QString protectedValue = item.entry.canonical();
    const bool same = item.entry.sameAddresses(entry);
    const bool inside = item.entry.contains(entry);
    switch (item.category) {
    case Category::BuiltIn: {
        const QString name = tr(item.builtInName);
        if (same)
            return tr("%1 is %2, which is never blocked.").arg(value, name);
        if (inside)
            return tr("%1 is %2 (%3), which is never blocked.").arg(value, name, protectedValue);
        return tr("%1 overlaps %2, which is %3 and never blocked.").arg(value, protectedValue, name);
    }
    case Category::Host:
    case Category::Own: {
        const QString why = item.why.isEmpty() ? tr("one of your own networks") : item.why;
        if (same)
            return tr("%1 is %2, which is never blocked.").arg(value, why);
        if (inside)
            return tr("%1 is inside %2, %3, which is never blocked.").arg(value, protectedValue, why);
        return tr("%1 overlaps %2, %3, which is never blocked.").arg(value, protectedValue, why);
    }
    case Category::Private:
        if (same)
            return tr("%1 is a private range; allow private ranges in the collection's settings to block it.")
                .arg(value);
        if (inside && entry.kind() == IpEntry::Kind::Address)
            return tr("%1 is a private address (%2); allow private ranges in the collection's settings to "
                      "block it.")
                .arg(value, protectedValue);
        if (inside)
            return tr("%1 is a private range (inside %2); allow private ranges in the collection's settings "
                      "to block it.")
                .arg(value, protectedValue);
        return tr("%1 overlaps the private range %2; allow private ranges in the collection's settings to "
                  "block it.")
            .arg(value, protectedValue);
    }
    return {};
}

std::optional<QString> ProtectedList::reasonFor(const IpEntry &entry) const
{
    if (std::optional<QString> why = directReason(entry))
        return why;
    // IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) reach IPv4 hosts through dual-stack sockets: the
    // part of the entry in ::ffff:0:0/96 is checked as the IPv4 addresses it stands for.
    static const IpEntry mapped = IpEntry::cidr(IpAddress::v6Of(0, quint64(0xffff) << 32), 96);
    if (entry.isV6() && entry.overlaps(mapped)) {
        const IpAddress first = qMax(entry.first(), mapped.first());
        const IpAddress last = qMin(entry.last(), mapped.last());
        const std::optional<IpEntry> v4
            = IpEntry::range(IpAddress::v4(quint32(first.lo)), IpAddress::v4(quint32(last.lo)));
        if (v4) {
            if (std::optional<QString> why = directReason(*v4)) {
                return tr("%1 holds IPv4-mapped addresses, which reach %2: %3")
                    .arg(entry.canonical(), v4->canonical(), *why);
            }
        }
    }
    return std::nullopt;
}

std::optional<QString> ProtectedList::directReason(const IpEntry &entry) const
{
    for (const QList<Item> *items : {&builtIns(), &m_hosts, &m_own}) {
        for (const Item &item : *items) {
            if (item.entry.overlaps(entry))
                return reason(entry, item);
        }
    }
    if (!m_allowPrivate) {
        for (const Item &item : privateRanges()) {
            if (item.entry.overlaps(entry))
                return reason(entry, item);
        }
    }
    return std::nullopt;
}

QList<ProtectedList::Protection> ProtectedList::filter(IpSet &set) const
{
    QList<Protection> removed;
    set.removeIf([&](const IpEntry &entry) {
        std::optional<QString> why = reasonFor(entry);
        if (!why)
            return false;
        removed.append({entry.canonical(), std::move(*why)});
        return true;
    });
    return removed;
}

} // namespace firewall
