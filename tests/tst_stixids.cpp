// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic STIX ids and RFC 8785 canonical JSON. Every expected value below was computed
// independently, with Python 3.11's uuid and json modules (pycti's generate_id recipe) or with
// Node.js for ECMAScript numbers, and pasted here: the command that produced each table is in the
// comment above it, so a reader can recompute them.
#include "opencti/CanonicalJson.h"
#include "opencti/StixIds.h"

#include <QJsonDocument>
#include <QTest>

using namespace opencti;

class TestStixIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uuidV5_data();
    void uuidV5();
    void canonicalJson_data();
    void canonicalJson();
    void canonicalNumbers_data();
    void canonicalNumbers();
    void pythonText_data();
    void pythonText();
    void incidentIds_data();
    void incidentIds();
    void indicatorIds_data();
    void indicatorIds();
    void noteIds_data();
    void noteIds();
    void attackPatternIds_data();
    void attackPatternIds();
    void mitreTechniqueIds_data();
    void mitreTechniqueIds();
    void identityIds_data();
    void identityIds();
    void relationshipIds_data();
    void relationshipIds();
    void observableIds_data();
    void observableIds();
    void fileAndUserAccountIds();
    void markingIds_data();
    void markingIds();
};

// clang-format off
// python3 -c "import uuid;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');[print(uuid.uuid5(ns,s)) for s in ['{\"value\":\"1.1.1.1\"}','','Rechnung_März']]"
// clang-format on
void TestStixIds::uuidV5_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4 value") << QByteArray(R"({"value":"1.1.1.1"})")
                                << QStringLiteral("cbd67181-b9f8-595b-8bc3-3971e34fa1cc");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("541cb4a8-fbf0-5832-816e-d17fd10b36c4");
    QTest::newRow("utf-8") << QByteArray("Rechnung_März")
                           << QStringLiteral("0edfe21f-a9e0-50ee-bdc2-9e51737ff410");
}

void TestStixIds::uuidV5()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    QCOMPARE(StixIds::namespaceUuid().toString(QUuid::WithoutBraces),
        QStringLiteral("00abedb4-aa42-466c-9c01-fed23315a9b7"));
    const QUuid uuid = QUuid::createUuidV5(StixIds::namespaceUuid(), name);
    QCOMPARE(uuid.toString(QUuid::WithoutBraces), expected);
    QCOMPARE(uuid.version(), QUuid::Sha1);
}

// clang-format off
// Rows 1-6 (the input texts, in order):
// python3 -c "import json;[print(json.dumps(json.loads(t),sort_keys=True,separators=(',',':'),ensure_ascii=False).encode('utf-8')) for t in [r'{\"b\":1,\"a\":\"x\",\"c\":{\"z\":[],\"y\":{}}}', r'{\"k\":\"say \\\"hi\\\" \\\\ C:\\\\temp /x\"}', r'{\"c\":\"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u001f\\u007f\"}', r'{\"é\":1,\"z\":2,\"a\":3,\"Z\":4,\"ä\":5,\"\\u00e9a\":6}', r'{\"name\":\"eicar.com\",\"hashes\":{\"SHA-256\":\"275a\",\"MD5\":\"44d8\",\"SHA-1\":\"3395\"}}', r'{\"a\":[true,false,null,\"<b>x</b>\",-0,1.5,100,1e21],\"b\":\"Rechnung_März \\u2013 \\u2713 \\ud83d\\ude00 \\u2028 \\u00ff\"}']]"
// clang-format on
// Row "utf-16 key order" follows RFC 8785 (UTF-16 code units), where json.dumps(sort_keys=True) sorts by code
// points and would put U+FB01 first:
// clang-format off
// python3 -c "import json;d=json.loads(r'{\"\\ufb01\":1,\"\\ud83d\\ude00\":2,\"a\":3}');print(('{'+','.join(json.dumps(k,ensure_ascii=False)+':'+json.dumps(v) for k,v in sorted(d.items(),key=lambda kv:kv[0].encode('utf-16-be')))+'}').encode('utf-8'))"
// clang-format on
void TestStixIds::canonicalJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("key order, nesting") << QByteArray(R"({"b":1,"a":"x","c":{"z":[],"y":{}}})")
                                        << QByteArray(R"({"a":"x","b":1,"c":{"y":{},"z":[]}})");
    QTest::newRow("quotes, backslashes, slash") << QByteArray(R"({"k":"say \"hi\" \\ C:\\temp /x"})")
                                                << QByteArray(R"({"k":"say \"hi\" \\ C:\\temp /x"})");
    QTest::newRow("control characters") << QByteArray(R"({"c":"\u0000\u0001\b\t\n\u000b\f\r\u001f\u007f"})")
                                        << QByteArray(R"({"c":"\u0000\u0001\b\t\n\u000b\f\r\u001f)"
                                                      "\x7f"
                                                      R"("})");
    QTest::newRow("non-ascii keys") << QByteArray(R"({"é":1,"z":2,"a":3,"Z":4,"ä":5,"\u00e9a":6})")
                                    << QByteArray(R"({"Z":4,"a":3,"z":2,"ä":5,"é":1,"éa":6})");
    QTest::newRow("hashes")
        << QByteArray(R"({"name":"eicar.com","hashes":{"SHA-256":"275a","MD5":"44d8","SHA-1":"3395"}})")
        << QByteArray(R"({"hashes":{"MD5":"44d8","SHA-1":"3395","SHA-256":"275a"},"name":"eicar.com"})");
    QTest::newRow("literals, numbers, utf-8")
        << QByteArray(
               R"({"a":[true,false,null,"<b>x</b>",-0,1.5,100,1e21],"b":"Rechnung_März \u2013 \u2713 \ud83d\ude00 \u2028 \u00ff"})")
        << QByteArray(R"({"a":[true,false,null,"<b>x</b>",0,1.5,100,1e+21],"b":"Rechnung_März – ✓ 😀 )"
                      "\xe2\x80\xa8"
                      R"( ÿ"})");
    QTest::newRow("utf-16 key order")
        << QByteArray(R"({"\ufb01":1,"\ud83d\ude00":2,"a":3})") << QByteArray(R"({"a":3,"😀":2,"ﬁ":1})");
}

