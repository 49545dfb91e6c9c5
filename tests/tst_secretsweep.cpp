// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets sweep (issue 15): every s1bridge-cli command that touches a profile runs against the
// simulator started with recognisable tokens (the console's, OpenCTI's and a TAXII password); then
// every file the programs wrote under the test's HOME and XDG folders (settings, the database with its
// -wal/-shm, logs, the job history, exported CSV and STIX files), everything they printed, and every
// command line they ran with (the argv the test passed, and /proc/<pid>/cmdline of a running
// 's1bridge-cli run') is searched for each token and its base64 form: none may be found. The scan
// itself is checked on a file that does hold the tokens, so it cannot pass by not looking.
// The window's flows too (built with the GUI): the setup wizard filled offscreen with a profile of the
// simulator (console and OpenCTI), the threat list refreshed, a threat flagged and imported.
// Also: a running s1bridge-cli holds the tokens in memory, so it makes no core dump (core limit 0,
// not dumpable: /proc/<pid>/ files belong to root), checked from outside.
#include "SimServer.h"
#include "SimTaxii.h"

#ifdef S1_SWEEP_GUI
#include "AppController.h"
#include "MainWindow.h"
#include "OpenCtiImportPage.h"
#include "SetupWizard.h"
#include "ThreatBrowserPage.h"
#include "ThreatFilterProxy.h"
#include "ThreatListModel.h"
#include "config/Translations.h"
#include "jobs/Scheduler.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#endif

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kS1Token = u"S1TOKEN-SWEEP-7f3a91c0d2e84b6a9f1e5c3d7b2a0e4f"_s;
const QString kOpenCtiToken = u"OCTITOKEN-SWEEP-4b2e8d17-5a3c-4f60-9e1b-c7d2a8f3e915"_s;
const QString kTaxiiUser = u"sweeper"_s;
const QString kTaxiiPassword = u"TAXIIPASS-SWEEP-2c9e7a41f0b3"_s;

struct Needle
{
    QString name;
    QByteArray bytes;
};

// Each secret as it could leak: the text itself, its base64 (a header value, a JSON blob), and the
// TAXII credential as HTTP basic authentication sends it.
QList<Needle> needles()
{
    QList<Needle> list;
    for (const auto &[name, value] :
        {std::pair {u"console token"_s, kS1Token}, std::pair {u"OpenCTI token"_s, kOpenCtiToken},
            std::pair {u"TAXII password"_s, kTaxiiPassword}}) {
        list.append({name, value.toUtf8()});
        list.append({name + u" (base64)"_s, value.toUtf8().toBase64()});
        list.append({name + u" (UTF-16)"_s,
            QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2)});
    }
    list.append(
        {u"TAXII basic credentials (base64)"_s, (kTaxiiUser + u':' + kTaxiiPassword).toUtf8().toBase64()});
    return list;
}

