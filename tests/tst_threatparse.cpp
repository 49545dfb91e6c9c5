// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "s1/PageInfo.h"
#include "s1/Threat.h"
#include "s1/ThreatNote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace s1;

class TestThreatParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every threat of the public fixture parses, with the v2.1 nested fields in place.
    void sampleThreats()
    {
        QString path;
        S1_REQUIRE_SHARED_FILE("s1-samples/threats.json", path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray data = envelope.value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 2);

        QList<Threat> threats;
        for (const QJsonValue &v : data)
            threats << Threat::fromJson(v.toObject());
        for (const Threat &t : threats) {
            QVERIFY(t.isValid());
            QVERIFY(!t.displayName().isEmpty());
            QVERIFY(t.createdAt.isValid());
            QVERIFY(t.updatedAt.isValid());
            QVERIFY(t.identifiedAt.isValid());
            QVERIFY(!t.identifiedAtRaw.isEmpty());
            QVERIFY(!t.computerName.isEmpty());
            QVERIFY(!t.siteId.isEmpty());
            QVERIFY(!t.accountId.isEmpty());
        }
        // The second threat has an empty threatName, as real data can: kept raw, shown by a fallback.
        QVERIFY(threats.at(1).name.isEmpty());
        QCOMPARE(threats.at(1).displayName(), QStringLiteral("Unnamed threat"));
        QCOMPARE(threats.at(1).computerName, QStringLiteral("DESKTOP"));

        const Threat &first = threats.first();
        QCOMPARE(first.displayName(), first.name);
        QCOMPARE(first.id, QStringLiteral("123456"));
        QCOMPARE(first.name, QStringLiteral("cmd.exe (interactive session)"));
        QCOMPARE(first.classification, QStringLiteral("Infostealer"));
        QCOMPARE(first.confidenceLevel, QStringLiteral("malicious"));
        QCOMPARE(first.analystVerdict, QStringLiteral("true_positive"));
        QCOMPARE(first.incidentStatus, QStringLiteral("in_progress"));
        QCOMPARE(first.mitigationStatus, QStringLiteral("not_mitigated"));
        QCOMPARE(first.detectionEngines, QStringList {QStringLiteral("Manual")});
        QCOMPARE(first.computerName, QStringLiteral("DESKTOP-8CME2KF"));
        QCOMPARE(first.osType, QStringLiteral("windows"));
        QCOMPARE(first.osName, QStringLiteral("Windows 10 Pro"));
        QCOMPARE(first.siteName, QStringLiteral("Default site"));
        QCOMPARE(first.accountName, QStringLiteral("Palo Alto Networks"));
        QCOMPARE(first.ipAddresses(),
            (QStringList {QStringLiteral("1.1.1.1"), QStringLiteral("123:123:123:123")}));
        QVERIFY(first.sha256.isEmpty()); // null in the fixture
        QVERIFY(first.md5.isEmpty());
        QCOMPARE(first.identifiedAtRaw, QStringLiteral("2022-12-20T13:54:52.659000Z"));
        QCOMPARE(first.createdAt, QDateTime(QDate(2022, 12, 20), QTime(13, 54, 53, 9), Qt::UTC));
        QCOMPARE(first.indicators.size(), 1);
        QCOMPARE(first.indicators.first().category, QStringLiteral("Evasion"));
        QCOMPARE(first.indicators.first().tactics.first().name, QStringLiteral("Defense Evasion"));
        QCOMPARE(first.indicators.first().tactics.first().techniques.size(), 2);
        QCOMPARE(first.techniqueIds(), QStringList {QStringLiteral("123")}); // once each

        // The round trip to the CLI's JSON keeps the pivotal facts.
        const QJsonObject json = first.toJson();
        QCOMPARE(json.value(QLatin1String("id")).toString(), first.id);
        QVERIFY(json.value(QLatin1String("sha256")).isNull());
        QCOMPARE(
            json.value(QLatin1String("endpoint")).toObject().value(QLatin1String("computerName")).toString(),
            first.computerName);
    }

    // The fixture's cursor is the string "null": that is the end of the list, as JSON null is.
    void pagination_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<qint64>("total");
        QTest::newRow("string null") << QByteArray(R"({"pagination":{"nextCursor":"null","totalItems":222}})")
                                     << QString() << qint64(222);
        QTest::newRow("json null") << QByteArray(R"({"pagination":{"nextCursor":null,"totalItems":5}})")
                                   << QString() << qint64(5);
        QTest::newRow("missing") << QByteArray(R"({"data":[]})") << QString() << qint64(-1);
        QTest::newRow("empty") << QByteArray(R"({"pagination":{"nextCursor":""}})") << QString()
                               << qint64(-1);
        QTest::newRow("more") << QByteArray(R"({"pagination":{"nextCursor":"YWJj+/=","totalItems":2500}})")
                              << QStringLiteral("YWJj+/=") << qint64(2500);
    }
    void pagination()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, cursor);
        QFETCH(qint64, total);
        const PageInfo page = PageInfo::fromEnvelope(QJsonDocument::fromJson(json).object());
        QCOMPARE(page.nextCursor, cursor);
        QCOMPARE(page.hasMore(), !cursor.isEmpty());
        QCOMPARE(page.totalItems, total);
    }

    void sampleCursorEndsTheList()
    {
        QString path;
        S1_REQUIRE_SHARED_FILE("s1-samples/threats.json", path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PageInfo page = PageInfo::fromEnvelope(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(!page.hasMore());
        QCOMPARE(page.totalItems, qint64(222));
    }

    void apiTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("micro") << "2022-12-20T13:54:53.009117Z"
                               << QDateTime(QDate(2022, 12, 20), QTime(13, 54, 53, 9), Qt::UTC);
        QTest::newRow("milli") << "2022-12-20T13:54:53.123Z"
                               << QDateTime(QDate(2022, 12, 20), QTime(13, 54, 53, 123), Qt::UTC);
        QTest::newRow("none") << "2022-12-20T13:54:53Z"
                              << QDateTime(QDate(2022, 12, 20), QTime(13, 54, 53), Qt::UTC);
        QTest::newRow("offset") << "2022-12-20T15:54:53+02:00"
                                << QDateTime(QDate(2022, 12, 20), QTime(13, 54, 53), Qt::UTC);
        QTest::newRow("tenth") << "2022-12-20T13:54:53.5Z"
                               << QDateTime(QDate(2022, 12, 20), QTime(13, 54, 53, 500), Qt::UTC);
        QTest::newRow("space") << "2022-12-20 13:54:53.009Z"
                               << QDateTime(QDate(2022, 12, 20), QTime(13, 54, 53, 9), Qt::UTC);
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z"
                                  << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
        QTest::newRow("no such day") << "2022-02-30T13:54:53Z" << QDateTime();
        QTest::newRow("hour 24") << "2022-12-20T24:54:53Z" << QDateTime();
        QTest::newRow("empty fraction") << "2022-12-20T13:54:53.Z" << QDateTime();
        QTest::newRow("letters") << "2022-1x-20T13:54:53Z" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }
    void apiTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseApiTime(text), expected);
    }

    void noteFlagRule()
    {
        const QString flag = QStringLiteral("[OpenCTI_add]");
        ThreatNote note = ThreatNote::fromJson(QJsonObject {{QStringLiteral("id"), QStringLiteral("9")},
            {QStringLiteral("text"), QStringLiteral(" [OpenCTI_add] ")}});
        QVERIFY(note.containsFlag(flag));
        QVERIFY(note.isOnlyFlag(flag));
        note.text = QStringLiteral("please import [OpenCTI_add]");
        QVERIFY(note.containsFlag(flag));
        QVERIFY(!note.isOnlyFlag(flag));
        note.text = QStringLiteral("[opencti_add]"); // case-sensitive, as the public connector
        QVERIFY(!note.containsFlag(flag));
    }
};

QTEST_GUILESS_MAIN(TestThreatParse)
#include "tst_threatparse.moc"
