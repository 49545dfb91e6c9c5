// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and bad input (issue 15): what a user types or gives S1 Bridge, row by row, and what they
// read back. Each row names the input, where it goes and a part of the message that says what is
// wrong and what to do; and nothing is half-written: the profiles file and the database (a real
// SQLite file) hold after a refused input exactly what they held before.
//  - the validators the wizard pages call (console and OpenCTI URLs, tokens, profile names) and the
//    wizard's own fields (flag string, profile name) on the demo path;
//  - the files a user gives: IOC files (text, CSV, STIX), IP collections, connector configurations;
//  - s1bridge-cli run for real: bad options, URLs, IPs, hashes, IDs, names and files.
// The bad answers of servers are in tst_hostileanswers.
#include "AppController.h"
#include "CliTestSupport.h"
#include "SetupWizard.h"
#include "SummaryPage.h"
#include "config/ConnectorConfigImport.h"
#include "config/ProfileStore.h"
#include "config/Translations.h"
#include "exchange/IocFileParser.h"
#include "firewall/IpCollectionParser.h"
#include "opencti/OpenCtiConfig.h"
#include "s1/ConsoleConfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Rlo = QString(QChar(0x202e)); // RIGHT-TO-LEFT OVERRIDE: "exe.gpj" shows as "jpg.exe"

// The message a validator gives for an input: where says which one.
QString validate(const QString &where, const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    QString error;
    if (where == u"console URL") {
        s1::ConsoleConfig::normalizeUrl(text, &error);
    } else if (where == u"console token") {
        s1::ConsoleConfig::normalizeToken(text, &error);
    } else if (where == u"OpenCTI URL") {
        opencti::OpenCtiConfig::normalizeUrl(text, &error);
    } else if (where == u"OpenCTI token") {
        opencti::OpenCtiConfig::normalizeToken(text, &error);
    } else if (where == u"profile") {
        config::Profile p;
        p.name = text;
        p.consoleUrl = QUrl(u"https://acme.sentinelone.net"_s);
        error = p.validate().join(u' ');
    } else if (where == u"IOC file") {
        const exchange::IocParseResult r = exchange::IocFileParser::parse(input);
        error = r.error;
        for (const exchange::IocParseIssue &issue : r.rejected)
            error += u' ' + issue.reason;
    } else if (where == u"IP collection") {
        const firewall::ParsedCollection r = firewall::IpCollectionParser::parse(input);
        for (const firewall::LineProblem &p : r.rejected)
            error += u' ' + p.reason;
    } else if (where == u"connector .env" || where == u"connector config.yml") {
        const QString name = where == u"connector .env" ? u".env"_s : u"config.yml"_s;
        const auto imported = config::ConnectorConfigImport::importData(input, name, name, &error);
        if (imported)
            error += imported->warnings.join(u' ') + u' ' + imported->profile.validate().join(u' ');
    } else {
        qFatal("no validator named %s", qPrintable(where));
    }
    return error;
}

