// SPDX-License-Identifier: GPL-3.0-or-later
// The main window by keyboard and at every size, offscreen, against the simulator: Tab follows the
// reading order of each page and leaves tables, the Copy buttons are reachable, every action has a
// shortcut or a mnemonic, dates are never cut while the name takes the width, long values are whole
// or elided with a tooltip, and the areas not built yet stay readable at every size.
#include "ElidedLabel.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "SimServer.h"
#include "ThreatBrowserPage.h"
#include "ThreatDetailPane.h"
#include "ThreatFilterProxy.h"
#include "ThreatListModel.h"
#include "config/Translations.h"
#include "firewall/CollectionEditor.h"
#include "firewall/FirewallPage.h"
#include "ioc/IocSharingPage.h"
#include "overview/OverviewPage.h"

#include "AccessibilityCheck.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

class TestWindowLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_configHome;

    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<MainWindow> m_window;

    ThreatBrowserPage *page() const { return m_window->threatBrowser(); }
    ThreatListModel *model() const { return page()->model(); }
    QTableView *view() const { return page()->view(); }

    void open(const QSize &size)
    {
        s1::ConsoleConfig config;
        config.url = m_sim->baseUrl();
        config.token = m_sim->token();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(size);
        m_window->setConsole(QStringLiteral("Test"), config);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showArea(MainWindow::ThreatsArea); // the window starts on the Overview
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, 20000);
    }
    void selectFirstRowWithHashes()
    {
        for (int row = 0; row < page()->proxy()->rowCount(); ++row) {
            const QModelIndex index = page()->proxy()->index(row, 0);
            const s1::Threat *t = model()->threatAt(page()->proxy()->mapToSource(index).row());
            if (t && !t->sha256.isEmpty() && !t->filePath.isEmpty()) {
                view()->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        QFAIL("no threat with hashes in the first page");
    }
    // Focus widgets met pressing Tab from `start` until the focus comes back (or 200 presses).
    static QList<QWidget *> tabChain(QWidget *start)
    {
        start->setFocus(Qt::TabFocusReason);
        QList<QWidget *> chain;
        if (!QTest::qWaitFor([start] { return QApplication::focusWidget() == start; }, 2000))
            return chain;
        chain << start;
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == start)
                break;
            chain << now;
        }
        return chain;
    }
    static int indexOf(const QList<QWidget *> &chain, const QString &objectName)
    {
        for (int i = 0; i < chain.size(); ++i)
            if (chain.at(i)->objectName() == objectName)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Its own ui-state.ini (column widths, splitters): suites running side by side share no state.
        QVERIFY(m_configHome.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
        config::installTranslations(QLocale(QLocale::English));
        s1sim::SimOptions options;
        options.threats = 300;
        options.seed = 11;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen() != 0);
    }

    void cleanup() { m_window.reset(); }

    // Threats: filters, the table (once: Tab leaves it), the Copy buttons of the detail pane, its
    // notes, Open in console.
    void threatTabOrderFollowsReading()
    {
        open({1366, 768});
        selectFirstRowWithHashes();
        QTRY_VERIFY(page()->detailPane()->findChild<QToolButton *>(QStringLiteral("sha256Copy")));
        QTRY_VERIFY(
            page()->detailPane()->findChild<QToolButton *>(QStringLiteral("sha256Copy"))->isVisible());
        auto *site = page()->findChild<QComboBox *>(QStringLiteral("siteFilter"));
        QVERIFY(site);
        const QList<QWidget *> chain = tabChain(site);
        QStringList names;
        for (QWidget *w : chain)
            names << w->objectName();
        const QString seen = names.join(QLatin1String(", "));
        const int quick = indexOf(chain, QStringLiteral("quickFilter"));
        const int table = indexOf(chain, QStringLiteral("threatTable"));
        const int sha256 = indexOf(chain, QStringLiteral("sha256Copy"));
        const int threatId = indexOf(chain, QStringLiteral("threatIdCopy"));
        const int notes = indexOf(chain, QStringLiteral("notes"));
        const int openInConsole = indexOf(chain, QStringLiteral("openInConsole"));
        QVERIFY2(quick > 0 && table > quick, qPrintable(seen));
        QVERIFY2(sha256 > table && threatId > sha256, qPrintable(seen));
        QVERIFY2(notes > threatId && openInConsole > notes, qPrintable(seen));
        QCOMPARE(chain.count(view()), 1); // one Tab leaves the table
    }

    void jobsTabOrderFollowsReading()
    {
        open({1366, 768});
        m_window->showArea(MainWindow::JobsArea);
        JobsPage *jobs = m_window->jobsPage();
        const QList<QWidget *> chain
            = tabChain(jobs->findChild<QComboBox *>(QStringLiteral("jobKindFilter")));
        const int outcome = indexOf(chain, QStringLiteral("jobOutcomeFilter"));
        const int refresh = indexOf(chain, QStringLiteral("jobRefresh"));
        const int table = indexOf(chain, QStringLiteral("jobTable"));
        const int errors = indexOf(chain, QStringLiteral("jobErrors"));
        const int log = indexOf(chain, QStringLiteral("jobLog"));
        QVERIFY(outcome > 0);
        QVERIFY(refresh > outcome);
        QVERIFY(table > refresh);
        QVERIFY(errors > table);
        QVERIFY(log > errors);
    }

    // Settings: the profile's behaviour first (flag, import mode, period, Apply), then the tray and
    // the history.
    void settingsTabOrderFollowsReading()
    {
        open({1366, 768});
        config::Profile profile;
        profile.id = config::Profile::newId();
        profile.name = QStringLiteral("Acme");
        profile.consoleUrl = QUrl(QStringLiteral("https://acme.sentinelone.net"));
        m_window->settingsPage()->setProfile(profile);
        m_window->showArea(MainWindow::SettingsArea);
        auto *flag = m_window->settingsPage()->findChild<QLineEdit *>(QStringLiteral("settingsFlag"));
        flag->setText(QStringLiteral("[changed]")); // Revert and Apply enabled: in the chain
        const QList<QWidget *> chain = tabChain(flag);
        QStringList names;
        for (QWidget *w : chain)
            names << w->objectName();
        const QString seen = names.join(QLatin1String(", "));
        const int amount = indexOf(chain, QStringLiteral("durationAmount"));
        const int unit = indexOf(chain, QStringLiteral("durationUnit"));
        const int apply = indexOf(chain, QStringLiteral("settingsApply"));
        const int retention = indexOf(chain, QStringLiteral("retentionDays"));
        QVERIFY2(amount > 0 && unit > amount && apply > unit && retention > apply, qPrintable(seen));
    }

    // Every action of the menus and of each area's toolbar: a shortcut or a mnemonic; the ones with a
    // shortcut are listed in Help > Keyboard shortcuts.
    void everyActionHasAShortcutOrMnemonic()
    {
        open({1366, 768});
        QList<QAction *> actions;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->menu())
                    walk(a->menu());
                else if (!a->isSeparator())
                    actions << a;
            }
        };
        for (QAction *a : m_window->menuBar()->actions()) {
            QVERIFY2(a->text().contains(u'&'), qPrintable(a->text()));
            walk(a->menu());
        }
        for (int area = 0; area < MainWindow::SettingsArea + 1; ++area) {
            m_window->showArea(MainWindow::Area(area));
            for (QAction *a : m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"))->actions())
                if (!a->isSeparator() && !qobject_cast<QWidgetAction *>(a) && !a->text().isEmpty())
                    actions << a;
        }
        actions << page()->view()->actions();
        QVERIFY(actions.size() > 12);
        for (QAction *a : std::as_const(actions)) {
            const bool mnemonic = a->text().contains(QRegularExpression(QStringLiteral("&[^&]")));
            QVERIFY2(mnemonic || !a->shortcut().isEmpty(), qPrintable(a->text()));
        }
        // Threats menu: no two actions share a mnemonic letter.
        QMenu *threats = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == QLatin1String("&Threats"))
                threats = a->menu();
        QVERIFY(threats);
        QSet<QChar> letters;
        for (QAction *a : threats->actions()) {
            if (a->isSeparator())
                continue;
            const qsizetype amp = a->text().indexOf(u'&');
            QVERIFY2(amp >= 0 && !letters.contains(a->text().at(amp + 1).toLower()), qPrintable(a->text()));
            letters.insert(a->text().at(amp + 1).toLower());
        }
    }

    // Alt+letter does what it says on every page: the mnemonics shown at once (the menu bar's, the
    // area's tabs, its buttons, its labelled fields) never share a letter (Qt would only move the
    // focus between the clashing controls, as Alt+T did between Threats and Test).
    void mnemonicsAreUniqueOnEveryPage()
    {
        open({1366, 768});
        const auto letterOf = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == u'&') {
                    if (text.at(i + 1) != u'&')
                        return text.at(i + 1).toLower();
                    ++i;
                }
            }
            return {};
        };
        const auto check = [&](const QString &page) {
            QHash<QChar, QStringList> seen;
            for (QAction *a : m_window->menuBar()->actions())
                seen[letterOf(a->text())] << u"menu "_s + a->text();
            for (const QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
                if (b->isVisible() && !letterOf(b->text()).isNull())
                    seen[letterOf(b->text())] << b->text();
            }
            for (const QLabel *l : m_window->findChildren<QLabel *>()) {
                if (l->isVisible() && l->buddy() && !letterOf(l->text()).isNull())
                    seen[letterOf(l->text())] << l->text();
            }
            for (const QTabBar *bar : m_window->findChildren<QTabBar *>()) {
                if (!bar->isVisible())
                    continue;
                for (int i = 0; i < bar->count(); ++i)
                    if (!letterOf(bar->tabText(i)).isNull())
                        seen[letterOf(bar->tabText(i))] << u"tab "_s + bar->tabText(i);
            }
            seen.remove(QChar());
            QStringList clashes;
            for (auto it = seen.cbegin(); it != seen.cend(); ++it)
                if (it.value().size() > 1)
                    clashes << it.value().join(u" / "_s);
            clashes.sort();
            return clashes.isEmpty() ? QString() : page + u": "_s + clashes.join(u"; "_s);
        };
        QStringList problems;
        for (int area = 0; area <= MainWindow::SettingsArea; ++area) {
            m_window->showArea(MainWindow::Area(area));
            if (area == MainWindow::IocArea) {
                QTabWidget *tabs = m_window->iocPage()->tabs();
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    problems << check(u"IOC sharing, "_s + tabs->tabText(tab));
                }
                continue;
            }
            problems << check(QString::number(area));
        }
        problems.removeAll(QString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Short columns as wide as their contents and never cut; the name takes the rest (and keeps a
    // readable width on a small screen, the table scrolling sideways).
    void datesAreNeverCutAndTheNameStretches_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void datesAreNeverCutAndTheNameStretches()
    {
        QFETCH(QSize, size);
        open(size);
        QHeaderView *header = view()->horizontalHeader();
        auto *asView = static_cast<QAbstractItemView *>(view());
        for (int column :
            {int(ThreatListModel::Created), int(ThreatListModel::Updated), int(ThreatListModel::Site),
                int(ThreatListModel::Verdict), int(ThreatListModel::Classification)}) {
            QVERIFY2(header->sectionSize(column) >= asView->sizeHintForColumn(column),
                qPrintable(QStringLiteral("column %1: %2 < %3")
                               .arg(column)
                               .arg(header->sectionSize(column))
                               .arg(asView->sizeHintForColumn(column))));
        }
        int others = 0;
        for (int c = 0; c < header->count(); ++c)
            if (c != ThreatListModel::Name && !header->isSectionHidden(c))
                others += header->sectionSize(c);
        const int name = header->sectionSize(ThreatListModel::Name);
        QVERIFY2(name >= view()->fontMetrics().horizontalAdvance(QStringLiteral("x")) * 24,
            qPrintable(QString::number(name)));
        QStringList widths;
        for (int c = 0; c < header->count(); ++c)
            widths << QStringLiteral("%1=%2").arg(c).arg(header->sectionSize(c));
        qInfo() << "viewport" << view()->viewport()->width() << widths;
        // The name fills what the others leave (or keeps its readable minimum, the table scrolling).
        QCOMPARE(name,
            std::max(view()->fontMetrics().horizontalAdvance(QStringLiteral("x")) * 24,
                view()->viewport()->width() - others));
    }

    // Hashes, paths and ids in the detail pane: whole, or elided with an ellipsis and the whole
    // value as tooltip; never cut at the edge.
    void longValuesAreWholeOrElided()
    {
        open({1024, 640});
        selectFirstRowWithHashes();
        ThreatDetailPane *pane = page()->detailPane();
        QTRY_VERIFY(pane->findChild<ElidedLabel *>(QStringLiteral("sha256"))
            && pane->findChild<ElidedLabel *>(QStringLiteral("sha256"))->isVisible());
        const QList<int> widths {180, 260, 700};
        for (int width : widths) {
            auto *splitter = page()->findChild<QSplitter *>();
            splitter->setSizes({m_window->width() - width, width});
            QTest::qWait(50); // the layouts settle
            for (const char *name : {"sha256", "sha1", "md5", "filePath", "threatId"}) {
                auto *label = pane->findChild<ElidedLabel *>(QLatin1String(name));
                if (!label)
                    continue;
                const QString full = label->fullText();
                QCOMPARE(pane->fieldText(QLatin1String(name)), full);
                if (label->text() == full) {
                    QVERIFY2(label->fontMetrics().horizontalAdvance(full) <= label->contentsRect().width(),
                        qPrintable(QStringLiteral("%1 cut at %2 px").arg(QLatin1String(name)).arg(width)));
                } else {
                    QVERIFY2(label->text().contains(QChar(0x2026)), qPrintable(label->text()));
                    QCOMPARE(label->toolTip(), full);
                }
            }
            if (width == 180) // 64 digits do not fit a narrow pane
                QVERIFY(pane->findChild<ElidedLabel *>(QStringLiteral("sha256"))->isElided());
            if (width == 700) // and are whole in a wide one
                QVERIFY(!pane->findChild<ElidedLabel *>(QStringLiteral("sha256"))->isElided());
        }
    }

    // Each area its own toolbar actions: the Threats actions only on Threats, the Firewall's and the
    // IOC area's from their pages, the Overview's Refresh and Run all; the Threats menu only on Threats.
    void toolbarFollowsTheArea()
    {
        open({1366, 768});
        QToolBar *toolbar = m_window->toolBar();
        QAction *threatMenu = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == QLatin1String("&Threats"))
                threatMenu = a;
        QVERIFY(threatMenu);
        const QList<QAction *> overview = m_window->overviewPage()->toolbarActions();
        const QList<QAction *> firewall = m_window->firewallPage()->toolbarActions();
        const QList<QAction *> ioc = m_window->iocPage()->toolbarActions();
        QCOMPARE(overview.size(), 2);
        QCOMPARE(firewall.size(), 3);
        QCOMPARE(ioc.size(), 3);
        const auto shows = [toolbar](const QList<QAction *> &actions) {
            return std::all_of(actions.cbegin(), actions.cend(),
                [toolbar](QAction *a) { return toolbar->actions().contains(a); });
        };
        const auto showsNone = [toolbar](const QList<QAction *> &actions) {
            return std::none_of(actions.cbegin(), actions.cend(),
                [toolbar](QAction *a) { return toolbar->actions().contains(a); });
        };
        m_window->showArea(MainWindow::ThreatsArea);
        QVERIFY(toolbar->actions().contains(page()->flagAction()));
        QVERIFY(showsNone(overview) && showsNone(firewall) && showsNone(ioc));
        QVERIFY(threatMenu->isVisible());
        m_window->showArea(MainWindow::FirewallArea);
        QVERIFY(shows(firewall));
        QVERIFY(!toolbar->actions().contains(page()->flagAction()));
        QVERIFY(showsNone(overview) && showsNone(ioc));
        QVERIFY(!threatMenu->isVisible());
        m_window->showArea(MainWindow::OverviewArea);
        QVERIFY(shows(overview));
        QVERIFY(!toolbar->actions().contains(page()->flagAction()));
        QVERIFY(showsNone(firewall) && showsNone(ioc));
        QVERIFY(!threatMenu->isVisible());
        m_window->showArea(MainWindow::IocArea);
        QVERIFY(shows(ioc));
        QVERIFY(showsNone(overview) && showsNone(firewall));
        QVERIFY(!toolbar->actions().contains(page()->flagAction()));
        // The toolbar's copies do what the page's buttons do: New collection starts one in the editor.
        m_window->showArea(MainWindow::FirewallArea);
        QCOMPARE(firewall.first()->isEnabled(), m_window->firewallPage()->newButton()->isEnabled());
    }

    // Every control a user can reach on every page (and every tab of the IOC area) has a name a
    // screen reader can say: its accessible name, its own text, or the label it is the buddy of.
    void everyControlHasAnAccessibleName()
    {
        open({1366, 768});
        selectFirstRowWithHashes(); // the detail pane's controls shown too
        QStringList problems;
        for (int area = 0; area <= MainWindow::SettingsArea; ++area) {
            m_window->showArea(MainWindow::Area(area));
            QApplication::processEvents();
            if (area == MainWindow::IocArea) {
                QTabWidget *tabs = m_window->iocPage()->tabs();
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    QApplication::processEvents();
                    problems << AccessibilityCheck::unnamedControls(m_window.get());
                }
                continue;
            }
            if (area == MainWindow::FirewallArea) { // the collection editor's tabs
                QTabWidget *tabs = m_window->firewallPage()->editor()->tabs();
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    QApplication::processEvents();
                    problems << AccessibilityCheck::unnamedControls(m_window.get());
                }
                continue;
            }
            problems << AccessibilityCheck::unnamedControls(m_window.get());
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The Overview at a small and a large screen: the title, the connection line and the jobs table
    // are shown whole, nothing pushed out of the window.
    void overviewFitsEverySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }
    void overviewFitsEverySize()
    {
        QFETCH(QSize, size);
        open(size);
        m_window->showArea(MainWindow::OverviewArea);
        OverviewPage *overview = m_window->overviewPage();
        QTRY_VERIFY(overview->isVisible());
        QTest::qWait(50);
        for (const char *name : {"overviewTitle", "overviewConnection", "overviewJobs", "overviewRunNow",
                 "overviewShowInJobs", "overviewCheck"}) {
            auto *w = overview->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w && w->isVisible(), name);
            const QRect r(w->mapTo(overview, QPoint(0, 0)), w->size());
            QVERIFY2(overview->rect().contains(r), name);
        }
        QVERIFY(overview->jobTable()->height() >= overview->jobTable()->fontMetrics().height() * 4);
    }

    // Every area is built: none is a "Coming soon" placeholder, at any size.
    void noAreaIsAPlaceholder()
    {
        open({1024, 640});
        for (int area = 0; area <= MainWindow::SettingsArea; ++area) {
            m_window->showArea(MainWindow::Area(area));
            QApplication::processEvents();
            for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("comingSoon")))
                QVERIFY2(!label->isVisible(), qPrintable(label->text()));
            for (QLabel *label : m_window->findChildren<QLabel *>())
                QVERIFY2(!label->isVisible() || !label->text().startsWith(QLatin1String("Coming soon")),
                    qPrintable(label->text()));
        }
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
