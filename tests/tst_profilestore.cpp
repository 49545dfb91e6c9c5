// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore: every Profile member round-trips through the INI file; validation, unique names,
// removal, the current profile, the settings version (older migrated, newer refused).
#include "config/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using config::Profile;
using config::ProfileStore;

Q_DECLARE_METATYPE(config::Profile)

namespace {

Profile minimalProfile(const QString &name)
{
    Profile p;
    p.id = Profile::newId();
    p.name = name;
    p.consoleUrl = QUrl(QStringLiteral("https://acme.sentinelone.net"));
    return p;
}

// Every member different from its default, with awkward characters where text is free.
Profile everythingSet()
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("Acme, \"EU\" = Zürich; #1 [prod] ü");
    p.demo = false;
    p.consoleUrl = QUrl(QStringLiteral("https://acme-eu.sentinelone.net:8443"));
    p.accountId = QStringLiteral("1234567890123456789");
    p.accountName = QStringLiteral("Acme Holding; Zürich");
    p.allSites = false;
    p.siteIds = {QStringLiteral("111"), QStringLiteral("222"), QStringLiteral("333")};
    p.siteNames
        = {QStringLiteral("Paris, FR"), QStringLiteral("\"Quoted\" site"), QStringLiteral("@at start")};
    p.openCtiEnabled = true;
    p.openCtiUrl = QUrl(QStringLiteral("https://opencti.acme.example:4000/sub/path"));
    p.connectorId = QStringLiteral("2f0c3a57-9a1e-4c55-8d2b-7c4f6e1d0a93");
    p.connectorName = QStringLiteral("Acme S1 -> OpenCTI");
    p.connectorScope = QStringLiteral("sentinelone,incident");
    p.logLevel = QStringLiteral("debug");
    p.tlp = QStringLiteral("TLP:AMBER");
    p.flag = QStringLiteral("[Acme_import] = yes; #tag");
    p.importMode = Profile::ImportMode::CreatedAfter;
    p.importStart = QDate(2025, 12, 31);
    p.syncPeriod = QStringLiteral("P1DT12H");
    p.maxAttempts = 42;
    p.tlsPolicy = Profile::TlsPolicy::PinnedCertificate;
    p.pinnedCertSha256 = QByteArray(64, 'a');
    return p;
}

