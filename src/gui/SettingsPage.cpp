// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"
#include "config/AppSettings.h"

#include "DurationEdit.h"
#include "TrayController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_startMinimized(new QCheckBox(tr("Start minimized to the tray"), this))
    , m_startAtLogin(new QCheckBox(tr("Start at login"), this))
    , m_trayNote(new QLabel(this))
    , m_retention(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
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
    m_noProfile
        = new QLabel(tr("No profile is open: the profile's behaviour is edited here once one is."), this);
    m_noProfile->setObjectName(QStringLiteral("settingsNoProfile"));
    m_noProfile->setWordWrap(true);
    layout->addWidget(m_noProfile);
    layout->addWidget(buildProfileBox());
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
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Keep runs for:"), m_retention);
    layout->addWidget(historyBox);
    // Language: each in its own name (a user who cannot read the current one still finds theirs).
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    const QString language = config::AppSettings().language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setText(tr("Takes effect when S1 Bridge starts again."));
    m_languageNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *languageLabel = new QLabel(tr("&Language:"), languageBox);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    languageForm->addRow(QString(), m_languageNote);
    layout->addWidget(languageBox);
    layout->addStretch();
    connect(m_language, &QComboBox::activated, this, [this] {
        config::AppSettings().setLanguage(m_language->currentData().toString());
        m_languageNote->setText(tr("Saved. Takes effect when S1 Bridge starts again."));
    });

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
    setProfile(std::nullopt);
    // Reading order: the profile's behaviour, then the tray, then the history (the tray and
    // history widgets were made first).
    const QList<QWidget *> order {m_flag, m_flaggedOnly, m_createdAfter, m_importStart,
        static_cast<QWidget *>(m_period->amountEdit()), static_cast<QWidget *>(m_period->unitCombo()),
        m_revert, m_apply, m_startMinimized, m_startAtLogin, m_retention, m_language};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QGroupBox *SettingsPage::buildProfileBox()
{
    m_profileBox = new QGroupBox(this);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_flag = new QLineEdit(m_profileBox);
    m_flag->setObjectName(QStringLiteral("settingsFlag"));
    m_flag->setMaximumWidth(m_flag->fontMetrics().horizontalAdvance(u'x') * 48);
    m_flaggedOnly = new QRadioButton(tr("Import &flagged threats only"), m_profileBox);
    m_flaggedOnly->setObjectName(QStringLiteral("settingsFlaggedOnly"));
    m_createdAfter = new QRadioButton(tr("Import &every threat created after"), m_profileBox);
    m_createdAfter->setObjectName(QStringLiteral("settingsCreatedAfter"));
    m_importStart = new QDateEdit(m_profileBox);
    m_importStart->setObjectName(QStringLiteral("settingsImportStart"));
    m_importStart->setCalendarPopup(true);
    m_importStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_importStart->setMaximumDate(QDate::currentDate());
    m_importStart->setAccessibleName(tr("Import threats created after"));
    m_period = new DurationEdit(m_profileBox);
    m_period->setObjectName(QStringLiteral("settingsPeriod"));
    m_profileError = new QLabel(m_profileBox);
    m_profileError->setObjectName(QStringLiteral("settingsProfileError"));
    m_profileError->setTextFormat(Qt::PlainText);
    m_profileError->setWordWrap(true);
    m_profileError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    // Room for two lines at all times: an error appearing does not move the buttons under it.
    m_profileError->setMinimumHeight(2 * m_profileError->fontMetrics().lineSpacing());
    m_profileError->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_apply = new QPushButton(tr("&Apply"), m_profileBox);
    m_apply->setObjectName(QStringLiteral("settingsApply"));
    m_revert = new QPushButton(tr("Re&vert"), m_profileBox);
    m_revert->setObjectName(QStringLiteral("settingsRevert"));

    auto *form = new QFormLayout(m_profileBox);
    auto *flagLabel = new QLabel(tr("Flag &text:"), m_profileBox);
    flagLabel->setBuddy(m_flag);
    form->addRow(flagLabel, m_flag);
    auto *hint = new QLabel(
        tr("An analyst flags a threat for import by adding a note that contains this text."), m_profileBox);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), hint);
    auto *modes = new QVBoxLayout;
    modes->addWidget(m_flaggedOnly);
    auto *after = new QHBoxLayout;
    after->addWidget(m_createdAfter);
    after->addWidget(m_importStart);
    after->addStretch();
    modes->addLayout(after);
    form->addRow(tr("Import:"), modes);
    auto *periodLabel = new QLabel(tr("S&ync every:"), m_profileBox);
    periodLabel->setBuddy(m_period->amountEdit());
    form->addRow(periodLabel, m_period);
    form->addRow(QString(), m_profileError);
    auto *buttons = new QHBoxLayout;
    auto *connections
        = new QLabel(tr("Console and OpenCTI connections: Profile ▸ Edit profile."), m_profileBox);
    connections->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connections->setWordWrap(true);
    buttons->addWidget(connections, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    form->addRow(buttons);

    connect(m_flag, &QLineEdit::textChanged, this, &SettingsPage::revalidate);
    connect(m_createdAfter, &QRadioButton::toggled, this, &SettingsPage::revalidate);
    connect(m_importStart, &QDateEdit::dateChanged, this, &SettingsPage::revalidate);
    connect(m_period, &DurationEdit::changed, this, &SettingsPage::revalidate);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::loadProfileIntoForm);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_profile || !problems().isEmpty())
            return;
        Q_EMIT profileEdited(editedProfile());
    });
    return m_profileBox;
}

