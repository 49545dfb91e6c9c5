// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"
#include "config/AppSettings.h"

#include "TrayController.h"
#include "config/ProfileStore.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace { } // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_startMinimized(new QCheckBox(tr("Start minimized to the tray"), this))
    , m_startAtLogin(new QCheckBox(tr("Start at login"), this))
    , m_trayNote(new QLabel(this))
    , m_retention(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_trayNote->setObjectName(QStringLiteral("trayNote"));
    m_trayNote->setWordWrap(true);
    m_trayNote->setTextFormat(Qt::PlainText);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(retentionDays());

    auto *layout = new QVBoxLayout(this);
    auto *trayBox = new QGroupBox(tr("System tray"), this);
    auto *trayLayout = new QVBoxLayout(trayBox);
    trayLayout->addWidget(new QLabel(
        tr("With a system tray, closing the window keeps S1 Bridge syncing in the background."), trayBox));
    trayLayout->addWidget(m_startMinimized);
    trayLayout->addWidget(m_startAtLogin);
    trayLayout->addWidget(m_trayNote);
    layout->addWidget(trayBox);
    auto *historyBox = new QGroupBox(tr("Job history"), this);
    auto *form = new QFormLayout(historyBox);
    form->addRow(tr("Keep runs for:"), m_retention);
    layout->addWidget(historyBox);
    auto *profiles
        = new QLabel(tr("Console and OpenCTI settings belong to a profile: Profile ▸ Edit profile."), this);
    profiles->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(profiles);
    layout->addStretch();

    connect(m_retention, &QSpinBox::valueChanged, this, [this](int days) {
        config::AppSettings().setRetentionDays(days);
        Q_EMIT retentionChanged(days);
    });
    connect(m_startMinimized, &QCheckBox::toggled, this, [this](bool on) {
        if (m_tray)
            m_tray->setStartMinimized(on);
    });
    connect(m_startAtLogin, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        if (m_tray && !m_tray->setStartAtLogin(on, &error)) {
            m_trayNote->setText(tr("Could not change the login start: %1").arg(error));
            QSignalBlocker blocker(m_startAtLogin);
            m_startAtLogin->setChecked(!on);
        }
    });
    setTray(nullptr);
}

int SettingsPage::retentionDays()
{
    return config::AppSettings().retentionDays();
}

void SettingsPage::setTray(TrayController *tray)
{
    m_tray = tray;
    const bool available = tray && tray->isAvailable();
    m_startMinimized->setEnabled(available);
    m_startAtLogin->setEnabled(available);
    {
        QSignalBlocker a(m_startMinimized), b(m_startAtLogin);
        m_startMinimized->setChecked(tray && tray->startMinimized());
        m_startAtLogin->setChecked(tray && tray->startAtLogin());
    }
    m_trayNote->setText(available || !tray ? QString() : tray->unavailableReason());
    m_trayNote->setVisible(!m_trayNote->text().isEmpty());
}
