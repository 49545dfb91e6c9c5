// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocAddDialog.h"

#include "exchange/IocNormalizer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace exchange;

IocAddDialog::IocAddDialog(QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("iocAddDialog"));
    setWindowTitle(tr("Add an IOC"));
    m_type->setObjectName(QStringLiteral("iocType"));
    m_type->addItem(tr("Detect from the value"), QString());
    for (IocType type : allIocTypes())
        m_type->addItem(iocTypeName(type), iocTypeName(type));
    m_value->setObjectName(QStringLiteral("iocValue"));
    m_value->setPlaceholderText(tr("a hash, URL, domain or IP address"));
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(u'x') * 50);
    m_problem->setObjectName(QStringLiteral("iocProblem"));
    m_problem->setTextFormat(Qt::PlainText); // quotes what was typed or pasted
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(typeLabel, m_type);
    form->addRow(valueLabel, m_value);
    form->addRow(QString(), m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QLineEdit::textChanged, this, &IocAddDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IocAddDialog::validate);
    validate();
}

void IocAddDialog::validate()
{
    m_ioc.reset();
    const QString text = m_value->text();
    QString problem;
    if (text.trimmed().isEmpty()) {
        problem = tr("Enter a value.");
    } else {
        const auto type = iocTypeFromName(m_type->currentData().toString());
        const IocNormalizeResult result
            = type ? IocNormalizer::normalize(*type, text) : IocNormalizer::detectType(text);
        if (result.ok && result.type) {
            Ioc ioc;
            ioc.type = *result.type;
            ioc.value = result.value;
            m_ioc = ioc;
            problem = type ? QString() : tr("Detected: %1.").arg(iocTypeName(*result.type));
            if (!result.warning.isEmpty())
                problem = (problem.isEmpty() ? QString() : problem + u' ') + result.warning;
        } else {
            problem = result.reason.isEmpty() ? tr("\"%1\" is not a hash, URL, domain or IP address.")
                                                    .arg(IocNormalizer::printable(text, 80))
                                              : result.reason;
        }
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ioc.has_value());
}

std::optional<Ioc> IocAddDialog::ioc() const
{
    return m_ioc;
}

QString IocAddDialog::problem() const
{
    return m_problem->text();
}

bool IocAddDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}
