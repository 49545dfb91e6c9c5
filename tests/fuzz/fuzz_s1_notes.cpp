// SPDX-License-Identifier: GPL-3.0-or-later
// A page of GET /web/api/v2.1/threats/<id>/notes: the dialect's classification, the pagination,
// every note, the flag rule, and the notes as the OpenCTI bundle of a fixed threat carries them.

#include "FuzzSupport.h"

#include "opencti/StixBundleBuilder.h"
#include "s1/PageInfo.h"
#include "s1/S1Dialect.h"
#include "s1/Threat.h"
#include "s1/ThreatNote.h"

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
    QJsonDocument doc;
    QString detail;
    if (s1::S1Dialect::instance()->classify(200, QByteArrayLiteral("application/json"), body, &doc, &detail)
        != net::ApiError::Kind::None)
        return 0;
    const QJsonObject envelope = doc.object();
    Q_UNUSED(s1::PageInfo::fromEnvelope(envelope));

    static const QString threatId = QStringLiteral("1234567890123456789");
    QList<s1::ThreatNote> notes;
    for (const QJsonValue &v : envelope.value(QLatin1String("data")).toArray()) {
        s1::ThreatNote note = s1::ThreatNote::fromJson(v.toObject(), threatId);
        Q_UNUSED(note.containsFlag(QStringLiteral("#opencti")));
        Q_UNUSED(note.isOnlyFlag(QStringLiteral("#opencti")));
        Q_UNUSED(note.toJson());
        notes.append(note);
    }

    s1::Threat threat;
    threat.id = threatId;
    threat.name = QStringLiteral("eicar.com");
    threat.identifiedAtRaw = QStringLiteral("2024-03-01T10:00:00.000000Z");
    threat.identifiedAt = s1::parseApiTime(threat.identifiedAtRaw);
    threat.createdAt = threat.identifiedAt;
    const opencti::StixBundleBuilder builder;
    Q_UNUSED(opencti::StixBundleBuilder::contentHash(builder.build(threat, notes)));
    return 0;
}
