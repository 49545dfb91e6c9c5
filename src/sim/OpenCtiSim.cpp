// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiSim.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

// ---------------------------------------------------------------------------------------------
// A small GraphQL reader: enough of the executable-document grammar for what clients send.

struct Token
{
    enum class Type { End, Punct, Name, Int, Float, String };
    Type type = Type::End;
    QString text;
    qsizetype pos = 0;
};

class Lexer
{
public:
    explicit Lexer(const QString &source)
        : m_src(source)
    { }

    // Returns nullopt and sets *error on a lexical error.
    std::optional<QList<Token>> tokenize(QString *error)
    {
        QList<Token> tokens;
        const qsizetype n = m_src.size();
        qsizetype i = 0;
        while (true) {
            // ignored: white space, line terminators, commas, comments, BOM
            while (i < n) {
                const QChar c = m_src.at(i);
                if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u',' || c == QChar(0xFEFF)) {
                    ++i;
                } else if (c == u'#') {
                    while (i < n && m_src.at(i) != u'\n' && m_src.at(i) != u'\r')
                        ++i;
                } else {
                    break;
                }
            }
            if (i >= n) {
                tokens.append(Token {Token::Type::End, {}, i});
                return tokens;
            }
            const QChar c = m_src.at(i);
            const qsizetype start = i;
            if (c == u'.' && m_src.mid(i, 3) == u"...") {
                tokens.append(Token {Token::Type::Punct, u"..."_s, start});
                i += 3;
            } else if (QStringView(u"!$&():=@[]{}|").contains(c)) {
                tokens.append(Token {Token::Type::Punct, QString(c), start});
                ++i;
            } else if (c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) {
                while (i < n) {
                    const QChar d = m_src.at(i);
                    if (d == u'_' || (d >= u'a' && d <= u'z') || (d >= u'A' && d <= u'Z')
                        || (d >= u'0' && d <= u'9'))
                        ++i;
                    else
                        break;
                }
                tokens.append(Token {Token::Type::Name, m_src.mid(start, i - start), start});
            } else if (c == u'-' || (c >= u'0' && c <= u'9')) {
                bool isFloat = false;
                if (c == u'-')
                    ++i;
                const auto digits = [&]() {
                    const qsizetype from = i;
                    while (i < n && m_src.at(i) >= u'0' && m_src.at(i) <= u'9')
                        ++i;
                    return i > from;
                };
                if (!digits())
                    return fail(error, start, u"Invalid number"_s);
                if (i < n && m_src.at(i) == u'.') {
                    ++i;
                    isFloat = true;
                    if (!digits())
                        return fail(error, start, u"Invalid number"_s);
                }
                if (i < n && (m_src.at(i) == u'e' || m_src.at(i) == u'E')) {
                    ++i;
                    isFloat = true;
                    if (i < n && (m_src.at(i) == u'+' || m_src.at(i) == u'-'))
                        ++i;
                    if (!digits())
                        return fail(error, start, u"Invalid number"_s);
                }
                tokens.append(Token {
                    isFloat ? Token::Type::Float : Token::Type::Int, m_src.mid(start, i - start), start});
            } else if (c == u'"') {
                QString value;
                if (m_src.mid(i, 3) == u"\"\"\"") { // block string: raw up to """
                    const qsizetype end = m_src.indexOf(u"\"\"\""_s, i + 3);
                    if (end < 0)
                        return fail(error, start, u"Unterminated string"_s);
                    value = m_src.mid(i + 3, end - i - 3).trimmed();
                    i = end + 3;
                } else {
                    ++i;
                    bool closed = false;
                    while (i < n) {
                        const QChar d = m_src.at(i);
                        if (d == u'"') {
                            closed = true;
                            ++i;
                            break;
                        }
                        if (d == u'\n' || d == u'\r')
                            break;
                        if (d == u'\\') {
                            if (i + 1 >= n)
                                break;
                            const QChar e = m_src.at(i + 1);
                            i += 2;
                            switch (e.unicode()) {
                            case u'"':
                                value += u'"';
                                break;
                            case u'\\':
                                value += u'\\';
                                break;
                            case u'/':
                                value += u'/';
                                break;
                            case u'b':
                                value += u'\b';
                                break;
                            case u'f':
                                value += u'\f';
                                break;
                            case u'n':
                                value += u'\n';
                                break;
                            case u'r':
                                value += u'\r';
                                break;
                            case u't':
                                value += u'\t';
                                break;
                            case u'u': {
                                bool ok = false;
                                const uint code = m_src.mid(i, 4).toUInt(&ok, 16);
                                if (!ok || m_src.mid(i, 4).size() != 4)
                                    return fail(error, i, u"Invalid Unicode escape sequence"_s);
                                value += QChar(char16_t(code));
                                i += 4;
                                break;
                            }
                            default:
                                return fail(error, i - 1, u"Invalid character escape sequence"_s);
                            }
                            continue;
                        }
                        value += d;
                        ++i;
                    }
                    if (!closed)
                        return fail(error, start, u"Unterminated string"_s);
                }
                tokens.append(Token {Token::Type::String, value, start});
            } else {
                return fail(error, start, u"Unexpected character \"%1\""_s.arg(c));
            }
        }
    }

private:
    std::optional<QList<Token>> fail(QString *error, qsizetype pos, const QString &message) const
    {
        *error = u"Syntax Error: %1 (at offset %2)."_s.arg(message).arg(pos);
        return std::nullopt;
    }

    const QString &m_src;
};

struct Operation
{
    QString type;
    QString name;
    QJsonObject variableDefaults;
    qsizetype selectionToken = 0; // index of the '{' of the operation's selection set
};

// Parses the executable document. Selection sets are parsed once the variables are known,
// because argument values substitute them.
class Parser
{
public:
    Parser(const QList<Token> &tokens, QString *error)
        : m_tokens(tokens)
        , m_error(error)
    { }

    bool parseDocument(QList<Operation> *operations)
    {
        while (peek().type != Token::Type::End) {
            Operation op;
            if (isPunct(u"{")) {
                op.type = u"query"_s;
                op.selectionToken = m_pos;
                if (!skipSelectionSet())
                    return false;
            } else if (peek().type == Token::Type::Name
                && (peek().text == u"query" || peek().text == u"mutation"
                    || peek().text == u"subscription")) {
                op.type = next().text;
                if (peek().type == Token::Type::Name)
                    op.name = next().text;
                if (isPunct(u"(") && !parseVariableDefinitions(&op.variableDefaults))
                    return false;
                if (isPunct(u"@"))
                    return fail(u"directives are not supported by the simulator"_s);
                if (!isPunct(u"{"))
                    return expected(u"\"{\""_s);
                op.selectionToken = m_pos;
                if (!skipSelectionSet())
                    return false;
            } else if (peek().type == Token::Type::Name && peek().text == u"fragment") {
                return fail(u"fragments are not supported by the simulator"_s);
            } else {
                return unexpected();
            }
            operations->append(op);
        }
        if (operations->isEmpty())
            return fail(u"Syntax Error: Unexpected <EOF>."_s);
        return true;
    }

