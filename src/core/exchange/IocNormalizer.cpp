// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocNormalizer.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace exchange {

namespace {

// Public suffixes under which people register names, as a compact built-in list rather than the
// whole Public Suffix List: the common ICANN second-level zones (co.uk, com.au, ...). A bare
// top-level domain ("com", "de", "io") needs no entry: a domain has at least two labels anyway.
// Private suffixes (github.io, duckdns.org) are deliberately absent: their bare names are real
// services, and their sub-domains are what an indicator names.
const QSet<QString> &publicSuffixes()
{
    static const QSet<QString> suffixes = [] {
        // Space-separated, as a compact table.
        const char *const list
            = "co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk nhs.uk com.au net.au org.au edu.au "
              "gov.au asn.au id.au co.nz org.nz net.nz ac.nz govt.nz co.jp ne.jp or.jp ac.jp go.jp "
              "com.br net.br org.br gov.br com.cn net.cn org.cn gov.cn edu.cn co.in net.in org.in "
              "gov.in ac.in co.za org.za gov.za com.mx org.mx gob.mx com.tr org.tr gov.tr com.ar "
              "gob.ar co.kr or.kr go.kr com.tw org.tw gov.tw com.hk org.hk gov.hk com.sg org.sg gov.sg "
              "com.my org.my gov.my co.id or.id go.id co.th or.th go.th com.vn gov.vn com.ph gov.ph "
              "co.il org.il gov.il ac.il com.ua org.ua gov.ua com.pl net.pl org.pl com.ru org.ru "
              "net.ru com.es org.es gob.es com.pk gov.pk com.ng gov.ng com.eg gov.eg com.sa gov.sa "
              "com.co gov.co com.pe gob.pe com.ve co.ve com.ec co.ke or.ke com.gh com.bd gov.bd com.np "
              "com.lk gov.lk co.at or.at gv.at com.gr gov.gr com.cy com.mt com.pt gov.pt com.ro co.hu "
              "com.de com.fr gouv.fr co.it gov.it com.be co.ch com.ir co.ir com.kz gov.kz com.qa "
              "gov.qa com.kw com.om co.ae gov.ae ac.ae ";
        QSet<QString> set;
        for (const QString &suffix : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
            set.insert(suffix);
        return set;
    }();
    return suffixes;
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
        || c == 0xfeff;
}

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool allHex(QStringView s)
{
    for (QChar c : s) {
        if (!isHexDigit(c.unicode()))
            return false;
    }
    return !s.isEmpty();
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isDigit(c.unicode()))
            return false;
    }
    return !s.isEmpty();
}

bool digitsAndDots(QStringView s)
{
    for (QChar c : s) {
        if (!isDigit(c.unicode()) && c != u'.')
            return false;
    }
    return !s.isEmpty();
}

bool isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

void addWarning(QString &warnings, const QString &warning)
{
    if (!warnings.isEmpty())
        warnings += u' ';
    warnings += warning;
}

// A port as written after a colon: 1..65535, digits only.
bool validPort(QStringView port)
{
    if (!allDigits(port) || port.size() > 5)
        return false;
    const int value = port.toInt();
    return value >= 1 && value <= 65535;
}

const QString &emptyFileHash(IocType type)
{
    static const QString md5 = QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");
    static const QString sha1 = QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    static const QString sha256
        = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    static const QString none;
    switch (type) {
    case IocType::Md5:
        return md5;
    case IocType::Sha1:
        return sha1;
    case IocType::Sha256:
        return sha256;
    default:
        return none;
    }
}

} // namespace

// The per-type rules. Each takes the trimmed, re-fanged text and returns the normalized value or
// fills `reason`; `warning` collects what was changed.
class IocRules
{
    Q_DECLARE_TR_FUNCTIONS(IocNormalizer)
public:
    static QString quoted(QStringView text) { return u'"' + IocNormalizer::printable(text, 80) + u'"'; }

