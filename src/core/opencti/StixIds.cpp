// SPDX-License-Identifier: GPL-3.0-or-later
#include "StixIds.h"

#include "CanonicalJson.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <string>

namespace opencti {

namespace {

// Python's str.isspace() set (Unicode White_Space plus U+001C..U+001F).
bool isPythonSpace(char16_t c)
{
    static constexpr char16_t spaces[] = {0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85,
        0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000};
    return (c >= 0x2000 && c <= 0x200a)
        || std::find(std::begin(spaces), std::end(spaces), c) != std::end(spaces);
}

// Unicode Case_Ignorable (Python's _PyUnicode_IsCaseIgnorable): Mn, Me, Cf, Lm, Sk and the
// Word_Break MidLetter, MidNumLet and Single_Quote characters.
bool isCaseIgnorable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        break;
    }
    static constexpr char32_t wordBreakMid[] = {0x27, 0x2e, 0x3a, 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019,
        0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a};
    return std::find(std::begin(wordBreakMid), std::end(wordBreakMid), c) != std::end(wordBreakMid);
}

// Unicode Cased (Python's _PyUnicode_IsCased): Ll, Lu, Lt, anything with a case mapping, and the
// Other_Lowercase/Other_Uppercase letters without one. Checked against Python 3.11 for every code
// point that is not Case_Ignorable (the only ones the final-sigma rule asks about).
bool isCased(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
        return true;
    default:
        break;
    }
    if (c == 0xaa || c == 0xba || (c >= 0x1f130 && c <= 0x1f149) || (c >= 0x1f150 && c <= 0x1f169)
        || (c >= 0x1f170 && c <= 0x1f189))
        return true;
    return QChar::toLower(c) != c || QChar::toUpper(c) != c;
}

QString prefixed(const QString &type, const QUuid &uuid)
{
    return type + QLatin1String("--") + uuid.toString(QUuid::WithoutBraces);
}

} // namespace

QUuid StixIds::namespaceUuid()
{
    static const QUuid ns(QStringLiteral("00abedb4-aa42-466c-9c01-fed23315a9b7"));
    return ns;
}

QString StixIds::generate(const QString &type, const QJsonObject &contributing)
{
    return prefixed(type, QUuid::createUuidV5(namespaceUuid(), CanonicalJson::serialize(contributing)));
}

QString StixIds::pyStrip(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPythonSpace(text.at(begin).unicode()))
        ++begin;
    while (end > begin && isPythonSpace(text.at(end - 1).unicode()))
        --end;
    return text.mid(begin, end - begin);
}

QString StixIds::pyLower(const QString &text)
{
    // Qt's toLower() applies the same full case mappings as Python (checked for every code point
    // against Python 3.11); only Python's context rule for U+03A3 GREEK CAPITAL LETTER SIGMA is
    // missing: final sigma (U+03C2) after a cased letter that no cased letter follows, ignoring
    // case-ignorable characters on both sides.
    const QList<uint> in = text.toUcs4();
    std::u32string out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char32_t c = in.at(i);
        if (c != 0x3a3) {
            const QList<uint> lowered = QString::fromUcs4(&c, 1).toLower().toUcs4();
            for (const uint l : lowered)
                out += char32_t(l);
            continue;
        }
        qsizetype j = i - 1;
        while (j >= 0 && isCaseIgnorable(in.at(j)))
            --j;
        bool finalSigma = j >= 0 && isCased(in.at(j));
        if (finalSigma) {
            j = i + 1;
            while (j < in.size() && isCaseIgnorable(in.at(j)))
                ++j;
            finalSigma = j == in.size() || !isCased(in.at(j));
        }
        out += finalSigma ? char32_t(0x3c2) : char32_t(0x3c3);
    }
    return QString::fromUcs4(out.data(), qsizetype(out.size()));
}

QString StixIds::incident(const QString &name, const QString &created)
{
    return generate(QStringLiteral("incident"),
        {{QStringLiteral("name"), pyLower(pyStrip(name))}, {QStringLiteral("created"), created}});
}

QString StixIds::indicator(const QString &pattern)
{
    return generate(QStringLiteral("indicator"), {{QStringLiteral("pattern"), pyStrip(pattern)}});
}

QString StixIds::note(const QString &content, const QString &created)
{
    QJsonObject data {{QStringLiteral("content"), pyStrip(content)}};
    if (!created.isNull())
        data.insert(QStringLiteral("created"), created);
    return generate(QStringLiteral("note"), data);
}

QString StixIds::attackPattern(const QString &name, const QString &xMitreId)
{
    if (!xMitreId.isNull())
        return generate(
            QStringLiteral("attack-pattern"), {{QStringLiteral("x_mitre_id"), pyStrip(xMitreId)}});
    return generate(QStringLiteral("attack-pattern"), {{QStringLiteral("name"), pyLower(pyStrip(name))}});
}

