// SPDX-License-Identifier: GPL-3.0-or-later
// The IOCs tab of the IOC sharing area, offscreen, on a real SQLite file: the lazy model under
// QAbstractItemModelTester (20,000 IOCs), the filters and the count, Add with a bad value then a good
// one, Import of a file with bad lines (preview, Cancel, Import), Retract of a shared IOC from the
// simulated console through the scheduler, and the CSV export job of the filtered rows.
#include "IocAddDialog.h"
#include "IocDetailPane.h"
#include "IocImportDialog.h"
#include "IocTableModel.h"
#include "IocsTab.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "exchange/IocCsvExportJob.h"
#include "exchange/IocShareJob.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"
#include "jobs/Scheduler.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace exchange;
using namespace Qt::StringLiterals;

namespace {

QString sha(int n)
{
    return u"%1"_s.arg(n, 64, 16, QLatin1Char('0')).replace(0, 1, QLatin1Char('c'));
}

Ioc make(IocType type, const QString &value, const QString &description = {})
{
    Ioc i;
    i.type = type;
    i.value = value;
    i.description = description;
    return i;
}

} // namespace

class TestIocsTab : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbCount = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IocStore> m_store;
    std::unique_ptr<IocsTab> m_tab;
    QStringList m_messages;

    QString addSource(
        const QString &name, const QString &kind = u"feed"_s, const QString &profileId = u"p1"_s)
    {
        IocSource source;
        source.profileId = profileId;
        source.name = name;
        source.kind = kind;
        QString error;
        if (!m_store->saveSource(&source, &error))
            qWarning("%s", qPrintable(error));
        return source.id;
    }

    bool upsert(const QString &sourceId, const QList<Ioc> &iocs)
    {
        QString error;
        UpsertCounts counts;
        for (qsizetype at = 0; at < iocs.size(); at += 5000)
            if (!m_store->upsert(sourceId, iocs.mid(at, 5000), 1, &counts, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        return true;
    }

    // The tab on the store, shown; no session unless given.
    void openTab(session::TaskRegistry *registry = nullptr, session::ProfileSession *session = nullptr)
    {
        m_tab = std::make_unique<IocsTab>();
        connect(m_tab.get(), &IocsTab::statusMessage, this, [this](const QString &m) { m_messages << m; });
        IocAreaContext context;
        context.store = m_store.get();
        context.registry = registry;
        context.session = session;
        context.profiles = {{u"p1"_s, u"Test"_s}};
        m_tab->resize(1200, 700);
        m_tab->show();
        m_tab->setContext(context);
        waitCounted();
    }

    void waitCounted()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_tab->model()->isLoading() && m_tab->model()->totalCount() >= 0, 20000);
    }

    qint64 shown() const { return m_tab->model()->totalCount(); }

    void chooseData(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    // The dialogs open synchronously (open()), as children of the tab.
    template<typename T> T *child() const { return m_tab->findChild<T *>(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    }

    void init()
    {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"iocs-%1.sqlite"_s.arg(++m_dbCount)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<IocStore>(m_db.get());
        m_messages.clear();
    }

    void cleanup()
    {
        m_tab.reset();
        m_store.reset();
        m_db.reset();
    }

    void modelUnderTester();
    void filtersAndCount();
    void addValidatesAsYouType_data();
    void addValidatesAsYouType();
    void addStoresIntoManual();
    void importPreviewsThenStores();
    void retractRemovesFromTheConsole();
    void exportWritesEveryFilteredRow();
};

// 20,000 IOCs under QAbstractItemModelTester: the first page comes first, then the rest; rows newest
// first; a refresh with nothing changed keeps the rows, a new IOC comes on top.
void TestIocsTab::modelUnderTester()
{
    const QString source = addSource(u"feed"_s);
    QList<Ioc> iocs;
    for (int i = 0; i < 20000; ++i)
        iocs << make(i % 2 ? IocType::Sha256 : IocType::Dns, i % 2 ? sha(i) : u"host%1.example.com"_s.arg(i),
            u"item %1"_s.arg(i));
    QVERIFY(upsert(source, iocs));

    IocTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 20000, 20000);
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(model.columnCount(), int(IocTableModel::ColumnCount));
    // Newest first: the last one stored is on top.
    QCOMPARE(model.data(model.index(0, IocTableModel::Value)).toString(), sha(19999));
    QCOMPARE(model.data(model.index(19999, IocTableModel::Value)).toString(), u"host0.example.com"_s);
    QCOMPARE(model.data(model.index(1, IocTableModel::Type)).toString(), u"DNS"_s);
    QCOMPARE(model.data(model.index(0, IocTableModel::Sources)).toString(), u"feed"_s);
    QCOMPARE(model.data(model.index(0, IocTableModel::Shared)).toString(), u"not shared"_s);
    const qint64 id = model.data(model.index(12345, 0), IocTableModel::IocIdRole).toLongLong();
    QCOMPARE(model.rowOfIoc(id), 12345);
    QCOMPARE(model.rowOfIoc(-5), -1);

    // A filter: the first page, then the rest.
    IocFilter filter;
    filter.types = {IocType::Dns};
    model.setFilter(filter);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 10000, 20000);
    QCOMPARE(model.data(model.index(9999, IocTableModel::Value)).toString(), u"host0.example.com"_s);
    filter.text = u"item 1999"_s; // 1999 and 19990..19999 (even ones only: DNS)
    model.setFilter(filter);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 5, 20000);
    filter = {};
    model.setFilter(filter);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 20000, 20000);

    // Refresh with nothing changed: same rows (no reset), data changed.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    // A new IOC: on top after a refresh.
    QSignalSpy refreshed(&model, &IocTableModel::refreshed);
    QVERIFY(upsert(source, {make(IocType::Ipv4, u"10.9.8.7"_s)}));
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(model.rowCount(), 20001);
    QCOMPARE(model.data(model.index(0, IocTableModel::Value)).toString(), u"10.9.8.7"_s);
}

