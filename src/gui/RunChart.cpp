// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunChart.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

RunChart::RunChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runChart"));
    setAccessibleName(tr("Runs and imported items per day"));
}

void RunChart::setDays(const QList<storage::DayCount> &days)
{
    m_days = days;
    update();
}

int RunChart::totalRuns() const
{
    int total = 0;
    for (const auto &day : m_days)
        total += day.runs;
    return total;
}

qint64 RunChart::totalImported() const
{
    qint64 total = 0;
    for (const auto &day : m_days)
        total += day.imported;
    return total;
}

QSize RunChart::sizeHint() const
{
    return {520, 170};
}

QSize RunChart::minimumSizeHint() const
{
    return {240, 120};
}

void RunChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();

    int maxRuns = 1;
    qint64 maxImported = 1;
    for (const auto &day : m_days) {
        maxRuns = std::max(maxRuns, day.runs);
        maxImported = std::max(maxImported, day.imported);
    }

    const QString runsTop = QString::number(maxRuns);
    const QString importedTop = QString::number(maxImported);
    const int left = fm.horizontalAdvance(runsTop) + 10;
    const int right = fm.horizontalAdvance(importedTop) + 10;
    const int top = fm.height() + 6;
    const int bottom = fm.height() + 8;
    const QRect plot(left, top, std::max(10, width() - left - right), std::max(10, height() - top - bottom));

    const QColor runColor(0x15, 0x65, 0xc0);
    const QColor importColor(0xe6, 0x51, 0x00);

    // Legend.
    p.setPen(runColor);
    p.drawText(QRect(left, 0, plot.width() / 2, top), Qt::AlignLeft | Qt::AlignVCenter, tr("Runs"));
    p.setPen(importColor);
    p.drawText(QRect(left + plot.width() / 2, 0, plot.width() / 2, top), Qt::AlignRight | Qt::AlignVCenter,
        tr("Imported items"));

    // Axes.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawLine(plot.bottomRight(), plot.topRight());
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(0, plot.top() - fm.height() / 2, left - 4, fm.height()),
        Qt::AlignRight | Qt::AlignVCenter, runsTop);
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, left - 4, fm.height()),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    p.drawText(QRect(plot.right() + 4, plot.top() - fm.height() / 2, right, fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, importedTop);

    if (m_days.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No runs yet"));
        return;
    }

    const qreal slot = qreal(plot.width()) / m_days.size();
    const qreal barWidth = std::max<qreal>(2, slot * 0.6);
    QPainterPath line;
    const int labelEvery
        = std::max(1, int(fm.horizontalAdvance(QStringLiteral("00-00 ")) / std::max<qreal>(1, slot)) + 1);
    for (int i = 0; i < m_days.size(); ++i) {
        const auto &day = m_days.at(i);
        const qreal x = plot.left() + slot * i;
        const qreal h = plot.height() * qreal(day.runs) / maxRuns;
        p.fillRect(QRectF(x + (slot - barWidth) / 2, plot.bottom() - h, barWidth, h), runColor);
        const QPointF point(
            x + slot / 2, plot.bottom() - plot.height() * qreal(day.imported) / qreal(maxImported));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
        if (i % labelEvery == 0 || i == m_days.size() - 1) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRectF(x - slot, plot.bottom() + 2, slot * 3, fm.height() + 4),
                Qt::AlignHCenter | Qt::AlignTop, day.day.toString(QStringLiteral("MM-dd")));
        }
    }
    p.setPen(QPen(importColor, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setBrush(importColor);
    for (int i = 0; i < m_days.size(); ++i) {
        const QPointF point(plot.left() + slot * i + slot / 2,
            plot.bottom() - plot.height() * qreal(m_days.at(i).imported) / qreal(maxImported));
        p.drawEllipse(point, 2.5, 2.5);
    }
}