void SettingsPage::setProfile(const std::optional<config::Profile> &profile)
{
    m_profile = profile;
    m_noProfile->setVisible(!profile);
    m_profileBox->setVisible(bool(profile));
    if (profile)
        m_profileBox->setTitle(tr("Profile \"%1\"").arg(profile->name));
    loadProfileIntoForm();
}

void SettingsPage::loadProfileIntoForm()
{
    if (!m_profile)
        return;
    const config::Profile &p = *m_profile;
    {
        const QSignalBlocker a(m_flag), b(m_createdAfter), c(m_importStart), d(m_period);
        m_flag->setText(p.flag);
        m_createdAfter->setChecked(p.importMode == config::Profile::ImportMode::CreatedAfter);
        m_flaggedOnly->setChecked(p.importMode == config::Profile::ImportMode::FlaggedOnly);
        m_importStart->setDate(p.importStart.isValid() ? p.importStart : QDate::currentDate().addDays(-30));
        if (!m_period->setIso(p.syncPeriod))
            m_period->setIso(QStringLiteral("PT5M"));
        m_loadedPeriod = m_period->iso(); // PT90S shows as 2 minutes: not a change until edited
    }
    revalidate();
}

config::Profile SettingsPage::editedProfile() const
{
    config::Profile p = m_profile.value_or(config::Profile());
    const bool periodEdited = m_period->iso() != m_loadedPeriod;
    p.flag = m_flag->text().trimmed();
    p.importMode = m_createdAfter->isChecked() ? config::Profile::ImportMode::CreatedAfter
                                               : config::Profile::ImportMode::FlaggedOnly;
    p.importStart
        = p.importMode == config::Profile::ImportMode::CreatedAfter ? m_importStart->date() : QDate();
    if (periodEdited)
        p.syncPeriod = m_period->iso();
    return p;
}

QStringList SettingsPage::problems() const
{
    return m_profile ? editedProfile().validate() : QStringList();
}

void SettingsPage::revalidate()
{
    m_importStart->setEnabled(m_createdAfter->isChecked());
    const QStringList all = problems();
    m_profileError->setText(all.join(u'\n'));
    bool changed = false;
    if (m_profile) {
        const config::Profile edited = editedProfile();
        changed = m_period->iso() != m_loadedPeriod || edited.flag != m_profile->flag
            || edited.importMode != m_profile->importMode || edited.importStart != m_profile->importStart;
    }
    m_apply->setEnabled(changed && all.isEmpty());
    m_revert->setEnabled(changed);
}

void SettingsPage::setSaveError(const QString &error)
{
    m_profileError->setText(tr("Not saved: %1").arg(error));
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
