// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"
#include "s1/ConsoleConnection.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QTableView;
class ThreatTableModel;

namespace jobs {
class Job;
class JobRunner;
}

// The main window: connection state and a read-only table of threats (the full browser, the
// wizard and the other areas come later). A thin front end: it starts jobs and shows their signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const s1::ConsoleConfig &config, const QString &profileName, QWidget *parent = nullptr);
    ~MainWindow() override;

    s1::ConsoleConnection *connection() const { return m_connection; }
    ThreatTableModel *threatModel() const { return m_model; }
    jobs::JobRunner *jobRunner() const { return m_runner; }

public Q_SLOTS:
    void refresh();

private:
    void onStateChanged(s1::ConsoleConnection::State state);
    void onJobStarted(jobs::Job *job);
    void onJobFinished(jobs::Job *job);

    s1::ConsoleConnection *m_connection;
    jobs::JobRunner *m_runner;
    ThreatTableModel *m_model;
    QTableView *m_view;
    QLabel *m_banner;
    QLabel *m_stateLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QAction *m_refreshAction;
};
