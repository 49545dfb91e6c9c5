// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/IsoDuration.h"

#include "config/Translations.h"
#include <QTest>

using jobs::IsoDuration;

class TestIsoDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: rejected
        QTest::newRow("PT5M") << "PT5M" << qint64(300);
        QTest::newRow("lower") << "pt5m" << qint64(300);
        QTest::newRow("PT1H") << "PT1H" << qint64(3600);
        QTest::newRow("P1D") << "P1D" << qint64(86400);
        QTest::newRow("P1DT12H") << "P1DT12H" << qint64(129600);
        QTest::newRow("PT30S") << "PT30S" << qint64(30);
        QTest::newRow("PT1.5S") << "PT1.5S" << qint64(1);
        QTest::newRow("P1W") << "P1W" << qint64(604800);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("P") << "P" << qint64(-1);
        QTest::newRow("PT") << "PT" << qint64(-1);
        QTest::newRow("zero") << "PT0S" << qint64(-1);
        QTest::newRow("minutes no T") << "P5" << qint64(-1);
        QTest::newRow("words") << "5 minutes" << qint64(-1);
        QTest::newRow("negative") << "-PT5M" << qint64(-1);
        // Beyond qint64, converting the double was undefined behaviour (UBSan: float-cast-overflow).
        QTest::newRow("100 years") << "P100Y" << qint64(3153600000);
        QTest::newRow("past 100 years") << "P100YT1S" << qint64(-1);
        QTest::newRow("beyond qint64") << "P99999999999999999999Y" << qint64(-1);
        QTest::newRow("beyond qint64 seconds") << "PT99999999999999999999999S" << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QString error;
        const auto parsed = IsoDuration::parseSeconds(text, &error);
        if (seconds < 0) {
            QVERIFY(!parsed);
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(*parsed, seconds);
        }
    }
    void describe()
    {
        QCOMPARE(IsoDuration::describeEvery(300), QStringLiteral("every 5 minutes"));
        QCOMPARE(IsoDuration::describeEvery(60), QStringLiteral("every minute"));
        QCOMPARE(IsoDuration::describeEvery(5400), QStringLiteral("every 1 hour 30 minutes"));
        QCOMPARE(IsoDuration::describeEvery(86400), QStringLiteral("every day"));
    }
};

QTEST_GUILESS_MAIN(TestIsoDuration)
#include "tst_isoduration.moc"
