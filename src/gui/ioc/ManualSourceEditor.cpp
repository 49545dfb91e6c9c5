// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualSourceEditor.h"

#include "exchange/IocNormalizer.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

using namespace exchange;

ManualSourceEditor::ManualSourceEditor(const IocAreaContext &context, QWidget *parent)
    : SourceEditor(parent)
    , m_values(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    Q_UNUSED(context)
    m_values->setObjectName(QStringLiteral("manualValues"));
    m_values->setPlaceholderText(tr("One value a line: a hash, a URL, a domain or an IP address."));
    m_values->setTabChangesFocus(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *label = new QLabel(tr("&Values to add:"), this);
    label->setBuddy(m_values);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_summary);
    // Checking runs a moment after typing stops, not on every key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_values, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ManualSourceEditor::validate);
    validate();
}

void ManualSourceEditor::load(const IocSource &source)
{
    Q_UNUSED(source)
    m_values->clear();
    validate();
}

QStringList ManualSourceEditor::problems() const
{
    if (m_debounce->isActive())
        const_cast<ManualSourceEditor *>(this)->validate(); // asked before the pause: check now
    return m_problems;
}

QList<Ioc> ManualSourceEditor::iocs() const
{
    if (m_debounce->isActive())
        const_cast<ManualSourceEditor *>(this)->validate();
    return m_iocs;
}

void ManualSourceEditor::validate()
{
    m_debounce->stop();
    m_problems.clear();
    m_iocs.clear();
    const QStringList lines = m_values->toPlainText().split(u'\n');
    if (lines.size() > MaxLines) {
        m_problems << tr("Values: at most %L1 lines here; import a longer list as a file from the IOCs tab.")
                          .arg(MaxLines);
    } else {
        QSet<QString> seen;
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const IocNormalizeResult result = IocNormalizer::detectType(line);
            if (!result.ok || !result.type) {
                if (m_problems.size() < 20)
                    m_problems << tr("Values, line %1: %2").arg(i + 1).arg(result.reason);
                continue;
            }
            Ioc ioc;
            ioc.type = *result.type;
            ioc.value = result.value;
            if (!seen.contains(iocTypeName(ioc.type) + ioc.value)) {
                seen.insert(iocTypeName(ioc.type) + ioc.value);
                m_iocs << ioc;
            }
        }
    }
    m_summary->setText(tr("%n valid value(s) to add.", nullptr, int(m_iocs.size())));
    Q_EMIT changed();
}
