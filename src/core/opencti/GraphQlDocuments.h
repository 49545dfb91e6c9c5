// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace opencti {

// The GraphQL documents S1 Bridge sends to OpenCTI. Each lives in the source tree as
// src/core/opencti/graphql/<Name>.graphql (one named operation per file, named like the file),
// is embedded through graphql/graphql.qrc and is loaded by name, e.g. load("CheckConnection").
// Keeping them as files lets the tests validate them against the OpenCTI schema.
class GraphQlDocuments
{
public:
    // The document's text; empty (and a warning) when there is no such document.
    static QString load(const QString &name);
    // The resource path, e.g. ":/graphql/CheckConnection.graphql".
    static QString resourcePath(const QString &name);
    // The name of the first named operation in a document ("query CheckConnection {" ->
    // "CheckConnection"); empty for an anonymous or unreadable document.
    static QString operationName(const QString &document);
};

} // namespace opencti
