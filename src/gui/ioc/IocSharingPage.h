// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QWidget>

class QAction;
class QTabWidget;
class IocsTab;
class SourcesTab;
class RulesTab;
class SharingTab;

// The IOC sharing area: tabs for the IOCs of the store, their sources, the business rules and the
// sharing configurations. A thin front end over core/exchange: every long operation is a job.
class IocSharingPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { IocsTabIndex, SourcesTabIndex, RulesTabIndex, SharingTabIndex };
    Q_ENUM(Tab)

    explicit IocSharingPage(QWidget *parent = nullptr);

    // The store, registry and sessions to work with (the profile on screen); every tab gets it.
    void setContext(const IocAreaContext &context);
    const IocAreaContext &context() const { return m_context; }

    QTabWidget *tabs() const { return m_tabs; }
    IocsTab *iocsTab() const { return m_iocs; }
    SourcesTab *sourcesTab() const { return m_sources; }
    RulesTab *rulesTab() const { return m_rules; }
    SharingTab *sharingTab() const { return m_sharing; }

    // The window's toolbar while this area is on screen: Pull now (every source of the profile),
    // Share now (every sharing configuration it runs), Import IOCs (a file, into the IOCs tab).
    QList<QAction *> toolbarActions() const { return {m_pullAction, m_shareAction, m_importAction}; }
    // Runs every periodic IOC pull (or share) of the profile now; how many were queued.
    int pullAll();
    int shareAll();

Q_SIGNALS:
    // A short message for the window's status bar.
    void statusMessage(const QString &text);

private:
    IocAreaContext m_context;
    QTabWidget *m_tabs;
    IocsTab *m_iocs;
    SourcesTab *m_sources;
    RulesTab *m_rules;
    SharingTab *m_sharing;
    QAction *m_pullAction;
    QAction *m_shareAction;
    QAction *m_importAction;

    int runAll(const QString &prefix);
    void updateActions();
};
