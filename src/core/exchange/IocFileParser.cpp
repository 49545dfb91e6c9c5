// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocFileParser.h"

#include "exchange/IocNormalizer.h"
#include "exchange/StixPattern.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace exchange {

namespace {

constexpr qsizetype kHeadBytes = 64 * 1024;
constexpr int kTextChars = 200;

// The lines of a byte array or a device, one at a time, without their line ends; a UTF-8 byte
// order mark at the start is dropped.
class LineReader
{
public:
    explicit LineReader(const QByteArray &bytes)
        : m_bytes(&bytes)
    { }
    explicit LineReader(QIODevice *device)
        : m_device(device)
    { }

    bool next(QString &line)
    {
        QByteArrayView view;
        if (m_bytes) {
            if (m_pos >= m_bytes->size())
                return false;
            const qsizetype nl = m_bytes->indexOf('\n', m_pos);
            const qsizetype end = nl < 0 ? m_bytes->size() : nl;
            view = QByteArrayView(m_bytes->constData() + m_pos, end - m_pos);
            m_pos = end + 1;
        } else {
            if (!m_device || m_device->atEnd())
                return false;
            // Into one reused buffer, grown for long lines: no allocation per line.
            if (m_buffer.size() < 4096)
                m_buffer.resize(4096);
            qsizetype length = 0;
            while (true) {
                const qint64 got = m_device->readLine(m_buffer.data() + length, m_buffer.size() - length);
                if (got <= 0)
                    break;
                length += got;
                if (m_buffer[length - 1] == '\n' || m_device->atEnd())
                    break;
                m_buffer.resize(m_buffer.size() * 2);
            }
            if (length == 0)
                return false;
            view = QByteArrayView(m_buffer.constData(), length);
            if (view.endsWith('\n'))
                view.chop(1);
        }
        if (view.endsWith('\r'))
            view.chop(1);
        if (m_number == 0 && view.startsWith("\xEF\xBB\xBF"))
            view = view.sliced(3);
        decode(view, line);
        ++m_number;
        return true;
    }
    qint64 number() const { return m_number; }

    // UTF-8 into `line`, reusing its storage when the bytes are ASCII (nearly always).
    static void decode(QByteArrayView bytes, QString &line)
    {
        for (char c : bytes) {
            if (static_cast<unsigned char>(c) > 0x7f) {
                line = QString::fromUtf8(bytes);
                return;
            }
        }
        line.resize(bytes.size());
        char16_t *out = reinterpret_cast<char16_t *>(line.data());
        for (char c : bytes)
            *out++ = static_cast<char16_t>(c);
    }

private:
    const QByteArray *m_bytes = nullptr;
    QIODevice *m_device = nullptr;
    qsizetype m_pos = 0;
    QByteArray m_buffer;
    qint64 m_number = 0;
};

// Gathers accepted values (merging duplicates), refused lines and warnings.
class Collector
{
public:
    IocParseResult result;

