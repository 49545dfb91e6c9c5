// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiGraphQl.h"

#include "OpenCtiSim.h"

#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace

namespace opencti {

QJsonObject graphQlError(const QString &message, const QString &code)
{
    return QJsonObject {{u"message"_s, message}, {u"extensions"_s, QJsonObject {{u"code"_s, code}}}};
}

SimReply errorReply(int status, const QString &message, const QString &code)
{
    return SimReply {status, OpenCtiSim::errorBody(message, code)};
}

} // namespace opencti

using namespace opencti;

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

} // namespace s1sim
