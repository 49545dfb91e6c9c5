// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace s1sim {

struct OpenCtiStore;

// A TAXII 2.1 server over the simulated OpenCTI's indicators (pushed and seeded), on the same HTTP
// server (SimServer routes /taxii2 here):
//   GET /taxii2/                                  discovery: default and api_roots = /taxii2/opencti/
//   GET /taxii2/opencti/                          the API root (versions, max_content_length)
//   GET /taxii2/opencti/collections/              one collection, collectionId(), can_read
//   GET /taxii2/opencti/collections/<id>/         that collection
//   GET /taxii2/opencti/collections/<id>/objects/ an envelope {more, next, objects} of the
//       indicators (latest version each) ordered by date added (= their updated_at), added_after
//       (strictly after), limit (default 100, at most 1000), next (an offset from an earlier page);
//       headers X-TAXII-Date-Added-First / -Last of the page
// Answers are application/taxii+json;version=2.1; errors are TAXII error messages
// {title, description, http_status}. With setBasicAuth() every request needs
// "Authorization: Basic <user:password>" (401 with WWW-Authenticate otherwise).
class SimTaxii
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    explicit SimTaxii(const OpenCtiStore &store);

    static QString collectionId();
    // Empty user: no authentication required (the default).
    void setBasicAuth(const QString &user, const QString &password);

    // path starts with /taxii2; base: the server's http(s)://host:port.
    Reply handle(
        const QString &path, const QUrlQuery &query, const QByteArray &authorization, const QUrl &base) const;

private:
    static Reply json(int status, const QByteArray &body);
    static Reply error(int status, const QString &title, const QString &description);
    Reply objects(const QUrlQuery &query) const;

    const OpenCtiStore &m_store;
    QString m_user;
    QString m_password;
};

} // namespace s1sim