// Everything the database holds, table by table, as one digest (a row written, changed or
// removed changes it; SQLite's own pages and journals do not).
QByteArray databaseDigest(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString connection = u"digest-"_s + QString::number(quintptr(&hash));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return "cannot open " + path.toUtf8();
        QStringList tables;
        QSqlQuery list(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s, db);
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            hash.addData(table.toUtf8());
            QSqlQuery rows(u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(table), db);
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
                hash.addData("\x1e");
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return hash.result().toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(none)");
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // XDG_CONFIG_HOME and XDG_DATA_HOME of every s1bridge-cli run

    QProcessEnvironment cliEnvironment(const QStringList &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        for (const char *name : {"S1_ACCOUNT_ID", "MAX_API_ATTEMPTS", "SIGN", "OPENCTI_URL", "OPENCTI_TOKEN",
                 "SENTINELONE_INCIDENTS_URL", "SENTINELONE_INCIDENTS_API_KEY"})
            env.remove(QString::fromLatin1(name));
        // Nothing listens there: a row that reaches the network fails on its message.
        env.insert(u"S1_URL"_s, u"http://127.0.0.1:9"_s);
        env.insert(u"S1_API_KEY"_s, u"token-for-a-hostile-input-test"_s);
        for (const QString &kv : extra) {
            const qsizetype eq = kv.indexOf(u'=');
            if (kv.mid(eq + 1).isEmpty())
                env.remove(kv.left(eq));
            else
                env.insert(kv.left(eq), kv.mid(eq + 1));
        }
        return env;
    }
    QString profilesPath() const { return m_home.filePath(u"config/S1Bridge/s1bridge/s1bridge.ini"_s); }
    QString databasePath() const { return m_home.filePath(u"data/S1Bridge/s1bridge/s1bridge.sqlite"_s); }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_home.filePath(u"input/"_s + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        config::installTranslations(QLocale(QLocale::English));
        QVERIFY(m_home.isValid());
        // Something to lose: a profile, a source with an IOC, an IP collection.
        const QString yml = writeFile(
            u"good.yml"_s, "connector:\n  name: Acme\nsentinelone:\n  url: https://acme.sentinelone.net\n");
        for (const QStringList &args : {QStringList {u"profiles"_s, u"import"_s, yml},
                 QStringList {u"iocs"_s, u"add"_s, u"ipv4"_s, u"192.0.2.10"_s},
                 QStringList {u"firewall"_s, u"collections"_s, u"add"_s, u"base"_s, u"192.0.2.0/24"_s}}) {
            const QByteArray before
                = QFile::exists(databasePath()) ? databaseDigest(databasePath()) : QByteArray();
            const clitest::Result r = clitest::runCli(cliEnvironment(), args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u'\n' + r.feedback()));
            if (!before.isEmpty()) // the digest sees a write (else the rows below could not fail)
                QVERIFY(databaseDigest(databasePath()) != before);
        }
        QVERIFY(QFile::exists(profilesPath()));
        QVERIFY(QFile::exists(databasePath()));
    }

    // The validators behind the wizard pages and the parsers of what a user gives.
    void validators_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected"); // what is wrong, and what to do

        const QByteArray rlo = Rlo.toUtf8();
        // Console URL page (ConsoleConfig::normalizeUrl, net::normalizeServiceUrl).
        QTest::newRow("console URL: javascript scheme")
            << u"console URL"_s << QByteArray("javascript:alert(1)")
            << QStringList {u"Console URL"_s, u"not a valid address"_s, u"for example https://"_s};
        QTest::newRow("console URL: credentials")
            << u"console URL"_s << QByteArray("https://admin:secret@acme.sentinelone.net")
            << QStringList {u"Console URL"_s, u"do not put a user name or password"_s};
        QTest::newRow("console URL: no host")
            << u"console URL"_s << QByteArray("https://")
            << QStringList {u"Console URL"_s, u"for example https://yourcompany.sentinelone.net"_s};
        QTest::newRow("console URL: right-to-left override in the host")
            << u"console URL"_s << QByteArray("https://acme" + rlo + "ten.enoleunitnes.net")
            << QStringList {u"Console URL"_s, u"for example https://"_s};
        QTest::newRow("console URL: empty")
            << u"console URL"_s << QByteArray("   ")
            << QStringList {u"Console URL"_s, u"https://yourcompany.sentinelone.net"_s};
        // API token page.
        QTest::newRow("console token: line break inside")
            << u"console token"_s << QByteArray("abcdef\nghijkl")
            << QStringList {u"API token"_s, u"paste it again"_s};
        QTest::newRow("console token: bidi override")
            << u"console token"_s << QByteArray("abcdef" + rlo + "ghijkl")
            << QStringList {u"API token"_s, u"paste it again"_s};
        QTest::newRow("console token: escape sequence") << u"console token"_s << QByteArray("abc\x1b[31mdef")
                                                        << QStringList {u"API token"_s, u"paste it again"_s};
        QTest::newRow("console token: empty")
            << u"console token"_s << QByteArray("") << QStringList {u"token"_s};
        // OpenCTI page.
        QTest::newRow("OpenCTI URL: ftp") << u"OpenCTI URL"_s << QByteArray("ftp://opencti.example.com")
                                          << QStringList {u"OpenCTI URL"_s, u"https://"_s};
        QTest::newRow("OpenCTI URL: credentials")
            << u"OpenCTI URL"_s << QByteArray("https://u:p@opencti.example.com")
            << QStringList {u"OpenCTI URL"_s, u"password"_s};
        QTest::newRow("OpenCTI token: control character") << u"OpenCTI token"_s
                                                          << QByteArray("0b4f\x07"
                                                                        "1d2e-aaaa")
                                                          << QStringList {u"token"_s};
        // Summary page: the profile's name (Profile::validate, which ProfileStore::save applies).
        QTest::newRow("profile name: right-to-left override")
            << u"profile"_s << QByteArray("Acme " + rlo + "dorp")
            << QStringList {u"Profile name"_s, u"U+202E"_s, u"use plain text on one line"_s};
        QTest::newRow("profile name: escape sequence")
            << u"profile"_s << QByteArray("Acme\x1b[2J")
            << QStringList {u"Profile name"_s, u"control character"_s, u"plain text"_s};
        QTest::newRow("profile name: newline")
            << u"profile"_s << QByteArray("Acme\nprod") << QStringList {u"Profile name"_s, u"U+000A"_s};
        QTest::newRow("profile name: blank")
            << u"profile"_s << QByteArray("  ") << QStringList {u"Profile name"_s, u"enter a name"_s};

        // IOC files (text, CSV, STIX).
        QTest::newRow("IOC text: NUL and binary")
            << u"IOC file"_s << QByteArray("\x00\x01\x02\xff\xfe", 5)
            << QStringList {u"control character"_s, u"printable text on one line"_s};
        QTest::newRow("IOC text: bidi override in a domain")
            << u"IOC file"_s << QByteArray("evil" + rlo + "moc.example\n")
            << QStringList {u"control character"_s, u"printable text"_s};
        QTest::newRow("IOC text: octet over 255")
            << u"IOC file"_s << QByteArray("300.1.1.1\n") << QStringList {u"300"_s, u"0 to 255"_s};
        QTest::newRow("IOC CSV: quote not closed")
            << u"IOC file"_s << QByteArray("type,value\nipv4,\"10.0.0.1\n")
            << QStringList {u"quoted field is not closed"_s, u"ends with \""_s};
        QTest::newRow("IOC STIX: cut short")
            << u"IOC file"_s << QByteArray(R"({"type":"bundle","objects":[{"type":"indicator")")
            << QStringList {u"not valid JSON"_s, u"expected a STIX 2.1 bundle"_s};
        QTest::newRow("IOC STIX: objects an object")
            << u"IOC file"_s << QByteArray(R"({"type":"bundle","id":"bundle--1","objects":{}})")
            << QStringList {u"\"objects\" is not a list"_s, u"expected \"objects\": ["_s};
        QTest::newRow("IOC JSON: a list, no bundle")
            << u"IOC file"_s << QByteArray("[1,2,3]")
            << QStringList {u"not a STIX 2.1 bundle"_s, u"expected"_s};
        QTest::newRow("IOC text: javascript URL")
            << u"IOC file"_s << QByteArray("javascript:alert(1)\n")
            << QStringList {u"not recognized as an indicator"_s, u"a URL (http, https or ftp)"_s};
        // IP collection files.
        QTest::newRow("IP: prefix too long")
            << u"IP collection"_s << QByteArray("10.0.0.0/33\n") << QStringList {u"/33"_s, u"/0 to /32"_s};
        QTest::newRow("IP: three numbers")
            << u"IP collection"_s << QByteArray("1.2.3\n") << QStringList {u"1.2.3"_s, u"four numbers"_s};
        QTest::newRow("IP: range backwards")
            << u"IP collection"_s << QByteArray("10.0.0.9-10.0.0.1\n")
            << QStringList {u"the end is before the start"_s, u"write the lower address first"_s};
        QTest::newRow("IP: zone id") << u"IP collection"_s << QByteArray("fe80::1%eth0\n")
                                     << QStringList {u"zone id"_s, u"remove \"%eth0\""_s};
        QTest::newRow("IP: bidi override")
            << u"IP collection"_s << QByteArray("10.0.0.1" + rlo + "\n")
            << QStringList {u"is not an IP address"_s, u"expected an address such as"_s};
        QTest::newRow("IP CSV: quote not closed")
            << u"IP collection"_s << QByteArray("ip,comment\n\"10.0.0.1,x\n")
            << QStringList {u"quoted field is not closed"_s};
        // Connector configurations (.env, config.yml).
        QTest::newRow(".env: ftp console URL")
            << u"connector .env"_s << QByteArray("S1_URL=ftp://acme.example\nS1_API_KEY=abcdef\n")
            << QStringList {u"S1_URL"_s, u"scheme \"ftp\""_s, u"use https://"_s};
        QTest::newRow(".env: attempts not a number")
            << u"connector .env"_s
            << QByteArray("S1_URL=https://acme.sentinelone.net\nMAX_API_ATTEMPTS=lots\n")
            << QStringList {u"MAX_API_ATTEMPTS"_s};
        QTest::newRow("config.yml: not YAML")
            << u"connector config.yml"_s << QByteArray("opencti:\n  url: [unclosed\n")
            << QStringList {u"line"_s, u"not valid YAML"_s};
        QTest::newRow("config.yml: bidi override in the connector name")
            << u"connector config.yml"_s
            << QByteArray("connector:\n  name: \"Acme" + rlo
                   + "\"\nsentinelone:\n  url: https://acme.sentinelone.net\n")
            << QStringList {u"connector.name"_s, u"U+202E"_s, u"plain text on one line"_s};
        QTest::newRow("config.yml: binary") << u"connector config.yml"_s << QByteArray("\x00\x01\x02", 3)
                                            << QStringList {u"expected a YAML mapping"_s};
    }
    void validators()
    {
        QFETCH(QString, where);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        const QString message = validate(where, input);
        for (const QString &part : std::as_const(expected))
            QVERIFY2(message.contains(part, Qt::CaseInsensitive),
                qPrintable(u"expected \"%1\" in: %2"_s.arg(part, message)));
    }

    // A name with a control character or a bidi override is refused by the profile store itself,
    // and the profiles file is left as it was.
    void profileStoreKeepsTheFileWhole()
    {
        const QString path = m_home.filePath(u"store/profiles.ini"_s);
        config::ProfileStore store(path);
        config::Profile good;
        good.id = config::Profile::newId();
        good.name = u"Acme"_s;
        good.consoleUrl = QUrl(u"https://acme.sentinelone.net"_s);
        QString error;
        QVERIFY2(store.save(good, &error), qPrintable(error));
        const QByteArray before = fileBytes(path);
        for (const QString &name : {QString(u"Acme "_s + Rlo + u"dorp"_s), u"Acme\x07"_s, u"Acme\u2066x"_s}) {
            config::Profile bad = good;
            bad.id = config::Profile::newId();
            bad.name = name;
            QVERIFY(!store.save(bad, &error));
            QVERIFY2(error.contains(u"Profile name"_s) && error.contains(u"plain text"_s), qPrintable(error));
            QCOMPARE(fileBytes(path), before);
        }
    }

    // The wizard (demo path, to the behaviour and summary pages): a flag string or a profile name
    // with a control character or a bidi override is refused at its field, with the sentence, and
    // Finish stays off; nothing reaches the profiles file.
    void wizardFieldsRefuseHostileText()
    {
        const QString ini = m_home.filePath(u"wizard/profiles.ini"_s);
        AppController app(ini);
        app.start();
        SetupWizard *w = app.wizard();
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        w->currentPage()->findChild<QRadioButton *>(u"demoRadio"_s)->setChecked(true);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::NextButton)->isEnabled(), 10000);
        w->next();
        QCOMPARE(w->currentId(), int(SetupWizard::OpenCtiPageId));
        w->next();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(SetupWizard::BehaviourPageId), 10000);

        auto *flag = w->currentPage()->findChild<QLineEdit *>(u"flagEdit"_s);
        auto *flagError = w->currentPage()->findChild<QLabel *>(u"flagError"_s);
        QVERIFY(flag && flagError);
        for (const QString &text : {QString(u"[OpenCTI"_s + Rlo + u"_add]"_s), u"[OpenCTI_add]\x1b[8m"_s}) {
            flag->setText(text);
            QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
            QVERIFY2(flagError->text().contains(u"plain text on one line"_s), qPrintable(flagError->text()));
            QCOMPARE(flagError->textFormat(), Qt::PlainText);
        }
        flag->setText(u"[OpenCTI_add]"_s);
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QCOMPARE(w->currentId(), int(SetupWizard::SummaryPageId));

        auto *name = w->currentPage()->findChild<QLineEdit *>(u"nameEdit"_s);
        auto *nameError = w->currentPage()->findChild<QLabel *>(u"nameError"_s);
        QVERIFY(name && nameError);
        const QByteArray before = fileBytes(ini);
        for (const QString &text :
            {QString(u"Acme "_s + Rlo + u"dorp"_s), u"Acme\tprod"_s, u"Acme\u2067"_s}) {
            name->setText(text);
            QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
            QVERIFY2(nameError->text().contains(u"plain text on one line"_s), qPrintable(nameError->text()));
            QCOMPARE(nameError->textFormat(), Qt::PlainText);
            QCOMPARE(fileBytes(ini), before);
        }
        name->setText(u"Acme"_s);
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
    }

    // s1bridge-cli, run for real. Each row: the arguments (@FILE: the row's file), the file's
    // content, extra environment ("NAME=value"; "NAME=" removes it), the exit code and parts of
    // the message on stderr. None may change the profiles file or the database.
    void cli_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected");

        const QByteArray rlo = Rlo.toUtf8();
        const QString rloText = Rlo;
        const auto row = [](const char *name, const QStringList &args, const QByteArray &file, int code,
                             const QStringList &expected, const QStringList &env = {}) {
            QTest::newRow(name) << args << file << env << code << expected;
        };
        const QStringList threats {u"threats"_s, u"list"_s};
        // Options and the console's address and token.
        row("unknown option", threats + QStringList {u"--bogus"_s}, {}, 2,
            {u"Unknown option --bogus"_s, u"threats list --help"_s});
        row("--since not a date", threats + QStringList {u"--since"_s, u"yesterday"_s}, {}, 2,
            {u"\"yesterday\" is neither a date"_s, u"2026-01-31"_s});
        row("--max-attempts 0", threats + QStringList {u"--max-attempts"_s, u"0"_s}, {}, 2,
            {u"--max-attempts must be a whole number from 1 to 100"_s});
        row("MAX_API_ATTEMPTS not a number", threats, {}, 2, {u"MAX_API_ATTEMPTS"_s, u"from 1 to 100"_s},
            {u"MAX_API_ATTEMPTS=many"_s});
        row("--timeout negative", threats + QStringList {u"--timeout"_s, u"-3"_s}, {}, 2,
            {u"--timeout takes a number of seconds"_s});
        row("--deadline not a number", threats + QStringList {u"--deadline"_s, u"soon"_s}, {}, 2,
            {u"--deadline takes a number of seconds"_s});
        row("--url ftp", threats + QStringList {u"--url"_s, u"ftp://acme.example"_s}, {}, 2,
            {u"scheme \"ftp\" is not supported"_s, u"use https://"_s});
        row("--url with a password", threats + QStringList {u"--url"_s, u"https://u:p@acme.example"_s}, {}, 2,
            {u"do not put a user name or password"_s});
        row("S1_URL javascript", threats, {}, 2,
            {u"S1_URL"_s, u"not a valid address"_s, u"for example https://"_s},
            {u"S1_URL=javascript:alert(1)"_s});
        row("no console URL", threats, {}, 2, {u"no console URL"_s, u"set S1_URL"_s}, {u"S1_URL="_s});
        row("no token", threats, {}, 2, {u"no API token"_s, u"--api-key-file"_s}, {u"S1_API_KEY="_s});
        row("token with an escape sequence", threats, {}, 2, {u"API token"_s, u"paste it again"_s},
            {u"S1_API_KEY=abc\x1b[31mdef"_s});
        row("--api-key-file missing", threats + QStringList {u"--api-key-file"_s, u"/nonexistent/key"_s}, {},
            2, {u"/nonexistent/key"_s});
        row("--api-key-file too big", threats + QStringList {u"--api-key-file"_s, u"@FILE"_s},
            QByteArray(100 * 1024, 'a'), 2, {u"64 KiB"_s});
        row("unknown command", {u"threat"_s, u"list"_s}, {}, 2, {u"unknown command"_s, u"threats"_s});
        // Threat IDs: checked before any request.
        row("threats notes: empty ID", {u"threats"_s, u"notes"_s, u""_s}, {}, 2,
            {u"is not a threat ID"_s, u"the number the console shows"_s});
        row("threats flag: ID with a space", {u"threats"_s, u"flag"_s, u"123 456"_s}, {}, 2,
            {u"\"123 456\" is not a threat ID"_s});
        row("threats unflag: ID with an escape", {u"threats"_s, u"unflag"_s, u"1\x1b[2J"_s}, {}, 2,
            {u"\"1\\x1b[2J\" is not a threat ID"_s});
        // IOCs typed.
        row("IOC: octet 999", {u"iocs"_s, u"add"_s, u"ipv4"_s, u"999.1.1.1"_s}, {}, 2,
            {u"octet 999, over 255"_s, u"nothing was stored"_s});
        row("IOC: sha256 too short", {u"iocs"_s, u"add"_s, u"sha256"_s, u"zz"_s}, {}, 2,
            {u"is not a SHA256 hash"_s, u"64 hexadecimal digits"_s});
        row("IOC: md5 with a bidi override",
            {u"iocs"_s, u"add"_s, u"md5"_s, u"d41d8cd98f00b204e9800998ecf8427e"_s + rloText}, {}, 2,
            {u"\\u202e"_s, u"printable text on one line"_s});
        row("IOC: javascript URL", {u"iocs"_s, u"add"_s, u"url"_s, u"javascript:alert(1)"_s}, {}, 2,
            {u"scheme \"javascript\""_s, u"http, https and ftp"_s});
        row("IOC: unknown type", {u"iocs"_s, u"add"_s, u"domain"_s, u"example.com"_s}, {}, 2,
            {u"unknown IOC type \"domain\""_s, u"expected one of"_s});
        row("IOC: public suffix", {u"iocs"_s, u"add"_s, u"dns"_s, u"co.uk"_s}, {}, 2, {u"public suffix"_s});
        // IOC files.
        row("IOC file: binary", {u"iocs"_s, u"import"_s, u"@FILE"_s}, QByteArray("\x00\x01\x02\xff", 4), 2,
            {u"control character"_s, u"nothing was stored"_s});
        row("IOC file: STIX cut short", {u"iocs"_s, u"import"_s, u"@FILE"_s},
            R"({"type":"bundle","objects":[{"type":"indicator")", 2, {u"not valid JSON"_s, u"STIX 2.1"_s});
        row("IOC file: STIX objects an object", {u"iocs"_s, u"import"_s, u"@FILE"_s},
            R"({"type":"bundle","objects":{}})", 2, {u"\"objects\" is not a list"_s});
        row("IOC file: JSON list", {u"iocs"_s, u"import"_s, u"@FILE"_s}, "[1,2,3]", 2,
            {u"not a STIX 2.1 bundle"_s});
        row("IOC file: CSV quote not closed", {u"iocs"_s, u"import"_s, u"@FILE"_s},
            "type,value\nipv4,\"1.2.3.4\n", 2, {u"quoted field is not closed"_s, u"nothing was stored"_s});
        row("IOC file: CSV bad row", {u"iocs"_s, u"import"_s, u"@FILE"_s}, "value\n1.2.3.4\n300.1.1.1\n", 2,
            {u"300"_s, u"--skip-invalid"_s});
        row("IOC file: escape sequence line", {u"iocs"_s, u"import"_s, u"@FILE"_s},
            "1.2.3.4\n\x1b]0;pwned\x07\n", 2, {u"control character"_s, u"nothing was stored"_s});
        row("IOC file: missing", {u"iocs"_s, u"import"_s, u"/nonexistent/iocs.txt"_s}, {}, 2,
            {u"cannot read /nonexistent/iocs.txt"_s});
        row("IOC file: a folder", {u"iocs"_s, u"import"_s, u"/tmp"_s}, {}, 2, {u"cannot read /tmp"_s});
        row("IOC file: ftp URL", {u"iocs"_s, u"import"_s, u"ftp://example.com/x"_s}, {}, 2,
            {u"is not an http(s) URL"_s, u"give a file path"_s});
        row("IOC file: --format yaml", {u"iocs"_s, u"import"_s, u"@FILE"_s, u"--format"_s, u"yaml"_s},
            "1.2.3.4\n", 2, {u"\"yaml\" is not a format"_s, u"text, csv, stix or auto"_s});
        row("IOC file: source name with a bidi override",
            {u"iocs"_s, u"import"_s, u"@FILE"_s, u"--source"_s, u"feed"_s + rloText}, "1.2.3.4\n", 5,
            {u"\"feed\\u202e\""_s, u"bidirectional text override"_s, u"plain text on one line"_s});
        // IOC sources, rules.
        row("source name with a bidi override",
            {u"sources"_s, u"add"_s, u"evil"_s + rloText + u"name"_s, u"manual"_s}, {}, 5,
            {u"evil\\u202ename"_s, u"plain text on one line"_s});
        row("source name with an escape", {u"sources"_s, u"add"_s, u"esc\x1b[31m"_s, u"manual"_s}, {}, 5,
            {u"esc\\x1b[31m"_s, u"control character"_s});
        row("source name empty", {u"sources"_s, u"add"_s, u""_s, u"manual"_s}, {}, 2,
            {u"a source needs a name"_s});
        row("source kind unknown", {u"sources"_s, u"add"_s, u"x"_s, u"rss"_s}, {}, 2,
            {u"\"rss\" is not a source kind"_s, u"expected manual, feed"_s});
        row("feed URL file://",
            {u"sources"_s, u"add"_s, u"f"_s, u"feed"_s, u"--url"_s, u"file:///etc/passwd"_s}, {}, 2,
            {u"is not an http(s) URL"_s, u"https://HOST/PATH"_s});
        // IP collections.
        row("collection name with a bidi override",
            {u"firewall"_s, u"collections"_s, u"add"_s, u"block"_s + rloText, u"10.0.0.1"_s}, {}, 5,
            {u"block\\u202e"_s, u"plain text on one line"_s});
        row("collection name with a control character",
            {u"firewall"_s, u"collections"_s, u"import"_s, u"a\u0007b"_s, u"@FILE"_s}, "10.0.0.1\n", 5,
            {u"a\\x07b"_s, u"control character"_s});
        row("collection entry: range backwards",
            {u"firewall"_s, u"collections"_s, u"add"_s, u"base"_s, u"1.2.3.4-1.2.3.1"_s}, {}, 2,
            {u"the end is before the start"_s, u"nothing was changed"_s});
        row("collection entry: zone id",
            {u"firewall"_s, u"collections"_s, u"add"_s, u"base"_s, u"fe80::1%eth0"_s}, {}, 2,
            {u"zone id"_s, u"remove \"%eth0\""_s});
        row("collection entry: bidi override",
            {u"firewall"_s, u"collections"_s, u"add"_s, u"base"_s, u"10.1.1.1"_s + rloText}, {}, 2,
            {u"10.1.1.1\\u202e is not an IP address"_s, u"nothing was changed"_s});
        row("collection: max entries negative",
            {u"firewall"_s, u"collections"_s, u"set"_s, u"base"_s, u"--max-entries"_s, u"-1"_s}, {}, 2,
            {u"Entries per rule: between 1 and 100,000"_s});
        row("collection: file missing",
            {u"firewall"_s, u"collections"_s, u"import"_s, u"base"_s, u"/nonexistent/ips"_s}, {}, 2,
            {u"/nonexistent/ips cannot be read"_s});
        // Profiles and connector configurations.
        row("connector YAML not YAML", {u"profiles"_s, u"import"_s, u"@FILE"_s},
            "opencti:\n  url: [unclosed\n", 2, {u"line"_s, u"not valid YAML"_s});
        row("connector .env ftp URL", {u"profiles"_s, u"import"_s, u"@FILE"_s},
            "S1_URL=ftp://x\nS1_API_KEY=abc\n", 2,
            {u"S1_URL (line 1)"_s, u"cannot be saved"_s, u"Console URL"_s});
        row("connector YAML name with a bidi override", {u"profiles"_s, u"import"_s, u"@FILE"_s},
            "connector:\n  name: \"Acme" + rlo + "\"\nsentinelone:\n  url: https://acme.sentinelone.net\n", 2,
            {u"connector.name (line 2)"_s, u"U+202E"_s, u"plain text on one line"_s});
        row("profile --name with a bell",
            {u"profiles"_s, u"import"_s, u"@FILE"_s, u"--name"_s, u"Acme\x07"_s},
            "sentinelone:\n  url: https://other.sentinelone.net\n", 2, {u"U+0007"_s, u"plain text"_s});
        row("connector file binary", {u"profiles"_s, u"import"_s, u"@FILE"_s}, QByteArray("\x00\x01\x02", 3),
            2, {u"expected a YAML mapping"_s});
        row("connector file missing", {u"profiles"_s, u"import"_s, u"/nonexistent.yml"_s}, {}, 2,
            {u"/nonexistent.yml: no such file"_s});
        row("profile unknown, bidi override", {u"profiles"_s, u"show"_s, u"x"_s + rloText}, {}, 2,
            {u"no profile named \"x\\u202e\""_s, u"profiles list"_s});
        row("--profile unknown", {u"threats"_s, u"list"_s, u"--profile"_s, u"nope"_s}, {}, 2,
            {u"nope"_s, u"profiles list"_s});
    }
    void cli()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, file);
        QFETCH(QStringList, environment);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const QString path = writeFile(u"row-input"_s, file);
        for (QString &a : arguments)
            if (a == u"@FILE")
                a = path;
        const QByteArray profilesBefore = fileBytes(profilesPath());
        const QByteArray databaseBefore = databaseDigest(databasePath());
        const clitest::Result r = clitest::runCli(cliEnvironment(environment), arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.feedback()));
        const QString err = QString::fromUtf8(r.err);
        for (const QString &part : std::as_const(expected))
            QVERIFY2(err.contains(part, Qt::CaseInsensitive),
                qPrintable(u"expected \"%1\"\n"_s.arg(part) + r.feedback()));
        // Shown escaped, never raw: no control character or bidi override reaches the terminal.
        for (const QChar c : err)
            QVERIFY2(
                c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f && c != Rlo.at(0)),
                qPrintable(r.feedback()));
        QVERIFY2(fileBytes(profilesPath()) == profilesBefore, "the profiles file changed");
        QVERIFY2(databaseDigest(databasePath()) == databaseBefore, "the database changed");
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