    void accept(Ioc &&ioc)
    {
        QHash<QString, qsizetype> &seen = m_seen[static_cast<int>(ioc.type)];
        const auto it = seen.constFind(ioc.value);
        if (it != seen.constEnd()) {
            result.iocs[*it].mergeFrom(ioc);
            ++result.duplicateCount;
            return;
        }
        seen.insert(ioc.value, result.iocs.size());
        result.iocs.append(std::move(ioc));
    }
    void reject(qint64 line, QStringView text, const QString &reason)
    {
        result.rejected.append({line, IocNormalizer::printable(text, kTextChars), reason});
    }
    void warn(qint64 line, QStringView text, const QString &warning)
    {
        if (warning.isEmpty())
            return;
        ++result.warningCount;
        if (result.warnings.size() < IocParseResult::maxWarnings)
            result.warnings.append({line, IocNormalizer::printable(text, kTextChars), warning});
    }

private:
    QHash<QString, qsizetype> m_seen[7];
};

bool isComment(QStringView t)
{
    return t.startsWith(u'#') || t.startsWith(u';') || t.startsWith(QLatin1String("//"));
}

QChar guessDelimiter(QStringView header)
{
    const qsizetype commas = header.count(u',');
    const qsizetype semicolons = header.count(u';');
    const qsizetype tabs = header.count(u'\t');
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

enum class Role {
    Ignored,
    Value,
    Type,
    Description,
    ValidUntil,
    Severity,
    Score,
    Labels,
    FirstSeen,
    LastSeen,
    Link,
    Name
};

// How the type of a value column's cells is found.
struct ValueHint
{
    std::optional<IocType> type; // a fixed type
    bool anyIp = false; // IPv4 or IPv6, by the value
};

struct Column
{
    Role role = Role::Ignored;
    ValueHint hint;
};

// A lookup built from rows of space-separated names.
template<typename T> QHash<QString, T> nameTable(std::initializer_list<std::pair<const char *, T>> rows)
{
    QHash<QString, T> table;
    for (const auto &[names, value] : rows) {
        for (const QString &name : QString::fromLatin1(names).split(u' ', Qt::SkipEmptyParts))
            table.insert(name, value);
    }
    return table;
}

// A type named in a feed (SentinelOne's names, STIX's, abuse.ch's, MISP's and OTX's).
std::optional<ValueHint> typeFromFeedName(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty())
        return ValueHint {};
    if (const auto type = iocTypeFromName(t))
        return ValueHint {type, false};
    static const QHash<QString, ValueHint> names = nameTable<ValueHint>({
        {"sha256_hash sha-256 filehash-sha256", {IocType::Sha256, false}},
        {"sha1_hash sha-1 filehash-sha1", {IocType::Sha1, false}},
        {"md5_hash filehash-md5", {IocType::Md5, false}},
        {"uri", {IocType::Url, false}},
        {"domain hostname fqdn domain-name domain_name", {IocType::Dns, false}},
        {"ipv4-addr", {IocType::Ipv4, false}},
        {"ipv6-addr", {IocType::Ipv6, false}},
        {"ip ip:port ip_address ipaddress ip-dst ip-src", {std::nullopt, true}},
    });
    const auto it = names.constFind(t);
    if (it != names.constEnd())
        return *it;
    return std::nullopt;
}

Column columnFor(QStringView header)
{
    QString h = header.trimmed().toString().toLower();
    h.replace(u' ', u'_');
    h.replace(u'-', u'_');
    static const QHash<QString, Role> roles = nameTable<Role>({
        {"value ioc_value ioc indicator observable", Role::Value},
        {"type ioc_type indicator_type", Role::Type},
        {"description comment comments malware_printable", Role::Description},
        {"valid_until validuntil expires expiration", Role::ValidUntil},
        {"severity", Role::Severity},
        {"score confidence confidence_level", Role::Score},
        {"labels label tags tag threat threat_type", Role::Labels},
        {"first_seen first_seen_utc firstseen dateadded created", Role::FirstSeen},
        {"last_seen last_seen_utc lastseen last_online updated", Role::LastSeen},
        {"link urlhaus_link reference", Role::Link},
        {"name", Role::Name},
    });
    const auto it = roles.constFind(h);
    if (it != roles.constEnd())
        return Column {*it, {}};
    // Columns whose name says the type of their values.
    static const QHash<QString, ValueHint> typed = nameTable<ValueHint>({
        {"url", {IocType::Url, false}},
        {"domain hostname fqdn", {IocType::Dns, false}},
        {"ipv4", {IocType::Ipv4, false}},
        {"ipv6", {IocType::Ipv6, false}},
        {"ip ip_address", {std::nullopt, true}},
        {"sha256 sha256_hash", {IocType::Sha256, false}},
        {"sha1 sha1_hash", {IocType::Sha1, false}},
        {"md5 md5_hash", {IocType::Md5, false}},
    });
    const auto t = typed.constFind(h);
    if (t != typed.constEnd())
        return Column {Role::Value, *t};
    return Column {};
}

// A header row: its columns, and the names of those that were ignored.
struct Header
{
    QChar delimiter = u',';
    QList<Column> columns;
    QStringList names; // as written, for messages
    QStringList ignored;
    bool hasValue = false;
};

// A header row: at least minColumns columns (2 for a commented header, so that a comment such
// as "# ip" is no header), one of them a value column.
std::optional<Header> readHeader(QStringView line, int minColumns)
{
    Header header;
    header.delimiter = guessDelimiter(line);
    QStringList names;
    QString error;
    if (!IocFileParser::splitCsvLine(line, header.delimiter, names, error))
        return std::nullopt;
    QList<Role> taken;
    for (const QString &name : std::as_const(names)) {
        header.names.append(name.trimmed());
        Column column = columnFor(name);
        // One column per role, the first; values and labels gather from every such column.
        if (column.role != Role::Value && column.role != Role::Labels && column.role != Role::Ignored
            && taken.contains(column.role))
            column = Column {};
        if (column.role == Role::Ignored)
            header.ignored.append(name.trimmed());
        else
            taken.append(column.role);
        header.hasValue = header.hasValue || column.role == Role::Value;
        header.columns.append(column);
    }
    if (!header.hasValue || names.size() < minColumns)
        return std::nullopt;
    return header;
}

// The text after the leading `#` marks of a comment line (abuse.ch writes its header so).
QStringView commentBody(QStringView t)
{
    while (t.startsWith(u'#'))
        t = t.mid(1);
    return t.trimmed();
}

bool isNone(QStringView s)
{
    return s.isEmpty() || s == QLatin1String("None") || s == QLatin1String("null")
        || s == QLatin1String("NULL") || s == QLatin1String("none");
}

// A time as feeds write them: ISO 8601 ("2024-05-01T10:00:00Z", with or without offset or
// fraction), abuse.ch's "2024-05-01 10:00:00" (UTC), a date alone, or seconds since the epoch.
// A time without offset is UTC.
QDateTime parseTime(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.size() == 10 && s[4] == u'-') {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        return date.isValid() ? date.startOfDay(Qt::UTC) : QDateTime();
    }
    bool isNumber = false;
    const qint64 seconds = s.toLongLong(&isNumber);
    if (isNumber && s.size() >= 9)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    if (s.size() > 10 && s[10] == u' ')
        s[10] = u'T';
    // Fractions longer than milliseconds ("09:14:47.779000") cut to milliseconds.
    const qsizetype dot = s.indexOf(u'.', 19);
    if (dot == 19) {
        qsizetype end = dot + 1;
        while (end < s.size() && s[end].isDigit())
            ++end;
        if (end - dot > 4)
            s.remove(dot + 4, end - dot - 4);
    }
    QDateTime time = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

// One optional field of a CSV row or STIX object; false with `reason` when its text is bad.
bool applyField(Ioc &ioc, Role role, QStringView text, const QString &column, QString &reason)
{
    const QStringView s = text.trimmed();
    if (isNone(s))
        return true;
    switch (role) {
    case Role::Description:
        ioc.description = s.toString();
        return true;
    case Role::Name:
        ioc.name = s.toString();
        return true;
    case Role::Labels:
        for (QStringView label : s.split(u',')) {
            label = label.trimmed();
            if (!isNone(label) && !ioc.labels.contains(label))
                ioc.labels.append(label.toString());
        }
        return true;
    case Role::ValidUntil:
    case Role::FirstSeen:
    case Role::LastSeen: {
        const QDateTime time = parseTime(s);
        if (!time.isValid()) {
            reason
                = IocFileParser::tr("The column \"%1\" holds \"%2\", which is no time; expected a date and "
                                    "time such as 2024-05-01T10:00:00Z or 2024-05-01 10:00:00 (UTC).")
                      .arg(column, IocNormalizer::printable(s, 40));
            return false;
        }
        (role == Role::ValidUntil         ? ioc.validUntil
                : role == Role::FirstSeen ? ioc.firstSeen
                                          : ioc.lastSeen)
            = time;
        return true;
    }
    case Role::Severity:
    case Role::Score: {
        bool ok = false;
        const int value = s.toInt(&ok);
        const int max = role == Role::Severity ? 7 : 100;
        if (!ok || value < 0 || value > max) {
            reason
                = IocFileParser::tr("The column \"%1\" holds \"%2\"; expected a whole number from 0 to %3.")
                      .arg(column, IocNormalizer::printable(s, 40))
                      .arg(max);
            return false;
        }
        (role == Role::Severity ? ioc.severity : ioc.score) = value;
        return true;
    }
    case Role::Link: {
        const QUrl url(s.toString(), QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            reason
                = IocFileParser::tr("The column \"%1\" holds \"%2\", which is no link; expected an http or "
                                    "https URL.")
                      .arg(column, IocNormalizer::printable(s, 80));
            return false;
        }
        ioc.link = url;
        return true;
    }
    default:
        return true;
    }
}

IocNormalizeResult normalizeWithHint(const ValueHint &hint, QStringView value)
{
    if (hint.type)
        return IocNormalizer::normalize(*hint.type, value);
    if (hint.anyIp) {
        const QStringView t = value.trimmed();
        const bool v6 = t.startsWith(u'[') || t.count(u':') >= 2;
        return IocNormalizer::normalize(v6 ? IocType::Ipv6 : IocType::Ipv4, t);
    }
    return IocNormalizer::detectType(value);
}

void parsePlainText(LineReader &reader, Collector &collector)
{
    QString line;
    while (reader.next(line)) {
        QStringView t = QStringView(line).trimmed();
        if (t.isEmpty() || isComment(t))
            continue;
        // A trailing comment: `;` or `#` after a space (a `#` or `;` inside a URL stays).
        for (qsizetype i = 1; i < t.size(); ++i) {
            if ((t[i] == u';' || t[i] == u'#') && t[i - 1].isSpace()) {
                t = t.left(i).trimmed();
                break;
            }
        }
        const IocNormalizeResult r = IocNormalizer::detectType(t);
        if (!r.ok) {
            collector.reject(reader.number(), line, r.reason);
            continue;
        }
        collector.warn(reader.number(), line, r.warning);
        Ioc ioc;
        ioc.type = *r.type;
        ioc.value = r.value;
        collector.accept(std::move(ioc));
    }
    collector.result.lineCount = reader.number();
}

void parseCsv(LineReader &reader, Collector &collector)
{
    IocParseResult &result = collector.result;
    std::optional<Header> header;
    QString line;
    while (!header && reader.next(line)) {
        const QStringView t = QStringView(line).trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(u'#')) {
            header = readHeader(commentBody(t), 2);
            continue;
        }
        header = readHeader(t, 1);
        if (!header) {
            result.error = IocFileParser::tr("Line %1 should be the CSV header but names no value column "
                                             "(value, ioc_value, url, domain, ip, sha256, md5, ...): \"%2\".")
                               .arg(reader.number())
                               .arg(IocNormalizer::printable(t, 120));
            return;
        }
    }
    if (!header) {
        result.error = IocFileParser::tr("The CSV has no header row naming a value column (value, ioc_value, "
                                         "url, domain, ip, sha256, md5, ...).");
        return;
    }
    if (!header->ignored.isEmpty())
        result.notes.append(
            IocFileParser::tr("Columns ignored: %1.").arg(header->ignored.join(QLatin1String(", "))));
    int typeColumn = -1;
    for (int i = 0; i < header->columns.size(); ++i) {
        if (header->columns[i].role == Role::Type)
            typeColumn = i;
    }
    QStringList fields;
    QString error;
    while (reader.next(line)) {
        const QStringView t = QStringView(line).trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        const qint64 number = reader.number();
        if (!IocFileParser::splitCsvLine(t, header->delimiter, fields, error)) {
            collector.reject(number, line, error);
            continue;
        }
        if (fields.size() != header->columns.size()) {
            collector.reject(number, line,
                IocFileParser::tr("The line has %1 fields where the header has %2 columns.")
                    .arg(fields.size())
                    .arg(header->columns.size()));
            continue;
        }
        // The fields every value of the row shares.
        Ioc shared;
        QString reason;
        for (int i = 0; i < fields.size(); ++i) {
            const Role role = header->columns[i].role;
            if (role == Role::Value || role == Role::Type || role == Role::Ignored)
                continue;
            if (!applyField(shared, role, fields[i], header->names[i], reason))
                break;
        }
        if (!reason.isEmpty()) {
            collector.reject(number, line, reason);
            continue;
        }
        ValueHint rowHint;
        if (typeColumn >= 0) {
            const auto hint = typeFromFeedName(fields[typeColumn]);
            if (!hint) {
                collector.reject(number, line,
                    IocFileParser::tr("The type \"%1\" is unknown; expected SHA256, SHA1, MD5, URL, "
                                      "DNS, IPV4 or IPV6 (or a feed's name such as sha256_hash, "
                                      "domain, ip:port).")
                        .arg(IocNormalizer::printable(fields[typeColumn], 40)));
                continue;
            }
            rowHint = *hint;
        }
        for (int i = 0; i < fields.size(); ++i) {
            const Column &column = header->columns[i];
            if (column.role != Role::Value || isNone(QStringView(fields[i]).trimmed()))
                continue;
            const ValueHint hint = column.hint.type || column.hint.anyIp ? column.hint : rowHint;
            const IocNormalizeResult r = normalizeWithHint(hint, fields[i]);
            if (!r.ok) {
                collector.reject(number, line, r.reason);
                continue;
            }
            collector.warn(number, line, r.warning);
            Ioc ioc = shared;
            ioc.type = *r.type;
            ioc.value = r.value;
            collector.accept(std::move(ioc));
        }
    }
    result.lineCount = reader.number();
}

} // namespace

