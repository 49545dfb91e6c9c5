// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingDialog.h"

#include "ConsoleScopeLists.h"
#include "SharingListModel.h"
#include "SourceListModel.h"
#include "exchange/IocStore.h"
#include "s1/ConsoleScopesJob.h"
#include "s1/S1Client.h"
#include "session/ProfileSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace exchange;

SharingDialog::SharingDialog(const IocAreaContext &context, const SharingConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_config(config)
    , m_name(new QLineEdit(this))
    , m_sources(new QListWidget(this))
    , m_rule(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_profileLabel(new QLabel(tr("&Profile:"), this))
    , m_pages(new QStackedWidget(this))
    , m_scopeKind(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_targetNote(new QLabel(this))
    , m_filePath(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_fileFormat(new QComboBox(this))
    , m_agingNotes(new QLabel(this))
    , m_enabled(new QCheckBox(tr("Ena&bled: runs on the profile's schedule"), this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sharingDialog"));
    setWindowTitle(config.id == 0 ? tr("Add a sharing configuration")
                                  : tr("Edit the sharing configuration \"%1\"").arg(config.name));
    m_name->setObjectName(QStringLiteral("sharingName"));
    m_name->setText(config.name);

    const QString profileId = context.session ? context.session->id() : QString();
    m_sources->setObjectName(QStringLiteral("sharingSources"));
    m_sources->setMaximumHeight(90);
    if (context.store) {
        for (const IocSource &s : context.store->sources(profileId)) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(s.name, SourceListModel::kindText(s.kind)), m_sources);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(config.sourceIds.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_rule->setObjectName(QStringLiteral("sharingRule"));
    m_rule->addItem(tr("Everything (no rule)"), qint64(0));
    if (context.store) {
        for (const NamedDefinition &r : context.store->rules())
            m_rule->addItem(r.name, r.id);
    }
    const int ruleIndex = m_rule->findData(config.ruleId);
    m_rule->setCurrentIndex(config.ruleId == 0 && !config.ruleName.isEmpty()
            ? std::max(0, m_rule->findText(config.ruleName))
            : std::max(0, ruleIndex));

    m_kind->setObjectName(QStringLiteral("sharingKind"));
    for (const auto kind : {SharingConfig::DestinationKind::S1ThreatIntel,
             SharingConfig::DestinationKind::OpenCti, SharingConfig::DestinationKind::File})
        m_kind->addItem(SharingListModel::destinationText(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(config.destination)));

    m_profile->setObjectName(QStringLiteral("sharingProfile"));
    for (const auto &[id, name] : context.profiles)
        m_profile->addItem(name, id);
    if (m_profile->count() == 0 && context.session)
        m_profile->addItem(context.session->profile().name, context.session->id());
    const QString chosenProfile = config.profileId.isEmpty() ? profileId : config.profileId;
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(chosenProfile)));
    m_profileLabel->setBuddy(m_profile);

    // SentinelOne page: scope kind and target.
    auto *s1Page = new QWidget(m_pages);
    auto *s1Form = new QFormLayout(s1Page);
    s1Form->setContentsMargins(0, 0, 0, 0);
    m_scopeKind->setObjectName(QStringLiteral("sharingScopeKind"));
    m_scopeKind->addItem(tr("Account"), int(s1::IocScope::Kind::Account));
    m_scopeKind->addItem(tr("Site"), int(s1::IocScope::Kind::Site));
    m_scopeKind->addItem(tr("Group"), int(s1::IocScope::Kind::Group));
    m_scopeKind->setCurrentIndex(m_scopeKind->findData(int(config.scope.kind)));
    m_target->setObjectName(QStringLiteral("sharingTarget"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_targetNote->setTextFormat(Qt::PlainText);
    m_targetNote->setWordWrap(true);
    s1Form->addRow(tr("Sc&ope:"), m_scopeKind);
    s1Form->addRow(tr("&Target:"), m_target);
    s1Form->addRow(QString(), m_targetNote);
    // OpenCTI page: nothing beyond the profile.
    auto *openCtiPage = new QLabel(tr("The indicators go to the OpenCTI of the profile above."), m_pages);
    openCtiPage->setWordWrap(true);
    // File page.
    auto *filePage = new QWidget(m_pages);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    m_filePath->setObjectName(QStringLiteral("sharingFilePath"));
    m_filePath->setText(config.filePath);
    m_fileFormat->setObjectName(QStringLiteral("sharingFileFormat"));
    m_fileFormat->addItem(tr("CSV"), int(SharingConfig::FileFormat::Csv));
    m_fileFormat->addItem(tr("STIX 2.1 bundle"), int(SharingConfig::FileFormat::Stix));
    m_fileFormat->setCurrentIndex(m_fileFormat->findData(int(config.fileFormat)));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_filePath, 1);
    pathRow->addWidget(m_browse);
    fileForm->addRow(tr("&File:"), pathRow);
    fileForm->addRow(tr("F&ormat:"), m_fileFormat);
    m_pages->addWidget(s1Page);
    m_pages->addWidget(openCtiPage);
    m_pages->addWidget(filePage);

    // Aging per type, with SentinelOne's caps beside each.
    auto *agingBox = new QGroupBox(tr("Days an IOC lives at the destination"), this);
    auto *agingGrid = new QGridLayout(agingBox);
    int i = 0;
    for (const IocType type : allIocTypes()) {
        auto *spin = new QSpinBox(agingBox);
        spin->setObjectName(QStringLiteral("sharingAging_") + iocTypeName(type));
        spin->setRange(1, SharingConfig::MaxAgingDays);
        spin->setValue(config.requestedAgingDays.value(type, SharingConfig::defaultAgingDays(type)));
        auto *label = new QLabel(iocTypeName(type), agingBox);
        label->setBuddy(spin);
        auto *cap = new QLabel(tr("cap %1").arg(SharingConfig::agingCapDays(type)), agingBox);
        agingGrid->addWidget(label, i / 2, (i % 2) * 3);
        agingGrid->addWidget(spin, i / 2, (i % 2) * 3 + 1);
        agingGrid->addWidget(cap, i / 2, (i % 2) * 3 + 2);
        m_aging.insert(type, spin);
        connect(spin, &QSpinBox::valueChanged, this, &SharingDialog::validate);
        ++i;
    }
    m_agingNotes->setObjectName(QStringLiteral("sharingAgingNotes"));
    m_agingNotes->setTextFormat(Qt::PlainText);
    m_agingNotes->setWordWrap(true);
    agingGrid->addWidget(m_agingNotes, (i + 1) / 2, 0, 1, 6);

    m_enabled->setObjectName(QStringLiteral("sharingEnabled"));
    m_enabled->setChecked(config.enabled);
    m_problems->setObjectName(QStringLiteral("sharingProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setMinimumHeight(3 * m_problems->fontMetrics().lineSpacing());
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));

    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("So&urces (none: every source):"), m_sources);
    form->addRow(tr("Business &rule:"), m_rule);
    form->addRow(tr("&Destination:"), m_kind);
    form->addRow(m_profileLabel, m_profile);
    form->addRow(m_pages);
    form->addRow(agingBox);
    form->addRow(m_enabled);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SharingDialog::validate);
    connect(m_sources, &QListWidget::itemChanged, this, &SharingDialog::validate);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &SharingDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SharingDialog::updateKind);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SharingDialog::loadTargets);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &SharingDialog::fillTargets);
    connect(m_target, &QComboBox::currentTextChanged, this, &SharingDialog::validate);
    connect(m_filePath, &QLineEdit::textChanged, this, &SharingDialog::validate);
    connect(m_fileFormat, &QComboBox::currentIndexChanged, this, &SharingDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Write the IOCs to"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, m_filePath, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SharingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SharingDialog::reject);
    // Reading order: the aging inputs were made after the enabled box.
    QList<QWidget *> order {m_name, m_sources, m_rule, m_kind, m_profile, m_scopeKind, m_target, m_filePath,
        m_browse, m_fileFormat};
    for (const IocType type : allIocTypes())
        order << m_aging.value(type);
    order << m_enabled << m_buttons;
    for (int k = 1; k < order.size(); ++k)
        setTabOrder(order.at(k - 1), order.at(k));
    resize(720, 600);
    updateKind();
    loadTargets();
}

void SharingDialog::updateKind()
{
    const auto kind = SharingConfig::DestinationKind(m_kind->currentData().toInt());
    m_pages->setCurrentIndex(int(kind));
    const bool hasProfile = kind != SharingConfig::DestinationKind::File;
    m_profile->setVisible(hasProfile);
    m_profileLabel->setVisible(hasProfile);
    validate();
}

void SharingDialog::loadTargets()
{
    const QString profileId = m_profile->currentData().toString();
    if (profileId == m_listedProfile)
        return fillTargets();
    m_listedProfile = profileId;
    m_accounts.clear();
    m_sites.clear();
    m_groups.clear();
    const int generation = ++m_generation;
    session::ProfileSession *s = m_context.sessionOf(profileId);
    if (!s || s->state() != session::ProfileSession::State::Ready || !s->client()) {
        m_targetNote->setText(tr("The console of this profile is not connected: type the id of the account, "
                                 "site or group."));
        return fillTargets();
    }
    m_targetNote->setText(tr("Loading the console's accounts, sites and groups…"));
    ++m_loading;
    auto *job = new s1::ConsoleScopesJob(s->client(), s->consoleConfig().accountId, this);
    connect(job, &jobs::Job::finished, this, [this, job, generation] {
        job->deleteLater();
        --m_loading;
        if (generation != m_generation)
            return;
        ConsoleScopeLists lists = ConsoleScopeLists::from(*job);
        m_accounts = std::move(lists.accounts);
        m_sites = std::move(lists.sites);
        m_groups = std::move(lists.groups);
        m_targetNote->setText(lists.note);
        fillTargets();
        Q_EMIT targetsLoaded();
    });
    job->start();
    fillTargets();
}

void SharingDialog::fillTargets()
{
    const auto kind = s1::IocScope::Kind(m_scopeKind->currentData().toInt());
    const QString current = m_target->currentData().toString().isEmpty() ? m_config.scope.id
                                                                         : m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const QList<std::pair<QString, QString>> &items = kind == s1::IocScope::Kind::Account ? m_accounts
        : kind == s1::IocScope::Kind::Site                                                ? m_sites
                                                                                          : m_groups;
    for (const auto &[id, name] : items)
        m_target->addItem(tr("%1 — %2").arg(name, id), id);
    const int index = m_target->findData(current);
    if (index >= 0)
        m_target->setCurrentIndex(index);
    else if (kind == m_config.scope.kind && !m_config.scope.id.isEmpty())
        m_target->setEditText(m_config.scope.id);
    else if (m_target->count() == 0)
        m_target->setEditText(QString());
    validate();
}

SharingConfig SharingDialog::config() const
{
    SharingConfig c = m_config;
    c.name = m_name->text().trimmed();
    c.enabled = m_enabled->isChecked();
    c.sourceIds.clear();
    for (int row = 0; row < m_sources->count(); ++row) {
        if (m_sources->item(row)->checkState() == Qt::Checked)
            c.sourceIds << m_sources->item(row)->data(Qt::UserRole).toString();
    }
    c.ruleId = m_rule->currentData().toLongLong();
    c.ruleName = c.ruleId == 0 ? QString() : m_rule->currentText();
    c.destination = SharingConfig::DestinationKind(m_kind->currentData().toInt());
    c.profileId = c.destination == SharingConfig::DestinationKind::File ? QString()
                                                                        : m_profile->currentData().toString();
    c.scope = {};
    c.filePath.clear();
    if (c.destination == SharingConfig::DestinationKind::S1ThreatIntel) {
        c.scope.kind = s1::IocScope::Kind(m_scopeKind->currentData().toInt());
        // A listed target carries its id; a typed one is the id itself.
        const int index = m_target->findText(m_target->currentText());
        c.scope.id = index >= 0 ? m_target->itemData(index).toString() : m_target->currentText().trimmed();
    } else if (c.destination == SharingConfig::DestinationKind::File) {
        c.filePath = m_filePath->text().trimmed();
        c.fileFormat = SharingConfig::FileFormat(m_fileFormat->currentData().toInt());
    }
    c.requestedAgingDays.clear();
    for (auto it = m_aging.begin(); it != m_aging.end(); ++it)
        c.requestedAgingDays.insert(it.key(), it.value()->value());
    return c;
}

QStringList SharingDialog::problems() const
{
    QStringList problems;
    const SharingConfig c = config();
    if (c.name.isEmpty())
        problems << tr("Name: a sharing configuration needs a name.");
    else if (m_context.store) {
        if (const auto other = m_context.store->sharing(c.name); other && other->id != c.id)
            problems
                << tr("Name: another sharing configuration is called \"%1\"; choose another.").arg(c.name);
    }
    if (c.destination == SharingConfig::DestinationKind::S1ThreatIntel && c.scope.id.isEmpty())
        problems << tr("Target: choose the account, site or group that receives the IOCs.");
    else if (c.destination == SharingConfig::DestinationKind::File && c.filePath.isEmpty())
        problems << tr("File: choose where the IOCs are written.");
    else
        problems += c.validate();
    if (!m_context.store)
        problems << tr("The IOC database is not open: nothing can be saved.");
    problems.removeDuplicates();
    return problems;
}

QString SharingDialog::problemText() const
{
    return m_problems->text();
}

void SharingDialog::validate()
{
    const QStringList all = problems();
    m_problems->setText(all.join(u'\n'));
    m_agingNotes->setText(config().agingNotes().join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(all.isEmpty());
}

void SharingDialog::accept()
{
    validate();
    if (!problems().isEmpty())
        return;
    SharingConfig c = config();
    QString error;
    if (!c.save(m_context.store, &error)) {
        m_problems->setText(tr("Not saved: %1").arg(error));
        return;
    }
    m_config = c;
    Q_EMIT saved(c);
    QDialog::accept();
}