Profile demoProfile()
{
    Profile p;
    p.id = QStringLiteral("demo");
    p.name = QStringLiteral("Demo tenant");
    p.demo = true;
    p.consoleUrl = QUrl(QStringLiteral("http://127.0.0.1:41234"));
    p.accountId = QStringLiteral("100000000000000001");
    p.siteIds = {QStringLiteral("only-one")};
    p.siteNames = {QStringLiteral("One")};
    p.allSites = false;
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static void compareProfiles(const Profile &actual, const Profile &expected)
    {
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.name, expected.name);
        QCOMPARE(actual.demo, expected.demo);
        QCOMPARE(actual.consoleUrl, expected.consoleUrl);
        QCOMPARE(actual.accountId, expected.accountId);
        QCOMPARE(actual.accountName, expected.accountName);
        QCOMPARE(actual.allSites, expected.allSites);
        QCOMPARE(actual.siteIds, expected.siteIds);
        QCOMPARE(actual.siteNames, expected.siteNames);
        QCOMPARE(actual.openCtiEnabled, expected.openCtiEnabled);
        QCOMPARE(actual.openCtiUrl, expected.openCtiUrl);
        QCOMPARE(actual.connectorId, expected.connectorId);
        QCOMPARE(actual.connectorName, expected.connectorName);
        QCOMPARE(actual.connectorScope, expected.connectorScope);
        QCOMPARE(actual.logLevel, expected.logLevel);
        QCOMPARE(actual.flag, expected.flag);
        QCOMPARE(actual.importMode, expected.importMode);
        QCOMPARE(actual.importStart, expected.importStart);
        QCOMPARE(actual.syncPeriod, expected.syncPeriod);
        QCOMPARE(actual.maxAttempts, expected.maxAttempts);
        QCOMPARE(actual.tlsPolicy, expected.tlsPolicy);
        QCOMPARE(actual.pinnedCertSha256, expected.pinnedCertSha256);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
    }
    void init()
    {
        m_path = m_dir.filePath(
            QStringLiteral("%1/s1bridge.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
    }

    void defaultPathIsSharedByGuiAndCli()
    {
        QCOMPARE(ProfileStore::defaultPath(),
            m_dir.filePath(QStringLiteral("xdg/S1Bridge/s1bridge/s1bridge.ini")));
        const ProfileStore store;
        QCOMPARE(store.path(), ProfileStore::defaultPath());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("defaults") << minimalProfile(QStringLiteral("Plain"));
        QTest::newRow("every member set") << everythingSet();
        QTest::newRow("demo") << demoProfile();
    }
    void roundTrip()
    {
        QFETCH(Profile, profile);
        {
            ProfileStore store(m_path);
            QString error;
            QVERIFY2(store.save(profile, &error), qPrintable(error));
            QVERIFY(error.isEmpty());
        }
        const ProfileStore reopened(m_path); // a new instance reads the file
        QVERIFY2(reopened.errorString().isEmpty(), qPrintable(reopened.errorString()));
        const QList<Profile> all = reopened.profiles();
        QCOMPARE(all.size(), 1);
        compareProfiles(all.first(), profile);
        const auto byId = reopened.find(profile.id);
        QVERIFY(byId);
        compareProfiles(*byId, profile);
    }

    void enumsAreReadableStrings()
    {
        ProfileStore store(m_path);
        QString error;
        QVERIFY2(store.save(everythingSet(), &error), qPrintable(error));
        const QByteArray ini = fileBytes(m_path);
        QVERIFY2(ini.contains("importMode=created-after"), ini.constData());
        QVERIFY2(ini.contains("tlsPolicy=pinned-certificate"), ini.constData());
        QVERIFY2(ini.contains("settingsVersion=1"), ini.constData());
        Profile other = minimalProfile(QStringLiteral("Other"));
        QVERIFY2(store.save(other, &error), qPrintable(error));
        const QByteArray ini2 = fileBytes(m_path);
        QVERIFY(ini2.contains("importMode=flagged-only"));
        QVERIFY(ini2.contains("tlsPolicy=system-trust"));
        QVERIFY(ini2.contains(QByteArray("[profile-" + other.id.toLatin1() + ']')));
    }

    void unknownEnumValueFallsBackToDefault()
    {
        ProfileStore store(m_path);
        QString error;
        Profile p = everythingSet();
        QVERIFY(store.save(p, &error));
        QByteArray ini = fileBytes(m_path);
        ini.replace("importMode=created-after", "importMode=everything");
        ini.replace("tlsPolicy=pinned-certificate", "tlsPolicy=whatever");
        QVERIFY(writeFile(m_path, ini));
        const auto back = ProfileStore(m_path).find(p.id);
        QVERIFY(back);
        QCOMPARE(back->importMode, Profile::ImportMode::FlaggedOnly);
        QCOMPARE(back->tlsPolicy, Profile::TlsPolicy::SystemTrust);
    }

    void sortedByNameAndFoundByNameOrId()
    {
        ProfileStore store(m_path);
        QString error;
        const QStringList names = {
            QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Gamma")};
        QList<Profile> saved;
        for (const QString &name : names) {
            saved << minimalProfile(name);
            QVERIFY2(store.save(saved.last(), &error), qPrintable(error));
        }
        QStringList order;
        for (const Profile &p : store.profiles())
            order << p.name;
        QCOMPARE(order,
            (QStringList {QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Gamma"),
                QStringLiteral("zeta")}));

        QCOMPARE(store.find(QStringLiteral("beta"))->id, saved.at(2).id);
        QCOMPARE(store.find(QStringLiteral("BETA"))->id, saved.at(2).id); // case-insensitive fallback
        QCOMPARE(store.find(saved.at(3).id)->name, QStringLiteral("Gamma")); // by id
        QVERIFY(!store.find(QStringLiteral("delta")));
    }

    void duplicateNameRefused()
    {
        ProfileStore store(m_path);
        QString error;
        Profile first = minimalProfile(QStringLiteral("Acme"));
        QVERIFY(store.save(first, &error));
        const QByteArray before = fileBytes(m_path);

        Profile second = minimalProfile(QStringLiteral("  acme "));
        QVERIFY(!store.save(second, &error));
        QVERIFY2(error.contains(QLatin1String("Profile name")) && error.contains(QLatin1String("acme")),
            qPrintable(error));
        QCOMPARE(fileBytes(m_path), before); // nothing half-written
        QCOMPARE(store.profiles().size(), 1);

        // Saving the same profile again (same id) is an update, not a duplicate.
        first.accountId = QStringLiteral("42");
        QVERIFY2(store.save(first, &error), qPrintable(error));
        QCOMPARE(store.find(first.id)->accountId, QStringLiteral("42"));
        QCOMPARE(store.profiles().size(), 1);
    }

    void updateDropsStaleValues()
    {
        ProfileStore store(m_path);
        QString error;
        Profile p = everythingSet();
        QVERIFY(store.save(p, &error));
        p.allSites = true;
        p.siteIds.clear();
        p.siteNames.clear();
        p.importMode = Profile::ImportMode::FlaggedOnly;
        p.importStart = QDate();
        p.tlsPolicy = Profile::TlsPolicy::SystemTrust;
        p.pinnedCertSha256.clear();
        QVERIFY2(store.save(p, &error), qPrintable(error));
        compareProfiles(*ProfileStore(m_path).find(p.id), p);
    }

    void invalidProfileRefused_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("mentions");
        Profile p = minimalProfile(QStringLiteral("x"));
        p.name = QStringLiteral("   ");
        QTest::newRow("no name") << p << "Profile name";
        p = minimalProfile(QStringLiteral("x"));
        p.consoleUrl = QUrl(QStringLiteral("ftp://acme"));
        QTest::newRow("bad url") << p << "Console URL";
        p = minimalProfile(QStringLiteral("x"));
        p.maxAttempts = 0;
        QTest::newRow("attempts") << p << "Maximum API attempts";
        p = minimalProfile(QStringLiteral("x"));
        p.syncPeriod = QStringLiteral("5 minutes");
        QTest::newRow("period") << p << "Sync period";
        p = minimalProfile(QStringLiteral("x"));
        p.id.clear();
        QTest::newRow("no id") << p << "Profile ID";
        p = minimalProfile(QStringLiteral("x"));
        p.id = QStringLiteral("../evil]");
        QTest::newRow("unsafe id") << p << "Profile ID";
        p = minimalProfile(QStringLiteral("x"));
        p.importMode = Profile::ImportMode::CreatedAfter;
        QTest::newRow("start date") << p << "Import start date";
    }
    void invalidProfileRefused()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, mentions);
        ProfileStore store(m_path);
        QString error;
        QVERIFY(!store.save(profile, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!QFile::exists(m_path)); // nothing written
        QVERIFY(store.profiles().isEmpty());
    }

    void removeAndCurrentProfile()
    {
        ProfileStore store(m_path);
        QString error;
        const Profile a = minimalProfile(QStringLiteral("A"));
        const Profile b = minimalProfile(QStringLiteral("B"));
        QVERIFY(store.save(a, &error));
        QVERIFY(store.save(b, &error));
        QVERIFY(store.currentProfileId().isEmpty());
        QVERIFY2(store.setCurrentProfileId(a.id, &error), qPrintable(error));
        QCOMPARE(ProfileStore(m_path).currentProfileId(), a.id);
        QVERIFY(!store.setCurrentProfileId(QStringLiteral("no-such-profile"), &error));
        QCOMPARE(store.currentProfileId(), a.id);

        QVERIFY2(store.remove(a.id, &error), qPrintable(error));
        QVERIFY(!store.find(a.id));
        QVERIFY(store.currentProfileId().isEmpty()); // the current profile went with it
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!fileBytes(m_path).contains(a.id.toLatin1()));

        QVERIFY(!store.remove(a.id, &error));
        QVERIFY2(error.contains(a.id), qPrintable(error));
    }

    void twoInstancesSeeEachOther()
    {
        ProfileStore one(m_path);
        ProfileStore two(m_path);
        QString error;
        const Profile p = minimalProfile(QStringLiteral("Shared"));
        QVERIFY(one.save(p, &error));
        QVERIFY(two.find(QStringLiteral("Shared")));
        QVERIFY(two.remove(p.id, &error));
        QVERIFY(!one.find(QStringLiteral("Shared")));
    }

    void readingCreatesNothing()
    {
        const ProfileStore store(m_path);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.errorString().isEmpty());
        QVERIFY(!store.find(QStringLiteral("x")));
        QVERIFY(!QFile::exists(m_path));
    }

    void olderFileIsMigrated()
    {
        // A file from before versioning: same layout, no settingsVersion.
        const QString id = Profile::newId();
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QVERIFY(writeFile(m_path,
            QByteArray(
                "[profile-" + id.toLatin1() + "]\nname=Old\nconsoleUrl=https://old.sentinelone.net\n")));
        const ProfileStore store(m_path);
        QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
        QVERIFY(fileBytes(m_path).contains("settingsVersion=1"));
        const auto old = store.find(QStringLiteral("Old"));
        QVERIFY(old);
        QCOMPARE(old->id, id);
        QCOMPARE(old->consoleUrl, QUrl(QStringLiteral("https://old.sentinelone.net")));
        QCOMPARE(old->maxAttempts, Profile().maxAttempts); // defaults for what the file lacks
        QCOMPARE(old->flag, Profile().flag);
    }

    void newerFileRefused()
    {
        const QString id = Profile::newId();
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        const QByteArray newer = "[General]\nsettingsVersion=2\n\n[profile-" + id.toLatin1()
            + "]\nname=Future\nconsoleUrl=https://future.sentinelone.net\n";
        QVERIFY(writeFile(m_path, newer));
        ProfileStore store(m_path);
        QVERIFY2(store.errorString().contains(QLatin1String("newer")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(m_path));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.find(QStringLiteral("Future")));
        QString error;
        QVERIFY(!store.save(minimalProfile(QStringLiteral("Now")), &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!store.remove(id, &error));
        QVERIFY(!store.setCurrentProfileId(QString(), &error));
        QCOMPARE(fileBytes(m_path), newer); // untouched
    }

    void unwritableLocationReported()
    {
        // A regular file where the folder should be: no user, root included, can write below it.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writeFile(blocker, "x"));
        ProfileStore store(blocker + QStringLiteral("/sub/s1bridge.ini"));
        QString error;
        QVERIFY(!store.save(minimalProfile(QStringLiteral("Nowhere")), &error));
        QVERIFY2(error.contains(QLatin1String("Cannot write")), qPrintable(error));
    }

    void writesIntoNewFolders()
    {
        const QString deep = m_dir.filePath(QStringLiteral("a/b/c/s1bridge.ini"));
        ProfileStore store(deep);
        QString error;
        QVERIFY2(store.save(minimalProfile(QStringLiteral("Deep")), &error), qPrintable(error));
        QVERIFY(QFile::exists(deep));
    }

    void variantMapHasEveryMember()
    {
        const Profile p = everythingSet();
        const QVariantMap map = ProfileStore::toVariantMap(p);
        QCOMPARE(map.size(), 23); // one entry per Profile member: update this test when Profile grows
        QCOMPARE(map.value(QStringLiteral("tlp")).toString(), p.tlp);
        QCOMPARE(map.value(QStringLiteral("importMode")).toString(), QStringLiteral("created-after"));
        QCOMPARE(map.value(QStringLiteral("tlsPolicy")).toString(), QStringLiteral("pinned-certificate"));
        QCOMPARE(map.value(QStringLiteral("importStart")).toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(map.value(QStringLiteral("siteNames")).toStringList(), p.siteNames);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
