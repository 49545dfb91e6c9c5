// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocDetailPane.h"

#include "ElidedLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace exchange;

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // IOC data is attacker-controlled
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : IocDetailPane::tr("unknown");
}

QString stateText(IocShare::State state)
{
    switch (state) {
    case IocShare::State::Pending:
        return IocDetailPane::tr("pending (sent, no answer yet)");
    case IocShare::State::Shared:
        return IocDetailPane::tr("shared");
    case IocShare::State::Failed:
        return IocDetailPane::tr("failed");
    case IocShare::State::Retracted:
        return IocDetailPane::tr("retracted");
    }
    return {};
}

} // namespace

IocDetailPane::IocDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(
          tr("No IOC selected.\nSelect an IOC to see where it comes from and where it went."), this))
    , m_scroll(new QScrollArea(this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout)
    , m_valueLabel(new ElidedLabel(QString(), this))
    , m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("iocDetailPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_empty->setObjectName(QStringLiteral("detailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    body->addLayout(m_form);
    body->addStretch();

    m_type = addRow(tr("Type:"), QStringLiteral("detailType"));
    // The value, elided in the middle when long, with its copy button.
    auto *valueRow = new QWidget(m_body);
    auto *valueLayout = new QHBoxLayout(valueRow);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    m_valueLabel->setParent(valueRow);
    m_valueLabel->setObjectName(QStringLiteral("detailValue"));
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setParent(valueRow);
    m_copy->setObjectName(QStringLiteral("copyValue"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy the value to the clipboard"));
    valueLayout->addWidget(m_valueLabel, 1);
    valueLayout->addWidget(m_copy);
    m_form->addRow(tr("Value:"), valueRow);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_value.isEmpty())
            return;
        QApplication::clipboard()->setText(m_value);
        Q_EMIT copied(m_value);
    });
    m_name = addRow(tr("Name:"), QStringLiteral("detailName"));
    m_description = addRow(tr("Description:"), QStringLiteral("detailDescription"));
    m_severity = addRow(tr("Severity, score:"), QStringLiteral("detailSeverity"));
    m_labels = addRow(tr("Labels:"), QStringLiteral("detailLabels"));
    m_link = addRow(tr("Link:"), QStringLiteral("detailLink"));
    m_provenance = addRow(tr("Sources:"), QStringLiteral("detailSources"));
    m_shares = addRow(tr("Destinations:"), QStringLiteral("detailDestinations"));

    outer->addWidget(m_empty, 1);
    outer->addWidget(m_scroll, 1);
    showIoc(nullptr);
}

QLabel *IocDetailPane::addRow(const QString &label, const QString &objectName)
{
    QLabel *field = plainLabel(m_body);
    field->setObjectName(objectName);
    m_form->addRow(label, field);
    return field;
}

void IocDetailPane::showIoc(const IocDetails *details)
{
    m_empty->setVisible(!details);
    m_scroll->setVisible(details);
    m_copy->setEnabled(details);
    if (!details) {
        m_iocId = 0;
        m_value.clear();
        m_valueLabel->setFullText(QString());
        return;
    }
    const Ioc &ioc = details->record.ioc;
    m_iocId = details->record.id;
    m_value = ioc.value;
    m_type->setText(iocTypeName(ioc.type));
    m_valueLabel->setFullText(ioc.value);
    const QString none = tr("none");
    m_name->setText(ioc.name.isEmpty() ? none : ioc.name);
    m_description->setText(ioc.description.isEmpty() ? none : ioc.description);
    m_severity->setText(tr("severity %1, score %2")
                            .arg(ioc.severity < 0 ? tr("not given") : QString::number(ioc.severity),
                                ioc.score < 0 ? tr("not given") : QString::number(ioc.score)));
    m_labels->setText(ioc.labels.isEmpty() ? none : ioc.labels.join(QStringLiteral(", ")));
    m_link->setText(ioc.link.isEmpty() ? none : ioc.link.toString());

    QStringList sources;
    for (const IocProvenance &p : details->provenance) {
        sources << tr("%1 (%2)\n  first seen %3, last seen %4, valid until %5")
                       .arg(p.sourceName.isEmpty() ? p.sourceId : p.sourceName,
                           p.present ? tr("still reports it") : tr("no longer reports it"),
                           timeText(p.firstSeen), timeText(p.lastSeen),
                           p.validUntil.isValid() ? timeText(p.validUntil) : tr("not given"));
    }
    m_provenance->setText(sources.isEmpty() ? tr("no source reports it") : sources.join(u'\n'));

    QStringList shares;
    for (const IocShare &s : details->shares) {
        QString text = tr("%1: %2").arg(s.sharingName, stateText(s.state));
        if (s.retractRequested && s.state != IocShare::State::Retracted)
            text += tr(", retraction asked");
        if (!s.remoteId.isEmpty())
            text += u'\n' + tr("  console id %1").arg(s.remoteId);
        if (s.expiresAt.isValid())
            text += u'\n' + tr("  expires %1").arg(timeText(s.expiresAt));
        if (s.state == IocShare::State::Failed && !s.reason.isEmpty())
            text += u'\n' + tr("  the console said: %1").arg(s.reason);
        shares << text;
    }
    m_shares->setText(shares.isEmpty() ? tr("not shared") : shares.join(u'\n'));
}

QString IocDetailPane::text() const
{
    if (!m_iocId)
        return m_empty->text();
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        auto *fieldLabel = qobject_cast<QLabel *>(field);
        const QString value = fieldLabel ? fieldLabel->text() : m_value;
        lines << (label ? label->text() : QString()) + u' ' + value;
    }
    return lines.join(u'\n');
}
