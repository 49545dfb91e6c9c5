// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle one SentinelOne threat becomes (issue 5): golden files, structure, ids, directions,
// determinism, content hash, hostile text.
//
// Goldens: tests/golden/*.json, pretty-printed for review; the test compares canonical forms.
// To regenerate them after an intended change, run the suite with S1BRIDGE_UPDATE_GOLDEN=1 and read
// the diff before committing:  S1BRIDGE_UPDATE_GOLDEN=1 ./tst_stixbundle goldens
// tests/golden/verify-ids.py then recomputes every id in them with Python (pycti's recipe).
#include "TestSupport.h"
#include "opencti/CanonicalJson.h"
#include "opencti/StixBundleBuilder.h"
#include "opencti/StixIds.h"
#include "s1/Threat.h"
#include "s1/ThreatNote.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace opencti;

namespace {

const QString kConsole = QStringLiteral("https://usea1-partners.sentinelone.net");
const QString kTlpRed = QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

QString goldenDir()
{
    return QStringLiteral(S1_GOLDEN_DIR);
}

StixBundleBuilder::Options goldenOptions()
{
    StixBundleBuilder::Options options;
    options.consoleUrl = QUrl(kConsole);
    options.bundleSeed = QStringLiteral("golden");
    return options;
}

s1::ThreatNote note(const QString &id, const QString &threatId, const QString &text, const QString &creator,
    const QString &createdAt)
{
    return s1::ThreatNote::fromJson(
        QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("text"), text},
            {QStringLiteral("creator"), creator}, {QStringLiteral("creatorId"), QStringLiteral("42")},
            {QStringLiteral("createdAt"), createdAt}, {QStringLiteral("updatedAt"), createdAt},
            {QStringLiteral("edited"), false}},
        threatId);
}

// Synthetic notes for the sample threats (the fixture has none).
QList<s1::ThreatNote> notesFor(int sample, const QString &threatId)
{
    if (sample == 1)
        return {note(QStringLiteral("1001"), threatId, QStringLiteral("[OpenCTI_add]"),
                    QStringLiteral("Jane Analyst"), QStringLiteral("2022-12-21T09:00:00.123456Z")),
            note(QStringLiteral("1002"), threatId,
                QStringLiteral("Checked with the user: started from a phishing mail.\nHost isolated."),
                QStringLiteral("Jane Analyst"), QStringLiteral("2022-12-21T09:05:12.000000Z"))};
    return {note(QStringLiteral("2001"), threatId, QStringLiteral("[OpenCTI_add] please look at this one"),
        QStringLiteral("Max Mustermann"), QStringLiteral("2022-12-20T16:00:00.000000Z"))};
}

// A threat shaped like the fixture's first one, with what the fixture lacks: hashes, ATT&CK
// technique ids, a file path, IPv6 addresses.
QJsonObject syntheticThreatJson(QJsonObject threat)
{
    QJsonObject info = threat.value(QLatin1String("threatInfo")).toObject();
    info.insert(QStringLiteral("threatName"), QStringLiteral("Rechnung_März.pdf.exe"));
    info.insert(QStringLiteral("threatId"), QStringLiteral("1790000000000000001"));
    info.insert(QStringLiteral("filePath"),
        QStringLiteral("\\Device\\HarddiskVolume3\\Users\\jane\\Downloads\\Rechnung_März.pdf.exe"));
    info.insert(QStringLiteral("sha256"),
        QStringLiteral("275A021BBFB6489E54D471899F7DB9D1663FC695EC2FE2A2C4538AABF651FD0F"));
    info.insert(QStringLiteral("sha1"), QStringLiteral("3395856ce81f2b7382dee72602f798b642f14140"));
    info.insert(QStringLiteral("md5"), QStringLiteral("44d88612fea8a8f36de82e1278abb02f"));
    info.insert(QStringLiteral("classification"), QStringLiteral("Ransomware"));
    info.insert(QStringLiteral("confidenceLevel"), QStringLiteral("suspicious"));
    threat.insert(QStringLiteral("threatInfo"), info);
    threat.insert(QStringLiteral("id"), QStringLiteral("1790000000000000001"));

    QJsonObject realtime = threat.value(QLatin1String("agentRealtimeInfo")).toObject();
    realtime.insert(QStringLiteral("networkInterfaces"),
        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Ethernet0")},
            {QStringLiteral("inet"), QJsonArray {QStringLiteral("10.20.30.40")}},
            {QStringLiteral("inet6"),
                QJsonArray {QStringLiteral("2001:db8::5"), QStringLiteral("fe80::1c2b:3d4e:5f60:7182")}},
            {QStringLiteral("physical"), QStringLiteral("00:50:56:aa:bb:cc")}}});
    threat.insert(QStringLiteral("agentRealtimeInfo"), realtime);
    QJsonObject detection = threat.value(QLatin1String("agentDetectionInfo")).toObject();
    detection.insert(QStringLiteral("agentIpV4"), QStringLiteral("10.20.30.40"));
    detection.insert(QStringLiteral("agentIpV6"), QStringLiteral("2001:db8::5"));
    threat.insert(QStringLiteral("agentDetectionInfo"), detection);

    auto technique = [](const char *id, const char *link) {
        return QJsonObject {
            {QStringLiteral("name"), QLatin1String(id)}, {QStringLiteral("link"), QLatin1String(link)}};
    };
    threat.insert(QStringLiteral("indicators"),
        QJsonArray {QJsonObject {{QStringLiteral("category"), QStringLiteral("Evasion")},
                        {QStringLiteral("description"), QStringLiteral("Indirect command was executed")},
                        {QStringLiteral("tactics"),
                            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Execution")},
                                {QStringLiteral("source"), QStringLiteral("MITRE")},
                                {QStringLiteral("techniques"),
                                    QJsonArray {technique(
                                        "T1059.001", "https://attack.mitre.org/techniques/T1059/001/")}}}}}},
            QJsonObject {{QStringLiteral("category"), QStringLiteral("Ransomware")},
                {QStringLiteral("description"), QStringLiteral("Files were encrypted")},
                {QStringLiteral("tactics"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Impact")},
                        {QStringLiteral("source"), QStringLiteral("MITRE")},
                        {QStringLiteral("techniques"),
                            QJsonArray {technique("T1486", ""),
                                technique(
                                    "T1059.001", "https://attack.mitre.org/techniques/T1059/001/")}}}}}},
            QJsonObject {{QStringLiteral("category"), QStringLiteral("evasion")},
                {QStringLiteral("description"), QStringLiteral("Process hollowing")},
                {QStringLiteral("tactics"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Defense Evasion")},
                        {QStringLiteral("source"), QStringLiteral("MITRE")},
                        {QStringLiteral("techniques"),
                            QJsonArray {
                                technique("Process Hollowing", "https://example.com/hollowing")}}}}}}});
    return threat;
}

