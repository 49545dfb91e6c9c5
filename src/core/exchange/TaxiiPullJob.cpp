// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxiiPullJob.h"

#include "config/SecretStore.h"
#include "exchange/IocNormalizer.h"
#include "jobs/Clock.h"
#include "net/ApiCall.h"

#include <QJsonArray>
#include <QLocale>

namespace exchange {

namespace {
constexpr int MaxFailuresKept = 1000; // the rest are counted in the summary
constexpr int MaxPages = 100000; // a server that pages for ever is stopped

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}
} // namespace

TaxiiPullJob::TaxiiPullJob(IocStore *store, const IocSource &source, QObject *parent)
    : Job(Kind, tr("Pull IOCs from %1").arg(source.name), parent)
    , m_store(store)
    , m_source(source)
{
    connect(this, &jobs::Job::finished, this, [this] {
        if (state() != State::Cancelled)
            return; // recorded by finishPull() / failRecorded() / failRemote()
        QString ignored;
        m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(), tr("failed: %1").arg(summary()), {},
            std::nullopt, &ignored);
    });
}

TaxiiPullJob::~TaxiiPullJob() = default;

void TaxiiPullJob::setSecretStore(config::SecretStore *secrets)
{
    m_secrets = secrets;
}

QString TaxiiPullJob::credentialKey(const QString &sourceId)
{
    return QStringLiteral("source/%1/taxii-secret").arg(sourceId);
}

bool TaxiiPullJob::needsSecret(const IocSource &source)
{
    return configOf(source.settings).auth != TaxiiConfig::Auth::None;
}

TaxiiConfig TaxiiPullJob::configOf(const QJsonObject &settings)
{
    TaxiiConfig config;
    config.url = QUrl(str(settings, "url"));
    config.auth = TaxiiConfig::authFromName(str(settings, "auth")).value_or(TaxiiConfig::Auth::None);
    config.username = str(settings, "username");
    return config;
}

QStringList TaxiiPullJob::settingsProblems(const QJsonObject &settings)
{
    QStringList problems;
    if (const QString p = TaxiiClient::urlProblem(QStringLiteral("url"), str(settings, "url")); !p.isEmpty())
        problems << p;
    if (const QString root = str(settings, "apiRoot"); !root.isEmpty())
        if (const QString p = TaxiiClient::urlProblem(QStringLiteral("apiRoot"), root); !p.isEmpty())
            problems << p;
    if (str(settings, "collectionId").isEmpty())
        problems << tr("collectionId: choose the collection to read (Discover lists them).");
    const auto auth = TaxiiConfig::authFromName(str(settings, "auth"));
    if (!auth)
        problems << tr("auth: use none, basic or bearer, not \"%1\".")
                        .arg(IocNormalizer::printable(str(settings, "auth"), 40));
    else if (*auth == TaxiiConfig::Auth::Basic && str(settings, "username").isEmpty())
        problems << tr("username: basic authentication needs the user name.");
    const auto whole = [&settings](const char *key, int low, int high) {
        const QJsonValue v = settings.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        const double d = v.toDouble(-1e9);
        return v.isDouble() && d == double(int(d)) && d >= low && d <= high;
    };
    if (!whole("initialDays", 1, 3650))
        problems << tr("initialDays: expected a whole number of days from 1 to 3,650.");
    if (!whole("pageSize", 1, 10000))
        problems << tr("pageSize: expected a whole number from 1 to 10,000.");
    return problems;
}

const UpsertCounts &TaxiiPullJob::storeCounts() const
{
    static const UpsertCounts none;
    return m_ingest ? m_ingest->counts() : none;
}

qint64 TaxiiPullJob::refusedCount() const
{
    return m_ingest ? m_ingest->refused() : 0;
}

int TaxiiPullJob::endedCount() const
{
    return m_ingest ? m_ingest->ended() : 0;
}

