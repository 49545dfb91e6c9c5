// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetsEditor.h"

#include "ConsoleScopeLists.h"
#include "s1/ConsoleScopesJob.h"
#include "s1/S1Client.h"
#include "session/ProfileSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Qt 6.4 has no setTabOrder(list): one pair at a time.
void tabChain(const QList<QWidget *> &order)
{
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}
} // namespace

using namespace firewall;

TargetsEditor::TargetsEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_profile(new QComboBox(this))
    , m_scopeKind(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_add(new QPushButton(tr("&Include this scope"), this))
    , m_remove(new QPushButton(tr("Re&move target"), this))
    , m_note(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->setAccessibleName(tr("Targets of the collection"));
    m_profile->setObjectName(QStringLiteral("targetProfile"));
    m_profile->setAccessibleName(tr("Profile of the target"));
    m_scopeKind->setObjectName(QStringLiteral("targetScopeKind"));
    m_scopeKind->setAccessibleName(tr("Kind of scope"));
    m_scopeKind->addItem(tr("Site"), int(s1::IocScope::Kind::Site));
    m_scopeKind->addItem(tr("Account"), int(s1::IocScope::Kind::Account));
    m_scopeKind->addItem(tr("Group"), int(s1::IocScope::Kind::Group));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setAccessibleName(tr("Site, account or group"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setMinimumContentsLength(20);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add->setObjectName(QStringLiteral("addTargetButton"));
    m_remove->setObjectName(QStringLiteral("removeTargetButton"));
    m_note->setObjectName(QStringLiteral("targetNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Scope:"), m_scopeKind);
    form->addRow(tr("Target:"), m_target);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The rules are exported to every scope listed here:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    tabChain({m_list, m_profile, m_scopeKind, m_target, m_add, m_remove});

    connect(m_profile, &QComboBox::currentIndexChanged, this, &TargetsEditor::loadTargets);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &TargetsEditor::fillTargets);
    connect(m_add, &QPushButton::clicked, this, &TargetsEditor::addChosen);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_targets.size())
            return;
        m_targets.removeAt(row);
        fillList();
        Q_EMIT changed();
    });
    connect(
        m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    m_remove->setEnabled(false);
}

void TargetsEditor::setContext(const FirewallAreaContext &context)
{
    m_context = context;
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const auto &[id, name] : context.profiles)
        m_profile->addItem(name, id);
    if (context.session && m_profile->findData(context.session->id()) < 0)
        m_profile->addItem(context.session->profile().name, context.session->id());
    if (context.session)
        m_profile->setCurrentIndex(m_profile->findData(context.session->id()));
    m_listedProfile.clear();
    loadTargets();
    fillList();
}

void TargetsEditor::setTargets(const QList<ExportTarget> &targets)
{
    m_targets = targets;
    fillList();
}

QString TargetsEditor::targetText(const ExportTarget &target) const
{
    QString profile = target.profileId;
    for (const auto &[id, name] : m_context.profiles)
        if (id == target.profileId)
            profile = name;
    QString name;
    if (target.profileId == m_listedProfile) {
        const auto &items = target.scope.kind == s1::IocScope::Kind::Account ? m_accounts
            : target.scope.kind == s1::IocScope::Kind::Site                  ? m_sites
                                                                             : m_groups;
        for (const auto &[id, n] : items)
            if (id == target.scope.id)
                name = n;
    }
    return name.isEmpty() ? tr("%1: %2").arg(profile, target.scope.text())
                          : tr("%1: %2, %3").arg(profile, target.scope.text(), name);
}

void TargetsEditor::fillList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const ExportTarget &t : std::as_const(m_targets))
        m_list->addItem(targetText(t));
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

bool TargetsEditor::addChosen()
{
    ExportTarget target;
    target.profileId = m_profile->currentData().toString();
    target.scope.kind = s1::IocScope::Kind(m_scopeKind->currentData().toInt());
    const int index = m_target->findText(m_target->currentText());
    target.scope.id = index >= 0 ? m_target->itemData(index).toString() : m_target->currentText().trimmed();
    if (target.profileId.isEmpty()) {
        m_note->setText(tr("Choose a profile first."));
        return false;
    }
    if (const QString problem = target.scope.problem(); !problem.isEmpty()) {
        m_note->setText(problem);
        return false;
    }
    if (m_targets.contains(target)) {
        m_note->setText(tr("%1 is a target already.").arg(target.scope.text()));
        return false;
    }
    m_targets << target;
    fillList();
    m_list->setCurrentRow(int(m_targets.size()) - 1);
    Q_EMIT changed();
    return true;
}

void TargetsEditor::loadTargets()
{
    const QString profileId = m_profile->currentData().toString();
    if (profileId == m_listedProfile)
        return fillTargets();
    m_listedProfile = profileId;
    m_accounts.clear();
    m_sites.clear();
    m_groups.clear();
    const int generation = ++m_generation;
    session::ProfileSession *s = m_context.sessionOf(profileId);
    if (!s || s->state() != session::ProfileSession::State::Ready || !s->client()) {
        m_note->setText(profileId.isEmpty() ? QString()
                                            : tr("The console of this profile is not connected: type the id "
                                                 "of the site, account or group."));
        return fillTargets();
    }
    m_note->setText(tr("Loading the console's accounts, sites and groups…"));
    ++m_loading;
    auto *job = new s1::ConsoleScopesJob(s->client(), s->consoleConfig().accountId, this);
    connect(job, &jobs::Job::finished, this, [this, job, generation] {
        job->deleteLater();
        --m_loading;
        if (generation != m_generation)
            return;
        ConsoleScopeLists lists = ConsoleScopeLists::from(*job);
        m_accounts = std::move(lists.accounts);
        m_sites = std::move(lists.sites);
        m_groups = std::move(lists.groups);
        m_note->setText(lists.note);
        fillTargets();
        fillList();
        Q_EMIT targetsLoaded();
    });
    job->start();
    fillTargets();
}

void TargetsEditor::fillTargets()
{
    const auto kind = s1::IocScope::Kind(m_scopeKind->currentData().toInt());
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const auto &items = kind == s1::IocScope::Kind::Account ? m_accounts
        : kind == s1::IocScope::Kind::Site                  ? m_sites
                                                            : m_groups;
    for (const auto &[id, name] : items)
        m_target->addItem(tr("%1 — %2").arg(name, id), id);
    if (m_target->count() == 0)
        m_target->setEditText(QString());
}