    bool parseSelectionSetAt(
        qsizetype tokenIndex, const QJsonObject &variables, QList<OpenCtiSim::Field> *out)
    {
        m_pos = tokenIndex;
        m_variables = variables;
        return parseSelectionSet(out);
    }

private:
    const Token &peek() const { return m_tokens.at(std::min(m_pos, m_tokens.size() - 1)); }
    const Token &next()
    {
        const Token &t = peek();
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
        return t;
    }
    bool isPunct(QStringView p) const { return peek().type == Token::Type::Punct && peek().text == p; }
    bool fail(const QString &message)
    {
        *m_error = message;
        return false;
    }
    bool unexpected()
    {
        const Token &t = peek();
        return fail(t.type == Token::Type::End
                ? u"Syntax Error: Unexpected <EOF>."_s
                : u"Syntax Error: Unexpected \"%1\" (at offset %2)."_s.arg(t.text).arg(t.pos));
    }
    bool expected(const QString &what)
    {
        const Token &t = peek();
        return fail(u"Syntax Error: Expected %1, found %2 (at offset %3)."_s
                        .arg(what, t.type == Token::Type::End ? u"<EOF>"_s : u"\"%1\""_s.arg(t.text))
                        .arg(t.pos));
    }
    bool expectPunct(QStringView p)
    {
        if (!isPunct(p))
            return expected(u"\"%1\""_s.arg(p));
        next();
        return true;
    }
    bool expectName(QString *out)
    {
        if (peek().type != Token::Type::Name)
            return expected(u"Name"_s);
        *out = next().text;
        return true;
    }

    // Balanced braces, for the first pass.
    bool skipSelectionSet()
    {
        int depth = 0;
        do {
            const Token &t = next();
            if (t.type == Token::Type::End)
                return unexpected();
            if (t.type == Token::Type::Punct && t.text == u"{")
                ++depth;
            else if (t.type == Token::Type::Punct && t.text == u"}")
                --depth;
        } while (depth > 0);
        return true;
    }

    bool parseType()
    {
        if (isPunct(u"[")) {
            next();
            if (!parseType() || !expectPunct(u"]"))
                return false;
        } else {
            QString name;
            if (!expectName(&name))
                return false;
        }
        if (isPunct(u"!"))
            next();
        return true;
    }

    bool parseVariableDefinitions(QJsonObject *defaults)
    {
        next(); // (
        while (!isPunct(u")")) {
            QString name;
            if (!expectPunct(u"$") || !expectName(&name) || !expectPunct(u":") || !parseType())
                return false;
            if (isPunct(u"=")) {
                next();
                QJsonValue value;
                if (!parseValue(&value, true))
                    return false;
                defaults->insert(name, value);
            }
        }
        next(); // )
        return true;
    }

    bool parseValue(QJsonValue *out, bool constant)
    {
        const Token &t = peek();
        switch (t.type) {
        case Token::Type::Int: {
            next();
            *out = QJsonValue(t.text.toLongLong());
            return true;
        }
        case Token::Type::Float:
            next();
            *out = QJsonValue(t.text.toDouble());
            return true;
        case Token::Type::String:
            next();
            *out = QJsonValue(t.text);
            return true;
        case Token::Type::Name:
            next();
            if (t.text == u"true" || t.text == u"false")
                *out = QJsonValue(t.text == u"true");
            else if (t.text == u"null")
                *out = QJsonValue(QJsonValue::Null);
            else
                *out = QJsonValue(t.text); // enum value
            return true;
        case Token::Type::Punct:
            if (t.text == u"$" && !constant) {
                next();
                QString name;
                if (!expectName(&name))
                    return false;
                *out = m_variables.contains(name) ? m_variables.value(name) : QJsonValue(QJsonValue::Null);
                return true;
            }
            if (t.text == u"[") {
                next();
                QJsonArray list;
                while (!isPunct(u"]")) {
                    QJsonValue item;
                    if (!parseValue(&item, constant))
                        return false;
                    list.append(item);
                }
                next();
                *out = list;
                return true;
            }
            if (t.text == u"{") {
                next();
                QJsonObject object;
                while (!isPunct(u"}")) {
                    QString name;
                    QJsonValue item;
                    if (!expectName(&name) || !expectPunct(u":") || !parseValue(&item, constant))
                        return false;
                    object.insert(name, item);
                }
                next();
                *out = object;
                return true;
            }
            return unexpected();
        case Token::Type::End:
            return unexpected();
        }
        return unexpected();
    }

    bool parseSelectionSet(QList<OpenCtiSim::Field> *out)
    {
        if (!expectPunct(u"{"))
            return false;
        if (isPunct(u"}"))
            return expected(u"Name"_s);
        while (!isPunct(u"}")) {
            if (isPunct(u"..."))
                return fail(u"fragments are not supported by the simulator"_s);
            OpenCtiSim::Field field;
            if (!expectName(&field.name))
                return false;
            field.alias = field.name;
            if (isPunct(u":")) {
                next();
                if (!expectName(&field.name))
                    return false;
            }
            if (isPunct(u"(")) {
                next();
                while (!isPunct(u")")) {
                    QString name;
                    QJsonValue value;
                    if (!expectName(&name) || !expectPunct(u":") || !parseValue(&value, false))
                        return false;
                    field.arguments.insert(name, value);
                }
                next();
            }
            if (isPunct(u"@"))
                return fail(u"directives are not supported by the simulator"_s);
            if (isPunct(u"{") && !parseSelectionSet(&field.selections))
                return false;
            out->append(field);
        }
        next(); // }
        return true;
    }

    const QList<Token> &m_tokens;
    QString *m_error;
    qsizetype m_pos = 0;
    QJsonObject m_variables;
};

QJsonObject graphQlError(const QString &message, const QString &code)
{
    return QJsonObject {{u"message"_s, message}, {u"extensions"_s, QJsonObject {{u"code"_s, code}}}};
}

SimReply errorReply(int status, const QString &message, const QString &code)
{
    return SimReply {status, OpenCtiSim::errorBody(message, code)};
}

