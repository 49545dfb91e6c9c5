// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatDetailPane.h"

#include "ElidedLabel.h"

#include "s1/ListJobs.h"
#include "s1/S1Client.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // threat data is attacker-controlled
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString describe(const QString &description, const QString &raw)
{
    return description.isEmpty() ? raw : description;
}
} // namespace

ThreatDetailPane::ThreatDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("No threat selected.\nSelect a threat to see its details and notes."), this))
    , m_body(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_form(new QFormLayout)
    , m_mitre(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_openInConsole(new QPushButton(tr("&Open in console"), this))
{
    setObjectName(QStringLiteral("threatDetailPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_empty->setObjectName(QStringLiteral("detailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    body->addLayout(m_form);
    auto *mitreHeading = new QLabel(tr("<b>MITRE ATT&amp;CK</b>"), m_body);
    body->addWidget(mitreHeading);
    m_mitre->setObjectName(QStringLiteral("mitre"));
    m_mitre->setTextFormat(Qt::RichText); // built from escaped text and attack.mitre.org links only
    m_mitre->setOpenExternalLinks(true);
    m_mitre->setWordWrap(true);
    body->addWidget(m_mitre);
    body->addWidget(new QLabel(tr("<b>Notes</b>"), m_body));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes of the threat"));
    m_notes->setReadOnly(true);
    m_notes->setMinimumHeight(120);
    body->addWidget(m_notes, 1);

    outer->addWidget(m_title);
    outer->addWidget(m_empty, 1);
    outer->addWidget(m_scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openInConsole);
    outer->addLayout(buttons);
    m_openInConsole->setToolTip(tr("Open this threat's page in the SentinelOne console"));
    m_openInConsole->setObjectName(QStringLiteral("openInConsole"));
    connect(m_openInConsole, &QPushButton::clicked, this, &ThreatDetailPane::openInConsole);
    showThreat(nullptr);
}

void ThreatDetailPane::openInConsole()
{
    if (!m_client || m_threat.id.isEmpty())
        return;
    const QUrl url = m_client->config().threatPage(m_threat.id);
    if (m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url))
        return;
    // No browser could be started: say so, and offer the link to paste elsewhere.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open in console"),
        tr("No web browser could be started to open this threat in the SentinelOne console."),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("openInConsoleFailed"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(url.toString());
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *copy = box->addButton(tr("Copy link"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("copyLink"));
    box->setDefaultButton(copy);
    connect(box, &QMessageBox::buttonClicked, this, [copy, url](QAbstractButton *button) {
        if (button == copy)
            QApplication::clipboard()->setText(url.toString());
    });
    box->open();
}

void ThreatDetailPane::setConsole(s1::S1Client *client, const QString &flag)
{
    m_client = client;
    m_flag = flag;
    showThreat(nullptr);
}

QUrl ThreatDetailPane::mitreUrl(const QString &techniqueId)
{
    static const QRegularExpression attackId(QStringLiteral("^T(\\d{4})(?:\\.(\\d{3}))?$"));
    const QRegularExpressionMatch m = attackId.match(techniqueId);
    if (!m.hasMatch())
        return {};
    QString path = QStringLiteral("/techniques/T") + m.captured(1) + u'/';
    if (!m.captured(2).isEmpty())
        path += m.captured(2) + u'/';
    QUrl url(QStringLiteral("https://attack.mitre.org"));
    url.setPath(path);
    return url;
}

void ThreatDetailPane::setFocusAfter(QWidget *widget)
{
    m_focusAnchor = widget;
    chainFocus();
}

void ThreatDetailPane::chainFocus()
{
    // New widgets join the end of the window's focus chain: put the Copy buttons, the notes and
    // Open in console right after the anchor (the widget before the pane in reading order).
    QWidget *previous = m_focusAnchor;
    if (!previous)
        return;
    QList<QWidget *> chain = m_copyButtons;
    chain << m_notes << m_openInConsole;
    for (QWidget *next : std::as_const(chain)) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void ThreatDetailPane::clearForm()
{
    m_copyButtons.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void ThreatDetailPane::addField(
    const QString &label, const QString &value, const QString &objectName, bool copyable)
{
    if (value.isEmpty())
        return;
    if (!copyable) {
        QLabel *text = plainLabel(value, m_body);
        text->setObjectName(objectName);
        m_form->addRow(label, text);
        return;
    }
    // Hashes, paths, ids: long, unbreakable values, shown whole or elided in the middle with the
    // whole value as tooltip; the button copies it whole.
    auto *row = new QWidget(m_body);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new ElidedLabel(value, row);
    text->setObjectName(objectName);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text, 1);
    auto *copy = new QToolButton(row);
    copy->setText(tr("Copy"));
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    connect(copy, &QToolButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
    layout->addWidget(copy);
    copy->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, in reading order (see chainFocus())
    m_copyButtons << copy;
    m_form->addRow(label, row);
}

QString ThreatDetailPane::fieldText(const QString &objectName) const
{
    if (const auto *elided = m_body->findChild<ElidedLabel *>(objectName))
        return elided->fullText();
    const auto *label = m_body->findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

QString ThreatDetailPane::notesText() const
{
    return m_notes->toPlainText();
}

void ThreatDetailPane::showThreat(const s1::Threat *threat)
{
    if (m_notesJob)
        m_notesJob->cancel();
    clearForm();
    const bool has = threat != nullptr;
    m_empty->setVisible(!has);
    m_scroll->setVisible(has);
    m_openInConsole->setEnabled(has && m_client);
    m_title->setText(has ? threat->displayName() : QString());
    m_notes->clear();
    m_mitre->clear();
    if (!has) {
        m_threat = {};
        return;
    }
    m_threat = *threat;
    const s1::Threat &t = m_threat;
    const QLocale locale;
    addField(tr("SHA-256"), t.sha256, QStringLiteral("sha256"), true);
    addField(tr("SHA-1"), t.sha1, QStringLiteral("sha1"), true);
    addField(tr("MD5"), t.md5, QStringLiteral("md5"), true);
    addField(tr("File path"), t.filePath, QStringLiteral("filePath"), true);
    addField(tr("Threat ID"), t.id, QStringLiteral("threatId"), true);
    addField(tr("Classification"), t.classification, QStringLiteral("classification"));
    addField(tr("Confidence"),
        t.confidenceLevel == QLatin1String("malicious")        ? tr("Malicious")
            : t.confidenceLevel == QLatin1String("suspicious") ? tr("Suspicious")
                                                               : t.confidenceLevel,
        QStringLiteral("confidence"));
    addField(tr("Analyst verdict"), describe(t.analystVerdictDescription, t.analystVerdict),
        QStringLiteral("verdict"));
    addField(tr("Incident status"), describe(t.incidentStatusDescription, t.incidentStatus),
        QStringLiteral("incidentStatus"));
    addField(tr("Mitigation"), describe(t.mitigationStatusDescription, t.mitigationStatus),
        QStringLiteral("mitigation"));
    addField(tr("Detected by"), t.detectionEngines.join(QLatin1String(", ")), QStringLiteral("engines"));
    addField(tr("Endpoint"), t.computerName, QStringLiteral("endpoint"));
    addField(tr("Operating system"), t.osName.isEmpty() ? t.osType : t.osName, QStringLiteral("os"));
    addField(tr("IP addresses"), t.ipAddresses().join(QLatin1String(", ")), QStringLiteral("ips"));
    addField(tr("External IP"), t.externalIp, QStringLiteral("externalIp"));
    addField(tr("Site"), t.siteName, QStringLiteral("site"));
    addField(tr("Account"), t.accountName, QStringLiteral("account"));
    addField(tr("Identified"), locale.toString(t.identifiedAt.toLocalTime(), QLocale::ShortFormat),
        QStringLiteral("identified"));
    addField(tr("Created"), locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat),
        QStringLiteral("created"));
    addField(tr("Updated"), locale.toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat),
        QStringLiteral("updated"));

    QStringList lines;
    for (const s1::ThreatIndicator &indicator : t.indicators) {
        for (const s1::MitreTactic &tactic : indicator.tactics) {
            QStringList techniques;
            for (const s1::MitreTechnique &technique : tactic.techniques) {
                const QUrl url = mitreUrl(technique.id);
                techniques << (url.isValid() ? QStringLiteral("<a href=\"%1\">%2</a>")
                                                   .arg(url.toString(), technique.id.toHtmlEscaped())
                                             : technique.id.toHtmlEscaped());
            }
            techniques.removeDuplicates();
            lines << QStringLiteral("%1: %2").arg(
                tactic.name.toHtmlEscaped(), techniques.join(QLatin1String(", ")));
        }
    }
    lines.removeDuplicates();
    m_mitre->setText(lines.isEmpty() ? tr("None reported.") : lines.join(QLatin1String("<br>")));
    chainFocus();
    reloadNotes();
}

void ThreatDetailPane::reloadNotes()
{
    if (!m_client || m_threat.id.isEmpty())
        return;
    if (m_notesJob)
        m_notesJob->cancel();
    m_notes->setPlainText(tr("Loading notes…"));
    auto *job = new s1::NoteListJob(m_client, m_threat.id, this);
    m_notesJob = job;
    const QString id = m_threat.id;
    connect(job, &jobs::Job::finished, this, [this, job, id] {
        job->deleteLater();
        if (id != m_threat.id || job->state() == jobs::Job::State::Cancelled)
            return;
        if (job->state() != jobs::Job::State::Succeeded) {
            m_notes->setPlainText(job->summary());
            return;
        }
        const QLocale locale;
        QStringList blocks;
        for (const s1::ThreatNote &note : job->notes()) {
            QString head = note.creator + QStringLiteral(" — ")
                + locale.toString(note.createdAt.toLocalTime(), QLocale::ShortFormat);
            if (note.containsFlag(m_flag))
                head += QStringLiteral("  ") + tr("[flag for OpenCTI]");
            blocks << head + u'\n' + note.text;
        }
        m_notes->setPlainText(blocks.isEmpty() ? tr("No notes.") : blocks.join(QLatin1String("\n\n")));
        Q_EMIT notesLoaded(id, job->notes());
    });
    job->start();
}
