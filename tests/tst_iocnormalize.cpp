// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Ioc.h"
#include "exchange/IocNormalizer.h"

#include "config/Translations.h"
#include <QTest>

using namespace Qt::StringLiterals;
using exchange::IocNormalizer;
using exchange::IocType;

class TestIocNormalize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    void typeNames()
    {
        for (IocType type : exchange::allIocTypes())
            QCOMPARE(exchange::iocTypeFromName(exchange::iocTypeName(type)), type);
        QCOMPARE(exchange::iocTypeName(IocType::Sha256), QStringLiteral("SHA256"));
        QCOMPARE(exchange::iocTypeName(IocType::Ipv6), QStringLiteral("IPV6"));
        QCOMPARE(exchange::iocTypeFromName(u" dns "), IocType::Dns);
        QCOMPARE(exchange::iocTypeFromName(u"ipv4"), IocType::Ipv4);
        QVERIFY(!exchange::iocTypeFromName(u"domain"));
        QVERIFY(!exchange::iocTypeFromName(u""));
    }

    // type: "" detects the type; else the API name the value is normalized as.
    // ok rows: expected type and normalized value (and a warning fragment or "");
    // refused rows: the expected type ("" when nothing was recognized) and a fragment of the reason.
    void normalize_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("expected"); // value when ok, reason fragment when not
        QTest::addColumn<QString>("warning"); // fragment of the warning, "" for none

        const QString sha256
            = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        const QString sha1 = QStringLiteral("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3");
        const QString md5 = QStringLiteral("098f6bcd4621d373cade4e832627b4f6");
        auto row = [](const char *name, const QString &type, const QString &input, bool ok,
                       const QString &expType, const QString &expected, const QString &warning = QString()) {
            QTest::newRow(name) << type << input << ok << expType << expected << warning;
        };
        const QString detect;
        // Hashes
        row("sha256 detected", detect, sha256, true, u"SHA256"_s, sha256);
        row("sha256 upper", detect, sha256.toUpper(), true, u"SHA256"_s, sha256);
        row("sha256 spaces around", detect, u"  "_s + sha256 + u"\t"_s, true, u"SHA256"_s, sha256);
        row("sha1 detected", detect, sha1, true, u"SHA1"_s, sha1);
        row("md5 detected", detect, md5.toUpper(), true, u"MD5"_s, md5);
        row("md5 typed", u"MD5"_s, md5, true, u"MD5"_s, md5);
        row("md5 given as sha256", u"SHA256"_s, md5, false, u"SHA256"_s, u"a SHA256 hash has exactly 64"_s);
        row("sha1 too short", u"SHA1"_s, sha1.left(39), false, u"SHA1"_s, u"has 39 hexadecimal digits"_s);
        row("hash not hex", u"SHA256"_s, sha256.left(63) + u"g"_s, false, u"SHA256"_s,
            u"expected 64 hexadecimal digits"_s);
        row("empty md5", detect, u"d41d8cd98f00b204e9800998ecf8427e"_s, false, u"MD5"_s, u"empty file"_s);
        row("empty sha1", u"SHA1"_s, u"DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"_s, false, u"SHA1"_s,
            u"empty file"_s);
        row("empty sha256", detect, u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s,
            false, u"SHA256"_s, u"empty file"_s);
        row("hex of odd length", detect, u"0123456789abcdef0123"_s, false, u""_s,
            u"SHA256 has 64, SHA1 40 and MD5 32"_s);
        // URLs
        row("url", detect, u"http://example.com/a/b?c=1"_s, true, u"URL"_s, u"http://example.com/a/b?c=1"_s);
        row("url scheme and host lowered", detect, u"HTTPS://Evil.Example.COM/Path/File.EXE"_s, true,
            u"URL"_s, u"https://evil.example.com/Path/File.EXE"_s);
        row("url ftp port", detect, u"ftp://files.example.net:2121/x"_s, true, u"URL"_s,
            u"ftp://files.example.net:2121/x"_s);
        row("url defanged hxxp", detect, u"hxxp://evil[.]example[.]com/x"_s, true, u"URL"_s,
            u"http://evil.example.com/x"_s, u"re-fanged"_s);
        row("url defanged hxxps colon", detect, u"hxxps[:]//bad(.)example.org"_s, true, u"URL"_s,
            u"https://bad.example.org"_s, u"re-fanged"_s);
        row("url ip host", detect, u"http://192.0.2.10:8080/bins/mozi.m"_s, true, u"URL"_s,
            u"http://192.0.2.10:8080/bins/mozi.m"_s);
        row("url ipv6 host", detect, u"http://[2001:DB8::1]/x"_s, true, u"URL"_s,
            u"http://[2001:db8::1]/x"_s);
        row("url idn host", detect, u"http://bücher.example/ä"_s, true, u"URL"_s,
            u"http://xn--bcher-kva.example/ä"_s);
        row("url underscore host", detect, u"http://my_host.duckdns.org/p"_s, true, u"URL"_s,
            u"http://my_host.duckdns.org/p"_s);
        row("url with space", detect, u"http://example.com/a b"_s, false, u""_s, u"contains a space"_s);
        row("url other scheme", detect, u"javascript://example.com/x"_s, false, u"URL"_s,
            u"http, https and ftp"_s);
        row("url no host", detect, u"http:///path"_s, false, u"URL"_s, u"has no host"_s);
        row("url bad port", detect, u"http://example.com:99999/"_s, false, u"URL"_s,
            u"a port is a number from 1 to 65535"_s);
        row("url no scheme", u"URL"_s, u"example.com/path"_s, false, u"URL"_s, u"has no scheme"_s);
        row("url path without scheme detected", detect, u"evil.example.com/payload.exe"_s, false, u"URL"_s,
            u"has no scheme"_s);
        // Domains
        row("domain", detect, u"Evil.Example.COM"_s, true, u"DNS"_s, u"evil.example.com"_s);
        row("domain trailing dot", detect, u"example.org."_s, true, u"DNS"_s, u"example.org"_s);
        row("domain defanged", detect, u"evil[.]example(.)net"_s, true, u"DNS"_s, u"evil.example.net"_s,
            u"re-fanged"_s);
        row("domain idn", u"DNS"_s, u"Bücher.example"_s, true, u"DNS"_s, u"xn--bcher-kva.example"_s);
        row("domain punycode kept", u"DNS"_s, u"xn--bcher-kva.example"_s, true, u"DNS"_s,
            u"xn--bcher-kva.example"_s);
        row("domain with port", detect, u"evil.example.com:8080"_s, true, u"DNS"_s, u"evil.example.com"_s,
            u"port 8080"_s);
        row("domain public suffix co.uk", u"DNS"_s, u"co.uk"_s, false, u"DNS"_s, u"public suffix"_s);
        row("domain public suffix com.au", detect, u"COM.AU."_s, false, u"DNS"_s, u"public suffix"_s);
        row("domain single label", u"DNS"_s, u"localhost"_s, false, u"DNS"_s, u"single label"_s);
        row("domain tld only", u"DNS"_s, u"com"_s, false, u"DNS"_s, u"single label"_s);
        row("domain label hyphen", detect, u"-bad.example.com"_s, false, u"DNS"_s,
            u"starts or ends with a hyphen"_s);
        row("domain label too long", detect, QString(64, u'a') + u".com"_s, false, u"DNS"_s,
            u"label of 64 characters"_s);
        row("domain underscore", detect, u"bad_name.example.com"_s, false, u"DNS"_s, u"contains \"_\""_s);
        row("domain empty label", detect, u"a..example.com"_s, false, u"DNS"_s, u"empty label"_s);
        row("domain is url", u"DNS"_s, u"http://example.com/"_s, false, u"DNS"_s, u"is a URL"_s);
        row("domain wildcard", detect, u"*.example.com"_s, false, u"DNS"_s, u"wildcard"_s);
        row("domain that is an ip", u"DNS"_s, u"192.0.2.1"_s, false, u"DNS"_s, u"type it IPV4"_s);
        // IPv4
        row("ipv4", detect, u"192.0.2.1"_s, true, u"IPV4"_s, u"192.0.2.1"_s);
        row("ipv4 zero", detect, u"0.0.0.0"_s, true, u"IPV4"_s, u"0.0.0.0"_s);
        row("ipv4 port", detect, u"198.51.100.7:443"_s, true, u"IPV4"_s, u"198.51.100.7"_s, u"port 443"_s);
        row("ipv4 defanged", detect, u"203.0.113[.]9"_s, true, u"IPV4"_s, u"203.0.113.9"_s, u"re-fanged"_s);
        row("ipv4 /32", detect, u"203.0.113.9/32"_s, true, u"IPV4"_s, u"203.0.113.9"_s, u"/32"_s);
        row("ipv4 leading zero", detect, u"010.1.1.1"_s, false, u"IPV4"_s, u"octal or decimal"_s);
        row("ipv4 over 255", detect, u"256.1.1.1"_s, false, u"IPV4"_s, u"over 255"_s);
        row("ipv4 three octets", detect, u"10.1.1"_s, false, u"IPV4"_s, u"four numbers"_s);
        row("ipv4 cidr", detect, u"198.51.100.0/24"_s, false, u"IPV4"_s, u"network range"_s);
        row("ipv4 bad port", u"IPV4"_s, u"192.0.2.1:0"_s, false, u"IPV4"_s, u"no port"_s);
        row("ipv4 typed as ipv6", u"IPV6"_s, u"192.0.2.1"_s, false, u"IPV6"_s, u"not an IPv6 address"_s);
        // IPv6
        row("ipv6", detect, u"2001:0DB8:0000:0000:0000:0000:0000:0001"_s, true, u"IPV6"_s, u"2001:db8::1"_s);
        row("ipv6 compressed", detect, u"2001:db8::ff00:42:8329"_s, true, u"IPV6"_s,
            u"2001:db8::ff00:42:8329"_s);
        row("ipv6 bracket port", detect, u"[2001:db8::1]:8443"_s, true, u"IPV6"_s, u"2001:db8::1"_s,
            u"port 8443"_s);
        row("ipv6 mapped", detect, u"::ffff:192.0.2.128"_s, true, u"IPV6"_s, u"::ffff:192.0.2.128"_s,
            u"IPv4-mapped"_s);
        row("ipv6 defanged", detect, u"2001[:]db8[:][:]2"_s, true, u"IPV6"_s, u"2001:db8::2"_s,
            u"re-fanged"_s);
        row("ipv6 bad", detect, u"2001:db8:::1"_s, false, u"IPV6"_s, u"not an IPv6 address"_s);
        row("ipv6 zone", detect, u"fe80::1%eth0"_s, false, u"IPV6"_s, u"zone index"_s);
        row("ipv6 cidr", detect, u"2001:db8::/32"_s, false, u"IPV6"_s, u"network range"_s);
        // Anything
        row("empty", detect, u"   "_s, false, u""_s, u"empty"_s);
        row("control character", detect, u"evil.example.com\u0007"_s, false, u""_s,
            u"control character (\\x07)"_s);
        row("bidi override", detect, u"evil\u202Eexample.com"_s, false, u""_s,
            u"control character (\\u202e)"_s);
        row("inner space", detect, u"evil example.com"_s, false, u""_s, u"contains a space"_s);
        row("word", detect, u"malware"_s, false, u""_s, u"not recognized"_s);
        row("email", detect, u"user@example.com"_s, false, u"DNS"_s, u"contains \"@\""_s);
    }

    void normalize()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, expectedType);
        QFETCH(QString, expected);
        QFETCH(QString, warning);
        const exchange::IocNormalizeResult r = type.isEmpty()
            ? IocNormalizer::detectType(input)
            : IocNormalizer::normalize(*exchange::iocTypeFromName(type), input);
        const QString gotType = r.type ? exchange::iocTypeName(*r.type) : QString();
        QCOMPARE(gotType, expectedType);
        if (ok) {
            QVERIFY2(r.ok, qPrintable(r.reason));
            QCOMPARE(r.value, expected);
            QVERIFY(r.reason.isEmpty());
            if (warning.isEmpty())
                QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning));
            else
                QVERIFY2(r.warning.contains(warning), qPrintable(r.warning));
        } else {
            QVERIFY2(!r.ok, qPrintable(r.value));
            QVERIFY(r.value.isEmpty());
            QVERIFY2(r.reason.contains(expected), qPrintable(r.reason));
            QVERIFY2(r.reason.endsWith(u'.'), qPrintable(r.reason));
        }
    }

    void normalizedValuesAreStable()
    {
        // Normalizing a normalized value gives it back unchanged and without a warning.
        const QStringList values {u"http://evil.example.com/x"_s, u"evil.example.com"_s, u"192.0.2.1"_s,
            u"2001:db8::1"_s, u"::ffff:192.0.2.128"_s};
        for (const QString &v : values) {
            const auto first = IocNormalizer::detectType(v);
            QVERIFY2(first.ok, qPrintable(first.reason));
            const auto again = IocNormalizer::normalize(*first.type, first.value);
            QCOMPARE(again.value, first.value);
        }
    }

    void publicSuffixes()
    {
        QVERIFY(IocNormalizer::isPublicSuffix(u"co.uk"));
        QVERIFY(IocNormalizer::isPublicSuffix(u"COM.AU"));
        QVERIFY(IocNormalizer::isPublicSuffix(u"com"));
        QVERIFY(!IocNormalizer::isPublicSuffix(u"example.co.uk"));
        QVERIFY(!IocNormalizer::isPublicSuffix(u"github.io"));
    }

    void printable()
    {
        QCOMPARE(IocNormalizer::printable(u"a\tb\x1b"
                                          "c"),
            QStringLiteral("a\\tb\\x1bc"));
        QCOMPARE(IocNormalizer::printable(u"abcdef", 3), QStringLiteral("abc..."));
    }
};

QTEST_GUILESS_MAIN(TestIocNormalize)
#include "tst_iocnormalize.moc"
