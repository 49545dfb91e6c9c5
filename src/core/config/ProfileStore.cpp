// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace config {

namespace {

const QLatin1String kVersionKey("settingsVersion");
const QLatin1String kCurrentKey("currentProfile");
const QLatin1String kGroupPrefix("profile-");

struct EnumName
{
    int value;
    QLatin1String name;
};
const EnumName kImportModes[] = {
    {int(Profile::ImportMode::FlaggedOnly), QLatin1String("flagged-only")},
    {int(Profile::ImportMode::CreatedAfter), QLatin1String("created-after")},
};
const EnumName kTlsPolicies[] = {
    {int(Profile::TlsPolicy::SystemTrust), QLatin1String("system-trust")},
    {int(Profile::TlsPolicy::PinnedCertificate), QLatin1String("pinned-certificate")},
};

template<std::size_t N> QString enumToString(const EnumName (&names)[N], int value)
{
    for (const EnumName &n : names)
        if (n.value == value)
            return n.name;
    return names[0].name;
}

template<std::size_t N>
int enumFromString(const EnumName (&names)[N], const QString &text, const QString &context)
{
    for (const EnumName &n : names)
        if (text == n.name)
            return n.value;
    if (!text.isEmpty())
        qCWarning(lcConfig) << "unknown value" << text << "for" << context << "- using" << names[0].name;
    return names[0].value;
}

bool isUsableId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch();
}

// The migrations hook: brings a file written by an older S1 Bridge to SettingsVersion. Version 0 is a
// file without settingsVersion (written before versioning, or by hand); its layout is version 1's.
bool migrate(QSettings &settings, int fromVersion, QString *error)
{
    Q_UNUSED(error)
    for (int version = fromVersion; version < ProfileStore::SettingsVersion; ++version) {
        switch (version) {
        case 0:
            break; // same layout: only the stamp below
        default:
            break;
        }
        qCInfo(lcConfig) << "settings" << settings.fileName() << "migrated from version" << version << "to"
                         << version + 1;
    }
    settings.setValue(kVersionKey, ProfileStore::SettingsVersion);
    return true;
}

// Before the first write: a new file gets the current version, an older one is migrated.
bool stampVersion(QSettings &settings, QString *error)
{
    const int version = settings.value(kVersionKey, 0).toInt();
    if (version >= ProfileStore::SettingsVersion)
        return true;
    if (settings.allKeys().isEmpty()) {
        settings.setValue(kVersionKey, ProfileStore::SettingsVersion);
        return true;
    }
    return migrate(settings, version, error);
}

Profile readProfile(const QSettings &s, const QString &id)
{
    const QString g = kGroupPrefix + id + u'/';
    auto v = [&s, &g](const char *key, const QVariant &fallback = {}) {
        return s.value(g + QLatin1String(key), fallback);
    };
    Profile p;
    const Profile defaults;
    p.id = id;
    p.name = v("name").toString();
    p.demo = v("demo", false).toBool();
    p.consoleUrl = QUrl(v("consoleUrl").toString());
    p.accountId = v("accountId").toString();
    p.accountName = v("accountName").toString();
    p.allSites = v("allSites", true).toBool();
    p.siteIds = v("siteIds").toStringList();
    p.siteNames = v("siteNames").toStringList();
    p.openCtiEnabled = v("openCtiEnabled", false).toBool();
    p.openCtiUrl = QUrl(v("openCtiUrl").toString());
    p.connectorId = v("connectorId").toString();
    p.connectorName = v("connectorName", defaults.connectorName).toString();
    p.connectorScope = v("connectorScope", defaults.connectorScope).toString();
    p.logLevel = v("logLevel", defaults.logLevel).toString();
    p.tlp = v("tlp", defaults.tlp).toString();
    p.flag = v("flag", defaults.flag).toString();
    p.importMode = Profile::ImportMode(
        enumFromString(kImportModes, v("importMode").toString(), g + QLatin1String("importMode")));
    p.importStart = QDate::fromString(v("importStart").toString(), Qt::ISODate);
    p.syncPeriod = v("syncPeriod", defaults.syncPeriod).toString();
    p.maxAttempts = v("maxAttempts", defaults.maxAttempts).toInt();
    p.tlsPolicy = Profile::TlsPolicy(
        enumFromString(kTlsPolicies, v("tlsPolicy").toString(), g + QLatin1String("tlsPolicy")));
    p.pinnedCertSha256 = v("pinnedCertSha256").toString().toLatin1();
    return p;
}