void TaxiiPullJob::run()
{
    const QStringList problems = settingsProblems(m_source.settings);
    if (!problems.isEmpty())
        return failRecorded(tr("The source %1 cannot be pulled. %2").arg(m_source.name, problems.join(u' ')));
    if (needsSecret(m_source) && m_secret.isEmpty() && m_secrets) {
        setProgress(0, -1, tr("Reading the source's secret from the keychain"));
        m_waitingSecret = true;
        m_secrets->read(credentialKey(m_source.id), this,
            [this](const std::optional<QString> &secret, const QString &error) {
                m_waitingSecret = false;
                if (isCancelRequested())
                    return finishCancelled();
                if (secret)
                    m_secret = *secret;
                else if (!error.isEmpty())
                    return failRecorded(error, jobs::JobError::Kind::Keychain);
                begin();
            });
        return;
    }
    begin();
}

void TaxiiPullJob::begin()
{
    if (needsSecret(m_source) && m_secret.isEmpty())
        return failRecorded(tr("The password or token of the source %1 is not in the keychain: give it again "
                               "with 's1bridge-cli sources credential %1 FILE' (or in the window's source "
                               "editor).")
                                .arg(m_source.name),
            jobs::JobError::Kind::Keychain);
    TaxiiConfig config = configOf(m_source.settings);
    config.secret = m_secret;
    config.transport = m_transport;
    m_client = std::make_unique<TaxiiClient>(config);
    m_now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    m_pageSize = m_source.settings.value(QLatin1String("pageSize")).toInt(1000);
    m_collectionId = str(m_source.settings, "collectionId");
    m_addedAfter = m_store->checkpoint(m_source.id);
    if (m_addedAfter.isEmpty()) {
        const int days = m_source.settings.value(QLatin1String("initialDays")).toInt(30);
        m_addedAfter = m_now.addDays(-days).toString(Qt::ISODateWithMs);
    }
    m_ingest
        = std::make_unique<StixIndicatorIngest>(m_store, m_source.id, QDateTime::currentMSecsSinceEpoch());
    const QString root = str(m_source.settings, "apiRoot");
    if (!root.isEmpty()) {
        m_apiRoot = TaxiiClient::withSlash(QUrl(root));
        return requestPage();
    }
    resolveRoot();
}

void TaxiiPullJob::resolveRoot()
{
    setProgress(0, -1, tr("Asking %1 for its API root").arg(m_client->config().url.host()));
    m_call = m_client->discovery(this);
    connect(m_call, &net::ApiCall::finished, this, [this, call = m_call.data()] {
        call->deleteLater();
        m_call = nullptr;
        if (isCancelRequested() || call->error().kind == net::ApiError::Kind::Cancelled)
            return finishCancelled();
        if (call->error().isError())
            return failRemote(call->error());
        bool isApiRoot = false;
        QString problem;
        const QJsonObject answer = call->json().object();
        const QList<QUrl> roots = TaxiiClient::readRoot(answer, m_client->config().url, &isApiRoot, &problem);
        if (roots.isEmpty())
            return failRecorded(problem);
        if (roots.size() > 1 && !answer.contains(QLatin1String("default")))
            return failRecorded(
                tr("The TAXII server of the source %1 has %Ln API roots and names no default: "
                   "choose one in the source's settings (apiRoot).",
                    nullptr, int(roots.size()))
                    .arg(m_source.name));
        m_apiRoot = roots.first();
        requestPage();
    });
}

void TaxiiPullJob::onCancel()
{
    if (m_call)
        m_call->cancel(); // the answer's handler ends the job as cancelled
    else if (!m_waitingSecret)
        finishCancelled(); // else the keychain's answer ends it
}

void TaxiiPullJob::requestPage()
{
    if (m_requested.size() >= MaxPages)
        return failRecorded(tr("The TAXII server of the source %1 kept answering \"more\" after %2 pages: "
                               "S1 Bridge stopped reading.")
                                .arg(m_source.name)
                                .arg(MaxPages));
    if (m_read == 0)
        setProgress(0, -1, tr("Reading the collection %1").arg(IocNormalizer::printable(m_collectionId, 80)));
    m_requested << m_addedAfter;
    m_call = m_client->objects(m_apiRoot, m_collectionId, m_addedAfter, m_next, m_pageSize, this);
    connect(m_call, &net::ApiCall::finished, this, &TaxiiPullJob::onPage);
}

