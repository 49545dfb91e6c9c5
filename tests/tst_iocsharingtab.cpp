// SPDX-License-Identifier: GPL-3.0-or-later
// The Business rules and Sharing tabs of the IOC sharing area (RulesTab, RuleEditor, SharingTab,
// SharingDialog, SharingListModel) with real widgets (offscreen), a real SQLite store, the scheduler
// and the in-process simulator console: the rule editor's live count follows a type filter and
// equals exchange::countMatchingIocs; a rule in use is not deleted; a configuration added through the
// dialog with the console's accounts; Test's numbers equal what Run now then shares (the simulator's
// stored IOCs); the enabled checkbox saves; Remove is refused while IOCs are shared.
#include "RuleEditor.h"
#include "RulesTab.h"
#include "SharingDialog.h"
#include "SharingListModel.h"
#include "SharingTab.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "exchange/BusinessRule.h"
#include "exchange/IocShareJob.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"
#include "jobs/Scheduler.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace exchange;
using namespace Qt::StringLiterals;

class TestIocSharingTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IocStore> m_store;
    std::unique_ptr<storage::JobHistory> m_history;
    std::unique_ptr<jobs::Scheduler> m_scheduler;
    std::unique_ptr<session::TaskRegistry> m_registry;
    std::unique_ptr<session::ProfileSession> m_session;
    QString m_sourceId;
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

    IocAreaContext context() const
    {
        IocAreaContext c;
        c.store = m_store.get();
        c.registry = m_registry.get();
        c.session = m_session.get();
        c.history = m_history.get();
        c.profiles = {{u"p1"_s, u"Test console"_s}};
        return c;
    }

    // n IOCs of each of three types into the test source.
    void fill(int sha256, int dns, int ipv4)
    {
        QList<Ioc> batch;
        auto add = [&batch](IocType type, const QString &value) {
            Ioc ioc;
            ioc.type = type;
            ioc.value = value;
            batch << ioc;
        };
        for (int i = 0; i < sha256; ++i)
            add(IocType::Sha256, u"%1"_s.arg(i + 1, 64, 16, QLatin1Char('0')));
        for (int i = 0; i < dns; ++i)
            add(IocType::Dns, u"host%1.example.org"_s.arg(i));
        for (int i = 0; i < ipv4; ++i)
            add(IocType::Ipv4, u"198.51.100.%1"_s.arg(i + 1));
        UpsertCounts counts;
        QString error;
        QVERIFY2(m_store->upsert(m_sourceId, batch, 1, &counts, &error), qPrintable(error));
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    SharingConfig storeConfig(const QString &name, qint64 ruleId = 0, const QString &ruleName = {})
    {
        SharingConfig c;
        c.name = name;
        c.sourceIds = {m_sourceId};
        c.ruleId = ruleId;
        c.ruleName = ruleName;
        c.profileId = u"p1"_s;
        c.scope = s1::IocScope::account(m_sim->tenant().accountId(0));
        c.requestsPerMinute = 0;
        QString error;
        if (!c.save(m_store.get(), &error))
            qWarning("%s", qPrintable(error));
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        s1sim::SimOptions options;
        options.threats = 5;
        options.seed = 3;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"sharing-%1.sqlite"_s.arg(++m_dbCount)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<IocStore>(m_db.get());
        m_history = std::make_unique<storage::JobHistory>(m_db.get());
        m_scheduler = std::make_unique<jobs::Scheduler>();
        m_scheduler->setHistory(m_history.get());
        m_registry = std::make_unique<session::TaskRegistry>(m_scheduler.get(), nullptr);
        m_registry->setIocStore(m_store.get());
        config::Profile profile;
        profile.id = u"p1"_s;
        profile.name = u"Test console"_s;
        m_session = std::make_unique<session::ProfileSession>(
            profile, consoleConfig(), std::nullopt, opencti::ImportSettings {});
        IocSource source;
        source.profileId = u"p1"_s;
        source.name = u"feed"_s;
        source.kind = u"feed"_s;
        source.settings = QJsonObject {{u"file"_s, m_dir.filePath(u"none.txt"_s)}};
        QVERIFY2(m_store->saveSource(&source, &error), qPrintable(error));
        m_sourceId = source.id;
    }

    void cleanup()
    {
        m_session.reset();
        m_registry.reset();
        m_scheduler.reset();
        m_history.reset();
        m_store.reset();
        m_db.reset();
        m_sim.reset();
    }

    void liveCountFollowsTheTypeFilter()
    {
        fill(30, 20, 10);
        RulesTab tab;
        tab.resize(1024, 640);
        tab.setContext(context());
        tab.show();
        QVERIFY(tab.minimumSizeHint().width() <= 1024 && tab.minimumSizeHint().height() <= 640);
        for (const QPushButton *button : tab.findChildren<QPushButton *>())
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        RuleEditor *editor = tab.editor();
        QSignalSpy counted(editor, &RuleEditor::countFinished);
        QVERIFY(counted.wait(10000));
        QCOMPARE(editor->matchingCount(), 60);
        QCOMPARE(editor->totalCount(), 60);

        auto expect = [&](qint64 wanted) {
            counted.clear();
            QVERIFY(counted.wait(10000));
            QCOMPARE(editor->matchingCount(), wanted);
            QCOMPARE(countMatchingIocs(*m_store, editor->rule(), QDateTime::currentDateTimeUtc()), wanted);
            QCOMPARE(editor->countText(), u"%1 of 60 IOCs in the store match"_s.arg(wanted));
        };
        editor->nameEdit()->setText(u"hashes"_s);
        editor->typeBox(IocType::Sha256)->setChecked(true);
        expect(30);
        editor->typeBox(IocType::Dns)->setChecked(true);
        expect(50);
        // Two edits in a row: one count, of the last state.
        editor->typeBox(IocType::Dns)->setChecked(false);
        editor->findChild<QPlainTextEdit *>(u"ruleExclusionList"_s)
            ->setPlainText(u"%1"_s.arg(1, 64, 16, QLatin1Char('0')));
        expect(29);
        QCOMPARE(counted.count(), 1);

        // A bad pattern: the problem names the field, nothing is counted or saved.
        editor->findChild<QPlainTextEdit *>(u"ruleInclude"_s)->setPlainText(u"re:(unclosed"_s);
        const QString problems = editor->findChild<QLabel *>(u"ruleProblems"_s)->text();
        QVERIFY2(problems.contains(u"include"_s, Qt::CaseInsensitive), qPrintable(problems));
        QVERIFY(!tab.save());
        editor->findChild<QPlainTextEdit *>(u"ruleInclude"_s)->clear();
        QVERIFY2(tab.save(), qPrintable(tab.message()));
        const std::optional<NamedDefinition> stored = m_store->rule(u"hashes"_s);
        QVERIFY(stored);
        QStringList parseProblems;
        const std::optional<BusinessRule> rule = BusinessRule::fromJson(stored->definition, &parseProblems);
        QVERIFY(rule);
        QCOMPARE(rule->types, QList<IocType> {IocType::Sha256});
        QCOMPARE(rule->exclusionList.size(), 1);
    }

    void ruleInUseIsNotDeleted()
    {
        RulesTab tab;
        tab.setContext(context());
        tab.newRule();
        tab.editor()->nameEdit()->setText(u"ips"_s);
        tab.editor()->typeBox(IocType::Ipv4)->setChecked(true);
        QVERIFY2(tab.save(), qPrintable(tab.message()));
        const qint64 ruleId = m_store->rule(u"ips"_s)->id;
        storeConfig(u"to console"_s, ruleId, u"ips"_s);
        tab.selectRule(u"ips"_s);
        QVERIFY(!tab.deleteSelected());
        QVERIFY2(tab.message().contains(u"\"to console\""_s), qPrintable(tab.message()));
        QVERIFY(m_store->rule(u"ips"_s));
        QString error;
        QVERIFY(m_store->removeSharing(m_store->sharing(u"to console"_s)->id, &error));
        QVERIFY(tab.deleteSelected());
        QVERIFY(!m_store->rule(u"ips"_s));
        QCOMPARE(tab.list()->count(), 0);
    }

    void addThroughTheDialog()
    {
        SharingTab tab;
        tab.resize(1024, 640);
        tab.setContext(context());
        QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.show();
        SharingDialog *dialog = tab.addSharing();
        QVERIFY(dialog);
        if (dialog->targetsLoading()) {
            QSignalSpy loaded(dialog, &SharingDialog::targetsLoaded);
            QVERIFY(loaded.wait(10000));
        }
        dialog->nameEdit()->setText(u"to console"_s);
        dialog->sourcesList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog->scopeKindCombo()->currentData().toInt(), int(s1::IocScope::Kind::Account));
        QVERIFY(dialog->targetCombo()->count() >= 1);
        const int account = dialog->targetCombo()->findData(m_sim->tenant().accountId(0));
        QVERIFY(account >= 0);
        dialog->targetCombo()->setCurrentIndex(account);
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        // Usable at 1024x640, every button with a mnemonic.
        QVERIFY(dialog->minimumSizeHint().width() <= 1024 && dialog->minimumSizeHint().height() <= 640);
        QVERIFY(tab.minimumSizeHint().width() <= 1024 && tab.minimumSizeHint().height() <= 640);
        for (const QWidget *w : {static_cast<QWidget *>(dialog), static_cast<QWidget *>(&tab)}) {
            for (const QPushButton *button : w->findChildren<QPushButton *>()) {
                if (button->isVisibleTo(w))
                    QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
            }
        }
        // Aging beyond SentinelOne's cap for IPs: said as typed.
        dialog->agingSpin(IocType::Ipv4)->setValue(90);
        QVERIFY2(dialog->agingNotesLabel()->text().contains(u"30"_s),
            qPrintable(dialog->agingNotesLabel()->text()));
        // A file destination without a path: the problem names the field.
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(int(SharingConfig::DestinationKind::File)));
        QVERIFY2(dialog->problemText().contains(u"File"_s), qPrintable(dialog->problemText()));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(int(SharingConfig::DestinationKind::S1ThreatIntel)));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QStringList problems;
        const std::optional<SharingConfig> stored = SharingConfig::load(*m_store, u"to console"_s, &problems);
        QVERIFY2(stored, qPrintable(problems.join(u' ')));
        QCOMPARE(stored->scope, s1::IocScope::account(m_sim->tenant().accountId(0)));
        QCOMPARE(stored->sourceIds, QStringList {m_sourceId});
        QCOMPARE(stored->profileId, u"p1"_s);
        QCOMPARE(stored->requestedAgingDays.value(IocType::Ipv4), 90);
        QCOMPARE(tab.model()->rowCount(), 1);
        const QString flow = tab.model()->index(0, SharingListModel::FlowColumn).data().toString();
        QVERIFY2(flow.contains(u"feed"_s) && flow.contains(tab.tr("everything")), qPrintable(flow));
    }

    // Groups are chosen from the console's list (GET /groups), labelled with their site.
    void groupTargetsComeFromTheConsole()
    {
        SharingTab tab;
        tab.setContext(context());
        SharingDialog *dialog = tab.addSharing();
        QVERIFY(dialog);
        if (dialog->targetsLoading()) {
            QSignalSpy loaded(dialog, &SharingDialog::targetsLoaded);
            QVERIFY(loaded.wait(10000));
        }
        dialog->nameEdit()->setText(u"to a group"_s);
        dialog->sourcesList()->item(0)->setCheckState(Qt::Checked);
        dialog->scopeKindCombo()->setCurrentIndex(
            dialog->scopeKindCombo()->findData(int(s1::IocScope::Kind::Group)));
        const QString groupId = m_sim->tenant().firstGroupId(0);
        const int index = dialog->targetCombo()->findData(groupId);
        QVERIFY2(index >= 0, qPrintable(groupId));
        QVERIFY2(dialog->targetCombo()->itemText(index).contains(u"Default Group"_s),
            qPrintable(dialog->targetCombo()->itemText(index)));
        // every group of the console is offered, none of them an account or a site
        QCOMPARE(dialog->targetCombo()->findData(m_sim->tenant().accountId(0)), -1);
        QVERIFY(dialog->targetCombo()->count() > m_sim->tenant().siteCount());
        dialog->targetCombo()->setCurrentIndex(index);
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        okButton(dialog)->click();
        QStringList problems;
        const std::optional<SharingConfig> stored = SharingConfig::load(*m_store, u"to a group"_s, &problems);
        QVERIFY2(stored, qPrintable(problems.join(u' ')));
        QCOMPARE(stored->scope, s1::IocScope::group(groupId));
    }

    void testThenRunShareTheSame()
    {
        fill(25, 10, 5);
        RulesTab rules;
        rules.setContext(context());
        rules.newRule();
        rules.editor()->nameEdit()->setText(u"no ips"_s);
        rules.editor()->typeBox(IocType::Sha256)->setChecked(true);
        rules.editor()->typeBox(IocType::Dns)->setChecked(true);
        QVERIFY(rules.save());
        storeConfig(u"to console"_s, m_store->rule(u"no ips"_s)->id, u"no ips"_s);

        SharingTab tab;
        tab.setContext(context());
        QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.selectSharing(u"to console"_s);
        QSignalSpy tested(&tab, &SharingTab::testFinished);
        QVERIFY(tab.testSelected());
        QVERIFY(tested.wait(30000));
        const QRegularExpression numbers(u"(\\d+) to create, (\\d+) to renew, (\\d+) to retract"_s);
        const QRegularExpressionMatch match = numbers.match(tab.resultText());
        QVERIFY2(match.hasMatch(), qPrintable(tab.resultText()));
        const int toCreate = match.captured(1).toInt();
        QCOMPARE(toCreate, 35);
        QCOMPARE(m_sim->tenant().iocCount(), 0); // the test sent nothing
        // A test is recorded under its own kind: never shown (nor scheduled) as the last run.
        tab.setContext(context());
        const int tested0 = tab.model()->rowOf(u"to console"_s);
        QCOMPARE(tab.model()->index(tested0, SharingListModel::LastRunColumn).data().toString(),
            tab.model()->tr("never"));
        tab.selectSharing(u"to console"_s);

        QSignalSpy finished(m_scheduler.get(), &jobs::Scheduler::jobFinished);
        QVERIFY(tab.runSelected());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), IocShareJob::kindFor(u"to console"_s));
        QCOMPARE(m_sim->tenant().iocCount(), toCreate);
        const int row = tab.model()->rowOf(u"to console"_s);
        QCOMPARE(tab.model()->index(row, SharingListModel::SharedColumn).data().toString(), u"35"_s);
        QCOMPARE(tab.model()->index(row, SharingListModel::PendingColumn).data().toString(), u"0"_s);
        // The last run, from the job history (recorded by the scheduler).
        const QString lastRun = tab.model()->index(row, SharingListModel::LastRunColumn).data().toString();
        QVERIFY2(lastRun.endsWith(tab.model()->tr("succeeded")), qPrintable(lastRun));

        // Remove is refused while shared: the store's sentence is shown, nothing is removed.
        tab.selectSharing(u"to console"_s);
        QMessageBox *box = tab.removeSelected();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(m_store->sharing(u"to console"_s));
        QVERIFY2(tab.resultText().contains(u"retract"_s, Qt::CaseInsensitive), qPrintable(tab.resultText()));
    }

    // Test plans with the destination a run sends to, whatever its kind: a file destination too.
    void testAFileDestination()
    {
        fill(4, 3, 0);
        SharingConfig c;
        c.name = u"to a file"_s;
        c.sourceIds = {m_sourceId};
        c.destination = SharingConfig::DestinationKind::File;
        c.filePath = m_dir.filePath(u"shared.csv"_s);
        QString error;
        QVERIFY2(c.save(m_store.get(), &error), qPrintable(error));
        SharingTab tab;
        tab.setContext(context());
        tab.selectSharing(u"to a file"_s);
        QSignalSpy tested(&tab, &SharingTab::testFinished);
        QVERIFY2(tab.testSelected(), qPrintable(tab.resultText()));
        QVERIFY(tested.wait(30000));
        QVERIFY2(tab.resultText().contains(u"7 to create, 0 to renew, 0 to retract"_s),
            qPrintable(tab.resultText()));
        QVERIFY(!QFile::exists(c.filePath)); // a test writes nothing
    }

    void enabledCheckboxSaves()
    {
        storeConfig(u"first"_s);
        storeConfig(u"second"_s);
        SharingTab tab;
        tab.setContext(context());
        QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = tab.model()->rowOf(u"second"_s);
        const QModelIndex enabled = tab.model()->index(row, SharingListModel::EnabledColumn);
        QCOMPARE(enabled.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(enabled.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(tab.model()->setData(enabled, Qt::Unchecked, Qt::CheckStateRole));
        QStringList problems;
        QVERIFY(!SharingConfig::load(*m_store, u"second"_s, &problems)->enabled);
        QVERIFY(SharingConfig::load(*m_store, u"first"_s, &problems)->enabled);
        tab.reload();
        QCOMPARE(tab.model()
                     ->index(tab.model()->rowOf(u"second"_s), SharingListModel::EnabledColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
            Qt::Unchecked);
    }
};

QTEST_MAIN(TestIocSharingTab)
#include "tst_iocsharingtab.moc"