// ---------------------------------------------------------------------------------------------
// The platform's data: helpers.

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// STIX 2.1 object types (domain, relationship, cyber observable, meta) and OpenCTI's own; any
// "x-..." type is a custom one and accepted too.
bool isKnownStixType(const QString &type)
{
    static const QSet<QString> types {
        u"attack-pattern"_s,
        u"campaign"_s,
        u"course-of-action"_s,
        u"grouping"_s,
        u"identity"_s,
        u"incident"_s,
        u"indicator"_s,
        u"infrastructure"_s,
        u"intrusion-set"_s,
        u"location"_s,
        u"malware"_s,
        u"malware-analysis"_s,
        u"note"_s,
        u"observed-data"_s,
        u"opinion"_s,
        u"report"_s,
        u"threat-actor"_s,
        u"tool"_s,
        u"vulnerability"_s,
        u"relationship"_s,
        u"sighting"_s,
        u"marking-definition"_s,
        u"language-content"_s,
        u"extension-definition"_s,
        u"artifact"_s,
        u"autonomous-system"_s,
        u"directory"_s,
        u"domain-name"_s,
        u"email-addr"_s,
        u"email-message"_s,
        u"file"_s,
        u"ipv4-addr"_s,
        u"ipv6-addr"_s,
        u"mac-addr"_s,
        u"mutex"_s,
        u"network-traffic"_s,
        u"process"_s,
        u"software"_s,
        u"url"_s,
        u"user-account"_s,
        u"windows-registry-key"_s,
        u"x509-certificate"_s,
        // OpenCTI's own STIX types, among them its custom observables (pycti's CustomObservable*)
        u"hostname"_s,
        u"cryptocurrency-wallet"_s,
        u"text"_s,
        u"user-agent"_s,
        u"bank-account"_s,
        u"credential"_s,
        u"tracking-number"_s,
        u"phone-number"_s,
        u"payment-card"_s,
        u"media-content"_s,
        u"persona"_s,
        u"case-incident"_s,
        u"case-rfi"_s,
        u"case-rft"_s,
        u"feedback"_s,
        u"task"_s,
        u"channel"_s,
        u"event"_s,
        u"narrative"_s,
        u"data-component"_s,
        u"data-source"_s,
        u"label"_s,
        u"external-reference"_s,
        u"kill-chain-phase"_s,
    };
    return types.contains(type) || type.startsWith(u"x-"_s);
}

// Properties without which OpenCTI cannot create an object of the type.
QStringList requiredProperties(const QString &type)
{
    if (type == u"relationship")
        return {u"relationship_type"_s, u"source_ref"_s, u"target_ref"_s};
    if (type == u"sighting")
        return {u"sighting_of_ref"_s};
    if (type == u"indicator")
        return {u"pattern"_s, u"pattern_type"_s};
    if (type == u"note")
        return {u"content"_s, u"object_refs"_s};
    if (type == u"report" || type == u"grouping")
        return {u"name"_s, u"object_refs"_s};
    static const QSet<QString> named {u"incident"_s, u"identity"_s, u"attack-pattern"_s, u"malware"_s,
        u"tool"_s, u"campaign"_s, u"intrusion-set"_s, u"threat-actor"_s, u"vulnerability"_s,
        u"infrastructure"_s, u"course-of-action"_s};
    if (named.contains(type))
        return {u"name"_s};
    return {};
}

// "<type>--<UUID>"; *type receives the prefix.
bool isStixId(const QString &id, QString *type = nullptr)
{
    static const QRegularExpression re(u"^([a-z0-9]+(?:-[a-z0-9]+)*)--([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
                                       "[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"_s);
    const QRegularExpressionMatch m = re.match(id);
    if (m.hasMatch() && type)
        *type = m.captured(1);
    return m.hasMatch();
}

// Every *_ref and *_refs at any depth; values that are not ids go to *invalid.
void collectRefs(const QJsonObject &object, QStringList *refs, QStringList *invalid)
{
    const auto take = [&](const QString &key, const QJsonValue &value) {
        if (value.isString() && isStixId(value.toString()))
            refs->append(value.toString());
        else
            invalid->append(u"%1: %2"_s.arg(
                key, value.isString() ? u"\"%1\""_s.arg(value.toString().left(100)) : u"not a string"_s));
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (value.isNull())
            continue;
        if (key.endsWith(u"_ref")) {
            take(key, value);
        } else if (key.endsWith(u"_refs")) {
            if (!value.isArray()) {
                invalid->append(u"%1: not an array"_s.arg(key));
                continue;
            }
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                take(key, item);
        } else if (value.isObject()) {
            collectRefs(value.toObject(), refs, invalid);
        } else if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                if (item.isObject())
                    collectRefs(item.toObject(), refs, invalid);
        }
    }
}

// What is wrong with one bundle element apart from its references (empty: nothing); *refs gets them.
QString checkStixObject(const QJsonValue &value, QStringList *refs)
{
    if (!value.isObject())
        return u"Invalid STIX object: not a JSON object"_s;
    const QJsonObject object = value.toObject();
    const QJsonValue typeValue = object.value(u"type"_s);
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return u"Invalid STIX object: no \"type\""_s;
    const QString type = typeValue.toString();
    if (!isKnownStixType(type))
        return u"Invalid STIX object: unknown type \"%1\""_s.arg(type.left(100));
    const QString id = object.value(u"id"_s).toString();
    QString idType;
    if (!isStixId(id, &idType) || idType != type)
        return u"Invalid STIX object: id \"%1\" is not \"%2--<UUID>\""_s.arg(id.left(200), type);
    QStringList missing;
    const QStringList required = requiredProperties(type);
    for (const QString &property : required) {
        const QJsonValue v = object.value(property);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
            || (v.isArray() && v.toArray().isEmpty()))
            missing << property;
    }
    if (!missing.isEmpty())
        return u"Invalid STIX object: %1 %2 needs %3"_s.arg(type, id, missing.join(u", "_s));
    QStringList invalid;
    collectRefs(object, refs, &invalid);
    if (!invalid.isEmpty())
        return u"Invalid STIX object: %1 has references that are not STIX ids (%2)"_s.arg(
            id, invalid.join(u"; "_s));
    return {};
}

