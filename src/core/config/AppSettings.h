// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace config {

// The application's own settings, shared by the window and the CLI (not per profile, not secret):
// how long the job history is kept, the tray options, the language and the window's view state. Stored in
// ui-state.ini beside the profiles file; every reader goes through this class.
class AppSettings
{
public:
    static constexpr int DefaultRetentionDays = 30;

    // path: the ini file; empty: ui-state.ini beside ProfileStore::defaultPath().
    explicit AppSettings(const QString &path = {});

    QString path() const { return m_path; }

    int retentionDays() const; // 1..3650
    void setRetentionDays(int days);

    bool trayStartMinimized() const;
    void setTrayStartMinimized(bool on);
    bool trayStartAtLogin() const;
    void setTrayStartAtLogin(bool on);
    // Whether the "keeps syncing in the background" notice was shown (once per installation).
    bool trayCloseNoticeShown() const;
    void setTrayCloseNoticeShown(bool shown);

    // The language of the window and the tray: "" (the system's, the default), "en", "de" or "fr".
    // Read once at start-up (src/app/main.cpp): a change takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &language);
    // The languages the setting offers, besides the system's: language codes, in menu order.
    static QStringList languages();
    // The locale whose translations the window installs: the chosen language, else the system's.
    QLocale uiLocale() const;

    // Opaque view state of a widget (e.g. a header's saveState()), by name.
    QByteArray viewState(const QString &name) const;
    void setViewState(const QString &name, const QByteArray &state);

private:
    QString m_path;
};

} // namespace config
