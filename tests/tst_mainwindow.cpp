// SPDX-License-Identifier: GPL-3.0-or-later
// The main window under the offscreen platform, against the simulator: connection state, the first
// page of threats, the refused-token banner.
#include "JobsPage.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "SimServer.h"
#include "ThreatListModel.h"
#include "config/AppSettings.h"
#include "config/Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        // ui-state.ini in a home of its own: other suites running side by side (an AppController
        // remembers its window's area too) cannot change what this one remembers.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        config::installTranslations(QLocale(QLocale::English));
        forgetViewState();
    }

    void cleanupTestCase() { forgetViewState(); }

    void ctrlDigitsSwitchAreasAndShortcutsAreListed()
    {
        forgetViewState();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentArea(), MainWindow::OverviewArea); // what needs attention, first
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::JobsArea);
        QVERIFY(window.jobsPage()->isVisible());
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::SettingsArea);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::ThreatsArea);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::OverviewArea);

        auto *help = window.findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(help);
        help->trigger();
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        const auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text();
        const QString all = rows.join(QLatin1Char('|'));
        QVERIFY2(rows.contains(QStringLiteral("Jobs=Ctrl+6")), qPrintable(all));
        QVERIFY(rows.contains(QStringLiteral("Threats=Ctrl+2")));
        QVERIFY(rows.contains(QStringLiteral("Overview=Ctrl+1")));
        // Every area's own toolbar shortcuts, with the area they work in, not only the one shown.
        QVERIFY2(rows.contains(QStringLiteral("Refresh runs (Jobs)=F5")), qPrintable(all));
        QVERIFY2(rows.contains(QStringLiteral("Refresh overview (Overview)=F5")), qPrintable(all));
        // From the actions themselves: the threat browser's own shortcut is there too.
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
            [](const QString &row) { return row.endsWith(QLatin1String("=Ctrl+Shift+F")); }));
        dialog->reject();
    }

    void firstWindowFitsASmallScreen()
    {
        forgetViewState();
        MainWindow window;
        QVERIFY(window.width() <= 1280);
        QVERIFY(window.height() <= 720);
        QVERIFY(window.minimumSizeHint().width() <= 1366);
        QVERIFY(window.minimumSizeHint().height() <= 768 - 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.statusBar()->geometry().bottom() <= window.height());
    }

    void remembersAreaAndSizeBetweenStarts()
    {
        forgetViewState();
        QSize size;
        {
            MainWindow window;
            window.rememberViewState();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showArea(MainWindow::JobsArea);
            size = window.size() + QSize(37, 0); // the offscreen screen is 800x600
            window.resize(size);
            QTRY_COMPARE(window.size(), size);
        } // destroyed while shown
        MainWindow again;
        again.rememberViewState();
        QCOMPARE(again.currentArea(), MainWindow::JobsArea);
        QCOMPARE(again.size(), size);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.jobsPage()->isVisible());
        QCOMPARE(again.size(), size);
        again.showArea(MainWindow::SettingsArea);
        again.close(); // closing saves too
        MainWindow third;
        third.rememberViewState();
        QCOMPARE(third.currentArea(), MainWindow::SettingsArea);
        MainWindow other; // a window that does not remember (a test's, a tool's) starts as made
        QCOMPARE(other.currentArea(), MainWindow::OverviewArea);
        forgetViewState();
    }

    void showsThreatsWhenConnected()
    {
        s1sim::SimOptions options;
        options.threats = 1200;
        s1sim::SimServer sim(options);
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
        s1::ConsoleConfig config;
        config.url = sim.baseUrl();
        config.token = sim.token();

        MainWindow window;
        QAbstractItemModelTester tester(
            window.threatModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setConsole(QStringLiteral("Test"), config);
        QCOMPARE(window.windowTitle(), QStringLiteral("S1 Bridge - Test")); // ASCII hyphen
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(
            window.connection()->state(), s1::ConsoleConnection::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.threatModel()->rowCount(), ThreatListModel::PageSize, 20000);
        QCOMPARE(window.threatModel()->totalCount(), qint64(1200));
        const auto *view = window.findChild<QTableView *>(QStringLiteral("threatTable"));
        QVERIFY(view);
        QVERIFY(!window.threatModel()
                     ->data(window.threatModel()->index(0, ThreatListModel::Name))
                     .toString()
                     .isEmpty());
        const auto *state = window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(state->text().startsWith(QLatin1String("Connected to 127.0.0.1")));
        const auto *count = window.statusBar()->findChild<QLabel *>(QStringLiteral("threatCount"));
        QTRY_VERIFY(count->text().contains(QLocale().toString(1200)));
    }

    void refusedTokenShowsWhatToDo()
    {
        s1sim::SimOptions options;
        options.threats = 10;
        s1sim::SimServer sim(options);
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
        s1::ConsoleConfig config;
        config.url = sim.baseUrl();
        config.token = QStringLiteral("revoked");
        MainWindow window;
        window.setConsole(QStringLiteral("Test"), config);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(
            window.connection()->state(), s1::ConsoleConnection::State::TokenRefused, 10000);
        const auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("refused the API token")));
        QCOMPARE(banner->textFormat(), Qt::PlainText);
        QCOMPARE(window.threatModel()->rowCount(), 0);
    }

    // Settings > Language: stored in the application settings and shown again; the window applies it
    // at the next start (AppSettings::uiLocale(), what src/app/main.cpp installs), and says so.
    void languageChoiceIsStoredForTheNextStart()
    {
        config::AppSettings().setLanguage(QString());
        QCOMPARE(config::AppSettings().uiLocale(), QLocale::system());
        {
            MainWindow window;
            window.showArea(MainWindow::SettingsArea);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QComboBox *language = window.settingsPage()->languageCombo();
            QVERIFY(language->isVisible());
            QCOMPARE(language->currentText(), QStringLiteral("System default"));
            QCOMPARE(language->count(), 4);
            const auto *note = window.settingsPage()->findChild<QLabel *>(QStringLiteral("languageNote"));
            QVERIFY(note && note->isVisible());
            QVERIFY(note->text().contains(
                QLatin1String("takes effect when S1 Bridge starts again"), Qt::CaseInsensitive));
            language->setFocus();
            const int german = language->findData(QStringLiteral("de"));
            QVERIFY(german > 0);
            language->setCurrentIndex(german);
            Q_EMIT language->activated(german); // as a user's choice
            QCOMPARE(config::AppSettings().language(), QStringLiteral("de"));
            QCOMPARE(config::AppSettings().uiLocale().language(), QLocale::German);
        }
        MainWindow again;
        QCOMPARE(again.settingsPage()->languageCombo()->currentData().toString(), QStringLiteral("de"));
        config::AppSettings().setLanguage(QStringLiteral("klingon")); // not offered: the system's
        QCOMPARE(config::AppSettings().language(), QString());
        QCOMPARE(config::AppSettings().uiLocale(), QLocale::system());
    }

private:
    static void forgetViewState()
    {
        config::AppSettings settings;
        settings.setViewState(QStringLiteral("mainWindow/geometry"), {});
        settings.setViewState(QStringLiteral("mainWindow/area"), {});
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
