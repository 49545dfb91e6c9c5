// SPDX-License-Identifier: GPL-3.0-or-later
#include "StixBundleBuilder.h"

#include "CanonicalJson.h"
#include "StixIds.h"
#include "s1/ConsoleConfig.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// Choices where issue 5 left room, with their reasons:
//
// - Ids: every id is a StixIds value (pycti's generate_id). The incident id equals the public
//   OpenCTI SentinelOne connector's (same name form, created = identifiedAt as received), and so do
//   the note ids (same "text\ncreated by: creator" content, created = the note's createdAt), so a
//   bundle of ours upserts what that connector imported instead of duplicating it.
// - Incident name: "<threatName> - <threatId>" with threatName as received. The API can send an
//   empty threatName: the name is then the file name, else "Unnamed threat" (fixed English, not
//   tr(): the id follows the name and must not depend on the language).
// - Incident created: threatInfo.identifiedAt exactly as received (Threat::identifiedAtRaw); when
//   absent, formatApiTime(createdAt) ("…T13:54:53.009000Z": Threat keeps createdAt as a QDateTime
//   only, so microseconds beyond the millisecond are lost). modified: updatedAt (formatApiTime)
//   when it is later, else created: a threat changed in SentinelOne changes the bundle.
// - Other SDOs and relationships: created = modified = the incident's created (deterministic; STIX
//   requires both; pycti's stix2 would put "now" there, which would make every bundle differ).
//   Notes: created = modified = the note's createdAt, so an unchanged note gives the same bytes.
//   The author identity has no date of its own: created = modified = 1970-01-01T00:00:00.000Z, a
//   fixed value as the TLP markings have theirs (2017-01-20, from the STIX specification).
// - severity from confidenceLevel: malicious -> high, suspicious -> medium, else low
//   (incident_severity_ov). incident_type "alert", as OpenCTI's detection connectors (CrowdStrike,
//   Wazuh, Flashpoint, VirusTotal Livehunt) write for an alert. source "SentinelOne".
// - Description: "Label: value" lines, empty values left out. Line breaks inside a value are
//   replaced by spaces, so that attacker-controlled text (a threat name, a path) cannot forge a line.
//   The name itself keeps its text verbatim.
// - Endpoint: a hostname observable (OpenCTI's custom "hostname" SCO, value = computer name) and one
//   ipv4-addr/ipv6-addr per valid address of Threat::ipAddresses(); values that are not addresses
//   (the sanitized fixture has "123:123:123:123") are skipped. The external IP is not an observable
//   (a NAT address is shared by many hosts and would tie unrelated incidents together); it is in the
//   description. The public connector made a user-account (account_type "hostname") instead: a
//   hostname is what the value is. Each observable is `related-to` the incident, from the
//   observable to the incident, as the public connector and pycti-based EDR connectors do.
//   Observables have no created_by_ref in STIX 2.1: they carry x_opencti_created_by_ref (what pycti
//   reads).
// - Attack patterns: per Threat::techniqueIds(). An ATT&CK technique id (T1059, T1059.001) becomes
//   {name: id, x_mitre_id: id, external reference "mitre-attack" with its link}, so its id is the
//   MITRE dataset's object in OpenCTI and the import enriches it rather than adding a twin. No
//   description on the attack pattern (it would overwrite MITRE's in that shared object): the
//   SentinelOne indicator descriptions go on the incident `uses` relationship, which is this
//   threat's own. Anything else is an attack pattern by name, with the link as a "SentinelOne"
//   external reference.
// - Indicators: pattern "[file:hashes.'SHA-256' = '<hex>']" (spaces around '=', algorithm quoted,
//   hex lower-cased: one form, so one id per hash). Values that are not hex of the right length are
//   left out. Relationship: indicator `indicates` incident. The public connector wrote `related-to`
//   from the incident; `indicates` says what the relation is (STIX 2.1: an indicator indicates
//   what its pattern detects), OpenCTI allows Indicator -> indicates -> Incident, and it is the
//   direction OpenCTI shows under the incident's indicators.
// - Notes: sorted by (created, content, id) so that the order the API lists them in does not change
//   the bundle; one object per distinct id.
// - Bundle id: "bundle--" + UUIDv5(StixIds namespace, canonical {"objects_sha256": SHA-256 of the
//   canonical objects array, "seed": Options::bundleSeed, "threat_id": threat id}).

