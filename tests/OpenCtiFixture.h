// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the OpenCTI client tests (tst_opencticlient, tst_openctiingest): the simulated OpenCTI
// in-process on 127.0.0.1, raw GraphQL requests, the import documents' bodies and the control endpoints.
#pragma once

#include "FaultSpec.h"
#include "OpenCtiSim.h"
#include "SimHost.h"
#include "SimServer.h"
#include "TestSupport.h"
#include "config/Translations.h"
#include "net/ApiCall.h"
#include "net/ServiceDialect.h"
#include "opencti/GraphQlDocuments.h"
#include "opencti/OpenCtiCheckJob.h"
#include "opencti/OpenCtiClient.h"
#include "s1/ConsoleConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStack>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace opencti;
using net::ApiError;

class OpenCtiFixture : public QObject
{
protected:
    std::unique_ptr<s1sim::SimServer> m_sim;
    QNetworkAccessManager m_raw;

    void startSim(const QString &faults = {})
    {
        s1sim::SimOptions options;
        options.threats = 5;
        options.faults = faults;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        QVERIFY(m_sim->errorString().isEmpty());
    }

    OpenCtiConfig config() const
    {
        OpenCtiConfig c;
        c.url = m_sim->openCtiUrl();
        c.token = m_sim->openCtiToken();
        c.transport.timeoutMs = 10000;
        c.transport.backoffBaseMs = 50;
        c.transport.backoffMaxMs = 400;
        return c;
    }

    void setFaults(const QString &spec)
    {
        QString error;
        const auto faults = s1sim::FaultSpec::parse(spec, &error);
        QVERIFY2(faults, qPrintable(error));
        m_sim->setFaults(*faults);
    }

    int requests(const QString &key) const
    {
        return m_sim->stats().value(QLatin1String("requests")).toObject().value(key).toInt();
    }
    int faults(const QString &key) const
    {
        return m_sim->stats().value(QLatin1String("faults")).toObject().value(key).toInt();
    }

