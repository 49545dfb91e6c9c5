// SPDX-License-Identifier: GPL-3.0-or-later
// exchange::BusinessRule: each filter with its own _data table (CIDR v4/v6, domain suffix, regular
// expression, exclusion list winning, labels, severity and score, seen within, types and sources), the
// JSON form (round trip, every problem naming its field), and the store-wide count.
#include "exchange/BusinessRule.h"
#include "exchange/IocStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace exchange;
using namespace Qt::StringLiterals;

namespace {

Ioc makeIoc(const QString &type, const QString &value)
{
    Ioc ioc;
    ioc.type = iocTypeFromName(type).value_or(IocType::Sha256);
    ioc.value = value;
    return ioc;
}

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestBusinessRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cidr_data();
    void cidr() { checkPattern(); }
    void domainSuffix_data();
    void domainSuffix() { checkPattern(); }
    void regex_data();
    void regex() { checkPattern(); }
    void exclusionListWins_data();
    void exclusionListWins();
    void labels_data();
    void labels();
    void severityAndScore_data();
    void severityAndScore();
    void seenWithin_data();
    void seenWithin();
    void typesAndSources_data();
    void typesAndSources();
    void jsonRoundTrip();
    void jsonProblems_data();
    void jsonProblems();
    void countInStore();

private:
    // Columns pattern, type, value, included: the pattern as the only include pattern; then the same
    // pattern as an exclude pattern must give the opposite.
    void patternColumns()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("included");
    }
    void checkPattern()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(bool, included);
        BusinessRule rule;
        rule.name = QStringLiteral("r");
        rule.include = {pattern};
        QVERIFY2(rule.validate().isEmpty(), qPrintable(rule.validate().join(QLatin1Char('\n'))));
        QCOMPARE(rule.matches(makeIoc(type, value), {}, kNow), included);
        BusinessRule excluding;
        excluding.name = QStringLiteral("r");
        excluding.exclude = {pattern};
        QCOMPARE(excluding.matches(makeIoc(type, value), {}, kNow), !included);
    }
};

void TestBusinessRule::cidr_data()
{
    patternColumns();
    QTest::newRow("v4 in /8") << "10.0.0.0/8"
                              << "IPV4"
                              << "10.200.3.4" << true;
    QTest::newRow("v4 outside /8") << "10.0.0.0/8"
                                   << "IPV4"
                                   << "11.0.0.1" << false;
    QTest::newRow("v4 /24 edge low") << "192.0.2.0/24"
                                     << "IPV4"
                                     << "192.0.2.0" << true;
    QTest::newRow("v4 /24 edge high") << "192.0.2.0/24"
                                      << "IPV4"
                                      << "192.0.2.255" << true;
    QTest::newRow("v4 /24 next") << "192.0.2.0/24"
                                 << "IPV4"
                                 << "192.0.3.0" << false;
    QTest::newRow("v4 /32 single") << "198.51.100.7/32"
                                   << "IPV4"
                                   << "198.51.100.7" << true;
    QTest::newRow("v4 bare address") << "198.51.100.7"
                                     << "IPV4"
                                     << "198.51.100.8" << false;
    QTest::newRow("v4 bare address same") << "198.51.100.7"
                                          << "IPV4"
                                          << "198.51.100.7" << true;
    QTest::newRow("v4 range, v6 value") << "10.0.0.0/8"
                                        << "IPV6"
                                        << "2001:db8::1" << false;
    QTest::newRow("v4 range, URL with IP host") << "10.0.0.0/8"
                                                << "URL"
                                                << "http://10.1.2.3:8080/x" << true;
    QTest::newRow("v4 range, URL with name host") << "10.0.0.0/8"
                                                  << "URL"
                                                  << "http://ten.example/" << false;
    QTest::newRow("v4 range, domain") << "10.0.0.0/8"
                                      << "DNS"
                                      << "10.example" << false;
    QTest::newRow("v6 in /32") << "2001:db8::/32"
                               << "IPV6"
                               << "2001:db8:ffff::1" << true;
    QTest::newRow("v6 outside /32") << "2001:db8::/32"
                                    << "IPV6"
                                    << "2001:db9::1" << false;
    QTest::newRow("v6 /128") << "2001:db8::5/128"
                             << "IPV6"
                             << "2001:db8::5" << true;
    QTest::newRow("v6 bare address") << "2001:db8::5"
                                     << "IPV6"
                                     << "2001:db8::6" << false;
    QTest::newRow("v6 range, URL with IP host") << "2001:db8::/32"
                                                << "URL"
                                                << "https://[2001:db8::1]/a" << true;
    QTest::newRow("v6 range, v4 value") << "2001:db8::/32"
                                        << "IPV4"
                                        << "10.0.0.1" << false;
}