namespace opencti {

namespace {

const QString kSpecVersion = QStringLiteral("2.1");
const QString kAuthorClass = QStringLiteral("organization");
const QString kAuthorCreated = QStringLiteral("1970-01-01T00:00:00.000Z");
const QString kTlpCreated = QStringLiteral("2017-01-20T00:00:00.000Z");

// One line per fact: line breaks and other control characters become spaces.
QString singleLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
            || c.unicode() == 0x85)
            c = u' ';
    }
    return out.trimmed();
}

QString orDescription(const QString &value, const QString &description)
{
    return description.isEmpty() ? value : description;
}

bool isValidIpv4(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    QHostAddress address;
    return form.match(text).hasMatch() && address.setAddress(text)
        && address.protocol() == QAbstractSocket::IPv4Protocol;
}

bool isValidIpv6(const QString &text)
{
    QHostAddress address;
    return text.contains(u':') && !text.contains(u'%') && address.setAddress(text)
        && address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString fileNameOf(const s1::Threat &threat)
{
    if (!threat.fileDisplayName.trimmed().isEmpty())
        return threat.fileDisplayName;
    const QString path = threat.filePath;
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return path.mid(slash + 1);
}

// The builder's state for one bundle.
class Bundle
{
public:
    Bundle(const QString &authorId, const QString &markingId)
        : m_authorId(authorId)
        , m_markingId(markingId)
    { }

    // Adds an object once per id.
    void add(const QJsonObject &object)
    {
        const QString id = object.value(QLatin1String("id")).toString();
        if (m_ids.contains(id))
            return;
        m_ids.insert(id);
        m_objects.append(object);
    }

    // Common properties of an SDO/SRO of ours.
    QJsonObject domainObject(
        const QString &type, const QString &id, const QString &created, const QString &modified) const
    {
        return QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("spec_version"), kSpecVersion},
            {QStringLiteral("id"), id}, {QStringLiteral("created"), created},
            {QStringLiteral("modified"), modified}, {QStringLiteral("created_by_ref"), m_authorId},
            {QStringLiteral("object_marking_refs"), QJsonArray {m_markingId}}};
    }

    QJsonObject observable(const QString &type, const QString &id, const QString &value) const
    {
        return QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("spec_version"), kSpecVersion},
            {QStringLiteral("id"), id}, {QStringLiteral("value"), value},
            {QStringLiteral("x_opencti_created_by_ref"), m_authorId},
            {QStringLiteral("object_marking_refs"), QJsonArray {m_markingId}}};
    }

    void addRelationship(const QString &type, const QString &source, const QString &target,
        const QString &created, const QString &description = QString())
    {
        QJsonObject r = domainObject(
            QStringLiteral("relationship"), StixIds::relationship(type, source, target), created, created);
        r.insert(QStringLiteral("relationship_type"), type);
        r.insert(QStringLiteral("source_ref"), source);
        r.insert(QStringLiteral("target_ref"), target);
        if (!description.isEmpty())
            r.insert(QStringLiteral("description"), description);
        add(r);
    }

    const QJsonArray &objects() const { return m_objects; }

private:
    QString m_authorId;
    QString m_markingId;
    QSet<QString> m_ids;
    QJsonArray m_objects;
};

