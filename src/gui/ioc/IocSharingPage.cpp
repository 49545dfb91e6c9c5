// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocSharingPage.h"

#include "IocsTab.h"
#include "RulesTab.h"
#include "SharingTab.h"
#include "SourcesTab.h"
#include "session/ProfileSession.h"

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
{
    setObjectName(QStringLiteral("iocSharingPage"));
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
}

void IocSharingPage::setContext(const IocAreaContext &context)
{
    m_context = context;
    m_iocs->setContext(context);
    m_sources->setContext(context);
    m_rules->setContext(context);
    m_sharing->setContext(context);
}