void TestBusinessRule::domainSuffix_data()
{
    patternColumns();
    QTest::newRow("same domain") << "example.com"
                                 << "DNS"
                                 << "example.com" << true;
    QTest::newRow("subdomain") << "example.com"
                               << "DNS"
                               << "a.b.example.com" << true;
    QTest::newRow("not a label boundary") << "example.com"
                                          << "DNS"
                                          << "badexample.com" << false;
    QTest::newRow("other domain") << "example.com"
                                  << "DNS"
                                  << "example.org" << false;
    QTest::newRow("wildcard written") << "*.example.com"
                                      << "DNS"
                                      << "www.example.com" << true;
    QTest::newRow("leading dot") << ".example.com"
                                 << "DNS"
                                 << "www.example.com" << true;
    QTest::newRow("upper case pattern") << "EXAMPLE.com"
                                        << "DNS"
                                        << "www.example.com" << true;
    QTest::newRow("URL host") << "example.com"
                              << "URL"
                              << "https://login.example.com/path?q=1" << true;
    QTest::newRow("URL host with user and port") << "example.com"
                                                 << "URL"
                                                 << "http://u@example.com:81/" << true;
    QTest::newRow("URL path only") << "example.com"
                                   << "URL"
                                   << "https://evil.test/example.com" << false;
    QTest::newRow("URL host suffix not boundary") << "example.com"
                                                  << "URL"
                                                  << "https://notexample.com/" << false;
    QTest::newRow("hash value") << "example.com"
                                << "MD5"
                                << "0123456789abcdef0123456789abcdef" << false;
    QTest::newRow("exact hash pattern") << "0123456789ABCDEF0123456789abcdef"
                                        << "MD5"
                                        << "0123456789abcdef0123456789abcdef" << true;
    QTest::newRow("exact URL pattern") << "https://evil.test/a"
                                       << "URL"
                                       << "https://evil.test/a" << true;
}

void TestBusinessRule::regex_data()
{
    patternColumns();
    QTest::newRow("found anywhere") << "re:evil"
                                    << "DNS"
                                    << "very-evil.example" << true;
    QTest::newRow("not found") << "re:evil"
                               << "DNS"
                               << "good.example" << false;
    QTest::newRow("case-insensitive") << "re:EVIL"
                                      << "DNS"
                                      << "evil.example" << true;
    QTest::newRow("anchored whole") << "re:^[a-f]+\\.example$"
                                    << "DNS"
                                    << "abc.example" << true;
    QTest::newRow("anchored miss") << "re:^[a-f]+\\.example$"
                                   << "DNS"
                                   << "xyz.example" << false;
    QTest::newRow("URL path") << "re:/wp-admin/"
                              << "URL"
                              << "https://x.example/wp-admin/a.php" << true;
    QTest::newRow("hash prefix") << "re:^dead"
                                 << "SHA1"
                                 << "deadbeef00deadbeef00deadbeef00deadbeef0" << true;
    QTest::newRow("IP") << "re:^10\\."
                        << "IPV4"
                        << "10.1.1.1" << true;
}

void TestBusinessRule::exclusionListWins_data()
{
    QTest::addColumn<QStringList>("exclusionList");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    // The rule includes everything explicitly (include patterns, labels, type) yet the exclusion wins.
    QTest::newRow("own domain") << QStringList {u"corp.example"_s} << "DNS"
                                << "mail.corp.example" << false;
    QTest::newRow("own domain in URL") << QStringList {u"corp.example"_s} << "URL"
                                       << "https://corp.example/x" << false;
    QTest::newRow("own range v4") << QStringList {u"203.0.113.0/24"_s} << "IPV4"
                                  << "203.0.113.9" << false;
    QTest::newRow("own range v6") << QStringList {u"2001:db8:1::/48"_s} << "IPV6"
                                  << "2001:db8:1::9" << false;
    QTest::newRow("regex") << QStringList {u"re:^intranet"_s} << "DNS"
                           << "intranet.other.example" << false;
    QTest::newRow("not excluded") << QStringList {u"corp.example"_s, u"203.0.113.0/24"_s} << "DNS"
                                  << "evil.example" << true;
    QTest::newRow("not excluded ip") << QStringList {u"203.0.113.0/24"_s} << "IPV4"
                                     << "198.51.100.1" << true;
}

