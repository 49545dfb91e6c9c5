// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated console's objects: notes, sites and accounts, scoped tokens, threat-intelligence IOCs
// and firewall rules.
#include "SimServerFixture.h"

class tst_SimObjects : public SimServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }

    void notesRoundTrip();
    void notesErrors();
    void sitesAndAccounts();
    void scopedToken();
    void iocs();
    void firewall();
    void firewallUnlicensed();
    void firewallGroupsAndMaxEntries();
};

void tst_SimObjects::notesRoundTrip()
{
    // a threat with at least two notes
    QString threatId;
    QJsonArray before;
    const Result noted
        = get(Api + u"/threats"_s, QUrlQuery {{u"noteExists"_s, u"true"_s}, {u"limit"_s, u"200"_s}});
    for (const QJsonValue &v : noted.data()) {
        const QString id = v.toObject().value(u"id"_s).toString();
        if (m_server->tenant().noteCount(id) >= 2) {
            threatId = id;
            break;
        }
    }
    QVERIFY(!threatId.isEmpty());
    const QString notesPath = Api + u"/threats/"_s + threatId + u"/notes"_s;
    Result r = get(notesPath);
    QCOMPARE(r.status, 200);
    before = r.data();
    QVERIFY(before.size() >= 2);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), before.size());
    for (qsizetype i = 1; i < before.size(); ++i) // oldest first
        QVERIFY(before[i - 1].toObject().value(u"createdAt"_s).toString()
            <= before[i].toObject().value(u"createdAt"_s).toString());
    const QJsonObject first = before.at(0).toObject();
    QCOMPARE(first.value(u"edited"_s).toBool(), false);
    QVERIFY(!first.value(u"creator"_s).toString().isEmpty());
    QVERIFY(!first.value(u"creatorId"_s).toString().isEmpty());

    // limit/cursor on notes
    r = get(notesPath, QUrlQuery {{u"limit"_s, u"1"_s}});
    QCOMPARE(r.data().size(), 1);
    const QString noteCursor = r.pagination().value(u"nextCursor"_s).toString();
    QVERIFY(!noteCursor.isEmpty());
    r = get(notesPath, QUrlQuery {{u"limit"_s, u"1"_s}, {u"cursor"_s, noteCursor}});
    QCOMPARE(r.data().at(0).toObject(), before.at(1).toObject());

    const QString updatedBefore
        = threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString();
    QVERIFY(!updatedBefore.isEmpty());

    // add (the same id twice and an unknown id count once / not at all)
    const QJsonObject add {{u"data"_s, QJsonObject {{u"text"_s, u"[OpenCTI_add]"_s}}},
        {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {threatId, threatId, u"42"_s}}}}};
    r = send("POST", Api + u"/threats/notes"_s, {}, toJson(add));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    r = get(notesPath);
    QCOMPARE(r.data().size(), before.size() + 1);
    const QJsonObject added = r.data().last().toObject();
    QCOMPARE(added.value(u"text"_s).toString(), u"[OpenCTI_add]"_s);
    QCOMPARE(added.value(u"creator"_s).toString(), m_server->tenant().userName());
    const QString updatedAfterAdd
        = threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString();
    QVERIFY2(updatedAfterAdd > updatedBefore, qPrintable(updatedAfterAdd));
    // the threat now shows up with updatedAt__gt its old value
    r = get(Api + u"/threats"_s, QUrlQuery {{u"updatedAt__gt"_s, updatedBefore}, {u"ids"_s, threatId}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);

    // edit
    const QString noteId = added.value(u"id"_s).toString();
    r = send("PUT", notesPath + u'/' + noteId, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"edited & <b>"_s}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"text"_s).toString(), u"edited & <b>"_s);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"edited"_s).toBool(), true);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"id"_s).toString(), noteId);
    r = get(notesPath);
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(r.data().at(i).toObject(), before.at(i).toObject()); // others untouched
    const QString updatedAfterEdit
        = threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString();
    QVERIFY(updatedAfterEdit > updatedAfterAdd);

    // delete
    r = send("DELETE", notesPath + u'/' + noteId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"success"_s).toBool(), true);
    r = get(notesPath);
    QCOMPARE(r.data(), before);
    QVERIFY(threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString()
        > updatedAfterEdit);
    r = send("DELETE", notesPath + u'/' + noteId);
    QCOMPARE(r.status, 404);
}

