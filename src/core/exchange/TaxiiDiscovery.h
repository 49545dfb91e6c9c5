// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TaxiiClient.h"

#include <QPointer>

namespace exchange {

// The API roots of a TAXII server and the collections of each, read asynchronously (a source
// editor's "Discover" button): discovery (or the API root the URL names), then GET collections/ of
// each root (at most MaxRoots). finished() once, also when cancelled; nothing blocks.
class TaxiiDiscovery : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRoots = 20;

    struct Root
    {
        QUrl url;
        QList<TaxiiCollection> collections;
        QString error; // the collections could not be read: why
    };

    explicit TaxiiDiscovery(const TaxiiConfig &config, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    // Empty when the discovery itself succeeded (a root may still carry its own error).
    QString errorString() const { return m_error; }
    const QList<Root> &roots() const { return m_roots; }

Q_SIGNALS:
    void progress(const QString &text);
    void finished();

private:
    void nextRoot();
    void finish(const QString &error = {});

    TaxiiClient *m_client;
    QPointer<net::ApiCall> m_call;
    QList<Root> m_roots;
    qsizetype m_next = 0;
    QString m_error;
    bool m_finished = false;
};

} // namespace exchange