void TestBusinessRule::exclusionListWins()
{
    QFETCH(QStringList, exclusionList);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, matches);
    BusinessRule rule;
    rule.name = QStringLiteral("r");
    rule.include = {QStringLiteral("re:.")};
    rule.labels = {QStringLiteral("bad")};
    rule.exclusionList = exclusionList;
    QVERIFY(rule.validate().isEmpty());
    Ioc ioc = makeIoc(type, value);
    ioc.labels = {QStringLiteral("bad")};
    QCOMPARE(rule.matches(ioc, {}, kNow), matches);
}

void TestBusinessRule::labels_data()
{
    QTest::addColumn<QStringList>("ruleLabels");
    QTest::addColumn<QStringList>("iocLabels");
    QTest::addColumn<bool>("matches");
    QTest::newRow("no condition") << QStringList {} << QStringList {} << true;
    QTest::newRow("one of") << QStringList {u"apt"_s, u"ransomware"_s}
                            << QStringList {u"x"_s, u"ransomware"_s} << true;
    QTest::newRow("none of") << QStringList {u"apt"_s} << QStringList {u"ransomware"_s} << false;
    QTest::newRow("ioc without labels") << QStringList {u"apt"_s} << QStringList {} << false;
    QTest::newRow("case-insensitive") << QStringList {u"APT"_s} << QStringList {u"apt"_s} << true;
    QTest::newRow("spaces trimmed") << QStringList {u" apt "_s} << QStringList {u"apt"_s} << true;
}

void TestBusinessRule::labels()
{
    QFETCH(QStringList, ruleLabels);
    QFETCH(QStringList, iocLabels);
    QFETCH(bool, matches);
    BusinessRule rule;
    rule.name = QStringLiteral("r");
    rule.labels = ruleLabels;
    Ioc ioc = makeIoc(QStringLiteral("DNS"), QStringLiteral("a.example"));
    ioc.labels = iocLabels;
    QCOMPARE(rule.matches(ioc, {}, kNow), matches);
}

void TestBusinessRule::severityAndScore_data()
{
    QTest::addColumn<int>("minSeverity");
    QTest::addColumn<int>("minScore");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("matches");
    QTest::newRow("no condition, none given") << -1 << -1 << -1 << -1 << true;
    QTest::newRow("severity above") << 3 << -1 << 5 << -1 << true;
    QTest::newRow("severity equal") << 3 << -1 << 3 << -1 << true;
    QTest::newRow("severity below") << 3 << -1 << 2 << -1 << false;
    QTest::newRow("severity unknown") << 0 << -1 << -1 << -1 << false;
    QTest::newRow("score above") << -1 << 70 << -1 << 90 << true;
    QTest::newRow("score below") << -1 << 70 << -1 << 69 << false;
    QTest::newRow("both hold") << 3 << 70 << 4 << 80 << true;
    QTest::newRow("one of both fails") << 3 << 70 << 4 << 10 << false;
}

void TestBusinessRule::severityAndScore()
{
    QFETCH(int, minSeverity);
    QFETCH(int, minScore);
    QFETCH(int, severity);
    QFETCH(int, score);
    QFETCH(bool, matches);
    BusinessRule rule;
    rule.name = QStringLiteral("r");
    rule.minSeverity = minSeverity;
    rule.minScore = minScore;
    QVERIFY(rule.validate().isEmpty());
    Ioc ioc = makeIoc(QStringLiteral("DNS"), QStringLiteral("a.example"));
    ioc.severity = severity;
    ioc.score = score;
    QCOMPARE(rule.matches(ioc, {}, kNow), matches);
}

void TestBusinessRule::seenWithin_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("firstSeen");
    QTest::addColumn<QDateTime>("lastSeen");
    QTest::addColumn<bool>("matches");
    QTest::newRow("no condition") << 0 << QDateTime() << QDateTime() << true;
    QTest::newRow("last seen yesterday") << 7 << QDateTime() << kNow.addDays(-1) << true;
    QTest::newRow("last seen exactly at the edge") << 7 << QDateTime() << kNow.addDays(-7) << true;
    QTest::newRow("last seen just before") << 7 << QDateTime() << kNow.addDays(-7).addMSecs(-1) << false;
    QTest::newRow("only first seen, recent") << 7 << kNow.addDays(-2) << QDateTime() << true;
    QTest::newRow("only first seen, old") << 7 << kNow.addDays(-20) << QDateTime() << false;
    QTest::newRow("old first, recent last") << 7 << kNow.addDays(-100) << kNow.addDays(-3) << true;
    QTest::newRow("never seen") << 7 << QDateTime() << QDateTime() << false;
}