namespace {

void parseStix(const QByteArray &bytes, Collector &collector)
{
    IocParseResult &result = collector.result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = IocFileParser::tr("The file is not valid JSON (%1 at byte %2); expected a STIX 2.1 "
                                         "bundle.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("bundle")) {
        result.error = IocFileParser::tr("The JSON is not a STIX 2.1 bundle: expected an object with "
                                         "\"type\": \"bundle\" and its \"objects\".");
        return;
    }
    const QJsonValue objectsValue = root.value(QLatin1String("objects"));
    if (!objectsValue.isUndefined() && !objectsValue.isArray()) { // else read as "no objects": 0 IOCs
        result.error = IocFileParser::tr("The STIX bundle's \"objects\" is not a list; expected "
                                         "\"objects\": [ ... ] holding the indicators.");
        return;
    }
    const QJsonArray objects = objectsValue.toArray();
    QMap<QString, int> otherTypes;
    QStringList revoked;
    qint64 position = 0;
    for (const QJsonValue &value : objects) {
        ++position;
        const QJsonObject object = value.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        if (type != QLatin1String("indicator")) {
            ++otherTypes[type.isEmpty() ? QStringLiteral("?") : type];
            continue;
        }
        const QString id = object.value(QLatin1String("id")).toString();
        const QString pattern = object.value(QLatin1String("pattern")).toString();
        const QString text = id + u' ' + pattern;
        if (object.value(QLatin1String("revoked")).toBool()) {
            revoked.append(id);
            continue;
        }
        const QString patternType
            = object.value(QLatin1String("pattern_type")).toString(QStringLiteral("stix"));
        if (patternType != QLatin1String("stix")) {
            collector.reject(position, text,
                IocFileParser::tr("The indicator's pattern type is \"%1\"; only STIX patterns "
                                  "(pattern_type \"stix\") are read.")
                    .arg(IocNormalizer::printable(patternType, 40)));
            continue;
        }
        const StixObservable observable = StixPattern::parseSingle(pattern);
        if (!observable.type) {
            collector.reject(position, text, observable.reason);
            continue;
        }
        const IocNormalizeResult r = IocNormalizer::normalize(*observable.type, observable.value);
        if (!r.ok) {
            collector.reject(position, text, r.reason);
            continue;
        }
        Ioc ioc;
        ioc.type = *r.type;
        ioc.value = r.value;
        QString reason;
        const QJsonValue confidence = object.value(QLatin1String("confidence"));
        const bool fieldsOk
            = applyField(ioc, Role::Name, object.value(QLatin1String("name")).toString(), {}, reason)
            && applyField(
                ioc, Role::Description, object.value(QLatin1String("description")).toString(), {}, reason)
            && applyField(ioc, Role::ValidUntil, object.value(QLatin1String("valid_until")).toString(),
                QStringLiteral("valid_until"), reason)
            && applyField(ioc, Role::FirstSeen, object.value(QLatin1String("valid_from")).toString(),
                QStringLiteral("valid_from"), reason)
            && applyField(ioc, Role::Score,
                confidence.isDouble() ? QString::number(confidence.toInt()) : QString(),
                QStringLiteral("confidence"), reason);
        if (!fieldsOk) {
            collector.reject(position, text, reason);
            continue;
        }
        for (const QJsonValue &label : object.value(QLatin1String("labels")).toArray()) {
            const QString s = label.toString().trimmed();
            if (!s.isEmpty() && !ioc.labels.contains(s))
                ioc.labels.append(s);
        }
        for (const QJsonValue &reference : object.value(QLatin1String("external_references")).toArray()) {
            const QUrl url(reference.toObject().value(QLatin1String("url")).toString(), QUrl::StrictMode);
            if (url.isValid()
                && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
                ioc.link = url;
                break;
            }
        }
        collector.warn(position, text, r.warning);
        collector.accept(std::move(ioc));
    }
    result.lineCount = position;
    if (!revoked.isEmpty()) {
        QStringList shown = revoked.mid(0, 10);
        if (revoked.size() > shown.size())
            shown.append(QStringLiteral("..."));
        result.notes.append(IocFileParser::tr("%n revoked indicator(s) skipped: %1.", "", int(revoked.size()))
                                .arg(shown.join(QLatin1String(", "))));
    }
    if (!otherTypes.isEmpty()) {
        QStringList kinds;
        int count = 0;
        for (auto it = otherTypes.cbegin(); it != otherTypes.cend(); ++it) {
            kinds.append(it.key());
            count += it.value();
        }
        result.notes.append(IocFileParser::tr("%n non-indicator object(s) ignored (%1).", "", count)
                                .arg(kinds.join(QLatin1String(", "))));
    }
}

void finish(Collector &collector)
{
    IocParseResult &result = collector.result;
    if (result.duplicateCount > 0)
        result.notes.append(IocFileParser::tr("%n repeated value(s) merged into their first occurrence.", "",
            int(qMin<qint64>(result.duplicateCount, INT_MAX))));
    if (result.warningCount > result.warnings.size())
        result.notes.append(IocFileParser::tr(
            "%n more changed line(s) not listed.", "", int(result.warningCount - result.warnings.size())));
}

IocFileFormat detectFromLines(LineReader &reader)
{
    QString line;
    int looked = 0;
    while (reader.next(line) && looked < 200) {
        const QStringView t = QStringView(line).trimmed();
        if (t.isEmpty())
            continue;
        ++looked;
        if (looked == 1 && t.startsWith(u'{'))
            return IocFileFormat::Stix;
        // A JSON list ("[1,2,3]", "[{...}]") is read as JSON, which says it is no STIX bundle (as plain
        // text its lines would be refused as malformed IPv6 addresses); a bracketed IPv6 address
        // such as [2001:db8::1] or [2001:db8::1]:443 stays a line of text.
        static const QRegularExpression bracketedIpv6(
            QStringLiteral("^\\[[0-9A-Fa-f:.]*(%[^\\]]*)?\\](:\\d+)?$"));
        if (looked == 1 && t.startsWith(u'[') && !bracketedIpv6.match(t).hasMatch())
            return IocFileFormat::Stix;
        if (t.startsWith(u'#')) {
            if (readHeader(commentBody(t), 2))
                return IocFileFormat::Csv;
            continue;
        }
        if (isComment(t))
            continue;
        return readHeader(t, 1) ? IocFileFormat::Csv : IocFileFormat::PlainText;
    }
    return IocFileFormat::PlainText;
}

} // namespace