    static QString hash(IocType type, QStringView s, QString &reason)
    {
        const int length = iocHashLength(type);
        const QString name = iocTypeName(type);
        if (!allHex(s)) {
            reason = tr("%1 is not a %2 hash: expected %3 hexadecimal digits (0-9, a-f).")
                         .arg(quoted(s), name)
                         .arg(length);
            return {};
        }
        if (s.size() != length) {
            reason = tr("%1 has %2 hexadecimal digits; a %3 hash has exactly %4.")
                         .arg(quoted(s))
                         .arg(s.size())
                         .arg(name)
                         .arg(length);
            return {};
        }
        QString value = s.toString().toLower();
        if (value == emptyFileHash(type)) {
            reason = tr("%1 is the %2 hash of an empty file: it matches every empty file and is no "
                        "indicator of anything; give the hash of the malicious file.")
                         .arg(quoted(value), name);
            return {};
        }
        return value;
    }

    static QString ipv4(QStringView s, QString &reason, QString &warning)
    {
        QStringView text = s;
        const qsizetype slash = text.indexOf(u'/');
        if (slash >= 0) {
            if (text.mid(slash + 1) != u"32") {
                reason = tr("%1 is a network range (CIDR); SentinelOne takes single addresses: list the "
                            "addresses one by one.")
                             .arg(quoted(s));
                return {};
            }
            text = text.left(slash);
            addWarning(warning, tr("The /32 prefix was dropped (a single address)."));
        }
        const qsizetype colon = text.indexOf(u':');
        if (colon >= 0) {
            const QStringView port = text.mid(colon + 1);
            if (!validPort(port)) {
                reason = tr("%1 has \"%2\" after the colon, which is no port (1-65535); expected an IPv4 "
                            "address such as 192.0.2.1, optionally with a port (192.0.2.1:443).")
                             .arg(quoted(s), IocNormalizer::printable(port, 20));
                return {};
            }
            addWarning(warning,
                tr("The port %1 was dropped: an IPV4 indicator is the address alone.").arg(port.toString()));
            text = text.left(colon);
        }
        QStringView parts[4];
        int count = 0;
        for (QStringView part : qTokenize(text, u'.')) {
            if (count == 4) {
                count = 5;
                break;
            }
            parts[count++] = part;
        }
        if (count != 4) {
            reason = tr("%1 is not an IPv4 address: expected four numbers from 0 to 255 separated by dots, "
                        "such as 192.0.2.1.")
                         .arg(quoted(s));
            return {};
        }
        QString value;
        value.reserve(15);
        for (QStringView part : parts) {
            if (!allDigits(part)) {
                reason = tr("%1 is not an IPv4 address: expected four numbers from 0 to 255 separated by "
                            "dots, such as 192.0.2.1.")
                             .arg(quoted(s));
                return {};
            }
            if (part.size() > 1 && part.front() == u'0') {
                reason = tr("%1 has the octet \"%2\" with a leading zero, which is ambiguous (octal or "
                            "decimal?); write it without leading zeros.")
                             .arg(quoted(s), part.toString());
                return {};
            }
            if (part.size() > 3 || part.toInt() > 255) {
                reason = tr("%1 has the octet %2, over 255; each of the four numbers is 0 to 255.")
                             .arg(quoted(s), part.toString());
                return {};
            }
            if (!value.isEmpty())
                value += u'.';
            value += part;
        }
        return value;
    }

