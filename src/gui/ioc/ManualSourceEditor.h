// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceEditor.h"
#include "exchange/Ioc.h"

class QLabel;
class QPlainTextEdit;
class QTimer;

// The source editor of kind "manual": values typed or pasted one per line, each checked by
// exchange::IocNormalizer (its type detected); the dialog adds them to the store when it saves.
// A manual source has no settings.
class ManualSourceEditor : public SourceEditor
{
    Q_OBJECT
public:
    static constexpr int MaxLines = 10000; // more: import a file (IOCs tab)

    explicit ManualSourceEditor(const IocAreaContext &context, QWidget *parent = nullptr);

    void load(const exchange::IocSource &source) override;
    QJsonObject settings() const override { return {}; }
    QStringList problems() const override;

    // The valid values typed, normalized (the dialog upserts them into the source).
    QList<exchange::Ioc> iocs() const;
    QPlainTextEdit *valuesEdit() const { return m_values; }

private:
    void validate();

    QPlainTextEdit *m_values;
    QLabel *m_summary;
    QTimer *m_debounce;
    QStringList m_problems;
    QList<exchange::Ioc> m_iocs;
};
