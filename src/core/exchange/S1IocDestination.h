// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocDestination.h"
#include "exchange/SharingConfig.h"

#include <QElapsedTimer>
#include <QPointer>
#include <deque>

class QTimer;

namespace s1 {
class S1Client;
}

namespace exchange {

// Spaces requests below a per-minute limit: a token bucket holding a few tokens, refilled so that no
// 60-second window sees more than limit - 1 requests (SentinelOne counts 30 a minute on threat
// intelligence; the simulator a sliding window). Retry-After is the retry policy's (net::ApiCall).
class RequestPacer : public QObject
{
    Q_OBJECT
public:
    explicit RequestPacer(int perMinute, QObject *parent = nullptr);
    // Runs fn now when a token is free, else once one is (queued in order). 0 per minute: at once.
    void run(std::function<void()> fn);
    void clear(); // forget what is queued
    qint64 waitedMs() const { return m_waitedMs; }
    int capacity() const { return int(m_capacity); }
    double perMs() const { return m_perMs; }

private:
    void refill();
    void pump();

    double m_capacity = 1;
    double m_perMs = 0; // tokens added per millisecond
    double m_tokens = 0;
    qint64 m_last = 0;
    qint64 m_waitedMs = 0;
    qint64 m_waitStart = -1;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    std::deque<std::function<void()>> m_queue;
};

// SentinelOne threat intelligence as a destination (API-NOTES.md): one POST per batch in the
// configuration's scope, with the `source` text, the externalId and validUntil cut to the caps; a lost
// answer read back by externalId (a few items) or by source text and updatedAt window (a batch),
// retraction by uuid in the scope. Every request goes through the pacer.
class S1IocDestination : public IocDestination
{
    Q_OBJECT
public:
    // Items up to this many are read back one GET by externalId each; more by source and time window.
    static constexpr int ReconcileByIdMax = 5;
    // Clock difference tolerated between this machine and the console when reading back.
    static constexpr int ReconcileSlackSecs = 600;

    S1IocDestination(s1::S1Client *client, const SharingConfig &config, QObject *parent = nullptr);

    QString key() const override;
    QString describe() const override;
    int maxBatchSize() const override;
    std::optional<ShareItem> plan(const Ioc &ioc, const QDateTime &now) const override;
    void share(const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done) override;
    void reconcile(
        const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done) override;
    void retract(const QList<std::pair<qint64, QString>> &items,
        std::function<void(const RetractOutcome &)> done) override;
    void cancel() override;

    int requestsSent() const { return m_requests; }
    const RequestPacer &pacer() const { return *m_pacer; }

private:
    struct ReadBack;
    void readBackById(std::shared_ptr<ReadBack> state);
    void readBackPage(std::shared_ptr<ReadBack> state, const QString &cursor);
    void deleteChunk(std::shared_ptr<QList<std::pair<qint64, QString>>> rest,
        std::shared_ptr<RetractOutcome> outcome, std::function<void(const RetractOutcome &)> done);
    // Sends through the pacer; the callback runs unless cancel() came in between.
    void paced(std::function<void()> send);
    bool alive(int generation) const { return generation == m_generation; }

    QPointer<s1::S1Client> m_client;
    SharingConfig m_config;
    RequestPacer *m_pacer;
    int m_generation = 0;
    int m_requests = 0;
};

} // namespace exchange
