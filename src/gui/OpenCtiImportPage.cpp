// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiImportPage.h"

#include "jobs/IsoDuration.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/StixBundleBuilder.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { ThreatColumn, StatusColumn, SentColumn, IncidentColumn, ColumnCount };
}

OpenCtiImportPage::OpenCtiImportPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import now"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("openCtiPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_importButton->setObjectName(QStringLiteral("importNow"));
    m_importButton->setToolTip(tr("Import the flagged threats now, without waiting for the next sync"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_importButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_counts);

    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setAccessibleName(tr("Threats imported into OpenCTI"));
    m_table->setHorizontalHeaderLabels({tr("Threat"), tr("OpenCTI state"), tr("Sent"), tr("Incident")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ThreatColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a row to open its incident in OpenCTI"));
    m_preview->setObjectName(QStringLiteral("bundlePreview"));
    m_preview->setAccessibleName(tr("STIX bundle of the selected threat"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("Select a threat to see the STIX bundle it becomes in OpenCTI."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setSizes({400, 250});
    layout->addWidget(split, 1);

    connect(m_importButton, &QPushButton::clicked, this, [this] { importNow(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_table->item(row, ThreatColumn))
            showBundle(m_table->item(row, ThreatColumn)->data(Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString incident
            = m_table->item(row, IncidentColumn) ? m_table->item(row, IncidentColumn)->text() : QString();
        if (!m_openCti || incident.isEmpty())
            return;
        QUrl url
            = m_openCti->config().url; // OpenCTI resolves any id, the STIX one included, under /dashboard/id/
        url.setPath(url.path() + QStringLiteral("/dashboard/id/") + incident);
        QDesktopServices::openUrl(url);
    });
    setContext(nullptr, nullptr, nullptr, {});
}

void OpenCtiImportPage::setContext(s1::S1Client *s1, opencti::OpenCtiClient *openCti,
    opencti::ImportStore *store, const opencti::ImportSettings &settings, const QString &openCtiProblem)
{
    m_s1 = s1;
    m_openCti = openCti;
    m_store = store;
    m_settings = settings;
    m_importButton->setEnabled(s1 && openCti && store);
    if (!openCtiProblem.isEmpty()) {
        m_summary->setText(openCtiProblem);
    } else if (!openCti) {
        m_summary->setText(
            tr("OpenCTI is not set up for this profile. Use Profile ▸ Edit profile, OpenCTI page, to "
               "send flagged threats there."));
    } else {
        m_summary->setText(settings.mode == config::Profile::ImportMode::FlaggedOnly
                ? tr("Threats with a note containing \"%1\" become incidents in OpenCTI at %2, with the "
                     "endpoint, MITRE techniques, notes, indicators for their hashes and a link back to the "
                     "console.")
                      .arg(settings.flag, openCti->config().url.toString())
                : tr("Every threat created since %1 becomes an incident in OpenCTI at %2.")
                      .arg(QLocale().toString(settings.importStart, QLocale::ShortFormat),
                          openCti->config().url.toString()));
    }
    reloadList();
}

void OpenCtiImportPage::reloadList()
{
    m_table->setRowCount(0);
    if (!m_store) {
        m_counts->clear();
        Q_EMIT importStatesChanged({});
        return;
    }
    using Status = opencti::ImportRecord::Status;
    const QLocale locale;
    m_counts->setText(tr("Imported: %1   Waiting for OpenCTI: %2   Failed: %3")
                          .arg(locale.toString(m_store->count(m_settings.profileId, Status::Imported)),
                              locale.toString(m_store->count(m_settings.profileId, Status::Sent)),
                              locale.toString(m_store->count(m_settings.profileId, Status::Failed))));
    QHash<QString, QString> states;
    for (const opencti::ImportRecord &r : m_store->list(m_settings.profileId, std::nullopt, -1))
        states.insert(r.threatId,
            r.status == Status::Imported   ? tr("Imported")
                : r.status == Status::Sent ? tr("Waiting")
                                           : tr("Failed"));
    Q_EMIT importStatesChanged(states);
    const QList<opencti::ImportRecord> records = m_store->list(m_settings.profileId, std::nullopt, 1000);
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const opencti::ImportRecord &r = records.at(row);
        auto *name = new QTableWidgetItem(r.threatName.isEmpty() ? r.threatId : r.threatName);
        name->setData(Qt::UserRole, r.threatId);
        name->setToolTip(r.threatId);
        const QString state = r.status == Status::Imported ? tr("Imported")
            : r.status == Status::Sent                     ? tr("Waiting for OpenCTI")
                                                           : tr("Failed: %1").arg(r.error);
        m_table->setItem(row, ThreatColumn, name);
        auto *stateItem = new QTableWidgetItem(state);
        stateItem->setToolTip(state);
        m_table->setItem(row, StatusColumn, stateItem);
        m_table->setItem(row, SentColumn,
            new QTableWidgetItem(locale.toString(r.sentAt.toLocalTime(), QLocale::ShortFormat)));
        auto *incident = new QTableWidgetItem(r.incidentId); // elided in the middle: the whole id here
        incident->setToolTip(r.incidentId);
        m_table->setItem(row, IncidentColumn, incident);
    }
    m_table->resizeColumnToContents(StatusColumn);
    m_table->resizeColumnToContents(SentColumn);
    m_table->setColumnWidth(IncidentColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("incident--00000000-0000")) + 16);
}

void OpenCtiImportPage::importNow(const QStringList &threatIds)
{
    if (!m_s1 || !m_openCti || !m_store || !m_submit)
        return Q_EMIT message(tr("OpenCTI is not set up for this profile."));
    opencti::ImportSettings settings = m_settings;
    settings.onlyThreatIds = threatIds;
    auto *job = new opencti::OpenCtiImportJob(m_s1, m_openCti, m_store, settings);
    m_importButton->setEnabled(false);
    connect(job, &jobs::Job::finished, this, [this, job] {
        m_importButton->setEnabled(true);
        reloadList();
        Q_EMIT message(job->summary());
        Q_EMIT imported(job->importedThreats());
    });
    if (!m_submit(job)) {
        delete job;
        m_importButton->setEnabled(true);
        Q_EMIT message(tr("An import of this profile is already waiting to run."));
    }
}

QString OpenCtiImportPage::bundlePreview() const
{
    return m_preview->toPlainText();
}

void OpenCtiImportPage::showBundle(const QString &threatId)
{
    if (!m_s1)
        return;
    m_preview->setPlainText(tr("Building the bundle…"));
    s1::ThreatQuery query;
    query.ids = {threatId};
    auto *threats = new s1::ThreatListJob(m_s1, query, this);
    threats->setKeepResults(true);
    connect(threats, &jobs::Job::finished, this, [this, threats, threatId] {
        threats->deleteLater();
        if (threats->threats().isEmpty())
            return m_preview->setPlainText(threats->state() == jobs::Job::State::Succeeded
                    ? tr("The console no longer has threat %1.").arg(threatId)
                    : threats->summary());
        const s1::Threat threat = threats->threats().first();
        auto *notes = new s1::NoteListJob(m_s1, threatId, this);
        connect(notes, &jobs::Job::finished, this, [this, notes, threat] {
            notes->deleteLater();
            QString error;
            const QJsonObject bundle
                = opencti::StixBundleBuilder(m_settings.bundle)
                      .build(threat, opencti::OpenCtiImportJob::bundleNotes(notes->notes(), m_settings.flag),
                          &error);
            m_preview->setPlainText(bundle.isEmpty()
                    ? error
                    : QString::fromUtf8(QJsonDocument(bundle).toJson(QJsonDocument::Indented)));
        });
        notes->start();
    });
    threats->start();
}
