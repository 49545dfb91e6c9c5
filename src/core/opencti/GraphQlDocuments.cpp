// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphQlDocuments.h"

#include "Logging.h"

#include <QFile>
#include <QRegularExpression>

// Resources of a static library are linked only when something refers to them.
static void initGraphQlResources()
{
    Q_INIT_RESOURCE(graphql);
}

namespace opencti {

QString GraphQlDocuments::resourcePath(const QString &name)
{
    return QLatin1String(":/graphql/") + name + QLatin1String(".graphql");
}

QString GraphQlDocuments::load(const QString &name)
{
    static const bool initialized = [] {
        initGraphQlResources();
        return true;
    }();
    Q_UNUSED(initialized)
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcOpenCti).noquote() << "no GraphQL document named" << name;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString GraphQlDocuments::operationName(const QString &document)
{
    // Comments first: "# query Foo" must not count.
    static const QRegularExpression comment(QStringLiteral("#[^\\n]*"));
    static const QRegularExpression operation(
        QStringLiteral("(?:^|[\\s}])(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)"));
    QString text = document;
    text.remove(comment);
    const QRegularExpressionMatch match = operation.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace opencti