// "<what>: <needle name>" for every needle found in bytes.
QStringList hits(const QString &what, const QByteArray &bytes)
{
    QStringList found;
    for (const Needle &needle : needles())
        if (bytes.contains(needle.bytes))
            found << what + u": "_s + needle.name;
    return found;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSecretSweep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // input/: the test's own files (not searched); home/: everything the programs write
    std::unique_ptr<s1sim::SimServer> m_sim;
    QList<QStringList> m_commandLines; // every argv passed to a program
    QStringList m_leaks; // found so far, "<where>: <which secret>"
    QString m_account;
    QString m_flaggedThreat; // flagged (and imported) by the commands

    QString home() const { return m_dir.filePath(u"home"_s); }
    QString input(const QString &name) const { return m_dir.filePath(u"input/"_s + name); }
    QString exportPath(const QString &name) const { return home() + u"/exports/"_s + name; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home());
        env.insert(u"XDG_CONFIG_HOME"_s, home() + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home() + u"/.local/share"_s);
        env.insert(u"XDG_STATE_HOME"_s, home() + u"/.local/state"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home() + u"/.cache"_s);
        env.insert(u"TMPDIR"_s, home() + u"/tmp"_s);
        // The secrets come from the environment, as in a container or a systemd unit's EnvironmentFile.
        env.insert(u"S1_URL"_s, m_sim->baseUrl().toString());
        env.insert(u"S1_API_KEY"_s, kS1Token);
        env.insert(u"OPENCTI_URL"_s, m_sim->openCtiUrl().toString());
        env.insert(u"OPENCTI_TOKEN"_s, kOpenCtiToken);
        env.insert(u"CONNECTOR_ID"_s, u"0b7e2c4a-9d51-4f3e-8a26-5c1d7f9e3b40"_s);
        return env;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
        QString feedback() const
        {
            return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(
                QString::fromUtf8(out.left(1500)), QString::fromUtf8(err.left(1500)));
        }
    };

    // s1bridge-cli to its end, the event loop running (the simulator is in this process). Its argv
    // and its output join what is searched.
    Run cli(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        m_commandLines << (QStringList {QStringLiteral(S1_CLI_EXE)} + arguments);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(S1_CLI_EXE), arguments);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!finished.wait(180000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        const QString what = arguments.join(u' ');
        m_leaks << hits(u"stdout of "_s + what, r.out) << hits(u"stderr of "_s + what, r.err);
        return r;
    }

    // Every file under home/, each searched; returns how many were read.
    int sweepFiles(const QString &when)
    {
        int files = 0;
        QDirIterator it(home(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            m_leaks << hits(path + u" ("_s + when + u')', readAll(path));
        }
        return files;
    }

#ifdef S1_SWEEP_GUI
    static void type(QLineEdit *edit, const QString &text)
    {
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
#endif

    bool writeInput(const QString &name, const QByteArray &bytes)
    {
        QFile f(input(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &folder : {u"input"_s, u"home/exports"_s, u"home/tmp"_s})
            QVERIFY(QDir().mkpath(m_dir.filePath(folder)));
        s1sim::SimOptions options;
        options.token = kS1Token;
        options.openCtiToken = kOpenCtiToken;
        options.threats = 40;
        options.openCtiIngestDelayMs = 1;
        options.seededFlags = false; // flagged: only what the test flags
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        m_sim->taxii().setBasicAuth(kTaxiiUser, kTaxiiPassword);
        QCOMPARE(m_sim->token(), kS1Token);
    }

    // The search finds what is there: the test's own input file holds every secret in its plain form.
    void theSearchFindsWhatIsThere()
    {
        QVERIFY(writeInput(u"control.txt"_s,
            (kS1Token + u'\n' + kOpenCtiToken + u'\n' + kTaxiiPassword + u'\n').toUtf8()
                + kS1Token.toUtf8().toBase64()));
        const QStringList found = hits(u"control"_s, readAll(input(u"control.txt"_s)));
        QVERIFY2(found.contains(u"control: console token"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(u"control: console token (base64)"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(u"control: OpenCTI token"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(u"control: TAXII password"_s), qPrintable(found.join(u'\n')));
    }

    void everyCommandLeavesNoSecret()
    {
        // A profile from a connector's configuration file (its tokens go to the keychain, or are
        // refused with a sentence when there is none).
        QVERIFY(writeInput(u"connector.env"_s,
            (u"S1_URL=%1\nS1_API_KEY=%2\nOPENCTI_URL=%3\nOPENCTI_TOKEN=%4\nCONNECTOR_NAME=Sweep\n"
             "CONNECTOR_ID=5d0c1f7e-2b8a-4c39-9e61-a4f3b7d2c815\n"_s)
                .arg(m_sim->baseUrl().toString(), kS1Token, m_sim->openCtiUrl().toString(), kOpenCtiToken)
                .toUtf8()));
        Run r = cli({u"profiles"_s, u"import"_s, input(u"connector.env"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"profiles"_s, u"show"_s, u"Sweep"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"profiles"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));

        r = cli({u"sites"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"accounts"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        const QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
        QVERIFY2(!accounts.isEmpty(), qPrintable(r.feedback()));
        m_account = u"account:"_s + accounts.first()[u"id"_s].toString();

        r = cli({u"threats"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        const QJsonArray threats = QJsonDocument::fromJson(r.out).array();
        QVERIFY2(threats.size() == 40, qPrintable(r.feedback()));
        const QString threat = threats.first()[u"id"_s].toString();
        QVERIFY(!threat.isEmpty());
        m_flaggedThreat = threat;
        r = cli({u"threats"_s, u"flag"_s, threat});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"threats"_s, u"unflag"_s, threat});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"threats"_s, u"flag"_s, threat});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        // The threat browser's CSV export, kept as a user would keep it.
        r = cli({u"threats"_s, u"list"_s, u"--csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        QFile csv(exportPath(u"threats.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(r.out);
        csv.close();

        r = cli({u"opencti"_s, u"import"_s, u"--once"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"opencti"_s, u"status"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"opencti"_s, u"bundle"_s, threat});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        QFile bundle(exportPath(u"bundle.json"_s));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(r.out);
        bundle.close();

        // IOCs: typed, from a TAXII collection with a password (given on stdin), shared to the
        // console and to a STIX file.
        r = cli({u"iocs"_s, u"add"_s, u"sha256"_s, QString(64, u'c')});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sources"_s, u"add"_s, u"collection"_s, u"taxii"_s, u"--url"_s,
            m_sim->taxiiUrl().toString(), u"--collection"_s, s1sim::SimTaxii::collectionId(), u"--auth"_s,
            u"basic"_s, u"--username"_s, kTaxiiUser});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sources"_s, u"credential"_s, u"collection"_s, u"-"_s}, kTaxiiPassword.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sources"_s, u"pull"_s, u"collection"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sources"_s, u"add"_s, u"console"_s, u"s1-threats"_s, u"--days"_s, u"120"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sources"_s, u"pull"_s, u"console"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"iocs"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli(
            {u"sharing"_s, u"add"_s, u"to-console"_s, u"--scope"_s, m_account, u"--sources"_s, u"manual"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sharing"_s, u"run"_s, u"to-console"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sharing"_s, u"add"_s, u"to-file"_s, u"--destination"_s, u"file"_s, u"--path"_s,
            exportPath(u"iocs.json"_s), u"--format"_s, u"stix"_s, u"--sources"_s, u"collection,manual"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"sharing"_s, u"run"_s, u"to-file"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        QVERIFY(QFileInfo(exportPath(u"iocs.json"_s)).size() > 0);
        r = cli({u"sharing"_s, u"export"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));

        // Firewall rules from a collection.
        r = cli({u"firewall"_s, u"collections"_s, u"add"_s, u"bad hosts"_s, u"192.0.2.7"_s,
            u"198.51.100.0/24"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));
        r = cli({u"firewall"_s, u"export"_s, u"bad hosts"_s, u"--account"_s, m_account.mid(8)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.feedback()));

        const int files = sweepFiles(u"after the commands"_s);
        QVERIFY2(files >= 5, qPrintable(QString::number(files)));
        QVERIFY(QFileInfo::exists(home() + u"/.local/share/S1Bridge/s1bridge/s1bridge.sqlite"_s));
        QCOMPARE(m_leaks, QStringList());
    }

    // 's1bridge-cli run' (the scheduler, as the systemd unit starts it) while it runs: its command
    // line, its files with the database's -wal and -shm, and that it makes no core dump.
    void runningSchedulerLeavesNoSecretAndNoCore()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        const QStringList arguments {u"run"_s, u"--loglocation"_s, home() + u"/logs"_s, u"-v"_s};
        QVERIFY(QDir().mkpath(home() + u"/logs"_s));
        m_commandLines << (QStringList {QStringLiteral(S1_CLI_EXE)} + arguments);
        p.start(QStringLiteral(S1_CLI_EXE), arguments);
        QVERIFY(p.waitForStarted(10000));
        const qint64 pid = p.processId();
        const QString proc = u"/proc/%1"_s.arg(pid);
        // Until its first import ran (it is in the job history) while its database is open (the WAL
        // is there while it runs); not longer than it runs.
        const QString db = home() + u"/.local/share/S1Bridge/s1bridge/s1bridge.sqlite"_s;
        const QString log = home() + u"/logs/s1bridge-run.log"_s;
        QTRY_VERIFY_WITH_TIMEOUT(p.state() != QProcess::Running
                || (QFileInfo::exists(db + u"-wal"_s) && readAll(log).contains("import")),
            60000);
        QVERIFY2(p.state() == QProcess::Running,
            QByteArray(p.readAllStandardOutput() + p.readAllStandardError() + readAll(log)).constData());

        const QByteArray cmdline = readAll(proc + u"/cmdline"_s);
        QVERIFY(cmdline.contains("run"));
        m_leaks << hits(proc + u"/cmdline"_s, cmdline);
        // No core file: a limit of 0 (soft and hard) and not dumpable, so the kernel gives /proc/<pid>/
        // to root instead of the process's owner (and no core is written whatever the limit).
        const QByteArray limits = readAll(proc + u"/limits"_s);
        QVERIFY2(limits.contains("Max core file size"), limits.constData());
        for (const QByteArray &line : limits.split('\n'))
            if (line.startsWith("Max core file size"))
                QVERIFY2(line.simplified() == "Max core file size 0 0 bytes", line.constData());
        const QByteArray status = readAll(proc + u"/status"_s);
        QVERIFY2(status.contains("CoreDumping:\t0"), status.constData());
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(proc + u"/environ"_s).constData(), &st) == 0);
        QCOMPARE(st.st_uid, uid_t(0)); // not dumpable (for a root test run: see runAsOtherUser below)

        const int files = sweepFiles(u"while 's1bridge-cli run' runs"_s);
        QVERIFY(files >= 3);
        QSignalSpy finished(&p, &QProcess::finished); // the event loop runs: the simulator answers
        p.terminate();
        QVERIFY(finished.wait(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        m_leaks << hits(
            u"output of s1bridge-cli run"_s, p.readAllStandardOutput() + p.readAllStandardError());
        sweepFiles(u"after 's1bridge-cli run' ended"_s);
        QCOMPARE(m_leaks, QStringList());
    }

    // A process of another user: root's /proc entries are root's anyway, so the dumpable flag is
    // seen on a CLI run as "nobody", whose /proc/<pid>/ files stay root's only because it is not
    // dumpable. Skipped when the test does not run as root (then the check above already tells).
    void notDumpableAsAnotherUser()
    {
        if (::geteuid() != 0)
            QSKIP("runs as root only (to start a process as another user)");
        QTemporaryDir other;
        QVERIFY(other.isValid());
        QVERIFY(::chown(QFile::encodeName(other.path()).constData(), 65534, 65534) == 0);
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(u"HOME"_s, other.path());
        for (const char *name :
            {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "TMPDIR"})
            env.insert(QLatin1String(name), other.path());
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(127);
        });
        // Past main()'s first line: its request reached the simulator (which holds the answer 5 s).
        const auto requests = [this] {
            int n = 0;
            const QJsonObject counts = m_sim->stats().value(u"requests"_s).toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                n += it.value().toInt();
            return n;
        };
        const int before = requests();
        m_sim->setFaults(*s1sim::FaultSpec::parse(u"delay-ms=5000"_s)); // keeps it waiting
        const auto noDelay = qScopeGuard([this] { m_sim->setFaults(s1sim::FaultSpec()); });
        const QStringList arguments {u"sites"_s, u"list"_s};
        m_commandLines << (QStringList {QStringLiteral(S1_CLI_EXE)} + arguments);
        p.start(QStringLiteral(S1_CLI_EXE), arguments);
        QVERIFY(p.waitForStarted(10000));
        const QString proc = u"/proc/%1"_s.arg(p.processId());
        // Once it runs as nobody (after the exec; the first requests wait 5 s on the simulator).
        QTRY_VERIFY_WITH_TIMEOUT(readAll(proc + u"/status"_s).contains("Uid:\t65534"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(readAll(proc + u"/cmdline"_s).contains("sites"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(requests() > before, 20000);
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(proc + u"/environ"_s).constData(), &st) == 0);
        const bool running = p.state() == QProcess::Running;
        QVERIFY2(running, "s1bridge-cli ended before it could be looked at");
        QCOMPARE(st.st_uid, uid_t(0)); // a dumpable process's files are its owner's (65534)
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(p.state() == QProcess::NotRunning || finished.wait(60000));
    }

#ifdef S1_SWEEP_GUI
    // The window, in this process, with the same HOME and XDG folders: the wizard typed into as a
    // user would, a refresh, a flag and an import; then the same search.
    void windowFlowsLeaveNoSecret()
    {
        const QProcessEnvironment env = environment();
        for (const char *name :
            {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            qputenv(name, env.value(QLatin1String(name)).toUtf8());
        config::installTranslations(QLocale(QLocale::English));
        const QString ini = home() + u"/.config/S1Bridge/window-profiles.ini"_s;
        {
            AppController app(ini);
            app.start(); // no profile yet: the wizard
            SetupWizard *w = app.wizard();
            QVERIFY(w);
            QTRY_VERIFY(w->isVisible());
            w->next();
            QCOMPARE(w->currentId(), int(SetupWizard::ConsoleUrlPageId));
            type(w->currentPage()->findChild<QLineEdit *>(u"urlEdit"_s), m_sim->baseUrl().toString());
            w->next();
            QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(SetupWizard::ApiTokenPageId), 10000);
            type(w->currentPage()->findChild<QLineEdit *>(u"tokenEdit"_s), kS1Token);
            w->next();
            QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(SetupWizard::AccountSitePageId), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::NextButton)->isEnabled(), 10000);
            w->next();
            QCOMPARE(w->currentId(), int(SetupWizard::OpenCtiPageId));
            w->currentPage()->findChild<QCheckBox *>(u"enableCheck"_s)->setChecked(true);
            type(w->currentPage()->findChild<QLineEdit *>(u"openCtiUrlEdit"_s),
                m_sim->openCtiUrl().toString());
            type(w->currentPage()->findChild<QLineEdit *>(u"openCtiTokenEdit"_s), kOpenCtiToken);
            w->next(); // the live OpenCTI check, then on by itself
            QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(SetupWizard::BehaviourPageId), 10000);
            w->next();
            QCOMPARE(w->currentId(), int(SetupWizard::SummaryPageId));
            type(w->currentPage()->findChild<QLineEdit *>(u"nameEdit"_s), u"Window sweep"_s);
            QSignalSpy opened(&app, &AppController::profileOpened);
            w->button(QWizard::FinishButton)->click();
            QVERIFY(opened.count() == 1 || opened.wait(10000));
            QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
            MainWindow *window = app.mainWindow();
            QTRY_VERIFY_WITH_TIMEOUT(window->threatModel()->rowCount() > 0 && !window->isBusy(), 20000);
            window->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(window->threatModel()->rowCount() > 0 && !window->isBusy(), 20000);

            QTRY_VERIFY_WITH_TIMEOUT(window->openCtiPage()->property("ready").toBool(), 10000);
            // A threat nobody flagged yet (the commands above flagged and imported one), flagged here.
            ThreatBrowserPage *browser = window->threatBrowser();
            QString id;
            for (int row = 0; row < browser->proxy()->rowCount() && id.isEmpty(); ++row) {
                const QModelIndex index = browser->proxy()->index(row, 0);
                browser->view()->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                browser->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
                const QString candidate = browser->selectedThreatIds().value(0);
                if (candidate != m_flaggedThreat
                    && window->threatModel()->flagState(candidate) != ThreatListModel::FlagState::Flagged)
                    id = candidate;
            }
            QVERIFY(!id.isEmpty());
            browser->flagAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(
                window->threatModel()->flagState(id), ThreatListModel::FlagState::Flagged, 10000);
            QSignalSpy imported(window->openCtiPage(), &OpenCtiImportPage::imported);
            window->findChild<QAction *>(u"importNowAction"_s)->trigger();
            // Import now, or the background sync that may have started first (then Import now waits).
            const QString profileId = app.profileStore().profiles().value(0).id;
            QTRY_VERIFY_WITH_TIMEOUT(imported.count() > 0
                    || app.scheduler()->lastOutcome(profileId, u"opencti-import"_s).has_value(),
                30000);
            const int files = sweepFiles(u"while the window is open"_s);
            QVERIFY(files >= 3);
        } // the window closed: settings and view state written
        QVERIFY(QFileInfo::exists(ini));
        sweepFiles(u"after the window closed"_s);
        QCOMPARE(m_leaks, QStringList());
    }
#endif

    void commandLinesHoldNoSecret()
    {
        QVERIFY(m_commandLines.size() > 20);
        for (const QStringList &argv : std::as_const(m_commandLines))
            m_leaks << hits(u"command line: "_s + argv.join(u' '), argv.join(u' ').toUtf8());
        QCOMPARE(m_leaks, QStringList());
    }
};

QTEST_MAIN(TestSecretSweep)
#include "tst_secretsweep.moc"
