// SPDX-License-Identifier: GPL-3.0-or-later
// The tray controller offscreen (no system tray there): the icon state follows the scheduler, the menu
// actions (Sync now, Pause/Resume), the last run's line, rate-limited failure notifications, coalesced
// success notifications, the unavailable reason, and the XDG autostart entry.
#include "TrayController.h"
#include "jobs/Clock.h"
#include "jobs/Scheduler.h"

#include "FakeJobs.h"
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

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
        QVERIFY(
            tray.lastRunAction()->text().contains(QLatin1String("2 done && <b>imported</b>"))); // literal '&'
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