QString describe(const s1::Threat &threat)
{
    QStringList lines;
    auto line = [&lines](const char *label, const QString &value) {
        const QString v = singleLine(value);
        if (!v.isEmpty())
            lines << QString(QLatin1String(label) + QLatin1String(": ") + v);
    };
    auto withId = [](const QString &name, const QString &id) -> QString {
        if (id.isEmpty())
            return name;
        return name.isEmpty() ? id : name + QLatin1String(" (") + id + u')';
    };
    QStringList system;
    for (const QString &s : {threat.osType, threat.osName})
        if (!s.isEmpty())
            system << s;
    QString endpoint = threat.computerName;
    if (!system.isEmpty())
        endpoint += (endpoint.isEmpty() ? QString() : QStringLiteral(" ")) + u'('
            + system.join(QLatin1String(", ")) + u')';

    line("Threat", threat.name);
    line("Threat ID", threat.id);
    line("Endpoint", endpoint);
    line("IP addresses", threat.ipAddresses().join(QLatin1String(", ")));
    line("External IP", threat.externalIp);
    line("Site", withId(threat.siteName, threat.siteId));
    line("Account", withId(threat.accountName, threat.accountId));
    line("Group", threat.groupName);
    line("Classification", threat.classification);
    line("Confidence level", threat.confidenceLevel);
    line("Analyst verdict", orDescription(threat.analystVerdict, threat.analystVerdictDescription));
    line("Incident status", orDescription(threat.incidentStatus, threat.incidentStatusDescription));
    line("Mitigation status", orDescription(threat.mitigationStatus, threat.mitigationStatusDescription));
    line("File path", threat.filePath);
    if (threat.filePath.isEmpty())
        line("File name", threat.fileDisplayName);
    // Hashes as the indicators write them (lower-case hex); values that are no hash as received.
    auto hash = [](const QString &value) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
        const QString v = value.trimmed();
        return hex.match(v).hasMatch() ? v.toLower() : v;
    };
    line("SHA-256", hash(threat.sha256));
    line("SHA-1", hash(threat.sha1));
    line("MD5", hash(threat.md5));
    line("Detection engines", threat.detectionEngines.join(QLatin1String(", ")));
    line("Identified at", threat.identifiedAtRaw);
    return lines.join(u'\n');
}

QStringList labelsOf(const s1::Threat &threat)
{
    QStringList labels;
    QSet<QString> seen;
    auto add = [&](const QString &label) {
        const QString l = singleLine(label);
        if (l.isEmpty() || seen.contains(l.toCaseFolded()))
            return;
        seen.insert(l.toCaseFolded());
        labels << l;
    };
    for (const s1::ThreatIndicator &indicator : threat.indicators)
        add(indicator.category);
    add(threat.classification);
    return labels;
}

struct TechniqueFacts
{
    QString link;
    QStringList descriptions;
};

TechniqueFacts techniqueFacts(const s1::Threat &threat, const QString &techniqueId)
{
    TechniqueFacts facts;
    for (const s1::ThreatIndicator &indicator : threat.indicators) {
        for (const s1::MitreTactic &tactic : indicator.tactics) {
            for (const s1::MitreTechnique &technique : tactic.techniques) {
                if (technique.id != techniqueId)
                    continue;
                if (facts.link.isEmpty())
                    facts.link = technique.link.trimmed();
                if (!indicator.description.isEmpty() && !facts.descriptions.contains(indicator.description))
                    facts.descriptions << indicator.description;
            }
        }
    }
    return facts;
}

} // namespace

StixBundleBuilder::StixBundleBuilder() = default;

StixBundleBuilder::StixBundleBuilder(const Options &options)
    : m_options(options)
{ }

QString StixBundleBuilder::validateOptions() const
{
    if (StixIds::pyStrip(m_options.authorName).isEmpty())
        return tr("Author name: expected a name for the author of OpenCTI objects, got nothing.");
    if (StixIds::normalizeTlp(m_options.tlp).isNull())
        return tr(
            "TLP marking: expected TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED, got “%1”.")
            .arg(m_options.tlp);
    return QString();
}

QString StixBundleBuilder::authorId() const
{
    return StixIds::identity(m_options.authorName, kAuthorClass);
}

QString StixBundleBuilder::markingId() const
{
    return StixIds::tlpMarking(m_options.tlp);
}

QString StixBundleBuilder::incidentName(const s1::Threat &threat)
{
    QString name = threat.name;
    if (StixIds::pyStrip(name).isEmpty())
        name = fileNameOf(threat);
    if (StixIds::pyStrip(name).isEmpty())
        name = QStringLiteral("Unnamed threat");
    return name + QLatin1String(" - ") + threat.id;
}

QString StixBundleBuilder::incidentCreated(const s1::Threat &threat)
{
    if (!threat.identifiedAtRaw.isEmpty())
        return threat.identifiedAtRaw;
    if (threat.createdAt.isValid())
        return s1::formatApiTime(threat.createdAt);
    return QString();
}

QString StixBundleBuilder::incidentId(const s1::Threat &threat)
{
    return StixIds::incident(incidentName(threat), incidentCreated(threat));
}

