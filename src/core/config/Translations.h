// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace config {

// Installs S1 Bridge's catalogue for the locale (falling back to English, which supplies the
// plural forms of "%n threat(s)") and Qt's own. Call once after the application object exists.
void installTranslations(const QLocale &locale = QLocale());

} // namespace config
