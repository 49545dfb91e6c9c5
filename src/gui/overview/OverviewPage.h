// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OverviewSnapshot.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;
class QVBoxLayout;
class OverviewJobModel;

namespace opencti {
class ImportStore;
}
namespace storage {
class JobHistory;
}
namespace session {
class ProfileSession;
class TaskRegistry;
} // namespace session

// The Overview area, first in the sidebar: for the profile on screen, the console connection (and
// when it was checked), "Needs attention" (a refused token, a failing job, threats OpenCTI refused),
// each with the action that fixes it beside it, and every job with its last and next run. The data
// is a session::OverviewSnapshot (core), read again when a job starts or ends, when the connection or
// the session changes, and every half minute for the relative times. Nothing here waits on the network.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // The profile on screen and the scheduler's registry (neither owned; nullptr: none).
    void setSession(session::ProfileSession *session, session::TaskRegistry *registry);
    void setHistory(storage::JobHistory *history);
    void setImportStore(opencti::ImportStore *store);

    const session::OverviewSnapshot &snapshot() const { return m_snapshot; }
    OverviewJobModel *model() const { return m_model; }
    QTableView *jobTable() const { return m_table; }
    // The "Needs attention" rows: each a QFrame named "attention" with its buttons (tests).
    QList<QWidget *> attentionRows() const;
    // When the console last answered a check (invalid: not checked since the profile was shown).
    QDateTime checkedAt() const { return m_checkedAt; }

    // The toolbar's actions while the Overview is on screen: Refresh, Run all now.
    QList<QAction *> toolbarActions() const;
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *runAllAction() const { return m_runAllAction; }

public Q_SLOTS:
    // Reads the snapshot again now.
    void refresh();
    // Runs every periodic job of the profile now (each once; those queued or running are left alone).
    void runAllNow();
    // Runs a job again now (its periodic task, or once); false (with a status message) when it cannot.
    bool runAgain(const QString &kind);

Q_SIGNALS:
    // The profile's connection needs the user: the window opens the profile editor.
    void editProfileRequested();
    void showJobsRequested(const QString &kind);
    // The OpenCTI import area, where every imported threat is listed with OpenCTI's answer.
    void showImportsRequested();
    void retryImportRequested(const QStringList &threatIds);
    void statusMessage(const QString &text);

private:
    void scheduleRefresh();
    // Follows the state of the session's console connection (when it answered a check).
    void followConnection();
    void rebuildAttention();
    void updateHeader();
    void updateButtons();
    QString selectedKind() const;
    QWidget *attentionRow(const session::OverviewProblem &problem);

    QPointer<session::ProfileSession> m_session;
    session::TaskRegistry *m_registry = nullptr;
    storage::JobHistory *m_history = nullptr;
    opencti::ImportStore *m_importStore = nullptr;
    QList<QMetaObject::Connection> m_links;
    QMetaObject::Connection m_connectionLink;
    session::OverviewSnapshot m_snapshot;
    QDateTime m_checkedAt;

    QLabel *m_title;
    QLabel *m_connection;
    QPushButton *m_check;
    QLabel *m_attentionTitle;
    QScrollArea *m_attentionScroll = nullptr;
    QWidget *m_attention;
    QVBoxLayout *m_attentionLayout;
    QLabel *m_allWell;
    OverviewJobModel *m_model;
    QTableView *m_table;
    QLabel *m_noJobs;
    QPushButton *m_runNow;
    QPushButton *m_showInJobs;
    QAction *m_refreshAction;
    QAction *m_runAllAction;
    QTimer *m_refreshTimer; // coalesces the bursts of scheduler signals into one read
    QTimer *m_clockTimer; // relative times ("in 4 min")
};