QJsonObject connectorToJson(const OpenCtiConnector &c, const QString &userId)
{
    return QJsonObject {
        {u"__typename"_s, u"Connector"_s},
        {u"id"_s, c.id},
        {u"standard_id"_s, QString(u"connector--"_s + c.id)},
        {u"entity_type"_s, u"Connector"_s},
        {u"parent_types"_s, QJsonArray {u"Basic-Object"_s, u"Internal-Object"_s}},
        {u"name"_s, c.name},
        {u"title"_s, c.name},
        {u"active"_s, true},
        {u"auto"_s, c.autoMode},
        {u"only_contextual"_s, c.onlyContextual},
        {u"playbook_compatible"_s, c.playbookCompatible},
        {u"connector_type"_s, c.type},
        {u"connector_scope"_s, c.scope},
        {u"connector_state"_s, c.state},
        {u"connector_state_timestamp"_s, QJsonValue::Null},
        {u"connector_state_reset"_s, false},
        {u"connector_user_id"_s, userId},
        {u"built_in"_s, false},
        {u"is_managed"_s, false},
        {u"created_at"_s, c.createdAt},
        {u"updated_at"_s, c.updatedAt},
    };
}

QJsonObject workToJson(const OpenCtiStore &store, const OpenCtiWork &w)
{
    const auto connector = store.connectors.constFind(w.connectorId);
    return QJsonObject {
        {u"__typename"_s, u"Work"_s},
        {u"id"_s, w.id},
        {u"name"_s, w.name},
        {u"status"_s, w.status},
        {u"timestamp"_s, w.timestamp},
        {u"event_source_id"_s, w.connectorId},
        {u"received_time"_s, orNull(w.receivedTime)},
        {u"processed_time"_s, orNull(w.processedTime)},
        {u"completed_time"_s, orNull(w.completedTime)},
        {u"completed_number"_s, w.completedNumber},
        {u"messages"_s, w.messages},
        {u"errors"_s, w.errors},
        {u"tracking"_s,
            QJsonObject {
                {u"__typename"_s, u"WorkTracking"_s},
                {u"import_expected_number"_s, w.expected},
                {u"import_processed_number"_s, w.processed},
                {u"import_last_processed"_s, orNull(w.lastProcessed)},
            }},
        {u"connector"_s,
            connector == store.connectors.cend()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(connectorToJson(*connector, store.me.value(u"id"_s).toString()))},
        {u"draft_context"_s, QJsonValue::Null},
    };
}

QJsonObject workMessage(const QString &timestamp, const QString &message, const QJsonValue &source = {})
{
    QJsonObject m {{u"__typename"_s, u"WorkMessage"_s}, {u"timestamp"_s, timestamp}, {u"message"_s, message},
        {u"sequence"_s, QJsonValue::Null}, {u"source"_s, QJsonValue::Null}};
    if (source.isString())
        m.insert(u"source"_s, source);
    return m;
}

// STIX 2.1's TLP marking definitions (fixed ids): present on every platform.
QList<QJsonObject> tlpMarkings()
{
    const auto tlp = [](const char *uuid, const char *level, const char *created) {
        const QString name = QString::fromLatin1(level);
        return QJsonObject {
            {u"type"_s, u"marking-definition"_s},
            {u"spec_version"_s, u"2.1"_s},
            {u"id"_s, QString(u"marking-definition--"_s + QString::fromLatin1(uuid))},
            {u"created"_s, QString::fromLatin1(created)},
            {u"definition_type"_s, u"tlp"_s},
            {u"name"_s, QString(u"TLP:"_s + name.toUpper())},
            {u"definition"_s, QJsonObject {{u"tlp"_s, name}}},
        };
    };
    return {
        tlp("613f2e26-407d-48c7-9eca-b8e91df99dc9", "white", "2017-01-20T00:00:00.000Z"),
        tlp("34098fce-860f-48ae-8e50-ebd3cc5e41da", "green", "2017-01-20T00:00:00.000Z"),
        tlp("f88d31f6-486f-44da-b317-01333bde0b82", "amber", "2017-01-20T00:00:00.000Z"),
        tlp("5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "red", "2017-01-20T00:00:00.000Z"),
    };
}

} // namespace

// -------------------------------------------------------------------------------------------------

QString OpenCtiSim::Request::label() const
{
    if (!operationName.isEmpty())
        return operationName;
    QStringList names;
    for (const Field &field : fields)
        names << field.name;
    return names.join(u'+');
}

QByteArray OpenCtiSim::errorBody(const QString &message, const QString &code)
{
    return QJsonDocument(
        QJsonObject {{u"errors"_s, QJsonArray {graphQlError(message, code)}}, {u"data"_s, QJsonValue::Null}})
        .toJson(QJsonDocument::Compact);
}

OpenCtiSim::OpenCtiSim(const QString &token, int ingestDelayMs)
    : m_token(token)
    , m_ingestDelayMs(std::max(0, ingestDelayMs))
{
    m_store.me = QJsonObject {
        {u"__typename"_s, u"MeUser"_s},
        {u"id"_s, u"88ec0c6a-13ce-5e39-b486-354fe4a7084f"_s},
        {u"entity_type"_s, u"User"_s},
        {u"name"_s, u"admin"_s},
        {u"user_email"_s, u"admin@opencti.io"_s},
        {u"firstname"_s, u"Admin"_s},
        {u"lastname"_s, u"OpenCTI"_s},
        {u"language"_s, u"auto"_s},
        {u"theme"_s, u"default"_s},
    };
    m_store.about = QJsonObject {
        {u"__typename"_s, u"AppInfo"_s},
        {u"version"_s, QString::fromLatin1(Version)},
    };

    // Query fields. Each answers the whole object; select() keeps what the document asks for.
    m_query.insert(u"me"_s, [this](const Field &) { return Result {m_store.me, {}, {}}; });
    m_query.insert(u"about"_s, [this](const Field &) { return Result {m_store.about, {}, {}}; });
    m_query.insert(u"work"_s, [this](const Field &f) { return work(f); });
    m_query.insert(u"incident"_s, [this](const Field &f) { return incident(f); });
    m_mutation.insert(u"registerConnector"_s, [this](const Field &f) { return registerConnector(f); });
    m_mutation.insert(u"workAdd"_s, [this](const Field &f) { return workAdd(f); });
    m_mutation.insert(u"stixBundlePush"_s, [this](const Field &f) { return stixBundlePush(f); });
    m_mutation.insert(u"workEdit"_s, [this](const Field &f) { return workEdit(f); });

    m_ingestTimer.setSingleShot(true);
    m_ingestTimer.setInterval(m_ingestDelayMs);
    QObject::connect(&m_ingestTimer, &QTimer::timeout, &m_ingestTimer, [this] { ingestNext(); });
    seedBuiltIns();
}

