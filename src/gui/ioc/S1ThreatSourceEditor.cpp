// SPDX-License-Identifier: GPL-3.0-or-later
#include "S1ThreatSourceEditor.h"

#include "exchange/S1ThreatSource.h"
#include "s1/ListJobs.h"
#include "session/ProfileSession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

using namespace exchange;

namespace {

QStringList split(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace

S1ThreatSourceEditor::S1ThreatSourceEditor(const IocAreaContext &context, QWidget *parent)
    : SourceEditor(parent)
    , m_context(context)
    , m_sites(new QListWidget(this))
    , m_sitesNote(new QLabel(this))
    , m_classifications(new QLineEdit(this))
    , m_days(new QSpinBox(this))
{
    m_sites->setObjectName(QStringLiteral("threatSites"));
    m_sites->setMaximumHeight(110);
    m_sitesNote->setTextFormat(Qt::PlainText);
    m_sitesNote->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("S&ites:"), m_sites);
    form->addRow(QString(), m_sitesNote);

    auto checkRow = [this](QList<std::pair<QCheckBox *, QString>> *boxes,
                        const QList<std::pair<QString, QString>> &items) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        for (const auto &[value, text] : items) {
            auto *box = new QCheckBox(text, this);
            box->setObjectName(QStringLiteral("check_") + value);
            connect(box, &QCheckBox::toggled, this, &SourceEditor::changed);
            row->addWidget(box);
            boxes->append({box, value});
        }
        row->addStretch(1);
        return row;
    };
    form->addRow(tr("Analyst verdicts:"),
        checkRow(&m_verdicts,
            {{QStringLiteral("true_positive"), tr("&True positive")},
                {QStringLiteral("suspicious"), tr("Sus&picious")},
                {QStringLiteral("undefined"), tr("&Undefined")},
                {QStringLiteral("false_positive"), tr("&False positive")}}));
    m_classifications->setObjectName(QStringLiteral("threatClassifications"));
    m_classifications->setPlaceholderText(tr("e.g. Malware, Ransomware (empty: every one)"));
    form->addRow(tr("C&lassifications:"), m_classifications);
    form->addRow(tr("Confidence levels:"),
        checkRow(&m_confidence,
            {{QStringLiteral("malicious"), tr("&Malicious")},
                {QStringLiteral("suspicious"), tr("Suspici&ous (confidence)")}}));
    form->addRow(tr("Hash types:"),
        checkRow(&m_hashes,
            {{QStringLiteral("SHA256"), tr("SHA&256")}, {QStringLiteral("MD5"), tr("M&D5")},
                {QStringLiteral("SHA1"), tr("SHA&1")}}));
    m_days->setObjectName(QStringLiteral("threatDays"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("First pull looks &back:"), m_days);
    connect(m_classifications, &QLineEdit::textChanged, this, &SourceEditor::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &SourceEditor::changed);

    IocSource fresh;
    fresh.kind = QStringLiteral("s1-threats");
    load(fresh);
    fetchSites();
}

S1ThreatSourceEditor::~S1ThreatSourceEditor()
{
    if (m_job)
        m_job->cancel();
}

void S1ThreatSourceEditor::load(const IocSource &source)
{
    const S1ThreatSourceSettings s = S1ThreatSourceSettings::fromJson(source.settings);
    for (auto &[box, value] : m_verdicts)
        box->setChecked(s.analystVerdicts.contains(value));
    for (auto &[box, value] : m_confidence)
        box->setChecked(s.confidenceLevels.contains(value));
    for (auto &[box, value] : m_hashes)
        box->setChecked(s.hashTypes.contains(*iocTypeFromName(value)));
    m_classifications->setText(s.classifications.join(QLatin1String(", ")));
    m_days->setValue(s.initialDays);
    m_chosenIds = s.siteIds;
    m_chosenNames.clear();
    for (const QJsonValue &v : source.settings.value(QLatin1String("siteNames")).toArray())
        m_chosenNames << v.toString();
    fillSites();
}

void S1ThreatSourceEditor::fetchSites()
{
    session::ProfileSession *s = m_context.session;
    if (!s || s->state() != session::ProfileSession::State::Ready || !s->client()) {
        m_sitesNote->setText(tr("The console is not connected: the sites cannot be listed; without a "
                                "choice the profile's whole scope is read."));
        return;
    }
    m_sitesNote->setText(tr("Loading the console's sites…"));
    const QString accountId = s->consoleConfig().accountId;
    m_job = new s1::SiteListJob(
        s->client(), accountId.isEmpty() ? QStringList() : QStringList {accountId}, this);
    connect(m_job, &jobs::Job::finished, this, [this] {
        s1::SiteListJob *job = m_job;
        m_job = nullptr;
        job->deleteLater();
        if (job->state() != jobs::Job::State::Succeeded) {
            m_sitesNote->setText(
                tr("The console's sites could not be listed: %1").arg(job->error().userMessage()));
        } else {
            m_sitesKnown = true;
            m_consoleSites.clear();
            for (const s1::Site &site : job->sites())
                m_consoleSites.append({site.id, site.name});
            m_sitesNote->setText(tr("None checked: every site of the profile's scope."));
            fillSites();
        }
        Q_EMIT sitesLoaded();
        Q_EMIT changed();
    });
    m_job->start();
}

void S1ThreatSourceEditor::fillSites()
{
    m_sites->clear();
    QList<std::pair<QString, QString>> shown = m_consoleSites;
    // Chosen sites the console did not list (yet, or any more) stay visible and checked.
    for (int i = 0; i < m_chosenIds.size(); ++i) {
        const bool listed = std::any_of(
            shown.begin(), shown.end(), [&](const auto &site) { return site.first == m_chosenIds.at(i); });
        if (!listed)
            shown.append({m_chosenIds.at(i), m_chosenNames.value(i, m_chosenIds.at(i))});
    }
    for (const auto &[id, name] : shown) {
        auto *item = new QListWidgetItem(name, m_sites);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_chosenIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_sites, &QListWidget::itemChanged, this, &SourceEditor::changed, Qt::UniqueConnection);
}

QJsonObject S1ThreatSourceEditor::settings() const
{
    S1ThreatSourceSettings s;
    QStringList names;
    for (int row = 0; row < m_sites->count(); ++row) {
        const QListWidgetItem *item = m_sites->item(row);
        if (item->checkState() == Qt::Checked) {
            s.siteIds << item->data(Qt::UserRole).toString();
            names << item->text();
        }
    }
    s.analystVerdicts.clear();
    for (const auto &[box, value] : m_verdicts) {
        if (box->isChecked())
            s.analystVerdicts << value;
    }
    for (const auto &[box, value] : m_confidence) {
        if (box->isChecked())
            s.confidenceLevels << value;
    }
    s.hashTypes.clear();
    for (const auto &[box, value] : m_hashes) {
        if (box->isChecked())
            s.hashTypes << *iocTypeFromName(value);
    }
    s.classifications = split(m_classifications->text());
    s.initialDays = m_days->value();
    return s.toJson(names);
}

QStringList S1ThreatSourceEditor::problems() const
{
    const QString problem = S1ThreatSource::settingsProblem(S1ThreatSourceSettings::fromJson(settings()));
    return problem.isEmpty() ? QStringList() : QStringList {problem};
}