void tst_SimObjects::notesErrors()
{
    const QString id = m_server->tenant().threatId(0);
    Result r = get(Api + u"/threats/1234567/notes"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.firstErrorCode(), 4040010);
    r = send("PUT", Api + u"/threats/"_s + id + u"/notes/999"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"x"_s}}}}));
    QCOMPARE(r.status, 404);
    r = send("POST", Api + u"/threats/notes"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"  "_s}}},
            {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id}}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.firstErrorDetail().contains(u"text"_s));
    r = send("POST", Api + u"/threats/notes"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"hi"_s}}}, {u"filter"_s, QJsonObject {}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.firstErrorDetail().contains(u"ids"_s));
    r = send("POST", Api + u"/threats/notes"_s, {}, "{not json");
    QCOMPARE(r.status, 400);

    // data.text: 2 to 10,000 characters (code points: an emoji counts once); filter.ids: at most
    // 5,000 threat ids, each a string; nothing is written when the request is refused
    const auto addNote = [this](const QString &text, const QJsonArray &ids) {
        return send("POST", Api + u"/threats/notes"_s, {},
            toJson(QJsonObject {
                {u"data"_s, QJsonObject {{u"text"_s, text}}}, {u"filter"_s, QJsonObject {{u"ids"_s, ids}}}}));
    };
    const int before = m_server->tenant().noteCount(id);
    r = addNote(u"x"_s, {id});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"2 to 10000 characters"_s), qPrintable(r.firstErrorDetail()));
    r = addNote(QString(10001, u'a'), {id});
    QCOMPARE(r.status, 400);
    r = addNote(QString::fromUtf8("\xF0\x9F\x98\x80"), {id}); // one character, two UTF-16 units
    QCOMPARE(r.status, 400);
    QJsonArray tooMany;
    for (int i = 0; i < 5001; ++i)
        tooMany.append(id);
    r = addNote(u"ok"_s, tooMany);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"5000"_s), qPrintable(r.firstErrorDetail()));
    r = addNote(u"ok"_s, {id.toLongLong()});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"string"_s), qPrintable(r.firstErrorDetail()));
    r = send("POST", Api + u"/threats/notes"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"ok"_s}}},
            {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id}}, {u"siteIds"_s, QJsonArray {id}}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"filter.siteIds: not implemented"_s),
        qPrintable(r.firstErrorDetail()));
    QCOMPARE(m_server->tenant().noteCount(id), before);
    r = addNote(QString(10000, u'a'), {id});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    QCOMPARE(m_server->tenant().noteCount(id), before + 1);
}

