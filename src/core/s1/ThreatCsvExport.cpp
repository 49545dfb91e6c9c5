// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatCsvExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace s1::ThreatCsvExport {

namespace {
QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray row(const QStringList &values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            line += u',';
        line += field(values.at(i));
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

QByteArray threatRow(const s1::Threat &t, const FlaggedFunction &flagged, const s1::ConsoleConfig &console)
{
    const bool haveConsole = console.url.isValid() && !console.url.host().isEmpty();
    const QString os = t.osName.isEmpty() ? t.osType : t.osName;
    const std::optional<bool> isFlagged = flagged ? flagged(t.id) : std::nullopt;
    const QString flag = isFlagged ? (*isFlagged ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    const QString link = haveConsole ? console.threatPage(t.id).toString(QUrl::FullyEncoded) : QString();
    return row({t.id, t.displayName(), t.classification, t.confidenceLevel, t.analystVerdict,
        t.incidentStatus, t.mitigationStatus, t.computerName, os, t.ipAddresses().join(QLatin1String("; ")),
        t.siteName, t.accountName, isoTime(t.createdAt), isoTime(t.updatedAt), t.sha256, t.sha1, t.md5,
        t.filePath, flag, link});
}

// The file, row by row (UTF-8), to a sink: the whole text is never held twice.
template<typename Sink>
bool produce(const QList<const s1::Threat *> &threats, const FlaggedFunction &flagged,
    const s1::ConsoleConfig &console, Sink &&sink)
{
    if (!sink(header()))
        return false;
    for (const s1::Threat *t : threats) {
        if (t && !sink(threatRow(*t, flagged, console)))
            return false;
    }
    return true;
}
} // namespace

QStringList columnNames()
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("classification"),
        QStringLiteral("confidence"), QStringLiteral("verdict"), QStringLiteral("incident status"),
        QStringLiteral("mitigation status"), QStringLiteral("endpoint"), QStringLiteral("OS"),
        QStringLiteral("IPs"), QStringLiteral("site"), QStringLiteral("account"), QStringLiteral("created"),
        QStringLiteral("updated"), QStringLiteral("sha256"), QStringLiteral("sha1"), QStringLiteral("md5"),
        QStringLiteral("file path"), QStringLiteral("flagged"), QStringLiteral("console link")};
}

QString field(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            text.prepend(u'\'');
    }
    const bool quote
        = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + text + u'"';
}

QByteArray header()
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + row(columnNames());
}

QByteArray rows(const QList<const s1::Threat *> &threats, const FlaggedFunction &flagged,
    const s1::ConsoleConfig &console)
{
    QByteArray out;
    for (const s1::Threat *t : threats)
        if (t)
            out += threatRow(*t, flagged, console);
    return out;
}

QByteArray toCsv(const QList<const s1::Threat *> &threats, const FlaggedFunction &flagged,
    const s1::ConsoleConfig &console)
{
    QByteArray out;
    produce(threats, flagged, console, [&out](const QByteArray &bytes) {
        out += bytes;
        return true;
    });
    return out;
}

bool write(const QString &path, const QList<const s1::Threat *> &threats, QString *error,
    const s1::ConsoleConfig &console, const FlaggedFunction &flagged)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ThreatCsvExport", "Cannot write %1: %2")
                         .arg(shown, file.errorString());
        return false;
    }
    const bool written = produce(threats, flagged, console,
        [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); });
    if (!written || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ThreatCsvExport", "Cannot write %1: %2")
                         .arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace s1::ThreatCsvExport
