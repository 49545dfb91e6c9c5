// SPDX-License-Identifier: GPL-3.0-or-later
// What a TAXII 2.1 server answers (exchange::TaxiiDialect, TaxiiClient, the pull's envelope): the
// dialect's classification, the discovery resource or API root, the collections, and an envelope's
// indicators through the one STIX mapping (pattern, value normalization, TLP, validity).

#include "FuzzSupport.h"

#include "exchange/IocNormalizer.h"
#include "exchange/StixIndicator.h"
#include "exchange/TaxiiClient.h"
#include "exchange/TaxiiDialect.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace exchange;
    const QByteArray body = fuzz::bytes(data, size);
    const auto *dialect = TaxiiDialect::instance();
    QJsonDocument doc;
    QString detail;
    dialect->classify(404, QByteArrayLiteral("application/taxii+json;version=2.1"), body, &doc, &detail);
    doc = {};
    if (dialect->classify(200, QByteArrayLiteral("application/taxii+json;version=2.1"), body, &doc, &detail)
        != net::ApiError::Kind::None)
        return 0;
    const QJsonObject answer = doc.object();

    static const QUrl server(QStringLiteral("https://taxii.example.org/taxii2/"));
    bool isApiRoot = false;
    QString problem;
    for (const QUrl &root : TaxiiClient::readRoot(answer, server, &isApiRoot, &problem))
        Q_UNUSED(TaxiiClient::withSlash(root));
    Q_UNUSED(TaxiiClient::readCollections(answer));

    static const QDateTime now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    for (const QJsonValue &value : answer.value(QLatin1String("objects")).toArray()) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("indicator"))
            continue;
        const StixIndicator indicator = StixIndicator::fromStix(object);
        const StixIndicatorOutcome outcome = StixIndicatorMapping::map(indicator, now);
        Q_UNUSED(outcome);
        Q_UNUSED(IocNormalizer::printable(indicator.pattern, 120));
    }
    Q_UNUSED(answer.value(QLatin1String("next")).toString());
    return 0;
}
