// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocStore.h"
#include "exchange/StixIndicator.h"
#include "jobs/Job.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace jobs {
class Clock;
}
namespace net {
class ApiCall;
}
namespace opencti {
class OpenCtiClient;
}

namespace exchange {

// What the "opencti" source pulls (IocSource::settings).
struct OpenCtiIndicatorSettings
{
    int minScore = 0; // x_opencti_score >= minScore (0: every indicator, scored or not)
    QStringList labels; // any of (case-insensitive); empty: every indicator
    QString maxMarking = QStringLiteral("TLP:AMBER"); // indicators marked above are left out
    int initialDays = 30; // the first pull reads indicators updated this far back
    int pageSize = 500;

    // {"minScore", "labels", "maxMarking", "initialDays", "pageSize"}
    QJsonObject toJson() const;
    static OpenCtiIndicatorSettings fromJson(const QJsonObject &json);
};

// Pulls the indicators of the profile's OpenCTI (IocSource kind "opencti") into the IOC store:
// `indicators` ordered by updated_at, paged with first/after, updated since the checkpoint (the last
// updated_at read; the first pull: initialDays back). The first pull asks the platform for the score
// minimum and for indicators still valid (valid_until in the future or none); every pull applies the
// score, labels and maximum marking to what it reads, so that an indicator that decayed below the
// minimum score, was revoked, expired, or was re-marked above the maximum ends its IOC at this source
// (the share job retracts it). Patterns other than one observable are listed as refused with the
// reason (job failures that do not fail the pull). The checkpoint moves only when the whole pull
// succeeded; each page is stored in one transaction.
class OpenCtiIndicatorPullJob : public jobs::Job
{
    Q_OBJECT
public:
    static inline const QString Kind = QStringLiteral("ioc-pull-opencti");

    // client: the session's OpenCTI client (not owned, must outlive the job).
    OpenCtiIndicatorPullJob(
        opencti::OpenCtiClient *client, IocStore *store, const IocSource &source, QObject *parent = nullptr);
    ~OpenCtiIndicatorPullJob() override;

    // Where "now" comes from (tests); null: the wall clock. Not owned.
    void setClock(const jobs::Clock *clock) { m_clock = clock; }

    // The problems of the settings, each naming the setting; empty when usable.
    static QStringList settingsProblems(const QJsonObject &settings);
    // The FilterGroup of a pull: updated_at gt `from`; on a first pull also x_opencti_score gte
    // (when above 0) and valid_until gt now or nil.
    static QJsonObject filtersOf(const OpenCtiIndicatorSettings &settings, const QDateTime &from,
        const QDateTime &now, bool firstPull);
    // <opencti>/dashboard/observations/indicators/<internal id>
    static QUrl indicatorPage(const QUrl &openCti, const QString &id);
    // An indicator node of the Indicators document, as the mapping reads it; *tlp: its highest TLP.
    static StixIndicator indicatorOf(const QJsonObject &node, const QUrl &openCti);

    const UpsertCounts &storeCounts() const;
    qint64 refusedCount() const;
    int endedCount() const;
    // The filters sent with the run's requests (set when it starts).
    const QJsonObject &filters() const { return m_filters; }
    // The checkpoint the run recorded; empty unless it succeeded.
    QString newCheckpoint() const { return state() == State::Succeeded ? m_checkpoint : QString(); }

protected:
    void run() override;
    void onCancel() override;

private:
    void requestPage();
    void onPage();
    void finishPull();
    void failRecorded(const QString &why, bool database = false);
    bool excluded(const QJsonObject &node, const StixIndicator &indicator) const;

    opencti::OpenCtiClient *m_client;
    IocStore *m_store;
    IocSource m_source;
    OpenCtiIndicatorSettings m_settings;
    const jobs::Clock *m_clock = nullptr;
    std::unique_ptr<StixIndicatorIngest> m_ingest;
    QPointer<net::ApiCall> m_call;
    QJsonObject m_filters;
    QString m_after;
    QDateTime m_now;
    QDateTime m_lastUpdated;
    QString m_checkpoint;
    int m_maxTlp = 2;
    qint64 m_read = 0;
    qint64 m_skipped = 0; // left out by the settings
};

} // namespace exchange