    static QString ipv6(QStringView s, QString &reason, QString &warning)
    {
        QStringView text = s;
        if (text.startsWith(u'[')) {
            const qsizetype close = text.indexOf(u']');
            if (close < 0) {
                reason = tr("%1 opens a bracket that is never closed; expected an IPv6 address such as "
                            "2001:db8::1 or [2001:db8::1]:443.")
                             .arg(quoted(s));
                return {};
            }
            const QStringView after = text.mid(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(u':') || !validPort(after.mid(1))) {
                    reason = tr("%1 has \"%2\" after the address, which is no port (1-65535).")
                                 .arg(quoted(s), IocNormalizer::printable(after, 20));
                    return {};
                }
                addWarning(warning,
                    tr("The port %1 was dropped: an IPV6 indicator is the address alone.")
                        .arg(after.mid(1).toString()));
            }
            text = text.mid(1, close - 1);
        }
        const qsizetype slash = text.indexOf(u'/');
        if (slash >= 0) {
            if (text.mid(slash + 1) != u"128") {
                reason = tr("%1 is a network range (CIDR); SentinelOne takes single addresses: list the "
                            "addresses one by one.")
                             .arg(quoted(s));
                return {};
            }
            text = text.left(slash);
            addWarning(warning, tr("The /128 prefix was dropped (a single address)."));
        }
        if (text.contains(u'%')) {
            reason = tr("%1 has a zone index (after %), which only means something on one machine; give "
                        "the address without it.")
                         .arg(quoted(s));
            return {};
        }
        QHostAddress address;
        if (!text.contains(u':') || !address.setAddress(text.toString())
            || address.protocol() != QAbstractSocket::IPv6Protocol) {
            reason = tr("%1 is not an IPv6 address: expected up to eight groups of hexadecimal digits "
                        "separated by colons, such as 2001:db8::1.")
                         .arg(quoted(s));
            return {};
        }
        const QString value = address.toString().toLower();
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped && value.startsWith(QLatin1String("::ffff:"))) {
            addWarning(warning,
                tr("%1 is an IPv4-mapped IPv6 address: it stands for the IPv4 address %2, "
                   "which may be the indicator you mean.")
                    .arg(value, QHostAddress(v4).toString()));
        }
        return value;
    }

    // A host name's labels: letters, digits, hyphens (and underscores where allowUnderscore, as
    // URL hosts in the wild carry them), 1-63 characters, no hyphen at either end; two labels at least.
    static QString hostName(QStringView s, bool allowUnderscore, QString &reason)
    {
        QString host;
        if (isAscii(s)) {
            host = s.toString().toLower();
        } else {
            host = QString::fromLatin1(QUrl::toAce(s.toString()));
            if (host.isEmpty()) {
                reason = tr("%1 is not a valid internationalized domain name (it has no ASCII form).")
                             .arg(quoted(s));
                return {};
            }
            host = host.toLower();
        }
        if (host.size() > 253) {
            reason = tr("%1 is %2 characters long; a domain name has at most 253.")
                         .arg(quoted(s))
                         .arg(host.size());
            return {};
        }
        int labelCount = 0;
        QStringView lastLabel;
        for (QStringView label : qTokenize(QStringView(host), u'.')) {
            ++labelCount;
            lastLabel = label;
            if (label.isEmpty()) {
                reason = tr("%1 has an empty label (two dots in a row or a leading dot); expected a name "
                            "such as www.example.com.")
                             .arg(quoted(s));
                return {};
            }
            if (label.size() > 63) {
                reason = tr("%1 has a label of %2 characters; each part between dots has at most 63.")
                             .arg(quoted(s))
                             .arg(label.size());
                return {};
            }
            for (QChar c : label) {
                const char16_t u = c.unicode();
                if (!((u >= u'a' && u <= u'z') || isDigit(u) || u == u'-'
                        || (allowUnderscore && u == u'_'))) {
                    reason = tr("%1 contains \"%2\"; a domain name has only letters, digits, hyphens and "
                                "dots.")
                                 .arg(quoted(s), IocNormalizer::printable(QStringView(&c, 1), 10));
                    return {};
                }
            }
            if (label.front() == u'-' || label.back() == u'-') {
                reason = tr("%1 has a label that starts or ends with a hyphen, which domain names do not.")
                             .arg(quoted(s));
                return {};
            }
        }
        if (labelCount < 2) {
            reason = tr("%1 is a single label; expected a domain name of at least two, such as example.com.")
                         .arg(quoted(s));
            return {};
        }
        if (allDigits(lastLabel)) {
            reason = tr("%1 ends in a number, so it is no domain name; an IP address is typed IPV4 or IPV6.")
                         .arg(quoted(s));
            return {};
        }
        return host;
    }

    static QString domain(QStringView s, QString &reason, QString &warning)
    {
        QStringView text = s;
        if (text.contains(QLatin1String("://")) || text.contains(u'/')) {
            reason = tr("%1 is a URL or a path, not a domain; type it URL or give only the host name.")
                         .arg(quoted(s));
            return {};
        }
        if (text.startsWith(QLatin1String("*."))) {
            reason = tr("%1 is a wildcard; give the domain itself (%2), which covers its sub-domains.")
                         .arg(quoted(s), text.mid(2).toString());
            return {};
        }
        const qsizetype colon = text.indexOf(u':');
        if (colon >= 0 && validPort(text.mid(colon + 1))) {
            addWarning(warning,
                tr("The port %1 was dropped: a DNS indicator is the name alone.")
                    .arg(text.mid(colon + 1).toString()));
            text = text.left(colon);
        }
        if (text.endsWith(u'.'))
            text.chop(1);
        if (digitsAndDots(text)) {
            reason = tr("%1 is an IP address, not a domain; type it IPV4.").arg(quoted(s));
            return {};
        }
        const QString host = hostName(text, false, reason);
        if (host.isEmpty())
            return {};
        // Every entry of the list has two labels; a single label was refused above.
        if (host.count(u'.') == 1 && publicSuffixes().contains(host)) {
            reason = tr("%1 is a public suffix (a zone under which anyone registers names), not a domain "
                        "of its own; give a domain such as example.%2.")
                         .arg(quoted(s), host);
            return {};
        }
        return host;
    }

    static QString url(QStringView s, QString &reason)
    {
        for (QChar c : s) {
            if (c.isSpace()) {
                reason = tr("%1 contains a space; a URL has none (write a space as %20).").arg(quoted(s));
                return {};
            }
        }
        const qsizetype sep = s.indexOf(QLatin1String("://"));
        // "javascript:alert(1)", "mailto:a@b", "data:text/html,...": a scheme without "//" is still a
        // scheme, and "has no scheme" would send the user looking for the wrong mistake.
        static const QRegularExpression bareScheme(
            QStringLiteral("^([A-Za-z][A-Za-z0-9+-]{0,30}):(?![0-9/])"));
        if (const auto m = bareScheme.match(s); sep <= 0 && m.hasMatch()) {
            reason = tr("%1 has the scheme \"%2\"; SentinelOne takes http, https and ftp URLs.")
                         .arg(quoted(s), IocNormalizer::printable(m.captured(1).toLower(), 20));
            return {};
        }
        if (sep <= 0) {
            reason = tr("%1 has no scheme; expected a URL such as http://example.com/path (http, https or "
                        "ftp).")
                         .arg(quoted(s));
            return {};
        }
        const QString scheme = s.left(sep).toString().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")
            && scheme != QLatin1String("ftp")) {
            reason = tr("%1 has the scheme \"%2\"; SentinelOne takes http, https and ftp URLs.")
                         .arg(quoted(s), IocNormalizer::printable(scheme, 20));
            return {};
        }
        const QStringView rest = s.mid(sep + 3);
        qsizetype end = rest.size();
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const QChar c = rest[i];
            if (c == u'/' || c == u'?' || c == u'#') {
                end = i;
                break;
            }
        }
        const QStringView authority = rest.left(end);
        const QStringView tail = rest.mid(end);
        const qsizetype at = authority.lastIndexOf(u'@');
        const QStringView userInfo = at >= 0 ? authority.left(at + 1) : QStringView();
        const QStringView hostPort = authority.mid(at + 1);
        QStringView hostText = hostPort;
        QStringView port;
        bool bracketed = false;
        if (hostPort.startsWith(u'[')) {
            const qsizetype close = hostPort.indexOf(u']');
            if (close < 0) {
                reason = tr("%1 opens a bracket in its host that is never closed.").arg(quoted(s));
                return {};
            }
            bracketed = true;
            hostText = hostPort.mid(1, close - 1);
            const QStringView after = hostPort.mid(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(u':')) {
                    reason
                        = tr("%1 has text after its host's closing bracket that is no port.").arg(quoted(s));
                    return {};
                }
                port = after.mid(1);
            }
        } else {
            const qsizetype colon = hostPort.lastIndexOf(u':');
            if (colon >= 0) {
                hostText = hostPort.left(colon);
                port = hostPort.mid(colon + 1);
            }
        }
        if (hostText.isEmpty()) {
            reason = tr("%1 has no host; expected a URL such as http://example.com/path.").arg(quoted(s));
            return {};
        }
        if (!port.isNull() && !validPort(port)) {
            reason = tr("%1 has the port \"%2\"; a port is a number from 1 to 65535.")
                         .arg(quoted(s), IocNormalizer::printable(port, 20));
            return {};
        }
        QString host;
        QString ignoredWarning; // a URL keeps its port, and a mapped address is what the URL says
        if (bracketed) {
            host = ipv6(hostText, reason, ignoredWarning);
            if (host.isEmpty())
                return {};
            host = u'[' + host + u']';
        } else if (digitsAndDots(hostText)) {
            host = ipv4(hostText, reason, ignoredWarning);
        } else {
            if (hostText.endsWith(u'.'))
                hostText.chop(1);
            host = hostName(hostText, true, reason);
        }
        if (host.isEmpty())
            return {};
        QString value = scheme + QLatin1String("://") + userInfo + host;
        if (!port.isEmpty())
            value += u':' + port;
        value += tail;
        if (!QUrl(value, QUrl::TolerantMode).isValid()) {
            reason = tr("%1 is not a valid URL.").arg(quoted(s));
            return {};
        }
        return value;
    }
};

