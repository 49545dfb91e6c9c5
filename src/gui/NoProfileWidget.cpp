// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoProfileWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NoProfileWidget::NoProfileWidget(QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("S1 Bridge"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("There is no profile yet. A profile holds the address of your "
                               "SentinelOne console and how S1 Bridge works with it; the setup wizard "
                               "creates one. Or try everything first with the demo tenant, a simulated "
                               "console on this computer."),
        this);
    text->setObjectName(QStringLiteral("noProfileText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QHBoxLayout;
    auto *setup = new QPushButton(tr("&Set up a profile…"), this);
    setup->setObjectName(QStringLiteral("setupButton"));
    setup->setDefault(true);
    auto *demo = new QPushButton(tr("Try the &demo tenant"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    buttons->addWidget(setup);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    buttons->addWidget(quit);
    layout->addLayout(buttons);
    connect(setup, &QPushButton::clicked, this, &NoProfileWidget::setupRequested);
    connect(demo, &QPushButton::clicked, this, &NoProfileWidget::demoRequested);
    connect(quit, &QPushButton::clicked, this, &QWidget::close);
}