void TestStixIds::canonicalJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(CanonicalJson::serialize(document.object()), expected);
    QCOMPARE(CanonicalJson::serialize(QJsonValue(document.object())), expected);
    // Canonical JSON is JSON: it reads back as the same value (compared as maps: QJsonObject's own
    // comparison depends on the order the keys were read in).
    QCOMPARE(QJsonDocument::fromJson(expected).object().toVariantMap(), document.object().toVariantMap());
}

// clang-format off
// node -e 'for (const x of [1, 1.5, 1e21, 1e20, 1e-7, 0.000001, 123456789012345680000, 4.35, 0.1+0.2, -0, 5e-324, 1.7976931348623157e308, -1234.5678, 333333333.33333329, 9007199254740993, 0.5e-6]) console.log(JSON.stringify(x))'
// clang-format on
void TestStixIds::canonicalNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("1") << 1.0 << QByteArray("1");
    QTest::newRow("1.5") << 1.5 << QByteArray("1.5");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("1e20") << 1e20 << QByteArray("100000000000000000000");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("0.000001") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("123456789012345680000") << 123456789012345680000.0 << QByteArray("123456789012345680000");
    QTest::newRow("4.35") << 4.35 << QByteArray("4.35");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("-0") << -0.0 << QByteArray("0");
    QTest::newRow("min subnormal") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    QTest::newRow("negative") << -1234.5678 << QByteArray("-1234.5678");
    QTest::newRow("333333333.33333329") << 333333333.33333329 << QByteArray("333333333.3333333");
    QTest::newRow("2^53+1") << 9007199254740993.0 << QByteArray("9007199254740992");
    QTest::newRow("0.5e-6") << 0.5e-6 << QByteArray("5e-7");
}

void TestStixIds::canonicalNumbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalJson::number(value), expected);
    QCOMPARE(CanonicalJson::serialize(QJsonValue(value)), expected);
}