void tst_SimObjects::sitesAndAccounts()
{
    Result r = get(Api + u"/sites"_s, QUrlQuery {{u"limit"_s, u"100"_s}});
    QCOMPARE(r.status, 200);
    const QJsonObject data = r.json.value(u"data"_s).toObject();
    const QJsonArray sites = data.value(u"sites"_s).toArray();
    QCOMPARE(sites.size(), m_server->tenant().siteCount());
    QVERIFY(data.value(u"allSites"_s).toObject().value(u"activeLicenses"_s).toInt() > 0);
    int expired = 0;
    int described = 0;
    for (const QJsonValue &v : sites) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value(u"id"_s).toString().size() >= 18);
        QVERIFY(!s.value(u"accountName"_s).toString().isEmpty());
        expired += s.value(u"state"_s).toString() == u"expired"_s ? 1 : 0;
        // never null: an expiration only when it is not unlimited, a description only when there is one
        QVERIFY2(nullPaths(s).isEmpty(), qPrintable(nullPaths(s).join(u", "_s)));
        QCOMPARE(s.value(u"expiration"_s).isString(), !s.value(u"unlimitedExpiration"_s).toBool());
        QVERIFY(!s.contains(u"externalId"_s));
        if (s.contains(u"description"_s)) {
            QVERIFY(!s.value(u"description"_s).toString().isEmpty());
            ++described;
        }
    }
    QCOMPARE(expired, 1);
    QVERIFY(described > 0 && described < sites.size());

    r = get(Api + u"/sites"_s, QUrlQuery {{u"name"_s, u"berlin hq"_s}});
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);
    r = get(Api + u"/sites"_s, QUrlQuery {{u"name__contains"_s, u"default"_s}, {u"limit"_s, u"1"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 2);
    const QString cursor = r.pagination().value(u"nextCursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    r = get(Api + u"/sites"_s,
        QUrlQuery {{u"name__contains"_s, u"default"_s}, {u"limit"_s, u"1"_s}, {u"cursor"_s, cursor}});
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);
    QVERIFY(r.pagination().value(u"nextCursor"_s).isNull());
    // name__contains takes a list (any part matches); skip passes over sites after the cursor
    r = get(Api + u"/sites"_s, QUrlQuery {{u"name__contains"_s, u"default,berlin"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 3);
    r = get(Api + u"/sites"_s, QUrlQuery {{u"name__contains"_s, u"default,berlin"_s}, {u"skip"_s, u"2"_s}});
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);

    r = get(Api + u"/accounts"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 2);
    for (const QJsonValue &v : r.data()) {
        QVERIFY2(nullPaths(v.toObject()).isEmpty(), qPrintable(nullPaths(v.toObject()).join(u", "_s)));
        QVERIFY(v.toObject().value(u"unlimitedExpiration"_s).toBool());
        QVERIFY(!v.toObject().contains(u"expiration"_s));
    }
    QCOMPARE(r.data().at(0).toObject().value(u"name"_s).toString(), u"Acme Corp"_s);
    QVERIFY(r.data().at(0).toObject().value(u"numberOfSites"_s).toInt() >= 5);
    r = get(Api + u"/accounts"_s, QUrlQuery {{u"ids"_s, m_server->tenant().accountId(1)}});
    QCOMPARE(r.data().size(), 1);
    QCOMPARE(r.data().at(0).toObject().value(u"name"_s).toString(), u"Globex"_s);

    // groups: a default group per site, more in some; by site, by default flag, paged
    r = get(Api + u"/groups"_s, QUrlQuery {{u"limit"_s, u"1000"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().size() > m_server->tenant().siteCount());
    int defaults = 0;
    for (const QJsonValue &v : r.data()) {
        const QJsonObject g = v.toObject();
        QVERIFY2(nullPaths(g).isEmpty(), qPrintable(nullPaths(g).join(u", "_s)));
        QVERIFY(g.value(u"siteId"_s).toString().size() >= 18);
        defaults += g.value(u"isDefault"_s).toBool() ? 1 : 0;
    }
    QCOMPARE(defaults, m_server->tenant().siteCount());
    const QString site0 = m_server->tenant().siteId(0);
    r = get(Api + u"/groups"_s, QUrlQuery {{u"siteIds"_s, site0}, {u"isDefault"_s, u"true"_s}});
    QCOMPARE(r.data().size(), 1);
    QCOMPARE(r.data().at(0).toObject().value(u"id"_s).toString(), m_server->tenant().firstGroupId(0));
    r = get(Api + u"/groups"_s, QUrlQuery {{u"limit"_s, u"2"_s}});
    QCOMPARE(r.data().size(), 2);
    QVERIFY(!r.pagination().value(u"nextCursor"_s).toString().isEmpty());
    r = get(Api + u"/groups"_s, QUrlQuery {{u"type"_s, u"smart"_s}});
    QCOMPARE(r.status, 400);
}

void tst_SimObjects::scopedToken()
{
    const auto scoped = [this](const QString &path, const QUrlQuery &query = {}) {
        return send("GET", path, query, {}, ScopedToken);
    };
    Result r = scoped(Api + u"/accounts"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.firstErrorCode(), 4030010);

    const QString ownSite = m_server->tenant().siteId(0);
    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"limit"_s, u"1000"_s}});
    QCOMPARE(r.status, 200);
    const int visible = r.pagination().value(u"totalItems"_s).toInt();
    QVERIFY(visible > 0 && visible < ThreatCount);
    for (const QJsonValue &v : r.data())
        QCOMPARE(
            v.toObject().value(u"agentRealtimeInfo"_s).toObject().value(u"siteId"_s).toString(), ownSite);

    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"siteIds"_s, m_server->tenant().siteId(1)}});
    QCOMPARE(r.status, 403);
    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"accountIds"_s, m_server->tenant().accountId(1)}});
    QCOMPARE(r.status, 403);
    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"siteIds"_s, ownSite}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), visible);

    r = scoped(Api + u"/sites"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);
    QCOMPARE(r.json.value(u"data"_s)
                 .toObject()
                 .value(u"sites"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"id"_s)
                 .toString(),
        ownSite);
}

