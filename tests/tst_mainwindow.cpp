// SPDX-License-Identifier: GPL-3.0-or-later
// The main window under the offscreen platform, against the simulator: connection state, the first
// page of threats, the refused-token banner.
#include "MainWindow.h"
#include "SimServer.h"
#include "ThreatListModel.h"
#include "config/Translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        config::installTranslations(QLocale(QLocale::English));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