// clang-format off
// python3 -c "[print(repr(s), repr(s.lower()), repr(s.strip())) for s in ['ΟΔΟΣ ΣΑΣ','Σ','AΣ','AΣb','AΣ\'','AΣ\'B','Σ.','ªΣ','İSTANBUL','ẞ','ǅ','Ⓐ','\x1f\x85 a b\u3000\t','\u200b x \u200b','\xa0\u2028y\u205f']]"
// clang-format on
void TestStixIds::pythonText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("strip");
    QTest::newRow("final sigma") << QStringLiteral("ΟΔΟΣ ΣΑΣ") << QStringLiteral("οδος σας")
                                 << QStringLiteral("ΟΔΟΣ ΣΑΣ");
    QTest::newRow("sigma alone") << QStringLiteral("Σ") << QStringLiteral("σ") << QStringLiteral("Σ");
    QTest::newRow("sigma last") << QStringLiteral("AΣ") << QStringLiteral("aς") << QStringLiteral("AΣ");
    QTest::newRow("sigma inside") << QStringLiteral("AΣb") << QStringLiteral("aσb") << QStringLiteral("AΣb");
    QTest::newRow("sigma, ignorable")
        << QStringLiteral("AΣ'") << QStringLiteral("aς'") << QStringLiteral("AΣ'");
    QTest::newRow("sigma, ignorable, cased")
        << QStringLiteral("AΣ'B") << QStringLiteral("aσ'b") << QStringLiteral("AΣ'B");
    QTest::newRow("sigma first") << QStringLiteral("Σ.") << QStringLiteral("σ.") << QStringLiteral("Σ.");
    QTest::newRow("other lowercase") << QStringLiteral("ªΣ") << QStringLiteral("ªς") << QStringLiteral("ªΣ");
    QTest::newRow("dotted I") << QStringLiteral("İSTANBUL") << QStringLiteral("i̇stanbul")
                              << QStringLiteral("İSTANBUL");
    QTest::newRow("capital sharp s") << QStringLiteral("ẞ") << QStringLiteral("ß") << QStringLiteral("ẞ");
    QTest::newRow("title case") << QStringLiteral("ǅ") << QStringLiteral("ǆ") << QStringLiteral("ǅ");
    QTest::newRow("circled") << QStringLiteral("Ⓐ") << QStringLiteral("ⓐ") << QStringLiteral("Ⓐ");
    QTest::newRow("python whitespace") << QStringLiteral("\x1f\x85 a b\u3000\t")
                                       << QStringLiteral("\x1f\x85 a b\u3000\t") << QStringLiteral("a b");
    QTest::newRow("zero width is no space")
        << QStringLiteral("\u200b x \u200b") << QStringLiteral("\u200b x \u200b")
        << QStringLiteral("\u200b x \u200b");
    QTest::newRow("nbsp, line separator") << QStringLiteral("\u00a0\u2028y\u205f")
                                          << QStringLiteral("\u00a0\u2028y\u205f") << QStringLiteral("y");
}

void TestStixIds::pythonText()
{
    QFETCH(QString, text);
    QFETCH(QString, lower);
    QFETCH(QString, strip);
    QCOMPARE(StixIds::pyLower(text), lower);
    QCOMPARE(StixIds::pyStrip(text), strip);
}

// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));[print(g('incident',{'name':n.strip().lower(),'created':c})) for n,c in [('cmd.exe (interactive session) - 123456','2022-12-20T13:54:52.659000Z'),('  WannaCry RANSOMWARE - 9876543210\t','2024-03-01T08:00:00.000Z'),('Rechnung_März.pdf.exe - 123','2024-05-06T07:08:09.123456Z'),('ΟΔΟΣ ΣΑΣ - 7','2024-01-01T00:00:00Z'),('\x1fİstanbul\x85 - 8','2024-01-01T00:00:00Z')]]"
// clang-format on
void TestStixIds::incidentIds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("created");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sample threat") << QStringLiteral("cmd.exe (interactive session) - 123456")
                                   << QStringLiteral("2022-12-20T13:54:52.659000Z")
                                   << QStringLiteral("incident--b127ef37-cb3d-56bd-8d2e-57d389e70fdf");
    QTest::newRow("upper case, spaces") << QStringLiteral("  WannaCry RANSOMWARE - 9876543210\t")
                                        << QStringLiteral("2024-03-01T08:00:00.000Z")
                                        << QStringLiteral("incident--82124e2e-785c-556a-8cc6-6de4a9f12837");
    QTest::newRow("non-ascii") << QStringLiteral("Rechnung_März.pdf.exe - 123")
                               << QStringLiteral("2024-05-06T07:08:09.123456Z")
                               << QStringLiteral("incident--91712612-3740-5c74-901d-25582acff8b2");
    QTest::newRow("final sigma") << QStringLiteral("ΟΔΟΣ ΣΑΣ - 7") << QStringLiteral("2024-01-01T00:00:00Z")
                                 << QStringLiteral("incident--6b898019-921c-5a24-a556-f8690e4e48b9");
    QTest::newRow("python strip, dotted I")
        << QStringLiteral("\x1f"
                          "İstanbul\x85 - 8")
        << QStringLiteral("2024-01-01T00:00:00Z")
        << QStringLiteral("incident--95143308-b6ed-50fb-86a0-a6a8f943863e");
}