void tst_SimObjects::iocs()
{
    const QString account = m_server->tenant().accountId(0);
    const QString sha = u"beab9fadb100a44b3bc8ea4df3249aa6d93e710193be437adb5e47c2e201c1ef"_s;
    const auto item = [](const QString &type, const QString &value) {
        return QJsonObject {{u"type"_s, type}, {u"value"_s, value}, {u"method"_s, u"EQUALS"_s},
            {u"source"_s, u"S1 Bridge test"_s}, {u"externalId"_s, QString(u"ext-"_s + value.left(8))},
            {u"validUntil"_s, u"2030-04-28T08:17:48Z"_s}, {u"name"_s, QString(u"Blocked "_s + value)},
            {u"labels"_s, QJsonArray {u"tlp:amber"_s}}};
    };
    const QJsonArray good {item(u"SHA256"_s, sha), item(u"IPV4"_s, u"198.51.100.23"_s),
        item(u"DNS"_s, u"evil.example.com"_s), item(u"URL"_s, u"https://evil.example.com/x?a=1"_s),
        item(u"MD5"_s, u"d41d8cd98f00b204e9800998ecf8427e"_s), item(u"IPV6"_s, u"2001:db8::1"_s)};
    const QJsonObject filter {{u"accountIds"_s, QJsonArray {account}}};

    Result r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"data"_s, good}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), good.size());
    const QJsonObject stored = r.data().at(0).toObject();
    QCOMPARE(stored.value(u"value"_s).toString(), sha);
    QCOMPARE(stored.value(u"scope"_s).toString(), u"account"_s);
    QCOMPARE(stored.value(u"scopeId"_s).toString(), account);
    QCOMPARE(stored.value(u"uuid"_s).toString().size(), 32);
    QVERIFY(!stored.value(u"batchId"_s).toString().isEmpty());
    QVERIFY(!stored.value(u"uploadTime"_s).toString().isEmpty());
    QCOMPARE(stored.value(u"labels"_s).toArray(), QJsonArray {u"tlp:amber"_s});
    const int count = m_server->tenant().iocCount();
    QCOMPARE(count, good.size());

    // invalid values: 400 naming them, nothing stored
    QJsonArray bad = good;
    bad.append(item(u"IPV4"_s, u"1.2.3.999"_s));
    bad.append(item(u"SHA256"_s, u"abc123"_s));
    bad.append(item(u"URL"_s, u"evil.example.com/no-scheme"_s));
    bad.append(item(u"HOSTNAME"_s, u"x.example.com"_s));
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"data"_s, bad}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    const QString details = QString::fromUtf8(r.body);
    for (const QString &value : {u"1.2.3.999"_s, u"abc123"_s, u"evil.example.com/no-scheme"_s, u"HOSTNAME"_s})
        QVERIFY2(details.contains(value), qPrintable(details));
    QCOMPARE(r.json.value(u"errors"_s).toArray().size(), 4);
    QVERIFY(!details.contains(u"198.51.100.23"_s));
    QCOMPARE(m_server->tenant().iocCount(), count);

    // no scope: 500, as the real console was seen answering (tst_simiocs covers the cases)
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {}, toJson(QJsonObject {{u"data"_s, good}}));
    QCOMPARE(r.status, 500);

    // the item and scope fields as the API declares them: source required; method EQUALS or left
    // out; dates with a time zone; scope ids as strings, at most 500
    const auto refused = [&](const QJsonObject &one, const QJsonObject &scope, const QString &named) {
        const Result answer = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
            toJson(QJsonObject {{u"data"_s, QJsonArray {one}}, {u"filter"_s, scope}}));
        QCOMPARE(answer.status, 400);
        QVERIFY2(QString::fromUtf8(answer.body).contains(named), answer.body.constData());
    };
    QJsonObject probe = item(u"IPV4"_s, u"192.0.2.77"_s);
    probe.remove(u"source"_s);
    refused(probe, filter, u"source"_s);
    probe = item(u"IPV4"_s, u"192.0.2.77"_s);
    probe.insert(u"method"_s, u"equals"_s);
    refused(probe, filter, u"method"_s);
    probe.insert(u"method"_s, u"EQUALS"_s);
    probe.insert(u"validUntil"_s, u"2030-04-28 08:17:48.779000"_s);
    refused(probe, filter, u"validUntil"_s);
    probe = item(u"IPV4"_s, u"192.0.2.77"_s);
    refused(probe, QJsonObject {{u"accountIds"_s, QJsonArray {account.toLongLong()}}}, u"accountIds"_s);
    QJsonArray manyAccounts;
    for (int i = 0; i < 501; ++i)
        manyAccounts.append(account);
    refused(probe, QJsonObject {{u"accountIds"_s, manyAccounts}}, u"accountIds"_s);
    QCOMPARE(m_server->tenant().iocCount(), count);

    // upsert by (scope, type, value); another scope is another IOC
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"data"_s, QJsonArray {item(u"SHA256"_s, sha.toUpper())}}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().at(0).toObject().value(u"uuid"_s), stored.value(u"uuid"_s));
    QCOMPARE(m_server->tenant().iocCount(), count);
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonArray {item(u"SHA256"_s, sha)}},
            {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {m_server->tenant().siteId(2)}}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().at(0).toObject().value(u"scope"_s).toString(), u"site"_s);
    QCOMPARE(m_server->tenant().iocCount(), count + 1);

    // list with filters and pagination
    QSet<QString> uuids;
    QString cursor;
    int pages = 0;
    do {
        QUrlQuery query {{u"accountIds"_s, account}, {u"limit"_s, u"4"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        r = get(Api + u"/threat-intelligence/iocs"_s, query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), count);
        for (const QJsonValue &v : r.data())
            uuids.insert(v.toObject().value(u"uuid"_s).toString());
        cursor = r.pagination().value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    QCOMPARE(uuids.size(), count);
    r = get(Api + u"/threat-intelligence/iocs"_s,
        QUrlQuery {{u"type"_s, u"IPV4"_s}, {u"value"_s, u"198.51.100.23"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    r = get(Api + u"/threat-intelligence/iocs"_s, QUrlQuery {{u"value"_s, sha}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 2);
    r = get(
        Api + u"/threat-intelligence/iocs"_s, QUrlQuery {{u"accountIds"_s, account}, {u"skip"_s, u"5"_s}});
    QCOMPARE(r.data().size(), count - 5);

    // tenant scope, no method and no name: the answer leaves out what is unset (scopeId, name are
    // non-nullable strings), and a value with a comma is one value
    const QString commaUrl = u"https://evil.example.com/a,b"_s;
    probe = item(u"URL"_s, commaUrl);
    probe.remove(u"method"_s);
    probe.remove(u"name"_s);
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"data"_s, QJsonArray {probe}}, {u"filter"_s, QJsonObject {{u"tenant"_s, true}}}}));
    QCOMPARE(r.status, 200);
    const QJsonObject global = r.data().at(0).toObject();
    QCOMPARE(global.value(u"scope"_s).toString(), u"global"_s);
    QCOMPARE(global.value(u"method"_s).toString(), u"EQUALS"_s);
    QVERIFY(!global.contains(u"scopeId"_s));
    QVERIFY(!global.contains(u"name"_s));
    QCOMPARE(global.value(u"source"_s).toString(), u"S1 Bridge test"_s);
    r = get(
        Api + u"/threat-intelligence/iocs"_s, QUrlQuery {{u"tenant"_s, u"true"_s}, {u"value"_s, commaUrl}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"filter"_s, QJsonObject {{u"uuids"_s, QJsonArray {global.value(u"uuid"_s)}}}}}));
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);

    // delete by uuid, then by value within a scope
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"filter"_s, QJsonObject {{u"uuids"_s, QJsonArray {stored.value(u"uuid"_s)}}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s,
            QJsonObject {{u"value"_s, u"evil.example.com"_s}, {u"accountIds"_s, QJsonArray {account}}}}}));
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {}}}));
    QCOMPARE(r.status, 400);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"uuids"_s, stored.value(u"uuid"_s)}}}}));
    QCOMPARE(r.status, 400); // uuids is a list
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"name__contains"_s, QJsonArray {u"Blocked"_s}}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"not implemented"_s), qPrintable(r.firstErrorDetail()));
    QCOMPARE(m_server->tenant().iocCount(), count - 1);
}