IocFileFormat IocFileParser::detectFormat(const QByteArray &head)
{
    const QByteArray view = QByteArray::fromRawData(head.constData(), qMin(head.size(), kHeadBytes));
    LineReader reader(view);
    return detectFromLines(reader);
}

QString IocFileParser::formatName(IocFileFormat format)
{
    switch (format) {
    case IocFileFormat::Auto:
        return tr("automatic");
    case IocFileFormat::PlainText:
        return tr("plain text");
    case IocFileFormat::Csv:
        return tr("CSV");
    case IocFileFormat::Stix:
        return tr("STIX 2.1 bundle");
    }
    return {};
}

IocParseResult IocFileParser::parse(const QByteArray &bytes, IocFileFormat format)
{
    if (format == IocFileFormat::Auto)
        format = detectFormat(bytes);
    Collector collector;
    collector.result.format = format;
    if (format != IocFileFormat::Stix)
        collector.result.iocs.reserve(bytes.count('\n') + 1);
    if (format == IocFileFormat::Stix) {
        parseStix(bytes, collector);
    } else {
        LineReader reader(bytes);
        if (format == IocFileFormat::Csv)
            parseCsv(reader, collector);
        else
            parsePlainText(reader, collector);
    }
    finish(collector);
    return std::move(collector.result);
}