void writeProfile(QSettings &s, const Profile &p)
{
    s.remove(kGroupPrefix + p.id); // no stale keys from an older save
    s.beginGroup(kGroupPrefix + p.id);
    const QVariantMap values = ProfileStore::toVariantMap(p);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (it.key() != QLatin1String("id")) // the group name
            s.setValue(it.key(), it.value());
    s.endGroup();
}

QStringList profileIds(const QSettings &s)
{
    QStringList ids;
    const QStringList groups = s.childGroups();
    for (const QString &group : groups)
        if (group.startsWith(kGroupPrefix))
            ids << group.mid(kGroupPrefix.size());
    return ids;
}

} // namespace

void ProfileStore::restrictToOwner(const QString &path, bool folderToo)
{
    const QFileInfo info(path);
    if (info.exists())
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (folderToo && QFileInfo::exists(info.absolutePath()))
        QFile::setPermissions(
            info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

ProfileStore::ProfileStore(const QString &iniPath)
    : m_path(iniPath)
{
    if (!QFileInfo::exists(m_path))
        return; // a read-only use (profiles list) creates nothing
    restrictToOwner(m_path, m_path == defaultPath());
    QSettings settings(m_path, QSettings::IniFormat);
    if (!fileProblem(settings).isEmpty())
        return;
    const int version = settings.value(kVersionKey, 0).toInt();
    if (version < SettingsVersion) {
        QString error;
        if (!migrate(settings, version, &error) || !commit(settings, &error))
            m_migrationError = tr("Cannot upgrade the settings file %1 from version %2: %3")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(version)
                                   .arg(error);
    }
}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1String("/S1Bridge/s1bridge/s1bridge.ini");
}

QVariantMap ProfileStore::toVariantMap(const Profile &p)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("demo"), p.demo},
        {QStringLiteral("consoleUrl"), p.consoleUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("accountId"), p.accountId},
        {QStringLiteral("accountName"), p.accountName},
        {QStringLiteral("allSites"), p.allSites},
        {QStringLiteral("siteIds"), p.siteIds},
        {QStringLiteral("siteNames"), p.siteNames},
        {QStringLiteral("openCtiEnabled"), p.openCtiEnabled},
        {QStringLiteral("openCtiUrl"), p.openCtiUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("connectorId"), p.connectorId},
        {QStringLiteral("connectorName"), p.connectorName},
        {QStringLiteral("connectorScope"), p.connectorScope},
        {QStringLiteral("logLevel"), p.logLevel},
        {QStringLiteral("tlp"), p.tlp},
        {QStringLiteral("flag"), p.flag},
        {QStringLiteral("importMode"), enumToString(kImportModes, int(p.importMode))},
        {QStringLiteral("importStart"),
            p.importStart.isValid() ? p.importStart.toString(Qt::ISODate) : QString()},
        {QStringLiteral("syncPeriod"), p.syncPeriod},
        {QStringLiteral("maxAttempts"), p.maxAttempts},
        {QStringLiteral("tlsPolicy"), enumToString(kTlsPolicies, int(p.tlsPolicy))},
        {QStringLiteral("pinnedCertSha256"), QString::fromLatin1(p.pinnedCertSha256)},
    };
}

QString ProfileStore::path() const
{
    return m_path;
}

