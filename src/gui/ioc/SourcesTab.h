// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QPointer>
#include <QWidget>

class QMessageBox;
class QPushButton;
class QTableView;
class SourceDialog;
class SourceListModel;

// The IOC sources: kind, last pull, counts and state; add and edit per kind; Pull now (through the
// scheduler: its progress shows in the window's status bar, its run in the job history). The table
// is read again when a pull of this profile ends.
class SourcesTab : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesTab(QWidget *parent = nullptr);
    void setContext(const IocAreaContext &context);

    SourceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The dialog of a new source of this kind ("s1-threats", "feed", "manual"...), opened.
    SourceDialog *addSource(const QString &kind);
    SourceDialog *editSelected();
    // Asks, then removes the selected source (the question, opened; nullptr: nothing selected).
    QMessageBox *removeSelected();
    // Pull now for the selected source; false (with a status message) when it cannot run.
    bool pullSelected();
    void selectSource(const QString &name);
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    int selectedRow() const;
    void updateButtons();

    IocAreaContext m_context;
    SourceListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_pull;
    QMetaObject::Connection m_schedulerConnection;
};