QList<s1::ThreatNote> syntheticNotes(const QString &threatId)
{
    // Given out of order on purpose: the bundle sorts them.
    return {note(QStringLiteral("3002"), threatId,
                QStringLiteral("Sample sent to the sandbox.\nVerdict: ransomware."),
                QStringLiteral("Jane Analyst"), QStringLiteral("2024-05-06T08:15:00.000000Z")),
        note(QStringLiteral("3001"), threatId, QStringLiteral("[OpenCTI_add]"),
            QStringLiteral("Jane Analyst"), QStringLiteral("2024-05-06T08:00:00.000000Z"))};
}

QJsonArray objectsOf(const QJsonObject &bundle)
{
    return bundle.value(QLatin1String("objects")).toArray();
}

QList<QJsonObject> ofType(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : objectsOf(bundle))
        if (v.toObject().value(QLatin1String("type")).toString() == type)
            out << v.toObject();
    return out;
}

QHash<QString, QJsonObject> byId(const QJsonObject &bundle)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : objectsOf(bundle))
        out.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    return out;
}

QString typeOfId(const QString &id)
{
    return id.left(id.indexOf(QLatin1String("--")));
}

bool isObservableType(const QString &type)
{
    return type == QLatin1String("hostname") || type == QLatin1String("ipv4-addr")
        || type == QLatin1String("ipv6-addr");
}

// What StixIds says the object's id is, from the object's own properties.
QString expectedId(const QJsonObject &o)
{
    const QString type = o.value(QLatin1String("type")).toString();
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (type == QLatin1String("identity"))
        return StixIds::identity(s("name"), s("identity_class"));
    if (type == QLatin1String("marking-definition"))
        return StixIds::tlpMarking(s("name"));
    if (type == QLatin1String("incident"))
        return StixIds::incident(s("name"), s("created"));
    if (type == QLatin1String("indicator"))
        return StixIds::indicator(s("pattern"));
    if (type == QLatin1String("note"))
        return StixIds::note(s("content"), s("created"));
    if (type == QLatin1String("attack-pattern"))
        return o.contains(QLatin1String("x_mitre_id")) ? StixIds::attackPattern(s("name"), s("x_mitre_id"))
                                                       : StixIds::attackPattern(s("name"));
    if (type == QLatin1String("relationship"))
        return StixIds::relationship(s("relationship_type"), s("source_ref"), s("target_ref"));
    if (type == QLatin1String("hostname"))
        return StixIds::hostname(s("value"));
    if (type == QLatin1String("ipv4-addr"))
        return StixIds::ipv4Address(s("value"));
    if (type == QLatin1String("ipv6-addr"))
        return StixIds::ipv6Address(s("value"));
    return QString();
}

// Every *_ref and *_refs value, with the property it came from.
void collectRefs(const QJsonValue &value, const QString &key, QList<QPair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectRefs(it.value(), it.key(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectRefs(v, key, out);
    } else if (value.isString()
        && (key.endsWith(QLatin1String("_ref")) || key.endsWith(QLatin1String("_refs")))) {
        out.append({key, value.toString()});
    }
}

struct Case
{
    s1::Threat threat;
    QList<s1::ThreatNote> notes;
    QString golden; // file name in tests/golden
};

} // namespace

class TestStixBundle : public QObject
{
    Q_OBJECT
private:
    // The sample threats (two) and the synthetic one, with their notes and golden file names.
    // Returns false (after QSKIP/QFAIL) when the shared fixture is missing.
    bool loadCases(QList<Case> &cases);

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void structure_data();
    void structure();
    void firstSampleThreat();
    void secondSampleThreat();
    void syntheticThreat();
    void determinism();
    void contentHashFollowsNotes();
    void hostileTextRoundTrips();
    void incidentCreatedFallback();
    void onlyPresentHashes();
    void invalidInput_data();
    void invalidInput();
    void tlpMarkings_data();
    void tlpMarkings();
    void hashPatterns_data();
    void hashPatterns();
    void severity_data();
    void severity();
};

bool TestStixBundle::loadCases(QList<Case> &cases)
{
    QString path;
    [&]() { S1_REQUIRE_SHARED_FILE("s1-samples/threats.json", path); }();
    if (path.isEmpty() || !QFile::exists(path))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray data
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("data")).toArray();
    if (data.size() != 2)
        return false;
    for (int i = 0; i < data.size(); ++i) {
        const s1::Threat threat = s1::Threat::fromJson(data.at(i).toObject());
        cases.append({threat, notesFor(i + 1, threat.id),
            QStringLiteral("sample-threat-%1-%2.json").arg(threat.id).arg(i + 1)});
    }
    const s1::Threat synthetic = s1::Threat::fromJson(syntheticThreatJson(data.at(0).toObject()));
    cases.append({synthetic, syntheticNotes(synthetic.id),
        QStringLiteral("synthetic-threat-%1.json").arg(synthetic.id)});
    return true;
}

void TestStixBundle::goldens_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("sample threat 1") << 0;
    QTest::newRow("sample threat 2") << 1;
    QTest::newRow("synthetic threat") << 2;
}

