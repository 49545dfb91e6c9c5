// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurationEdit.h"

#include "jobs/IsoDuration.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace {
constexpr qint64 UnitSeconds[] = {60, 3600, 86400};
}

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent)
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_detail(new QLabel(this))
{
    m_amount->setObjectName(QStringLiteral("durationAmount"));
    m_amount->setRange(1, 999);
    m_amount->setAccessibleName(tr("Period"));
    m_unit->setObjectName(QStringLiteral("durationUnit"));
    m_unit->addItem(tr("minutes"), Minutes);
    m_unit->addItem(tr("hours"), Hours);
    m_unit->addItem(tr("days"), Days);
    m_unit->setAccessibleName(tr("Unit of the period"));
    m_detail->setObjectName(QStringLiteral("durationDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount);
    layout->addWidget(m_unit);
    layout->addWidget(m_detail, 1);
    connect(m_amount, &QSpinBox::valueChanged, this, [this] {
        updateDetail();
        Q_EMIT changed();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        updateDetail();
        Q_EMIT changed();
    });
    updateDetail();
}

bool DurationEdit::setIso(const QString &iso)
{
    const auto seconds = jobs::IsoDuration::parseSeconds(iso);
    if (!seconds)
        return false;
    int unit = Minutes;
    for (int u = Days; u > Minutes; --u) {
        if (*seconds % UnitSeconds[u] == 0 && *seconds / UnitSeconds[u] <= m_amount->maximum()) {
            unit = u;
            break;
        }
    }
    const qint64 amount = (*seconds + UnitSeconds[unit] - 1) / UnitSeconds[unit];
    const QSignalBlocker a(m_amount), b(m_unit);
    m_unit->setCurrentIndex(unit);
    m_amount->setValue(int(std::min<qint64>(amount, m_amount->maximum())));
    updateDetail();
    return true;
}

QString DurationEdit::iso() const
{
    const int amount = m_amount->value();
    switch (Unit(m_unit->currentData().toInt())) {
    case Hours:
        return QStringLiteral("PT%1H").arg(amount);
    case Days:
        return QStringLiteral("P%1D").arg(amount);
    case Minutes:
        break;
    }
    return QStringLiteral("PT%1M").arg(amount);
}

qint64 DurationEdit::seconds() const
{
    return m_amount->value() * UnitSeconds[m_unit->currentData().toInt()];
}

void DurationEdit::updateDetail()
{
    m_detail->setText(tr("%1 (ISO 8601: %2)").arg(jobs::IsoDuration::describeEvery(seconds()), iso()));
}
