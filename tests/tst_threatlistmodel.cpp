// SPDX-License-Identifier: GPL-3.0-or-later
// The threat browser's data layer (ThreatListModel, ThreatFilterProxy, ThreatPageFetcher) against
// the in-process simulator: on-demand paging, server filters and order, refresh, flag states with
// bounded requests, hostile text, generations, errors and the quick filter.
#include "SimServer.h"
#include "SimTenant.h"
#include "ThreatFilterProxy.h"
#include "ThreatListModel.h"
#include "config/Translations.h"
#include "s1/S1Client.h"
#include "s1/ThreatFlagJob.h"
#include "s1/ThreatPageFetcher.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString ThreatsKey = u"GET /web/api/v2.1/threats"_s;
const QString NotesKey = u"GET /web/api/v2.1/threats/{id}/notes"_s;
const QString Flag = u"[OpenCTI_add]"_s;
} // namespace

class TestThreatListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<ThreatListModel> m_model;

    void startSim(int threats)
    {
        s1sim::SimOptions options;
        options.threats = threats;
        options.seed = 7;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    }
    s1::ConsoleConfig config(const QString &token = {}) const
    {
        s1::ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = token.isEmpty() ? m_sim->token() : token;
        c.transport.maxAttempts = 1;
        return c;
    }
    ThreatListModel *newModel()
    {
        m_model = std::make_unique<ThreatListModel>();
        m_model->setConsole(config(), Flag);
        return m_model.get();
    }
    int requests(const QString &key) const
    {
        return m_sim->stats().value("requests"_L1).toObject().value(key).toInt();
    }
    // Every seeded threat, parsed as the client parses it: the truth the model is checked against.
    QList<s1::Threat> seeded() const
    {
        QList<s1::Threat> all;
        for (int i = 0; i < m_sim->tenant().threatCount(); ++i)
            all << s1::Threat::fromJson(QJsonDocument::fromJson(m_sim->tenant().threatJson(i)).object());
        return all;
    }
    bool seededFlag(const QString &threatId) const
    {
        QUrlQuery q;
        q.addQueryItem(u"limit"_s, u"1000"_s);
        const s1sim::SimReply reply = m_sim->tenant().listThreatNotes(threatId, q, s1sim::SimCaller {});
        const QJsonArray notes = QJsonDocument::fromJson(reply.body).object().value("data"_L1).toArray();
        for (const QJsonValue &n : notes)
            if (n.toObject().value("text"_L1).toString().contains(Flag))
                return true;
        return false;
    }
    static QStringList ids(const ThreatListModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.threatAt(row)->id;
        return out;
    }
    static bool loadAll(ThreatListModel &model)
    {
        model.fetchAll();
        return QTest::qWaitFor([&model] { return !model.isLoading() && !model.canFetchMore({}); }, 30000);
    }
    static int countState(const ThreatListModel &model, int first, int last, ThreatListModel::FlagState state)
    {
        int n = 0;
        for (int row = first; row <= last; ++row)
            n += model.flagState(model.threatAt(row)->id) == state;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }
    void cleanup()
    {
        m_model.reset();
        m_sim.reset();
    }

    void pagesOnDemand()
    {
        startSim(2500);
        ThreatListModel *model = newModel();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy totals(model, &ThreatListModel::totalCountChanged);
        model->setQuery({});
        QVERIFY(model->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ThreatListModel::PageSize, 20000);
        QTRY_VERIFY(!model->isLoading());
        QTest::qWait(300); // time enough for an over-eager model to ask for more
        QCOMPARE(requests(ThreatsKey), 1);
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(model->totalCount(), 2500);
        QCOMPARE(totals.last().at(0).toLongLong(), 2500);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(inserted.count(), 1);

        model->fetchMore({});
        QVERIFY(model->isLoading());
        model->fetchMore({}); // while loading: nothing more
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2000, 20000);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(requests(ThreatsKey), 2);
        QCOMPARE(inserted.count(), 2); // one insertion per page
        QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
        QCOMPARE(inserted.at(1).at(2).toInt(), 1999);

        // The tester calls fetchMore() on every change, as a view scrolled to the end does.
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2500, 20000);
        QTRY_VERIFY(!model->isLoading());
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(requests(ThreatsKey), 3);
        QCOMPARE(resets.count(), 1); // setQuery's clear only: pages are insertions

        const QStringList loaded = ids(*model);
        const QSet<QString> unique(loaded.cbegin(), loaded.cend());
        QCOMPARE(unique.size(), 2500);
        QSet<QString> expected;
        for (int i = 0; i < 2500; ++i)
            expected.insert(m_sim->tenant().threatId(i));
        QCOMPARE(unique, expected);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rowOfThreat(loaded.at(row)), row);
        QCOMPARE(model->rowOfThreat(u"1"_s), -1);
        QVERIFY(!model->threatAt(-1));
        QVERIFY(!model->threatAt(2500));
    }

    void fetchAllLoadsEverything()
    {
        startSim(2300);
        ThreatListModel *model = newModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(model, &ThreatListModel::loadingChanged);
        model->fetchAll(); // without a setQuery(): from the first page
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 2300);
        QCOMPARE(requests(ThreatsKey), 3);
        QCOMPARE(loading.count(), 2); // true once, false once: the pages follow each other
        QCOMPARE(loading.first().at(0).toBool(), true);
        QCOMPARE(loading.last().at(0).toBool(), false);
    }

    void serverFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("noteExists") << u"noteExists"_s;
        QTest::newRow("classifications") << u"classifications"_s;
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("confidence+incident") << u"confidence+incident"_s;
    }
    void serverFilters()
    {
        QFETCH(QString, filter);
        startSim(1500);
        ThreatListModel *model = newModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        s1::ThreatQuery query;
        std::function<bool(const s1::Threat &)> matches;
        if (filter == "noteExists"_L1) {
            query.noteExists = true;
            matches = [this](const s1::Threat &t) { return m_sim->tenant().noteCount(t.id) > 0; };
        } else if (filter == "classifications"_L1) {
            query.classifications = QStringList {u"Ransomware"_s, u"Miner"_s};
            matches = [](const s1::Threat &t) {
                return t.classification == "Ransomware"_L1 || t.classification == "Miner"_L1;
            };
        } else if (filter == "text"_L1) {
            query.text = u"mimikatz"_s;
            matches = [](const s1::Threat &t) {
                return t.name.contains("mimikatz"_L1, Qt::CaseInsensitive)
                    || t.filePath.contains("mimikatz"_L1, Qt::CaseInsensitive)
                    || t.computerName.contains("mimikatz"_L1, Qt::CaseInsensitive);
            };
        } else {
            query.confidenceLevels = QStringList {u"suspicious"_s};
            query.incidentStatuses = QStringList {u"unresolved"_s};
            matches = [](const s1::Threat &t) {
                return t.confidenceLevel == "suspicious"_L1 && t.incidentStatus == "unresolved"_L1;
            };
        }
        QSet<QString> expected;
        for (const s1::Threat &t : seeded())
            if (matches(t))
                expected.insert(t.id);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < 1500);

        model->setQuery(query);
        QVERIFY(loadAll(*model));
        const QStringList loaded = ids(*model);
        QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()), expected);
        QCOMPARE(model->totalCount(), qint64(expected.size()));
        QCOMPARE(model->query().toUrlQuery().toString(), query.toUrlQuery().toString());
    }

    void sortGoesToTheApi_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("sortBy");
        QTest::newRow("created ascending")
            << int(ThreatListModel::Created) << Qt::AscendingOrder << u"createdAt"_s;
        QTest::newRow("updated descending")
            << int(ThreatListModel::Updated) << Qt::DescendingOrder << u"updatedAt"_s;
        QTest::newRow("updated ascending")
            << int(ThreatListModel::Updated) << Qt::AscendingOrder << u"updatedAt"_s;
    }
    void sortGoesToTheApi()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, sortBy);
        startSim(1800);
        ThreatListModel *model = newModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setQuery({});
        QVERIFY(loadAll(*model));
        QCOMPARE(model->sortColumn(), int(ThreatListModel::Created)); // the console's default
        QCOMPARE(model->sortOrder(), Qt::DescendingOrder);

        model->sort(column, order);
        QCOMPARE(model->query().sortBy, sortBy);
        QCOMPARE(model->query().descending, order == Qt::DescendingOrder);
        QCOMPARE(model->rowCount(), 0); // cleared, reloading
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), 1800);
        QCOMPARE(model->sortColumn(), column);
        QCOMPARE(model->sortOrder(), order);
        for (int row = 1; row < model->rowCount(); ++row) {
            const s1::Threat *a = model->threatAt(row - 1), *b = model->threatAt(row);
            const QDateTime x = column == ThreatListModel::Created ? a->createdAt : a->updatedAt;
            const QDateTime y = column == ThreatListModel::Created ? b->createdAt : b->updatedAt;
            QVERIFY2(order == Qt::AscendingOrder ? x <= y : x >= y,
                qPrintable(u"rows %1 and %2"_s.arg(row - 1).arg(row)));
        }

        // Columns the API cannot sort by what they show: nothing happens.
        const int before = requests(ThreatsKey);
        for (int c : {int(ThreatListModel::Name), int(ThreatListModel::Site),
                 int(ThreatListModel::Classification), int(ThreatListModel::Flagged)}) {
            QVERIFY(!ThreatListModel::isServerSortable(c));
            model->sort(c, Qt::AscendingOrder);
        }
        model->sort(column, order); // the current order: nothing either
        QCOMPARE(model->query().sortBy, sortBy);
        QCOMPARE(model->rowCount(), 1800);
        QVERIFY(!model->isLoading());
        QTest::qWait(100);
        QCOMPARE(requests(ThreatsKey), before);
    }

    void refreshKeepsRowsAndRechecksChangedFlags()
    {
        startSim(2200);
        ThreatListModel *model = newModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setQuery({});
        QVERIFY(loadAll(*model));
        const QStringList before = ids(*model);
        QCOMPARE(before.size(), 2200);

        model->requestFlagStates(0, 39);
        QTRY_COMPARE_WITH_TIMEOUT(countState(*model, 0, 39, ThreatListModel::FlagState::Checking), 0, 20000);
        int row = 0;
        while (row < 40 && model->flagState(before.at(row)) != ThreatListModel::FlagState::NotFlagged)
            ++row;
        QVERIFY(row < 40);
        const QString target = before.at(row);
        const QPersistentModelIndex kept(model->index(1500, ThreatListModel::Name));

        // Someone flags it in the console; until a refresh, the cached state stands.
        s1::S1Client client(config());
        s1::ThreatFlagJob job(&client, s1::ThreatFlagJob::Mode::Flag, {target}, Flag);
        QSignalSpy done(&job, &jobs::Job::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(job.state(), jobs::Job::State::Succeeded);
        QCOMPARE(model->flagState(target), ThreatListModel::FlagState::NotFlagged);

        m_sim->resetStats();
        QSignalSpy refreshed(model, &ThreatListModel::refreshed);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        model->refresh();
        QVERIFY(model->isLoading());
        QCOMPARE(model->rowCount(), 2200); // the rows stay on screen meanwhile
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(ids(*model), before);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 1500);
        QCOMPARE(kept.data(ThreatListModel::ThreatIdRole).toString(), before.at(1500));

        // The flagged threat changed (updatedAt): asked again, the others of the range are not.
        QTRY_COMPARE_WITH_TIMEOUT(model->flagState(target), ThreatListModel::FlagState::Flagged, 10000);
        QCOMPARE(model->data(model->index(row, ThreatListModel::Flagged)).toString(), u"Flagged"_s);
        QCOMPARE(requests(ThreatsKey), 3 + 1); // 3 pages, then the noteExists check of that one threat
        QCOMPARE(requests(NotesKey), 1);
    }

    void refreshWithNothingLoadedLoadsTheFirstPage()
    {
        startSim(1200);
        ThreatListModel *model = newModel();
        QSignalSpy refreshed(model, &ThreatListModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(model->rowCount(), 1000);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(requests(ThreatsKey), 1);
    }

    void flagStatesAreCheapAndCached()
    {
        startSim(1000);
        ThreatListModel *model = newModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1000, 20000);
        QTRY_VERIFY(!model->isLoading());

        // Rows 0..299: the truth, and how many of them have notes at all.
        const int first = 0, last = 299;
        QStringList flagged;
        int withNotes = 0;
        for (int row = first; row <= last; ++row) {
            const QString id = model->threatAt(row)->id;
            withNotes += m_sim->tenant().noteCount(id) > 0;
            if (seededFlag(id))
                flagged << id;
        }
        QVERIFY(!flagged.isEmpty()); // ~2% of the seeded threats carry the flag
        QVERIFY(withNotes > flagged.size()); // others have notes without it

        // Slow answers: with at most 4 notes requests in flight, withNotes of them take at least
        // ceil(withNotes / 4) delays after the one noteExists check.
        const int delayMs = 150;
        s1sim::FaultSpec slow;
        slow.delayMs = delayMs;
        m_sim->setFaults(slow);
        m_sim->resetStats();
        QCOMPARE(model->flagState(flagged.first()), ThreatListModel::FlagState::Unknown);
        QElapsedTimer timer;
        timer.start();
        model->requestFlagStates(first, last);
        QCOMPARE(model->flagState(flagged.first()), ThreatListModel::FlagState::Checking);
        QCOMPARE(model->data(model->index(model->rowOfThreat(flagged.first()), ThreatListModel::Flagged))
                     .toString(),
            u"…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            countState(*model, first, last, ThreatListModel::FlagState::Checking), 0, 30000);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(requests(ThreatsKey), 1); // one check for all 300 rows
        QCOMPARE(requests(NotesKey), withNotes); // notes of only those that have some
        QVERIFY2(elapsed >= qint64(delayMs) * (1 + (withNotes + 3) / 4),
            qPrintable(u"%1 notes requests in %2 ms: more than 4 in flight"_s.arg(withNotes).arg(elapsed)));

        for (int row = first; row <= last; ++row) {
            const QString id = model->threatAt(row)->id;
            const bool isFlagged = flagged.contains(id);
            QCOMPARE(model->flagState(id),
                isFlagged ? ThreatListModel::FlagState::Flagged : ThreatListModel::FlagState::NotFlagged);
            const QModelIndex cell = model->index(row, ThreatListModel::Flagged);
            QCOMPARE(cell.data().toString(), isFlagged ? u"Flagged"_s : QString());
            QCOMPARE(cell.data(ThreatListModel::FlagStateRole).value<ThreatListModel::FlagState>(),
                model->flagState(id));
        }

        // Known rows cost nothing.
        m_sim->setFaults({});
        m_sim->resetStats();
        model->requestFlagStates(first, last);
        model->requestFlagStates(10, 20);
        QTest::qWait(200);
        QCOMPARE(requests(ThreatsKey), 0);
        QCOMPARE(requests(NotesKey), 0);
        QCOMPARE(countState(*model, first, last, ThreatListModel::FlagState::Checking), 0);

        // Never the whole console: at most MaxFlagRows rows per request.
        model->requestFlagStates(0, 999);
        QCOMPARE(countState(*model, 0, 999, ThreatListModel::FlagState::Unknown),
            1000 - ThreatListModel::MaxFlagRows);

        // After the analyst's own flag job, the state is known without asking.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const QString other = model->threatAt(999)->id;
        model->setFlagState({other}, true);
        QCOMPARE(model->flagState(other), ThreatListModel::FlagState::Flagged);
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.last().at(0).value<QModelIndex>().column(), int(ThreatListModel::Flagged));
    }

    void flagStateUnknownWithoutFlagText()
    {
        startSim(50);
        ThreatListModel model;
        model.setConsole(config(), QString());
        model.setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, 20000);
        m_sim->resetStats();
        model.requestFlagStates(0, 49);
        QTest::qWait(150);
        QCOMPARE(requests(ThreatsKey), 0);
        QCOMPARE(model.flagState(model.threatAt(0)->id), ThreatListModel::FlagState::Unknown);
    }

    void hostileNamesComeBackVerbatim_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("name");
        QTest::newRow("markup") << u"<script>"_s << u"<script>alert('s1')</script>.sh"_s;
        QTest::newRow("quotes and angle brackets") << u"urgent"_s << u"Invoice \"urgent\" <copy>.app"_s;
        QTest::newRow("ampersand") << u"Budget &"_s << u"Q3 Budget & Forecast.xlsm"_s;
        QTest::newRow("apostrophe") << u"O'Brien"_s << u"O'Brien_CV.doc.exe"_s;
    }
    void hostileNamesComeBackVerbatim()
    {
        QFETCH(QString, search);
        QFETCH(QString, name);
        startSim(2000);
        ThreatListModel *model = newModel();
        s1::ThreatQuery query;
        query.text = search;
        model->setQuery(query);
        QVERIFY(loadAll(*model));
        int found = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, ThreatListModel::Name);
            if (model->threatAt(row)->name != name)
                continue;
            ++found;
            QCOMPARE(cell.data().toString(), name);
            QCOMPARE(cell.data().userType(), QMetaType::QString);
            QVERIFY(cell.data(Qt::ToolTipRole).toString().endsWith(name)); // the file path
        }
        QVERIFY(found > 0);
    }

    void displayText()
    {
        startSim(300);
        ThreatListModel *model = newModel();
        model->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 300, 20000);
        QCOMPARE(model->columnCount(), int(ThreatListModel::ColumnCount));
        QCOMPARE(model->headerData(ThreatListModel::Name, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(model->headerData(ThreatListModel::IncidentStatus, Qt::Horizontal).toString(),
            u"Incident status"_s);
        bool sawMalicious = false, sawSuspicious = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const s1::Threat *t = model->threatAt(row);
            auto text = [model, row](int column) { return model->index(row, column).data().toString(); };
            QCOMPARE(text(ThreatListModel::Name), t->displayName());
            QCOMPARE(model->index(row, 0).data(ThreatListModel::ThreatIdRole).toString(), t->id);
            QCOMPARE(text(ThreatListModel::Classification), t->classification);
            if (t->confidenceLevel == "malicious"_L1) {
                QCOMPARE(text(ThreatListModel::Confidence), u"Malicious"_s);
                sawMalicious = true;
            } else if (t->confidenceLevel == "suspicious"_L1) {
                QCOMPARE(text(ThreatListModel::Confidence), u"Suspicious"_s);
                sawSuspicious = true;
            }
            QVERIFY(!t->analystVerdictDescription.isEmpty());
            QCOMPARE(text(ThreatListModel::Verdict), t->analystVerdictDescription);
            QCOMPARE(text(ThreatListModel::IncidentStatus), t->incidentStatusDescription);
            QCOMPARE(text(ThreatListModel::Endpoint), t->computerName);
            QCOMPARE(text(ThreatListModel::Site), t->siteName);
            QCOMPARE(text(ThreatListModel::Created),
                QLocale().toString(t->createdAt.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(text(ThreatListModel::Updated),
                QLocale().toString(t->updatedAt.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(text(ThreatListModel::Flagged), QString());
            if (!t->filePath.isEmpty())
                QCOMPARE(
                    model->index(row, ThreatListModel::Name).data(Qt::ToolTipRole).toString(), t->filePath);
        }
        QVERIFY(sawMalicious && sawSuspicious);
    }

    void staleGenerationIsDropped()
    {
        startSim(3000);
        ThreatListModel *model = newModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        s1sim::FaultSpec slow;
        slow.delayMs = 150; // the first answer is still on its way when the second query starts
        m_sim->setFaults(slow);
        s1::ThreatQuery ransomware, miners;
        ransomware.classifications = QStringList {u"Ransomware"_s};
        miners.classifications = QStringList {u"Miner"_s};
        model->setQuery(ransomware);
        QTest::qWait(50);
        model->setQuery(miners);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        QTest::qWait(400); // anything late would be in by now
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->threatAt(row)->classification, u"Miner"_s);
    }

    // The fetcher itself, as the model drives it: answers carry their generation, a newer page
    // request cancels the older one.
    void fetcherGenerations()
    {
        startSim(1200);
        QThread worker;
        worker.start();
        auto *fetcher = new s1::ThreatPageFetcher(config());
        fetcher->moveToThread(&worker);
        const auto stop = qScopeGuard([&worker, fetcher] {
            fetcher->deleteLater();
            worker.quit();
            worker.wait();
        });
        // Collected in this thread (queued), not with a QSignalSpy in the worker's.
        QObject receiver;
        QList<std::tuple<quint64, QList<s1::Threat>, QString, qint64>> pages;
        QList<quint64> finished;
        connect(fetcher, &s1::ThreatPageFetcher::pageReady, &receiver,
            [&pages](
                quint64 generation, const QList<s1::Threat> &threats, const QString &cursor, qint64 total) {
                pages.append({generation, threats, cursor, total});
            });
        connect(fetcher, &s1::ThreatPageFetcher::pagesFinished, &receiver,
            [&finished](quint64 generation) { finished << generation; });
        QMetaObject::invokeMethod(
            fetcher, [fetcher] { fetcher->fetch(1, {}, {}, 1000); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            fetcher, [fetcher] { fetcher->fetchPages(2, {}, {}, 500, 900); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTest::qWait(200);
        QCOMPARE(pages.size(), 2); // 500 + 500 >= 900: two pages of generation 2, nothing of 1
        for (const auto &[generation, threats, cursor, total] : std::as_const(pages)) {
            QCOMPARE(generation, 2ULL);
            QCOMPARE(threats.size(), 500);
            QVERIFY(!cursor.isEmpty());
            QCOMPARE(total, 1200);
        }
        QCOMPARE(finished.first(), 2ULL);
        // Repeated values are held once across records.
        const QList<s1::Threat> threats = std::get<1>(pages.first());
        const auto sameSite = std::find_if(threats.cbegin() + 1, threats.cend(),
            [&](const s1::Threat &t) { return t.siteName == threats.first().siteName; });
        QVERIFY(sameSite != threats.cend());
        QVERIFY(sameSite->siteName.constData() == threats.first().siteName.constData());
    }

    void newConsoleDropsTheOldOne()
    {
        startSim(1500);
        s1sim::FaultSpec slow;
        slow.delayMs = 200;
        m_sim->setFaults(slow);
        s1sim::SimOptions options;
        options.threats = 40;
        options.seed = 99;
        s1sim::SimServer other(options);
        QVERIFY(other.listen(QHostAddress::LocalHost, 0) != 0);
        ThreatListModel *model = newModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setQuery({});
        model->requestFlagStates(0, 10); // nothing loaded yet: nothing asked
        QTest::qWait(50);
        s1::ConsoleConfig second;
        second.url = other.baseUrl();
        second.token = other.token();
        model->setConsole(second, Flag);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->isLoading());
        model->setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        QTest::qWait(400); // the first console's answer would be in by now
        QCOMPARE(model->rowCount(), 40);
        QCOMPARE(model->totalCount(), 40);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(
                other.tenant().noteCount(model->threatAt(row)->id) >= 0); // a threat of the second console
    }

    void destroyedWhileLoading()
    {
        startSim(1500);
        s1sim::FaultSpec slow;
        slow.delayMs = 300;
        m_sim->setFaults(slow);
        QElapsedTimer timer;
        timer.start();
        {
            ThreatListModel model;
            model.setConsole(config(), Flag);
            model.setQuery({});
            QTest::qWait(50);
        }
        QVERIFY(timer.elapsed() < 2000); // no waiting for the answer
        QTest::qWait(400); // a late answer finds nobody, and nothing crashes
    }

    void failedNotesLeaveTheStateUnknown()
    {
        startSim(600);
        ThreatListModel *model = newModel();
        model->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 600, 20000);
        QTRY_VERIFY(!model->isLoading());
        s1sim::FaultSpec broken;
        broken.rate5xx = 1.0;
        m_sim->setFaults(broken);
        QSignalSpy failed(model, &ThreatListModel::loadFailed);
        model->requestFlagStates(0, 49);
        QCOMPARE(countState(*model, 0, 49, ThreatListModel::FlagState::Checking), 50);
        QTRY_COMPARE_WITH_TIMEOUT(countState(*model, 0, 49, ThreatListModel::FlagState::Unknown), 50, 20000);
        QCOMPARE(failed.count(), 0); // the listing did not fail; the column just stays empty

        // Asked again once the console answers.
        m_sim->setFaults({});
        model->requestFlagStates(0, 49);
        QTRY_COMPARE_WITH_TIMEOUT(countState(*model, 0, 49, ThreatListModel::FlagState::Unknown)
                + countState(*model, 0, 49, ThreatListModel::FlagState::Checking),
            0, 20000);
        // Unflagging by the analyst's own job: known at once.
        const QString id = model->threatAt(3)->id;
        model->setFlagState({id}, false);
        QCOMPARE(model->flagState(id), ThreatListModel::FlagState::NotFlagged);
    }

    void quickFilterSurvivesRefresh()
    {
        startSim(2200);
        ThreatListModel *model = newModel();
        ThreatFilterProxy proxy;
        proxy.setSourceModel(model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setQuery({});
        QVERIFY(loadAll(*model));
        proxy.setQuickFilter(u"xmrig"_s);
        const int shown = proxy.rowCount();
        QVERIFY(shown > 0);
        QSet<QString> before;
        for (int row = 0; row < shown; ++row)
            before.insert(proxy.index(row, 0).data(ThreatListModel::ThreatIdRole).toString());
        QSignalSpy refreshed(model, &ThreatListModel::refreshed);
        model->refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(proxy.rowCount(), shown);
        QSet<QString> after;
        for (int row = 0; row < proxy.rowCount(); ++row)
            after.insert(proxy.index(row, 0).data(ThreatListModel::ThreatIdRole).toString());
        QCOMPARE(after, before);
        // A new text after the refresh uses the rebuilt index.
        proxy.setQuickFilter(u"mimikatz"_s);
        QVERIFY(proxy.rowCount() > 0);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const s1::Threat *t = model->threatAt(proxy.mapToSource(proxy.index(row, 0)).row());
            QVERIFY(t->name.contains("mimikatz"_L1, Qt::CaseInsensitive)
                || t->filePath.contains("mimikatz"_L1, Qt::CaseInsensitive));
        }
    }

    void refusedTokenFailsWithTheUserSentence()
    {
        startSim(20);
        m_model = std::make_unique<ThreatListModel>();
        m_model->setConsole(config(u"not-the-token"_s), Flag);
        QSignalSpy failed(m_model.get(), &ThreatListModel::loadFailed);
        m_model->setQuery({});
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains("refused the API token"_L1), qPrintable(message));
        QVERIFY(!m_model->isLoading());
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({}));
    }

    void quickFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field"); // what the text is expected to be found in
        QTest::newRow("name") << u"mimikatz"_s << u"name"_s;
        QTest::newRow("name, other case, spaces") << u"  MIMIKATZ "_s << u"name"_s;
        QTest::newRow("hostile name") << u"<script>"_s << u"name"_s;
        QTest::newRow("endpoint") << u"SUP-"_s << u"endpoint"_s;
        QTest::newRow("site") << u"New York"_s << u"site"_s;
        QTest::newRow("classification") << u"ransomware"_s << u"classification"_s;
        QTest::newRow("path") << u"\\Downloads\\"_s << u"path"_s;
        QTest::newRow("sha256 part") << u"#sha256"_s << u"hash"_s;
        QTest::newRow("md5 part, upper case") << u"#md5"_s << u"hash"_s;
        QTest::newRow("nothing") << u"no such threat anywhere"_s << u"none"_s;
        QTest::newRow("empty") << QString() << u"all"_s;
    }
    void quickFilter()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        startSim(1500);
        ThreatListModel *model = newModel();
        ThreatFilterProxy proxy;
        proxy.setSourceModel(model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setQuery({});
        QVERIFY(loadAll(*model));
        if (text == "#sha256"_L1)
            text = model->threatAt(77)->sha256.mid(20, 16);
        else if (text == "#md5"_L1)
            text = model->threatAt(1234)->md5.mid(4, 10).toUpper();
        QVERIFY(!text.startsWith(u'#'));

        const QString needle = text.trimmed();
        auto in = [&needle](const QString &s) { return s.contains(needle, Qt::CaseInsensitive); };
        QSet<QString> expected;
        for (int row = 0; row < model->rowCount(); ++row) {
            const s1::Threat *t = model->threatAt(row);
            const bool hit = needle.isEmpty() || in(t->name) || in(t->fileDisplayName) || in(t->filePath)
                || in(t->computerName) || in(t->siteName) || in(t->classification) || in(t->sha256)
                || in(t->sha1) || in(t->md5);
            if (hit)
                expected.insert(t->id);
        }
        proxy.setQuickFilter(text);
        QCOMPARE(proxy.quickFilter(), needle);
        QSet<QString> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.insert(proxy.index(row, 0).data(ThreatListModel::ThreatIdRole).toString());
        QCOMPARE(shown, expected);
        if (field == "none"_L1)
            QCOMPARE(proxy.rowCount(), 0);
        else if (field == "all"_L1)
            QCOMPARE(proxy.rowCount(), 1500);
        else
            QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 1500);
        if (field == "hash"_L1)
            QVERIFY(proxy.rowCount() >= 1);

        // The filter follows new rows and is undone by an empty text.
        proxy.setQuickFilter(QString());
        QCOMPARE(proxy.rowCount(), 1500);
    }

    void quickFilterAppliesToRowsStillArriving()
    {
        startSim(2500);
        ThreatListModel *model = newModel();
        ThreatFilterProxy proxy;
        proxy.setSourceModel(model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setQuickFilter(u"xmrig"_s);
        model->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1000, 20000);
        const int afterFirstPage = proxy.rowCount();
        model->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 2500, 20000);
        QVERIFY(proxy.rowCount() > afterFirstPage);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, ThreatListModel::Name)
                        .data()
                        .toString()
                        .contains("xmrig"_L1, Qt::CaseInsensitive)
                || model->threatAt(proxy.mapToSource(proxy.index(row, 0)).row())
                       ->filePath.contains("xmrig"_L1, Qt::CaseInsensitive));
    }

    void proxySortGoesToTheModel()
    {
        startSim(100);
        ThreatListModel *model = newModel();
        ThreatFilterProxy proxy;
        proxy.setSourceModel(model);
        model->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 100, 20000);
        proxy.sort(ThreatListModel::Updated, Qt::AscendingOrder);
        QCOMPARE(model->query().sortBy, u"updatedAt"_s);
        QCOMPARE(proxy.sortColumn(), -1); // the proxy itself never reorders
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 100, 20000);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.mapToSource(proxy.index(row, 0)).row(), row);
    }
};

QTEST_MAIN(TestThreatListModel)
#include "tst_threatlistmodel.moc"
