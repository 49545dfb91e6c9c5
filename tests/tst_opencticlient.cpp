// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenCTI GraphQL client: URL and token normalization, the GraphQL documents (checked against
// the OpenCTI 6.9.17 schema), the connection check against the simulator on 127.0.0.1 (port 0),
// error classification of GraphQL answers, and the simulator's /graphql endpoint itself. The import
// documents against the simulated OpenCTI are in tst_openctiingest.
#include "OpenCtiFixture.h"

namespace {

// The schema's object and interface types: type name -> field name -> named type of the field.
using SchemaIndex = QHash<QString, QHash<QString, QString>>;

QString namedType(QString typeText)
{
    typeText.remove(u'[').remove(u']').remove(u'!');
    return typeText.trimmed();
}

// Reads "type X ... {" / "interface X ... {" blocks of a printed SDL file, line by line: the schema
// file is graphql-js printSchema output (two-space indented fields, arguments possibly on several
// lines, descriptions in """ blocks).
SchemaIndex indexSchema(const QString &sdl)
{
    static const QRegularExpression typeStart(
        QStringLiteral("^(?:type|interface) ([_A-Za-z][_0-9A-Za-z]*)\\b.*\\{\\s*$"));
    static const QRegularExpression fieldStart(QStringLiteral("^  ([_A-Za-z][_0-9A-Za-z]*)\\s*([(:])(.*)$"));
    static const QRegularExpression argsEnd(QStringLiteral("^  \\)\\s*:\\s*(.+)$"));
    SchemaIndex index;
    QString current;
    QString pendingField; // a field whose arguments span lines
    bool inDescription = false;
    const QStringList lines = sdl.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.endsWith(u'\r') ? raw.chopped(1) : raw;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("\"\"\""))) {
            const bool oneLine = trimmed.size() >= 6 && trimmed.endsWith(QLatin1String("\"\"\""));
            if (!oneLine)
                inDescription = !inDescription;
            continue;
        }
        if (inDescription) {
            if (trimmed.endsWith(QLatin1String("\"\"\"")))
                inDescription = false;
            continue;
        }
        if (current.isEmpty()) {
            const auto m = typeStart.match(line);
            if (m.hasMatch())
                current = m.captured(1);
            continue;
        }
        if (line.startsWith(u'}')) {
            current.clear();
            pendingField.clear();
            continue;
        }
        if (!pendingField.isEmpty()) {
            const auto m = argsEnd.match(line);
            if (m.hasMatch()) {
                index[current].insert(pendingField, namedType(m.captured(1).section(u'@', 0, 0)));
                pendingField.clear();
            }
            continue;
        }
        const auto m = fieldStart.match(line);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1);
        if (m.captured(2) == QLatin1String(":")) {
            index[current].insert(name, namedType(m.captured(3).section(u'@', 0, 0)));
        } else {
            // arguments: "name(a: Int): Type" on one line, or "name(" ... "  ): Type"
            const qsizetype close = m.captured(3).lastIndexOf(QLatin1String("):"));
            if (close >= 0)
                index[current].insert(name, namedType(m.captured(3).mid(close + 2).section(u'@', 0, 0)));
            else
                pendingField = name;
        }
    }
    return index;
}

