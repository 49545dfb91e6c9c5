// SPDX-License-Identifier: GPL-3.0-or-later
#include "s1/ConsoleConfig.h"

#include <QTest>

using s1::ConsoleConfig;

class TestConsoleConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizeUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("plain") << "https://acme.sentinelone.net"
                               << "https://acme.sentinelone.net"
                               << "";
        QTest::newRow("trailing slash") << "https://acme.sentinelone.net/"
                                        << "https://acme.sentinelone.net"
                                        << "";
        QTest::newRow("slashes") << "https://acme.sentinelone.net///"
                                 << "https://acme.sentinelone.net"
                                 << "";
        QTest::newRow("spaces") << "  https://acme.sentinelone.net \n"
                                << "https://acme.sentinelone.net"
                                << "";
        QTest::newRow("no scheme") << "acme.sentinelone.net"
                                   << "https://acme.sentinelone.net"
                                   << "";
        QTest::newRow("upper host") << "HTTPS://ACME.SentinelOne.net"
                                    << "https://acme.sentinelone.net"
                                    << "";
        QTest::newRow("api path pasted") << "https://acme.sentinelone.net/web/api/v2.1/"
                                         << "https://acme.sentinelone.net"
                                         << "";
        QTest::newRow("port") << "http://127.0.0.1:8080/"
                              << "http://127.0.0.1:8080"
                              << "";
        QTest::newRow("sub path") << "https://proxy.example/s1/"
                                  << "https://proxy.example/s1"
                                  << "";
        QTest::newRow("query dropped") << "https://acme.sentinelone.net/?x=1#frag"
                                       << "https://acme.sentinelone.net"
                                       << "";
        QTest::newRow("empty") << "   "
                               << ""
                               << "Console URL";
        QTest::newRow("ftp") << "ftp://acme.sentinelone.net"
                             << ""
                             << "ftp";
        QTest::newRow("no host") << "https://"
                                 << ""
                                 << "Console URL";
        QTest::newRow("user info") << "https://bob:pw@acme.sentinelone.net"
                                   << ""
                                   << "user name";
    }
    void normalizeUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, errorMentions);
        QString error;
        const QUrl url = ConsoleConfig::normalizeUrl(input, &error);
        if (expected.isEmpty()) {
            QVERIFY(url.isEmpty());
            QVERIFY2(error.contains(errorMentions), qPrintable(error));
            QVERIFY(error.startsWith(QLatin1String("Console URL")));
        } else {
            QCOMPARE(url.toString(), expected);
            QVERIFY(error.isEmpty());
        }
    }

    void normalizeToken_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare") << "eyJraWQiOiJ0b2tlbi1zaWduaW5nIiwiYWxnIjoiRVMyNTYifQ"
                              << "eyJraWQiOiJ0b2tlbi1zaWduaW5nIiwiYWxnIjoiRVMyNTYifQ";
        QTest::newRow("ApiToken prefix") << "ApiToken abc123"
                                         << "abc123";
        QTest::newRow("APIToken prefix") << "APIToken abc123"
                                         << "abc123";
        QTest::newRow("lower prefix, spaces") << "  apitoken   abc123 \n"
                                              << "abc123";
        QTest::newRow("colon") << "ApiToken: abc123"
                               << "abc123";
        QTest::newRow("empty") << "  "
                               << "";
        QTest::newRow("only prefix") << "ApiToken "
                                     << "";
        QTest::newRow("inner space") << "abc 123"
                                     << "";
        QTest::newRow("line break") << "abc\n123"
                                    << "";
    }
    void normalizeToken()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(ConsoleConfig::normalizeToken(input, &error), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
        if (!error.isEmpty())
            QVERIFY(error.startsWith(QLatin1String("API token")));
    }

    void threatPage()
    {
        ConsoleConfig config;
        config.url = ConsoleConfig::normalizeUrl(QStringLiteral("acme.sentinelone.net/"));
        QCOMPARE(config.threatPage(QStringLiteral("123456")).toString(),
            QStringLiteral("https://acme.sentinelone.net/incidents/threats/123456/overview"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleConfig)
#include "tst_consoleconfig.moc"
