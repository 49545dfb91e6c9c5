// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceEditor.h"

#include "FeedSourceEditor.h"
#include "ManualSourceEditor.h"
#include "OpenCtiSourceEditor.h"
#include "S1ThreatSourceEditor.h"
#include "TaxiiSourceEditor.h"

SourceEditor *SourceEditor::create(const QString &kind, const IocAreaContext &context, QWidget *parent)
{
    if (kind == QLatin1String("s1-threats"))
        return new S1ThreatSourceEditor(context, parent);
    if (kind == QLatin1String("feed"))
        return new FeedSourceEditor(context, parent);
    if (kind == QLatin1String("manual"))
        return new ManualSourceEditor(context, parent);
    if (kind == QLatin1String("opencti"))
        return new OpenCtiSourceEditor(context, parent);
    if (kind == QLatin1String("taxii"))
        return new TaxiiSourceEditor(context, parent);
    return nullptr;
}