QString StixBundleBuilder::noteContent(const s1::ThreatNote &note)
{
    if (note.creator.isEmpty())
        return note.text;
    return note.text + QLatin1String("\ncreated by: ") + note.creator;
}

QString StixBundleBuilder::noteCreated(const s1::ThreatNote &note, const s1::Threat &threat)
{
    if (!note.createdAtRaw.isEmpty())
        return note.createdAtRaw;
    if (note.createdAt.isValid())
        return s1::formatApiTime(note.createdAt);
    return incidentCreated(threat);
}

QString StixBundleBuilder::hashPattern(const QString &algorithm, const QString &value)
{
    int hexLength = 0;
    if (algorithm == QLatin1String("SHA-256"))
        hexLength = 64;
    else if (algorithm == QLatin1String("SHA-1"))
        hexLength = 40;
    else if (algorithm == QLatin1String("MD5"))
        hexLength = 32;
    else
        return QString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    const QString v = value.trimmed();
    if (v.size() != hexLength || !hex.match(v).hasMatch())
        return QString();
    return QLatin1String("[file:hashes.'") + algorithm + QLatin1String("' = '") + v.toLower()
        + QLatin1String("']");
}

QString StixBundleBuilder::severityFor(const QString &confidenceLevel)
{
    const QString level = confidenceLevel.trimmed().toLower();
    if (level == QLatin1String("malicious"))
        return QStringLiteral("high");
    if (level == QLatin1String("suspicious"))
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

QJsonObject StixBundleBuilder::tlpMarkingObject(const QString &tlp)
{
    const QString level = StixIds::normalizeTlp(tlp);
    if (level.isNull())
        return {};
    QJsonObject marking {{QStringLiteral("type"), QStringLiteral("marking-definition")},
        {QStringLiteral("spec_version"), kSpecVersion}, {QStringLiteral("id"), StixIds::tlpMarking(level)},
        {QStringLiteral("created"), kTlpCreated}};
    if (level == QLatin1String("TLP:AMBER+STRICT")) {
        // Not in STIX's TLP vocabulary: OpenCTI's form (pycti connectors write the same).
        marking.insert(QStringLiteral("name"), level);
        marking.insert(QStringLiteral("definition_type"), QStringLiteral("statement"));
        marking.insert(QStringLiteral("definition"),
            QJsonObject {{QStringLiteral("statement"), QStringLiteral("custom")}});
        marking.insert(QStringLiteral("x_opencti_definition_type"), QStringLiteral("TLP"));
        marking.insert(QStringLiteral("x_opencti_definition"), level);
        return marking;
    }
    // STIX 2.1 section 7.2.1.4; TLP:CLEAR is STIX's TLP:WHITE object (OpenCTI reads it as CLEAR).
    const QString stixLevel
        = level == QLatin1String("TLP:CLEAR") ? QStringLiteral("white") : level.mid(4).toLower();
    marking.insert(QStringLiteral("name"), QString(QLatin1String("TLP:") + stixLevel.toUpper()));
    marking.insert(QStringLiteral("definition_type"), QStringLiteral("tlp"));
    marking.insert(QStringLiteral("definition"), QJsonObject {{QStringLiteral("tlp"), stixLevel}});
    return marking;
}

QJsonObject StixBundleBuilder::build(
    const s1::Threat &threat, const QList<s1::ThreatNote> &notes, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QJsonObject();
    };
    if (const QString problem = validateOptions(); !problem.isEmpty())
        return fail(problem);
    if (threat.id.trimmed().isEmpty())
        return fail(tr("Threat: expected a SentinelOne threat with an id, got none."));
    const QString created = incidentCreated(threat);
    if (created.isEmpty())
        return fail(tr("Threat %1: expected identifiedAt or createdAt to date the incident by, got neither.")
                        .arg(threat.id));
    if (error)
        error->clear();

    const QString author = authorId();
    const QString marking = markingId();
    Bundle bundle(author, marking);

    // Author and marking.
    bundle.add(QJsonObject {{QStringLiteral("type"), QStringLiteral("identity")},
        {QStringLiteral("spec_version"), kSpecVersion}, {QStringLiteral("id"), author},
        {QStringLiteral("created"), kAuthorCreated}, {QStringLiteral("modified"), kAuthorCreated},
        {QStringLiteral("name"), m_options.authorName}, {QStringLiteral("identity_class"), kAuthorClass},
        {QStringLiteral("description"), QStringLiteral("SentinelOne threats imported by S1 Bridge.")}});
    bundle.add(tlpMarkingObject(m_options.tlp));

    // Incident.
    QString modified = created;
    const QDateTime createdTime = s1::parseApiTime(created);
    if (threat.updatedAt.isValid() && createdTime.isValid() && threat.updatedAt > createdTime)
        modified = s1::formatApiTime(threat.updatedAt);
    const QString incident = incidentId(threat);
    QJsonObject incidentObject = bundle.domainObject(QStringLiteral("incident"), incident, created, modified);
    incidentObject.insert(QStringLiteral("name"), incidentName(threat));
    incidentObject.insert(QStringLiteral("description"), describe(threat));
    if (const QStringList labels = labelsOf(threat); !labels.isEmpty())
        incidentObject.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    incidentObject.insert(QStringLiteral("severity"), severityFor(threat.confidenceLevel));
    incidentObject.insert(QStringLiteral("incident_type"), QStringLiteral("alert"));
    incidentObject.insert(QStringLiteral("source"), QStringLiteral("SentinelOne"));
    if (threat.createdAt.isValid())
        incidentObject.insert(QStringLiteral("first_seen"), s1::formatApiTime(threat.createdAt));
    QJsonObject reference {{QStringLiteral("source_name"), QStringLiteral("SentinelOne")},
        {QStringLiteral("external_id"), threat.id}};
    if (m_options.consoleUrl.isValid() && !m_options.consoleUrl.isEmpty()) {
        s1::ConsoleConfig console;
        console.url = m_options.consoleUrl;
        reference.insert(QStringLiteral("url"), console.threatPage(threat.id).toString(QUrl::FullyEncoded));
    }
    incidentObject.insert(QStringLiteral("external_references"), QJsonArray {reference});
    bundle.add(incidentObject);

    // The endpoint: observables related to the incident.
    if (const QString host = threat.computerName.trimmed(); !host.isEmpty()) {
        const QString id = StixIds::hostname(host);
        bundle.add(bundle.observable(QStringLiteral("hostname"), id, host));
        bundle.addRelationship(QStringLiteral("related-to"), id, incident, created);
    }
    const QStringList addresses = threat.ipAddresses();
    for (const QString &raw : addresses) {
        const QString address = raw.trimmed();
        QString id;
        if (isValidIpv4(address)) {
            id = StixIds::ipv4Address(address);
            bundle.add(bundle.observable(QStringLiteral("ipv4-addr"), id, address));
        } else if (isValidIpv6(address)) {
            id = StixIds::ipv6Address(address);
            bundle.add(bundle.observable(QStringLiteral("ipv6-addr"), id, address));
        } else {
            continue;
        }
        bundle.addRelationship(QStringLiteral("related-to"), id, incident, created);
    }

    // MITRE techniques: the incident uses each attack pattern.
    const QStringList techniques = threat.techniqueIds();
    for (const QString &technique : techniques) {
        const TechniqueFacts facts = techniqueFacts(threat, technique);
        const QString mitreId = StixIds::normalizeMitreTechniqueId(technique);
        QJsonObject pattern;
        if (!mitreId.isNull()) {
            pattern = bundle.domainObject(
                QStringLiteral("attack-pattern"), StixIds::attackPattern(mitreId, mitreId), created, created);
            pattern.insert(QStringLiteral("name"), mitreId);
            pattern.insert(QStringLiteral("x_mitre_id"), mitreId);
            const QString url = facts.link.isEmpty()
                ? QString(QLatin1String("https://attack.mitre.org/techniques/")
                    + QString(mitreId).replace(u'.', u'/') + u'/')
                : facts.link;
            pattern.insert(QStringLiteral("external_references"),
                QJsonArray {QJsonObject {{QStringLiteral("source_name"), QStringLiteral("mitre-attack")},
                    {QStringLiteral("external_id"), mitreId}, {QStringLiteral("url"), url}}});
        } else {
            pattern = bundle.domainObject(
                QStringLiteral("attack-pattern"), StixIds::attackPattern(technique), created, created);
            pattern.insert(QStringLiteral("name"), technique);
            if (!facts.link.isEmpty())
                pattern.insert(QStringLiteral("external_references"),
                    QJsonArray {QJsonObject {{QStringLiteral("source_name"), QStringLiteral("SentinelOne")},
                        {QStringLiteral("url"), facts.link}}});
        }
        bundle.add(pattern);
        bundle.addRelationship(QStringLiteral("uses"), incident,
            pattern.value(QLatin1String("id")).toString(), created, facts.descriptions.join(u'\n'));
    }

    // Hashes: indicators that indicate the incident.
    const QString fileName = fileNameOf(threat).trimmed();
    const struct
    {
        const char *algorithm;
        const QString &value;
    } hashes[] = {{"SHA-256", threat.sha256}, {"SHA-1", threat.sha1}, {"MD5", threat.md5}};
    for (const auto &hash : hashes) {
        const QString algorithm = QLatin1String(hash.algorithm);
        const QString pattern = hashPattern(algorithm, hash.value);
        if (pattern.isNull())
            continue;
        const QString id = StixIds::indicator(pattern);
        QJsonObject indicator = bundle.domainObject(QStringLiteral("indicator"), id, created, created);
        const QString subject = !fileName.isEmpty()    ? fileName
            : !StixIds::pyStrip(threat.name).isEmpty() ? threat.name
                                                       : hash.value.trimmed().toLower();
        indicator.insert(QStringLiteral("name"), QString(subject + QLatin1String(" (") + algorithm + u')'));
        indicator.insert(QStringLiteral("pattern"), pattern);
        indicator.insert(QStringLiteral("pattern_type"), QStringLiteral("stix"));
        indicator.insert(QStringLiteral("valid_from"),
            threat.createdAt.isValid() ? s1::formatApiTime(threat.createdAt) : created);
        indicator.insert(
            QStringLiteral("indicator_types"), QJsonArray {QStringLiteral("malicious-activity")});
        indicator.insert(QStringLiteral("x_opencti_main_observable_type"), QStringLiteral("StixFile"));
        bundle.add(indicator);
        bundle.addRelationship(QStringLiteral("indicates"), id, incident, created);
    }

    // Notes, in an order that does not depend on the API's.
    struct DatedNote
    {
        QString created;
        QString content;
        const s1::ThreatNote *note;
    };
    QList<DatedNote> dated;
    dated.reserve(notes.size());
    for (const s1::ThreatNote &note : notes)
        dated.append({noteCreated(note, threat), noteContent(note), &note});
    std::stable_sort(dated.begin(), dated.end(), [](const DatedNote &a, const DatedNote &b) {
        if (a.created != b.created)
            return a.created < b.created;
        if (a.content != b.content)
            return a.content < b.content;
        return a.note->id < b.note->id;
    });
    for (const DatedNote &d : std::as_const(dated)) {
        QJsonObject note = bundle.domainObject(
            QStringLiteral("note"), StixIds::note(d.content, d.created), d.created, d.created);
        note.insert(QStringLiteral("content"), d.content);
        if (!d.note->creator.isEmpty())
            note.insert(QStringLiteral("authors"), QJsonArray {d.note->creator});
        note.insert(QStringLiteral("object_refs"), QJsonArray {incident});
        bundle.add(note);
    }

    const QByteArray objectsHash
        = QCryptographicHash::hash(CanonicalJson::serialize(bundle.objects()), QCryptographicHash::Sha256)
              .toHex();
    const QJsonObject seed {{QStringLiteral("objects_sha256"), QString::fromLatin1(objectsHash)},
        {QStringLiteral("seed"), m_options.bundleSeed}, {QStringLiteral("threat_id"), threat.id}};
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("bundle")},
        {QStringLiteral("id"), StixIds::generate(QStringLiteral("bundle"), seed)},
        {QStringLiteral("objects"), bundle.objects()}};
}

QString StixBundleBuilder::contentHash(const QJsonObject &bundle)
{
    if (bundle.isEmpty())
        return QString();
    return QString::fromLatin1(
        QCryptographicHash::hash(CanonicalJson::serialize(bundle), QCryptographicHash::Sha256).toHex());
}

QString StixBundleBuilder::contentHash(const s1::Threat &threat, const QList<s1::ThreatNote> &notes) const
{
    return contentHash(build(threat, notes));
}

} // namespace opencti
