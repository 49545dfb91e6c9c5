// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpCollectionParser.h"

#include "exchange/IocFileParser.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace firewall {

namespace {

struct Row
{
    int line = 0;
    QStringView text; // the whole line, for problems that are not about one field
    QStringList fields;
    QString error; // a CSV syntax error (unclosed quote, ...)
};

// Calls f(lineNumber, line) for every line; "\r\n" and "\n" both end a line.
template<typename F> void forEachLine(QStringView text, F f)
{
    if (text.startsWith(QChar(0xfeff)))
        text = text.mid(1);
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QStringView line = text.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        f(++number, line);
        start = end + 1;
    }
}

bool isCommentLine(QStringView trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u';');
}

// The line without a trailing comment (" # ...", "\t; ..."), trimmed; empty for a comment line.
QStringView withoutComment(QStringView line)
{
    QStringView t = line.trimmed();
    if (isCommentLine(t))
        return {};
    for (qsizetype i = 1; i < t.size(); ++i) {
        const QChar c = t[i];
        if ((c == u'#' || c == u';') && (t[i - 1] == u' ' || t[i - 1] == u'\t'))
            return t.left(i).trimmed();
    }
    return t;
}

QString headerKey(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    return key;
}

bool isValueColumnName(const QString &name)
{
    static const QSet<QString> names = {u"ip"_s, u"ip_address"_s, u"ipaddress"_s, u"ip_addr"_s, u"address"_s,
        u"value"_s, u"indicator"_s, u"ioc_value"_s, u"cidr"_s, u"network"_s};
    return names.contains(headerKey(name));
}

class Builder
{
public:
    ParsedCollection result;

    void take(int line, QStringView value)
    {
        IpEntryResult parsed = IpEntry::parse(value);
        if (!parsed.ok) {
            reject(line, value, parsed.reason);
            return;
        }
        if (!parsed.warning.isEmpty())
            result.warnings.append(
                {line, printableValue(value.trimmed(), IpCollectionParser::kTextChars), parsed.warning});
        result.entries.append(parsed.entry);
    }

    void reject(int line, QStringView text, const QString &reason)
    {
        result.rejected.append(
            {line, printableValue(text.trimmed(), IpCollectionParser::kTextChars), reason});
    }
};

void parseLines(QStringView text, Builder &builder)
{
    forEachLine(text, [&](int number, QStringView line) {
        const QStringView value = withoutComment(line);
        if (!value.isEmpty())
            builder.take(number, value);
    });
}

void parseCsv(QStringView text, QChar delimiter, Builder &builder)
{
    QList<Row> rows;
    forEachLine(text, [&](int number, QStringView line) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || isCommentLine(trimmed))
            return;
        Row row;
        row.line = number;
        row.text = line;
        if (!exchange::IocFileParser::splitCsvLine(line, delimiter, row.fields, row.error))
            row.fields.clear();
        rows.append(std::move(row));
    });
    if (rows.isEmpty())
        return;

    auto holdsEntry = [](const QString &field) { return !field.isEmpty() && IpEntry::parse(field).ok; };

    // A first row none of whose fields is an entry (nor starts with a digit, as a mistyped address
    // does: "300.1.1.1" is a refused line, not a column name) is a header.
    auto startsWithDigit = [](const QString &field) {
        return !field.isEmpty() && field.front() >= u'0' && field.front() <= u'9';
    };
    qsizetype firstData = 0;
    int column = -1;
    QString columnName;
    const Row &first = rows.constFirst();
    const bool header = first.error.isEmpty() && !first.fields.isEmpty()
        && std::none_of(first.fields.cbegin(), first.fields.cend(), holdsEntry)
        && std::none_of(first.fields.cbegin(), first.fields.cend(), startsWithDigit);
    if (header) {
        firstData = 1;
        for (int i = 0; i < first.fields.size(); ++i) {
            if (isValueColumnName(first.fields.at(i))) {
                column = i;
                columnName = first.fields.at(i);
                break;
            }
        }
    }
    if (column < 0) {
        // The first column that holds an entry in the first data row that has one.
        for (qsizetype r = firstData; r < rows.size() && column < 0; ++r) {
            const QStringList &fields = rows.at(r).fields;
            for (int i = 0; i < fields.size(); ++i) {
                if (holdsEntry(fields.at(i))) {
                    column = i;
                    break;
                }
            }
        }
        if (column < 0)
            column = 0;
        if (header)
            columnName = first.fields.value(column);
    }

    if (header) {
        builder.result.notes.append(IpCollectionParser::tr("Read as CSV with a header row: the column \"%1\" "
                                                           "(column %2) holds the entries.")
                                        .arg(printableValue(columnName, 80))
                                        .arg(column + 1));
    } else {
        builder.result.notes.append(
            IpCollectionParser::tr("Read as CSV without a header row: column %1 holds the entries.")
                .arg(column + 1));
    }

    for (qsizetype r = firstData; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (!row.error.isEmpty()) {
            builder.reject(row.line, row.text, row.error);
            continue;
        }
        if (column >= row.fields.size()) {
            builder.reject(row.line, row.text,
                IpCollectionParser::tr(
                    "The line has %n field(s); the entries are in column %1.", "", int(row.fields.size()))
                    .arg(column + 1));
            continue;
        }
        builder.take(row.line, row.fields.at(column));
    }
}

// CSV when the first line with an entry holds a comma or a tab.
std::optional<QChar> csvDelimiter(QStringView text)
{
    std::optional<QChar> delimiter;
    bool decided = false;
    forEachLine(text, [&](int, QStringView line) {
        if (decided)
            return;
        const QStringView value = withoutComment(line);
        if (value.isEmpty())
            return;
        decided = true;
        if (value.contains(u','))
            delimiter = u',';
        else if (value.contains(u'\t'))
            delimiter = u'\t';
    });
    return delimiter;
}

} // namespace

ParsedCollection IpCollectionParser::parse(QStringView text, Format format)
{
    Builder builder;
    if (format == Format::Lines) {
        parseLines(text, builder);
        return std::move(builder.result);
    }
    std::optional<QChar> delimiter = csvDelimiter(text);
    if (format == Format::Csv && !delimiter)
        delimiter = u',';
    if (delimiter)
        parseCsv(text, *delimiter, builder);
    else
        parseLines(text, builder);
    return std::move(builder.result);
}

ParsedCollection IpCollectionParser::parse(const QByteArray &data, Format format)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes = bytes.sliced(3);
    const QString text = QString::fromUtf8(bytes);
    return parse(QStringView(text), format);
}

ParsedCollection IpCollectionParser::parseEntries(const QStringList &typed)
{
    Builder builder;
    for (qsizetype i = 0; i < typed.size(); ++i)
        builder.take(int(i + 1), typed.at(i));
    return std::move(builder.result);
}

} // namespace firewall
