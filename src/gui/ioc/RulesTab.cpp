// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesTab.h"

#include "RuleEditor.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace exchange;

RulesTab::RulesTab(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_editor(new RuleEditor(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("rulesTab"));
    m_list->setObjectName(QStringLiteral("rulesList"));
    m_list->setAccessibleName(tr("Business rules"));
    m_new->setObjectName(QStringLiteral("rulesNew"));
    m_save->setObjectName(QStringLiteral("rulesSave"));
    m_delete->setObjectName(QStringLiteral("rulesDelete"));
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 700});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &RulesTab::showSelected);
    connect(m_new, &QPushButton::clicked, this, &RulesTab::newRule);
    connect(m_save, &QPushButton::clicked, this, &RulesTab::save);
    connect(m_delete, &QPushButton::clicked, this, &RulesTab::deleteSelected);
    connect(m_editor, &RuleEditor::edited, this, &RulesTab::updateButtons);
    updateButtons();
}

void RulesTab::setContext(const IocAreaContext &context)
{
    m_context = context;
    m_editor->setContext(context);
    reload();
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0); // the first rule shown at once, its live count with it
}

void RulesTab::reload()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (m_context.store) {
        for (const NamedDefinition &rule : m_context.store->rules()) {
            auto *item = new QListWidgetItem(rule.name, m_list);
            item->setData(Qt::UserRole, rule.id);
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == m_ruleId && m_ruleId != 0)
            m_list->setCurrentRow(row);
    }
    updateButtons();
}

void RulesTab::selectRule(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text() == name)
            m_list->setCurrentRow(row);
    }
}

void RulesTab::showSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_context.store)
        return;
    const std::optional<NamedDefinition> stored
        = m_context.store->rule(item->data(Qt::UserRole).toLongLong());
    if (!stored)
        return reload();
    QStringList problems;
    std::optional<BusinessRule> rule = BusinessRule::fromJson(stored->definition, &problems);
    m_ruleId = stored->id;
    BusinessRule shown = rule.value_or(BusinessRule {});
    shown.name = stored->name;
    m_editor->setRule(shown);
    say(problems.isEmpty() ? QString()
                           : tr("The stored rule has problems: %1").arg(problems.join(QLatin1Char(' '))));
    updateButtons();
}

void RulesTab::newRule()
{
    m_ruleId = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_editor->setRule({});
    m_editor->nameEdit()->setFocus();
    say(tr("A new rule: name it, set its filters, then Save."));
    updateButtons();
}

bool RulesTab::save()
{
    if (!m_context.store)
        return false;
    const QStringList problems = m_editor->problems();
    if (!problems.isEmpty()) {
        say(tr("Not saved: %1").arg(problems.join(QLatin1Char(' '))));
        return false;
    }
    const BusinessRule rule = m_editor->rule();
    NamedDefinition definition;
    definition.id = m_ruleId;
    definition.name = rule.name;
    definition.definition = rule.toJson();
    QString error;
    if (!m_context.store->saveRule(&definition, &error)) {
        say(tr("Not saved: %1").arg(error));
        return false;
    }
    m_ruleId = definition.id;
    reload();
    say(tr("Saved the rule \"%1\".").arg(definition.name));
    Q_EMIT statusMessage(message());
    return true;
}

QString RulesTab::userOf(qint64 ruleId, const QString &ruleName) const
{
    for (const NamedDefinition &sharing : m_context.store->sharings()) {
        QStringList problems;
        if (const auto config = SharingConfig::fromDefinition(sharing, &problems)) {
            if ((config->ruleId != 0 && config->ruleId == ruleId)
                || (config->ruleId == 0 && !config->ruleName.isEmpty() && config->ruleName == ruleName))
                return sharing.name;
        }
    }
    return {};
}

bool RulesTab::deleteSelected()
{
    if (!m_context.store || m_ruleId == 0)
        return false;
    const std::optional<NamedDefinition> stored = m_context.store->rule(m_ruleId);
    if (!stored)
        return false;
    if (const QString user = userOf(stored->id, stored->name); !user.isEmpty()) {
        say(tr("The sharing configuration \"%1\" uses the rule \"%2\": give it another rule or remove it "
               "first.")
                .arg(user, stored->name));
        return false;
    }
    QString error;
    if (!m_context.store->removeRule(stored->id, &error)) {
        say(error);
        return false;
    }
    m_ruleId = 0;
    reload();
    m_editor->setRule({});
    say(tr("Deleted the rule \"%1\".").arg(stored->name));
    Q_EMIT statusMessage(message());
    return true;
}

void RulesTab::say(const QString &text)
{
    m_message->setText(text);
}

QString RulesTab::message() const
{
    return m_message->text();
}

void RulesTab::updateButtons()
{
    const bool usable = m_context.store != nullptr;
    m_new->setEnabled(usable);
    m_save->setEnabled(usable && m_editor->problems().isEmpty());
    m_delete->setEnabled(usable && m_ruleId != 0);
}