void TestIocsTab::filtersAndCount()
{
    const QString feedA = addSource(u"feed A"_s);
    const QString feedB = addSource(u"feed B"_s);
    QVERIFY(upsert(feedA,
        {make(IocType::Ipv4, u"1.2.3.4"_s, u"scanner"_s), make(IocType::Ipv4, u"5.6.7.8"_s),
            make(IocType::Dns, u"evil.example.com"_s, u"phishing kit"_s), make(IocType::Sha256, sha(1))}));
    QVERIFY(upsert(feedB,
        {make(IocType::Dns, u"evil.example.com"_s), make(IocType::Url, u"http://bad.example.org/x"_s)}));
    // A sharing configuration with one IOC shared and one refused.
    SharingConfig config;
    config.name = u"to console"_s;
    config.sourceIds = {feedA};
    config.scope = s1::IocScope::account(u"111"_s);
    config.profileId = u"p1"_s;
    QString error;
    QVERIFY2(config.save(m_store.get(), &error), qPrintable(error));
    const qint64 ip = m_store->find(IocType::Ipv4, u"1.2.3.4"_s)->id;
    const qint64 hash = m_store->find(IocType::Sha256, sha(1))->id;
    QVERIFY(m_store->markShared(config.id, {{ip, u"uuid-1"_s, u"h"_s, {}}}, &error));
    QVERIFY(m_store->markFailed(config.id, {{hash, u"value is on the console's allow list"_s}}, &error));

    openTab();
    QCOMPARE(shown(), 5);
    QVERIFY2(m_tab->countText().startsWith(u"5 IOC"_s), qPrintable(m_tab->countText()));
    QVERIFY(!m_tab->clearFiltersAction()->isEnabled());

    chooseData(m_tab->typeFilter(), u"IPV4"_s);
    waitCounted();
    QCOMPARE(shown(), 2);
    QVERIFY2(m_tab->countText().startsWith(u"2 IOC"_s), qPrintable(m_tab->countText()));
    QVERIFY(m_tab->clearFiltersAction()->isEnabled());
    chooseData(m_tab->sourceFilter(), feedB);
    waitCounted();
    QCOMPARE(shown(), 0);
    m_tab->clearFiltersAction()->trigger();
    waitCounted();
    QCOMPARE(shown(), 5);
    chooseData(m_tab->sourceFilter(), feedB);
    waitCounted();
    QCOMPARE(shown(), 2);
    m_tab->clearFilters();
    chooseData(m_tab->stateFilter(), u"failed"_s);
    waitCounted();
    QCOMPARE(shown(), 1);
    // The refusal in the Shared column, the console's words in its tooltip and in the details.
    const QModelIndex shared = m_tab->model()->index(0, IocTableModel::Shared);
    QCOMPARE(shared.data().toString(), u"failed 1"_s);
    QVERIFY(shared.data(Qt::ToolTipRole).toString().contains(u"allow list"_s));
    m_tab->view()->selectRow(0);
    QCOMPARE(m_tab->detailPane()->iocId(), hash);
    QVERIFY2(
        m_tab->detailPane()->text().contains(u"the console said: value is on the console's allow list"_s),
        qPrintable(m_tab->detailPane()->text()));
    chooseData(m_tab->stateFilter(), u"shared"_s);
    waitCounted();
    QCOMPARE(shown(), 1);
    QCOMPARE(m_tab->model()->index(0, IocTableModel::Value).data().toString(), u"1.2.3.4"_s);
    m_tab->clearFilters();
    chooseData(m_tab->destinationFilter(), config.destinationKey());
    waitCounted();
    QCOMPARE(shown(), 2);
    m_tab->clearFilters();

    // Free text, debounced: value, name or description.
    QSignalSpy counted(m_tab->model(), &IocTableModel::totalCountChanged);
    m_tab->textFilter()->setText(u"PHISHING"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown(), 1, 5000);
    QCOMPARE(m_tab->model()->index(0, IocTableModel::Value).data().toString(), u"evil.example.com"_s);
    QCOMPARE(m_tab->model()->index(0, IocTableModel::Sources).data().toString(), u"feed A, feed B"_s);
    m_tab->textFilter()->setText(u"example"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown(), 2, 5000);
    m_tab->textFilter()->setText(u"no such thing"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->countText().startsWith(u"0 IOC"_s), 5000);
    m_tab->clearFilters();
    waitCounted();
    QCOMPARE(shown(), 5);
    QVERIFY(m_tab->textFilter()->text().isEmpty());

    // New IOCs and a refresh (what a pull's end does): the rows change, the selection stays.
    m_tab->selectIocs({ip, hash});
    QCOMPARE(m_tab->selectedIds(), QList<qint64>({hash, ip}));
    QVERIFY(upsert(feedB,
        {make(IocType::Ipv6, u"2001:db8::1"_s), make(IocType::Md5, u"0123456789abcdef0123456789abcdef"_s)}));
    QSignalSpy refreshed(m_tab->model(), &IocTableModel::refreshed);
    m_tab->refreshAction()->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(shown(), 7);
    QCOMPARE(m_tab->selectedIds(), QList<qint64>({hash, ip}));
    QCOMPARE(m_tab->detailPane()->iocId(), ip); // the current one
}