OpenCtiSim::Request OpenCtiSim::parseRequest(const QByteArray &body)
{
    Request request;
    const auto invalid = [&request](int status, const QString &message, const QString &code) {
        request.errorStatus = status;
        request.errorBody = errorBody(message, code);
        return request;
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(400, u"POST body is not a JSON object: send {\"query\": ..., \"variables\": {...}}"_s,
            u"BAD_REQUEST"_s);
    const QJsonObject root = doc.object();
    const QString document = root.value(u"query"_s).toString();
    if (document.trimmed().isEmpty())
        return invalid(400, u"GraphQL operations must contain a non-empty `query`."_s, u"BAD_REQUEST"_s);
    const QJsonValue variablesValue = root.value(u"variables"_s);
    if (!variablesValue.isUndefined() && !variablesValue.isNull() && !variablesValue.isObject())
        return invalid(400, u"`variables` in a POST body should be an object."_s, u"BAD_REQUEST"_s);
    const QJsonObject variables = variablesValue.toObject();
    const QString wantedName = root.value(u"operationName"_s).toString();

    QString error;
    Lexer lexer(document);
    const auto tokens = lexer.tokenize(&error);
    if (!tokens)
        return invalid(400, error, u"GRAPHQL_PARSE_FAILED"_s);
    Parser parser(*tokens, &error);
    QList<Operation> operations;
    if (!parser.parseDocument(&operations))
        return invalid(400, error, u"GRAPHQL_PARSE_FAILED"_s);

    const Operation *chosen = nullptr;
    if (!wantedName.isEmpty()) {
        for (const Operation &op : std::as_const(operations))
            if (op.name == wantedName)
                chosen = &op;
        if (!chosen)
            return invalid(400, u"Unknown operation named \"%1\"."_s.arg(wantedName), u"BAD_REQUEST"_s);
    } else if (operations.size() == 1) {
        chosen = &operations.first();
    } else {
        return invalid(
            400, u"Must provide operation name if query contains multiple operations."_s, u"BAD_REQUEST"_s);
    }
    QJsonObject effective = chosen->variableDefaults;
    for (auto it = variables.begin(); it != variables.end(); ++it)
        effective.insert(it.key(), it.value());
    request.operationType = chosen->type;
    request.operationName = chosen->name;
    if (!parser.parseSelectionSetAt(chosen->selectionToken, effective, &request.fields))
        return invalid(400, error, u"GRAPHQL_PARSE_FAILED"_s);

    // What OpenCTI's graphql-no-alias rule enforces: each Mutation field once, each Query field twice.
    QHash<QString, int> uses;
    for (const Field &field : std::as_const(request.fields))
        ++uses[field.name];
    const int allowed = request.operationType == u"mutation" ? 1 : 2;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > allowed)
            return invalid(400,
                u"Field \"%1\" is used %2 times in one document; the server allows it %3 time(s)."_s
                    .arg(it.key())
                    .arg(it.value())
                    .arg(allowed),
                u"GRAPHQL_VALIDATION_FAILED"_s);
    }
    return request;
}

SimReply OpenCtiSim::execute(const Request &request, const QByteArray &authorization)
{
    if (!request.isValid())
        return SimReply {request.errorStatus, request.errorBody};

    // "Authorization: Bearer <token>", scheme compared case-insensitively.
    const QByteArray header = authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    const bool bearer = space > 0 && header.left(space).compare("Bearer", Qt::CaseInsensitive) == 0;
    const QString value = bearer ? QString::fromUtf8(header.mid(space + 1).trimmed()) : QString();
    if (value.isEmpty() || value != m_token)
        return errorReply(200, u"You must be logged in"_s, u"AUTH_REQUIRED"_s);

    const QHash<QString, Resolver> *resolvers = nullptr;
    QString typeName;
    if (request.operationType == u"query") {
        resolvers = &m_query;
        typeName = u"Query"_s;
    } else if (request.operationType == u"mutation") {
        resolvers = &m_mutation;
        typeName = u"Mutation"_s;
    } else {
        return errorReply(200,
            u"%1 operations are not supported by the simulator"_s.arg(request.operationType),
            u"UNSUPPORTED_BY_SIMULATOR"_s);
    }

    QJsonObject data;
    QJsonArray errors;
    for (const Field &field : request.fields) {
        if (field.name == u"__typename") {
            data.insert(field.alias, typeName);
            continue;
        }
        const auto resolver = resolvers->constFind(field.name);
        if (resolver == resolvers->cend()) {
            QJsonObject e
                = graphQlError(u"%1.%2 is not supported by the simulator"_s.arg(typeName, field.name),
                    u"UNSUPPORTED_BY_SIMULATOR"_s);
            e.insert(u"path"_s, QJsonArray {field.alias});
            errors.append(e);
            data.insert(field.alias, QJsonValue::Null);
            continue;
        }
        const Result result = (*resolver)(field);
        if (!result.error.isEmpty()) {
            QJsonObject e
                = graphQlError(result.error, result.code.isEmpty() ? u"FUNCTIONAL_ERROR"_s : result.code);
            e.insert(u"path"_s, QJsonArray {field.alias});
            errors.append(e);
            data.insert(field.alias, QJsonValue::Null);
            continue;
        }
        data.insert(
            field.alias, select(result.value, field.selections, typeName + u'.' + field.name, &errors));
    }
    QJsonObject answer {{u"data"_s, data}};
    if (!errors.isEmpty())
        answer.insert(u"errors"_s, errors);
    return SimReply {200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
}

QJsonValue OpenCtiSim::select(
    const QJsonValue &value, const QList<Field> &selections, const QString &path, QJsonArray *errors) const
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            out.append(select(item, selections, path, errors));
        return out;
    }
    if (!value.isObject()) {
        if (!selections.isEmpty() && !value.isNull())
            errors->append(
                graphQlError(u"Field \"%1\" must not have a selection since it is a scalar."_s.arg(path),
                    u"GRAPHQL_VALIDATION_FAILED"_s));
        return value;
    }
    const QJsonObject object = value.toObject();
    const QString typeName = object.value(u"__typename"_s).toString(path);
    if (selections.isEmpty()) {
        errors->append(graphQlError(
            u"Field \"%1\" of type \"%2\" must have a selection of subfields."_s.arg(path, typeName),
            u"GRAPHQL_VALIDATION_FAILED"_s));
        return QJsonValue::Null;
    }
    QJsonObject out;
    for (const Field &field : selections) {
        if (!object.contains(field.name)) {
            errors->append(
                graphQlError(u"%1.%2 is not supported by the simulator"_s.arg(typeName, field.name),
                    u"UNSUPPORTED_BY_SIMULATOR"_s));
            out.insert(field.alias, QJsonValue::Null);
            continue;
        }
        out.insert(field.alias,
            select(object.value(field.name), field.selections, typeName + u'.' + field.name, errors));
    }
    return out;
}

// -------------------------------------------------------------------------------------------------
// The store.

OpenCtiWork *OpenCtiStore::work(const QString &id)
{
    for (OpenCtiWork &w : works)
        if (w.id == id)
            return &w;
    return nullptr;
}

