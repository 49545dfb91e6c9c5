// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/AppSettings.h"
#include "config/Profile.h"

#include <QWidget>

#include <optional>

class DurationEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class TrayController;

// Settings: how the open profile behaves (flag text, import mode, sync period: edited here with the
// wizard's validation, Profile::validate(); console and OpenCTI connections stay with the wizard),
// the tray (start minimized, start at login; disabled, with the reason, on a desktop without a
// system tray), how long the job history is kept and the language (applied at the next start).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultRetentionDays = config::AppSettings::DefaultRetentionDays;

    explicit SettingsPage(QWidget *parent = nullptr);

    void setTray(TrayController *tray);
    // The open profile (as stored), or none. Unapplied edits of another profile are dropped.
    void setProfile(const std::optional<config::Profile> &profile);
    // Shows why the profile could not be saved (the edits stay, Apply stays enabled).
    void setSaveError(const QString &error);
    // The stored profile with the edits of the form applied.
    config::Profile editedProfile() const;
    // Problems of editedProfile() (Profile::validate()), each naming the field.
    QStringList problems() const;
    // Days of job history to keep; persisted in ui-state.ini ("history/retentionDays").
    static int retentionDays();
    // Settings > Language: "" (the system's), "en", "de", "fr"; stored in config::AppSettings.
    QComboBox *languageCombo() const { return m_language; }

Q_SIGNALS:
    void retentionChanged(int days);
    // Apply: the edited profile, valid; the receiver saves it and reopens its session.
    void profileEdited(const config::Profile &profile);

private:
    QGroupBox *buildProfileBox();
    void revalidate();
    void loadProfileIntoForm();

    std::optional<config::Profile> m_profile;
    QGroupBox *m_profileBox = nullptr;
    QLabel *m_noProfile = nullptr;
    QLineEdit *m_flag = nullptr;
    QRadioButton *m_flaggedOnly = nullptr;
    QRadioButton *m_createdAfter = nullptr;
    QDateEdit *m_importStart = nullptr;
    DurationEdit *m_period = nullptr;
    QString m_loadedPeriod;
    QLabel *m_profileError = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    TrayController *m_tray = nullptr;
    QCheckBox *m_startMinimized;
    QCheckBox *m_startAtLogin;
    QLabel *m_trayNote;
    QSpinBox *m_retention;
    QComboBox *m_language;
    QLabel *m_languageNote;
};