void TestIocsTab::addValidatesAsYouType_data()
{
    QTest::addColumn<QString>("type"); // "" : detected
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemContains");
    QTest::newRow("empty") << QString() << QString() << false << u"Enter a value"_s;
    QTest::newRow("leading zero") << QString() << u"010.1.1.1"_s << false << u"010.1.1.1"_s;
    QTest::newRow("nothing known") << QString() << u"not a value!"_s << false << u"not a value!"_s;
    QTest::newRow("short hash") << u"SHA256"_s << u"abcd"_s << false << u"abcd"_s;
    QTest::newRow("ip as a domain") << u"URL"_s << u"1.2.3.4"_s << false << u"1.2.3.4"_s;
    QTest::newRow("detected ip") << QString() << u"1.2.3.4"_s << true << u"Detected: IPV4"_s;
    QTest::newRow("defanged url") << QString() << u"hxxp://evil[.]example.com/a"_s << true << u"URL"_s;
    QTest::newRow("port dropped") << u"IPV4"_s << u"1.2.3.4:443"_s << true << u"port"_s;
}

// The dialog names the problem below the field and keeps OK disabled until the value is valid.
void TestIocsTab::addValidatesAsYouType()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, problemContains);
    IocAddDialog dialog;
    dialog.typeCombo()->setCurrentIndex(std::max(0, dialog.typeCombo()->findData(type)));
    dialog.valueEdit()->setText(value);
    QCOMPARE(dialog.canAccept(), valid);
    QCOMPARE(dialog.ioc().has_value(), valid);
    QVERIFY2(dialog.problem().contains(problemContains), qPrintable(dialog.problem()));
}

