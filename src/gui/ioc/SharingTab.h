// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QWidget>

// The sharing configurations: source -> rule -> destination, target, last run, counts, enabled; editor; Test and Run now.
class SharingTab : public QWidget
{
    Q_OBJECT
public:
    explicit SharingTab(QWidget *parent = nullptr);
    void setContext(const IocAreaContext &context);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    IocAreaContext m_context;
};
