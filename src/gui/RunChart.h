// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/JobHistory.h"

#include <QList>
#include <QWidget>

// Runs (bars, left axis) and items imported (line, right axis) per day, drawn with QPainter.
class RunChart : public QWidget
{
    Q_OBJECT
public:
    explicit RunChart(QWidget *parent = nullptr);

    void setDays(const QList<storage::DayCount> &days);
    const QList<storage::DayCount> &days() const { return m_days; }
    int totalRuns() const;
    qint64 totalImported() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<storage::DayCount> m_days;
};