// Add… from the tab: a bad value first (named, OK disabled, nothing stored), then a good one: stored in
// the profile's "Manual" source (created), shown on top and selected.
void TestIocsTab::addStoresIntoManual()
{
    QVERIFY(upsert(addSource(u"feed"_s), {make(IocType::Ipv4, u"1.1.1.1"_s)}));
    openTab();
    QCOMPARE(shown(), 1);
    m_tab->addIocAction()->trigger();
    auto *dialog = child<IocAddDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->valueEdit(), u"999.1.1.1"_s);
    QVERIFY(!dialog->canAccept());
    QVERIFY2(dialog->problem().contains(u"999.1.1.1"_s), qPrintable(dialog->problem()));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_store->sourceByName(u""_s, u"Manual"_s));

    dialog->valueEdit()->clear();
    QTest::keyClicks(dialog->valueEdit(), u"Evil.Example.COM"_s);
    QVERIFY(dialog->canAccept());
    QTest::mouseClick(ok, Qt::LeftButton);
    const auto manual = m_store->sourceByName(u""_s, u"Manual"_s); // no session: no profile
    QVERIFY(manual);
    QCOMPARE(manual->kind, u"manual"_s);
    const auto stored = m_store->find(IocType::Dns, u"evil.example.com"_s);
    QVERIFY(stored);
    QCOMPARE(stored->sourceIds, QStringList {manual->id});
    QTRY_COMPARE_WITH_TIMEOUT(shown(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->selectedIds(), QList<qint64> {stored->id}, 5000);
    QCOMPARE(m_tab->model()->index(0, IocTableModel::Value).data().toString(), u"evil.example.com"_s);
    QCOMPARE(m_tab->detailPane()->value(), u"evil.example.com"_s);
    QVERIFY(m_messages.last().contains(u"evil.example.com"_s));
}