void tst_SimObjects::firewall()
{
    const QString site = m_server->tenant().siteId(0);
    const QJsonObject rule {
        {u"name"_s, u"S1 Bridge: OpenCTI C2 (1)"_s},
        {u"description"_s, u"Exported by S1 Bridge"_s},
        {u"action"_s, u"Block"_s},
        {u"status"_s, u"Enabled"_s},
        {u"direction"_s, u"outbound"_s},
        {u"osTypes"_s, QJsonArray {u"windows"_s, u"linux"_s}},
        {u"protocol"_s, QJsonValue(QJsonValue::Null)},
        {u"remoteHosts"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"addresses"_s},
                            {u"values"_s, QJsonArray {u"198.51.100.7"_s, u"2001:db8::7"_s}}},
                QJsonObject {{u"type"_s, u"cidr"_s}, {u"values"_s, QJsonArray {u"203.0.113.0/24"_s}}}}},
    };
    const QJsonObject filter {{u"siteIds"_s, QJsonArray {site}}};
    Result r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, rule}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 200);
    const QJsonObject created = r.json.value(u"data"_s).toObject();
    QVERIFY(!created.value(u"id"_s).toString().isEmpty());
    QCOMPARE(created.value(u"ruleCategory"_s).toString(), u"firewall"_s);
    QCOMPARE(created.value(u"scope"_s).toString(), u"site"_s);
    QCOMPARE(created.value(u"scopeId"_s).toString(), site);
    QCOMPARE(created.value(u"editable"_s).toBool(), true);
    QCOMPARE(created.value(u"order"_s).toInt(), 1);
    QCOMPARE(created.value(u"remoteHosts"_s), rule.value(u"remoteHosts"_s));
    // protocol null: unset, so the answer has no protocol (the API types it a non-nullable string)
    QVERIFY2(nullPaths(created).isEmpty(), qPrintable(nullPaths(created).join(u", "_s)));
    QVERIFY(!created.contains(u"protocol"_s));

    // same name, same scope: Already Exists; another site is fine
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, rule}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstErrorCode(), 4000030);
    QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"title"_s).toString(),
        u"Already Exists Error"_s);
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, rule},
            {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {m_server->tenant().siteId(1)}}}}}));
    QCOMPARE(r.status, 200);

    // validation
    QJsonObject invalid = rule;
    invalid.insert(u"name"_s, u"another"_s);
    invalid.insert(u"action"_s, u"Drop"_s);
    invalid.insert(u"osTypes"_s, QJsonArray {u"solaris"_s});
    invalid.insert(u"remoteHosts"_s,
        QJsonArray {QJsonObject {
            {u"type"_s, u"addresses"_s}, {u"values"_s, QJsonArray {u"10.0.0.1"_s, u"300.1.1.1"_s}}}});
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, invalid}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    const QString body = QString::fromUtf8(r.body);
    QVERIFY2(body.contains(u"Drop"_s) && body.contains(u"solaris"_s) && body.contains(u"300.1.1.1"_s),
        qPrintable(body));
    QVERIFY(!body.contains(u"10.0.0.1"_s));
    invalid = rule;
    invalid.remove(u"status"_s); // required by POST
    invalid.insert(u"name"_s, QString(201, u'n')); // at most 200 characters
    invalid.insert(u"localPort"_s, QJsonObject {{u"type"_s, u"ports"_s}, {u"values"_s, QJsonArray {70000}}});
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, invalid}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    const QString missing = QString::fromUtf8(r.body);
    QVERIFY2(missing.contains(u"data.status: required"_s) && missing.contains(u"data.name: at most 200"_s)
            && missing.contains(u"70000"_s),
        qPrintable(missing));
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {
            {u"data"_s, rule}, {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {site.toLongLong()}}}}}));
    QCOMPARE(r.status, 400);

    // a tenant-wide rule has no scopeId (absent, not null)
    QJsonObject global = rule;
    global.insert(u"name"_s, u"S1 Bridge: everywhere"_s);
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, global}, {u"filter"_s, QJsonObject {{u"tenant"_s, true}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"scope"_s).toString(), u"global"_s);
    QVERIFY(!r.json.value(u"data"_s).toObject().contains(u"scopeId"_s));
    r = send("DELETE", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"filter"_s,
            QJsonObject {{u"ids"_s, QJsonArray {r.json.value(u"data"_s).toObject().value(u"id"_s)}}}}}));
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);

    // list (a filter is required), update, delete
    r = get(Api + u"/firewall-control"_s, QUrlQuery {{u"siteIds"_s, site}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    r = get(Api + u"/firewall-control"_s, QUrlQuery {{u"name__contains"_s, u"opencti c2"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 2);
    const QString id = created.value(u"id"_s).toString();
    r = send("PUT", Api + u"/firewall-control/"_s + id, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"status"_s, u"Disabled"_s}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"status"_s).toString(), u"Disabled"_s);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"name"_s), rule.value(u"name"_s));
    r = get(Api + u"/firewall-control"_s, QUrlQuery {{u"statuses"_s, u"Disabled"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    // null in an update: name (and action, status) unchanged; an optional field unset
    r = send("PUT", Api + u"/firewall-control/"_s + id, {},
        toJson(QJsonObject {
            {u"data"_s, QJsonObject {{u"name"_s, QJsonValue::Null}, {u"description"_s, QJsonValue::Null}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"name"_s), rule.value(u"name"_s));
    QVERIFY(!r.json.value(u"data"_s).toObject().contains(u"description"_s));
    r = send("DELETE", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id.toLongLong()}}}}}));
    QCOMPARE(r.status, 400);
    r = send("PUT", Api + u"/firewall-control/123"_s, {}, toJson(QJsonObject {{u"data"_s, QJsonObject {}}}));
    QCOMPARE(r.status, 404);
    r = send("DELETE", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id, u"123"_s}}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    QCOMPARE(m_server->tenant().firewallRuleCount(), 1);
}

