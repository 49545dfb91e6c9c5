// SPDX-License-Identifier: GPL-3.0-or-later
// The threat browser as an analyst uses it, offscreen, against the simulator: filters, quick filter,
// detail pane, flagging one and many (one request), partial failures, CSV export, refresh, sorting.
#include "FirewallPage.h"
#include "IocSharingPage.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "OpenCtiImportPage.h"
#include "OpenCtiSim.h"
#include "SettingsPage.h"
#include "SimServer.h"
#include "ThreatBrowserPage.h"
#include "ThreatDetailPane.h"
#include "ThreatFilterProxy.h"
#include "ThreatListModel.h"
#include "config/Translations.h"
#include "jobs/JobRunner.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/S1Client.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>

class TestThreatBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_configHome;

    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<opencti::ImportStore> m_store;
    std::unique_ptr<opencti::OpenCtiClient> m_openCti;

    ThreatBrowserPage *page() const { return m_window->threatBrowser(); }
    ThreatListModel *model() const { return page()->model(); }
    QTableView *view() const { return page()->view(); }
    int requests(const QString &key) const
    {
        return m_sim->stats().value(QLatin1String("requests")).toObject().value(key).toInt();
    }

    void waitLoaded() { QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, 20000); }
    int rowWhere(const std::function<bool(const s1::Threat &)> &match) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (match(*model()->threatAt(row)))
                return row;
        return -1;
    }
    void selectSourceRows(const QList<int> &rows)
    {
        view()->clearSelection();
        for (int row : rows) {
            const QModelIndex index = page()->proxy()->mapFromSource(model()->index(row, 0));
            view()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
    // OpenCTI set up for the window, against the simulator's OpenCTI.
    void setUpOpenCti()
    {
        m_db = std::make_unique<storage::Database>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<opencti::ImportStore>(m_db.get());
        opencti::OpenCtiConfig cfg;
        cfg.url = m_sim->openCtiUrl();
        cfg.token = m_sim->openCtiToken();
        m_openCti = std::make_unique<opencti::OpenCtiClient>(cfg);
        opencti::ImportSettings settings;
        settings.profileId = QStringLiteral("gui");
        settings.connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.bundle.consoleUrl = m_sim->baseUrl();
        settings.workPollMs = 20;
        m_window->setOpenCti(m_openCti.get(), m_store.get(), settings);
    }
    QAction *importNowAction() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("importNowAction"));
    }
    bool detailPaneIsEmpty() const
    {
        const auto *empty = page()->detailPane()->findChild<QLabel *>(QStringLiteral("detailEmpty"));
        return page()->detailPane()->threatId().isEmpty() && empty && empty->isVisible()
            && empty->text().startsWith(QLatin1String("No threat selected"));
    }
    QMessageBox *waitForBox(const char *name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                return (box = m_window->findChild<QMessageBox *>(QLatin1String(name))) != nullptr
                    && box->isVisible();
            },
            5000);
        return shown ? box : nullptr;
    }
    void clickRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b->click();
        QFAIL("no such button");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Its own ui-state.ini (column widths, splitters): suites running side by side share no state.
        QVERIFY(m_configHome.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
        config::installTranslations(QLocale(QLocale::English));
    }

    void init()
    {
        s1sim::SimOptions options;
        options.threats = 1500;
        options.seed = 5;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen() != 0);
        s1::ConsoleConfig config;
        config.url = m_sim->baseUrl();
        config.token = m_sim->token();
        config.transport.backoffBaseMs = 50;
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->setConsole(QStringLiteral("Test"), config);
        m_window->show();
        m_window->showArea(MainWindow::ThreatsArea); // the window starts on the Overview
        waitLoaded();
    }

    void cleanup()
    {
        m_window.reset();
        m_openCti.reset();
        m_store.reset();
        m_db.reset();
        m_sim.reset();
    }

    // The actions act on what is visible: a filter that hides the selected threat takes it out of
    // the detail pane and the actions.
    void actionsActOnlyOnVisibleThreats()
    {
        setUpOpenCti();
        const QString needle = model()->threatAt(3)->computerName;
        const int row = rowWhere([&](const s1::Threat &t) {
            return !t.computerName.contains(needle, Qt::CaseInsensitive)
                && !t.name.contains(needle, Qt::CaseInsensitive)
                && !t.siteName.contains(needle, Qt::CaseInsensitive)
                && !t.filePath.contains(needle, Qt::CaseInsensitive)
                && t.incidentStatus != QLatin1String("resolved");
        });
        QVERIFY(row >= 0);
        selectSourceRows({row});
        QCOMPARE(page()->detailPane()->threatId(), model()->threatAt(row)->id);
        QVERIFY(page()->flagAction()->isEnabled());
        QTRY_VERIFY(importNowAction()->isEnabled());

        // The quick filter hides it.
        auto *quick = page()->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
        quick->setText(needle);
        QTRY_VERIFY(page()->proxy()->rowCount() > 0 && page()->proxy()->rowCount() < model()->rowCount());
        QVERIFY(page()->selectedThreatIds().isEmpty());
        QVERIFY(detailPaneIsEmpty());
        QVERIFY(!page()->flagAction()->isEnabled());
        QVERIFY(!page()->unflagAction()->isEnabled());
        QVERIFY(!importNowAction()->isEnabled());
        quick->clear();

        // A server filter hides it.
        const int again = model()->rowOfThreat(model()->threatAt(row)->id);
        selectSourceRows({again});
        QVERIFY(page()->flagAction()->isEnabled());
        QTRY_VERIFY(importNowAction()->isEnabled());
        auto *status = page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("resolved")));
        Q_EMIT status->activated(status->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, 10000);
        QVERIFY(page()->selectedThreatIds().isEmpty());
        QVERIFY(detailPaneIsEmpty());
        QVERIFY(!page()->flagAction()->isEnabled());
        QVERIFY(!page()->unflagAction()->isEnabled());
        QVERIFY(!importNowAction()->isEnabled());
    }

    // No row to show: the table area says so and offers to clear the filters.
    void emptyResultsSaySoAndClearFilters()
    {
        QVERIFY(!page()->emptyResults()->isVisible());
        auto *quick = page()->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
        quick->setText(QStringLiteral("no threat is called this 7f3a9c"));
        QTRY_VERIFY(page()->emptyResults()->isVisible());
        QVERIFY(!view()->isVisible());
        const auto *text = page()->emptyResults()->findChild<QLabel *>(QStringLiteral("emptyResultsText"));
        QCOMPARE(text->text(), QStringLiteral("No threat matches these filters."));
        auto *clear = page()->emptyResults()->findChild<QPushButton *>(QStringLiteral("clearFilters"));
        QVERIFY(clear && clear->isVisible());
        clear->click();
        QVERIFY(quick->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, 10000);
        QVERIFY(view()->isVisible());
        QVERIFY(!page()->emptyResults()->isVisible());

        // The same for a server filter that matches nothing.
        auto *search = page()->findChild<QLineEdit *>(QStringLiteral("textFilter"));
        search->setText(QStringLiteral("no threat is called this 7f3a9c"));
        page()->applyFilters();
        QTRY_VERIFY_WITH_TIMEOUT(page()->emptyResults()->isVisible(), 10000);
        QCOMPARE(model()->totalCount(), qint64(0));
        clear->click();
        QVERIFY(search->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, 10000);
        QVERIFY(view()->isVisible());
    }

    // Each area has its own actions: the Threats actions leave the toolbar and the menu bar (and
    // their shortcuts stop) on the other areas.
    void toolbarShowsTheActionsOfTheAreaOnScreen()
    {
        QToolBar *toolbar = m_window->toolBar();
        selectSourceRows({0});
        QVERIFY(page()->flagAction()->isEnabled());
        QVERIFY(toolbar->actions().contains(page()->flagAction()));
        QAction *threatMenu = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == QLatin1String("&Threats"))
                threatMenu = a;
        QVERIFY(threatMenu && threatMenu->isVisible());
        for (auto area : {MainWindow::JobsArea, MainWindow::SettingsArea, MainWindow::OpenCtiArea}) {
            m_window->showArea(area);
            for (QAction *a : m_window->areaActions(MainWindow::ThreatsArea))
                QVERIFY2(!toolbar->actions().contains(a), qPrintable(a->text()));
            QVERIFY(!threatMenu->isVisible());
        }
        m_window->showArea(MainWindow::JobsArea);
        QVERIFY(
            toolbar->actions().contains(m_window->findChild<QAction *>(QStringLiteral("jobsRefreshAction"))));
        m_sim->resetStats();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(300);
        QCOMPARE(requests(QStringLiteral("POST /web/api/v2.1/threats/notes")), 0);
        m_window->showArea(MainWindow::ThreatsArea);
        QVERIFY(threatMenu->isVisible());
        for (QAction *a : m_window->areaActions(MainWindow::ThreatsArea))
            QVERIFY(toolbar->actions().contains(a));
        QVERIFY(!toolbar->actions().contains(
            m_window->findChild<QAction *>(QStringLiteral("jobsRefreshAction"))));
    }

    // "Import now" on a threat that is not flagged asks first, naming the marking it will carry; the
    // run says what it did.
    void importNowOfAnUnflaggedThreatAsksFirst()
    {
        setUpOpenCti();
        const QString id = model()->threatAt(0)->id;
        QTRY_COMPARE_WITH_TIMEOUT(model()->flagState(id), ThreatListModel::FlagState::NotFlagged, 10000);
        selectSourceRows({0});
        QTRY_VERIFY(importNowAction()->isEnabled());
        QSignalSpy imported(m_window->openCtiPage(), &OpenCtiImportPage::imported);

        importNowAction()->trigger();
        QMessageBox *ask = waitForBox("importUnflaggedConfirmation");
        QVERIFY(ask);
        QCOMPARE(ask->windowModality(), Qt::WindowModal);
        QVERIFY(ask->text() == QLatin1String("1 selected threat not flagged for OpenCTI."));
        QVERIFY(ask->informativeText().contains(QLatin1String("TLP:RED")));
        clickRole(ask, QMessageBox::RejectRole);
        QTest::qWait(200);
        QCOMPARE(imported.size(), 0);
        QCOMPARE(m_sim->openCti().store().objectsJson(QStringLiteral("incident")).size(), 0);

        importNowAction()->trigger();
        ask = waitForBox("importUnflaggedConfirmation");
        QVERIFY(ask);
        clickRole(ask, QMessageBox::AcceptRole);
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.first().first().toStringList(), QStringList {id});
        QCOMPARE(m_sim->openCti().store().objectsJson(QStringLiteral("incident")).size(), 1);

        // The run's title says what it did.
        opencti::ImportSettings settings;
        settings.onlyThreatIds = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        opencti::OpenCtiImportJob three(nullptr, nullptr, nullptr, settings);
        QCOMPARE(three.title(), QStringLiteral("Import 3 selected threats into OpenCTI"));
        opencti::OpenCtiImportJob flagged(nullptr, nullptr, nullptr, opencti::ImportSettings {});
        QCOMPARE(flagged.title(), QStringLiteral("Import flagged threats into OpenCTI"));
    }

    // No browser could be started: say so and offer the link.
    void openInConsoleWithoutBrowserOffersTheLink()
    {
        selectSourceRows({5});
        const QString id = model()->threatAt(5)->id;
        ThreatDetailPane *pane = page()->detailPane();
        QUrl asked;
        pane->setUrlOpener([&asked](const QUrl &url) {
            asked = url;
            return false;
        });
        pane->findChild<QPushButton *>(QStringLiteral("openInConsole"))->click();
        const QUrl url = m_window->connection()->client()->config().threatPage(id);
        QCOMPARE(asked, url);
        QMessageBox *box = waitForBox("openInConsoleFailed");
        QVERIFY(box);
        QApplication::clipboard()->clear();
        box->findChild<QPushButton *>(QStringLiteral("copyLink"))->click();
        QCOMPARE(QApplication::clipboard()->text(), url.toString());
    }

    void pagesLoadOnDemandAndCountsShow()
    {
        QCOMPARE(model()->rowCount(), ThreatListModel::PageSize);
        QCOMPARE(model()->totalCount(), qint64(1500));
        QVERIFY(page()->countsText().startsWith(
            QLocale().toString(1000) + QStringLiteral(" of ") + QLocale().toString(1500)));
        view()->scrollToBottom(); // the view asks for more
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1500, 10000);
        QTRY_VERIFY(page()->countsText().startsWith(QLocale().toString(1500) + QStringLiteral(" of ")));
    }

    void detailPaneShowsTheSelection()
    {
        const int row
            = rowWhere([](const s1::Threat &t) { return !t.sha256.isEmpty() && !t.indicators.isEmpty(); });
        QVERIFY(row >= 0);
        const s1::Threat t = *model()->threatAt(row);
        ThreatDetailPane *pane = page()->detailPane();
        QSignalSpy notes(pane, &ThreatDetailPane::notesLoaded);
        selectSourceRows({row});
        QCOMPARE(pane->threatId(), t.id);
        QCOMPARE(pane->fieldText(QStringLiteral("sha256")), t.sha256);
        QCOMPARE(pane->fieldText(QStringLiteral("endpoint")), t.computerName);
        QCOMPARE(pane->fieldText(QStringLiteral("ips")), t.ipAddresses().join(QStringLiteral(", ")));
        QVERIFY(notes.wait(5000));
        const auto *mitre = pane->findChild<QLabel *>(QStringLiteral("mitre"));
        QVERIFY(mitre->text().contains(QLatin1String("https://attack.mitre.org/techniques/T")));
        auto *copy = pane->findChild<QToolButton *>(QStringLiteral("sha256Copy"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), t.sha256);
    }

    void hostileTextIsPlainText()
    {
        s1::Threat hostile;
        hostile.id = QStringLiteral("1");
        hostile.name = QStringLiteral("<img src=x onerror=alert(1)><b>x</b>");
        hostile.filePath = QStringLiteral("C:\\<b>bold</b>\\evil.exe");
        ThreatDetailPane *pane = page()->detailPane();
        pane->showThreat(&hostile);
        const auto *title = pane->findChild<QLabel *>(QStringLiteral("detailTitle"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), hostile.name);
        QCOMPARE(pane->fieldText(QStringLiteral("filePath")), hostile.filePath);
        const auto *path = pane->findChild<QLabel *>(QStringLiteral("filePath"));
        QVERIFY(path);
        QCOMPARE(path->textFormat(), Qt::PlainText);
        // A seeded threat with markup-like characters comes through the table verbatim.
        const int row
            = rowWhere([](const s1::Threat &t) { return t.name.contains(u'<') || t.name.contains(u'"'); });
        QVERIFY(row >= 0);
        QCOMPARE(model()->data(model()->index(row, ThreatListModel::Name)).toString(),
            model()->threatAt(row)->displayName());
    }

    void serverFiltersReachTheConsole()
    {
        auto *status = page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("resolved")));
        Q_EMIT status->activated(status->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(
            !model()->isLoading() && model()->totalCount() > 0 && model()->totalCount() < 1500, 10000);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->threatAt(row)->incidentStatus, QStringLiteral("resolved"));
        auto *notes = page()->findChild<QCheckBox *>(QStringLiteral("notesFilter"));
        notes->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->query().noteExists.value_or(false), 10000);
        QVERIFY(model()->totalCount() < 400);
    }

    void quickFilterOverLoadedRows()
    {
        const QString needle = model()->threatAt(3)->computerName;
        // Ctrl+F reaches the quick filter
        QAction *find = nullptr;
        for (QAction *a : page()->actions())
            if (a->shortcut() == QKeySequence(QKeySequence::Find))
                find = a;
        QVERIFY(find);
        find->trigger();
        auto *quick = page()->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
        QTRY_VERIFY(quick->hasFocus());
        QTest::keyClicks(quick, needle);
        QTRY_VERIFY(page()->proxy()->rowCount() > 0 && page()->proxy()->rowCount() < model()->rowCount());
        for (int row = 0; row < page()->proxy()->rowCount(); ++row) {
            const s1::Threat *t
                = model()->threatAt(page()->proxy()->mapToSource(page()->proxy()->index(row, 0)).row());
            QVERIFY(t->computerName.contains(needle, Qt::CaseInsensitive)
                || t->name.contains(needle, Qt::CaseInsensitive)
                || t->siteName.contains(needle, Qt::CaseInsensitive)
                || t->filePath.contains(needle, Qt::CaseInsensitive));
        }
        QVERIFY(page()->countsText().startsWith(
            QLocale().toString(page()->proxy()->rowCount()) + QStringLiteral(" of ")));
    }

    void flagOneThenManyInOneRequest()
    {
        QVERIFY(!page()->flagAction()->isEnabled()); // nothing selected
        selectSourceRows({0});
        QVERIFY(page()->flagAction()->isEnabled());
        m_sim->resetStats();
        page()->flagAction()->trigger(); // one threat: no confirmation
        const QString first = model()->threatAt(0)->id;
        QTRY_COMPARE_WITH_TIMEOUT(model()->flagState(first), ThreatListModel::FlagState::Flagged, 10000);
        QCOMPARE(requests(QStringLiteral("POST /web/api/v2.1/threats/notes")), 1);

        selectSourceRows({1, 2, 3, 4});
        QVERIFY(page()->flagAction()->text().contains(QLatin1String("4 threats")));
        m_sim->resetStats();
        page()->flagAction()->trigger();
        QMessageBox *confirm = waitForBox("flagConfirmation");
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QLatin1String("4 threats")));
        clickRole(confirm, QMessageBox::AcceptRole);
        for (int row : {1, 2, 3, 4})
            QTRY_COMPARE_WITH_TIMEOUT(
                model()->flagState(model()->threatAt(row)->id), ThreatListModel::FlagState::Flagged, 10000);
        QCOMPARE(requests(QStringLiteral("POST /web/api/v2.1/threats/notes")), 1);

        QTRY_VERIFY(page()->unflagAction()->isEnabled());
        page()->unflagAction()->trigger();
        confirm = waitForBox("flagConfirmation");
        QVERIFY(confirm);
        clickRole(confirm, QMessageBox::AcceptRole);
        for (int row : {1, 2, 3, 4})
            QTRY_COMPARE_WITH_TIMEOUT(model()->flagState(model()->threatAt(row)->id),
                ThreatListModel::FlagState::NotFlagged, 10000);
    }

    void partialFailureIsReportedByThreat()
    {
        QSignalSpy failures(page(), &ThreatBrowserPage::flagFailures);
        const QString known = model()->threatAt(7)->id;
        page()->changeFlag(true, {known, QStringLiteral("999999999999999999")});
        QMessageBox *confirm = waitForBox("flagConfirmation");
        QVERIFY(confirm);
        clickRole(confirm, QMessageBox::AcceptRole);
        QVERIFY(failures.wait(10000));
        const QStringList lines = failures.first().first().toStringList();
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QLatin1String("999999999999999999")));
        QMessageBox *report = waitForBox("flagFailures");
        QVERIFY(report);
        QVERIFY(report->detailedText().contains(QLatin1String("999999999999999999")));
        QTRY_COMPARE(model()->flagState(known), ThreatListModel::FlagState::Flagged);
    }

    void exportCsvOfTheSelection()
    {
        const int row = rowWhere([](const s1::Threat &t) { return t.name.contains(u'"'); });
        QVERIFY(row >= 0);
        selectSourceRows({row, row == 0 ? 1 : 0});
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        page()->exportCsv(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 3); // header + 2 rows
        QString quoted = model()->threatAt(row)->name;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        QVERIFY2(csv.contains(quoted.toUtf8()), csv.constData());
    }

    void refreshKeepsTheSelection()
    {
        selectSourceRows({12});
        const QString id = model()->threatAt(12)->id;
        QSignalSpy refreshed(model(), &ThreatListModel::refreshed);
        const int before = requests(QStringLiteral("GET /web/api/v2.1/threats"));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(requests(QStringLiteral("GET /web/api/v2.1/threats")) > before);
        QCOMPARE(page()->selectedThreatIds(), QStringList {id});
        QCOMPARE(page()->detailPane()->threatId(), id);
    }

    void sortingGoesThroughTheApi()
    {
        view()->horizontalHeader()->setSortIndicator(ThreatListModel::Updated, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model()->isLoading() && model()->query().sortBy == QLatin1String("updatedAt"), 10000);
        QTRY_VERIFY(model()->rowCount() > 10);
        QVERIFY(!model()->query().descending);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->threatAt(row - 1)->updatedAt <= model()->threatAt(row)->updatedAt);
        // A column the console cannot sort keeps the real order.
        view()->horizontalHeader()->setSortIndicator(ThreatListModel::Verdict, Qt::AscendingOrder);
        QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), int(ThreatListModel::Updated));
    }

    void columnChoicePersists()
    {
        // Hidden columns and the widths of the short ones persist; the name takes what they leave.
        view()->horizontalHeader()->setSectionHidden(ThreatListModel::Site, true);
        view()->horizontalHeader()->resizeSection(ThreatListModel::Created, 333); // saves the state
        MainWindow another;
        QVERIFY(another.threatBrowser()->view()->horizontalHeader()->isSectionHidden(ThreatListModel::Site));
        QCOMPARE(
            another.threatBrowser()->view()->horizontalHeader()->sectionSize(ThreatListModel::Created), 333);
        view()->horizontalHeader()->setSectionHidden(ThreatListModel::Site, false);
    }

    // The analyst's path: flag a threat in the browser, Import now, see it imported in the OpenCTI
    // area with its state, and the bundle it became.
    void importNowFromTheBrowser()
    {
        storage::Database db(m_dir.filePath(QStringLiteral("gui-import.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        opencti::ImportStore store(&db);
        opencti::OpenCtiConfig cfg;
        cfg.url = m_sim->openCtiUrl();
        cfg.token = m_sim->openCtiToken();
        opencti::OpenCtiClient client(cfg);
        opencti::ImportSettings settings;
        settings.profileId = QStringLiteral("gui");
        settings.connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.bundle.consoleUrl = m_sim->baseUrl();
        settings.workPollMs = 20;
        m_window->setOpenCti(&client, &store, settings);

        const int row = rowWhere([](const s1::Threat &t) { return !t.sha256.isEmpty(); });
        const QString id = model()->threatAt(row)->id;
        selectSourceRows({row});
        page()->flagAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model()->flagState(id), ThreatListModel::FlagState::Flagged, 10000);
        QAction *importNow = m_window->findChild<QAction *>(QStringLiteral("importNowAction"));
        QVERIFY(importNow);
        QTRY_VERIFY(importNow->isEnabled());
        QSignalSpy imported(m_window->openCtiPage(), &OpenCtiImportPage::imported);
        importNow->trigger();
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.first().first().toStringList(), QStringList {id});
        QCOMPARE(m_sim->openCti().store().objectsJson(QStringLiteral("incident")).size(), 1);

        m_window->showArea(MainWindow::OpenCtiArea);
        QTableWidget *table = m_window->openCtiPage()->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Imported"));
        QCOMPARE(model()->data(model()->index(row, ThreatListModel::Imported)).toString(),
            QStringLiteral("Imported"));
        QCOMPARE(
            model()->data(model()->index(row == 0 ? 1 : 0, ThreatListModel::Imported)).toString(), QString());
        QVERIFY(m_window->openCtiPage()
                    ->findChild<QLabel *>(QStringLiteral("importCounts"))
                    ->text()
                    .startsWith(QLatin1String("Imported: 1")));
        table->setCurrentCell(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->openCtiPage()->bundlePreview().contains(QLatin1String("\"type\": \"bundle\"")), 10000);
        QVERIFY(m_window->openCtiPage()->bundlePreview().contains(id));
        m_window->setOpenCti(nullptr, nullptr, {});
    }

    void noAreaIsAPlaceholder()
    {
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->count(), 7);
        sidebar->setCurrentRow(MainWindow::IocArea);
        QVERIFY(m_window->iocPage()->isVisible());
        sidebar->setCurrentRow(MainWindow::FirewallArea);
        QVERIFY(m_window->firewallPage()->isVisible());
        sidebar->setCurrentRow(MainWindow::JobsArea);
        QVERIFY(m_window->jobsPage()->isVisible());
        sidebar->setCurrentRow(MainWindow::SettingsArea);
        QVERIFY(m_window->settingsPage()->isVisible());
        // Every area is built: none says "Coming soon".
        for (int area = 0; area < sidebar->count(); ++area) {
            sidebar->setCurrentRow(area);
            for (QLabel *label : m_window->findChildren<QLabel *>())
                QVERIFY2(!label->isVisible() || !label->text().startsWith(QLatin1String("Coming soon")),
                    qPrintable(sidebar->item(area)->text()));
        }
        sidebar->setCurrentRow(MainWindow::ThreatsArea);
        QVERIFY(view()->isVisible());
    }

    // With no selection, Export CSV writes every threat the filters match (server filter and quick
    // filter), fetching the pages not loaded yet: not just the loaded rows.
    void exportCsvExportsEveryMatchingThreat()
    {
        auto *confidence = page()->findChild<QComboBox *>(QStringLiteral("confidenceFilter"));
        confidence->setCurrentIndex(confidence->findData(QStringLiteral("malicious")));
        Q_EMIT confidence->activated(confidence->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(
            !model()->isLoading() && !model()->query().confidenceLevels.isEmpty() && model()->rowCount() > 0,
            10000);
        QVERIFY2(model()->totalCount() > model()->rowCount(), "the filter must match more than one page");
        const QString needle = model()->threatAt(0)->siteName;
        page()->findChild<QLineEdit *>(QStringLiteral("quickFilter"))->setText(needle);
        QTRY_VERIFY(page()->proxy()->rowCount() > 0 && page()->proxy()->rowCount() < model()->rowCount());
        const int loadedMatches = page()->proxy()->rowCount();
        view()->clearSelection();

        QSignalSpy messages(page(), &ThreatBrowserPage::message);
        const QString path = m_dir.filePath(QStringLiteral("every.csv"));
        page()->exportCsv(path);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(messages.cbegin(), messages.cend(),
                                     [](const QList<QVariant> &args) {
                                         return args.first().toString().startsWith(QLatin1String("Exported"));
                                     }),
            20000);

        // What should be there: every page loaded, through the same filters.
        model()->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            !model()->isLoading() && model()->rowCount() == model()->totalCount(), 20000);
        QSet<QString> expected;
        for (int row = 0; row < page()->proxy()->rowCount(); ++row)
            expected.insert(
                model()->threatAt(page()->proxy()->mapToSource(page()->proxy()->index(row, 0)).row())->id);
        QVERIFY(expected.size() > loadedMatches);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), expected.size() + 2); // header, rows, and the empty rest after the last CRLF
        QSet<QString> written;
        for (qsizetype i = 1; i + 1 < lines.size(); ++i)
            written.insert(QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(','))));
        QCOMPARE(written, expected);
    }
};

QTEST_MAIN(TestThreatBrowser)
#include "tst_threatbrowser.moc"