QString ProfileStore::fileProblem(const QSettings &settings) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (settings.status()) {
    case QSettings::NoError:
        break;
    case QSettings::AccessError:
        return tr("Cannot read the settings file %1: check that it exists and that you may read it.")
            .arg(file);
    case QSettings::FormatError:
        return tr("The settings file %1 is not a valid INI file; repair it or move it away.").arg(file);
    }
    const int version = settings.value(kVersionKey, 0).toInt();
    if (version > SettingsVersion)
        return tr("The settings file %1 was written by a newer S1 Bridge (settings version %2; this one "
                  "understands version %3 and older). Update S1 Bridge, or use another settings file.")
            .arg(file)
            .arg(version)
            .arg(SettingsVersion);
    return m_migrationError;
}

QString ProfileStore::errorString() const
{
    if (!QFileInfo::exists(m_path))
        return m_migrationError;
    const QSettings settings(m_path, QSettings::IniFormat);
    return fileProblem(settings);
}

bool ProfileStore::commit(QSettings &settings, QString *error) const
{
    settings.sync(); // QSettings writes a temporary file and renames it over the old one
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot write the settings file %1: check that its folder exists and that you may "
                        "write to it.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

QList<Profile> ProfileStore::profiles() const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    if (!fileProblem(settings).isEmpty())
        return {};
    QList<Profile> result;
    const QStringList ids = profileIds(settings);
    for (const QString &id : ids)
        result << readProfile(settings, id);
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all)
        if (p.id == nameOrId)
            return p;
    for (const Profile &p : all)
        if (p.name == nameOrId)
            return p;
    std::optional<Profile> match;
    for (const Profile &p : all) {
        if (p.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0) {
            if (match)
                return std::nullopt; // ambiguous
            match = p;
        }
    }
    return match;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    QString problem;
    QStringList problems;
    if (!isUsableId(profile.id))
        problems << tr("Profile ID: must be 1 to 64 letters, digits, '-' or '_' (use Profile::newId()).");
    problems << profile.validate();

    QSettings settings(m_path, QSettings::IniFormat);
    problem = fileProblem(settings);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QStringList ids = profileIds(settings);
    for (const QString &id : ids) {
        if (id == profile.id)
            continue;
        const QString other = settings.value(kGroupPrefix + id + QLatin1String("/name")).toString();
        if (other.trimmed().compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0) {
            problems << tr("Profile name: \"%1\" is already used by another profile; choose another name.")
                            .arg(profile.name.trimmed());
            break;
        }
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    if (!stampVersion(settings, error))
        return false;
    writeProfile(settings, profile);
    if (!commit(settings, error))
        return false;
    qCInfo(lcConfig) << "profile saved:" << profile.id;
    return true;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    QSettings settings(m_path, QSettings::IniFormat);
    const QString problem = fileProblem(settings);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!isUsableId(id) || !profileIds(settings).contains(id)) {
        if (error)
            *error = tr("There is no profile with the ID \"%1\".").arg(id);
        return false;
    }
    settings.remove(kGroupPrefix + id);
    if (settings.value(kCurrentKey).toString() == id)
        settings.remove(kCurrentKey);
    if (!commit(settings, error))
        return false;
    qCInfo(lcConfig) << "profile removed:" << id;
    return true;
}

QString ProfileStore::currentProfileId() const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    if (!fileProblem(settings).isEmpty())
        return {};
    const QString id = settings.value(kCurrentKey).toString();
    return profileIds(settings).contains(id) ? id : QString();
}

bool ProfileStore::setCurrentProfileId(const QString &id, QString *error)
{
    QSettings settings(m_path, QSettings::IniFormat);
    const QString problem = fileProblem(settings);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!id.isEmpty() && !profileIds(settings).contains(id)) {
        if (error)
            *error = tr("There is no profile with the ID \"%1\".").arg(id);
        return false;
    }
    if (!stampVersion(settings, error))
        return false;
    if (id.isEmpty())
        settings.remove(kCurrentKey);
    else
        settings.setValue(kCurrentKey, id);
    return commit(settings, error);
}

} // namespace config
