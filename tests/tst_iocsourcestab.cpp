// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources tab of the IOC sharing area (SourcesTab, SourceDialog, the feed, manual and
// SentinelOne threat editors) with real widgets (offscreen), a real SQLite store, the scheduler and
// the in-process simulator console: a feed added through the dialog (a bad URL named, then a good
// file), its preview, Pull now through the scheduler filling the store and the table, a manual
// source's values checked line by line, the console's sites listed, Remove asking first.
#include "FeedSourceEditor.h"
#include "ManualSourceEditor.h"
#include "S1ThreatSourceEditor.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "SourceDialog.h"
#include "SourceListModel.h"
#include "SourcesTab.h"
#include "config/SecretStore.h"
#include "exchange/FeedPullJob.h"
#include "exchange/IocStore.h"
#include "jobs/Scheduler.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace exchange;
using namespace Qt::StringLiterals;

class TestIocSourcesTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IocStore> m_store;
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

    IocAreaContext context() const
    {
        IocAreaContext c;
        c.store = m_store.get();
        c.registry = m_registry.get();
        c.session = m_session.get();
        c.profiles = {{u"p1"_s, u"Test console"_s}};
        return c;
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        s1sim::SimOptions options;
        options.threats = 5;
        options.seed = 7;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"sources-%1.sqlite"_s.arg(++m_dbCount)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<IocStore>(m_db.get());
        m_scheduler = std::make_unique<jobs::Scheduler>();
        m_registry = std::make_unique<session::TaskRegistry>(m_scheduler.get(), nullptr);
        m_registry->setIocStore(m_store.get());
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
        m_store.reset();
        m_db.reset();
        m_sim.reset();
    }

    void feedThroughTheDialogThenPullNow()
    {
        SourcesTab tab;
        tab.resize(1024, 640);
        tab.setContext(context());
        QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.show();
        QCOMPARE(tab.model()->rowCount(), 0);

        SourceDialog *dialog = tab.addSource(u"feed"_s);
        QVERIFY(dialog);
        auto *editor = qobject_cast<FeedSourceEditor *>(dialog->editor());
        QVERIFY(editor);
        dialog->nameEdit()->setText(u"blocklist"_s);
        // A bad URL: the problem names the field, and Save stays disabled.
        auto *location = editor->findChild<QLineEdit *>(u"feedLocation"_s);
        location->setText(u"feeds.example.com/list.txt"_s);
        QVERIFY2(dialog->problemText().contains(u"url"_s), qPrintable(dialog->problemText()));
        QVERIFY(!okButton(dialog)->isEnabled());

        // A good file: three hashes and one line that is none.
        const QString path = m_dir.filePath(u"feed-%1.txt"_s.arg(m_dbCount));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# test feed\n"
                   "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"
                   "1123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"
                   "not an indicator at all\n"
                   "evil.example.com\n");
        file.close();
        editor->findChild<QComboBox *>(u"feedFrom"_s)->setCurrentIndex(1);
        location->setText(path);
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        QVERIFY(okButton(dialog)->isEnabled());

        // The preview parses off the GUI thread and shows the values and the refused line.
        QSignalSpy previewed(editor, &FeedSourceEditor::previewFinished);
        editor->preview();
        QVERIFY(previewed.wait(10000));
        QVERIFY2(editor->previewText().contains(u"evil.example.com"_s), qPrintable(editor->previewText()));
        QVERIFY2(editor->previewText().contains(u"line 4"_s), qPrintable(editor->previewText()));

        QSignalSpy saved(dialog, &SourceDialog::saved);
        okButton(dialog)->click();
        QCOMPARE(saved.count(), 1);
        const std::optional<IocSource> stored = m_store->sourceByName(u"p1"_s, u"blocklist"_s);
        QVERIFY(stored);
        QCOMPARE(stored->kind, u"feed"_s);
        QCOMPARE(stored->settings.value(u"file"_s).toString(), path);
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.model()->index(0, SourceListModel::LastPullColumn).data().toString(), tab.tr("never"));

        // Pull now runs through the scheduler; the table shows the pull's counts when it ends.
        tab.selectSource(u"blocklist"_s);
        QSignalSpy finished(m_scheduler.get(), &jobs::Scheduler::jobFinished);
        QVERIFY(tab.pullSelected());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toString(), u"ioc-pull:blocklist"_s);
        IocFilter filter;
        filter.sourceIds = {stored->id};
        QCOMPARE(m_store->count(filter), 3);
        QCOMPARE(tab.model()->rowCount(), 1);
        QVERIFY(tab.model()->index(0, SourceListModel::LastPullColumn).data().toString() != tab.tr("never"));
        const QString counts = tab.model()->index(0, SourceListModel::CountsColumn).data().toString();
        QVERIFY2(counts.contains(u"3 new"_s), qPrintable(counts));
    }

    // A feed read from a URL: previewed from the simulator's feed; the credential typed goes to the
    // keychain (never the settings), and the source says it has one.
    void urlFeedPreviewAndCredential()
    {
        config::SecretStore secrets(u"S1 Bridge test %1"_s.arg(QCoreApplication::applicationPid()));
        IocAreaContext c = context();
        c.secrets = &secrets;
        SourcesTab tab;
        tab.setContext(c);
        SourceDialog *dialog = tab.addSource(u"feed"_s);
        auto *editor = qobject_cast<FeedSourceEditor *>(dialog->editor());
        dialog->nameEdit()->setText(u"remote list"_s);
        editor->findChild<QLineEdit *>(u"feedLocation"_s)
            ->setText(m_sim->feedUrl(u"blocklist.txt"_s).toString());
        editor->findChild<QLineEdit *>(u"feedCredential"_s)->setText(u"Bearer preview-token-123"_s);
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        QSignalSpy previewed(editor, &FeedSourceEditor::previewFinished);
        editor->preview();
        QVERIFY(previewed.wait(10000));
        QVERIFY2(editor->previewText().contains(u"First values:"_s), qPrintable(editor->previewText()));
        QSignalSpy status(&tab, &SourcesTab::statusMessage);
        okButton(dialog)->click();
        const std::optional<IocSource> stored = m_store->sourceByName(u"p1"_s, u"remote list"_s);
        QVERIFY(stored);
        QVERIFY(FeedPullJob::needsCredential(*stored));
        QVERIFY(!QJsonDocument(stored->settings).toJson().contains("preview-token"));
        std::optional<QString> secret;
        bool read = false;
        // The write was queued first: the read answers after it.
        secrets.read(FeedPullJob::credentialKey(stored->id), this,
            [&](const std::optional<QString> &value, const QString &) {
                secret = value;
                read = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QCOMPARE(secret.value_or(QString()), u"Bearer preview-token-123"_s);
        bool removed = false;
        secrets.remove(
            FeedPullJob::credentialKey(stored->id), this, [&](bool, const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    void editKeepsTheSource()
    {
        IocSource source;
        source.profileId = u"p1"_s;
        source.name = u"remote"_s;
        source.kind = u"feed"_s;
        source.settings = QJsonObject {{u"url"_s, u"https://feeds.example.com/a.txt"_s}};
        QString error;
        QVERIFY2(m_store->saveSource(&source, &error), qPrintable(error));
        SourcesTab tab;
        tab.setContext(context());
        tab.selectSource(u"remote"_s);
        SourceDialog *dialog = tab.editSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), u"remote"_s);
        QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
        dialog->nameEdit()->setText(u"renamed"_s);
        okButton(dialog)->click();
        const std::optional<IocSource> stored = m_store->source(source.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, u"renamed"_s);
        QCOMPARE(stored->settings, source.settings);
        // Another source's name is refused by name.
        IocSource other;
        other.profileId = u"p1"_s;
        other.name = u"other"_s;
        other.kind = u"manual"_s;
        QVERIFY2(m_store->saveSource(&other, &error), qPrintable(error));
        tab.reload();
        tab.selectSource(u"renamed"_s);
        dialog = tab.editSelected();
        dialog->nameEdit()->setText(u"other"_s);
        QVERIFY2(dialog->problemText().contains(u"Name:"_s), qPrintable(dialog->problemText()));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->reject();
    }

    void manualValuesCheckedLineByLine()
    {
        SourcesTab tab;
        tab.setContext(context());
        SourceDialog *dialog = tab.addSource(u"manual"_s);
        auto *editor = qobject_cast<ManualSourceEditor *>(dialog->editor());
        QVERIFY(editor);
        dialog->nameEdit()->setText(u"by hand"_s);
        editor->valuesEdit()->setPlainText(u"8.8.4.4\n010.1.1.1\nhxxps://bad[.]example.org/x\n"_s);
        QVERIFY2(
            editor->problems().join(u' ').contains(u"line 2"_s), qPrintable(editor->problems().join(u' ')));
        QTRY_VERIFY(!okButton(dialog)->isEnabled());
        editor->valuesEdit()->setPlainText(u"8.8.4.4\n\nhxxps://bad[.]example.org/x\n8.8.4.4\n"_s);
        QVERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().join(u' ')));
        QTRY_VERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        const std::optional<IocSource> stored = m_store->sourceByName(u"p1"_s, u"by hand"_s);
        QVERIFY(stored);
        QVERIFY(stored->settings.isEmpty());
        IocFilter filter;
        filter.sourceIds = {stored->id};
        QCOMPARE(m_store->count(filter), 2);
        QVERIFY(m_store->find(IocType::Url, u"https://bad.example.org/x"_s));
    }

    void threatSitesFromTheConsole()
    {
        SourcesTab tab;
        tab.setContext(context());
        SourceDialog *dialog = tab.addSource(u"s1-threats"_s);
        auto *editor = qobject_cast<S1ThreatSourceEditor *>(dialog->editor());
        QVERIFY(editor);
        QVERIFY(dialog->minimumSizeHint().width() <= 1024 && dialog->minimumSizeHint().height() <= 640);
        for (const QWidget *w : {static_cast<QWidget *>(dialog), static_cast<QWidget *>(&tab)}) {
            for (const QPushButton *button : w->findChildren<QPushButton *>())
                QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        }
        if (editor->sitesLoading()) {
            QSignalSpy loaded(editor, &S1ThreatSourceEditor::sitesLoaded);
            QVERIFY(loaded.wait(10000));
        }
        QCOMPARE(editor->sitesList()->count(), m_sim->tenant().siteCount());
        editor->sitesList()->item(0)->setCheckState(Qt::Checked);
        dialog->nameEdit()->setText(u"threats"_s);
        // The defaults: suspicious, true positive, undefined; SHA256 and MD5.
        const QJsonObject settings = editor->settings();
        const QStringList verdicts = settings.value(u"analystVerdicts"_s).toVariant().toStringList();
        QCOMPARE(QSet<QString>(verdicts.begin(), verdicts.end()),
            (QSet<QString> {u"suspicious"_s, u"true_positive"_s, u"undefined"_s}));
        // No hash type: the problem names the field.
        for (const QString &name : {u"check_SHA256"_s, u"check_MD5"_s})
            editor->findChild<QAbstractButton *>(name)->setChecked(false);
        QVERIFY2(dialog->problemText().contains(u"Hash types"_s), qPrintable(dialog->problemText()));
        editor->findChild<QAbstractButton *>(u"check_SHA1"_s)->setChecked(true);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        const std::optional<IocSource> stored = m_store->sourceByName(u"p1"_s, u"threats"_s);
        QVERIFY(stored);
        QCOMPARE(stored->settings.value(u"siteIds"_s).toArray().size(), 1);
        QCOMPARE(stored->settings.value(u"hashTypes"_s).toArray(), QJsonArray {u"SHA1"_s});
    }

    void removeAsksFirst()
    {
        IocSource source;
        source.profileId = u"p1"_s;
        source.name = u"gone soon"_s;
        source.kind = u"manual"_s;
        QString error;
        QVERIFY2(m_store->saveSource(&source, &error), qPrintable(error));
        SourcesTab tab;
        tab.setContext(context());
        tab.selectSource(u"gone soon"_s);
        QMessageBox *box = tab.removeSelected();
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(m_store->source(source.id));
        box = tab.removeSelected();
        box->button(QMessageBox::Yes)->click();
        QVERIFY(!m_store->source(source.id));
        QCOMPARE(tab.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestIocSourcesTab)
#include "tst_iocsourcestab.moc"
