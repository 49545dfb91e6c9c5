// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export of threats: RFC 4180 quoting, spreadsheet formula defusing, UTF-8 with BOM, and a
// parse-back round trip; the export job against the simulator (every matching threat, page by page,
// all or nothing).
#include "SimServer.h"
#include "config/Translations.h"
#include "jobs/JobError.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "s1/ThreatCsvExport.h"
#include "s1/ThreatCsvExportJob.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes): the test's own,
// so the export is checked against the format rather than against itself.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool fieldStarted = false;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"' && !fieldStarted) {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = u"unterminated quoted field"_s;
                    return {};
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            fieldStarted = true;
            if (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                *error = u"text after a closing quote at %1"_s.arg(i);
                return {};
            }
        } else if (c == u',') {
            record << std::exchange(field, {});
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= n || text.at(i + 1) != u'\n') {
                *error = u"bare CR at %1"_s.arg(i);
                return {};
            }
            record << std::exchange(field, {});
            records << std::exchange(record, {});
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n' || c == u'"') {
            *error = u"unquoted %1 at %2"_s.arg(c == u'"' ? u"quote"_s : u"LF"_s).arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        *error = u"the last record has no CRLF"_s;
        return {};
    }
    return records;
}

s1::Threat threat(const QString &id, const QString &name)
{
    s1::Threat t;
    t.id = id;
    t.name = name;
    t.fileDisplayName = name;
    t.filePath = u"C:\\Users\\a\\Downloads\\"_s + name;
    t.classification = u"Trojan"_s;
    t.confidenceLevel = u"malicious"_s;
    t.analystVerdict = u"true_positive"_s;
    t.incidentStatus = u"unresolved"_s;
    t.mitigationStatus = u"mitigated"_s;
    t.computerName = u"WS-1"_s;
    t.osName = u"Windows 11"_s;
    t.agentIpV4 = u"10.0.0.5"_s;
    t.agentIpV6 = u"fe80::1"_s;
    t.siteName = u"Berlin, HQ"_s;
    t.accountName = u"Acme"_s;
    t.createdAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    t.updatedAt = QDateTime(QDate(2024, 5, 7), QTime(0, 0), Qt::UTC);
    t.sha256 = QString(64, u'a');
    t.sha1 = QString(40, u'b');
    return t;
}
} // namespace

class TestThreatCsv : public QObject
{
    Q_OBJECT

    std::unique_ptr<s1sim::SimServer> m_sim;

    s1::ConsoleConfig startSim(int threats)
    {
        s1sim::SimOptions options;
        options.threats = threats;
        options.seed = 42;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        if (m_sim->listen(QHostAddress::LocalHost, 0) == 0)
            return {};
        s1::ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = m_sim->token();
        c.transport.timeoutMs = 10000;
        c.transport.backoffBaseMs = 50;
        return c;
    }

    static bool runJob(jobs::Job *job)
    {
        QSignalSpy finished(job, &jobs::Job::finished);
        job->start();
        return job->isFinished() || finished.wait(60000);
    }

