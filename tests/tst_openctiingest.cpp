// SPDX-License-Identifier: GPL-3.0-or-later
// The import documents (RegisterConnector, WorkAdd, StixBundlePush, WorkStatus, WorkToProcessed,
// IncidentByStixId) against the simulated OpenCTI: asynchronous ingestion, upserts, work errors,
// refusals, retries, its /__sim/opencti control endpoints, and no token in any log line.
#include "OpenCtiFixture.h"

#include <QLoggingCategory>

namespace {

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    g_previousHandler(type, context, message);
}

} // namespace

class TestOpenCtiIngest : public OpenCtiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }
    void cleanup() { resetSim(); }

    // --- the import: register, open a work, push, follow it ------------------------------------

    void importRoundTrip()
    {
        startSim();
        OpenCtiClient client(config());
        const QString workId = openWork(client);
        QVERIFY(workId.startsWith(QLatin1String("work_") + m_connectorId + u'_'));
        QCOMPARE(m_sim->openCti().store().connectors.size(), 1);
        QCOMPARE(m_sim->openCti().store().work(workId)->status, QStringLiteral("wait"));

        net::ApiCall *pushed = push(client, validBundle(), workId);
        QVERIFY2(!pushed->error().isError(), qPrintable(pushed->error().userMessage()));
        QCOMPARE(pushed->data().toObject().value(QLatin1String("stixBundlePush")), QJsonValue(true));

        const QJsonObject work = waitForWork(client, workId);
        QCOMPARE(work.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(work.value(QLatin1String("name")).toString(), QStringLiteral("S1 Bridge run"));
        const QJsonObject tracking = work.value(QLatin1String("tracking")).toObject();
        QCOMPARE(tracking.value(QLatin1String("import_expected_number")).toInt(), 4);
        QCOMPARE(tracking.value(QLatin1String("import_processed_number")).toInt(), 4);
        QVERIFY(!tracking.value(QLatin1String("import_last_processed")).toString().isEmpty());
        QCOMPARE(work.value(QLatin1String("completed_number")).toInt(), 4);
        QVERIFY(!work.value(QLatin1String("received_time")).toString().isEmpty());
        QVERIFY(!work.value(QLatin1String("completed_time")).toString().isEmpty());
        QCOMPARE(work.value(QLatin1String("errors")).toArray(), QJsonArray());

        // What the platform holds: the four objects, as pushed (the built-in TLP marking is not listed).
        const QJsonArray objects = storedObjects();
        QCOMPARE(objects.size(), 4);
        QSet<QString> ids;
        for (const QJsonValue &o : objects)
            ids.insert(o.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(
            ids, (QSet<QString> {str(IdentityId), str(IncidentId), str(RelationshipId), str(ObservableId)}));
        QCOMPARE(storedObjects(QStringLiteral("incident")).at(0).toObject(),
            incidentObject(QStringLiteral("Computer: DESKTOP-1")));

        // The incident by its STIX id, with the internal id the link needs.
        net::ApiCall *lookup = send(client, QStringLiteral("IncidentByStixId"),
            QJsonObject {{QStringLiteral("id"), str(IncidentId)}});
        QVERIFY2(!lookup->error().isError(), qPrintable(lookup->error().userMessage()));
        const QJsonObject incident = dataOf(lookup, "incident");
        QCOMPARE(incident.value(QLatin1String("standard_id")).toString(), str(IncidentId));
        QCOMPARE(incident.value(QLatin1String("entity_type")).toString(), QStringLiteral("Incident"));
        QCOMPARE(incident.value(QLatin1String("name")).toString(),
            QStringLiteral("Trojan.Generic - 1900000000000000001"));
        QCOMPARE(
            incident.value(QLatin1String("description")).toString(), QStringLiteral("Computer: DESKTOP-1"));
        QCOMPARE(
            incident.value(QLatin1String("created")).toString(), QStringLiteral("2024-05-02T10:11:12.000Z"));
        QCOMPARE(incident.value(QLatin1String("revoked")), QJsonValue(false));
        const QString internalId = incident.value(QLatin1String("id")).toString();
        QVERIFY(!QUuid::fromString(internalId).isNull());
        QCOMPARE(incident.keys().size(), 11); // exactly the fields the document selects
        // ... and by the internal id; another type's id or an unknown one is null, not an error
        lookup = send(
            client, QStringLiteral("IncidentByStixId"), QJsonObject {{QStringLiteral("id"), internalId}});
        QCOMPARE(dataOf(lookup, "incident").value(QLatin1String("standard_id")).toString(), str(IncidentId));
        for (const char *other : {IdentityId, "incident--00000000-0000-4000-8000-000000000000"}) {
            lookup = send(
                client, QStringLiteral("IncidentByStixId"), QJsonObject {{QStringLiteral("id"), str(other)}});
            QVERIFY2(!lookup->error().isError(), qPrintable(lookup->error().userMessage()));
            QVERIFY(lookup->data().toObject().value(QLatin1String("incident")).isNull());
        }

        // The connector says it is done: the message is kept, the work stays complete.
        net::ApiCall *done = send(client, QStringLiteral("WorkToProcessed"),
            QJsonObject {{QStringLiteral("id"), workId},
                {QStringLiteral("message"), QStringLiteral("1 threat imported")}});
        QVERIFY2(!done->error().isError(), qPrintable(done->error().userMessage()));
        QCOMPARE(dataOf(done, "workEdit").value(QLatin1String("toProcessed")).toString(), workId);
        const QJsonObject finished = waitForWork(client, workId);
        QCOMPARE(finished.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QVERIFY(!finished.value(QLatin1String("processed_time")).toString().isEmpty());
        QCOMPARE(finished.value(QLatin1String("messages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString(),
            QStringLiteral("1 threat imported"));

        // Stats keys name the operations.
        QCOMPARE(requests(QStringLiteral("POST /graphql RegisterConnector")), 1);
        QCOMPARE(requests(QStringLiteral("POST /graphql WorkAdd")), 1);
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 1);
        QCOMPARE(requests(QStringLiteral("POST /graphql WorkToProcessed")), 1);
        QVERIFY(requests(QStringLiteral("POST /graphql WorkStatus")) >= 2);
        QCOMPARE(requests(QStringLiteral("POST /graphql IncidentByStixId")), 4);
    }

    // Same STIX id again: the object is updated in place (upsert), never duplicated.
    void pushAgainUpdatesInPlace()
    {
        startSim();
        OpenCtiClient client(config());
        const QString first = openWork(client);
        QVERIFY(!push(client, validBundle(), first)->error().isError());
        QCOMPARE(
            waitForWork(client, first).value(QLatin1String("status")).toString(), QStringLiteral("complete"));

        const QString second = openWork(client, QStringLiteral("second run"));
        QVERIFY(second != first);
        QVERIFY(!push(client, validBundle(QStringLiteral("Computer: DESKTOP-1, mitigated")), second)
                     ->error()
                     .isError());
        QCOMPARE(waitForWork(client, second).value(QLatin1String("status")).toString(),
            QStringLiteral("complete"));

        const QJsonArray incidents = storedObjects(QStringLiteral("incident"));
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents.at(0).toObject().value(QLatin1String("description")).toString(),
            QStringLiteral("Computer: DESKTOP-1, mitigated"));
        QCOMPARE(storedObjects().size(), 4);
        const QJsonArray meta = control("GET", QStringLiteral("/__sim/opencti/objects?meta=true")).array();
        QCOMPARE(meta.size(), 4);
        for (const QJsonValue &v : meta) {
            const QJsonObject m = v.toObject();
            const bool isIncident = m.value(QLatin1String("id")).toString() == str(IncidentId);
            QCOMPARE(m.value(QLatin1String("ingestions")).toInt(), 2);
            QCOMPARE(
                m.value(QLatin1String("version")).toInt(), isIncident ? 2 : 1); // only the incident changed
            QCOMPARE(m.value(QLatin1String("work_id")).toString(), second);
        }
        net::ApiCall *lookup = send(client, QStringLiteral("IncidentByStixId"),
            QJsonObject {{QStringLiteral("id"), str(IncidentId)}});
        const QJsonObject incident = dataOf(lookup, "incident");
        QCOMPARE(incident.value(QLatin1String("description")).toString(),
            QStringLiteral("Computer: DESKTOP-1, mitigated"));
        QVERIFY(incident.value(QLatin1String("updated_at")).toString()
            >= incident.value(QLatin1String("created_at")).toString());
    }

    // A reference to nothing: that object is not stored and the work lists the error; the rest is.
    void danglingReferenceIsAWorkError()
    {
        startSim();
        OpenCtiClient client(config());
        const QString workId = openWork(client);
        const QString nowhere = QStringLiteral("incident--9d1c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a");
        QVERIFY(!push(client,
            bundle(QJsonArray {identity(), observable(), relationship(str(ObservableId), nowhere)}), workId)
                     ->error()
                     .isError());
        const QJsonObject work = waitForWork(client, workId);
        QCOMPARE(work.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(work.value(QLatin1String("tracking"))
                     .toObject()
                     .value(QLatin1String("import_processed_number"))
                     .toInt(),
            3);
        const QJsonArray errors = work.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.at(0).toObject();
        QVERIFY2(error.value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("MISSING_REFERENCE_ERROR")),
            qPrintable(error.value(QLatin1String("message")).toString()));
        QVERIFY(error.value(QLatin1String("message")).toString().contains(nowhere));
        QVERIFY(error.value(QLatin1String("source")).toString().contains(str(RelationshipId)));
        QVERIFY(!error.value(QLatin1String("timestamp")).toString().isEmpty());
        QCOMPARE(storedObjects().size(), 2);
        QVERIFY(storedObjects(QStringLiteral("relationship")).isEmpty());

        // Once the target exists (an earlier bundle), the same relationship is accepted.
        const QString again = openWork(client);
        QVERIFY(!push(client, bundle(QJsonArray {incidentObject(QStringLiteral("d"))}), again)
                     ->error()
                     .isError());
        QVERIFY(!push(client, bundle(QJsonArray {relationship(str(ObservableId), str(IncidentId))}), again)
                     ->error()
                     .isError());
        const QJsonObject later = waitForWork(client, again);
        QCOMPARE(later.value(QLatin1String("errors")).toArray(), QJsonArray());
        QCOMPARE(later.value(QLatin1String("tracking"))
                     .toObject()
                     .value(QLatin1String("import_processed_number"))
                     .toInt(),
            2);
        QCOMPARE(storedObjects(QStringLiteral("relationship")).size(), 1);
    }

    // Each kind of bad element is refused alone, with a message naming the problem.
    void invalidObjectsAreWorkErrors_data()
    {
        QTest::addColumn<QJsonObject>("element");
        QTest::addColumn<QString>("messagePart");
        QJsonObject noType = identity();
        noType.remove(QStringLiteral("type"));
        QTest::newRow("no type") << noType << "no \"type\"";
        QJsonObject badId = identity();
        badId.insert(QStringLiteral("id"), QStringLiteral("identity--not-a-uuid"));
        QTest::newRow("id not a UUID") << badId << "is not \"identity--<UUID>\"";
        QJsonObject wrongPrefix = identity();
        wrongPrefix.insert(QStringLiteral("id"), str(IncidentId));
        QTest::newRow("id of another type") << wrongPrefix << "is not \"identity--<UUID>\"";
        QJsonObject unknownType = identity();
        unknownType.insert(QStringLiteral("type"), QStringLiteral("incidnet"));
        unknownType.insert(
            QStringLiteral("id"), QStringLiteral("incidnet--0b6c4f0e-31d2-5a4e-8a1b-6f3e2d9c7a55"));
        QTest::newRow("unknown type") << unknownType << "unknown type \"incidnet\"";
        QJsonObject noTarget = relationship(str(IdentityId), str(IdentityId));
        noTarget.remove(QStringLiteral("target_ref"));
        QTest::newRow("relationship without target") << noTarget << "needs target_ref";
        QJsonObject badRef = identity();
        badRef.insert(QStringLiteral("object_marking_refs"), QJsonArray {QStringLiteral("TLP:RED")});
        QTest::newRow("reference not an id") << badRef << "not STIX ids (object_marking_refs: \"TLP:RED\")";
        QTest::newRow("empty object") << QJsonObject() << "no \"type\"";
    }

    void invalidObjectsAreWorkErrors()
    {
        QFETCH(QJsonObject, element);
        QFETCH(QString, messagePart);
        startSim();
        OpenCtiClient client(config());
        const QString workId = openWork(client);
        QVERIFY(!push(client, bundle(QJsonArray {element, observable()}), workId)->error().isError());
        const QJsonObject work = waitForWork(client, workId);
        const QJsonArray errors = work.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QString message = errors.at(0).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QCOMPARE(storedObjects().size(), 1); // the observable
        QCOMPARE(storedObjects().at(0).toObject().value(QLatin1String("id")).toString(), str(ObservableId));
    }

    // Refused at once, before any ingestion: a GraphQL error, not retried, nothing stored.
    void bundleRefusals_data()
    {
        QTest::addColumn<QString>("bundleJson");
        QTest::addColumn<bool>("registered");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not JSON") << "{\"type\": \"bundle\", " << true << "Invalid bundle: not JSON";
        QTest::newRow("not a bundle")
            << "{\"type\":\"report\",\"objects\":[{}]}" << true << "Invalid bundle: type must be \"bundle\"";
        QTest::newRow("no objects") << "{\"type\":\"bundle\",\"objects\":[]}" << true
                                    << "Invalid bundle: objects must be a non-empty array";
        QTest::newRow("unknown connector")
            << validBundle() << false << "is registered (registerConnector first)";
    }

    void bundleRefusals()
    {
        QFETCH(QString, bundleJson);
        QFETCH(bool, registered);
        QFETCH(QString, messagePart);
        startSim();
        OpenCtiClient client(config());
        const QString workId = openWork(client);
        if (!registered)
            m_connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        net::ApiCall *call = push(client, bundleJson, workId);
        QCOMPARE(call->error().kind, ApiError::Kind::BadRequest);
        QVERIFY2(call->error().detail.contains(messagePart), qPrintable(call->error().detail));
        QCOMPARE(call->attempts(), 1);
        QTest::qWait(60);
        QCOMPARE(m_sim->openCti().pendingBundles(), 0);
        QVERIFY(storedObjects().isEmpty());
        QCOMPARE(m_sim->openCti().store().work(workId)->status, QStringLiteral("wait"));
    }

    void registerConnectorUpsertsAndValidates()
    {
        startSim();
        OpenCtiClient client(config());
        QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto input = [&id](const QString &name, const QString &type) {
            return QJsonObject {{QStringLiteral("input"),
                QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("scope"), QJsonArray {QStringLiteral("incident")}}}}};
        };
        net::ApiCall *call = send(client, QStringLiteral("RegisterConnector"),
            input(QStringLiteral("S1 Bridge"), QStringLiteral("EXTERNAL_IMPORT")));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QJsonObject c = dataOf(call, "registerConnector");
        QCOMPARE(c.value(QLatin1String("id")).toString(), id);
        QCOMPARE(c.value(QLatin1String("connector_type")).toString(), QStringLiteral("EXTERNAL_IMPORT"));
        QCOMPARE(
            c.value(QLatin1String("connector_scope")).toArray(), QJsonArray {QStringLiteral("incident")});
        QVERIFY(c.value(QLatin1String("connector_state")).isNull());
        QCOMPARE(c.value(QLatin1String("active")), QJsonValue(true));
        QCOMPARE(c.value(QLatin1String("connector_user_id")).toString(),
            QStringLiteral("88ec0c6a-13ce-5e39-b486-354fe4a7084f"));
        // the same id again: updated, not a second connector
        call = send(client, QStringLiteral("RegisterConnector"),
            input(QStringLiteral("S1 Bridge (lab)"), QStringLiteral("EXTERNAL_IMPORT")));
        QCOMPARE(dataOf(call, "registerConnector").value(QLatin1String("name")).toString(),
            QStringLiteral("S1 Bridge (lab)"));
        QCOMPARE(m_sim->openCti().store().connectors.size(), 1);

        call = send(client, QStringLiteral("RegisterConnector"),
            input(QStringLiteral(" x "), QStringLiteral("EXTERNAL_IMPORT")));
        QCOMPARE(call->error().kind, ApiError::Kind::BadRequest);
        QVERIFY2(
            call->error().detail.contains(QLatin1String("input.name")), qPrintable(call->error().detail));
        call = send(client, QStringLiteral("RegisterConnector"),
            input(QStringLiteral("S1 Bridge"), QStringLiteral("EXTERNAL")));
        QVERIFY2(
            call->error().detail.contains(QLatin1String("input.type")), qPrintable(call->error().detail));
        id = QStringLiteral("s1-bridge");
        call = send(client, QStringLiteral("RegisterConnector"),
            input(QStringLiteral("S1 Bridge"), QStringLiteral("EXTERNAL_IMPORT")));
        QVERIFY2(call->error().detail.contains(QLatin1String("input.id must be a UUID")),
            qPrintable(call->error().detail));
        QCOMPARE(m_sim->openCti().store().connectors.size(), 1);

        // a work for a connector nobody registered
        call = send(client, QStringLiteral("WorkAdd"),
            QJsonObject {
                {QStringLiteral("connectorId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QCOMPARE(call->error().kind, ApiError::Kind::BadRequest);
        QVERIFY2(call->error().detail.contains(QLatin1String("registerConnector first")),
            qPrintable(call->error().detail));
        // an unknown work: null, as OpenCTI answers
        call = send(client, QStringLiteral("WorkStatus"),
            QJsonObject {{QStringLiteral("id"), QStringLiteral("work_nothing")}});
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QVERIFY(call->data().toObject().value(QLatin1String("work")).isNull());
    }

    // Ingestion takes its time: right after the push the work is in progress with nothing processed.
    void ingestionIsAsynchronous()
    {
        startSim();
        m_sim->openCti().setIngestDelayMs(400);
        OpenCtiClient client(config());
        const QString workId = openWork(client);
        QVERIFY(!push(client, validBundle(), workId)->error().isError());
        QVERIFY(!push(client, bundle(QJsonArray {incidentObject(QStringLiteral("v2"))}), workId)
                     ->error()
                     .isError());
        net::ApiCall *call
            = send(client, QStringLiteral("WorkStatus"), QJsonObject {{QStringLiteral("id"), workId}});
        QJsonObject work = dataOf(call, "work");
        QCOMPARE(work.value(QLatin1String("status")).toString(), QStringLiteral("progress"));
        QCOMPARE(work.value(QLatin1String("tracking"))
                     .toObject()
                     .value(QLatin1String("import_expected_number"))
                     .toInt(),
            5);
        QCOMPARE(work.value(QLatin1String("tracking"))
                     .toObject()
                     .value(QLatin1String("import_processed_number"))
                     .toInt(),
            0);
        QVERIFY(storedObjects().isEmpty());
        QCOMPARE(m_sim->openCti().pendingBundles(), 2);

        // toProcessed while bundles are pending: recorded, and the work completes when they are done
        call = send(client, QStringLiteral("WorkToProcessed"),
            QJsonObject {{QStringLiteral("id"), workId},
                {QStringLiteral("message"), QStringLiteral("could not read 1 threat")},
                {QStringLiteral("inError"), true}});
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        call = send(client, QStringLiteral("WorkStatus"), QJsonObject {{QStringLiteral("id"), workId}});
        QCOMPARE(dataOf(call, "work").value(QLatin1String("status")).toString(), QStringLiteral("progress"));

        // in push order: one bundle, then the other
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->openCti().pendingBundles(), 1, 5000);
        QCOMPARE(m_sim->openCti().store().work(workId)->processed, 4);
        QCOMPARE(m_sim->openCti().store().work(workId)->status, QStringLiteral("progress"));
        work = waitForWork(client, workId);
        QCOMPARE(work.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(work.value(QLatin1String("tracking"))
                     .toObject()
                     .value(QLatin1String("import_processed_number"))
                     .toInt(),
            5);
        QCOMPARE(storedObjects(QStringLiteral("incident"))
                     .at(0)
                     .toObject()
                     .value(QLatin1String("description"))
                     .toString(),
            QStringLiteral("v2"));
        const QJsonArray errors = work.value(QLatin1String("errors")).toArray();
        QCOMPARE(errors.size(), 1); // the message sent in error
        QCOMPARE(errors.at(0).toObject().value(QLatin1String("message")).toString(),
            QStringLiteral("could not read 1 threat"));

        // a work with nothing pushed completes on toProcessed, as OpenCTI's does
        const QString empty = openWork(client);
        QVERIFY(!send(client, QStringLiteral("WorkToProcessed"), QJsonObject {{QStringLiteral("id"), empty}})
                     ->error()
                     .isError());
        QCOMPARE(m_sim->openCti().store().work(empty)->status, QStringLiteral("complete"));
    }

    // Without work_id the platform opens a work of its own.
    void pushWithoutWorkOpensOne()
    {
        startSim();
        OpenCtiClient client(config());
        openWork(client);
        QCOMPARE(m_sim->openCti().store().works.size(), 1);
        QVERIFY(!push(client, validBundle(), QString())->error().isError());
        QCOMPARE(m_sim->openCti().store().works.size(), 2);
        const s1sim::OpenCtiWork &own = m_sim->openCti().store().works.last();
        QVERIFY2(own.name.toString().startsWith(QLatin1String("S1 Bridge run @ ")),
            qPrintable(own.name.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sim->openCti().store().works.last().status, QStringLiteral("complete"), 5000);
        QCOMPARE(storedObjects().size(), 4);
    }

    void importWrongTokenIsRefused()
    {
        startSim();
        OpenCtiConfig c = config();
        c.token = QStringLiteral("00000000-0000-0000-0000-000000000000");
        OpenCtiClient client(c);
        m_connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QString &name : {QStringLiteral("RegisterConnector"), QStringLiteral("StixBundlePush")}) {
            net::ApiCall *call = name == u"StixBundlePush"
                ? push(client, validBundle(), QString())
                : send(client, name,
                    QJsonObject {{QStringLiteral("input"),
                        QJsonObject {{QStringLiteral("id"), m_connectorId},
                            {QStringLiteral("name"), QStringLiteral("S1 Bridge")},
                            {QStringLiteral("type"), QStringLiteral("EXTERNAL_IMPORT")}}}});
            QCOMPARE(call->error().kind, ApiError::Kind::TokenRefused);
            QCOMPARE(call->error().operation, name);
            QCOMPARE(call->attempts(), 1);
        }
        QVERIFY(m_sim->openCti().store().connectors.isEmpty());
        QVERIFY(m_sim->openCti().store().works.isEmpty());
        QCOMPARE(m_sim->openCti().pendingBundles(), 0);
    }

    // A push answered 429 changed nothing; the shared ApiCall retries it and it is ingested once.
    void rateLimitedPushIsRetried()
    {
        startSim();
        OpenCtiClient client(config());
        const QString workId = openWork(client);
        setFaults(QStringLiteral("429=1,retry-after=0"));
        net::ApiCall *call = client.request(GraphQlDocuments::load(QStringLiteral("StixBundlePush")),
            QJsonObject {{QStringLiteral("connectorId"), m_connectorId},
                {QStringLiteral("bundle"), validBundle()}, {QStringLiteral("workId"), workId}});
        QSignalSpy retrying(call, &net::ApiCall::retrying);
        connect(call, &net::ApiCall::retrying, this, [this] { m_sim->setFaults(s1sim::FaultSpec()); });
        QVERIFY(waitFor(call));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(2).value<ApiError>().kind, ApiError::Kind::RateLimited);
        QCOMPARE(call->attempts(), 2);
        QCOMPARE(requests(QStringLiteral("POST /graphql StixBundlePush")), 2);
        QCOMPARE(faults(QStringLiteral("429")), 1);
        const QJsonObject work = waitForWork(client, workId);
        QCOMPARE(work.value(QLatin1String("tracking"))
                     .toObject()
                     .value(QLatin1String("import_expected_number"))
                     .toInt(),
            4);
        QCOMPARE(storedObjects().size(), 4);
        const QJsonArray meta = control("GET", QStringLiteral("/__sim/opencti/objects?meta=1")).array();
        for (const QJsonValue &v : meta)
            QCOMPARE(v.toObject().value(QLatin1String("ingestions")).toInt(), 1);
    }

    void controlEndpoints()
    {
        startSim();
        OpenCtiClient client(config());
        const QString workId = openWork(client);
        QVERIFY(!push(client, validBundle(), workId)->error().isError());
        waitForWork(client, workId);
        int status = 0;
        const QJsonArray works = control("GET", QStringLiteral("/__sim/opencti/works"), &status).array();
        QCOMPARE(status, 200);
        QCOMPARE(works.size(), 1);
        const QJsonObject work = works.at(0).toObject();
        QCOMPARE(work.value(QLatin1String("id")).toString(), workId);
        QCOMPARE(work.value(QLatin1String("connector_id")).toString(), m_connectorId);
        QCOMPARE(work.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(work.value(QLatin1String("tracking"))
                     .toObject()
                     .value(QLatin1String("import_processed_number"))
                     .toInt(),
            4);
        QCOMPARE(storedObjects(QStringLiteral("identity")).size(), 1);
        QCOMPARE(storedObjects(QStringLiteral("note")).size(), 0);

        const QJsonDocument reset = control("POST", QStringLiteral("/__sim/opencti/reset"), &status);
        QCOMPARE(status, 200);
        QCOMPARE(reset.object().value(QLatin1String("reset")), QJsonValue(true));
        QVERIFY(storedObjects().isEmpty());
        QVERIFY(control("GET", QStringLiteral("/__sim/opencti/works")).array().isEmpty());
        QVERIFY(m_sim->openCti().store().connectors.isEmpty());
        // the built-in TLP markings survive a reset: a bundle may still refer to them
        QVERIFY(m_sim->openCti().store().findObject(str(TlpRedId)));
        control("GET", QStringLiteral("/__sim/opencti/nothing"), &status);
        QCOMPARE(status, 404);
        QCOMPARE(
            requests(QStringLiteral("GET /__sim/opencti/works")), 0); // control calls are not API traffic
    }

    // With every category at debug level, through success, retries and refusal: no token.
    void tokenNeverLogged()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.httpserver*=false"));
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureMessages);
        startSim(QStringLiteral("429=0.5,5xx=0.2"));
        OpenCtiConfig c = config();
        c.transport.maxAttempts = 20;
        OpenCtiClient client(c);
        OpenCtiCheckJob ok(&client);
        runJob(&ok);
        OpenCtiConfig wrong = config();
        wrong.token = QStringLiteral("wrong-secret-octi-xyz");
        OpenCtiClient refused(wrong);
        OpenCtiCheckJob bad(&refused);
        setFaults(QString());
        runJob(&bad);
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(ok.state(), jobs::Job::State::Succeeded);
        QCOMPARE(bad.error().remote.kind, ApiError::Kind::TokenRefused);
        QVERIFY(g_log.size() > 3);
        bool sawOpenCti = false;
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(m_sim->openCtiToken()), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("wrong-secret")), qPrintable(line));
            sawOpenCti = sawOpenCti || line.contains(QLatin1String("/graphql"));
        }
        QVERIFY(sawOpenCti);
    }
};

QTEST_GUILESS_MAIN(TestOpenCtiIngest)
#include "tst_openctiingest.moc"
