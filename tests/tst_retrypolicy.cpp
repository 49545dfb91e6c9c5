// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiError.h"
#include "net/RetryPolicy.h"

#include <QTest>

using net::ApiError;
using net::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray("1") << 1;
        QTest::newRow("spaces") << QByteArray(" 30 ") << 30;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("http date") << QByteArray("Sun, 22 Nov 2026 10:00:30 GMT") << 30;
        QTest::newRow("date in the past") << QByteArray("Sun, 22 Nov 2026 09:59:00 GMT") << 0;
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, now), seconds);
    }

    void retryAfterIsHonoured()
    {
        RetryPolicy policy(5, 1000, 60000);
        QCOMPARE(policy.delayMs(1, "2"), 2000);
        QCOMPARE(policy.delayMs(4, "1"), 1000);
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy(10, 1000, 8000);
        for (int round = 0; round < 50; ++round) {
            for (int attempt = 1; attempt <= 8; ++attempt) {
                const int base = std::min(1000 << (attempt - 1), 8000);
                const int delay = policy.delayMs(attempt, {});
                QVERIFY2(delay >= base / 2 && delay <= base,
                    qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(delay)));
            }
        }
    }

    void whatIsRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retried");
        using K = ApiError::Kind;
        QTest::newRow("429") << int(K::RateLimited) << true;
        QTest::newRow("5xx") << int(K::ServerError) << true;
        QTest::newRow("network") << int(K::Network) << true;
        QTest::newRow("timeout") << int(K::Timeout) << true;
        QTest::newRow("truncated") << int(K::BadResponse) << true;
        QTest::newRow("401") << int(K::TokenRefused) << false;
        QTest::newRow("403") << int(K::Forbidden) << false;
        QTest::newRow("404") << int(K::NotAvailable) << false;
        QTest::newRow("400") << int(K::BadRequest) << false;
        QTest::newRow("html") << int(K::NotAConsole) << false;
        QTest::newRow("tls") << int(K::TlsFailure) << false;
        QTest::newRow("cancelled") << int(K::Cancelled) << false;
    }
    void whatIsRetried()
    {
        QFETCH(int, kind);
        QFETCH(bool, retried);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        RetryPolicy policy(3);
        QCOMPARE(policy.shouldRetry(error, 1), retried);
        QCOMPARE(policy.shouldRetry(error, 2), retried);
        QVERIFY(!policy.shouldRetry(error, 3)); // attempts exhausted
        if (error.kind != ApiError::Kind::Cancelled)
            QVERIFY(!error.userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
