// SPDX-License-Identifier: GPL-3.0-or-later
// The Firewall area (src/gui/firewall: FirewallPage, CollectionEditor, EntryTableModel,
// EntryImportDialog, TargetsEditor, PlanView, CollectionListModel) with real widgets (offscreen), a
// real SQLite store, the scheduler and the in-process simulator console: a refused entry is named
// and blocks Save; the paste preview lists every refused line and Cancel stores nothing; a site
// target chosen from the console's live list; Plan shows the creates and changes nothing; Export
// through the scheduler creates exactly those rules (recorded in Jobs); a second Plan shows them
// unchanged; Delete is refused while they remain; Withdraw removes them.
#include "CollectionEditor.h"
#include "CollectionListModel.h"
#include "EntryImportDialog.h"
#include "EntryTableModel.h"
#include "FirewallPage.h"
#include "PlanView.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "TargetsEditor.h"
#include "exchange/IocStore.h"
#include "firewall/FirewallStore.h"
#include "jobs/Scheduler.h"
#include "s1/ListJobs.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace firewall;
using namespace Qt::StringLiterals;
using Mode = FirewallExportJob::Mode;

class TestFirewallPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<FirewallStore> m_store;
    std::unique_ptr<exchange::IocStore> m_iocStore;
    std::unique_ptr<storage::JobHistory> m_history;
    std::unique_ptr<jobs::Scheduler> m_scheduler;
    std::unique_ptr<session::TaskRegistry> m_registry;
    std::unique_ptr<session::ProfileSession> m_session;
    int m_dbCount = 0;

    s1::ConsoleConfig consoleConfig() const
    {
        s1::ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = m_sim->token();
        c.transport.timeoutMs = 10000;
        c.transport.backoffBaseMs = 20;
        c.transport.backoffMaxMs = 200;
        return c;
    }

    FirewallAreaContext context() const
    {
        FirewallAreaContext c;
        c.store = m_store.get();
        c.registry = m_registry.get();
        c.iocStore = m_iocStore.get();
        c.session = m_session.get();
        c.history = m_history.get();
        c.profiles = {{u"p1"_s, u"Test console"_s}};
        return c;
    }

    // The first visible mnemonic letter of a text ("&&" is a literal ampersand).
    static QChar letterOf(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return {};
    }

    // The mnemonics visible on the page, with the main window's menu bar letters: none twice.
    static QString mnemonicClashes(QWidget *page)
    {
        QHash<QChar, QStringList> seen;
        for (const QString &menu : {u"&Profile"_s, u"&Threats"_s, u"&View"_s, u"&Help"_s})
            seen[letterOf(menu)] << menu;
        for (const QAbstractButton *b : page->findChildren<QAbstractButton *>())
            if (b->isVisible() && !letterOf(b->text()).isNull())
                seen[letterOf(b->text())] << b->text();
        for (const QTabBar *bar : page->findChildren<QTabBar *>())
            if (bar->isVisible())
                for (int i = 0; i < bar->count(); ++i)
                    if (!letterOf(bar->tabText(i)).isNull())
                        seen[letterOf(bar->tabText(i))] << bar->tabText(i);
        QStringList clashes;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            if (it.value().size() > 1)
                clashes << it.value().join(u" / "_s);
        return clashes.join(u"; "_s);
    }

    QList<s1::FirewallRule> consoleRules(const QString &siteId)
    {
        s1::FirewallRuleFilter filter;
        filter.scope = s1::IocScope::site(siteId);
        s1::FirewallRuleListJob job(m_session->client(), filter);
        QSignalSpy done(&job, &jobs::Job::finished);
        job.start();
        if (!job.isFinished() && !done.wait(10000))
            return {};
        return job.rules();
    }

    // Clicks Yes in the page's open message box of that name.
    static bool confirm(QWidget *page, const QString &name)
    {
        for (QMessageBox *box : page->findChildren<QMessageBox *>(name)) {
            if (box->isVisible()) { // an earlier one may wait for its deferred delete
                box->button(QMessageBox::Yes)->click();
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        s1sim::SimOptions options;
        options.threats = 3;
        options.seed = 5;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"fw-%1.sqlite"_s.arg(++m_dbCount)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<FirewallStore>(m_db.get());
        m_iocStore = std::make_unique<exchange::IocStore>(m_db.get());
        m_history = std::make_unique<storage::JobHistory>(m_db.get());
        m_scheduler = std::make_unique<jobs::Scheduler>();
        m_scheduler->setHistory(m_history.get());
        m_registry = std::make_unique<session::TaskRegistry>(m_scheduler.get(), nullptr);
        m_registry->setIocStore(m_iocStore.get());
        m_registry->setFirewallStore(m_store.get());
        config::Profile profile;
        profile.id = u"p1"_s;
        profile.name = u"Test console"_s;
        m_session = std::make_unique<session::ProfileSession>(
            profile, consoleConfig(), std::nullopt, opencti::ImportSettings {});
        QCOMPARE(m_session->state(), session::ProfileSession::State::Ready);
    }

    void cleanup()
    {
        m_session.reset();
        m_registry.reset();
        m_scheduler.reset();
        m_history.reset();
        m_iocStore.reset();
        m_store.reset();
        m_db.reset();
        m_sim.reset();
    }

    // A refused entry is named in the table and among the problems, and Save stores nothing until it
    // is removed. Fits 1024x640; every button has a mnemonic, none clashing on any tab.
    void editorNamesARefusedEntryAndRefusesToSave()
    {
        FirewallPage page;
        QAbstractItemModelTester listTester(page.model());
        QAbstractItemModelTester entryTester(page.editor()->entryModel());
        page.setContext(context());
        page.resize(1024, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // In a 1024x640 window the page gets what the sidebar (170 px), the menu, tool and status bars
        // leave: about 850x500.
        QVERIFY2(page.minimumSizeHint().width() <= 840 && page.minimumSizeHint().height() <= 480,
            qPrintable(u"%1x%2"_s.arg(page.minimumSizeHint().width()).arg(page.minimumSizeHint().height())));
        for (const QPushButton *button : page.findChildren<QPushButton *>())
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        CollectionEditor *editor = page.editor();
        for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
            editor->tabs()->setCurrentIndex(tab);
            const QString clashes = mnemonicClashes(&page);
            QVERIFY2(clashes.isEmpty(), qPrintable(editor->tabs()->tabText(tab) + u": "_s + clashes));
        }
        editor->tabs()->setCurrentIndex(CollectionEditor::EntriesTab);

        page.newButton()->click();
        editor->nameEdit()->setText(u"scanners"_s);
        editor->entryEdit()->setText(u"198.51.100.7"_s);
        editor->addEntryButton()->click();
        editor->entryEdit()->setText(u"300.1.2.3"_s);
        QTest::keyClick(editor->entryEdit(), Qt::Key_Return);
        EntryTableModel *entries = editor->entryModel();
        QCOMPARE(entries->rowCount(), 2);
        QCOMPARE(entries->refusedCount(), 1);
        const QString reason = entries->index(1, EntryTableModel::Problem).data().toString();
        QVERIFY2(reason.contains(u"300.1.2.3"_s), qPrintable(reason));
        QVERIFY(entries->index(0, EntryTableModel::Problem).data().toString().isEmpty());
        QVERIFY(entries->index(0, EntryTableModel::Kind).data().toString().contains(u"198.51.100.7"_s));
        QVERIFY2(editor->problemLabel()->text().contains(u"Entry 2"_s),
            qPrintable(editor->problemLabel()->text()));
        QVERIFY(editor->problemLabel()->text().contains(reason));

        QVERIFY(editor->saveButton()->isEnabled());
        editor->saveButton()->click();
        QVERIFY(m_store->collections().isEmpty());
        QVERIFY(editor->problemLabel()->text().startsWith(u"Not saved"_s));
        QCOMPARE(page.model()->rowCount(), 0);

        // Several rows at once, not next to each other.
        editor->entryEdit()->setText(u"198.51.100.8 198.51.100.9 198.51.100.10"_s);
        editor->addEntryButton()->click();
        QCOMPARE(entries->rowCount(), 5);
        editor->entryView()->selectionModel()->select(
            entries->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        editor->entryView()->selectionModel()->select(
            entries->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        editor->entryView()->selectionModel()->select(
            entries->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        editor->removeEntriesButton()->click();
        QCOMPARE(entries->entries(), (QStringList {u"198.51.100.7"_s, u"198.51.100.8"_s}));
        editor->entryView()->selectRow(1);
        editor->removeEntriesButton()->click();
        QCOMPARE(entries->rowCount(), 1);
        QVERIFY(editor->problems().isEmpty());
        QVERIFY(editor->save());
        const auto stored = m_store->collection(u"scanners"_s);
        QVERIFY(stored);
        QCOMPARE(stored->entries, QStringList {u"198.51.100.7"_s});
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, CollectionListModel::Name).data().toString(), u"scanners"_s);
        QCOMPARE(page.model()->index(0, CollectionListModel::Entries).data().toString(), u"1"_s);
        QCOMPARE(
            page.model()->index(0, CollectionListModel::LastExport).data().toString(), u"never exported"_s);
        QVERIFY(!editor->isModified());
        // A protected entry that does not read is a problem too.
        editor->tabs()->setCurrentIndex(CollectionEditor::ProtectedTab);
        editor->ownEdit()->setText(u"10.0.0.0/40"_s);
        editor->findChild<QPushButton *>(u"addOwnNetworkButton"_s)->click();
        QVERIFY2(editor->problems().join(u' ').contains(u"10.0.0.0/40"_s),
            qPrintable(editor->problems().join(u' ')));
        QVERIFY(!editor->save());
        editor->revertButton()->click();
        QCOMPARE(editor->ownList()->count(), 0);
        QVERIFY(editor->problems().isEmpty());
    }

    // The paste preview lists what will be added and every refused line with its reason; Cancel
    // stores nothing and adds nothing; OK adds to the editor (Save stores).
    void importPreviewListsEveryRefusedLine()
    {
        FirewallPage page;
        page.setContext(context());
        page.resize(1024, 640);
        page.show();
        CollectionEditor *editor = page.editor();
        page.newButton()->click();
        editor->nameEdit()->setText(u"pasted"_s);
        editor->entryEdit()->setText(u"203.0.113.1"_s);
        editor->addEntryButton()->click();
        QVERIFY(editor->save());

        editor->importButton()->click();
        EntryImportDialog *dialog = editor->importDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QAbstractItemModelTester rejectedTester(dialog->rejectedTable()->model());
        dialog->setText(u"203.0.113.1\nnot-an-address\n203.0.113.9 # gateway scanner\n10.0.0.0/33\n"
                        "\n203.0.113.20-203.0.113.30\n"_s);
        QCOMPARE(dialog->entries(), (QStringList {u"203.0.113.9"_s, u"203.0.113.20-203.0.113.30"_s}));
        QCOMPARE(dialog->addList()->count(), 2);
        QTableWidget *rejected = dialog->rejectedTable();
        QCOMPARE(rejected->rowCount(), 2);
        QCOMPARE(rejected->item(0, 0)->text(), u"2"_s);
        QCOMPARE(rejected->item(0, 1)->text(), u"not-an-address"_s);
        QVERIFY(rejected->item(0, 2)->text().contains(u"not-an-address"_s));
        QCOMPARE(rejected->item(1, 0)->text(), u"4"_s);
        QVERIFY2(rejected->item(1, 2)->text().contains(u"33"_s), qPrintable(rejected->item(1, 2)->text()));
        QVERIFY2(
            dialog->summaryLabel()->text().contains(u"2 entr"_s), qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(dialog->summaryLabel()->text().contains(u"1 already in the collection"_s));
        QVERIFY(dialog->summaryLabel()->text().contains(u"2 line"_s));
        dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!editor->importDialog());
        QCOMPARE(editor->entryModel()->rowCount(), 1);
        QCOMPARE(m_store->collection(u"pasted"_s)->entries, QStringList {u"203.0.113.1"_s});

        // A file through the same preview; OK adds, Save stores.
        QFile file(m_dir.filePath(u"list.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ip,comment\n198.51.100.40,scanner\nbad,row\n");
        file.close();
        editor->importButton()->click();
        dialog = editor->importDialog();
        QVERIFY(dialog->readFile(file.fileName()));
        QCOMPARE(dialog->entries(), QStringList {u"198.51.100.40"_s});
        QCOMPARE(dialog->rejectedTable()->rowCount(), 1);
        QCOMPARE(dialog->rejectedTable()->item(0, 0)->text(), u"3"_s);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!editor->importDialog());
        QCOMPARE(editor->entryModel()->entries(), (QStringList {u"203.0.113.1"_s, u"198.51.100.40"_s}));
        QCOMPARE(m_store->collection(u"pasted"_s)->entries.size(), 1);
        QVERIFY(editor->save());
        QCOMPARE(m_store->collection(u"pasted"_s)->entries.size(), 2);
    }

    // The whole path: template and a site from the live list, Plan, Export through the scheduler,
    // Plan again, Delete refused, Withdraw.
    void planExportWithdraw()
    {
        FirewallPage page;
        QAbstractItemModelTester listTester(page.model());
        page.setContext(context());
        page.resize(1024, 640);
        page.show();
        CollectionEditor *editor = page.editor();
        QAbstractItemModelTester planTester(editor->planView()->model());
        TargetsEditor *targets = editor->targetsEditor();
        QSignalSpy loaded(targets, &TargetsEditor::targetsLoaded);
        page.newButton()->click();
        editor->nameEdit()->setText(u"scanners"_s);
        QStringList typed;
        for (int i = 0; i < 12; ++i) // odd addresses: nothing to aggregate
            typed << u"198.51.100.%1"_s.arg(2 * i + 1);
        editor->entryEdit()->setText(typed.join(u' '));
        editor->addEntryButton()->click();
        QCOMPARE(editor->entryModel()->rowCount(), 12);

        editor->tabs()->setCurrentIndex(CollectionEditor::RuleTab);
        editor->descriptionEdit()->setText(u"Scanners seen at the edge"_s);
        editor->actionCombo()->setCurrentText(u"Block"_s);
        editor->directionCombo()->setCurrentText(u"inbound"_s);
        editor->osBox(u"windows"_s)->setChecked(true);
        editor->osBox(u"linux"_s)->setChecked(true);
        editor->maxEntriesSpin()->setValue(5);
        // Aggregation follows the action's default (on for Block, off for Allow) until chosen.
        editor->actionCombo()->setCurrentText(u"Allow"_s);
        QVERIFY(!editor->aggregateBox()->isChecked());
        QVERIFY(!editor->collection().aggregate.has_value());
        editor->actionCombo()->setCurrentText(u"Block"_s);
        QVERIFY(editor->aggregateBox()->isChecked());
        editor->aggregateBox()->click();
        QVERIFY(!editor->aggregateBox()->isChecked());

        editor->tabs()->setCurrentIndex(CollectionEditor::TargetsTab);
        if (targets->loading())
            QVERIFY(loaded.wait(10000));
        targets->scopeKindCombo()->setCurrentIndex(
            targets->scopeKindCombo()->findData(int(s1::IocScope::Kind::Site)));
        const QString siteId = m_sim->tenant().siteId(0);
        const int siteRow = targets->targetCombo()->findData(siteId);
        QVERIFY2(siteRow >= 0, qPrintable(siteId));
        QCOMPARE(targets->targetCombo()->count(), m_sim->tenant().siteCount());
        targets->targetCombo()->setCurrentIndex(siteRow);
        targets->addButton()->click();
        QCOMPARE(targets->targets().size(), 1);
        QCOMPARE(targets->targets().first().scope, s1::IocScope::site(siteId));
        QVERIFY(targets->targetList()->item(0)->text().contains(m_sim->tenant().siteName(0)));
        QVERIFY(!targets->addChosen()); // the same scope twice is refused
        QCOMPARE(targets->targets().size(), 1);
        QVERIFY(editor->save());
        const auto stored = m_store->collection(u"scanners"_s);
        QVERIFY(stored);
        QCOMPARE(stored->targets.size(), 1);
        QCOMPARE(stored->rule.direction, u"inbound"_s);
        QCOMPARE(stored->rule.osTypes, (QStringList {u"windows"_s, u"linux"_s}));
        QCOMPARE(stored->maxEntries, 5);
        QCOMPARE(stored->aggregate, std::optional<bool>(false));

        // Plan: three rules to create, nothing sent.
        QSignalSpy done(&page, &FirewallPage::jobDone);
        QVERIFY(page.planButton()->isEnabled());
        page.planButton()->click();
        QVERIFY(page.isRunning());
        QVERIFY(!page.exportButton()->isEnabled());
        QVERIFY(done.wait(15000));
        QCOMPARE(done.last().at(0).value<Mode>(), Mode::DryRun);
        QVERIFY(done.last().at(1).toBool());
        PlanView *plan = editor->planView();
        QCOMPARE(editor->tabs()->currentIndex(), int(CollectionEditor::PlanTab));
        QCOMPARE(plan->targetCount(), 1);
        QCOMPARE(plan->actionCount(0, u"create"_s), 3);
        QCOMPARE(plan->actionCount(0, u"unchanged"_s), 0);
        QVERIFY2(plan->summaryLabel()->text().contains(u"12 entries in 3 rule"_s),
            qPrintable(plan->summaryLabel()->text()));
        QVERIFY(plan->model()->item(0, 1)->text().startsWith(u"3 create"_s));
        QVERIFY2(plan->model()->item(0)->text().contains(m_sim->tenant().siteName(0)),
            qPrintable(plan->model()->item(0)->text()));
        QCOMPARE(plan->model()->item(0)->child(0, 1)->text(), u"\"scanners (1)\", 5 entries"_s);
        QCOMPARE(m_sim->firewallRuleCount(), 0);
        QCOMPARE(m_sim->firewallPostsReceived(), 0);
        QVERIFY(m_history->list().isEmpty()); // a dry run is not a recorded run

        // Export through the scheduler: exactly those rules, recorded in Jobs.
        QSignalSpy started(m_scheduler.get(), &jobs::Scheduler::jobStarted);
        page.adoptBox()->setChecked(false);
        page.exportButton()->click();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(0).value<Mode>(), Mode::Export);
        QVERIFY2(done.last().at(1).toBool(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(started.size(), 1);
        QCOMPARE(m_sim->firewallRuleCount(), 3);
        QCOMPARE(m_sim->firewallPostsReceived(), 3);
        const QList<s1::FirewallRule> rules = consoleRules(siteId);
        QCOMPARE(rules.size(), 3);
        QStringList names;
        int entries = 0;
        for (const s1::FirewallRule &r : rules) {
            names << r.name;
            entries += r.entryCount();
            QCOMPARE(r.direction, u"inbound"_s);
            QCOMPARE(r.action, u"Block"_s);
        }
        names.sort();
        QCOMPARE(names, (QStringList {u"scanners (1)"_s, u"scanners (2)"_s, u"scanners (3)"_s}));
        QCOMPARE(entries, 12);
        const QList<storage::JobRun> runs = m_history->list();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().kind, FirewallExportJob::kindFor(u"scanners"_s));
        QCOMPARE(plan->actionCount(0, u"create"_s), 3); // the outcome shows what was done
        QCOMPARE(page.model()->index(0, CollectionListModel::Rules).data().toString(), u"3"_s);
        QVERIFY2(page.model()->index(0, CollectionListModel::LastExport).data().toString().contains(siteId),
            qPrintable(page.model()->index(0, CollectionListModel::LastExport).data().toString()));

        // A second plan: everything unchanged.
        page.planButton()->click();
        QVERIFY(done.wait(15000));
        QCOMPARE(plan->actionCount(0, u"unchanged"_s), 3);
        QCOMPARE(plan->actionCount(0, u"create"_s), 0);
        QCOMPARE(m_sim->firewallPostsReceived(), 3);
        QCOMPARE(m_sim->firewallPutsReceived(), 0);

        // Delete is refused while the rules remain, with the store's sentence.
        page.deleteButton()->click();
        QVERIFY(confirm(&page, u"deleteCollectionBox"_s));
        QVERIFY(m_store->collection(u"scanners"_s));
        QVERIFY(!page.messageLabel()->text().isEmpty());
        QVERIFY2(page.messageLabel()->text().contains(u"withdraw"_s, Qt::CaseInsensitive),
            qPrintable(page.messageLabel()->text()));

        // Withdraw, confirmed: the rules are gone; then the collection may go.
        page.withdrawButton()->click();
        QVERIFY(confirm(&page, u"withdrawBox"_s));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(0).value<Mode>(), Mode::Withdraw);
        QVERIFY2(done.last().at(1).toBool(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(m_sim->firewallRuleCount(), 0);
        QVERIFY(consoleRules(siteId).isEmpty());
        QCOMPARE(m_history->list().size(), 2);
        page.deleteButton()->click();
        QVERIFY(confirm(&page, u"deleteCollectionBox"_s));
        QVERIFY(!m_store->collection(u"scanners"_s));
        QCOMPARE(page.model()->rowCount(), 0);
    }

    // Files, URLs and the IOCs of an exchange source are kept as sources of the collection.
    void sourcesAreStored()
    {
        exchange::IocSource feed;
        feed.profileId = u"p1"_s;
        feed.name = u"scanner feed"_s;
        feed.kind = u"feed"_s;
        feed.settings = QJsonObject {{u"file"_s, m_dir.filePath(u"none.txt"_s)}};
        QString error;
        QVERIFY2(m_iocStore->saveSource(&feed, &error), qPrintable(error));
        FirewallPage page;
        page.setContext(context());
        page.show();
        CollectionEditor *editor = page.editor();
        page.newButton()->click();
        editor->nameEdit()->setText(u"from sources"_s);
        editor->tabs()->setCurrentIndex(CollectionEditor::SourcesTab);
        editor->sourceEdit()->setText(m_dir.filePath(u"list.txt"_s));
        editor->addSourceButton()->click();
        editor->sourceEdit()->setText(u"https://example.org/scanners.txt"_s);
        editor->addSourceButton()->click();
        QCOMPARE(editor->iocSourceList()->count(), 1);
        QCOMPARE(editor->iocSourceList()->item(0)->text(), u"scanner feed"_s);
        editor->iocSourceList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(editor->iocRuleCombo()->currentData().toString(), QString()); // every IPv4/IPv6 IOC
        editor->addIocSourceButton()->click();
        QCOMPARE(editor->sourceList()->count(), 3);
        QVERIFY2(editor->save(), qPrintable(editor->problemLabel()->text()));
        const auto stored = m_store->collection(u"from sources"_s);
        QVERIFY(stored);
        QCOMPARE(stored->sources.size(), 3);
        QCOMPARE(stored->sources.at(0).kind, CollectionSource::Kind::File);
        QCOMPARE(stored->sources.at(0).path, m_dir.filePath(u"list.txt"_s));
        QCOMPARE(stored->sources.at(1).kind, CollectionSource::Kind::Url);
        QCOMPARE(stored->sources.at(1).url, QUrl(u"https://example.org/scanners.txt"_s));
        QCOMPARE(stored->sources.at(2).kind, CollectionSource::Kind::Iocs);
        QCOMPARE(stored->sources.at(2).iocSources, QStringList {u"scanner feed"_s});
        editor->sourceList()->setCurrentRow(1);
        editor->findChild<QPushButton *>(u"removeSourceButton"_s)->click();
        QVERIFY(editor->save());
        QCOMPARE(m_store->collection(u"from sources"_s)->sources.size(), 2);
    }

    // Leaving a collection with unsaved changes asks: Cancel keeps them, Save stores them, Discard
    // drops them.
    void unsavedChangesAreNotLostSilently()
    {
        for (const QString &name : {u"first"_s, u"second"_s}) {
            Collection c;
            c.name = name;
            c.entries = {u"198.51.100.1"_s};
            QString error;
            QVERIFY2(m_store->save(&c, &error), qPrintable(error));
        }
        FirewallPage page;
        page.setContext(context());
        page.show();
        CollectionEditor *editor = page.editor();
        QCOMPARE(editor->original().name, u"first"_s);
        editor->entryEdit()->setText(u"198.51.100.2"_s);
        editor->addEntryButton()->click();
        QVERIFY(editor->hasUnsavedWork());
        const auto answer = [&](QMessageBox::StandardButton button) {
            for (QMessageBox *box : page.findChildren<QMessageBox *>(u"unsavedBox"_s)) {
                if (box->isVisible()) {
                    box->button(button)->click();
                    return true;
                }
            }
            return false;
        };
        page.listView()->selectRow(page.model()->rowOf(u"second"_s));
        QVERIFY(answer(QMessageBox::Cancel));
        QCOMPARE(editor->original().name, u"first"_s);
        QCOMPARE(editor->entryModel()->rowCount(), 2);
        QCOMPARE(page.listView()->selectionModel()->selectedRows().value(0).row(),
            page.model()->rowOf(u"first"_s));

        page.newButton()->click();
        QVERIFY(answer(QMessageBox::Save));
        QCOMPARE(m_store->collection(u"first"_s)->entries.size(), 2);
        QCOMPARE(editor->original().id, 0);
        QVERIFY(!editor->hasUnsavedWork());

        page.listView()->selectRow(page.model()->rowOf(u"second"_s));
        QCOMPARE(editor->original().name, u"second"_s); // nothing to ask
        editor->entryEdit()->setText(u"198.51.100.3"_s);
        editor->addEntryButton()->click();
        page.listView()->selectRow(page.model()->rowOf(u"first"_s));
        QVERIFY(answer(QMessageBox::Discard));
        QCOMPARE(editor->original().name, u"first"_s);
        QCOMPARE(m_store->collection(u"second"_s)->entries.size(), 1);
    }

    // Without a ready session the job buttons are off and say nothing is sent; the page still edits.
    void withoutAConsoleNothingRuns()
    {
        FirewallPage page;
        FirewallAreaContext c = context();
        c.session = nullptr;
        page.setContext(c);
        page.show();
        page.newButton()->click();
        page.editor()->entryEdit()->setText(u"198.51.100.9"_s);
        page.editor()->addEntryButton()->click();
        QVERIFY(page.editor()->save());
        QVERIFY(page.deleteButton()->isEnabled());
        QVERIFY(!page.planButton()->isEnabled());
        QVERIFY(!page.exportButton()->isEnabled());
        QVERIFY(!page.withdrawButton()->isEnabled());
    }
};

QTEST_MAIN(TestFirewallPage)
#include "tst_firewallpage.moc"