void TestStixBundle::goldens()
{
    QFETCH(int, index);
    QList<Case> cases;
    if (!loadCases(cases))
        return; // skipped or failed inside, with the message
    const Case &c = cases.at(index);
    QString error;
    const QJsonObject bundle = StixBundleBuilder(goldenOptions()).build(c.threat, c.notes, &error);
    QVERIFY2(!bundle.isEmpty(), qPrintable(error));

    const QString path = QDir(goldenDir()).filePath(c.golden);
    if (qEnvironmentVariable("S1BRIDGE_UPDATE_GOLDEN") == QLatin1String("1")) {
        QVERIFY2(
            qEnvironmentVariable("CI") != QLatin1String("true"), "S1BRIDGE_UPDATE_GOLDEN=1 is not for CI");
        QDir().mkpath(goldenDir());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(bundle).toJson(QJsonDocument::Indented));
        qInfo("golden written: %s", qPrintable(path));
        return;
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("missing golden %1 (S1BRIDGE_UPDATE_GOLDEN=1 writes it)").arg(path)));
    QJsonParseError parseError;
    const QJsonDocument expected = QJsonDocument::fromJson(golden.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QByteArray actualCanonical = CanonicalJson::serialize(bundle);
    const QByteArray expectedCanonical = CanonicalJson::serialize(expected.object());
    if (actualCanonical != expectedCanonical) {
        // Name the first object that differs, for a readable failure.
        const QJsonArray a = objectsOf(bundle);
        const QJsonArray e = objectsOf(expected.object());
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            const QByteArray ai = i < a.size() ? CanonicalJson::serialize(a.at(i)) : QByteArray("(none)");
            const QByteArray ei = i < e.size() ? CanonicalJson::serialize(e.at(i)) : QByteArray("(none)");
            if (ai != ei) {
                qWarning("object %lld differs\n actual:   %s\n expected: %s", qlonglong(i), ai.constData(),
                    ei.constData());
                break;
            }
        }
    }
    QCOMPARE(actualCanonical, expectedCanonical);
    QCOMPARE(StixBundleBuilder::contentHash(bundle), StixBundleBuilder::contentHash(expected.object()));
}

void TestStixBundle::structure_data()
{
    goldens_data();
}