// Import: the preview lists the IOCs to add and every rejected line with its number and reason;
// Cancel stores nothing; Import stores the good ones into Manual or a new source.
void TestIocsTab::importPreviewsThenStores()
{
    const QString path = m_dir.filePath(u"import-%1.txt"_s.arg(m_dbCount));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# a list\n"
               "1.2.3.4\n"
               "010.1.1.1\n"
               "evil[.]example.com\n"
               "\n"
               "not a value!\n"
               "http://bad.example.org/x\n");
    file.close();
    openTab();
    QCOMPARE(shown(), 0);

    m_tab->importFile(path);
    auto *dialog = child<IocImportDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isParsed(), 10000);
    QVERIFY2(dialog->summary().contains(u": 3 IOC"_s), qPrintable(dialog->summary()));
    QVERIFY2(dialog->summary().contains(u"; 2 line"_s), qPrintable(dialog->summary()));
    QAbstractItemModel *accepted = dialog->acceptedView()->model();
    QAbstractItemModel *rejected = dialog->rejectedView()->model();
    QCOMPARE(accepted->rowCount(), 3);
    QCOMPARE(accepted->index(1, 1).data().toString(), u"evil.example.com"_s);
    QCOMPARE(rejected->rowCount(), 2);
    QCOMPARE(rejected->index(0, 0).data().toString(), u"3"_s);
    QVERIFY2(rejected->index(0, 1).data().toString().contains(u"leading zero"_s),
        qPrintable(rejected->index(0, 1).data().toString()));
    QCOMPARE(rejected->index(0, 2).data().toString(), u"010.1.1.1"_s);
    QCOMPARE(rejected->index(1, 0).data().toString(), u"6"_s);
    QVERIFY(!rejected->index(1, 1).data().toString().isEmpty());
    QCOMPARE(rejected->index(1, 2).data().toString(), u"not a value!"_s);

    // Cancel: nothing stored, no source made.
    QPointer<IocImportDialog> guard(dialog);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000); // deleted on close
    QCOMPARE(m_store->count(), 0);
    QVERIFY(m_store->sources().isEmpty());

    // Again, into a new source.
    m_tab->importFile(path);
    dialog = child<IocImportDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isParsed(), 10000);
    QPushButton *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
    QVERIFY(importButton->isEnabled());
    dialog->targetCombo()->setCurrentIndex(dialog->targetCombo()->count() - 1); // new source
    QVERIFY(!importButton->isEnabled()); // not named yet
    dialog->newSourceEdit()->setText(u"Pasted list"_s);
    QVERIFY(importButton->isEnabled());
    QSignalSpy finished(dialog, &IocImportDialog::importFinished);
    importButton->click();
    QVERIFY(finished.count() || finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(m_store->count(), 3);
    const auto source = m_store->sourceByName(u""_s, u"Pasted list"_s);
    QVERIFY(source);
    QCOMPARE(source->kind, u"manual"_s);
    QCOMPARE(m_store->find(IocType::Url, u"http://bad.example.org/x"_s)->sourceIds, QStringList {source->id});
    QTRY_COMPARE_WITH_TIMEOUT(shown(), 3, 10000);
    QVERIFY2(m_messages.last().contains(u"3 new"_s), qPrintable(m_messages.last()));
}

// Retract of a shared IOC: asked in the store, the configuration runs now through the scheduler, and
// the console no longer has it.
void TestIocsTab::retractRemovesFromTheConsole()
{
    s1sim::SimOptions options;
    options.threats = 1;
    options.seed = 3;
    s1sim::SimServer sim(options);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    s1::ConsoleConfig console;
    console.url = sim.baseUrl();
    console.token = sim.token();
    console.transport.backoffBaseMs = 20;
    const QString feed = addSource(u"feed"_s);
    QVERIFY(upsert(feed,
        {make(IocType::Ipv4, u"1.2.3.4"_s), make(IocType::Dns, u"evil.example.com"_s),
            make(IocType::Sha256, sha(7))}));
    SharingConfig config;
    config.name = u"to console"_s;
    config.sourceIds = {feed};
    config.scope = s1::IocScope::account(sim.tenant().accountId(0));
    config.profileId = u"p1"_s;
    config.requestsPerMinute = 0;
    QString error;
    QVERIFY2(config.save(m_store.get(), &error), qPrintable(error));

    jobs::Scheduler scheduler;
    session::TaskRegistry registry(&scheduler, nullptr);
    registry.setIocStore(m_store.get());
    config::Profile profile;
    profile.id = u"p1"_s;
    profile.name = u"Test"_s;
    session::ProfileSession session(profile, console, std::nullopt, opencti::ImportSettings {});
    QSignalSpy jobFinished(&scheduler, &jobs::Scheduler::jobFinished);
    QVERIFY(registry.runNow(&session, IocShareJob::kindFor(config.name)));
    QVERIFY(jobFinished.wait(30000));
    QCOMPARE(sim.tenant().iocCount(), 3);

    openTab(&registry, &session);
    QCOMPARE(shown(), 3);
    const qint64 id = m_store->find(IocType::Dns, u"evil.example.com"_s)->id;
    // The share job's end refreshed nothing yet: the states are the store's.
    QCOMPARE(m_tab->model()->index(m_tab->model()->rowOfIoc(id), IocTableModel::Shared).data().toString(),
        u"shared 1"_s);
    m_tab->selectIocs({id});
    QCOMPARE(m_tab->selectedIds(), QList<qint64> {id});
    QVERIFY(m_tab->retractAction()->isEnabled());
    jobFinished.clear();
    m_tab->retractAction()->trigger();
    QVERIFY2(m_messages.last().contains(u"running to console now"_s), qPrintable(m_messages.last()));
    QVERIFY(jobFinished.count() || jobFinished.wait(30000));
    QCOMPARE(jobFinished.first().at(1).toString(), IocShareJob::kindFor(config.name));
    QCOMPARE(sim.tenant().iocCount(), 2);
    QCOMPARE(m_store->shares(config.id, {id}).value(id).state, IocShare::State::Retracted);
    // Read back from the console: the value is gone, the others stay.
    s1::S1Client client(console);
    s1::IocFilter filter;
    filter.scope = config.scope;
    s1::IocListJob list(&client, filter);
    QSignalSpy listed(&list, &jobs::Job::finished);
    list.start();
    QVERIFY(list.isFinished() || listed.wait(30000));
    QStringList values;
    for (const s1::StoredIoc &ioc : list.iocs())
        values << ioc.value;
    values.sort();
    QCOMPARE(values, QStringList({u"1.2.3.4"_s, sha(7)}));
    // The table follows the job's end, the selection kept.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_tab->model()->index(m_tab->model()->rowOfIoc(id), IocTableModel::Shared).data().toString(),
        u"retracted 1"_s, 10000);
    QCOMPARE(m_tab->selectedIds(), QList<qint64> {id});
    QVERIFY(m_tab->detailPane()->text().contains(u"to console: retracted"_s));
}

