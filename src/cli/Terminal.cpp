// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

Terminal::Terminal()
    : m_tty(::isatty(STDERR_FILENO) == 1)
{ }

QString Terminal::printable(QStringView text, bool keepNewlines)
{
    auto unsafe = [keepNewlines](char16_t c) {
        return (c < 0x20 && !(keepNewlines && c == u'\n')) || (c >= 0x7f && c <= 0x9f)
            || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    };
    if (std::none_of(text.begin(), text.end(), [&unsafe](QChar c) { return unsafe(c.unicode()); }))
        return text.toString();
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!unsafe(c))
            result += qc;
        else if (c == u'\n')
            result += QLatin1String("\\n");
        else if (c == u'\r')
            result += QLatin1String("\\r");
        else if (c == u'\t')
            result += QLatin1String("\\t");
        else if (c < 0x100)
            result += QLatin1String("\\x") + QString::number(c, 16).rightJustified(2, u'0');
        else
            result += QLatin1String("\\u") + QString::number(c, 16);
    }
    return result;
}

void Terminal::outRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Terminal::out(const QString &line)
{
    outRaw(printable(line, true).toUtf8() + '\n');
}

void Terminal::err(const QString &line)
{
    endProgress();
    const QByteArray bytes = printable(line, true).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void Terminal::progress(qint64 done, qint64 total, const QString &what)
{
    if (!m_tty)
        return;
    const QLocale locale;
    QString line;
    if (total > 0) {
        const int width = 30;
        const int filled = int(std::min<qint64>(width, done * width / total));
        line = u'[' + QString(filled, u'#') + QString(width - filled, u' ') + QLatin1String("] ")
            + locale.toString(done) + u'/' + locale.toString(total) + u' ' + printable(what);
    } else {
        line = locale.toString(done) + u' ' + printable(what);
    }
    const QByteArray bytes = "\r\033[K" + line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void Terminal::endProgress()
{
    if (m_progressShown) {
        std::fputs("\r\033[K", stderr);
        m_progressShown = false;
    }
}

void Terminal::table(const QStringList &header, const QList<QStringList> &plainRows)
{
    // Escaped before measuring, so that the columns line up as printed.
    QList<QStringList> rows;
    rows.reserve(plainRows.size());
    for (const QStringList &row : plainRows) {
        QStringList shown;
        shown.reserve(row.size());
        for (const QString &cell : row)
            shown << printable(cell);
        rows << shown;
    }
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], std::min<qsizetype>(row.at(i).size(), 60));
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    auto print = [this, &widths](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString &cell = row.at(i);
            if (i + 1 < row.size())
                line += cell.leftJustified(widths.at(i), u' ', true) + QLatin1String("  ");
            else
                line += cell;
        }
        outRaw(line.toUtf8() + '\n');
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
}

void Terminal::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}