void TestStixIds::incidentIds()
{
    QFETCH(QString, name);
    QFETCH(QString, created);
    QFETCH(QString, expected);
    QCOMPARE(StixIds::incident(name, created), expected);
    // The id follows the exact text of created: another spelling of the same instant differs.
    QVERIFY(StixIds::incident(name, created + QLatin1String(" ")) != expected);
}

// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));[print(g('indicator',{'pattern':p.strip()})) for p in [\"[file:hashes.'SHA-256' = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f']\",\"[file:hashes.'SHA-1' = '3395856ce81f2b7382dee72602f798b642f14140']\",\" [file:hashes.'MD5' = '44d88612fea8a8f36de82e1278abb02f']\n\",\"[file:hashes.'SHA-256'='275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f']\"]]"
// clang-format on
void TestStixIds::indicatorIds_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SHA-256") << QStringLiteral(
        "[file:hashes.'SHA-256' = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f']")
                             << QStringLiteral("indicator--139a28ba-a759-5006-ac55-0f8e0fba0450");
    QTest::newRow("SHA-1") << QStringLiteral(
        "[file:hashes.'SHA-1' = '3395856ce81f2b7382dee72602f798b642f14140']")
                           << QStringLiteral("indicator--64b804a2-9cd9-54ad-9697-6169f95c6bc2");
    QTest::newRow("MD5, stripped") << QStringLiteral(
        " [file:hashes.'MD5' = '44d88612fea8a8f36de82e1278abb02f']\n")
                                   << QStringLiteral("indicator--82baa83c-6049-577e-bbb6-ece6d06d4809");
    // The public connector's spelling (no spaces around '='): another text, another id.
    QTest::newRow("SHA-256, connector form")
        << QStringLiteral(
               "[file:hashes.'SHA-256'='275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f']")
        << QStringLiteral("indicator--3fa75a72-0cc5-542c-aa5b-463cd24dc2cc");
}

void TestStixIds::indicatorIds()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    QCOMPARE(StixIds::indicator(pattern), expected);
}

// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));[print(g('note',dict({'content':t.strip()},**({'created':c} if c is not None else {})))) for t,c in [('[OpenCTI_add]\ncreated by: Jane Analyst','2022-12-21T09:00:00.123456Z'),('  Mail \"Rechnung\" from <b>evil</b>\\\\share\ncreated by: Jane \n',None),('same text','')]]"
// clang-format on
// (in bash: \"Rechnung\" reaches Python as "Rechnung" and \\\\share as \\share, one backslash)
void TestStixIds::noteIds_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("hasCreated");
    QTest::addColumn<QString>("created");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with created") << QStringLiteral("[OpenCTI_add]\ncreated by: Jane Analyst") << true
                                  << QStringLiteral("2022-12-21T09:00:00.123456Z")
                                  << QStringLiteral("note--c4ec4523-ace7-5f86-8f7e-c1b794305e04");
    QTest::newRow("without created") << QStringLiteral(
        "  Mail \"Rechnung\" from <b>evil</b>\\share\ncreated by: Jane \n")
                                     << false << QString()
                                     << QStringLiteral("note--20f0e0fd-b27e-551f-9cc0-c59f60fdc60a");
    QTest::newRow("empty created counts") << QStringLiteral("same text") << true << QStringLiteral("")
                                          << QStringLiteral("note--52e5455f-bb52-5fed-9768-4188dfb03bff");
}

void TestStixIds::noteIds()
{
    QFETCH(QString, content);
    QFETCH(bool, hasCreated);
    QFETCH(QString, created);
    QFETCH(QString, expected);
    QCOMPARE(
        StixIds::note(content, hasCreated ? (created.isNull() ? QStringLiteral("") : created) : QString()),
        expected);
}

// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));[print(g('attack-pattern',d)) for d in [{'x_mitre_id':'T1059.001'},{'x_mitre_id':'T1486'},{'name':'  Indirect Command Execution '.strip().lower()},{'name':'123'},{'name':'t1059.1'}]]"
// clang-format on
void TestStixIds::attackPatternIds_data()
{
    QTest::addColumn<QString>("technique");
    QTest::addColumn<QString>("expected");
    QTest::newRow("T1059.001 by x_mitre_id") << QStringLiteral(
        "T1059.001") << QStringLiteral("attack-pattern--5a9d0c10-3eab-5b54-9d30-d9ae590d238b");
    QTest::newRow("T1486 by x_mitre_id")
        << QStringLiteral("T1486") << QStringLiteral("attack-pattern--6e5c711b-18d7-55d8-bcb8-a46cb49bd7d3");
    QTest::newRow("t1486, spaces: normalized") << QStringLiteral(
        " t1486 ") << QStringLiteral("attack-pattern--6e5c711b-18d7-55d8-bcb8-a46cb49bd7d3");
    QTest::newRow("not ATT&CK: by name")
        << QStringLiteral("  Indirect Command Execution ")
        << QStringLiteral("attack-pattern--1a5bbc40-6b40-5eb9-ac8b-6b6728d59df4");
    QTest::newRow("sanitized fixture")
        << QStringLiteral("123") << QStringLiteral("attack-pattern--caeb9b7c-7b91-5782-aacc-3065091ba963");
    QTest::newRow("malformed id: by name") << QStringLiteral(
        "T1059.1") << QStringLiteral("attack-pattern--752b4777-4573-5ed2-b3b8-77cbf31bf360");
}

void TestStixIds::attackPatternIds()
{
    QFETCH(QString, technique);
    QFETCH(QString, expected);
    QCOMPARE(StixIds::attackPatternForTechnique(technique), expected);
}

void TestStixIds::mitreTechniqueIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // empty: not an ATT&CK technique id
    QTest::newRow("technique") << QStringLiteral("T1059") << QStringLiteral("T1059");
    QTest::newRow("sub-technique") << QStringLiteral("T1059.001") << QStringLiteral("T1059.001");
    QTest::newRow("lower case, spaces") << QStringLiteral(" t1059.001\n") << QStringLiteral("T1059.001");
    QTest::newRow("short sub-technique") << QStringLiteral("T1059.1") << QString();
    QTest::newRow("five digits") << QStringLiteral("T10590") << QString();
    QTest::newRow("tactic") << QStringLiteral("TA0002") << QString();
    QTest::newRow("number only") << QStringLiteral("123") << QString();
    QTest::newRow("name") << QStringLiteral("PowerShell") << QString();
    QTest::newRow("embedded") << QStringLiteral("xT1059") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestStixIds::mitreTechniqueIds()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(StixIds::normalizeMitreTechniqueId(text), normalized);
    QCOMPARE(StixIds::normalizeMitreTechniqueId(text).isNull(), normalized.isEmpty());
    QCOMPARE(StixIds::isMitreTechniqueId(text), !normalized.isEmpty());
}

// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));[print(g('identity',{'name':n.strip().lower(),'identity_class':c.lower()})) for n,c in [('S1 Bridge','organization'),('SentinelOne Incident Connector','Organization'),(' ACME Sécurité ','individual')]]"
// clang-format on
void TestStixIds::identityIds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("identityClass");
    QTest::addColumn<QString>("expected");
    QTest::newRow("S1 Bridge") << QStringLiteral("S1 Bridge") << QStringLiteral("organization")
                               << QStringLiteral("identity--af30c270-bde0-5c1f-8422-3415ad58f3e6");
    // pycti lower-cases identity_class as well (API-NOTES.md does not say so).
    QTest::newRow("public connector's author")
        << QStringLiteral("SentinelOne Incident Connector") << QStringLiteral("Organization")
        << QStringLiteral("identity--9b4703fa-8ccb-564d-995d-e161390dfad6");
    QTest::newRow("non-ascii, spaces") << QStringLiteral(" ACME Sécurité ") << QStringLiteral("individual")
                                       << QStringLiteral("identity--261b9026-c2ea-5d06-889c-3bed2901fad3");
}

void TestStixIds::identityIds()
{
    QFETCH(QString, name);
    QFETCH(QString, identityClass);
    QFETCH(QString, expected);
    QCOMPARE(StixIds::identity(name, identityClass), expected);
}

// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));i='incident--b127ef37-cb3d-56bd-8d2e-57d389e70fdf';[print(g('relationship',d)) for d in [{'relationship_type':'uses','source_ref':i,'target_ref':'attack-pattern--5a9d0c10-3eab-5b54-9d30-d9ae590d238b'},{'relationship_type':'related-to','source_ref':'hostname--b4ab7f1b-d09f-509a-b48d-dca2f7d38513','target_ref':i},{'relationship_type':'indicates','source_ref':'indicator--139a28ba-a759-5006-ac55-0f8e0fba0450','target_ref':i,'start_time':'2022-12-20T13:54:52.659000Z'},{'relationship_type':'indicates','source_ref':'indicator--139a28ba-a759-5006-ac55-0f8e0fba0450','target_ref':i,'start_time':'2022-12-20T13:54:52.659000Z','stop_time':'2023-01-01T00:00:00.000Z'}]]"
// clang-format on
void TestStixIds::relationshipIds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("expected");
    const QString incident = QStringLiteral("incident--b127ef37-cb3d-56bd-8d2e-57d389e70fdf");
    const QString indicator = QStringLiteral("indicator--139a28ba-a759-5006-ac55-0f8e0fba0450");
    QTest::newRow("incident uses attack-pattern")
        << QStringLiteral("uses") << incident
        << QStringLiteral("attack-pattern--5a9d0c10-3eab-5b54-9d30-d9ae590d238b") << QString() << QString()
        << QStringLiteral("relationship--66895dcd-8187-5d50-b082-fce8083f524a");
    QTest::newRow("hostname related-to incident")
        << QStringLiteral("related-to") << QStringLiteral("hostname--b4ab7f1b-d09f-509a-b48d-dca2f7d38513")
        << incident << QString() << QString()
        << QStringLiteral("relationship--b2a104d7-fd7b-5d9b-8bbb-f88524178089");
    QTest::newRow("with start_time") << QStringLiteral("indicates") << indicator << incident
                                     << QStringLiteral("2022-12-20T13:54:52.659000Z") << QString()
                                     << QStringLiteral("relationship--0fa19799-fd18-5510-8958-2ad3ee864755");
    QTest::newRow("with start_time and stop_time")
        << QStringLiteral("indicates") << indicator << incident
        << QStringLiteral("2022-12-20T13:54:52.659000Z") << QStringLiteral("2023-01-01T00:00:00.000Z")
        << QStringLiteral("relationship--16c6d158-0945-5a20-925d-e13e6a5fdcc8");
}

void TestStixIds::relationshipIds()
{
    QFETCH(QString, type);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, start);
    QFETCH(QString, stop);
    QFETCH(QString, expected);
    const QString startTime = start.isEmpty() ? QString() : start;
    const QString stopTime = stop.isEmpty() ? QString() : stop;
    QCOMPARE(StixIds::relationship(type, source, target, startTime, stopTime), expected);
    // Direction matters.
    QVERIFY(StixIds::relationship(type, target, source, startTime, stopTime) != expected);
    // As in pycti, a stop_time without a start_time does not count.
    if (startTime.isNull())
        QCOMPARE(StixIds::relationship(
                     type, source, target, QString(), QStringLiteral("2023-01-01T00:00:00.000Z")),
            expected);
}

// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));[print(g(t,d)) for t,d in [('hostname',{'value':'DESKTOP-8CME2KF'}),('ipv4-addr',{'value':'1.1.1.1'}),('ipv6-addr',{'value':'2001:db8::1'}),('user-account',{'account_type':'hostname','user_id':'DESKTOP-8CME2KF - 123456'}),('file',{'hashes':{'MD5':'44d88612fea8a8f36de82e1278abb02f'}}),('file',{'hashes':{'SHA-256':'275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f'},'name':'eicar.com'})]]"
// clang-format on
void TestStixIds::observableIds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hostname") << QStringLiteral("hostname") << QStringLiteral("DESKTOP-8CME2KF")
                              << QStringLiteral("hostname--b4ab7f1b-d09f-509a-b48d-dca2f7d38513");
    QTest::newRow("ipv4") << QStringLiteral("ipv4-addr") << QStringLiteral("1.1.1.1")
                          << QStringLiteral("ipv4-addr--cbd67181-b9f8-595b-8bc3-3971e34fa1cc");
    QTest::newRow("ipv6") << QStringLiteral("ipv6-addr") << QStringLiteral("2001:db8::1")
                          << QStringLiteral("ipv6-addr--6469e3a9-b053-5e34-a025-9396ae051d26");
}