void TaxiiPullJob::onPage()
{
    net::ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (isCancelRequested() || call->error().kind == net::ApiError::Kind::Cancelled)
        return finishCancelled();
    if (call->error().isError())
        return failRemote(call->error());
    const QJsonObject envelope = call->json().object();
    if (!envelope.isEmpty() && !envelope.contains(QLatin1String("objects"))
        && !envelope.contains(QLatin1String("more")))
        return failRecorded(
            tr("The TAXII server of the source %1 answered the objects request with JSON that "
               "is not a TAXII envelope: check the API root and the collection.")
                .arg(m_source.name));
    const QJsonArray objects = envelope.value(QLatin1String("objects")).toArray();
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("indicator"))
            continue; // identities, markings, relationships: nothing to pull
        ++m_read;
        const StixIndicator indicator = StixIndicator::fromStix(object);
        const StixIndicatorOutcome outcome = m_ingest->add(indicator, m_now);
        if (outcome.kind == StixIndicatorOutcome::Kind::Refused && m_ingest->refused() <= MaxFailuresKept)
            addFailure(tr("indicator %1 (%2)")
                           .arg(IocNormalizer::printable(
                                    indicator.name.isEmpty() ? indicator.id : indicator.name, 80),
                               IocNormalizer::printable(indicator.pattern, 120)),
                outcome.reason, false);
    }
    QString error;
    if (!m_ingest->flush(&error))
        return failRecorded(error, jobs::JobError::Kind::Database);
    setProgress(m_read, -1, tr("Read %1 indicator(s)").arg(QLocale().toString(m_read)));
    const QString last = QString::fromUtf8(call->rawHeader("X-TAXII-Date-Added-Last")).trimmed();
    if (!last.isEmpty())
        m_checkpoint = last;
    if (!envelope.value(QLatin1String("more")).toBool() || objects.isEmpty())
        return finishPull();
    const QString next = envelope.value(QLatin1String("next")).toString();
    if (!next.isEmpty() && next != m_next) {
        m_next = next;
        return requestPage();
    }
    // More without next: TAXII 2.1 pages by added_after too.
    if (next.isEmpty() && !last.isEmpty() && last != m_addedAfter) {
        m_addedAfter = last;
        m_next.clear();
        return requestPage();
    }
    failRecorded(tr("The TAXII server of the source %1 says there is more, but gives no way to read it (no "
                    "next, no new X-TAXII-Date-Added-Last).")
                     .arg(m_source.name));
}

void TaxiiPullJob::finishPull()
{
    QString error;
    if (!m_ingest->finish(&error))
        return failRecorded(error, jobs::JobError::Kind::Database);
    const std::optional<QString> checkpoint
        = m_checkpoint.isEmpty() ? std::optional<QString>() : std::optional<QString>(m_checkpoint);
    if (!m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(), QStringLiteral("succeeded"),
            m_ingest->countsJson(), checkpoint, &error))
        return failRecorded(error, jobs::JobError::Kind::Database);
    if (m_checkpoint.isEmpty())
        m_checkpoint = m_store->checkpoint(m_source.id);
    const UpsertCounts &c = m_ingest->counts();
    tally().seen = m_read;
    tally().done = c.added + c.updated;
    tally().skipped = m_read - (c.added + c.updated);
    const QLocale locale;
    succeed(
        tr("Read %Ln indicator(s) from the TAXII collection", nullptr, int(std::min<qint64>(m_read, INT_MAX)))
        + tr(": %1 new, %2 updated, %3 unchanged IOC(s); %4 ended (revoked or expired); %5 refused.")
              .arg(locale.toString(c.added), locale.toString(c.updated), locale.toString(c.unchanged),
                  locale.toString(m_ingest->ended()), locale.toString(m_ingest->refused())));
}

void TaxiiPullJob::failRecorded(const QString &why, jobs::JobError::Kind kind)
{
    QString ignored; // the failure itself is what the user reads
    m_store->recordPull(
        m_source.id, QDateTime::currentDateTimeUtc(), tr("failed: %1").arg(why), {}, std::nullopt, &ignored);
    if (kind == jobs::JobError::Kind::Input)
        return fail(why);
    failLocal(kind, why);
}

void TaxiiPullJob::failRemote(const net::ApiError &error)
{
    QString ignored;
    m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(),
        tr("failed: %1").arg(error.userMessage()), {}, std::nullopt, &ignored);
    fail(error);
}

} // namespace exchange