void TestBusinessRule::seenWithin()
{
    QFETCH(int, days);
    QFETCH(QDateTime, firstSeen);
    QFETCH(QDateTime, lastSeen);
    QFETCH(bool, matches);
    BusinessRule rule;
    rule.name = QStringLiteral("r");
    rule.seenWithinDays = days;
    Ioc ioc = makeIoc(QStringLiteral("DNS"), QStringLiteral("a.example"));
    ioc.firstSeen = firstSeen;
    ioc.lastSeen = lastSeen;
    QCOMPARE(rule.matches(ioc, {}, kNow), matches);
}

void TestBusinessRule::typesAndSources_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("ruleSources");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("iocSources");
    QTest::addColumn<bool>("matches");
    QTest::newRow("any") << QStringList {} << QStringList {} << "URL" << QStringList {} << true;
    QTest::newRow("type in") << QStringList {u"SHA256"_s, u"URL"_s} << QStringList {} << "URL"
                             << QStringList {} << true;
    QTest::newRow("type out") << QStringList {u"SHA256"_s} << QStringList {} << "URL" << QStringList {}
                              << false;
    QTest::newRow("source in") << QStringList {} << QStringList {u"s1"_s, u"s2"_s} << "URL"
                               << QStringList {u"s3"_s, u"s2"_s} << true;
    QTest::newRow("source out") << QStringList {} << QStringList {u"s1"_s} << "URL" << QStringList {u"s2"_s}
                                << false;
    QTest::newRow("no source") << QStringList {} << QStringList {u"s1"_s} << "URL" << QStringList {} << false;
}

void TestBusinessRule::typesAndSources()
{
    QFETCH(QStringList, types);
    QFETCH(QStringList, ruleSources);
    QFETCH(QString, type);
    QFETCH(QStringList, iocSources);
    QFETCH(bool, matches);
    QStringList problems;
    const auto rule
        = BusinessRule::fromJson(QJsonObject {{QStringLiteral("name"), QStringLiteral("r")},
                                     {QStringLiteral("types"), QJsonArray::fromStringList(types)},
                                     {QStringLiteral("sources"), QJsonArray::fromStringList(ruleSources)}},
            &problems);
    QVERIFY2(rule, qPrintable(problems.join(QLatin1Char('\n'))));
    const QString value
        = type == QLatin1String("URL") ? QStringLiteral("https://a.example/") : QStringLiteral("x");
    QCOMPARE(rule->matches(makeIoc(type, value), iocSources, kNow), matches);
}

