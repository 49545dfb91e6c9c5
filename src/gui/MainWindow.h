// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"
#include "s1/ConsoleConnection.h"

#include <QMainWindow>

class QComboBox;
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
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects to a console (replacing any previous connection) and loads its threats.
    void setConsole(const QString &profileName, const s1::ConsoleConfig &config);
    // The profile switcher's entries: (id, name) pairs, and the current one.
    void setProfiles(const QList<std::pair<QString, QString>> &profiles, const QString &currentId);
    // A warning strip above the table (e.g. no keychain); empty hides it.
    void setNotice(const QString &text);

    s1::ConsoleConnection *connection() const { return m_connection; }
    ThreatTableModel *threatModel() const { return m_model; }
    jobs::JobRunner *jobRunner() const { return m_runner; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void profileChosen(const QString &profileId);
    void newProfileRequested();
    void editProfileRequested();
    void deleteProfileRequested();

private:
    void onStateChanged(s1::ConsoleConnection::State state);
    void onJobStarted(jobs::Job *job);
    void onJobFinished(jobs::Job *job);

    s1::ConsoleConnection *m_connection = nullptr;
    QComboBox *m_profileCombo;
    QLabel *m_profileLabel;
    QLabel *m_notice;
    jobs::JobRunner *m_runner;
    ThreatTableModel *m_model;
    QTableView *m_view;
    QLabel *m_banner;
    QLabel *m_stateLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QAction *m_refreshAction;
};