QString IocNormalizer::printable(QStringView text, int maxChars)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxChars) + 8);
    qsizetype count = 0;
    for (QChar c : text) {
        if (count >= maxChars) {
            out += QLatin1String("...");
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (isControl(u))
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
        ++count;
    }
    return out;
}

QString IocNormalizer::refang(QStringView text, bool *changed)
{
    QString out = text.toString();
    const qsizetype before = out.size();
    bool any = false;
    if (out.contains(u'[') || out.contains(u'(')) {
        out.replace(QLatin1String("[://]"), QLatin1String("://"));
        out.replace(QLatin1String("[.]"), QLatin1String("."));
        out.replace(QLatin1String("(.)"), QLatin1String("."));
        out.replace(QLatin1String("[:]"), QLatin1String(":"));
        any = out.size() != before;
    }
    if (out.startsWith(QLatin1String("hxxp://"), Qt::CaseInsensitive)
        || out.startsWith(QLatin1String("hxxps://"), Qt::CaseInsensitive)) {
        out.replace(0, 4, QLatin1String("http"));
        any = true;
    }
    if (changed)
        *changed = any;
    return out;
}

bool IocNormalizer::isPublicSuffix(QStringView domain)
{
    if (!domain.contains(u'.'))
        return !domain.isEmpty();
    return publicSuffixes().contains(domain.toString().toLower());
}

