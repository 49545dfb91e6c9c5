// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// What is left when the first-run wizard is closed without a profile: a window that says so and
// offers the wizard and the demo tenant again (instead of quitting with nothing shown).
class NoProfileWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NoProfileWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void setupRequested();
    void demoRequested();
};