    // The threats the job should export: the whole listing, filtered here.
    static QSet<QString> expectedIds(s1::S1Client *client, const s1::ThreatQuery &query,
        const std::function<bool(const s1::Threat &)> &predicate, qint64 *listed)
    {
        s1::ThreatListJob list(client, query);
        list.setKeepResults(true);
        QSet<QString> ids;
        if (!runJob(&list) || list.state() != jobs::Job::State::Succeeded)
            return ids;
        *listed = list.threats().size();
        for (const s1::Threat &t : list.threats())
            if (predicate(t))
                ids.insert(t.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }
    void cleanup() { m_sim.reset(); }

    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"mimikatz.exe"_s << u"mimikatz.exe"_s;
        QTest::newRow("empty (absent hash)") << QString() << QString();
        QTest::newRow("comma") << u"Berlin, HQ"_s << u"\"Berlin, HQ\""_s;
        QTest::newRow("quote") << u"Invoice \"urgent\""_s << u"\"Invoice \"\"urgent\"\"\""_s;
        QTest::newRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("LF") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("CRLF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("leading =") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("leading +") << u"+1+2"_s << u"'+1+2"_s;
        QTest::newRow("leading -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("leading @") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("leading TAB") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("leading CR") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("formula with comma and quotes")
            << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("= inside") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("leading space then =") << u" =1"_s << u" =1"_s;
        QTest::newRow("markup") << u"<script>alert('s1')</script>.sh"_s
                                << u"<script>alert('s1')</script>.sh"_s;
        QTest::newRow("unicode") << u"счёт_7.scr 报价单"_s << u"счёт_7.scr 报价单"_s;
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(s1::ThreatCsvExport::field(value), expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown"); // what a spreadsheet shows: defused where needed
        QTest::newRow("plain") << u"xmrig.exe"_s << u"xmrig.exe"_s;
        QTest::newRow("quotes, comma, markup")
            << u"Invoice \"urgent\", <copy>.app"_s << u"Invoice \"urgent\", <copy>.app"_s;
        QTest::newRow("newlines") << u"line1\r\nline2\nline3\r"_s << u"line1\r\nline2\nline3\r"_s;
        QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("DDE") << u"@cmd|'/c calc'!A1"_s << u"'@cmd|'/c calc'!A1"_s;
        QTest::newRow("unicode") << u"Rechnung_März.pdf.exe"_s << u"Rechnung_März.pdf.exe"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QString, shown);
        s1::Threat a = threat(u"1001"_s, name);
        s1::Threat b = threat(u"1002"_s, u"second"_s);
        b.sha256.clear(); // absent hashes are empty cells
        b.sha1.clear();
        s1::ConsoleConfig console;
        console.url = QUrl(u"https://acme.sentinelone.net"_s);
        const QByteArray csv = s1::ThreatCsvExport::toCsv(
            {&a, &b}, [](const QString &id) { return id == "1001"_L1; }, console);

        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QString error;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.mid(3)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), s1::ThreatCsvExport::columnNames());
        QCOMPARE(records.at(0).size(), 20);
        for (const QStringList &r : records)
            QCOMPARE(r.size(), 20);
        const QStringList &first = records.at(1);
        const auto col = [](const char *column) {
            return int(s1::ThreatCsvExport::columnNames().indexOf(QLatin1String(column)));
        };
        QCOMPARE(first.at(col("id")), u"1001"_s);
        QCOMPARE(first.at(col("name")), shown);
        QCOMPARE(first.at(col("file path")), QString(u"C:\\Users\\a\\Downloads\\"_s + name));
        QCOMPARE(first.at(col("site")), u"Berlin, HQ"_s);
        QCOMPARE(first.at(col("IPs")), u"10.0.0.5; fe80::1"_s);
        QCOMPARE(first.at(col("created")), u"2024-05-06T07:08:09.010Z"_s);
        QCOMPARE(first.at(col("sha256")), QString(64, u'a'));
        QCOMPARE(first.at(col("md5")), QString());
        QCOMPARE(first.at(col("flagged")), u"yes"_s);
        QCOMPARE(
            first.at(col("console link")), u"https://acme.sentinelone.net/incidents/threats/1001/overview"_s);
        const QStringList &second = records.at(2);
        QCOMPARE(second.at(col("sha256")), QString());
        QCOMPARE(second.at(col("sha1")), QString());
        QCOMPARE(second.at(col("flagged")), u"no"_s);
    }