const OpenCtiWork *OpenCtiStore::work(const QString &id) const
{
    for (const OpenCtiWork &w : works)
        if (w.id == id)
            return &w;
    return nullptr;
}

const OpenCtiObject *OpenCtiStore::findObject(const QString &anyId) const
{
    if (anyId.isEmpty())
        return nullptr;
    const auto it = objects.constFind(anyId);
    if (it != objects.cend())
        return &*it;
    for (const OpenCtiObject &o : objects) {
        if (o.internalId == anyId
            || o.stix.value(u"x_opencti_stix_ids"_s).toArray().contains(QJsonValue(anyId)))
            return &o;
    }
    return nullptr;
}

QJsonArray OpenCtiStore::objectsJson(const QString &type, bool meta) const
{
    QJsonArray out;
    for (const QString &id : objectOrder) {
        const auto it = objects.constFind(id);
        if (it == objects.cend() || it->builtIn)
            continue;
        const QString objectType = it->stix.value(u"type"_s).toString();
        if (!type.isEmpty() && objectType != type)
            continue;
        if (!meta) {
            out.append(it->stix);
            continue;
        }
        out.append(QJsonObject {
            {u"id"_s, id},
            {u"type"_s, objectType},
            {u"version"_s, it->version},
            {u"ingestions"_s, it->ingestions},
            {u"internal_id"_s, it->internalId},
            {u"created_at"_s, it->createdAt},
            {u"updated_at"_s, it->updatedAt},
            {u"work_id"_s, orNull(it->workId)},
            {u"object"_s, it->stix},
        });
    }
    return out;
}

QJsonArray OpenCtiStore::worksJson() const
{
    QJsonArray out;
    const auto untyped = [](QJsonArray messages) {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            QJsonObject m = messages.at(i).toObject();
            m.remove(u"__typename"_s);
            messages.replace(i, m);
        }
        return messages;
    };
    for (const OpenCtiWork &w : works) {
        QJsonObject o = workToJson(*this, w);
        o.remove(u"__typename"_s);
        o.remove(u"connector"_s);
        QJsonObject tracking = o.value(u"tracking"_s).toObject();
        tracking.remove(u"__typename"_s);
        o.insert(u"tracking"_s, tracking);
        o.insert(u"messages"_s, untyped(w.messages));
        o.insert(u"errors"_s, untyped(w.errors));
        o.insert(u"connector_id"_s, w.connectorId);
        out.append(o);
    }
    return out;
}

// -------------------------------------------------------------------------------------------------
// Connectors, works and ingestion.

void OpenCtiSim::seedBuiltIns()
{
    const QString now = nowIso();
    const QList<QJsonObject> markings = tlpMarkings();
    for (const QJsonObject &marking : markings) {
        const QString id = marking.value(u"id"_s).toString();
        OpenCtiObject o;
        o.stix = marking;
        o.internalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.createdAt = now;
        o.updatedAt = now;
        o.builtIn = true;
        o.ingestions = 0;
        m_store.objects.insert(id, o);
        m_store.objectOrder.append(id);
    }
}

void OpenCtiSim::setIngestDelayMs(int ms)
{
    m_ingestDelayMs = std::max(0, ms);
    m_ingestTimer.setInterval(m_ingestDelayMs);
}

void OpenCtiSim::reset()
{
    m_ingestTimer.stop();
    m_queue.clear();
    m_store.connectors.clear();
    m_store.works.clear();
    m_store.objects.clear();
    m_store.objectOrder.clear();
    seedBuiltIns();
}

OpenCtiWork &OpenCtiSim::createWork(const OpenCtiConnector &connector, const QJsonValue &name, bool received)
{
    // OpenCTI: "work_<connector id>_<timestamp>"; one millisecond later when that exists already.
    QDateTime when = QDateTime::currentDateTimeUtc();
    QString id;
    do {
        id = u"work_%1_%2"_s.arg(connector.id, when.toString(Qt::ISODateWithMs));
        when = when.addMSecs(1);
    } while (m_store.work(id));
    OpenCtiWork w;
    w.id = id;
    w.name = name.isString() ? name : QJsonValue(QJsonValue::Null);
    w.connectorId = connector.id;
    w.timestamp = nowIso();
    w.updatedAt = w.timestamp;
    if (received) {
        w.status = u"progress"_s;
        w.receivedTime = w.timestamp;
    }
    m_store.works.append(w);
    return m_store.works.last();
}

void OpenCtiSim::completeIfDone(OpenCtiWork &work, const QString &now)
{
    // reportExpectation: complete once every expected element was processed (a work opened with
    // workAdd is not multi-part, so toProcessed is not needed for that).
    if (work.status == u"complete" || work.pendingBundles > 0 || work.expected == 0
        || work.processed < work.expected)
        return;
    work.status = u"complete"_s;
    work.completedNumber = work.processed;
    work.completedTime = now;
}

void OpenCtiSim::scheduleIngestion()
{
    if (!m_queue.isEmpty() && !m_ingestTimer.isActive())
        m_ingestTimer.start(m_ingestDelayMs);
}

void OpenCtiSim::ingestNext()
{
    if (m_queue.isEmpty())
        return;
    const PendingBundle bundle = m_queue.takeFirst();
    const QString now = nowIso();

    struct Element
    {
        QJsonValue value;
        QString id;
        QStringList refs;
        QString error;
    };
    QList<Element> elements;
    elements.reserve(bundle.objects.size());
    for (const QJsonValue &value : bundle.objects) {
        Element e;
        e.value = value;
        e.error = checkStixObject(value, &e.refs);
        if (e.error.isEmpty())
            e.id = value.toObject().value(u"id"_s).toString();
        elements.append(e);
    }
    // References: to an object stored already, or to one of this bundle that is accepted itself
    // (in any order, as the workers sort a bundle's dependencies). Rejecting one object can orphan
    // others, so repeat until nothing changes.
    bool changed = true;
    while (changed) {
        changed = false;
        QSet<QString> accepted;
        for (const Element &e : std::as_const(elements))
            if (e.error.isEmpty())
                accepted.insert(e.id);
        for (Element &e : elements) {
            if (!e.error.isEmpty())
                continue;
            QStringList missing;
            for (const QString &ref : std::as_const(e.refs))
                if (!accepted.contains(ref) && !m_store.findObject(ref) && !missing.contains(ref))
                    missing << ref;
            if (!missing.isEmpty()) {
                e.error = u"MISSING_REFERENCE_ERROR: Element(s) not found: %1 (referenced by %2)"_s.arg(
                    missing.join(u", "_s), e.id);
                changed = true;
            }
        }
    }

    OpenCtiWork *work = m_store.work(bundle.workId);
    for (const Element &e : std::as_const(elements)) {
        if (!e.error.isEmpty()) {
            if (work && work->errors.size() < 100) { // OpenCTI keeps at most 100 errors per work
                const QString source = e.value.isObject()
                    ? compactJson(e.value.toObject())
                    : QString::fromUtf8(QJsonDocument(QJsonArray {e.value}).toJson(QJsonDocument::Compact));
                work->errors.append(workMessage(now, e.error, source.left(50000)));
            }
            continue;
        }
        const QJsonObject object = e.value.toObject();
        auto it = m_store.objects.find(e.id);
        if (it == m_store.objects.end()) {
            OpenCtiObject o;
            o.stix = object;
            o.internalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            o.createdAt = now;
            o.updatedAt = now;
            o.workId = bundle.workId;
            m_store.objects.insert(e.id, o);
            m_store.objectOrder.append(e.id);
        } else {
            ++it->ingestions;
            it->workId = bundle.workId;
            it->builtIn = false; // pushed: listed from now on
            if (it->stix != object) {
                it->stix = object;
                ++it->version;
                it->updatedAt = now;
            }
        }
    }
    if (work) {
        work->processed += int(elements.size());
        work->lastProcessed = now;
        work->updatedAt = now;
        work->pendingBundles = std::max(0, work->pendingBundles - 1);
        completeIfDone(*work, now);
    }
    scheduleIngestion();
}

