// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview area, offscreen, against the simulator (console and OpenCTI) with a real job history
// in a temporary SQLite file: a refused token and a failing job are listed first with the action
// that fixes them, and those actions do what they say; a successful run shows when it ran, its
// counts and when it runs next.
#include "AppController.h"
#include "FaultSpec.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "OverviewJobModel.h"
#include "OverviewPage.h"
#include "SetupWizard.h"
#include "SimServer.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "config/Translations.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestOverviewPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::JobHistory> m_history;
    std::unique_ptr<opencti::ImportStore> m_importStore;
    std::unique_ptr<jobs::Scheduler> m_scheduler;
    std::unique_ptr<session::TaskRegistry> m_registry;
    std::unique_ptr<session::ProfileSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    OverviewPage *overview() const { return m_window->overviewPage(); }
    OverviewJobModel *model() const { return overview()->model(); }

    // A profile on the simulated console (with this SentinelOne token) that imports into the
    // simulated OpenCTI, shown in a window whose Overview is on screen, its tasks scheduled.
    void open(const QString &s1Token)
    {
        config::Profile profile;
        profile.id = config::Profile::newId();
        profile.name = u"Acme"_s;
        profile.consoleUrl = m_sim->baseUrl();
        profile.connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile.openCtiEnabled = true;
        profile.openCtiUrl = m_sim->openCtiUrl();
        profile.syncPeriod = u"PT5M"_s;
        s1::ConsoleConfig console = profile.consoleConfig(s1Token);
        console.transport.backoffBaseMs = 20;
        opencti::OpenCtiConfig openCti;
        openCti.url = m_sim->openCtiUrl();
        openCti.token = m_sim->openCtiToken();
        opencti::ImportSettings settings = opencti::ImportSettings::fromProfile(profile);
        settings.bundle.consoleUrl = m_sim->baseUrl();
        settings.workPollMs = 20;
        m_session = std::make_unique<session::ProfileSession>(profile, console, openCti, settings);
        QCOMPARE(m_session->state(), session::ProfileSession::State::Ready);

        m_window = std::make_unique<MainWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->overviewPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->resize(1024, 640);
        m_window->setJobHistory(m_history.get(), profile.id);
        m_window->setSession(m_session.get(), m_registry.get());
        m_window->setOpenCti(m_session->openCti(), m_importStore.get(), settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->currentArea(), MainWindow::OverviewArea); // the first area, shown first
        QVERIFY(overview()->isVisible());
        QVERIFY(m_registry->schedule(m_session.get()));
        m_scheduler->start(50);
    }
    int runs(const QString &kind) const
    {
        storage::JobRunFilter filter;
        filter.profileId = m_session->id();
        filter.kind = kind;
        return m_history->count(filter);
    }
    // The "Needs attention" row of a kind of problem (and job kind), or nullptr.
    QWidget *attention(session::OverviewProblem::Kind kind, const QString &jobKind = {}) const
    {
        for (QWidget *row : overview()->attentionRows())
            if (row->property("problemKind").toInt() == int(kind)
                && (jobKind.isEmpty() || row->property("jobKind").toString() == jobKind))
                return row;
        return nullptr;
    }
    QString cell(const QString &kind, int column) const
    {
        const int row = model()->rowOf(kind);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // AppController's database and view state in a home of its own: suites running side by side
        // (tst_mainwindow remembers the area in ui-state.ini) share nothing.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        config::installTranslations(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        s1sim::SimOptions options;
        options.threats = 40;
        options.seed = 3;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen() != 0);
    }

    void init()
    {
        m_db = std::make_unique<storage::Database>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_history = std::make_unique<storage::JobHistory>(m_db.get());
        m_importStore = std::make_unique<opencti::ImportStore>(m_db.get());
        m_scheduler = std::make_unique<jobs::Scheduler>();
        m_scheduler->setHistory(m_history.get());
        m_registry = std::make_unique<session::TaskRegistry>(m_scheduler.get(), m_importStore.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_registry.reset();
        m_scheduler.reset(); // cancels what still runs, before the session's clients go
        m_session.reset();
        m_importStore.reset();
        m_history.reset();
        m_db.reset();
        m_sim->setFaults(s1sim::FaultSpec()); // whatever a test set
    }

    // (b) The console refuses the token: the import fails. Both are listed first, each with its fix:
    // "Run again" runs the job again (a new run in the history), "Show in Jobs" shows its runs, and
    // the token's fix asks the window for the profile editor.
    void failingJobOffersRunAgain()
    {
        open(u"revoked-token"_s);
        const QString kind = session::TaskKind::OpenCtiImport;
        QTRY_VERIFY_WITH_TIMEOUT(attention(session::OverviewProblem::Kind::JobFailing, kind), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(attention(session::OverviewProblem::Kind::TokenRefused), 10000);
        QCOMPARE(runs(kind), 1);
        // Needs attention comes first: the token, then the job.
        const QList<QWidget *> rows = overview()->attentionRows();
        QCOMPARE(rows.first(), attention(session::OverviewProblem::Kind::TokenRefused));
        QWidget *failing = attention(session::OverviewProblem::Kind::JobFailing, kind);
        auto *text = failing->findChild<QLabel *>(u"attentionText"_s);
        QVERIFY(text->text().startsWith(u"OpenCTI import failed: "_s));
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QCOMPARE(cell(kind, OverviewJobModel::OutcomeColumn), u"Failed"_s);

        auto *runAgain = failing->findChild<QPushButton *>(u"fixRunAgain"_s);
        QVERIFY(runAgain && runAgain->isVisible() && runAgain->isEnabled());
        QVERIFY(!runAgain->accessibleName().isEmpty());
        runAgain->click();
        QTRY_COMPARE_WITH_TIMEOUT(runs(kind), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_scheduler->isBusy(m_session->id(), kind), 20000);
        QTRY_VERIFY(attention(session::OverviewProblem::Kind::JobFailing, kind)); // failed again

        QSignalSpy edit(m_window.get(), &MainWindow::editProfileRequested);
        auto *fixToken = attention(session::OverviewProblem::Kind::TokenRefused)
                             ->findChild<QPushButton *>(u"fixEditProfile"_s);
        QVERIFY(fixToken && fixToken->isVisible());
        fixToken->click();
        QCOMPARE(edit.count(), 1);

        attention(session::OverviewProblem::Kind::JobFailing, kind)
            ->findChild<QPushButton *>(u"fixShowInJobs"_s)
            ->click();
        QCOMPARE(m_window->currentArea(), MainWindow::JobsArea);
        QCOMPARE(m_window->jobsPage()->kindCombo()->currentData().toString(), kind);
        QCOMPARE(m_window->jobsPage()->model()->rowCount(), 2);
    }

    // (c) A run that succeeded: when it ran, its outcome and counts, when it runs next; nothing
    // needs attention.
    void successfulRunShowsLastAndNextRun()
    {
        open(m_sim->token());
        const QString kind = session::TaskKind::OpenCtiImport;
        QTRY_COMPARE_WITH_TIMEOUT(cell(kind, OverviewJobModel::OutcomeColumn), u"Succeeded"_s, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            overview()->snapshot().connection == session::OverviewSnapshot::Connection::Connected, 10000);
        QVERIFY2(!cell(kind, OverviewJobModel::LastRunColumn).isEmpty(), "no time of the last run");
        const std::optional<storage::JobRun> last = m_history->last(m_session->id(), kind);
        QVERIFY(last && last->state == storage::JobRun::State::Succeeded);
        QCOMPARE(cell(kind, OverviewJobModel::CountsColumn),
            u"%1 seen, %2 done"_s.arg(last->counts.seen).arg(last->counts.done)
                + (last->counts.skipped ? u", %1 skipped"_s.arg(last->counts.skipped) : QString())
                + (last->counts.failed ? u", %1 failed"_s.arg(last->counts.failed) : QString()));
        QVERIFY(last->counts.seen > 0);
        const QString next = cell(kind, OverviewJobModel::NextRunColumn);
        QVERIFY2(next.startsWith(u"in "_s) && next.contains(u"min ("_s), qPrintable(next));
        QVERIFY(m_scheduler->nextRun(m_session->id(), kind).isValid());
        QVERIFY2(overview()->attentionRows().isEmpty(),
            qPrintable(overview()->attentionRows().value(0)
                    ? overview()->attentionRows().first()->findChild<QLabel *>()->text()
                    : QString()));
        auto *connection = overview()->findChild<QLabel *>(u"overviewConnection"_s);
        QVERIFY2(connection->text().startsWith(u"Console: Connected to 127.0.0.1"_s),
            qPrintable(connection->text()));
        QVERIFY(connection->text().contains(u"checked"_s));
        QVERIFY(overview()->findChild<QLabel *>(u"attentionNone"_s)->isVisible());
        // Run all now: the job runs again (one more run recorded).
        QVERIFY(overview()->runAllAction()->isEnabled());
        overview()->runAllAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(runs(kind), 2, 60000);
    }

    // A long job is stopped from where its progress shows: the status bar's Stop button cancels it,
    // and its run is recorded as cancelled.
    void stopButtonCancelsTheRunningJob()
    {
        m_sim->setFaults(*s1sim::FaultSpec::parse(u"delay-ms=1500"_s)); // every answer 1.5 s late
        open(m_sim->token());
        auto *stop = m_window->findChild<QToolButton *>(u"stopJobButton"_s);
        QVERIFY(stop);
        QVERIFY(!stop->accessibleName().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stop->isVisible(), 20000);
        stop->click();
        const QString kind = session::TaskKind::OpenCtiImport;
        QTRY_VERIFY_WITH_TIMEOUT(m_history->last(m_session->id(), kind)
                && m_history->last(m_session->id(), kind)->state == storage::JobRun::State::Cancelled,
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isVisible(), 10000);
    }

    // (a) The application: a profile whose keychain token the console refuses. The Overview says so
    // first, and its button opens the profile editor on that profile.
    void refusedTokenOpensTheProfileEditor()
    {
        const QString ini = m_dir.filePath(u"refused.ini"_s);
        config::ProfileStore store(ini);
        config::Profile profile;
        profile.id = config::Profile::newId();
        profile.name = u"Refused"_s;
        profile.consoleUrl = m_sim->baseUrl();
        profile.connectorId = config::Profile::newId();
        QString error;
        QVERIFY2(store.save(profile, &error), qPrintable(error));
        QVERIFY(store.setCurrentProfileId(profile.id));
        config::SecretStore secrets(u"S1 Bridge"_s);
        bool written = false;
        secrets.write(config::Profile::secretKey(profile.id, config::Profile::Secret::S1ApiToken),
            u"not-the-console-token"_s, this, [&](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

        AppController app(ini);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isVisible(), 10000);
        MainWindow *window = app.mainWindow();
        window->showArea(MainWindow::OverviewArea);
        QWidget *row = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((row = [&]() -> QWidget * {
            for (QWidget *r : window->overviewPage()->attentionRows())
                if (r->property("problemKind").toInt() == int(session::OverviewProblem::Kind::TokenRefused))
                    return r;
            return nullptr;
        }()),
            15000);
        QVERIFY(row->findChild<QLabel *>(u"attentionText"_s)->text().startsWith(u"Token refused"_s));
        auto *fix = row->findChild<QPushButton *>(u"fixEditProfile"_s);
        QVERIFY(fix && fix->isVisible());
        fix->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.wizard() && app.wizard()->isVisible(), 10000);
        QCOMPARE(app.wizard()->state().profile.id, profile.id);
        QCOMPARE(app.wizard()->state().s1Token, u"not-the-console-token"_s);
        app.wizard()->reject();
        secrets.removeProfileSecrets(profile.id, this, [](bool, const QString &) {});
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