QString StixIds::normalizeMitreTechniqueId(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[Tt][0-9]{4}(\\.[0-9]{3})?$"));
    const QString id = pyStrip(text);
    if (!form.match(id).hasMatch())
        return QString();
    return id.toUpper();
}

QString StixIds::attackPatternForTechnique(const QString &technique)
{
    const QString mitreId = normalizeMitreTechniqueId(technique);
    return mitreId.isNull() ? attackPattern(technique) : attackPattern(mitreId, mitreId);
}

QString StixIds::identity(const QString &name, const QString &identityClass)
{
    return generate(QStringLiteral("identity"),
        {{QStringLiteral("name"), pyLower(pyStrip(name))},
            {QStringLiteral("identity_class"), pyLower(identityClass)}});
}

QString StixIds::relationship(const QString &relationshipType, const QString &sourceRef,
    const QString &targetRef, const QString &startTime, const QString &stopTime)
{
    QJsonObject data {{QStringLiteral("relationship_type"), relationshipType},
        {QStringLiteral("source_ref"), sourceRef}, {QStringLiteral("target_ref"), targetRef}};
    if (!startTime.isNull()) {
        data.insert(QStringLiteral("start_time"), startTime);
        if (!stopTime.isNull())
            data.insert(QStringLiteral("stop_time"), stopTime);
    }
    return generate(QStringLiteral("relationship"), data);
}

QString StixIds::normalizeTlp(const QString &tlp)
{
    QString level = tlp.trimmed().toUpper();
    if (level.startsWith(QLatin1String("TLP:")))
        level = level.mid(4).trimmed();
    if (level == QLatin1String("WHITE"))
        level = QStringLiteral("CLEAR");
    static const QStringList levels {QStringLiteral("CLEAR"), QStringLiteral("GREEN"),
        QStringLiteral("AMBER"), QStringLiteral("AMBER+STRICT"), QStringLiteral("RED")};
    if (!levels.contains(level))
        return QString();
    return QLatin1String("TLP:") + level;
}

QString StixIds::tlpMarking(const QString &tlp)
{
    const QString level = normalizeTlp(tlp);
    if (level.isNull())
        return QString();
    return markingDefinition(QStringLiteral("TLP"), level);
}

QString StixIds::markingDefinition(const QString &definitionType, const QString &definition)
{
    if (definitionType == QLatin1String("TLP")) {
        // STIX 2.1 section 7.2.1.4 and OpenCTI (MARKING_TLP_* in the platform, pycti
        // MarkingDefinition.generate_id).
        if (definition == QLatin1String("TLP:CLEAR") || definition == QLatin1String("TLP:WHITE"))
            return QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9");
        if (definition == QLatin1String("TLP:GREEN"))
            return QStringLiteral("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da");
        if (definition == QLatin1String("TLP:AMBER"))
            return QStringLiteral("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");
        if (definition == QLatin1String("TLP:AMBER+STRICT"))
            return QStringLiteral("marking-definition--826578e1-40ad-459f-bc73-ede076f81f37");
        if (definition == QLatin1String("TLP:RED"))
            return QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");
    }
    return generate(QStringLiteral("marking-definition"),
        {{QStringLiteral("definition_type"), definitionType}, {QStringLiteral("definition"), definition}});
}

QString StixIds::hostname(const QString &value)
{
    return generate(QStringLiteral("hostname"), {{QStringLiteral("value"), value}});
}

QString StixIds::ipv4Address(const QString &value)
{
    return generate(QStringLiteral("ipv4-addr"), {{QStringLiteral("value"), value}});
}

QString StixIds::ipv6Address(const QString &value)
{
    return generate(QStringLiteral("ipv6-addr"), {{QStringLiteral("value"), value}});
}

QString StixIds::userAccount(const QString &accountType, const QString &userId, const QString &accountLogin)
{
    QJsonObject data;
    if (!accountType.isNull())
        data.insert(QStringLiteral("account_type"), accountType);
    if (!userId.isNull())
        data.insert(QStringLiteral("user_id"), userId);
    if (!accountLogin.isNull())
        data.insert(QStringLiteral("account_login"), accountLogin);
    return generate(QStringLiteral("user-account"), data);
}

QString StixIds::file(const QMap<QString, QString> &hashes, const QString &name)
{
    QJsonObject data;
    QString key;
    for (const QString &preferred : {QStringLiteral("MD5"), QStringLiteral("SHA-1"),
             QStringLiteral("SHA-256"), QStringLiteral("SHA-512")}) {
        if (hashes.contains(preferred)) {
            key = preferred;
            break;
        }
    }
    if (key.isNull() && !hashes.isEmpty())
        key = hashes.firstKey();
    if (!key.isNull())
        data.insert(QStringLiteral("hashes"), QJsonObject {{key, hashes.value(key)}});
    if (!name.isNull())
        data.insert(QStringLiteral("name"), name);
    return generate(QStringLiteral("file"), data);
}

} // namespace opencti