namespace {

// Trim, refuse control characters and inner spaces, re-fang. False (and reason) when refused.
bool needsRefang(QStringView s)
{
    return s.contains(u'[') || s.contains(u'(') || s.startsWith(QLatin1String("hxxp"), Qt::CaseInsensitive);
}

// `prepared` views `text` or, when re-fanged, `storage`.
bool prepare(QStringView text, QString &storage, QStringView &prepared, QString &reason, QString &warning)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        reason = IocNormalizer::tr("The value is empty; expected a hash, a URL, a domain or an IP address.");
        return false;
    }
    for (QChar c : trimmed) {
        if (isControl(c.unicode())) {
            reason = IocNormalizer::tr("\"%1\" contains a control character (%2); an indicator is "
                                       "printable text on one line.")
                         .arg(IocNormalizer::printable(trimmed, 80),
                             IocNormalizer::printable(QStringView(&c, 1), 10));
            return false;
        }
    }
    for (QChar c : trimmed) {
        if (c.isSpace()) {
            reason = IocNormalizer::tr("\"%1\" contains a space; an indicator is one value without "
                                       "spaces (write a space in a URL as %20).")
                         .arg(IocNormalizer::printable(trimmed, 80));
            return false;
        }
    }
    prepared = trimmed;
    if (!needsRefang(trimmed))
        return true;
    bool refanged = false;
    storage = IocNormalizer::refang(trimmed, &refanged);
    prepared = storage;
    if (refanged)
        addWarning(warning,
            IocNormalizer::tr("The defanged value was re-fanged to \"%1\".")
                .arg(IocNormalizer::printable(prepared, 80)));
    return true;
}