void TestBusinessRule::jsonRoundTrip()
{
    BusinessRule rule;
    rule.name = QStringLiteral("Share hashes and bad hosts");
    rule.types = {IocType::Sha256, IocType::Md5, IocType::Dns};
    rule.sourceIds = {QStringLiteral("src-1")};
    rule.labels = {QStringLiteral("malware")};
    rule.minSeverity = 2;
    rule.minScore = 50;
    rule.seenWithinDays = 30;
    rule.include = {QStringLiteral("re:.")};
    rule.exclude = {QStringLiteral("10.0.0.0/8")};
    rule.exclusionList = {QStringLiteral("corp.example"), QStringLiteral("2001:db8::/32")};
    const QJsonObject json = rule.toJson();
    // Through text, as the database and the export keep it.
    const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QStringList problems;
    const auto parsed = BusinessRule::fromJson(back, &problems);
    QVERIFY2(parsed, qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(parsed->toJson(), json);
    QCOMPARE(parsed->types, rule.types);
    QCOMPARE(parsed->exclusionList, rule.exclusionList);
    QCOMPARE(parsed->seenWithinDays, 30);
    // A minimal rule: only the name.
    const auto minimal
        = BusinessRule::fromJson(QJsonObject {{QStringLiteral("name"), QStringLiteral("all")}}, &problems);
    QVERIFY(minimal);
    QVERIFY(minimal->matches(makeIoc(QStringLiteral("IPV4"), QStringLiteral("192.0.2.1")), {}, kNow));
}

void TestBusinessRule::jsonProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // the problem starts with it
    QTest::newRow("no name") << QByteArray(R"({})") << "name";
    QTest::newRow("empty name") << QByteArray(R"({"name": " "})") << "name";
    QTest::newRow("unknown field") << QByteArray(R"({"name": "r", "minSeverty": 3})") << "minSeverty";
    QTest::newRow("types not a list") << QByteArray(R"({"name": "r", "types": "SHA256"})") << "types";
    QTest::newRow("unknown type") << QByteArray(R"({"name": "r", "types": ["SHA512"]})") << "types";
    QTest::newRow("severity text") << QByteArray(R"({"name": "r", "minSeverity": "high"})") << "minSeverity";
    QTest::newRow("severity range") << QByteArray(R"({"name": "r", "minSeverity": 9})") << "minSeverity";
    QTest::newRow("score fraction") << QByteArray(R"({"name": "r", "minScore": 50.5})") << "minScore";
    QTest::newRow("score range") << QByteArray(R"({"name": "r", "minScore": 101})") << "minScore";
    QTest::newRow("prefix too long v4")
        << QByteArray(R"({"name": "r", "include": ["10.0.0.0/99"]})") << "include[0]";
    QTest::newRow("prefix too long v6")
        << QByteArray(R"({"name": "r", "exclude": ["2001:db8::/129"]})") << "exclude[0]";
    QTest::newRow("days negative") << QByteArray(R"({"name": "r", "seenWithinDays": -1})")
                                   << "seenWithinDays";
    QTest::newRow("label not text") << QByteArray(R"({"name": "r", "labels": [1]})") << "labels[0]";
    QTest::newRow("bad regex") << QByteArray(R"({"name": "r", "include": ["re:(unclosed"]})") << "include[0]";
    QTest::newRow("empty regex") << QByteArray(R"({"name": "r", "exclude": ["re:"]})") << "exclude[0]";
    QTest::newRow("bad network") << QByteArray(R"({"name": "r", "exclude": ["a.b/8"]})") << "exclude[0]";
    QTest::newRow("bad prefix") << QByteArray(
        R"({"name": "r", "exclusionList": ["ok.example", "10.0.0.0/33"]})")
                                << "exclusionList[1]";
    QTest::newRow("not a value") << QByteArray(R"({"name": "r", "include": ["not a value"]})")
                                 << "include[0]";
    QTest::newRow("public suffix") << QByteArray(R"({"name": "r", "exclusionList": ["co.uk"]})")
                                   << "exclusionList[0]";
}

void TestBusinessRule::jsonProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QStringList problems;
    QVERIFY(!BusinessRule::fromJson(object, &problems));
    QVERIFY(!problems.isEmpty());
    QVERIFY2(
        problems.first().startsWith(field + QLatin1Char(':')), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestBusinessRule::countInStore()
{
    QTemporaryDir dir;
    storage::Database db(dir.filePath(QStringLiteral("rule.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    IocStore store(&db);
    IocSource a {
        QString(), QStringLiteral("p"), QStringLiteral("A"), QStringLiteral("feed"), {}, {}, {}, {}, {}};
    IocSource b {
        QString(), QStringLiteral("p"), QStringLiteral("B"), QStringLiteral("feed"), {}, {}, {}, {}, {}};
    QVERIFY(store.saveSource(&a, &error));
    QVERIFY(store.saveSource(&b, &error));
    QList<Ioc> fromA, fromB;
    for (int i = 0; i < 12000; ++i) // more than two pages
        fromA << makeIoc(QStringLiteral("IPV4"), QStringLiteral("10.%1.%2.1").arg(i / 256).arg(i % 256));
    fromA << makeIoc(QStringLiteral("DNS"), QStringLiteral("a.corp.example"))
          << makeIoc(QStringLiteral("DNS"), QStringLiteral("evil.example"));
    fromB << makeIoc(QStringLiteral("DNS"), QStringLiteral("b.evil.example"));
    UpsertCounts counts;
    QVERIFY2(store.upsert(a.id, fromA, 1, &counts, &error), qPrintable(error));
    QVERIFY2(store.upsert(b.id, fromB, 1, &counts, &error), qPrintable(error));

    BusinessRule rule;
    rule.name = QStringLiteral("r");
    QCOMPARE(countMatchingIocs(store, rule, kNow), qint64(12003));
    // 10.0.x.1: the first 256 addresses; a.corp.example.
    rule.exclusionList = {QStringLiteral("10.0.0.0/16"), QStringLiteral("corp.example")};
    QCOMPARE(countMatchingIocs(store, rule, kNow), qint64(12003 - 256 - 1));
    rule.types = {IocType::Dns};
    QCOMPARE(countMatchingIocs(store, rule, kNow), qint64(2));
    rule.sourceIds = {b.id};
    QCOMPARE(countMatchingIocs(store, rule, kNow), qint64(1));
    bool complete = true;
    QCOMPARE(countMatchingIocs(
                 store, rule, kNow, [] { return true; }, &complete),
        qint64(0));
    QVERIFY(!complete);
}

QTEST_GUILESS_MAIN(TestBusinessRule)
#include "tst_businessrule.moc"
