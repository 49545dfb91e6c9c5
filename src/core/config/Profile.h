// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace config {

// One console's non-secret settings. Secrets (the SentinelOne API token, the OpenCTI token) are
// never members: they live in the OS keychain under secretKey(id, kind) (see SecretStore).
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    enum class ImportMode { FlaggedOnly, CreatedAfter };
    enum class TlsPolicy { SystemTrust, PinnedCertificate };
    enum class Secret { S1ApiToken, OpenCtiToken };

    QString id; // stable UUID (braceless), generated once
    QString name; // shown to people; unique among profiles
    bool demo = false; // the built-in demo tenant (its tokens are not secrets)

    QUrl consoleUrl; // normalized (ConsoleConfig::normalizeUrl)
    QString accountId;
    QString accountName;
    bool allSites = true; // every site of the account
    QStringList siteIds; // when !allSites
    QStringList siteNames; // parallel to siteIds, for display

    bool openCtiEnabled = false;
    QUrl openCtiUrl;
    QString connectorId; // UUIDv4, generated at setup (CONNECTOR_ID)
    QString connectorName = QStringLiteral("S1 Bridge");
    QString connectorScope = QStringLiteral("sentinelone");
    QString logLevel = QStringLiteral("info");
    QString tlp = QStringLiteral("TLP:RED"); // marking of everything imported into OpenCTI

    QString flag = QStringLiteral("[OpenCTI_add]"); // SIGN
    ImportMode importMode = ImportMode::FlaggedOnly;
    QDate importStart; // for CreatedAfter
    QString syncPeriod = QStringLiteral("PT5M"); // ISO 8601 duration
    int maxAttempts = 5; // MAX_API_ATTEMPTS
    TlsPolicy tlsPolicy = TlsPolicy::SystemTrust;
    QByteArray pinnedCertSha256; // hex, when PinnedCertificate

    // What a client needs, with the token from the keychain.
    s1::ConsoleConfig consoleConfig(const QString &apiToken) const;
    // Every problem, each naming the field and what is expected; empty when the profile is usable.
    QStringList validate() const;
    // Keychain key of a secret of profile `id`, e.g. "profile/<id>/s1-api-token".
    static QString secretKey(const QString &id, Secret kind);
    static QString newId();
    // A text shown to people (a name, an account id, a flag text) holds no control character (C0,
    // DEL, C1: ESC, NUL, CR, LF, TAB ...) and no bidi override or isolate (U+202A..U+202E,
    // U+2066..U+2069). Empty when it is fine; else the first such character described, e.g.
    // "U+001B (a control character)".
    static QString unsafeCharacter(QStringView text);
};

} // namespace config
