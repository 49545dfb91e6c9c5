// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocSharingPage.h"

#include "IocsTab.h"
#include "RulesTab.h"
#include "SharingTab.h"
#include "SourcesTab.h"
#include "jobs/Scheduler.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

session::ProfileSession *IocAreaContext::sessionOf(const QString &profileId) const
{
    if (session && (profileId.isEmpty() || session->id() == profileId))
        return session;
    return sessionFor ? sessionFor(profileId) : nullptr;
}

IocSharingPage::IocSharingPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_iocs(new IocsTab(m_tabs))
    , m_sources(new SourcesTab(m_tabs))
    , m_rules(new RulesTab(m_tabs))
    , m_sharing(new SharingTab(m_tabs))
    , m_pullAction(new QAction(tr("&Pull now"), this))
    , m_shareAction(new QAction(tr("S&hare now"), this))
    , m_importAction(new QAction(tr("Import &IOCs…"), this))
{
    setObjectName(QStringLiteral("iocSharingPage"));
    m_pullAction->setObjectName(QStringLiteral("iocPullAllAction"));
    m_pullAction->setToolTip(tr("Pull every IOC source of this profile now"));
    m_shareAction->setObjectName(QStringLiteral("iocShareAllAction"));
    m_shareAction->setToolTip(tr("Run every sharing configuration of this profile now"));
    m_importAction->setObjectName(QStringLiteral("iocImportAction"));
    m_importAction->setToolTip(tr("Import IOCs from a file into the store"));
    connect(m_pullAction, &QAction::triggered, this, &IocSharingPage::pullAll);
    connect(m_shareAction, &QAction::triggered, this, &IocSharingPage::shareAll);
    connect(m_importAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(IocsTabIndex);
        if (m_iocs->importAction()->isEnabled())
            m_iocs->importAction()->trigger();
    });
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_iocs, tr("&IOCs"));
    m_tabs->addTab(m_sources, tr("S&ources"));
    m_tabs->addTab(m_rules, tr("&Business rules"));
    m_tabs->addTab(m_sharing, tr("Sharin&g"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_iocs, &IocsTab::statusMessage, this, &IocSharingPage::statusMessage);
    connect(m_sources, &SourcesTab::statusMessage, this, &IocSharingPage::statusMessage);
    connect(m_rules, &RulesTab::statusMessage, this, &IocSharingPage::statusMessage);
    connect(m_sharing, &SharingTab::statusMessage, this, &IocSharingPage::statusMessage);
    updateActions();
}

void IocSharingPage::setContext(const IocAreaContext &context)
{
    m_context = context;
    m_iocs->setContext(context);
    m_sources->setContext(context);
    m_rules->setContext(context);
    m_sharing->setContext(context);
    updateActions();
}

void IocSharingPage::updateActions()
{
    const bool runs = m_context.registry && m_context.session;
    m_pullAction->setEnabled(runs);
    m_shareAction->setEnabled(runs);
    m_importAction->setEnabled(m_context.store != nullptr);
}

int IocSharingPage::pullAll()
{
    const int queued = runAll(session::TaskKind::IocPullPrefix);
    Q_EMIT statusMessage(queued > 0 ? tr("%n IOC pull(s) queued to run now.", nullptr, queued)
                                    : tr("No IOC source of this profile pulls on a schedule, or they all "
                                         "run already. Add a source in the Sources tab."));
    return queued;
}

int IocSharingPage::shareAll()
{
    const int queued = runAll(session::TaskKind::IocSharePrefix);
    Q_EMIT statusMessage(queued > 0
            ? tr("%n sharing configuration(s) queued to run now.", nullptr, queued)
            : tr("No enabled sharing configuration runs in this profile, or they all run already. Add one "
                 "in the Sharing tab."));
    return queued;
}

int IocSharingPage::runAll(const QString &prefix)
{
    if (!m_context.registry || !m_context.session)
        return 0;
    int queued = 0;
    const QString profileId = m_context.session->id();
    for (const QString &kind : m_context.registry->scheduler()->taskKinds(profileId))
        if (kind.startsWith(prefix) && m_context.registry->runNow(m_context.session, kind))
            ++queued;
    return queued;
}
