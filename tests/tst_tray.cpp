// SPDX-License-Identifier: GPL-3.0-or-later
// The tray controller offscreen (no system tray there): the icon state follows the scheduler, the menu
// actions (Sync now, Pause/Resume), the last run's line, rate-limited failure notifications, coalesced
// success notifications, the unavailable reason, and the XDG autostart entry.
#include "TrayController.h"
#include "config/AppSettings.h"
#include "jobs/Clock.h"
#include "jobs/Scheduler.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include "FakeJobs.h"
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontMetrics>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include <QTest>

using jobs::Job;
using jobs::ManualClock;
using jobs::Scheduler;

namespace {

const QString kA = QStringLiteral("profile-a");
const QString kImport = QStringLiteral("opencti-import");
const QDateTime kT0(QDate(2025, 5, 1), QTime(8, 0), Qt::UTC);

using fake::factory;
using fake::FakeJob;
// The tray's runs stay open until the test ends them, and their summary carries markup and an
// ampersand (it must show literally).
struct Made : fake::Made
{
    Made()
        : fake::Made(FakeJob::Mode::Manual, QStringLiteral("2 done & <b>imported</b>"))
    { }
};

} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unavailableOffscreen()
    {
        ManualClock clock(kT0);
        Scheduler scheduler(&clock);
        const bool quitOnClose = QApplication::quitOnLastWindowClosed();
        TrayController tray(&scheduler, nullptr);
        QVERIFY(!tray.isAvailable());
        QCOMPARE(tray.unavailableReason(),
            QStringLiteral(
                "This desktop has no system tray (notification area); S1 Bridge keeps syncing only "
                "while its window is open."));
        QCOMPARE(QApplication::quitOnLastWindowClosed(), quitOnClose);
        QVERIFY(tray.menu());
        QVERIFY(tray.menu()->actions().contains(tray.openAction()));
        QVERIFY(tray.menu()->actions().contains(tray.quitAction()));
        QVERIFY(!tray.lastRunAction()->isEnabled());
        for (auto state : {TrayController::IconState::Idle, TrayController::IconState::Syncing,
                 TrayController::IconState::Error, TrayController::IconState::Paused})
            QVERIFY(!TrayController::iconFor(state).pixmap(22).isNull());
    }

    void iconFollowsState()
    {
        ManualClock clock(kT0);
        Scheduler scheduler(&clock);
        TrayController tray(&scheduler, nullptr);
        tray.setProfileId(kA);
        QCOMPARE(tray.currentIconState(), TrayController::IconState::Idle);
        QVERIFY(tray.toolTip().contains(scheduler.stateText()));

        Made made;
        QVERIFY(scheduler.addTask(kA, kImport, 600, factory(&made, kImport)));
        scheduler.tick();
        QVERIFY(scheduler.isRunning(kA));
        QCOMPARE(tray.currentIconState(), TrayController::IconState::Syncing);
        QVERIFY(tray.toolTip().contains(scheduler.stateText()));

        made.last()->failNow();
        QCOMPARE(tray.currentIconState(), TrayController::IconState::Error);

        tray.pauseAction()->trigger();
        QVERIFY(scheduler.isPaused());
        QCOMPARE(tray.currentIconState(), TrayController::IconState::Paused);
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Resume syncing"));
        tray.pauseAction()->trigger();
        QVERIFY(!scheduler.isPaused());
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Pause syncing"));
        QCOMPARE(tray.currentIconState(), TrayController::IconState::Error);
    }

    void syncNowAndLastRun()
    {
        ManualClock clock(kT0);
        Scheduler scheduler(&clock);
        TrayController tray(&scheduler, nullptr);
        QVERIFY(!tray.syncNowAction()->isEnabled()); // no profile yet
        tray.setProfileId(kA);
        QVERIFY(tray.syncNowAction()->isEnabled());

        Made made;
        made.mode = FakeJob::Mode::Succeed;
        QVERIFY(scheduler.addTask(kA, kImport, 3600, factory(&made, kImport)));
        scheduler.tick(); // the first run, at once
        QCOMPARE(made.jobs.size(), 1);
        QVERIFY(!scheduler.isQueued(kA, kImport) && !scheduler.isRunning(kA));
        QVERIFY(tray.lastRunText().contains(QLatin1String("2 done & <b>imported</b>")));
        QCOMPARE(tray.lastRunAction()->text(), // elided at a word, '&' literal
            TrayController::elideAtWord(
                tray.lastRunText(), QFontMetrics(tray.menu()->font()), TrayController::LastRunWidth)
                .replace(QLatin1Char('&'), QLatin1String("&&")));
        QVERIFY(tray.lastRunText().contains(QLocale().toString(kT0.toLocalTime(), QLocale::ShortFormat)));
        QCOMPARE(tray.lastRunAction()->toolTip(), tray.lastRunText()); // the full text
        QVERIFY(!tray.lastRunAction()->isEnabled());

        made.mode = FakeJob::Mode::Manual;
        scheduler.pause(); // so the queued run stays queued
        tray.syncNowAction()->trigger();
        QVERIFY(scheduler.isQueued(kA, kImport) || scheduler.isRunning(kA));
        tray.pauseAction()->trigger(); // resume: it starts
        scheduler.tick();
        QVERIFY(scheduler.isRunning(kA));
        QCOMPARE(tray.currentIconState(), TrayController::IconState::Syncing);
        made.last()->complete();
        QCOMPARE(tray.currentIconState(), TrayController::IconState::Idle);
    }

    void notificationsRateLimited()
    {
        ManualClock clock(kT0);
        Scheduler scheduler(&clock);
        TrayController tray(&scheduler, nullptr);
        tray.setProfileId(kA);
        QSignalSpy notified(&tray, &TrayController::notified);

        Made made;
        made.mode = FakeJob::Mode::Fail;
        QVERIFY(scheduler.addTask(kA, kImport, 600, factory(&made, kImport)));
        scheduler.tick();
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.last().at(0).toString().contains(QLatin1String("console down")));

        clock.advance(5 * 60); // a second failure within 10 minutes: no notification
        QVERIFY(scheduler.runNow(kA, kImport));
        scheduler.tick();
        QCOMPARE(made.jobs.size(), 2);
        QCOMPARE(notified.size(), 1);

        clock.advance(6 * 60); // 11 minutes after the first: notified again
        QVERIFY(scheduler.runNow(kA, kImport));
        scheduler.tick();
        QCOMPARE(made.jobs.size(), 3);
        QCOMPARE(notified.size(), 2);

        // Successes with imported items are coalesced into one notification.
        made.mode = FakeJob::Mode::Succeed;
        QVERIFY(scheduler.runNow(kA, kImport));
        scheduler.tick();
        clock.advance(1);
        QVERIFY(scheduler.runNow(kA, kImport));
        scheduler.tick();
        QCOMPARE(made.jobs.size(), 5);
        QCOMPARE(notified.size(), 2);
        tray.flushNotifications();
        QCOMPARE(notified.size(), 3);
        QVERIFY(notified.last().at(0).toString().contains(QLatin1String("4")));
        tray.flushNotifications(); // nothing pending
        QCOMPARE(notified.size(), 3);
    }

    void lastRunFromHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        storage::Database db(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        storage::JobHistory history(&db);
        // A run of an earlier session (or of the CLI), before the tray starts.
        const QDateTime started = kT0.addSecs(-3600);
        const qint64 id = history.begin(kA, kImport, QStringLiteral("Import & sync"), started, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(history.finish(id, storage::JobRun::State::Succeeded,
                     QStringLiteral("12 indicators imported"), {}, {}, started.addSecs(90), &error),
            qPrintable(error));
        history.begin(QStringLiteral("profile-b"), kImport, QStringLiteral("Other profile"), kT0); // not ours

        ManualClock clock(kT0);
        Scheduler scheduler(&clock);
        scheduler.setHistory(&history);
        TrayController tray(&scheduler, nullptr);
        tray.setJobHistory(&history);
        QCOMPARE(tray.lastRunAction()->text(), QStringLiteral("No run yet")); // no profile yet
        tray.setProfileId(kA);
        const QString when = QLocale().toString(started.addSecs(90).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(
            tray.lastRunText().startsWith(QStringLiteral("Last run: ") + when + QStringLiteral(" \u2013 ")),
            qPrintable(tray.lastRunText()));
        QVERIFY(tray.lastRunText().contains(QLatin1String("Import & sync")));
        QVERIFY(tray.lastRunAction()->text().contains(QLatin1String("Import && sync"))); // literal '&'
        QVERIFY(tray.lastRunText().contains(QLatin1String("succeeded (12 indicators imported)")));
        QVERIFY(!tray.lastRunAction()->text().contains(QLatin1String("No run yet")));
        QVERIFY(tray.lastRunAction()->text().startsWith(QStringLiteral("Last run: ") + when));
        QCOMPARE(tray.lastRunAction()->toolTip(), tray.lastRunText());

        // A run of this session replaces it, from the history (with its outcome).
        Made made;
        made.mode = FakeJob::Mode::Fail;
        QVERIFY(scheduler.addTask(kA, kImport, 3600, factory(&made, kImport)));
        clock.advance(3600);
        scheduler.tick();
        QCOMPARE(made.jobs.size(), 1);
        QVERIFY2(tray.lastRunText().contains(QLatin1String("failed")), qPrintable(tray.lastRunText()));
        QVERIFY(
            tray.lastRunText().contains(QLocale().toString(clock.now().toLocalTime(), QLocale::ShortFormat)));
    }

    void lastRunElidedAtWords()
    {
        const QFontMetrics metrics(QApplication::font());
        const QString text = QStringLiteral("Last run: 5/1/25 8:00 AM \u2013 Import into OpenCTI: succeeded "
                                            "(1234 indicators imported, 56 skipped as duplicates, 7 failed)");
        const int width = metrics.horizontalAdvance(text) / 2;
        const QString elided = TrayController::elideAtWord(text, metrics, width);
        QVERIFY(elided.endsWith(QStringLiteral("\u2026")));
        QVERIFY(metrics.horizontalAdvance(elided) <= width);
        QString kept = elided;
        kept.chop(1);
        QVERIFY2(text.startsWith(kept), qPrintable(elided));
        QVERIFY(!text.at(kept.size()).isLetterOrNumber()); // ends at a word's end, not mid-word
        QCOMPARE(TrayController::elideAtWord(text, metrics, metrics.horizontalAdvance(text)), text);
    }

    void closeToTrayNotifiesOnce()
    {
        config::AppSettings().setTrayCloseNoticeShown(false); // a fresh installation
        const bool quitOnClose = QApplication::quitOnLastWindowClosed();
        QApplication::setQuitOnLastWindowClosed(false); // as the tray sets it where there is one
        QWidget window;
        TrayController tray(nullptr, &window);
        QSignalSpy notified(&tray, &TrayController::notified);
        window.show();
        window.close();
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(notified.last().at(0).toString().contains(QLatin1String("keeps syncing in the background")));
        QVERIFY(config::AppSettings().trayCloseNoticeShown());

        window.show();
        window.close();
        QTest::qWait(50);
        QCOMPARE(notified.size(), 1); // not twice
        {
            TrayController again(nullptr, &window); // nor at the next start (once per installation)
            QSignalSpy notifiedAgain(&again, &TrayController::notified);
            window.show();
            window.close();
            QTest::qWait(50);
            QCOMPARE(notifiedAgain.size(), 0);
        }

        // Where closing quits (no tray), nothing is said.
        config::AppSettings().setTrayCloseNoticeShown(false);
        QApplication::setQuitOnLastWindowClosed(true);
        QWidget other;
        TrayController noTray(nullptr, &other);
        QSignalSpy silent(&noTray, &TrayController::notified);
        QWidget keepAlive; // so closing `other` does not quit the test
        keepAlive.show();
        other.show();
        other.close();
        QTest::qWait(50);
        QCOMPARE(silent.size(), 0);
        QVERIFY(!config::AppSettings().trayCloseNoticeShown());
        QApplication::setQuitOnLastWindowClosed(quitOnClose);
    }

    void autostartAndSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray old = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        TrayController tray(nullptr, nullptr);
        const QString path = dir.path() + QStringLiteral("/autostart/s1bridge.desktop");
        QCOMPARE(TrayController::autostartPath(), path);

        QString error;
        QVERIFY2(tray.setStartAtLogin(true, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QVERIFY(tray.startAtLogin());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("[Desktop Entry]\n"));
        QVERIFY(content.contains("\nExec=s1bridge --minimized\n"));
        file.close();

        QVERIFY(tray.setStartAtLogin(false, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!tray.startAtLogin());

        tray.setStartMinimized(true);
        QVERIFY(tray.startMinimized());
        tray.setStartMinimized(false);
        QVERIFY(!tray.startMinimized());

        if (old.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", old);
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