IocParseResult IocFileParser::parse(QIODevice *device, IocFileFormat format)
{
    if (format == IocFileFormat::Auto)
        format = detectFormat(device->peek(kHeadBytes));
    if (format == IocFileFormat::Stix)
        return parse(device->readAll(), format);
    Collector collector;
    collector.result.format = format;
    // Room for as many values as the device's size and its first lines suggest (a file's size is
    // known; a stream's is not, and then the list grows as it goes).
    if (!device->isSequential() && device->size() > 0) {
        const QByteArray head = device->peek(kHeadBytes);
        const qsizetype lines = head.count('\n');
        if (lines > 0)
            collector.result.iocs.reserve(qMin<qint64>(device->size() / (head.size() / lines) + 1, 20000000));
    }
    LineReader reader(device);
    if (format == IocFileFormat::Csv)
        parseCsv(reader, collector);
    else
        parsePlainText(reader, collector);
    finish(collector);
    return std::move(collector.result);
}

// Splits one CSV line: fields separated by `delimiter`, optionally in double quotes ("" inside
// quotes is one quote); spaces before an opening quote and after a closing one are allowed
// (ThreatFox writes `"a", "b"`). False with `error` for an unterminated quote or text after a
// closing quote.
bool IocFileParser::splitCsvLine(QStringView line, QChar delimiter, QStringList &fields, QString &error)
{
    fields.clear();
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (true) {
        qsizetype j = i;
        while (j < n && line[j] == u' ')
            ++j;
        if (j < n && line[j] == u'"') {
            QString field;
            ++j;
            bool closed = false;
            while (j < n) {
                if (line[j] == u'"') {
                    if (j + 1 < n && line[j + 1] == u'"') {
                        field += u'"';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                field += line[j];
                ++j;
            }
            if (!closed) {
                error = tr("A quoted field is not closed: a field that opens with \" "
                           "ends with \" on the same line.");
                return false;
            }
            while (j < n && line[j] == u' ')
                ++j;
            fields.append(field);
            if (j == n)
                return true;
            if (line[j] != delimiter) {
                error = tr("Text follows a closing quote before the next \"%1\"; write a "
                           "quote inside a quoted field as \"\".")
                            .arg(delimiter);
                return false;
            }
            i = j + 1;
        } else {
            qsizetype end = line.indexOf(delimiter, i);
            if (end < 0)
                end = n;
            fields.append(line.mid(i, end - i).trimmed().toString());
            if (end == n)
                return true;
            i = end + 1;
        }
    }
}

} // namespace exchange