    void withoutFlagsOrConsoleThoseColumnsAreEmpty()
    {
        const s1::Threat a = threat(u"7"_s, u"x"_s);
        const QByteArray csv = s1::ThreatCsvExport::toCsv({&a});
        QVERIFY(csv.endsWith(",,\r\n"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,name,classification,"));
        QCOMPARE(csv.count("\r\n"), 2);
        QCOMPARE(csv.count('\n'), 2);
    }

    // The CLI writes page by page: header() then rows() per page must be the file toCsv() makes.
    void pageByPageIsTheSameFile()
    {
        const s1::Threat a = threat(u"1"_s, u"a, \"b\""_s);
        const s1::Threat b = threat(u"2"_s, u"=2"_s);
        const s1::Threat c = threat(u"3"_s, u"c"_s);
        s1::ConsoleConfig console;
        console.url = QUrl(u"https://acme.sentinelone.net"_s);
        const auto flagged = [](const QString &id) { return id == "2"_L1; };
        const QByteArray paged = s1::ThreatCsvExport::header()
            + s1::ThreatCsvExport::rows({&a, nullptr}, flagged, console)
            + s1::ThreatCsvExport::rows({}, flagged, console)
            + s1::ThreatCsvExport::rows({&b, &c}, flagged, console);
        QCOMPARE(paged, s1::ThreatCsvExport::toCsv({&a, &b, &c}, flagged, console));
        QCOMPARE(paged.count("\r\n"), 4);
        QVERIFY(s1::ThreatCsvExport::rows({}).isEmpty());
    }

    void writeIsAtomic()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const s1::Threat a = threat(u"7"_s, u"=evil()"_s);
        const QString path = dir.filePath(u"threats.csv"_s);
        QString error;
        QVERIFY2(s1::ThreatCsvExport::write(path, {&a}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), s1::ThreatCsvExport::toCsv({&a}));

        const QString bad = dir.filePath(u"missing/dir/threats.csv"_s);
        QVERIFY(!s1::ThreatCsvExport::write(bad, {&a}, &error));
        QVERIFY2(error.contains(u"threats.csv"_s), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    // Every threat the server filter and the row predicate let through, over several pages, in one
    // file: not the first page, not a row more.
    void exportJobWritesEveryMatchingThreat()
    {
        const s1::ConsoleConfig config = startSim(2500);
        QVERIFY(config.url.isValid());
        s1::S1Client client(config);
        s1::ThreatQuery query;
        query.confidenceLevels = {u"malicious"_s};
        const auto predicate = [](const s1::Threat &t) { return !t.id.endsWith(u'3'); };
        qint64 listed = 0;
        const QSet<QString> expected = expectedIds(&client, query, predicate, &listed);
        QVERIFY2(listed > 1000, "the filter must match more than one page");
        QVERIFY(expected.size() < listed && !expected.isEmpty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"all.csv"_s);
        const QString knownFlagged = *expected.cbegin();
        s1::ThreatCsvExportJob job(
            &client, query, path, predicate, [&](const QString &id) -> std::optional<bool> {
                if (id == knownFlagged)
                    return true;
                return std::nullopt; // not known: the cell stays empty
            });
        QCOMPARE(job.kind(), u"threat-export"_s);
        QSignalSpy progress(&job, &jobs::Job::progressChanged);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.summary()));
        QVERIFY(job.pagesFetched() > 1);
        QCOMPARE(job.rowsWritten(), qint64(expected.size()));
        QVERIFY2(
            job.summary().startsWith(u"Exported %1 threats to "_s.arg(QLocale().toString(expected.size()))),
            qPrintable(job.summary()));
        QVERIFY(job.summary().contains(u"all.csv"_s));

        bool sawTotal = false;
        for (const QList<QVariant> &args : std::as_const(progress))
            sawTotal |= args.at(1).toLongLong() == listed && args.at(0).toLongLong() > 0;
        QVERIFY2(sawTotal, "no progress with the total");
        QCOMPARE(job.progressDone(), listed);
        QCOMPARE(job.progressTotal(), listed);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString error;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.first(), s1::ThreatCsvExport::columnNames());
        const int flaggedColumn = int(s1::ThreatCsvExport::columnNames().indexOf("flagged"_L1));
        QSet<QString> written;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QString id = records.at(i).at(0);
            written.insert(id);
            QCOMPARE(records.at(i).at(flaggedColumn), id == knownFlagged ? u"yes"_s : QString());
        }
        QCOMPARE(written, expected);
    }

    // Cancelled between pages: no file (and no temporary file left behind).
    void cancelledExportLeavesNoFile()
    {
        const s1::ConsoleConfig config = startSim(2500);
        QVERIFY(config.url.isValid());
        s1::S1Client client(config);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cancelled.csv"_s);
        s1::ThreatCsvExportJob job(&client, {}, path);
        job.setPageSize(500);
        connect(&job, &jobs::Job::progressChanged, &job, [&job](qint64 done) {
            if (done > 0)
                job.cancel();
        });
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A file that cannot be written fails the job as a disk error that names it.
    void unwritableExportFailsWithADiskError()
    {
        const s1::ConsoleConfig config = startSim(50);
        QVERIFY(config.url.isValid());
        s1::S1Client client(config);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"missing/dir/threats.csv"_s);
        s1::ThreatCsvExportJob job(&client, {}, path);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QCOMPARE(job.error().kind, jobs::JobError::Kind::Disk);
        QVERIFY2(job.summary().contains(QDir::toNativeSeparators(path)), qPrintable(job.summary()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestThreatCsv)
#include "tst_threatcsv.moc"
