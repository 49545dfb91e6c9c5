// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/AppSettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class TrayController;

// Application settings (profile settings are edited with the wizard): the tray (start minimized,
// start at login; disabled, with the reason, on a desktop without a system tray) and how long the
// job history is kept.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultRetentionDays = config::AppSettings::DefaultRetentionDays;

    explicit SettingsPage(QWidget *parent = nullptr);

    void setTray(TrayController *tray);
    // Days of job history to keep; persisted in ui-state.ini ("history/retentionDays").
    static int retentionDays();

Q_SIGNALS:
    void retentionChanged(int days);

private:
    TrayController *m_tray = nullptr;
    QCheckBox *m_startMinimized;
    QCheckBox *m_startAtLogin;
    QLabel *m_trayNote;
    QSpinBox *m_retention;
};
