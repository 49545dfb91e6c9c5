// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

class QSettings;

namespace config {

// The profiles' non-secret settings in one INI file (QSettings), shared by s1bridge and s1bridge-cli.
// Layout: top-level settingsVersion and currentProfile, then one group per profile named
// "profile-<id>". Secrets are never stored here (see SecretStore). Every call re-reads the file, so
// two processes (the tray app and a cron job) see each other's changes.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    static constexpr int SettingsVersion = 1;

    explicit ProfileStore(const QString &iniPath = defaultPath());
    // <config dir>/S1Bridge/s1bridge/s1bridge.ini: the GUI's AppConfigLocation, whichever executable
    // (s1bridge or s1bridge-cli) asks, so both see the same profiles. Honours XDG_CONFIG_HOME.
    static QString defaultPath();
    // Owner-only access (issue: settings and database were 0644): the file 0600 when it exists and,
    // with folderToo, its folder 0700. Files S1 Bridge creates are private anyway (both programs set
    // umask 077); this mends those made before.
    static void restrictToOwner(const QString &path, bool folderToo);
    QString path() const;

    QList<Profile> profiles() const; // sorted by name (case-insensitive)
    // By id, else by name (exact, then case-insensitive).
    std::optional<Profile> find(const QString &nameOrId) const;
    // Validates (Profile::validate, a usable id, a name no other profile has), then writes and syncs;
    // false with *error naming every problem. Adding and replacing (same id) are the same call.
    bool save(const Profile &profile, QString *error);
    bool remove(const QString &id, QString *error);
    QString currentProfileId() const;
    bool setCurrentProfileId(const QString &id, QString *error = nullptr);

    // A profile's settings as the INI file holds them (enums as "flagged-only", "pinned-certificate"...),
    // for display and JSON; secrets are not members of Profile, so they cannot appear here.
    static QVariantMap toVariantMap(const Profile &profile);

    // Why the file cannot be used (unreadable, malformed, written by a newer S1 Bridge); empty if fine.
    // While it is set, profiles() is empty and every write is refused with this message.
    QString errorString() const;

private:
    QString fileProblem(const QSettings &settings) const;
    bool commit(QSettings &settings, QString *error) const;

    QString m_path;
    QString m_migrationError;
};

} // namespace config
