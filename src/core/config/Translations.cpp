// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace config {

void installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("s1bridge"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/s1bridge_en")))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcConfig) << "no translation catalogue found for" << locale.name();
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace config
