// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceEditor.h"

// The source editor of kind "taxii": a TAXII 2.1 collection: discovery or API root URL, the collection chosen
// from the server's list, basic or bearer authentication (the secret goes to the keychain).
class TaxiiSourceEditor : public SourceEditor
{
    Q_OBJECT
public:
    explicit TaxiiSourceEditor(const IocAreaContext &context, QWidget *parent = nullptr);

    void load(const exchange::IocSource &source) override;
    QJsonObject settings() const override;
    QStringList problems() const override;

private:
    IocAreaContext m_context;
    QJsonObject m_settings;
};