// Export CSV: a job through the scheduler writes every row of the filter (more than a page).
void TestIocsTab::exportWritesEveryFilteredRow()
{
    const QString feed = addSource(u"feed"_s);
    QList<Ioc> iocs;
    for (int i = 0; i < 2500; ++i)
        iocs << make(i % 5 ? IocType::Sha256 : IocType::Ipv4,
            i % 5 ? sha(i) : u"10.0.%1.%2"_s.arg(i / 250).arg(i % 250), u"=cmd %1"_s.arg(i));
    QVERIFY(upsert(feed, iocs));
    jobs::Scheduler scheduler;
    session::TaskRegistry registry(&scheduler, nullptr);
    registry.setIocStore(m_store.get());
    config::Profile profile;
    profile.id = u"p1"_s;
    profile.name = u"Test"_s;
    s1::ConsoleConfig console;
    console.url = QUrl(u"https://127.0.0.1:9"_s);
    console.token = u"unused-token-0123456789"_s;
    session::ProfileSession session(profile, console, std::nullopt, opencti::ImportSettings {});
    openTab(&registry, &session);
    chooseData(m_tab->typeFilter(), u"SHA256"_s);
    waitCounted();
    QCOMPARE(shown(), 2000);

    const QString path = m_dir.filePath(u"export-%1.csv"_s.arg(m_dbCount));
    QSignalSpy jobFinished(&scheduler, &jobs::Scheduler::jobFinished);
    m_tab->exportCsv(path);
    QVERIFY(jobFinished.count() || jobFinished.wait(30000));
    QCOMPARE(jobFinished.first().at(1).toString(), QString(IocCsvExportJob::Kind));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_messages.last().contains(u"Exported "_s + QLocale().toString(2000) + u" IOC"_s), 5000);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 2002); // header, 2,000 rows, the empty end
    QVERIFY(lines.first().contains("type,value,name,description,sources"));
    int hashes = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        QVERIFY(lines.at(i).startsWith("SHA256,"));
        QVERIFY(lines.at(i).endsWith("\r"));
        QVERIFY(lines.at(i).contains(",'=cmd ")); // a formula defused
        ++hashes;
    }
    QCOMPARE(hashes, 2000);
    QVERIFY(lines.at(1).contains(sha(2499).toLatin1()) || lines.at(1).contains(sha(1).toLatin1()));
}

QTEST_MAIN(TestIocsTab)
#include "tst_iocstab.moc"
