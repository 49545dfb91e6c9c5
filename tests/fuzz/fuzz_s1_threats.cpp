// SPDX-License-Identifier: GPL-3.0-or-later
// A page of GET /web/api/v2.1/threats as a console (or whatever answers at its address) sends it:
// the dialect's classification, the pagination, every threat record, and what the program makes of
// a threat afterwards (its names, its CSV row, its OpenCTI bundle).

#include "FuzzSupport.h"

#include "opencti/StixBundleBuilder.h"
#include "s1/PageInfo.h"
#include "s1/S1Dialect.h"
#include "s1/Threat.h"
#include "s1/ThreatCsvExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const auto *dialect = s1::S1Dialect::instance();
    QJsonDocument doc;
    QString detail;
    // An error status reads the {"errors":[...]} envelope instead.
    dialect->classify(400, QByteArrayLiteral("application/json"), body, &doc, &detail);
    doc = {};
    if (dialect->classify(200, QByteArrayLiteral("application/json"), body, &doc, &detail)
        != net::ApiError::Kind::None)
        return 0;
    const QJsonObject envelope = doc.object();
    const s1::PageInfo page = s1::PageInfo::fromEnvelope(envelope);
    Q_UNUSED(page.hasMore());

    QList<s1::Threat> threats;
    for (const QJsonValue &v : envelope.value(QLatin1String("data")).toArray()) {
        s1::Threat threat = s1::Threat::fromJson(v.toObject());
        if (!threat.isValid())
            continue;
        Q_UNUSED(threat.displayName());
        Q_UNUSED(threat.techniqueIds());
        Q_UNUSED(threat.ipAddresses());
        Q_UNUSED(threat.toJson());
        threats.append(threat);
    }
    QList<const s1::Threat *> pointers;
    for (const s1::Threat &threat : threats)
        pointers.append(&threat);
    Q_UNUSED(s1::ThreatCsvExport::toCsv(pointers));

    const opencti::StixBundleBuilder builder;
    for (const s1::Threat &threat : threats)
        Q_UNUSED(opencti::StixBundleBuilder::contentHash(builder.build(threat, {})));
    return 0;
}