// Checks every selected field of a document against the schema index, following field types into
// nested selections. Returns an empty string when the document fits, else what is wrong.
QString checkDocument(const QString &document, const SchemaIndex &schema)
{
    QString text = document;
    text.remove(QRegularExpression(QStringLiteral("#[^\\n]*")));
    static const QRegularExpression tokenRe(
        QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|\\.\\.\\.|[_A-Za-z][_0-9A-Za-z]*|-?[0-9]+(?:\\.[0-9]+)?|[{}("
                       "):$!\\[\\]=@]"));
    QStringList tokens;
    auto it = tokenRe.globalMatch(text);
    while (it.hasNext())
        tokens << it.next().captured(0);
    if (tokens.isEmpty())
        return QStringLiteral("empty document");

    qsizetype i = 0;
    QString root = QStringLiteral("Query");
    if (tokens.at(0) == QLatin1String("mutation"))
        root = QStringLiteral("Mutation");
    else if (tokens.at(0) == QLatin1String("subscription"))
        root = QStringLiteral("Subscription");
    while (i < tokens.size() && tokens.at(i) != QLatin1String("{"))
        ++i; // operation name and variable definitions
    if (i == tokens.size())
        return QStringLiteral("no selection set");
    QStack<QString> types;
    QString lastFieldType = root;
    int checked = 0;
    for (; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == QLatin1String("{")) {
            if (!schema.contains(lastFieldType))
                return QStringLiteral("a selection set on \"%1\", which is not an object type")
                    .arg(lastFieldType);
            types.push(lastFieldType);
        } else if (t == QLatin1String("}")) {
            if (types.isEmpty())
                return QStringLiteral("unbalanced braces");
            types.pop();
            if (types.isEmpty())
                break; // end of the operation
        } else if (t == QLatin1String("(")) {
            int depth = 0;
            for (; i < tokens.size(); ++i) {
                if (tokens.at(i) == QLatin1String("("))
                    ++depth;
                else if (tokens.at(i) == QLatin1String(")") && --depth == 0)
                    break;
            }
        } else if (t == QLatin1String("...")) {
            return QStringLiteral("fragments are not checked by this test; extend it first");
        } else if (t.front().isLetter() || t.front() == u'_') {
            QString field = t;
            if (i + 2 < tokens.size() && tokens.at(i + 1) == QLatin1String(":")) {
                field = tokens.at(i + 2); // alias: field
                i += 2;
            }
            if (types.isEmpty())
                return QStringLiteral("field outside a selection set");
            const QString type = types.top();
            if (field == QLatin1String("__typename")) {
                lastFieldType = QStringLiteral("String");
                continue;
            }
            if (!schema.value(type).contains(field))
                return QStringLiteral("%1.%2 is not in the schema").arg(type, field);
            lastFieldType = schema.value(type).value(field);
            ++checked;
        } else {
            return QStringLiteral("unexpected token \"%1\"").arg(t);
        }
    }
    if (!types.isEmpty())
        return QStringLiteral("unbalanced braces");
    return checked > 0 ? QString() : QStringLiteral("no field selected");
}

// Answers every request with one canned HTTP response: the client's view of a server we script.
class CannedServer : public QTcpServer
{
public:
    QByteArray response;
    int requests = 0;

    CannedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const QByteArray &buffer = m_buffers[socket];
                    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    static const QRegularExpression lengthRe(QStringLiteral("content-length:\\s*(\\d+)"),
                        QRegularExpression::CaseInsensitiveOption);
                    const auto m = lengthRe.match(QString::fromLatin1(buffer.left(headerEnd)));
                    const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
                    if (buffer.size() < headerEnd + 4 + length)
                        return;
                    m_buffers.remove(socket);
                    ++requests;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestOpenCtiClient : public OpenCtiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }
    void cleanup() { resetSim(); }

    // --- configuration ------------------------------------------------------------------------

    void normalizeUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: an error naming the field
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("plain") << "https://opencti.example.com"
                               << "https://opencti.example.com"
                               << "";
        QTest::newRow("spaces and slash") << "  https://opencti.example.com/  "
                                          << "https://opencti.example.com"
                                          << "";
        QTest::newRow("no scheme") << "opencti.example.com"
                                   << "https://opencti.example.com"
                                   << "";
        QTest::newRow("no scheme, port") << "opencti.example.com:8080"
                                         << "https://opencti.example.com:8080"
                                         << "";
        QTest::newRow("http kept") << "http://127.0.0.1:4000"
                                   << "http://127.0.0.1:4000"
                                   << "";
        QTest::newRow("graphql suffix") << "https://opencti.example.com/graphql"
                                        << "https://opencti.example.com"
                                        << "";
        QTest::newRow("graphql suffix, slash") << "https://opencti.example.com/graphql/"
                                               << "https://opencti.example.com"
                                               << "";
        QTest::newRow("graphql any case") << "http://127.0.0.1:8080/GraphQL"
                                          << "http://127.0.0.1:8080"
                                          << "";
        QTest::newRow("base path kept") << "https://intel.example.com/opencti/graphql"
                                        << "https://intel.example.com/opencti"
                                        << "";
        QTest::newRow("browser page") << "https://OpenCTI.Example.com/dashboard/analyses/reports"
                                      << "https://opencti.example.com"
                                      << "";
        QTest::newRow("lookalike path kept") << "https://opencti.example.com/graphql-api"
                                             << "https://opencti.example.com/graphql-api"
                                             << "";
        QTest::newRow("query and fragment dropped") << "https://opencti.example.com/?tab=1#top"
                                                    << "https://opencti.example.com"
                                                    << "";
        QTest::newRow("empty") << "   "
                               << ""
                               << "OpenCTI URL: enter the address";
        QTest::newRow("ftp") << "ftp://opencti.example.com"
                             << ""
                             << "OpenCTI URL: the scheme \"ftp\"";
        QTest::newRow("credentials") << "https://admin:secret@opencti.example.com"
                                     << ""
                                     << "OpenCTI URL: do not put a user name";
        QTest::newRow("no host") << "https://"
                                 << ""
                                 << "OpenCTI URL:";
        QTest::newRow("space in host") << "https://open cti.example.com"
                                       << ""
                                       << "OpenCTI URL:";
    }

    void normalizeUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, errorPart);
        QString error;
        const QUrl url = OpenCtiConfig::normalizeUrl(input, &error);
        if (expected.isEmpty()) {
            QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
            QVERIFY2(error.startsWith(errorPart), qPrintable(error));
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(url.toString(), expected);
        }
    }

    void normalizeToken_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: an error naming the field
        QTest::newRow("uuid") << "d434ce02-e58e-4cac-8b4c-42bf16748e84"
                              << "d434ce02-e58e-4cac-8b4c-42bf16748e84";
        QTest::newRow("spaces") << "  d434ce02-e58e-4cac-8b4c-42bf16748e84\n"
                                << "d434ce02-e58e-4cac-8b4c-42bf16748e84";
        QTest::newRow("bearer prefix") << "Bearer d434ce02-e58e"
                                       << "d434ce02-e58e";
        QTest::newRow("bearer any case") << "bearer   abc"
                                         << "abc";
        QTest::newRow("empty") << "  "
                               << "";
        QTest::newRow("inner space") << "abc def"
                                     << "";
        QTest::newRow("only bearer") << "Bearer "
                                     << "";
    }

    void normalizeToken()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QString token = OpenCtiConfig::normalizeToken(input, &error);
        QCOMPARE(token, expected);
        if (expected.isEmpty())
            QVERIFY2(error.startsWith(QLatin1String("OpenCTI token:")), qPrintable(error));
        else
            QVERIFY(error.isEmpty());
    }

    void endpointUsesBearer()
    {
        OpenCtiConfig c;
        c.url = QUrl(QStringLiteral("https://opencti.example.com"));
        c.token = QStringLiteral("tok");
        c.transport.maxAttempts = 7;
        const net::ApiEndpoint e = c.endpoint();
        QCOMPARE(e.dialect->name(), QStringLiteral("OpenCTI"));
        QCOMPARE(e.authorization, QByteArray("Bearer tok"));
        QCOMPARE(e.transport.maxAttempts, 7);
        s1::ConsoleConfig console;
        console.token = QStringLiteral("s1tok");
        QCOMPARE(console.endpoint().authorization, QByteArray("ApiToken s1tok"));
        QCOMPARE(console.endpoint().dialect->name(), QStringLiteral("SentinelOne"));
    }

    // --- GraphQL documents --------------------------------------------------------------------

    void documentsLoadByName()
    {
        const QString doc = GraphQlDocuments::load(QStringLiteral("CheckConnection"));
        QVERIFY(doc.contains(QLatin1String("query CheckConnection")));
        QCOMPARE(GraphQlDocuments::resourcePath(QStringLiteral("CheckConnection")),
            QStringLiteral(":/graphql/CheckConnection.graphql"));
        QCOMPARE(GraphQlDocuments::operationName(doc), QStringLiteral("CheckConnection"));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("no GraphQL document named NoSuchDocument")));
        QVERIFY(GraphQlDocuments::load(QStringLiteral("NoSuchDocument")).isEmpty());
    }

    void operationName_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("name");
        QTest::newRow("query") << "query A { me { name } }"
                               << "A";
        QTest::newRow("mutation with variables") << "mutation Push($id: String!) { x(id: $id) }"
                                                 << "Push";
        QTest::newRow("anonymous") << "{ me { name } }"
                                   << "";
        QTest::newRow("anonymous query") << "query { me { name } }"
                                         << "";
        QTest::newRow("commented out") << "# query Fake {\nquery Real { me { name } }"
                                       << "Real";
    }

    void operationName()
    {
        QFETCH(QString, document);
        QFETCH(QString, name);
        QCOMPARE(GraphQlDocuments::operationName(document), name);
    }

    // Every embedded document selects only fields that exist, on the type they belong to, in the
    // OpenCTI 6.9.17 schema (a quick textual check; the full graphql-js validation is the ctest
    // graphql_conformance, tests/conformance). Two rows prove that the check can fail.
    void documentsMatchSchema_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("valid");
        QVERIFY(!GraphQlDocuments::load(QStringLiteral("CheckConnection")).isEmpty()); // resources registered
        const QStringList files
            = QDir(QStringLiteral(":/graphql")).entryList({QStringLiteral("*.graphql")}, QDir::Files);
        QVERIFY(files.contains(QLatin1String("CheckConnection.graphql")));
        for (const QString &file : files) {
            const QString name = file.chopped(int(qstrlen(".graphql")));
            QTest::newRow(qPrintable(name)) << GraphQlDocuments::load(name) << true;
        }
        QTest::newRow("misspelt field") << "query Bad { me { nmae } }" << false;
        QTest::newRow("field on the wrong type") << "query Bad { about { user_email } }" << false;
        QTest::newRow("selection on a scalar") << "query Bad { about { version { major } } }" << false;
    }

    void documentsMatchSchema()
    {
        QFETCH(QString, document);
        QFETCH(bool, valid);
        QString path;
        S1_REQUIRE_SHARED_FILE("opencti-schema/opencti-6.9.17.graphql", path);
        static SchemaIndex schema;
        if (schema.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            schema = indexSchema(QString::fromUtf8(file.readAll()));
            // the index itself must be right, or the check below proves nothing
            QVERIFY(schema.size() > 500);
            QCOMPARE(
                schema.value(QStringLiteral("Query")).value(QStringLiteral("me")), QStringLiteral("MeUser"));
            QCOMPARE(schema.value(QStringLiteral("Query")).value(QStringLiteral("about")),
                QStringLiteral("AppInfo"));
            QCOMPARE(schema.value(QStringLiteral("MeUser")).value(QStringLiteral("user_email")),
                QStringLiteral("String"));
            QCOMPARE(schema.value(QStringLiteral("AppInfo")).value(QStringLiteral("version")),
                QStringLiteral("String"));
            QCOMPARE(schema.value(QStringLiteral("Mutation")).value(QStringLiteral("stixBundlePush")),
                QStringLiteral("Boolean"));
        }
        const QString problem = checkDocument(document, schema);
        if (valid)
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(!problem.isEmpty(), "the schema check accepted a wrong document");
    }

    // --- the connection check against the simulator ------------------------------------------

    void checkConnectionSucceeds()
    {
        startSim();
        OpenCtiClient client(config());
        OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.summary()));
        QCOMPARE(job.userName(), QStringLiteral("admin"));
        QCOMPARE(job.userEmail(), QStringLiteral("admin@opencti.io"));
        QCOMPARE(job.platformVersion(), QStringLiteral("6.9.17"));
        QCOMPARE(job.summary(), QStringLiteral("Connected to OpenCTI 6.9.17 as admin"));
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 1);
        QCOMPARE(m_sim->stats().value(QLatin1String("requests")).toObject().size(), 1);
    }

    void wrongTokenIsRefused()
    {
        startSim();
        OpenCtiConfig c = config();
        c.token = QStringLiteral("00000000-0000-0000-0000-000000000000");
        OpenCtiClient client(c);
        OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QCOMPARE(job.error().remote.kind, ApiError::Kind::TokenRefused);
        QCOMPARE(job.error().remote.serviceName(), QStringLiteral("OpenCTI"));
        QCOMPARE(job.error().remote.httpStatus, 200); // as OpenCTI does: a GraphQL error, not a 401
        QCOMPARE(job.error().remote.operation, QStringLiteral("CheckConnection"));
        QVERIFY2(job.summary().contains(QLatin1String("OpenCTI at 127.0.0.1 refused the token")),
            qPrintable(job.summary()));
        QVERIFY2(
            job.summary().contains(QLatin1String("your profile, API access")), qPrintable(job.summary()));
        QVERIFY(!job.summary().contains(QLatin1String("SentinelOne")));
        QVERIFY(job.summary().contains(QLatin1String("You must be logged in")));
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 1); // not retried
    }

    void emptyTokenFailsBeforeAnyRequest()
    {
        startSim();
        OpenCtiConfig c = config();
        c.token.clear();
        OpenCtiClient client(c);
        OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QVERIFY(job.summary().startsWith(QLatin1String("OpenCTI token:")));
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 0);
    }

    void htmlIsNotOpenCti()
    {
        startSim(QStringLiteral("html=1"));
        OpenCtiClient client(config());
        OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.error().remote.kind, ApiError::Kind::NotAConsole);
        QVERIFY2(job.summary().contains(QLatin1String("127.0.0.1 is not an OpenCTI platform")),
            qPrintable(job.summary()));
        QVERIFY(job.summary().contains(QLatin1String("OpenCTI URL")));
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 1);
        QCOMPARE(faults(QStringLiteral("html")), 1);
    }

    // 429 with Retry-After: 1, then the simulator recovers: one retry, after about a second.
    void rateLimitedThenSucceeds()
    {
        startSim(QStringLiteral("429=1,retry-after=1"));
        OpenCtiClient client(config());
        QElapsedTimer timer;
        timer.start();
        net::ApiCall *call = client.request(GraphQlDocuments::load(QStringLiteral("CheckConnection")));
        QSignalSpy retrying(call, &net::ApiCall::retrying);
        connect(call, &net::ApiCall::retrying, this,
            [this] { m_sim->setFaults(s1sim::FaultSpec()); }); // it recovers
        QVERIFY(waitFor(call));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(1).toInt(), 1000); // Retry-After: 1
        QCOMPARE(retrying.at(0).at(2).value<ApiError>().kind, ApiError::Kind::RateLimited);
        QCOMPARE(call->attempts(), 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(call->data()
                     .toObject()
                     .value(QLatin1String("me"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
            QStringLiteral("admin"));
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 2);
        QCOMPARE(faults(QStringLiteral("429")), 1);
    }

    void serverErrorsGiveUpAfterMaxAttempts()
    {
        startSim(QStringLiteral("5xx=1"));
        OpenCtiConfig c = config();
        c.transport.maxAttempts = 3;
        OpenCtiClient client(c);
        OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.error().remote.kind, ApiError::Kind::ServerError);
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 3);
        QVERIFY(job.summary().contains(QLatin1String("OpenCTI at 127.0.0.1 answered with a server error")));
    }

    void slowAnswerTimesOut()
    {
        startSim(QStringLiteral("delay-ms=3000"));
        OpenCtiConfig c = config();
        c.transport.timeoutMs = 300;
        c.transport.maxAttempts = 2;
        OpenCtiClient client(c);
        OpenCtiCheckJob job(&client);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runJob(&job));
        QCOMPARE(job.error().remote.kind, ApiError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(job.summary().contains(QLatin1String("OpenCTI at 127.0.0.1 did not answer in time")));
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 2);
    }

    void cancelStopsTheCheck()
    {
        startSim(QStringLiteral("delay-ms=2000"));
        OpenCtiClient client(config());
        OpenCtiCheckJob job(&client);
        QSignalSpy finished(&job, &jobs::Job::finished);
        job.start();
        QTimer::singleShot(100, &job, &jobs::Job::cancel);
        QVERIFY(finished.wait(1500));
        QCOMPARE(job.state(), jobs::Job::State::Cancelled);
    }

    void unsupportedOperationIsBadRequest()
    {
        startSim();
        OpenCtiClient client(config());
        net::ApiCall *call = client.request(
            QStringLiteral("query Other { stixDomainObjects(first: 1) { edges { node { id } } } }"));
        QVERIFY(waitFor(call));
        QCOMPARE(call->error().kind, ApiError::Kind::BadRequest);
        QVERIFY2(call->error().detail.contains(QLatin1String("not supported by the simulator")),
            qPrintable(call->error().detail));
        QVERIFY(call->error().userMessage().contains(QLatin1String("OpenCTI at 127.0.0.1 rejected Other")));
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(requests(QStringLiteral("POST /graphql Other")), 1);
    }

    // How GraphQL answers are classified, against a scripted server.
    void classifiesGraphQlAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("detailPart");
        const QByteArray json = "application/json; charset=utf-8";
        QTest::newRow("success") << 200 << json << QByteArray("{\"data\":{\"me\":{\"name\":\"x\"}}}")
                                 << ApiError::Kind::None << "";
        QTest::newRow("auth required")
            << 200 << json
            << QByteArray("{\"errors\":[{\"message\":\"You must be logged "
                          "in\",\"extensions\":{\"code\":\"AUTH_REQUIRED\"}}],\"data\":null}")
            << ApiError::Kind::TokenRefused << "You must be logged in";
        QTest::newRow("logged-in message without code")
            << 200 << json
            << QByteArray("{\"errors\":[{\"message\":\"You must be logged in\"}],\"data\":null}")
            << ApiError::Kind::TokenRefused << "";
        QTest::newRow("forbidden")
            << 200 << json
            << QByteArray("{\"errors\":[{\"message\":\"You are not allowed to do "
                          "this.\",\"extensions\":{\"code\":\"FORBIDDEN_ACCESS\"}}],\"data\":null}")
            << ApiError::Kind::Forbidden << "not allowed";
        QTest::newRow("other error")
            << 200 << json
            << QByteArray("{\"errors\":[{\"message\":\"Element not "
                          "found\",\"extensions\":{\"code\":\"FUNCTIONAL_ERROR\"}}],\"data\":{\"x\":null}}")
            << ApiError::Kind::BadRequest << "Element not found";
        QTest::newRow("validation 400")
            << 400 << json
            << QByteArray("{\"errors\":[{\"message\":\"Cannot query field \\\"nmae\\\" on type "
                          "\\\"MeUser\\\".\",\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}")
            << ApiError::Kind::BadRequest << "Cannot query field";
        QTest::newRow("not graphql json")
            << 200 << json << QByteArray("{\"status\":\"ok\"}") << ApiError::Kind::NotAConsole << "GraphQL";
        QTest::newRow("s1 console 404")
            << 404 << json << QByteArray("{\"errors\":[{\"code\":4040010,\"title\":\"Not Found\"}]}")
            << ApiError::Kind::NotAConsole << "";
        QTest::newRow("web page") << 200 << QByteArray("text/html")
                                  << QByteArray("<html><body>Welcome</body></html>")
                                  << ApiError::Kind::NotAConsole << "text/html";
        QTest::newRow("plain text") << 200 << QByteArray("text/plain") << QByteArray("hello")
                                    << ApiError::Kind::NotAConsole << "not JSON";
        QTest::newRow("proxy 401") << 401 << QByteArray("text/plain") << QByteArray("no")
                                   << ApiError::Kind::TokenRefused << "";
        QTest::newRow("proxy 403") << 403 << QByteArray("text/plain") << QByteArray("no")
                                   << ApiError::Kind::Forbidden << "";
        QTest::newRow("gateway html 502")
            << 502 << QByteArray("text/html") << QByteArray("<html>Bad Gateway</html>")
            << ApiError::Kind::ServerError << "";
        QTest::newRow("truncated json")
            << 200 << json << QByteArray("{\"data\":{\"me\":") << ApiError::Kind::BadResponse << "";
        QTest::newRow("data null, no errors")
            << 200 << json << QByteArray("{\"data\":null}") << ApiError::Kind::NotAConsole << "no data";
    }

    void classifiesGraphQlAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, detailPart);
        CannedServer server;
        server.response = httpResponse(status, contentType, body);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        OpenCtiConfig c;
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        c.token = QStringLiteral("t");
        c.transport.maxAttempts = 1;
        OpenCtiClient client(c);
        net::ApiCall *call = client.request(GraphQlDocuments::load(QStringLiteral("CheckConnection")));
        QVERIFY(waitFor(call));
        QCOMPARE(server.requests, 1);
        QCOMPARE(call->error().kind, kind);
        QCOMPARE(call->error().serviceName(), QStringLiteral("OpenCTI"));
        QVERIFY2(call->error().detail.contains(detailPart), qPrintable(call->error().detail));
        if (kind == ApiError::Kind::None) {
            QCOMPARE(call->data()
                         .toObject()
                         .value(QLatin1String("me"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                QStringLiteral("x"));
        } else {
            const QString message = call->error().userMessage();
            QVERIFY2(message.contains(QLatin1String("OpenCTI")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("SentinelOne"))
                    && !message.contains(QLatin1String("console")),
                qPrintable(message));
        }
    }

    // The request on the wire: POST /graphql, Bearer token, JSON with query, variables, operationName.
    void requestShape()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [&received, s] {
                received += s->readAll();
                if (received.contains("}}")) // the JSON body ends with the variables object
                    s->write(httpResponse(200, "application/json", "{\"data\":{\"ok\":true}}"));
            });
        });
        OpenCtiConfig c;
        c.url = OpenCtiConfig::normalizeUrl(
            QStringLiteral("http://127.0.0.1:%1/graphql").arg(server.serverPort()));
        c.token = QStringLiteral("the-token");
        OpenCtiClient client(c);
        net::ApiCall *call = client.request(
            QStringLiteral("query Probe($n: Int) { ok }"), QJsonObject {{QStringLiteral("n"), 3}});
        QVERIFY(waitFor(call));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QVERIFY2(received.startsWith("POST /graphql HTTP/1.1\r\n"), received.constData());
        QVERIFY(received.contains("Authorization: Bearer the-token\r\n"));
        QVERIFY(received.toLower().contains("content-type: application/json"));
        const QJsonObject body
            = QJsonDocument::fromJson(received.mid(received.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(
            body.value(QLatin1String("query")).toString(), QStringLiteral("query Probe($n: Int) { ok }"));
        QCOMPARE(body.value(QLatin1String("operationName")).toString(), QStringLiteral("Probe"));
        QCOMPARE(body.value(QLatin1String("variables")).toObject().value(QLatin1String("n")).toInt(), 3);
    }

    // --- the simulator's /graphql endpoint ------------------------------------------------------

    void simulatorSelectsAliasesAndVariables()
    {
        startSim();
        int status = 0;
        const QJsonObject answer = rawGraphQl(
            QJsonObject {{QStringLiteral("query"),
                             QStringLiteral("query Q($x: String = \"d\") { who: me { login: user_email "
                                            "__typename } about { version } }")},
                {QStringLiteral("variables"), QJsonObject {{QStringLiteral("x"), QStringLiteral("v")}}}},
            &status);
        QCOMPARE(status, 200);
        QVERIFY(!answer.contains(QLatin1String("errors")));
        const QJsonObject data = answer.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("who")).toObject(),
            (QJsonObject {{QStringLiteral("login"), QStringLiteral("admin@opencti.io")},
                {QStringLiteral("__typename"), QStringLiteral("MeUser")}}));
        QCOMPARE(
            data.value(QLatin1String("about")).toObject().keys(), QStringList {QStringLiteral("version")});
        QCOMPARE(requests(QStringLiteral("POST /graphql Q")), 1);
    }

    void simulatorProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << QByteArray("query { me { name } }") << 400 << "BAD_REQUEST"
                                  << "JSON";
        QTest::newRow("no query") << QByteArray("{\"variables\":{}}") << 400 << "BAD_REQUEST"
                                  << "query";
        QTest::newRow("syntax") << QByteArray("{\"query\":\"query X { me { name }\"}") << 400
                                << "GRAPHQL_PARSE_FAILED"
                                << "Syntax Error";
        QTest::newRow("fragment") << QByteArray("{\"query\":\"query X { me { ...F } }\"}") << 400
                                  << "GRAPHQL_PARSE_FAILED"
                                  << "fragments";
        QTest::newRow("mutation field twice")
            << QByteArray("{\"query\":\"mutation M { a: workAdd(connectorId: \\\"c\\\") { id } b: "
                          "workAdd(connectorId: \\\"d\\\") { id } }\"}")
            << 400 << "GRAPHQL_VALIDATION_FAILED"
            << "workAdd";
        QTest::newRow("two operations, no name")
            << QByteArray("{\"query\":\"query A { me { name } } query B { me { name } }\"}") << 400
            << "BAD_REQUEST"
            << "operation name";
        QTest::newRow("unknown field") << QByteArray("{\"query\":\"query U { me { name shoeSize } }\"}")
                                       << 200 << "UNSUPPORTED_BY_SIMULATOR"
                                       << "MeUser.shoeSize is not supported by the simulator";
        QTest::newRow("unknown mutation")
            << QByteArray("{\"query\":\"mutation M { incidentAdd(input: {name: \\\"x\\\"}) { id } }\"}")
            << 200 << "UNSUPPORTED_BY_SIMULATOR"
            << "Mutation.incidentAdd";
    }

    void simulatorProtocolErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        startSim();
        QUrl url = m_sim->openCtiUrl();
        url.setPath(QStringLiteral("/graphql"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_sim->openCtiToken().toUtf8());
        QNetworkReply *reply = m_raw.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(firstErrorCode(answer), code);
        QVERIFY2(firstErrorMessage(answer).contains(messagePart), qPrintable(firstErrorMessage(answer)));
    }

    void simulatorAuth()
    {
        startSim();
        int status = 0;
        const QJsonObject body {
            {QStringLiteral("query"), QStringLiteral("query CheckConnection { me { name } }")}};
        const QByteArrayList refused {QByteArray("Bearer wrong"),
            QByteArray("ApiToken " + m_sim->openCtiToken().toUtf8()), QByteArray("Bearer")};
        for (const QByteArray &authorization : refused) {
            const QJsonObject answer = rawGraphQl(body, &status, authorization);
            QCOMPARE(status, 200);
            QCOMPARE(firstErrorCode(answer), QStringLiteral("AUTH_REQUIRED"));
            QCOMPARE(firstErrorMessage(answer), QStringLiteral("You must be logged in"));
            QVERIFY(answer.value(QLatin1String("data")).isNull());
        }
        const QJsonObject ok = rawGraphQl(body, &status, "bearer " + m_sim->openCtiToken().toUtf8());
        QCOMPARE(ok.value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("me"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
            QStringLiteral("admin"));
        QCOMPARE(requests(QStringLiteral("POST /graphql CheckConnection")), 4);
        QCOMPARE(m_sim->openCtiToken().size(), 36); // a random UUID
    }

    void simulatorGetGraphQl()
    {
        startSim();
        QUrl url = m_sim->openCtiUrl();
        url.setPath(QStringLiteral("/graphql"));
        QNetworkRequest request(url);
        QNetworkReply *reply = m_raw.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        QCOMPARE(reply->rawHeader("Allow"), QByteArray("POST"));
        reply->deleteLater();
        request.setRawHeader("Accept", "text/html,application/xhtml+xml");
        reply = m_raw.get(request);
        QSignalSpy done2(reply, &QNetworkReply::finished);
        QVERIFY(done2.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("GraphQL"));
        reply->deleteLater();
        QCOMPARE(requests(QStringLiteral("GET /graphql")), 2);
    }

    void simHostServesOpenCti()
    {
        s1sim::SimHost host;
        s1sim::SimOptions options;
        options.threats = 3;
        options.openCtiToken = QStringLiteral("host-octi-token");
        QVERIFY2(host.start(options), qPrintable(host.errorString()));
        QCOMPARE(host.openCtiToken(), QStringLiteral("host-octi-token"));
        QCOMPARE(host.openCtiUrl(), host.baseUrl());
        OpenCtiConfig c;
        c.url = host.openCtiUrl();
        c.token = host.openCtiToken();
        OpenCtiClient client(c);
        OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.summary(), QStringLiteral("Connected to OpenCTI 6.9.17 as admin"));
        QCOMPARE(host.stats()
                     .value(QLatin1String("requests"))
                     .toObject()
                     .value(QLatin1String("POST /graphql CheckConnection"))
                     .toInt(),
            1);
    }

    void executablePrintsOpenCtiLines()
    {
        const QString exe = QStringLiteral(S1_SIM_EXE);
        QVERIFY2(QFile::exists(exe), "s1bridge-sim is not built");
        QProcess process;
        process.start(exe,
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--threats"), QStringLiteral("5"),
                QStringLiteral("--token"), QStringLiteral("exe-token"), QStringLiteral("--opencti-token"),
                QStringLiteral("exe-octi")});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 4 && process.waitForReadyRead(10000))
            out += process.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(lines.size() >= 4, out.constData());
        QVERIFY2(lines[0].startsWith("S1_URL=http://127.0.0.1:"), lines[0].constData());
        QCOMPARE(lines[1], QByteArray("S1_API_KEY=exe-token"));
        QVERIFY2(lines[2].startsWith("OPENCTI_URL=http://127.0.0.1:"), lines[2].constData());
        QCOMPARE(lines[2].mid(12), lines[0].mid(7));
        QCOMPARE(lines[3], QByteArray("OPENCTI_TOKEN=exe-octi"));

        OpenCtiConfig c;
        c.url = OpenCtiConfig::normalizeUrl(QString::fromUtf8(lines[2].mid(12)));
        c.token = QStringLiteral("exe-octi");
        OpenCtiClient client(c);
        OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.summary(), QStringLiteral("Connected to OpenCTI 6.9.17 as admin"));

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);

        QProcess bad;
        bad.start(exe, {QStringLiteral("--opencti-token"), QStringLiteral("has space")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--opencti-token"));
    }
};

QTEST_GUILESS_MAIN(TestOpenCtiClient)
#include "tst_opencticlient.moc"