// -------------------------------------------------------------------------------------------------
// Resolvers.

OpenCtiSim::Result OpenCtiSim::registerConnector(const Field &field)
{
    const auto bad = [](const QString &message) {
        return Result {{}, u"registerConnector: %1"_s.arg(message), u"BAD_USER_INPUT"_s};
    };
    const QJsonValue inputValue = field.arguments.value(u"input"_s);
    if (!inputValue.isObject())
        return bad(u"input (RegisterConnectorInput) is required"_s);
    const QJsonObject input = inputValue.toObject();
    const QString id = input.value(u"id"_s).toString();
    if (QUuid::fromString(id).isNull() || id.size() != 36)
        return bad(u"input.id must be a UUID (\"%1\")"_s.arg(id.left(100)));
    const QString name = input.value(u"name"_s).toString();
    if (name.trimmed().size() < 2)
        return bad(u"input.name must have at least 2 characters and not be blank"_s);
    static const QStringList types {u"EXTERNAL_IMPORT"_s, u"INTERNAL_IMPORT_FILE"_s, u"INTERNAL_ENRICHMENT"_s,
        u"INTERNAL_ANALYSIS"_s, u"INTERNAL_EXPORT_FILE"_s, u"STREAM"_s};
    const QString type = input.value(u"type"_s).toString();
    if (!types.contains(type))
        return bad(u"input.type must be one of %1 (\"%2\")"_s.arg(types.join(u", "_s), type.left(100)));
    const QJsonValue scope = input.value(u"scope"_s);
    if (!scope.isUndefined() && !scope.isNull()) {
        bool ok = scope.isArray();
        const QJsonArray items = scope.toArray();
        for (const QJsonValue &item : items)
            ok = ok && item.isString();
        if (!ok)
            return bad(u"input.scope must be a list of strings"_s);
    }

    const QString now = nowIso();
    auto it = m_store.connectors.find(id);
    if (it == m_store.connectors.end()) {
        OpenCtiConnector c;
        c.id = id;
        c.createdAt = now;
        it = m_store.connectors.insert(id, c);
    }
    it->name = name;
    it->type = type;
    it->scope = scope.toArray();
    it->autoMode = input.value(u"auto"_s).toBool();
    it->onlyContextual = input.value(u"only_contextual"_s).toBool();
    it->playbookCompatible = input.value(u"playbook_compatible"_s).toBool();
    it->updatedAt = now;
    return Result {connectorToJson(*it, m_store.me.value(u"id"_s).toString()), {}, {}};
}

OpenCtiSim::Result OpenCtiSim::workAdd(const Field &field)
{
    const QString connectorId = field.arguments.value(u"connectorId"_s).toString();
    const auto connector = m_store.connectors.constFind(connectorId);
    if (connector == m_store.connectors.cend())
        return Result {{},
            u"workAdd: no connector with id \"%1\" is registered (registerConnector first)"_s.arg(
                connectorId.left(100)),
            u"FUNCTIONAL_ERROR"_s};
    const OpenCtiWork &w = createWork(*connector, field.arguments.value(u"friendlyName"_s), false);
    return Result {workToJson(m_store, w), {}, {}};
}

