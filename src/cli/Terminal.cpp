// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

Terminal::Terminal()
    : m_tty(::isatty(STDERR_FILENO) == 1)
{ }

void Terminal::outRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Terminal::out(const QString &line)
{
    outRaw(line.toUtf8() + '\n');
}

void Terminal::err(const QString &line)
{
    endProgress();
    const QByteArray bytes = line.toUtf8() + '\n';
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
            + locale.toString(done) + u'/' + locale.toString(total) + u' ' + what;
    } else {
        line = locale.toString(done) + u' ' + what;
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

void Terminal::table(const QStringList &header, const QList<QStringList> &rows)
{
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
            QString cell = row.at(i);
            cell.replace(u'\n', u' ');
            if (i + 1 < row.size())
                line += cell.leftJustified(widths.at(i), u' ', true) + QLatin1String("  ");
            else
                line += cell;
        }
        out(line);
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
