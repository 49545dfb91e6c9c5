// SPDX-License-Identifier: GPL-3.0-or-later
// The main window under the offscreen platform, against the simulator.
#include "MainWindow.h"
#include "SimServer.h"
#include "ThreatTableModel.h"
#include "jobs/JobRunner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include "config/Translations.h"

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }
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
        QAbstractItemModelTester tester(window.threatModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setConsole(QStringLiteral("Test"), config);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), s1::ConsoleConnection::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.threatModel()->rowCount(), 1200, 20000);
        QTRY_VERIFY(window.jobRunner()->isIdle());
        const auto *view = window.findChild<QTableView *>();
        QVERIFY(view);
        QCOMPARE(view->model()->columnCount(), int(ThreatTableModel::ColumnCount));
        QVERIFY(!window.threatModel()->data(window.threatModel()->index(0, ThreatTableModel::Name)).toString().isEmpty());
        bool stateShown = false, countShown = false;
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            stateShown |= label->isVisible() && label->text().startsWith(QLatin1String("Connected to 127.0.0.1"));
            countShown |= label->isVisible() && label->text() == QLocale().toString(1200) + QLatin1String(" threats");
        }
        QVERIFY(stateShown);
        QVERIFY(countShown);
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
        QTRY_COMPARE_WITH_TIMEOUT(window.connection()->state(), s1::ConsoleConnection::State::TokenRefused, 10000);
        bool found = false;
        const auto labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisible() && label->text().contains(QLatin1String("refused the API token"))) {
                found = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(found);
        QCOMPARE(window.threatModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
