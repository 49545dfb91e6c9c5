// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include "jobs/IsoDuration.h"

#include <QUuid>

namespace config {

s1::ConsoleConfig Profile::consoleConfig(const QString &apiToken) const
{
    s1::ConsoleConfig c;
    c.url = consoleUrl;
    c.token = apiToken;
    c.accountId = accountId;
    if (!allSites)
        c.siteIds = siteIds;
    c.transport.maxAttempts = maxAttempts;
    if (tlsPolicy == TlsPolicy::PinnedCertificate)
        c.transport.pinnedCertSha256 = pinnedCertSha256;
    return c;
}

QString Profile::unsafeCharacter(QStringView text)
{
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        const auto code
            = [c] { return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper(); };
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return tr("%1 (a control character)").arg(code());
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return tr("%1 (a bidirectional text override)").arg(code());
    }
    return {};
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("Profile name: enter a name, e.g. the console's company name.");
    for (const auto &[field, text] : {std::pair {tr("Profile name"), &name},
             std::pair {tr("Account ID"), &accountId}, std::pair {tr("Flag string"), &flag}}) {
        const QString bad = unsafeCharacter(*text);
        if (!bad.isEmpty())
            problems << tr("%1: holds %2; use plain text on one line.").arg(field, bad);
    }
    QString error;
    if (!demo && s1::ConsoleConfig::normalizeUrl(consoleUrl.toString(), &error).isEmpty())
        problems << error; // the demo tenant gets a new address at each start
    if (!allSites && siteIds.isEmpty())
        problems << tr("Sites: choose at least one site, or all sites of the account.");
    if (flag.trimmed().isEmpty())
        problems << tr("Flag string: enter the note text that flags a threat, e.g. [OpenCTI_add].");
    if (!jobs::IsoDuration::parseSeconds(syncPeriod, &error))
        problems << tr("Sync period: %1").arg(error);
    if (maxAttempts < 1 || maxAttempts > 100)
        problems << tr("Maximum API attempts: use a whole number from 1 to 100.");
    if (importMode == ImportMode::CreatedAfter && !importStart.isValid())
        problems << tr("Import start date: choose the date from which threats are imported.");
    if (openCtiEnabled) {
        const QString scheme = openCtiUrl.scheme();
        // The demo tenant's OpenCTI gets a new address at each start: a demo profile stores none.
        if (!demo
            && (!openCtiUrl.isValid() || openCtiUrl.host().isEmpty()
                || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))))
            problems << tr("OpenCTI URL: enter the platform address, e.g. https://opencti.example.com.");
        static const QStringList markings {QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:WHITE"),
            QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER+STRICT"),
            QStringLiteral("TLP:RED")};
        if (!markings.contains(tlp.toUpper()))
            problems << tr("TLP marking: use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.");
        if (QUuid::fromString(connectorId).isNull())
            problems << tr("Connector ID: must be a UUID.");
    }
    if (tlsPolicy == TlsPolicy::PinnedCertificate && pinnedCertSha256.size() != 64)
        problems << tr("Pinned certificate: a SHA-256 fingerprint has 64 hexadecimal digits.");
    return problems;
}

QString Profile::secretKey(const QString &id, Secret kind)
{
    return QLatin1String("profile/") + id
        + (kind == Secret::S1ApiToken ? QLatin1String("/s1-api-token") : QLatin1String("/opencti-token"));
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace config
