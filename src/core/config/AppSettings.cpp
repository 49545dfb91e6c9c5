// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "ProfileStore.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace config {

namespace {
const QString kRetention = QStringLiteral("history/retentionDays");
const QString kStartMinimized = QStringLiteral("tray/startMinimized");
const QString kStartAtLogin = QStringLiteral("tray/startAtLogin");
const QString kCloseNoticeShown = QStringLiteral("tray/closeNoticeShown");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

AppSettings::AppSettings(const QString &path)
    : m_path(path.isEmpty()
            ? QFileInfo(ProfileStore::defaultPath()).absolutePath() + QStringLiteral("/ui-state.ini")
            : path)
{
    ProfileStore::restrictToOwner(m_path, false);
}

int AppSettings::retentionDays() const
{
    const QSettings s(m_path, QSettings::IniFormat);
    return std::clamp(s.value(kRetention, DefaultRetentionDays).toInt(), 1, 3650);
}

void AppSettings::setRetentionDays(int days)
{
    QSettings(m_path, QSettings::IniFormat).setValue(kRetention, std::clamp(days, 1, 3650));
}

bool AppSettings::trayStartMinimized() const
{
    return QSettings(m_path, QSettings::IniFormat).value(kStartMinimized, false).toBool();
}

void AppSettings::setTrayStartMinimized(bool on)
{
    QSettings(m_path, QSettings::IniFormat).setValue(kStartMinimized, on);
}

bool AppSettings::trayStartAtLogin() const
{
    return QSettings(m_path, QSettings::IniFormat).value(kStartAtLogin, false).toBool();
}

void AppSettings::setTrayStartAtLogin(bool on)
{
    QSettings(m_path, QSettings::IniFormat).setValue(kStartAtLogin, on);
}

bool AppSettings::trayCloseNoticeShown() const
{
    return QSettings(m_path, QSettings::IniFormat).value(kCloseNoticeShown, false).toBool();
}

void AppSettings::setTrayCloseNoticeShown(bool shown)
{
    QSettings(m_path, QSettings::IniFormat).setValue(kCloseNoticeShown, shown);
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QLocale AppSettings::uiLocale() const
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QString AppSettings::language() const
{
    const QString stored = QSettings(m_path, QSettings::IniFormat).value(kLanguage).toString();
    return languages().contains(stored) ? stored : QString(); // anything else: the system's
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings s(m_path, QSettings::IniFormat);
    if (languages().contains(language))
        s.setValue(kLanguage, language);
    else
        s.remove(kLanguage);
}

QByteArray AppSettings::viewState(const QString &name) const
{
    return QSettings(m_path, QSettings::IniFormat).value(name).toByteArray();
}

void AppSettings::setViewState(const QString &name, const QByteArray &state)
{
    QSettings(m_path, QSettings::IniFormat).setValue(name, state);
}

} // namespace config
