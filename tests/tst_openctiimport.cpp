// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenCTI incident import end to end: the simulated SentinelOne console and OpenCTI, a real
// SQLite file. What reaches OpenCTI, idempotence, change detection, the request budget, faults on
// both APIs, an OpenCTI slower than a run (nothing sent twice), a work that vanished or never
// finishes (sent again), and a killed CLI run that resumes without loss or duplicates.
#include "OpenCtiSim.h"
#include "SimServer.h"
#include "config/Translations.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "opencti/StixBundleBuilder.h"
#include "opencti/StixIds.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "s1/ThreatFlagJob.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace opencti;

class TestOpenCtiImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ImportStore> m_store;
    std::unique_ptr<s1::S1Client> m_s1;
    std::unique_ptr<OpenCtiClient> m_openCti;
    ImportSettings m_settings;
    int m_dbCounter = 0;

    int requests(const QString &key) const
    {
        return m_sim->stats().value(QLatin1String("requests")).toObject().value(key).toInt();
    }
    QJsonArray incidents() const { return m_sim->openCti().store().objectsJson(QStringLiteral("incident")); }

    bool runJob(jobs::Job *job)
    {
        QSignalSpy finished(job, &jobs::Job::finished);
        job->start();
        return job->isFinished() || finished.wait(60000);
    }

    // Every threat whose notes contain the flag, found the slow way (the import must not need this).
    QSet<QString> flaggedThreats()
    {
        s1::ThreatQuery q;
        q.noteExists = true;
        s1::ThreatListJob list(m_s1.get(), q);
        list.setKeepResults(true);
        runJob(&list);
        QSet<QString> out;
        for (const s1::Threat &t : list.threats()) {
            s1::NoteListJob notes(m_s1.get(), t.id);
            runJob(&notes);
            for (const s1::ThreatNote &n : notes.notes())
                if (n.containsFlag(m_settings.flag))
                    out.insert(t.id);
        }
        return out;
    }

    std::unique_ptr<OpenCtiImportJob> importJob()
    {
        return std::make_unique<OpenCtiImportJob>(m_s1.get(), m_openCti.get(), m_store.get(), m_settings);
    }

    void startSims(int threats, const QString &faults = {})
    {
        s1sim::SimOptions options;
        options.threats = threats;
        options.seed = 21;
        options.faults = faults;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen() != 0);
        m_sim->openCti().setIngestDelayMs(1);
        s1::ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = m_sim->token();
        c.transport.backoffBaseMs = 20;
        c.transport.backoffMaxMs = 200;
        c.transport.maxAttempts = 10;
        m_s1 = std::make_unique<s1::S1Client>(c);
        OpenCtiConfig o;
        o.url = m_sim->openCtiUrl();
        o.token = m_sim->openCtiToken();
        o.transport.backoffBaseMs = 20;
        o.transport.backoffMaxMs = 200;
        o.transport.maxAttempts = 10;
        m_openCti = std::make_unique<OpenCtiClient>(o);
        m_db = std::make_unique<storage::Database>(
            m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++m_dbCounter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<ImportStore>(m_db.get());
        m_settings = ImportSettings();
        m_settings.profileId = QStringLiteral("test-profile");
        m_settings.connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings.bundle.consoleUrl = m_sim->baseUrl();
        m_settings.workPollMs = 20;
    }

    void flag(const QStringList &ids)
    {
        s1::ThreatFlagJob job(m_s1.get(), s1::ThreatFlagJob::Mode::Flag, ids, m_settings.flag);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Succeeded);
    }

    QStringList threatIds(int count, int offset = 0)
    {
        s1::ThreatListJob list(m_s1.get(), {});
        list.setKeepResults(true);
        runJob(&list);
        QStringList ids;
        for (int i = offset; i < offset + count && i < list.threats().size(); ++i)
            ids << list.threats().at(i).id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    // Flagged threats, and only they, become incidents with the ids OpenCTI's tooling computes.
    void flaggedThreatsBecomeIncidents()
    {
        startSims(400);
        flag(threatIds(6, 10));
        const QSet<QString> flagged = flaggedThreats();
        QVERIFY(flagged.size() >= 6);

        m_sim->resetStats();
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
        QCOMPARE(QSet<QString>(job->importedThreats().cbegin(), job->importedThreats().cend()), flagged);
        QCOMPARE(incidents().size(), flagged.size());
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Imported), int(flagged.size()));
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Sent), 0);

        // The request budget: list pages + one notes request per candidate (threats with notes).
        s1::ThreatQuery withNotes;
        withNotes.noteExists = true;
        s1::ThreatListJob count(m_s1.get(), withNotes);
        runJob(&count);
        QCOMPARE(requests(QStringLiteral("GET /web/api/v2.1/threats/{id}/notes")), int(count.totalItems()));
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), int(flagged.size()));
        QCOMPARE(requests(QStringLiteral("POST /graphql WorkAdd")), 1);

        // Each incident is the one StixBundleBuilder names for its threat, with a link back.
        for (const QJsonValue &v : incidents()) {
            const QJsonObject incident = v.toObject();
            const QString name = incident.value(QLatin1String("name")).toString();
            const QString threatId = name.section(QStringLiteral(" - "), -1);
            QVERIFY2(flagged.contains(threatId), qPrintable(name));
            const auto record = m_store->record(m_settings.profileId, threatId);
            QVERIFY(record);
            QCOMPARE(record->incidentId, incident.value(QLatin1String("id")).toString());
            const QJsonArray refs = incident.value(QLatin1String("external_references")).toArray();
            QVERIFY(refs.first()
                        .toObject()
                        .value(QLatin1String("url"))
                        .toString()
                        .endsWith(threatId + QStringLiteral("/overview")));
        }

        // A second run sends nothing.
        m_sim->resetStats();
        auto again = importJob();
        QVERIFY(runJob(again.get()));
        QCOMPARE(again->state(), jobs::Job::State::Succeeded);
        QCOMPARE(again->importedThreats().size(), 0);
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 0);
        QCOMPARE(requests(QStringLiteral("POST /graphql WorkAdd")), 0);
        QCOMPARE(incidents().size(), flagged.size());

        // A changed threat (a new note) re-sends only its bundle.
        const QString changed = *flagged.cbegin();
        net::ApiCall *add = m_s1->addNote({changed}, QStringLiteral("Contained; reimaged the host."));
        QSignalSpy added(add, &net::ApiCall::finished);
        QVERIFY(added.wait());
        m_sim->resetStats();
        auto third = importJob();
        QVERIFY(runJob(third.get()));
        QCOMPARE(third->importedThreats(), QStringList {changed});
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 1);
        QCOMPARE(incidents().size(), flagged.size()); // updated, not duplicated
        bool noteArrived = false;
        for (const QJsonValue &v : m_sim->openCti().store().objectsJson(QStringLiteral("note")))
            noteArrived |= v.toObject()
                               .value(QLatin1String("content"))
                               .toString()
                               .contains(QLatin1String("reimaged the host"));
        QVERIFY(noteArrived);
    }

    // Every threat created after a date, flagged or not (what the public connector does since 2026).
    void createdAfterMode()
    {
        startSims(150);
        m_settings.mode = config::Profile::ImportMode::CreatedAfter;
        m_settings.importStart = QDate::currentDate().addDays(-5);
        s1::ThreatQuery recent;
        recent.createdAfter = m_settings.importStart.startOfDay(Qt::UTC);
        s1::ThreatListJob count(m_s1.get(), recent);
        runJob(&count);
        QVERIFY(count.totalItems() > 0);
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QCOMPARE(job->importedThreats().size(), int(count.totalItems()));
        QCOMPARE(incidents().size(), int(count.totalItems()));
    }

    // "Import now" for a selection: those threats, flagged or not, and nothing else.
    void importNowSelection()
    {
        startSims(100);
        const QStringList chosen = threatIds(3, 40);
        m_settings.onlyThreatIds = chosen;
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QCOMPARE(QSet<QString>(job->importedThreats().cbegin(), job->importedThreats().cend()),
            QSet<QString>(chosen.cbegin(), chosen.cend()));
        QCOMPARE(incidents().size(), 3);
    }

    // The profile's TLP marking is on what reaches OpenCTI (default TLP:RED).
    void tlpMarkingFromTheProfile()
    {
        startSims(60);
        config::Profile profile;
        profile.id = QStringLiteral("tlp-profile");
        profile.connectorId = m_settings.connectorId;
        profile.consoleUrl = m_sim->baseUrl();
        QCOMPARE(profile.tlp, QStringLiteral("TLP:RED"));
        profile.tlp = QStringLiteral("TLP:AMBER");
        m_settings = ImportSettings::fromProfile(profile);
        m_settings.workPollMs = 20;
        m_settings.onlyThreatIds = threatIds(1, 3);
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QCOMPARE(job->importedThreats().size(), 1);
        const QJsonObject incident = incidents().first().toObject();
        QCOMPARE(incident.value(QLatin1String("object_marking_refs")).toArray(),
            QJsonArray {StixIds::tlpMarking(QStringLiteral("TLP:AMBER"))});
    }

    // 429s, server errors and dropped connections on both APIs: everything arrives, once.
    void faultsOnBothApis()
    {
        startSims(300, QStringLiteral("429=0.15,retry-after=0,5xx=0.1,drop=0.05"));
        const QSet<QString> flagged = [this] {
            m_sim->setFaults({});
            flag(threatIds(8, 5));
            const QSet<QString> f = flaggedThreats();
            QString error;
            m_sim->setFaults(
                *s1sim::FaultSpec::parse(QStringLiteral("429=0.15,retry-after=0,5xx=0.1,drop=0.05"), &error));
            return f;
        }();
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
        QCOMPARE(job->counts().failed, qint64(0));
        QCOMPARE(incidents().size(), flagged.size());
        const QJsonObject faults = m_sim->stats().value(QLatin1String("faults")).toObject();
        QVERIFY(faults.value(QLatin1String("429")).toInt() + faults.value(QLatin1String("5xx")).toInt() > 0);
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Imported), int(flagged.size()));
    }

    // A console whose threat list never ends (issue 15's soak): the import fails with the sentence
    // instead of listing for ever. With flagged threats their notes are being read when the list
    // fails: failWith() cancelled those calls while walking m_calls, and their handlers started the
    // next candidates into that list (a SIGSEGV in the CLI before the fix).
    void endlessPagesEndTheImport_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("the same cursor")
            << QStringLiteral("endless-pages=repeat") << QStringLiteral("repeated a page cursor");
        QTest::newRow("new cursors") << QStringLiteral("endless-pages=new")
                                     << QStringLiteral("kept sending pages past the");
    }
    void endlessPagesEndTheImport()
    {
        QFETCH(QString, faults);
        QFETCH(QString, sentence);
        startSims(80);
        flag(threatIds(40)); // more candidates than the import reads at once: some wait in the queue
        QString error;
        m_sim->setFaults(*s1sim::FaultSpec::parse(faults, &error));
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QCOMPARE(job->state(), jobs::Job::State::Failed);
        QVERIFY2(job->summary().contains(sentence), qPrintable(job->summary()));
        // The calls in flight were cancelled without their handlers taking them for failed threats
        // ("Cancelled.", 4 of them before the fix) and starting the next candidates.
        QTest::qWait(50);
        QCOMPARE(job->failures().size(), 0);
        QCOMPARE(job->state(), jobs::Job::State::Failed);
    }

    // How often OpenCTI ingested each incident (by threat id), from the simulator's own records.
    QHash<QString, int> incidentIngestions() const
    {
        QHash<QString, int> out;
        for (const QJsonValue &v : m_sim->openCti().store().objectsJson(QStringLiteral("incident"), true)) {
            const QJsonObject o = v.toObject();
            const QString name
                = o.value(QLatin1String("object")).toObject().value(QLatin1String("name")).toString();
            out.insert(name.section(QStringLiteral(" - "), -1), o.value(QLatin1String("ingestions")).toInt());
        }
        return out;
    }

    QString simWorkStatus(const QString &workId) const
    {
        const s1sim::OpenCtiWork *work = m_sim->openCti().store().work(workId);
        return work ? work->status : QStringLiteral("(gone)");
    }

    // OpenCTI slower than a run (3 s per bundle, the job waits 300 ms): four runs end while the work
    // is still running and none of them sends a bundle again; once OpenCTI is done, the next run
    // confirms every one. Each bundle reached OpenCTI once.
    void slowOpenCtiIsNotSentItsBacklogAgain()
    {
        startSims(120);
        flag(threatIds(4, 10));
        const QSet<QString> flagged = flaggedThreats();
        QVERIFY(flagged.size() >= 4);
        m_sim->openCti().setIngestDelayMs(3000);
        m_settings.workTimeoutMs = 300;
        m_sim->resetStats();

        QString workId;
        for (int run = 1; run <= 4; ++run) {
            auto job = importJob();
            QVERIFY(runJob(job.get()));
            QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
            if (run == 1)
                workId = job->workId();
            // The premise: every run ended before OpenCTI finished the work.
            QVERIFY2(simWorkStatus(workId) != QLatin1String("complete"),
                qPrintable(QStringLiteral("run %1").arg(run)));
            QVERIFY(m_sim->openCti().pendingBundles() > 0);
            QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), int(flagged.size()));
            QCOMPARE(requests(QStringLiteral("POST /graphql WorkAdd")), 1);
            QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Sent), int(flagged.size()));
            if (run > 1) {
                QCOMPARE(job->stillProcessingCount(), int(flagged.size()));
                QVERIFY2(job->summary().contains(QLatin1String("still being processed by OpenCTI")),
                    qPrintable(job->summary()));
            }
        }

        m_sim->openCti().setIngestDelayMs(1); // OpenCTI catches up
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->openCti().pendingBundles(), 0, 20000);
        QCOMPARE(simWorkStatus(workId), QStringLiteral("complete"));
        auto last = importJob();
        QVERIFY(runJob(last.get()));
        QVERIFY2(last->state() == jobs::Job::State::Succeeded, qPrintable(last->summary()));
        QCOMPARE(QSet<QString>(last->importedThreats().cbegin(), last->importedThreats().cend()), flagged);
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Imported), int(flagged.size()));
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Sent), 0);
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), int(flagged.size()));
        const QHash<QString, int> ingestions = incidentIngestions();
        QCOMPARE(QSet<QString>(ingestions.keyBegin(), ingestions.keyEnd()), flagged);
        for (auto it = ingestions.cbegin(); it != ingestions.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // A work that vanished from OpenCTI (deleted, or purged) before it was confirmed: its bundles are
    // sent again, once, and then confirmed.
    void vanishedWorkIsSentAgainOnce()
    {
        startSims(120);
        flag(threatIds(3, 20));
        const QSet<QString> flagged = flaggedThreats();
        QVERIFY(flagged.size() >= 3);
        m_sim->openCti().setIngestDelayMs(60000);
        m_settings.workTimeoutMs = 200;
        m_sim->resetStats();
        auto first = importJob();
        QVERIFY(runJob(first.get()));
        const QString workId = first->workId();
        QCOMPARE(simWorkStatus(workId), QStringLiteral("progress"));
        QCOMPARE(m_sim->openCti().pendingBundles(), int(flagged.size()));

        // The work is deleted in OpenCTI (what was queued for it is still ingested, reporting nowhere).
        m_sim->openCti().store().works.removeIf(
            [&workId](const s1sim::OpenCtiWork &w) { return w.id == workId; });
        m_sim->openCti().setIngestDelayMs(1);
        QCOMPARE(simWorkStatus(workId), QStringLiteral("(gone)"));

        auto second = importJob();
        QVERIFY(runJob(second.get()));
        QVERIFY2(second->state() == jobs::Job::State::Succeeded, qPrintable(second->summary()));
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 2 * int(flagged.size()));
        QCOMPARE(
            QSet<QString>(second->importedThreats().cbegin(), second->importedThreats().cend()), flagged);
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Imported), int(flagged.size()));
        QCOMPARE(incidents().size(), flagged.size());

        auto third = importJob();
        QVERIFY(runJob(third.get()));
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 2 * int(flagged.size()));
    }

    // A work OpenCTI never finishes is not waited for forever: past workGiveUpMs its bundles go again.
    void unfinishedWorkIsGivenUpAfterALongTime()
    {
        startSims(120);
        flag(threatIds(2, 30));
        const QSet<QString> flagged = flaggedThreats();
        m_sim->openCti().setIngestDelayMs(60000);
        m_settings.workTimeoutMs = 200;
        m_settings.workGiveUpMs = 60000;
        m_sim->resetStats();
        auto first = importJob();
        QVERIFY(runJob(first.get()));
        auto waiting = importJob();
        QVERIFY(runJob(waiting.get()));
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), int(flagged.size()));
        QCOMPARE(waiting->stillProcessingCount(), int(flagged.size()));

        m_settings.workGiveUpMs = 0; // as if a day had passed
        m_sim->openCti().setIngestDelayMs(1);
        auto givenUp = importJob();
        QVERIFY(runJob(givenUp.get()));
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 2 * int(flagged.size()));
        QCOMPARE(givenUp->stillProcessingCount(), 0);
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Imported), int(flagged.size()));
    }

    // The CLI killed in the middle of an import: the next run finishes it, no loss, no duplicates.
    void killedRunResumes()
    {
        QProcess sim;
        sim.start(QStringLiteral(S1_SIM_EXE),
            {QStringLiteral("--threats"), QStringLiteral("600"), QStringLiteral("--seed"),
                QStringLiteral("9"), QStringLiteral("--faults"), QStringLiteral("delay-ms=40")});
        QVERIFY(sim.waitForStarted());
        QByteArray head;
        while (head.count('\n') < 4 && sim.waitForReadyRead(20000))
            head += sim.readAllStandardOutput();
        QMap<QString, QString> env;
        for (const QByteArray &line : head.split('\n'))
            if (line.contains('='))
                env.insert(
                    QString::fromUtf8(line).section(u'=', 0, 0), QString::fromUtf8(line).section(u'=', 1));
        QVERIFY(env.contains(QStringLiteral("OPENCTI_URL")));
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            pe.insert(it.key(), it.value());
        pe.insert(QStringLiteral("CONNECTOR_ID"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        pe.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("killed-data")));
        pe.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("killed-config")));
        auto cli = [&pe](const QStringList &args, int killAfterMs = -1) {
            QProcess p;
            p.setProcessEnvironment(pe);
            p.start(QStringLiteral(S1_CLI_EXE), args);
            p.waitForStarted();
            if (killAfterMs >= 0) {
                QTest::qWait(killAfterMs);
                p.kill(); // SIGKILL: no chance to clean up
            }
            p.waitForFinished(120000);
            return std::make_pair(
                p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -9, p.readAllStandardError());
        };
        // Flag many threats so that the run takes a while.
        QJsonArray all = QJsonDocument::fromJson([&] {
            QProcess p;
            p.setProcessEnvironment(pe);
            p.start(QStringLiteral(S1_CLI_EXE),
                {QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")});
            p.waitForFinished(60000);
            return p.readAllStandardOutput();
        }())
                             .array();
        QStringList ids;
        for (int i = 0; i < 120; ++i)
            ids << all.at(i * 5).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(cli(QStringList {QStringLiteral("threats"), QStringLiteral("flag")} + ids).first, 0);

        const auto killed
            = cli({QStringLiteral("opencti"), QStringLiteral("import"), QStringLiteral("--once")}, 1500);
        QCOMPARE(killed.first, -9); // it really was killed mid-run
        const auto resumed
            = cli({QStringLiteral("opencti"), QStringLiteral("import"), QStringLiteral("--once")});
        QVERIFY2(resumed.first == 0, resumed.second.constData());

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(
            env.value(QStringLiteral("S1_URL")) + QStringLiteral("/__sim/opencti/objects?type=incident"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        const QJsonArray stored = QJsonDocument::fromJson(reply->readAll()).array();
        QSet<QString> names;
        for (const QJsonValue &v : stored)
            names.insert(
                v.toObject().value(QLatin1String("name")).toString().section(QStringLiteral(" - "), -1));
        QCOMPARE(stored.size(), names.size()); // no duplicates
        for (const QString &id : std::as_const(ids))
            QVERIFY2(names.contains(id), qPrintable(id));

        const auto status
            = cli({QStringLiteral("opencti"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.first, 0);
        sim.terminate();
        sim.waitForFinished(10000);
    }

    // Issue 15: a proxy in front of OpenCTI answers one request among many with its web page (HTTP
    // 200 text/html). Whichever request it hits (registering, creating the work, a bundle, closing
    // the work, its status), the import sends that request again and imports every threat.
    void oneWebPageAmongManyIsRetried_data()
    {
        QTest::addColumn<int>("nth"); // < 0: the nth request after the n bundles' (-1: the last bundle)
        QTest::addColumn<QString>("operation");
        // With one candidate at a time the /graphql requests come in this order.
        QTest::newRow("RegisterConnector") << 1 << QStringLiteral("RegisterConnector");
        QTest::newRow("WorkAdd") << 2 << QStringLiteral("WorkAdd");
        QTest::newRow("first StixBundlePush") << 3 << QStringLiteral("StixBundlePush");
        QTest::newRow("last StixBundlePush") << -1 << QStringLiteral("StixBundlePush");
        QTest::newRow("WorkToProcessed") << -2 << QStringLiteral("WorkToProcessed");
        QTest::newRow("WorkStatus") << -3 << QStringLiteral("WorkStatus");
    }
    void oneWebPageAmongManyIsRetried()
    {
        QFETCH(int, nth);
        QFETCH(QString, operation);
        startSims(120);
        flag(threatIds(3, 4));
        const QSet<QString> flagged = flaggedThreats(); // the 3 and those the simulator seeded
        QVERIFY(flagged.size() >= 3);
        if (nth < 0)
            nth = 2 + int(flagged.size()) - 1 - nth;
        m_settings.concurrency = 1; // the order of the requests is known
        m_settings.pageRetryDelayMs = 10;
        m_sim->resetStats();
        QString error;
        m_sim->setFaults(*s1sim::FaultSpec::parse(QStringLiteral("html-nth=%1").arg(nth), &error));
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
        QCOMPARE(job->counts().failed, qint64(0));
        QCOMPARE(
            m_sim->stats().value(QLatin1String("faults")).toObject().value(QLatin1String("html")).toInt(), 1);
        QVERIFY2(requests(QStringLiteral("POST /graphql ") + operation) >= 2, qPrintable(operation));
        QCOMPARE(QSet<QString>(job->importedThreats().cbegin(), job->importedThreats().cend()), flagged);
        QCOMPARE(incidents().size(), flagged.size()); // the bundle sent twice is upserted, not doubled
        QCOMPARE(m_store->count(m_settings.profileId, ImportRecord::Status::Imported), int(flagged.size()));
    }

    // The web page keeps coming for one bundle (every attempt): only that threat fails, with the
    // sentence; the others are imported; the next run imports it.
    void webPageThatPersistsFailsOnlyItsThreat()
    {
        startSims(120);
        flag(threatIds(3, 4));
        const QSet<QString> flagged = flaggedThreats();
        QVERIFY(flagged.size() >= 3);
        m_settings.concurrency = 1;
        m_settings.pageRetryDelayMs = 10;
        m_settings.pageRetries = 2;
        QString error;
        // Requests 3, 4 and 5: the first bundle and both of its retries.
        m_sim->setFaults(*s1sim::FaultSpec::parse(QStringLiteral("html-nth=3,html-times=3"), &error));
        auto job = importJob();
        QVERIFY(runJob(job.get()));
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
        QCOMPARE(job->counts().failed, qint64(1));
        QCOMPARE(job->importedThreats().size(), flagged.size() - 1);
        QCOMPARE(job->failures().size(), 1);
        const QString failedId = job->failures().first().item;
        QVERIFY(flagged.contains(failedId));
        QVERIFY(!job->importedThreats().contains(failedId));
        const QString message = job->failures().first().message;
        QVERIFY2(message.contains(QLatin1String("web page")) && message.contains(QLatin1String("Check")),
            qPrintable(message));
        QVERIFY2(job->summary().contains(QLatin1String("1 failed")), qPrintable(job->summary()));
        QCOMPARE(incidents().size(), flagged.size() - 1);

        // The next run (the proxy is quiet again) imports the failed one, and only it.
        m_sim->setFaults({});
        m_sim->resetStats();
        auto again = importJob();
        QVERIFY(runJob(again.get()));
        QVERIFY2(again->state() == jobs::Job::State::Succeeded, qPrintable(again->summary()));
        QCOMPARE(again->importedThreats(), QStringList {failedId});
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 1);
        QCOMPARE(incidents().size(), flagged.size());
    }
};

QTEST_GUILESS_MAIN(TestOpenCtiImport)
#include "tst_openctiimport.moc"