void TestStixIds::observableIds()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QString id;
    if (type == QLatin1String("hostname"))
        id = StixIds::hostname(value);
    else if (type == QLatin1String("ipv4-addr"))
        id = StixIds::ipv4Address(value);
    else
        id = StixIds::ipv6Address(value);
    QCOMPARE(id, expected);
    QCOMPARE(StixIds::generate(type, {{QStringLiteral("value"), value}}), expected);
}

// Same one-liner as observableIds (rows 4 to 6).
void TestStixIds::fileAndUserAccountIds()
{
    // The public connector's endpoint observable.
    QCOMPARE(StixIds::userAccount(QStringLiteral("hostname"), QStringLiteral("DESKTOP-8CME2KF - 123456")),
        QStringLiteral("user-account--28975e55-3a5f-5890-bc27-dc94f77ad501"));
    // One hash counts, MD5 first (stix2's _choose_one_hash).
    const QString md5 = QStringLiteral("44d88612fea8a8f36de82e1278abb02f");
    const QString sha256 = QStringLiteral("275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f");
    QCOMPARE(StixIds::file({{QStringLiteral("MD5"), md5}}),
        QStringLiteral("file--5a0c55a1-48a3-5003-9776-42946d1054cb"));
    QCOMPARE(StixIds::file({{QStringLiteral("SHA-256"), sha256}, {QStringLiteral("MD5"), md5}}),
        QStringLiteral("file--5a0c55a1-48a3-5003-9776-42946d1054cb"));
    QCOMPARE(StixIds::file({{QStringLiteral("SHA-256"), sha256}}, QStringLiteral("eicar.com")),
        QStringLiteral("file--ea28c650-8900-5e35-a8f3-210a141cf057"));
}

// Fixed ids: STIX 2.1 section 7.2.1.4 (CLEAR/WHITE, GREEN, AMBER, RED) and OpenCTI (AMBER+STRICT),
// as in pycti's MarkingDefinition.generate_id and the platform's MARKING_TLP_* constants. Other
// markings hash {definition_type, definition}:
// clang-format off
// python3 -c "import uuid,json;ns=uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7');g=lambda t,d:t+'--'+str(uuid.uuid5(ns,json.dumps(d,sort_keys=True,separators=(',',':'),ensure_ascii=False)));print(g('marking-definition',{'definition_type':'statement','definition':'Internal use only'}))"
// clang-format on
void TestStixIds::markingIds_data()
{
    QTest::addColumn<QString>("tlp");
    QTest::addColumn<QString>("expected"); // empty: unknown
    QTest::newRow("TLP:CLEAR") << QStringLiteral("TLP:CLEAR")
                               << QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9");
    QTest::newRow("white") << QStringLiteral("white")
                           << QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9");
    QTest::newRow("TLP:GREEN") << QStringLiteral("TLP:GREEN")
                               << QStringLiteral("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da");
    QTest::newRow("tlp:amber") << QStringLiteral("tlp:amber")
                               << QStringLiteral("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");
    QTest::newRow("AMBER+STRICT") << QStringLiteral(
        " amber+strict ") << QStringLiteral("marking-definition--826578e1-40ad-459f-bc73-ede076f81f37");
    QTest::newRow("TLP:RED") << QStringLiteral("TLP:RED")
                             << QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");
    QTest::newRow("unknown") << QStringLiteral("TLP:PURPLE") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestStixIds::markingIds()
{
    QFETCH(QString, tlp);
    QFETCH(QString, expected);
    QCOMPARE(StixIds::tlpMarking(tlp), expected);
    QCOMPARE(StixIds::normalizeTlp(tlp).isNull(), expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(StixIds::markingDefinition(QStringLiteral("TLP"), StixIds::normalizeTlp(tlp)), expected);
    QCOMPARE(StixIds::markingDefinition(QStringLiteral("statement"), QStringLiteral("Internal use only")),
        QStringLiteral("marking-definition--ae0b73af-492a-5469-a8b7-9b69d5f7b85e"));
}

QTEST_GUILESS_MAIN(TestStixIds)
#include "tst_stixids.moc"
