// SPDX-License-Identifier: GPL-3.0-or-later
// What an OpenCTI platform (or whatever answers at its address) sends to POST /graphql: the
// dialect's classification (GraphQL errors with HTTP 200, AUTH_REQUIRED ...), the error text, and a
// page of the Indicators document as the OpenCTI IOC source reads it (each node through the one
// STIX mapping).

#include "FuzzSupport.h"

#include "exchange/OpenCtiIndicatorSource.h"
#include "exchange/StixIndicator.h"
#include "opencti/OpenCtiDialect.h"

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
    const auto *dialect = opencti::OpenCtiDialect::instance();
    QJsonDocument doc;
    QString detail;
    dialect->classify(500, QByteArrayLiteral("application/json"), body, &doc, &detail);
    doc = {};
    const net::ApiError::Kind kind
        = dialect->classify(200, QByteArrayLiteral("application/json; charset=utf-8"), body, &doc, &detail);
    Q_UNUSED(opencti::graphQlErrorText(doc));
    if (kind != net::ApiError::Kind::None)
        return 0;

    static const QUrl openCti(QStringLiteral("https://opencti.example.org"));
    static const QDateTime now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    const QJsonObject connection
        = doc.object().value(QLatin1String("data")).toObject().value(QLatin1String("indicators")).toObject();
    for (const QJsonValue &edge : connection.value(QLatin1String("edges")).toArray()) {
        const QJsonObject node = edge.toObject().value(QLatin1String("node")).toObject();
        const StixIndicator indicator = OpenCtiIndicatorPullJob::indicatorOf(node, openCti);
        Q_UNUSED(StixIndicatorMapping::map(indicator, now));
    }
    const QJsonObject pageInfo = connection.value(QLatin1String("pageInfo")).toObject();
    Q_UNUSED(pageInfo.value(QLatin1String("globalCount")).toInteger(-1));
    return 0;
}