    bool runJob(jobs::Job *job, int timeoutMs = 60000)
    {
        QSignalSpy finished(job, &jobs::Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    bool waitFor(net::ApiCall *call, int timeoutMs = 30000)
    {
        QSignalSpy done(call, &net::ApiCall::finished);
        return call->isFinished() || done.wait(timeoutMs);
    }

    // A raw POST /graphql to the simulator (for the simulator's own protocol checks).
    QJsonObject rawGraphQl(const QJsonObject &body, int *status, const QByteArray &authorization = {})
    {
        QUrl url = m_sim->openCtiUrl();
        url.setPath(QStringLiteral("/graphql"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization",
            authorization.isEmpty() ? "Bearer " + m_sim->openCtiToken().toUtf8() : authorization);
        QNetworkReply *reply = m_raw.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    static QString firstErrorMessage(const QJsonObject &answer)
    {
        return answer.value(QLatin1String("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("message"))
            .toString();
    }
    static QString firstErrorCode(const QJsonObject &answer)
    {
        return answer.value(QLatin1String("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("extensions"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }

    // --- the import documents (issue 5) -----------------------------------------------------------

    static constexpr const char *IdentityId = "identity--7e1f0d0a-7c4b-5d8e-9f59-2a3c6d1b8e01";
    static constexpr const char *IncidentId = "incident--0b6c4f0e-31d2-5a4e-8a1b-6f3e2d9c7a55";
    static constexpr const char *RelationshipId = "relationship--c2a9e7d4-5b18-5f60-9e3a-1d4b7c6f2e88";
    static constexpr const char *TlpRedId = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";
    static constexpr const char *ObservableId = "user-account--3f8d2c1b-9a7e-5d64-b2c1-0e9f8a7b6c5d";

    static QString str(const char *text) { return QString::fromLatin1(text); }

    static QJsonObject identity()
    {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("identity")},
            {QStringLiteral("spec_version"), QStringLiteral("2.1")}, {QStringLiteral("id"), str(IdentityId)},
            {QStringLiteral("name"), QStringLiteral("SentinelOne Incident Connector")},
            {QStringLiteral("identity_class"), QStringLiteral("organization")},
            {QStringLiteral("object_marking_refs"), QJsonArray {str(TlpRedId)}}};
    }
    static QJsonObject incidentObject(const QString &description)
    {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("incident")},
            {QStringLiteral("spec_version"), QStringLiteral("2.1")}, {QStringLiteral("id"), str(IncidentId)},
            {QStringLiteral("created"), QStringLiteral("2024-05-02T10:11:12.000Z")},
            {QStringLiteral("modified"), QStringLiteral("2024-05-02T10:11:12.000Z")},
            {QStringLiteral("name"), QStringLiteral("Trojan.Generic - 1900000000000000001")},
            {QStringLiteral("description"), description},
            {QStringLiteral("labels"), QJsonArray {QStringLiteral("Malware")}},
            {QStringLiteral("created_by_ref"), str(IdentityId)},
            {QStringLiteral("object_marking_refs"), QJsonArray {str(TlpRedId)}}};
    }
    static QJsonObject observable()
    {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("user-account")},
            {QStringLiteral("spec_version"), QStringLiteral("2.1")},
            {QStringLiteral("id"), str(ObservableId)},
            {QStringLiteral("account_type"), QStringLiteral("hostname")},
            {QStringLiteral("account_login"), QStringLiteral("DESKTOP-1")}};
    }
    static QJsonObject relationship(const QString &source, const QString &target)
    {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("relationship")},
            {QStringLiteral("spec_version"), QStringLiteral("2.1")},
            {QStringLiteral("id"), str(RelationshipId)},
            {QStringLiteral("relationship_type"), QStringLiteral("related-to")},
            {QStringLiteral("source_ref"), source}, {QStringLiteral("target_ref"), target},
            {QStringLiteral("created_by_ref"), str(IdentityId)}};
    }
    static QString bundle(const QJsonArray &objects)
    {
        return QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("bundle")},
                {QStringLiteral("id"),
                    QString(QStringLiteral("bundle--") + QUuid::createUuid().toString(QUuid::WithoutBraces))},
                {QStringLiteral("objects"),
                    objects}}).toJson(QJsonDocument::Compact));
    }
    // identity + incident + observable + the relationship observable -> incident
    static QString validBundle(const QString &description = QStringLiteral("Computer: DESKTOP-1"))
    {
        return bundle(QJsonArray {relationship(str(ObservableId), str(IncidentId)),
            incidentObject(description), identity(), observable()});
    }

    // Sends one of the embedded documents and waits for the answer.
    net::ApiCall *send(OpenCtiClient &client, const QString &name, const QJsonObject &variables = {})
    {
        const QString document = GraphQlDocuments::load(name);
        net::ApiCall *call = client.request(document, variables);
        waitFor(call);
        return call;
    }
    static QJsonObject dataOf(net::ApiCall *call, const char *field)
    {
        return call->data().toObject().value(QLatin1String(field)).toObject();
    }

    // RegisterConnector then WorkAdd; returns the work id (empty on failure, with a test failure).
    QString m_connectorId;
    QString openWork(OpenCtiClient &client, const QString &name = QStringLiteral("S1 Bridge run"))
    {
        if (m_connectorId.isEmpty())
            m_connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        net::ApiCall *reg = send(client, QStringLiteral("RegisterConnector"),
            QJsonObject {{QStringLiteral("input"),
                QJsonObject {{QStringLiteral("id"), m_connectorId},
                    {QStringLiteral("name"), QStringLiteral("S1 Bridge")},
                    {QStringLiteral("type"), QStringLiteral("EXTERNAL_IMPORT")},
                    {QStringLiteral("scope"), QJsonArray {QStringLiteral("incident")}}}}});
        if (reg->error().isError()) {
            qWarning("RegisterConnector: %s", qPrintable(reg->error().userMessage()));
            return {};
        }
        net::ApiCall *work = send(client, QStringLiteral("WorkAdd"),
            QJsonObject {
                {QStringLiteral("connectorId"), m_connectorId}, {QStringLiteral("friendlyName"), name}});
        if (work->error().isError()) {
            qWarning("WorkAdd: %s", qPrintable(work->error().userMessage()));
            return {};
        }
        return dataOf(work, "workAdd").value(QLatin1String("id")).toString();
    }

    net::ApiCall *push(OpenCtiClient &client, const QString &bundleJson, const QString &workId)
    {
        QJsonObject variables {
            {QStringLiteral("connectorId"), m_connectorId}, {QStringLiteral("bundle"), bundleJson}};
        if (!workId.isEmpty())
            variables.insert(QStringLiteral("workId"), workId);
        return send(client, QStringLiteral("StixBundlePush"), variables);
    }

    // Polls WorkStatus until the work has the status (or 10 s passed); returns the last work seen.
    QJsonObject waitForWork(
        OpenCtiClient &client, const QString &workId, const QString &status = QStringLiteral("complete"))
    {
        QJsonObject work;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            net::ApiCall *call
                = send(client, QStringLiteral("WorkStatus"), QJsonObject {{QStringLiteral("id"), workId}});
            work = dataOf(call, "work");
            call->deleteLater();
            if (work.value(QLatin1String("status")).toString() == status)
                break;
            QTest::qWait(10);
        }
        return work;
    }

    // GET/POST on the simulator's control endpoints.
    QJsonDocument control(const QByteArray &method, const QString &pathAndQuery, int *status = nullptr)
    {
        QUrl url = m_sim->baseUrl();
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        QNetworkReply *reply = method == "POST" ? m_raw.post(request, QByteArray()) : m_raw.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return doc;
    }
    QJsonArray storedObjects(const QString &type = {})
    {
        return control("GET",
            type.isEmpty() ? QStringLiteral("/__sim/opencti/objects")
                           : QStringLiteral("/__sim/opencti/objects?type=") + type)
            .array();
    }

    void resetSim()
    {
        m_sim.reset();
        m_connectorId.clear();
    }
};