OpenCtiSim::Result OpenCtiSim::stixBundlePush(const Field &field)
{
    // OpenCTI answers every refusal as UnsupportedError "Invalid bundle" (the cause in its data);
    // the simulator puts the cause in the message.
    const auto invalid = [](const QString &why) {
        return Result {{}, u"Invalid bundle: %1"_s.arg(why), u"UNSUPPORTED_ERROR"_s};
    };
    const QJsonValue bundleValue = field.arguments.value(u"bundle"_s);
    if (!bundleValue.isString())
        return invalid(u"bundle must be a string holding the bundle's JSON"_s);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bundleValue.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(parseError.error != QJsonParseError::NoError
                ? u"not JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"not a JSON object"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"type"_s).toString() != u"bundle")
        return invalid(u"type must be \"bundle\""_s);
    const QJsonArray objects = root.value(u"objects"_s).toArray();
    if (objects.isEmpty())
        return invalid(u"objects must be a non-empty array"_s);
    const QString connectorId = field.arguments.value(u"connectorId"_s).toString();
    const auto connector = m_store.connectors.constFind(connectorId);
    if (connector == m_store.connectors.cend())
        return invalid(u"no connector with id \"%1\" is registered (registerConnector first)"_s.arg(
            connectorId.left(100)));

    QString workId = field.arguments.value(u"work_id"_s).toString();
    if (workId.isEmpty()) // as OpenCTI: a work of its own, already received
        workId = createWork(*connector, u"%1 run @ %2"_s.arg(connector->name, nowIso()), true).id;
    // An unknown work_id is accepted: OpenCTI ingests the bundle and its work updates go nowhere.
    if (OpenCtiWork *w = m_store.work(workId)) {
        w->expected += int(objects.size());
        ++w->pendingBundles;
        w->status = u"progress"_s;
        if (w->receivedTime.isEmpty())
            w->receivedTime = nowIso();
        w->updatedAt = nowIso();
    }
    m_queue.append(PendingBundle {workId, objects});
    scheduleIngestion();
    return Result {true, {}, {}};
}

OpenCtiSim::Result OpenCtiSim::work(const Field &field)
{
    const OpenCtiWork *w = m_store.work(field.arguments.value(u"id"_s).toString());
    return Result {w ? QJsonValue(workToJson(m_store, *w)) : QJsonValue(QJsonValue::Null), {}, {}};
}

OpenCtiSim::Result OpenCtiSim::workEdit(const Field &field)
{
    // The sub-fields are the mutations; each answers the work id. As OpenCTI does, an unknown work
    // changes nothing and still answers its id.
    const QString id = field.arguments.value(u"id"_s).toString();
    QJsonObject out {{u"__typename"_s, u"WorkEditMutations"_s}};
    for (const Field &edit : field.selections) {
        if (edit.name == u"__typename")
            continue;
        OpenCtiWork *w = m_store.work(id);
        const QString now = nowIso();
        const QJsonObject &args = edit.arguments;
        const QString message = args.value(u"message"_s).toString();
        if (edit.name == u"toProcessed") {
            if (w) {
                w->processedTime = now;
                w->updatedAt = now;
                if (w->pendingBundles == 0 && w->processed >= w->expected) {
                    w->status = u"complete"_s;
                    w->completedNumber = w->processed > 0 ? w->processed : 1;
                    w->expected = w->completedNumber;
                    w->completedTime = now;
                }
                if (!message.isEmpty()) {
                    if (args.value(u"inError"_s).toBool())
                        w->errors.append(workMessage(now, message));
                    else
                        w->messages.append(workMessage(now, message));
                }
            }
        } else if (edit.name == u"toReceived") {
            if (w) {
                w->status = w->status == u"complete" ? w->status : u"progress"_s;
                w->receivedTime = now;
                w->updatedAt = now;
                if (!message.isEmpty())
                    w->messages.append(workMessage(now, message));
            }
        } else if (edit.name == u"addExpectations") {
            if (w) {
                w->expected += args.value(u"expectations"_s).toInt();
                w->updatedAt = now;
            }
        } else if (edit.name == u"reportExpectation") {
            if (w) {
                ++w->processed;
                w->lastProcessed = now;
                const QJsonObject error = args.value(u"error"_s).toObject();
                if (!error.isEmpty())
                    w->errors.append(
                        workMessage(now, error.value(u"error"_s).toString(), error.value(u"source"_s)));
                completeIfDone(*w, now);
            }
        } else if (edit.name == u"ping") {
            if (w)
                w->updatedAt = now;
        } else if (edit.name == u"delete") {
            m_store.works.removeIf([&id](const OpenCtiWork &x) { return x.id == id; });
        } else {
            continue; // select() reports it as unsupported
        }
        out.insert(edit.name, id);
    }
    return Result {out, {}, {}};
}

OpenCtiSim::Result OpenCtiSim::incident(const Field &field)
{
    const OpenCtiObject *o = m_store.findObject(field.arguments.value(u"id"_s).toString());
    if (!o || o->stix.value(u"type"_s).toString() != u"incident")
        return Result {QJsonValue::Null, {}, {}};
    const QJsonObject &x = o->stix;
    const auto value = [&x](const char *key) {
        const QJsonValue v = x.value(QLatin1String(key));
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    QJsonArray labels;
    const QJsonArray labelValues = x.value(u"labels"_s).toArray();
    for (const QJsonValue &label : labelValues)
        labels.append(QJsonObject {{u"__typename"_s, u"Label"_s},
            {u"id"_s, QUuid::createUuidV5(QUuid(), label.toString()).toString(QUuid::WithoutBraces)},
            {u"value"_s, label}, {u"color"_s, u"#ff9800"_s}});
    QJsonArray markings;
    const QJsonArray markingRefs = x.value(u"object_marking_refs"_s).toArray();
    for (const QJsonValue &ref : markingRefs) {
        if (const OpenCtiObject *m = m_store.findObject(ref.toString()))
            markings.append(QJsonObject {{u"__typename"_s, u"MarkingDefinition"_s}, {u"id"_s, m->internalId},
                {u"standard_id"_s, ref}, {u"entity_type"_s, u"Marking-Definition"_s},
                {u"definition_type"_s, m->stix.value(u"definition_type"_s).toString(u"statement"_s)},
                {u"definition"_s, m->stix.value(u"name"_s)}});
    }
    QJsonValue createdBy = QJsonValue::Null;
    if (const OpenCtiObject *author = m_store.findObject(x.value(u"created_by_ref"_s).toString()))
        createdBy = QJsonObject {
            {u"__typename"_s,
                author->stix.value(u"identity_class"_s).toString() == u"organization" ? u"Organization"_s
                                                                                      : u"Individual"_s},
            {u"id"_s, author->internalId}, {u"standard_id"_s, author->stix.value(u"id"_s)},
            {u"entity_type"_s, u"Identity"_s}, {u"name"_s, author->stix.value(u"name"_s)}};
    QJsonArray stixIds = x.value(u"x_opencti_stix_ids"_s).toArray();
    return Result {QJsonObject {
                       {u"__typename"_s, u"Incident"_s},
                       {u"id"_s, o->internalId},
                       {u"standard_id"_s, x.value(u"id"_s)},
                       {u"entity_type"_s, u"Incident"_s},
                       {u"parent_types"_s,
                           QJsonArray {u"Basic-Object"_s, u"Stix-Object"_s, u"Stix-Core-Object"_s,
                               u"Stix-Domain-Object"_s}},
                       {u"spec_version"_s, x.value(u"spec_version"_s).toString(u"2.1"_s)},
                       {u"x_opencti_stix_ids"_s, stixIds},
                       {u"is_inferred"_s, false},
                       {u"name"_s, value("name")},
                       {u"description"_s, value("description")},
                       {u"created"_s, value("created")},
                       {u"modified"_s, value("modified")},
                       {u"created_at"_s, o->createdAt},
                       {u"updated_at"_s, o->updatedAt},
                       {u"revoked"_s, x.value(u"revoked"_s).toBool()},
                       {u"confidence"_s, value("confidence")},
                       {u"lang"_s, value("lang")},
                       {u"aliases"_s, value("aliases")},
                       {u"first_seen"_s, value("first_seen")},
                       {u"last_seen"_s, value("last_seen")},
                       {u"objective"_s, value("objective")},
                       {u"incident_type"_s, value("incident_type")},
                       {u"severity"_s, value("severity")},
                       {u"source"_s, value("source")},
                       {u"objectLabel"_s, labels},
                       {u"objectMarking"_s, markings},
                       {u"createdBy"_s, createdBy},
                   },
        {}, {}};
}

} // namespace s1sim
