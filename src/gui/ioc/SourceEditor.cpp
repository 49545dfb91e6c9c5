// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceEditor.h"

#include "OpenCtiSourceEditor.h"
#include "TaxiiSourceEditor.h"

SourceEditor *SourceEditor::create(const QString &kind, const IocAreaContext &context, QWidget *parent)
{
    if (kind == QLatin1String("opencti"))
        return new OpenCtiSourceEditor(context, parent);
    if (kind == QLatin1String("taxii"))
        return new TaxiiSourceEditor(context, parent);
    return nullptr;
}
