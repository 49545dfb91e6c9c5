// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"
#include "exchange/IocStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace exchange {

// A STIX 2.1 indicator as the OpenCTI and TAXII sources read it: the fields the IOC mapping needs,
// whichever API delivered them.
struct StixIndicator
{
    QString id; // the STIX id (indicator--...) or the platform's id, for messages
    QString name;
    QString description;
    QString pattern;
    QString patternType = QStringLiteral("stix"); // stix, yara, sigma, ...
    int score = -1; // x_opencti_score (0..100); -1: none
    QStringList labels;
    QDateTime created, modified; // first and last seen of the IOC
    QDateTime validUntil; // invalid: none
    bool revoked = false;
    // The highest TLP level among the markings (TlpLevel), -1 when it has none.
    int tlp = -1;
    QUrl link;

    // From a STIX 2.1 object of type "indicator" (a TAXII envelope, a bundle): name, description,
    // pattern, pattern_type, x_opencti_score, labels, created, modified, valid_until, revoked and the
    // TLP level of object_marking_refs (the standard TLP marking ids, and OpenCTI's TLP:AMBER+STRICT).
    static StixIndicator fromStix(const QJsonObject &object);
};

// What one indicator means for the IOC store.
struct StixIndicatorOutcome
{
    enum class Kind {
        Active, // ioc is reported by the source
        Ended, // revoked or past valid until: the source stops reporting ioc (type and value set)
        Refused, // the pattern or its value cannot be an IOC: reason says why
    };
    Kind kind = Kind::Refused;
    Ioc ioc;
    QString reason;
};

// The one mapping of a STIX indicator to an IOC, shared by the OpenCTI and TAXII sources:
// a pattern of one observable (StixPattern), its value through IocNormalizer; name, description,
// score, labels and valid until as given; created -> first seen, modified -> last seen; link as
// given. Revoked indicators and those whose valid_until has passed end the IOC at this source.
class StixIndicatorMapping
{
    Q_DECLARE_TR_FUNCTIONS(StixIndicatorMapping)
public:
    StixIndicatorMapping() = delete;

    static StixIndicatorOutcome map(const StixIndicator &indicator, const QDateTime &now);

    // TLP levels in order: TLP:CLEAR (or TLP:WHITE) 0, TLP:GREEN 1, TLP:AMBER 2, TLP:AMBER+STRICT 3,
    // TLP:RED 4; -1 for a name that is not TLP (case-insensitive, spaces ignored).
    static int tlpLevel(QStringView name);
    // The canonical names, by level.
    static const QStringList &tlpNames();
    // The TLP level of a STIX marking definition id (the STIX 2.1 standard TLP ids, OpenCTI's
    // AMBER+STRICT); -1 for another marking.
    static int tlpLevelOfMarkingId(QStringView id);
};

// What a pull of a STIX indicator source does with its indicators, in one place for the OpenCTI and
// TAXII sources: add() maps each one (StixIndicatorMapping); active IOCs wait for flush(), which
// upserts them into the store in one transaction (call it once per page); ended ones (revoked,
// expired, or excluded by the source's settings) are collected, and finish() marks them no longer
// reported by the source (IocStore::markAbsentValues), except those another indicator of the same
// pull still reports. Refused indicators are only counted: the caller lists them.
class StixIndicatorIngest
{
public:
    StixIndicatorIngest(IocStore *store, const QString &sourceId, qint64 pullMark);

    // excluded: the source's settings leave this indicator out (a marking above the maximum, no
    // wanted label, a score under the minimum): an IOC it named ends like a revoked one.
    StixIndicatorOutcome add(const StixIndicator &indicator, const QDateTime &now, bool excluded = false);
    bool flush(QString *error);
    bool finish(QString *error);

    const UpsertCounts &counts() const { return m_counts; }
    qint64 refused() const { return m_refused; }
    int ended() const { return m_endedCount; }
    qint64 active() const { return m_active; }
    // For IocStore::recordPull(): new, updated, unchanged, rejected, ended.
    QJsonObject countsJson() const;

private:
    IocStore *m_store;
    QString m_sourceId;
    qint64 m_pullMark;
    QList<Ioc> m_batch;
    QSet<QString> m_activeKeys; // "TYPE value"
    QList<std::pair<IocType, QString>> m_ended;
    UpsertCounts m_counts;
    qint64 m_refused = 0;
    qint64 m_active = 0;
    int m_endedCount = 0;
};

} // namespace exchange