IocNormalizeResult normalizePrepared(IocType type, QStringView s, QString warning)
{
    IocNormalizeResult result;
    result.type = type;
    QString reason;
    QString value;
    switch (type) {
    case IocType::Sha256:
    case IocType::Sha1:
    case IocType::Md5:
        value = IocRules::hash(type, s, reason);
        break;
    case IocType::Url:
        value = IocRules::url(s, reason);
        break;
    case IocType::Dns:
        value = IocRules::domain(s, reason, warning);
        break;
    case IocType::Ipv4:
        value = IocRules::ipv4(s, reason, warning);
        break;
    case IocType::Ipv6:
        value = IocRules::ipv6(s, reason, warning);
        break;
    }
    if (value.isEmpty()) {
        result.reason = reason;
        return result;
    }
    result.ok = true;
    result.value = value;
    result.warning = warning;
    return result;
}

} // namespace

IocNormalizeResult IocNormalizer::normalize(IocType type, QStringView text)
{
    QString storage;
    QStringView prepared;
    QString reason;
    QString warning;
    if (!prepare(text, storage, prepared, reason, warning)) {
        IocNormalizeResult result;
        result.type = type;
        result.reason = reason;
        return result;
    }
    return normalizePrepared(type, prepared, warning);
}

IocNormalizeResult IocNormalizer::detectType(QStringView text)
{
    QString storage;
    QStringView prepared;
    QString reason;
    QString warning;
    if (!prepare(text, storage, prepared, reason, warning)) {
        IocNormalizeResult result;
        result.reason = reason;
        return result;
    }
    const QStringView s = prepared;
    if (allHex(s) && !allDigits(s)) {
        switch (s.size()) {
        case 64:
            return normalizePrepared(IocType::Sha256, s, warning);
        case 40:
            return normalizePrepared(IocType::Sha1, s, warning);
        case 32:
            return normalizePrepared(IocType::Md5, s, warning);
        default:
            break;
        }
        if (s.size() >= 16) {
            IocNormalizeResult result;
            result.reason = tr("\"%1\" is %2 hexadecimal digits, which is no hash SentinelOne takes: SHA256 "
                               "has 64, SHA1 40 and MD5 32.")
                                .arg(printable(s, 80))
                                .arg(s.size());
            return result;
        }
    } else if (allHex(s) && (s.size() == 64 || s.size() == 40 || s.size() == 32)) {
        // All digits, but of a hash's length: a hash that happens to have no letter.
        return normalizePrepared(s.size() == 64 ? IocType::Sha256
                : s.size() == 40                ? IocType::Sha1
                                                : IocType::Md5,
            s, warning);
    }
    if (s.contains(QLatin1String("://")))
        return normalizePrepared(IocType::Url, s, warning);
    if (s.startsWith(u'[') || s.count(u':') >= 2)
        return normalizePrepared(IocType::Ipv6, s, warning);
    bool ipv4Like = !s.isEmpty() && isDigit(s.front().unicode());
    for (QChar c : s) {
        if (!isDigit(c.unicode()) && c != u'.' && c != u':' && c != u'/') {
            ipv4Like = false;
            break;
        }
    }
    if (ipv4Like && s.contains(u'.'))
        return normalizePrepared(IocType::Ipv4, s, warning);
    if (s.contains(u'/'))
        return normalizePrepared(IocType::Url, s, warning);
    if (s.contains(u'.'))
        return normalizePrepared(IocType::Dns, s, warning);
    IocNormalizeResult result;
    result.reason = tr("\"%1\" is not recognized as an indicator: expected a SHA256, SHA1 or MD5 hash, a URL "
                       "(http, https or ftp), a domain name, or an IPv4 or IPv6 address.")
                        .arg(printable(s, 80));
    return result;
}

} // namespace exchange