void tst_SimObjects::firewallUnlicensed()
{
    s1sim::SimOptions options;
    options.token = Token;
    options.threats = 20;
    options.firewallLicensed = false;
    SimServer server(options);
    QVERIFY(server.listen() != 0);
    Result r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"name"_s, u"x"_s}}, {}, Token, &server);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.firstErrorCode(), 4040010);
    QCOMPARE(r.firstErrorDetail(), u"Firewall Control is not available for this account"_s);
    r = send("POST", Api + u"/firewall-control"_s, {}, "{}", Token, &server);
    QCOMPARE(r.status, 404);
    r = send("GET", Api + u"/threats"_s, {}, {}, Token, &server);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 20);
}

// Rules in a group scope (listed by groupIds, not by their site's siteIds), and --fw-max-entries:
// more remote host values in one rule than the limit is a 400 naming it, for a POST and a PUT.

void tst_SimObjects::firewallGroupsAndMaxEntries()
{
    s1sim::SimOptions options;
    options.token = Token;
    options.threats = 20;
    options.fwMaxEntries = 3;
    SimServer server(options);
    QVERIFY(server.listen() != 0);
    QCOMPARE(server.firewallMaxEntries(), 3);
    const QString site = server.tenant().siteId(0);
    const QString group = server.tenant().firstGroupId(0);
    const auto hosts = [](const QJsonArray &addresses, const QJsonArray &cidrs) {
        return QJsonArray {QJsonObject {{u"type"_s, u"addresses"_s}, {u"values"_s, addresses}},
            QJsonObject {{u"type"_s, u"cidr"_s}, {u"values"_s, cidrs}}};
    };
    QJsonObject rule {{u"name"_s, u"Grouped"_s}, {u"action"_s, u"Block"_s}, {u"status"_s, u"Enabled"_s},
        {u"remoteHosts"_s, hosts({u"192.0.2.1"_s, u"192.0.2.2"_s}, {u"10.0.0.0/8"_s})}};
    Result r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {
            {u"data"_s, rule}, {u"filter"_s, QJsonObject {{u"groupIds"_s, QJsonArray {group}}}}}),
        Token, &server);
    QCOMPARE(r.status, 200);
    const QString id = r.json.value(u"data"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"scope"_s).toString(), u"group"_s);
    r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"groupIds"_s, group}}, {}, Token, &server);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toString(), id);
    r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"siteIds"_s, site}}, {}, Token, &server);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 0);
    r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"groupIds"_s, u"12x"_s}}, {}, Token, &server);
    QCOMPARE(r.status, 400);

    rule.insert(u"name"_s, u"Too big"_s);
    rule.insert(
        u"remoteHosts"_s, hosts({u"192.0.2.1"_s, u"192.0.2.2"_s}, {u"10.0.0.0/8"_s, u"172.16.0.0/12"_s}));
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(
            QJsonObject {{u"data"_s, rule}, {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {site}}}}}),
        Token, &server);
    QCOMPARE(r.status, 400);
    QVERIFY2(
        r.firstErrorDetail().contains(u"at most 3 remote host values"_s), qPrintable(r.firstErrorDetail()));
    r = send("PUT", Api + u"/firewall-control/"_s + id, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"remoteHosts"_s, rule.value(u"remoteHosts"_s)}}}}),
        Token, &server);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"this one has 4"_s), qPrintable(r.firstErrorDetail()));
    const QJsonObject counts = server.stats().value(u"firewall"_s).toObject();
    QCOMPARE(counts.value(u"posts"_s).toInt(), 2);
    QCOMPARE(counts.value(u"puts"_s).toInt(), 1);
    QCOMPARE(counts.value(u"deletes"_s).toInt(), 0);
    QCOMPARE(counts.value(u"rules"_s).toInt(), 1);
    server.resetStats();
    QCOMPARE(server.firewallPostsReceived(), 0);
    QCOMPARE(server.firewallRuleCount(), 1);
}

QTEST_GUILESS_MAIN(tst_SimObjects)
#include "tst_simobjects.moc"