void TestStixBundle::structure()
{
    QFETCH(int, index);
    QList<Case> cases;
    if (!loadCases(cases))
        return;
    const Case &c = cases.at(index);
    const StixBundleBuilder builder(goldenOptions());
    const QJsonObject bundle = builder.build(c.threat, c.notes);
    QCOMPARE(bundle.value(QLatin1String("type")).toString(), QStringLiteral("bundle"));
    QVERIFY(QRegularExpression(
        QStringLiteral("^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(bundle.value(QLatin1String("id")).toString())
                .hasMatch());
    QVERIFY(!bundle.contains(QLatin1String("spec_version"))); // STIX 2.1 bundles have none

    const QString author = builder.authorId();
    const QString marking = builder.markingId();
    QCOMPARE(author, StixIds::identity(QStringLiteral("S1 Bridge"), QStringLiteral("organization")));
    QCOMPARE(marking, kTlpRed);
    const QHash<QString, QJsonObject> objects = byId(bundle);
    QCOMPARE(objects.size(), objectsOf(bundle).size()); // ids unique

    static const QRegularExpression idForm(
        QStringLiteral("^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    for (const QJsonValue &v : objectsOf(bundle)) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        const QString id = o.value(QLatin1String("id")).toString();
        const auto match = idForm.match(id);
        QVERIFY2(match.hasMatch(), qPrintable(id));
        QCOMPARE(match.captured(1), type);
        QCOMPARE(id, expectedId(o));
        QCOMPARE(o.value(QLatin1String("spec_version")).toString(), QStringLiteral("2.1"));
        if (id == author || type == QLatin1String("marking-definition"))
            continue;
        QCOMPARE(o.value(QLatin1String("object_marking_refs")).toArray(), QJsonArray {marking});
        if (isObservableType(type)) {
            QVERIFY(!o.contains(QLatin1String("created_by_ref")));
            QCOMPARE(o.value(QLatin1String("x_opencti_created_by_ref")).toString(), author);
        } else {
            QCOMPARE(o.value(QLatin1String("created_by_ref")).toString(), author);
            QVERIFY(!o.value(QLatin1String("created")).toString().isEmpty());
            QVERIFY(o.value(QLatin1String("modified")).toString()
                >= o.value(QLatin1String("created")).toString());
        }
    }
    QCOMPARE(ofType(bundle, QStringLiteral("identity")).size(), 1);
    QCOMPARE(ofType(bundle, QStringLiteral("marking-definition")).size(), 1);
    QCOMPARE(ofType(bundle, QStringLiteral("incident")).size(), 1);
    const QString incident
        = ofType(bundle, QStringLiteral("incident")).first().value(QLatin1String("id")).toString();
    QCOMPARE(incident, StixBundleBuilder::incidentId(c.threat));

    // Every reference resolves inside the bundle (or is the fixed TLP marking).
    QList<QPair<QString, QString>> refs;
    collectRefs(QJsonValue(objectsOf(bundle)), QString(), refs);
    QVERIFY(!refs.isEmpty());
    for (const auto &[key, ref] : std::as_const(refs))
        QVERIFY2(objects.contains(ref) || ref == marking, qPrintable(key + QLatin1String(" -> ") + ref));

    // Relationship types and directions.
    QHash<QString, int> linked; // object id -> relationships to/from the incident
    for (const QJsonObject &r : ofType(bundle, QStringLiteral("relationship"))) {
        const QString kind = r.value(QLatin1String("relationship_type")).toString();
        const QString source = r.value(QLatin1String("source_ref")).toString();
        const QString target = r.value(QLatin1String("target_ref")).toString();
        if (kind == QLatin1String("uses")) {
            QCOMPARE(source, incident);
            QCOMPARE(typeOfId(target), QStringLiteral("attack-pattern"));
            ++linked[target];
        } else if (kind == QLatin1String("indicates")) {
            QCOMPARE(typeOfId(source), QStringLiteral("indicator"));
            QCOMPARE(target, incident);
            ++linked[source];
        } else if (kind == QLatin1String("related-to")) {
            QVERIFY2(isObservableType(typeOfId(source)), qPrintable(source));
            QCOMPARE(target, incident);
            ++linked[source];
        } else {
            QFAIL(qPrintable(QLatin1String("unexpected relationship type ") + kind));
        }
    }
    for (const QString &type : {QStringLiteral("attack-pattern"), QStringLiteral("indicator"),
             QStringLiteral("hostname"), QStringLiteral("ipv4-addr"), QStringLiteral("ipv6-addr")}) {
        for (const QJsonObject &o : ofType(bundle, type))
            QCOMPARE(linked.value(o.value(QLatin1String("id")).toString()), 1);
    }
    for (const QJsonObject &n : ofType(bundle, QStringLiteral("note")))
        QCOMPARE(n.value(QLatin1String("object_refs")).toArray(), QJsonArray {incident});
    QCOMPARE(ofType(bundle, QStringLiteral("note")).size(), c.notes.size());
}

void TestStixBundle::firstSampleThreat()
{
    QList<Case> cases;
    if (!loadCases(cases))
        return;
    const Case &c = cases.at(0);
    const QJsonObject bundle = StixBundleBuilder(goldenOptions()).build(c.threat, c.notes);
    const QJsonObject incident = ofType(bundle, QStringLiteral("incident")).value(0);
    QCOMPARE(incident.value(QLatin1String("name")).toString(),
        QStringLiteral("cmd.exe (interactive session) - 123456"));
    QCOMPARE(
        incident.value(QLatin1String("created")).toString(), QStringLiteral("2022-12-20T13:54:52.659000Z"));
    // The id computed with Python in tst_stixids (and the public connector's for this threat).
    QCOMPARE(incident.value(QLatin1String("id")).toString(),
        QStringLiteral("incident--b127ef37-cb3d-56bd-8d2e-57d389e70fdf"));
    QCOMPARE(
        incident.value(QLatin1String("modified")).toString(), QStringLiteral("2022-12-21T10:29:58.264000Z"));
    QCOMPARE(incident.value(QLatin1String("first_seen")).toString(),
        QStringLiteral("2022-12-20T13:54:53.009000Z"));
    QCOMPARE(incident.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(incident.value(QLatin1String("incident_type")).toString(), QStringLiteral("alert"));
    QCOMPARE(incident.value(QLatin1String("source")).toString(), QStringLiteral("SentinelOne"));
    QCOMPARE(incident.value(QLatin1String("labels")).toArray(),
        (QJsonArray {QStringLiteral("Evasion"), QStringLiteral("Infostealer")}));
    const QJsonObject reference
        = incident.value(QLatin1String("external_references")).toArray().first().toObject();
    QCOMPARE(reference.value(QLatin1String("source_name")).toString(), QStringLiteral("SentinelOne"));
    QCOMPARE(reference.value(QLatin1String("external_id")).toString(), QStringLiteral("123456"));
    QCOMPARE(reference.value(QLatin1String("url")).toString(),
        kConsole + QLatin1String("/incidents/threats/123456/overview"));
    const QString description = incident.value(QLatin1String("description")).toString();
    for (const char *line : {"Endpoint: DESKTOP-8CME2KF (windows, Windows 10 Pro)",
             "Site: Default site (123456)", "Account: Palo Alto Networks (123456)",
             "Classification: Infostealer", "Confidence level: malicious", "Analyst verdict: True positive",
             "Incident status: In progress", "Mitigation status: Not mitigated", "Detection engines: Manual"})
        QVERIFY2(description.split(u'\n').contains(QLatin1String(line)), line);

    // sha256 and md5 are null, sha1 is "": no indicator at all.
    QVERIFY(ofType(bundle, QStringLiteral("indicator")).isEmpty());
    // Endpoint: the hostname and the one valid address ("123:123:123:123" is no IPv6 address).
    QCOMPARE(ofType(bundle, QStringLiteral("hostname")).size(), 1);
    QCOMPARE(ofType(bundle, QStringLiteral("hostname")).first().value(QLatin1String("value")).toString(),
        QStringLiteral("DESKTOP-8CME2KF"));
    QCOMPARE(ofType(bundle, QStringLiteral("ipv4-addr")).size(), 1);
    QCOMPARE(ofType(bundle, QStringLiteral("ipv4-addr")).first().value(QLatin1String("id")).toString(),
        QStringLiteral("ipv4-addr--cbd67181-b9f8-595b-8bc3-3971e34fa1cc"));
    QVERIFY(ofType(bundle, QStringLiteral("ipv6-addr")).isEmpty());
    // The two techniques of the fixture are the same ("123"): one attack pattern, by name.
    const QList<QJsonObject> patterns = ofType(bundle, QStringLiteral("attack-pattern"));
    QCOMPARE(patterns.size(), 1);
    QCOMPARE(patterns.first().value(QLatin1String("name")).toString(), QStringLiteral("123"));
    QVERIFY(!patterns.first().contains(QLatin1String("x_mitre_id")));
    QCOMPARE(patterns.first().value(QLatin1String("id")).toString(),
        QStringLiteral("attack-pattern--caeb9b7c-7b91-5782-aacc-3065091ba963"));
    // Notes: the public connector's content form, dated as SentinelOne dated them.
    const QList<QJsonObject> notes = ofType(bundle, QStringLiteral("note"));
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.first().value(QLatin1String("content")).toString(),
        QStringLiteral("[OpenCTI_add]\ncreated by: Jane Analyst"));
    QCOMPARE(notes.first().value(QLatin1String("created")).toString(),
        QStringLiteral("2022-12-21T09:00:00.123456Z"));
    QCOMPARE(
        notes.first().value(QLatin1String("authors")).toArray(), QJsonArray {QStringLiteral("Jane Analyst")});
    QCOMPARE(notes.first().value(QLatin1String("id")).toString(),
        QStringLiteral("note--c4ec4523-ace7-5f86-8f7e-c1b794305e04"));
}

void TestStixBundle::secondSampleThreat()
{
    QList<Case> cases;
    if (!loadCases(cases))
        return;
    const Case &c = cases.at(1);
    QVERIFY(c.threat.name.isEmpty());
    const QJsonObject bundle = StixBundleBuilder(goldenOptions()).build(c.threat, c.notes);
    const QJsonObject incident = ofType(bundle, QStringLiteral("incident")).value(0);
    // An empty threatName: a fixed English name, not the translated display name.
    QCOMPARE(incident.value(QLatin1String("name")).toString(), QStringLiteral("Unnamed threat - 123456"));
    QCOMPARE(
        incident.value(QLatin1String("created")).toString(), QStringLiteral("2022-12-20T15:51:17.288000Z"));
    QCOMPARE(incident.value(QLatin1String("labels")).toArray(), QJsonArray {QStringLiteral("Manual")});
    QVERIFY(ofType(bundle, QStringLiteral("attack-pattern")).isEmpty());
    QVERIFY(ofType(bundle, QStringLiteral("indicator")).isEmpty());
    QCOMPARE(ofType(bundle, QStringLiteral("ipv4-addr")).size(), 1);
    QVERIFY(ofType(bundle, QStringLiteral("ipv6-addr")).isEmpty()); // "1:1:1:1" is no address
}

void TestStixBundle::syntheticThreat()
{
    QList<Case> cases;
    if (!loadCases(cases))
        return;
    const Case &c = cases.at(2);
    const QJsonObject bundle = StixBundleBuilder(goldenOptions()).build(c.threat, c.notes);
    const QJsonObject incident = ofType(bundle, QStringLiteral("incident")).value(0);
    QCOMPARE(incident.value(QLatin1String("name")).toString(),
        QStringLiteral("Rechnung_März.pdf.exe - 1790000000000000001"));
    QCOMPARE(incident.value(QLatin1String("severity")).toString(), QStringLiteral("medium"));
    // Categories and classification, once each whatever the case.
    QCOMPARE(incident.value(QLatin1String("labels")).toArray(),
        (QJsonArray {QStringLiteral("Evasion"), QStringLiteral("Ransomware")}));

    // One indicator per hash, hex lower-cased, one pattern form.
    QStringList patterns;
    for (const QJsonObject &i : ofType(bundle, QStringLiteral("indicator"))) {
        patterns << i.value(QLatin1String("pattern")).toString();
        QCOMPARE(i.value(QLatin1String("pattern_type")).toString(), QStringLiteral("stix"));
        QCOMPARE(
            i.value(QLatin1String("valid_from")).toString(), QStringLiteral("2022-12-20T13:54:53.009000Z"));
        QCOMPARE(
            i.value(QLatin1String("x_opencti_main_observable_type")).toString(), QStringLiteral("StixFile"));
        QCOMPARE(i.value(QLatin1String("indicator_types")).toArray(),
            QJsonArray {QStringLiteral("malicious-activity")});
        QVERIFY(
            i.value(QLatin1String("name")).toString().startsWith(QStringLiteral("Rechnung_März.pdf.exe (")));
    }
    QCOMPARE(patterns,
        (QStringList {QStringLiteral("[file:hashes.'SHA-256' = "
                                     "'275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f']"),
            QStringLiteral("[file:hashes.'SHA-1' = '3395856ce81f2b7382dee72602f798b642f14140']"),
            QStringLiteral("[file:hashes.'MD5' = '44d88612fea8a8f36de82e1278abb02f']")}));
    // Ids as computed with Python in tst_stixids.
    QCOMPARE(ofType(bundle, QStringLiteral("indicator")).first().value(QLatin1String("id")).toString(),
        QStringLiteral("indicator--139a28ba-a759-5006-ac55-0f8e0fba0450"));

    // ATT&CK techniques by x_mitre_id (the MITRE dataset's ids), the rest by name.
    const QHash<QString, QJsonObject> objects = byId(bundle);
    const QJsonObject powershell
        = objects.value(QStringLiteral("attack-pattern--5a9d0c10-3eab-5b54-9d30-d9ae590d238b"));
    QCOMPARE(powershell.value(QLatin1String("x_mitre_id")).toString(), QStringLiteral("T1059.001"));
    QCOMPARE(powershell.value(QLatin1String("name")).toString(), QStringLiteral("T1059.001"));
    QVERIFY(!powershell.contains(QLatin1String("description")));
    const QJsonObject mitreReference
        = powershell.value(QLatin1String("external_references")).toArray().first().toObject();
    QCOMPARE(mitreReference.value(QLatin1String("source_name")).toString(), QStringLiteral("mitre-attack"));
    QCOMPARE(mitreReference.value(QLatin1String("external_id")).toString(), QStringLiteral("T1059.001"));
    QCOMPARE(mitreReference.value(QLatin1String("url")).toString(),
        QStringLiteral("https://attack.mitre.org/techniques/T1059/001/"));
    const QJsonObject encryption
        = objects.value(QStringLiteral("attack-pattern--6e5c711b-18d7-55d8-bcb8-a46cb49bd7d3"));
    QCOMPARE(encryption.value(QLatin1String("x_mitre_id")).toString(), QStringLiteral("T1486"));
    // No link from SentinelOne: MITRE's page.
    QCOMPARE(encryption.value(QLatin1String("external_references"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
        QStringLiteral("https://attack.mitre.org/techniques/T1486/"));
    const QJsonObject hollowing = objects.value(StixIds::attackPattern(QStringLiteral("Process Hollowing")));
    QCOMPARE(hollowing.value(QLatin1String("name")).toString(), QStringLiteral("Process Hollowing"));
    QVERIFY(!hollowing.contains(QLatin1String("x_mitre_id")));
    QCOMPARE(ofType(bundle, QStringLiteral("attack-pattern")).size(), 3);
    // The SentinelOne descriptions go on this incident's `uses` relationship.
    const QString incidentId = incident.value(QLatin1String("id")).toString();
    const QJsonObject uses = objects.value(StixIds::relationship(
        QStringLiteral("uses"), incidentId, powershell.value(QLatin1String("id")).toString()));
    QCOMPARE(uses.value(QLatin1String("description")).toString(),
        QStringLiteral("Indirect command was executed\nFiles were encrypted"));

    // Valid IPv6 addresses become observables, each once.
    QStringList v6;
    for (const QJsonObject &o : ofType(bundle, QStringLiteral("ipv6-addr")))
        v6 << o.value(QLatin1String("value")).toString();
    QCOMPARE(v6, (QStringList {QStringLiteral("2001:db8::5"), QStringLiteral("fe80::1c2b:3d4e:5f60:7182")}));
    QCOMPARE(ofType(bundle, QStringLiteral("ipv4-addr")).size(), 1);

    // Notes sorted by their time, whatever order they came in.
    const QList<QJsonObject> notes = ofType(bundle, QStringLiteral("note"));
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).value(QLatin1String("content")).toString(),
        QStringLiteral("[OpenCTI_add]\ncreated by: Jane Analyst"));
    QVERIFY(notes.at(1).value(QLatin1String("content")).toString().startsWith(QLatin1String("Sample sent")));
}

void TestStixBundle::determinism()
{
    QList<Case> cases;
    if (!loadCases(cases))
        return;
    for (const Case &c : std::as_const(cases)) {
        const QByteArray first
            = CanonicalJson::serialize(StixBundleBuilder(goldenOptions()).build(c.threat, c.notes));
        const QByteArray second
            = CanonicalJson::serialize(StixBundleBuilder(goldenOptions()).build(c.threat, c.notes));
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
        // The order the API lists notes in does not matter.
        QList<s1::ThreatNote> reversed(c.notes.crbegin(), c.notes.crend());
        QCOMPARE(
            CanonicalJson::serialize(StixBundleBuilder(goldenOptions()).build(c.threat, reversed)), first);
        // The seed changes the bundle id, and nothing else.
        StixBundleBuilder::Options seeded = goldenOptions();
        seeded.bundleSeed = QStringLiteral("another connector");
        const QJsonObject other = StixBundleBuilder(seeded).build(c.threat, c.notes);
        const QJsonObject same = StixBundleBuilder(goldenOptions()).build(c.threat, c.notes);
        QVERIFY(other.value(QLatin1String("id")) != same.value(QLatin1String("id")));
        QCOMPARE(objectsOf(other), objectsOf(same));
    }
}

void TestStixBundle::contentHashFollowsNotes()
{
    QList<Case> cases;
    if (!loadCases(cases))
        return;
    const Case &c = cases.at(0);
    const StixBundleBuilder builder(goldenOptions());
    const QString base = builder.contentHash(c.threat, c.notes);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(base).hasMatch());
    const QJsonObject bundle = builder.build(c.threat, c.notes);
    QCOMPARE(base,
        QString::fromLatin1(
            QCryptographicHash::hash(CanonicalJson::serialize(bundle), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(builder.contentHash(c.threat, c.notes), base);

    // What does not reach OpenCTI does not change the hash.
    QList<s1::ThreatNote> notes = c.notes;
    notes[1].edited = true;
    notes[1].updatedAt = notes[1].updatedAt.addSecs(3600);
    notes[1].id = QStringLiteral("9999");
    QCOMPARE(builder.contentHash(c.threat, notes), base);

    // A changed, added or removed note does.
    notes = c.notes;
    notes[1].text += QLatin1String(" Reimaged.");
    const QString changed = builder.contentHash(c.threat, notes);
    QVERIFY(changed != base);
    notes[1].text = c.notes[1].text;
    QCOMPARE(builder.contentHash(c.threat, notes), base);
    notes[1].creator = QStringLiteral("John Analyst");
    QVERIFY(builder.contentHash(c.threat, notes) != base);
    notes = c.notes;
    notes.append(note(QStringLiteral("1003"), c.threat.id, QStringLiteral("Closed."),
        QStringLiteral("Jane Analyst"), QStringLiteral("2022-12-22T10:00:00.000000Z")));
    QVERIFY(builder.contentHash(c.threat, notes) != base);
    notes = c.notes;
    notes.removeLast();
    QVERIFY(builder.contentHash(c.threat, notes) != base);
    // An empty bundle has no hash.
    QVERIFY(StixBundleBuilder::contentHash(QJsonObject()).isEmpty());
}

void TestStixBundle::hostileTextRoundTrips()
{
    s1::Threat threat;
    threat.id = QStringLiteral("666");
    threat.name = QStringLiteral(
        "<b>Evil</b> \"quoted\" 'single' \\\\server\\share\nSeverity: none\r\n\t</script>\x01");
    threat.filePath = QStringLiteral("C:\\Users\\<img src=x onerror=alert(1)>\\\"a\".exe");
    threat.identifiedAtRaw = QStringLiteral("2024-01-02T03:04:05.678901Z");
    threat.identifiedAt = s1::parseApiTime(threat.identifiedAtRaw);
    threat.createdAt = threat.identifiedAt;
    threat.updatedAt = threat.identifiedAt;
    threat.computerName = QStringLiteral("host\"; DROP TABLE--");
    threat.confidenceLevel = QStringLiteral("suspicious");
    const s1::ThreatNote hostileNote
        = note(QStringLiteral("7"), threat.id, QStringLiteral("<script>alert('x')</script>\n\"\\ \u2028 end"),
            QStringLiteral("Eve <eve@example.com>"), QStringLiteral("2024-01-02T04:00:00.000000Z"));

    const QJsonObject bundle = StixBundleBuilder(goldenOptions()).build(threat, {hostileNote});
    QVERIFY(!bundle.isEmpty());
    const QByteArray canonical = CanonicalJson::serialize(bundle);
    // Escaped as JSON, nothing else: no HTML entities, markup kept as text.
    QVERIFY(canonical.contains(
        R"(<b>Evil</b> \"quoted\" 'single' \\\\server\\share\nSeverity: none\r\n\t</script>\u0001 - 666)"));
    QVERIFY(!canonical.contains("&lt;"));
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(canonical, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed, bundle);
    const QJsonObject incident = ofType(parsed, QStringLiteral("incident")).value(0);
    QCOMPARE(incident.value(QLatin1String("name")).toString(), threat.name + QLatin1String(" - 666"));
    QCOMPARE(incident.value(QLatin1String("id")).toString(),
        StixIds::incident(threat.name + QLatin1String(" - 666"), threat.identifiedAtRaw));
    QCOMPARE(ofType(parsed, QStringLiteral("note")).value(0).value(QLatin1String("content")).toString(),
        hostileNote.text + QLatin1String("\ncreated by: Eve <eve@example.com>"));
    QCOMPARE(ofType(parsed, QStringLiteral("hostname")).value(0).value(QLatin1String("value")).toString(),
        threat.computerName);
    // The description keeps one fact per line: text from the threat cannot forge a line.
    const QStringList lines = incident.value(QLatin1String("description")).toString().split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QLatin1String("Severity")), qPrintable(line));
    QVERIFY(lines.contains(QStringLiteral("File path: ") + threat.filePath));
    // The indicator names fall back on the file name; hostile paths cannot reach a pattern.
    QVERIFY(ofType(parsed, QStringLiteral("indicator")).isEmpty());
}

void TestStixBundle::incidentCreatedFallback()
{
    s1::Threat threat;
    threat.id = QStringLiteral("77");
    threat.name = QStringLiteral("x");
    threat.createdAt = s1::parseApiTime(QStringLiteral("2022-12-20T13:54:53.009117Z"));
    // No identifiedAt: createdAt as formatApiTime writes it (microseconds past the millisecond lost).
    QCOMPARE(StixBundleBuilder::incidentCreated(threat), QStringLiteral("2022-12-20T13:54:53.009000Z"));
    const QJsonObject bundle = StixBundleBuilder().build(threat, {});
    const QJsonObject incident = ofType(bundle, QStringLiteral("incident")).value(0);
    QCOMPARE(
        incident.value(QLatin1String("created")).toString(), QStringLiteral("2022-12-20T13:54:53.009000Z"));
    // No console URL: the reference still names the threat.
    const QJsonObject reference
        = incident.value(QLatin1String("external_references")).toArray().first().toObject();
    QVERIFY(!reference.contains(QLatin1String("url")));
    QCOMPARE(reference.value(QLatin1String("external_id")).toString(), QStringLiteral("77"));
    // Defaults: author "S1 Bridge", TLP:RED.
    QCOMPARE(ofType(bundle, QStringLiteral("identity")).value(0).value(QLatin1String("name")).toString(),
        QStringLiteral("S1 Bridge"));
    QCOMPARE(
        ofType(bundle, QStringLiteral("marking-definition")).value(0).value(QLatin1String("id")).toString(),
        kTlpRed);
    // A note without a time is dated by the incident.
    s1::ThreatNote undated;
    undated.text = QStringLiteral("n");
    QCOMPARE(StixBundleBuilder::noteCreated(undated, threat), QStringLiteral("2022-12-20T13:54:53.009000Z"));
}

void TestStixBundle::onlyPresentHashes()
{
    s1::Threat threat;
    threat.id = QStringLiteral("88");
    threat.name = QStringLiteral("dropper.exe");
    threat.identifiedAtRaw = QStringLiteral("2024-01-01T00:00:00.000000Z");
    threat.sha1 = QStringLiteral("3395856ce81f2b7382dee72602f798b642f14140");
    threat.md5 = QStringLiteral(" "); // present but blank: no indicator
    QJsonObject bundle = StixBundleBuilder().build(threat, {});
    QList<QJsonObject> indicators = ofType(bundle, QStringLiteral("indicator"));
    QCOMPARE(indicators.size(), 1);
    QCOMPARE(indicators.first().value(QLatin1String("pattern")).toString(),
        QStringLiteral("[file:hashes.'SHA-1' = '3395856ce81f2b7382dee72602f798b642f14140']"));
    QCOMPARE(
        indicators.first().value(QLatin1String("name")).toString(), QStringLiteral("dropper.exe (SHA-1)"));
    QCOMPARE(
        ofType(bundle, QStringLiteral("relationship")).size(), 1); // indicates; no endpoint, no technique

    threat.sha1.clear();
    bundle = StixBundleBuilder().build(threat, {});
    QVERIFY(ofType(bundle, QStringLiteral("indicator")).isEmpty());
    QVERIFY(ofType(bundle, QStringLiteral("relationship")).isEmpty());
    QCOMPARE(objectsOf(bundle).size(), 3); // author, marking, incident
}

void TestStixBundle::invalidInput_data()
{
    QTest::addColumn<QString>("authorName");
    QTest::addColumn<QString>("tlp");
    QTest::addColumn<QString>("threatId");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown TLP") << QStringLiteral("S1 Bridge") << QStringLiteral("TLP:PURPLE")
                                 << QStringLiteral("1") << true << QStringLiteral("TLP marking");
    QTest::newRow("empty author") << QStringLiteral("  ") << QStringLiteral("TLP:RED") << QStringLiteral("1")
                                  << true << QStringLiteral("Author name");
    QTest::newRow("no threat id") << QStringLiteral("S1 Bridge") << QStringLiteral("TLP:RED") << QString()
                                  << true << QStringLiteral("Threat");
    QTest::newRow("no date") << QStringLiteral("S1 Bridge") << QStringLiteral("TLP:RED")
                             << QStringLiteral("5") << false << QStringLiteral("identifiedAt");
}

void TestStixBundle::invalidInput()
{
    QFETCH(QString, authorName);
    QFETCH(QString, tlp);
    QFETCH(QString, threatId);
    QFETCH(bool, dated);
    QFETCH(QString, messagePart);
    StixBundleBuilder::Options options;
    options.authorName = authorName;
    options.tlp = tlp;
    s1::Threat threat;
    threat.id = threatId;
    threat.name = QStringLiteral("x");
    if (dated)
        threat.identifiedAtRaw = QStringLiteral("2024-01-01T00:00:00.000000Z");
    QString error;
    QVERIFY(StixBundleBuilder(options).build(threat, {}, &error).isEmpty());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY(StixBundleBuilder(options).contentHash(threat, {}).isEmpty());
}

void TestStixBundle::tlpMarkings_data()
{
    QTest::addColumn<QString>("tlp");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("definitionType");
    QTest::addColumn<QString>("name");
    QTest::newRow("clear") << QStringLiteral("TLP:CLEAR")
                           << QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9")
                           << QStringLiteral("tlp") << QStringLiteral("TLP:WHITE");
    QTest::newRow("green") << QStringLiteral("green")
                           << QStringLiteral("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da")
                           << QStringLiteral("tlp") << QStringLiteral("TLP:GREEN");
    QTest::newRow("amber") << QStringLiteral("TLP:AMBER")
                           << QStringLiteral("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82")
                           << QStringLiteral("tlp") << QStringLiteral("TLP:AMBER");
    QTest::newRow("amber+strict") << QStringLiteral(
        "TLP:AMBER+STRICT") << QStringLiteral("marking-definition--826578e1-40ad-459f-bc73-ede076f81f37")
                                  << QStringLiteral("statement") << QStringLiteral("TLP:AMBER+STRICT");
    QTest::newRow("red") << QStringLiteral("TLP:RED") << kTlpRed << QStringLiteral("tlp")
                         << QStringLiteral("TLP:RED");
}

void TestStixBundle::tlpMarkings()
{
    QFETCH(QString, tlp);
    QFETCH(QString, id);
    QFETCH(QString, definitionType);
    QFETCH(QString, name);
    const QJsonObject marking = StixBundleBuilder::tlpMarkingObject(tlp);
    QCOMPARE(marking.value(QLatin1String("id")).toString(), id);
    QCOMPARE(marking.value(QLatin1String("type")).toString(), QStringLiteral("marking-definition"));
    QCOMPARE(marking.value(QLatin1String("definition_type")).toString(), definitionType);
    QCOMPARE(marking.value(QLatin1String("name")).toString(), name);
    QCOMPARE(marking.value(QLatin1String("created")).toString(), QStringLiteral("2017-01-20T00:00:00.000Z"));
    if (definitionType == QLatin1String("tlp"))
        QCOMPARE(marking.value(QLatin1String("definition")).toObject().value(QLatin1String("tlp")).toString(),
            name.mid(4).toLower());
    else
        QCOMPARE(marking.value(QLatin1String("x_opencti_definition")).toString(),
            QStringLiteral("TLP:AMBER+STRICT"));

    s1::Threat threat;
    threat.id = QStringLiteral("1");
    threat.identifiedAtRaw = QStringLiteral("2024-01-01T00:00:00.000000Z");
    StixBundleBuilder::Options options;
    options.tlp = tlp;
    const QJsonObject bundle = StixBundleBuilder(options).build(threat, {});
    QCOMPARE(ofType(bundle, QStringLiteral("marking-definition")).value(0), marking);
    QCOMPARE(ofType(bundle, QStringLiteral("incident"))
                 .value(0)
                 .value(QLatin1String("object_marking_refs"))
                 .toArray(),
        QJsonArray {id});
}

void TestStixBundle::hashPatterns_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pattern"); // empty: no indicator
    const QString sha256 = QStringLiteral("275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f");
    QTest::newRow("sha-256") << QStringLiteral("SHA-256") << sha256
                             << QStringLiteral("[file:hashes.'SHA-256' = '%1']").arg(sha256);
    QTest::newRow("upper case, spaces")
        << QStringLiteral("SHA-256") << (QLatin1String(" ") + sha256.toUpper() + QLatin1String("\n"))
        << QStringLiteral("[file:hashes.'SHA-256' = '%1']").arg(sha256);
    QTest::newRow("sha-1") << QStringLiteral("SHA-1")
                           << QStringLiteral("3395856ce81f2b7382dee72602f798b642f14140")
                           << QStringLiteral(
                                  "[file:hashes.'SHA-1' = '3395856ce81f2b7382dee72602f798b642f14140']");
    QTest::newRow("md5") << QStringLiteral("MD5") << QStringLiteral("44d88612fea8a8f36de82e1278abb02f")
                         << QStringLiteral("[file:hashes.'MD5' = '44d88612fea8a8f36de82e1278abb02f']");
    QTest::newRow("empty") << QStringLiteral("SHA-1") << QString() << QString();
    QTest::newRow("md5 given as sha-256")
        << QStringLiteral("SHA-256") << QStringLiteral("44d88612fea8a8f36de82e1278abb02f") << QString();
    QTest::newRow("not hex") << QStringLiteral("MD5") << QStringLiteral("44d88612fea8a8f36de82e1278abb0zz")
                             << QString();
    QTest::newRow("injection") << QStringLiteral("MD5") << QStringLiteral("44d88612fea8a8f3'] OR [x:y = '1")
                               << QString();
    QTest::newRow("unknown algorithm") << QStringLiteral("SHA-512") << sha256 << QString();
}

void TestStixBundle::hashPatterns()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, value);
    QFETCH(QString, pattern);
    QCOMPARE(StixBundleBuilder::hashPattern(algorithm, value), pattern);
    QCOMPARE(StixBundleBuilder::hashPattern(algorithm, value).isNull(), pattern.isEmpty());
}

void TestStixBundle::severity_data()
{
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<QString>("severity");
    QTest::newRow("malicious") << QStringLiteral("malicious") << QStringLiteral("high");
    QTest::newRow("suspicious") << QStringLiteral("suspicious") << QStringLiteral("medium");
    QTest::newRow("n/a") << QStringLiteral("n/a") << QStringLiteral("low");
    QTest::newRow("empty") << QString() << QStringLiteral("low");
    QTest::newRow("case") << QStringLiteral("Malicious") << QStringLiteral("high");
}

void TestStixBundle::severity()
{
    QFETCH(QString, confidence);
    QFETCH(QString, severity);
    QCOMPARE(StixBundleBuilder::severityFor(confidence), severity);
}

QTEST_GUILESS_MAIN(TestStixBundle)
#include "tst_stixbundle.moc"
