// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiSourceEditor.h"

#include "exchange/OpenCtiIndicatorSource.h"
#include "exchange/StixIndicator.h"
#include "session/ProfileSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using exchange::OpenCtiIndicatorPullJob;
using exchange::OpenCtiIndicatorSettings;
using exchange::StixIndicatorMapping;

OpenCtiSourceEditor::OpenCtiSourceEditor(const IocAreaContext &context, QWidget *parent)
    : SourceEditor(parent)
    , m_context(context)
    , m_minScore(new QSpinBox(this))
    , m_labels(new QLineEdit(this))
    , m_maxMarking(new QComboBox(this))
    , m_initialDays(new QSpinBox(this))
    , m_note(new QLabel(this))
{
    m_minScore->setObjectName(QStringLiteral("minScore"));
    m_minScore->setRange(0, 100);
    m_minScore->setToolTip(tr("Only indicators with at least this OpenCTI score (0: every indicator)."));
    m_labels->setObjectName(QStringLiteral("labels"));
    m_labels->setPlaceholderText(tr("any label; or names separated by commas"));
    m_maxMarking->setObjectName(QStringLiteral("maxMarking"));
    m_maxMarking->addItems(StixIndicatorMapping::tlpNames());
    m_maxMarking->setToolTip(tr("Indicators marked above this are left out."));
    m_initialDays->setObjectName(QStringLiteral("initialDays"));
    m_initialDays->setRange(1, 3650);
    m_initialDays->setSuffix(tr(" days"));
    m_initialDays->setToolTip(tr("The first pull reads the indicators updated this far back; later pulls "
                                 "continue from where the last one ended."));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Minimum score:"), m_minScore);
    form->addRow(tr("Labels (any of):"), m_labels);
    form->addRow(tr("Maximum marking:"), m_maxMarking);
    form->addRow(tr("Initial range:"), m_initialDays);
    form->addRow(m_note);

    connect(m_minScore, &QSpinBox::valueChanged, this, &SourceEditor::changed);
    connect(m_labels, &QLineEdit::textChanged, this, &SourceEditor::changed);
    connect(m_maxMarking, &QComboBox::currentIndexChanged, this, &SourceEditor::changed);
    connect(m_initialDays, &QSpinBox::valueChanged, this, &SourceEditor::changed);
    load(exchange::IocSource {});
}

void OpenCtiSourceEditor::load(const exchange::IocSource &source)
{
    m_settings = source.settings;
    const OpenCtiIndicatorSettings s = OpenCtiIndicatorSettings::fromJson(source.settings);
    m_minScore->setValue(s.minScore);
    m_labels->setText(s.labels.join(QLatin1String(", ")));
    const int level = StixIndicatorMapping::tlpLevel(s.maxMarking);
    m_maxMarking->setCurrentIndex(level >= 0 ? level : 2);
    m_initialDays->setValue(s.initialDays);
    const session::ProfileSession *session
        = source.profileId.isEmpty() ? m_context.session.data() : m_context.sessionOf(source.profileId);
    m_note->setText(session && !session->openCti()
            ? tr("This profile has no OpenCTI set up: the source pulls nothing until it has. %1")
                  .arg(session->openCtiProblem())
            : tr("Indicators are read from the profile's OpenCTI; revoked and expired ones end their IOC."));
}

QJsonObject OpenCtiSourceEditor::settings() const
{
    OpenCtiIndicatorSettings s = OpenCtiIndicatorSettings::fromJson(m_settings);
    s.minScore = m_minScore->value();
    s.labels.clear();
    for (const QString &label : m_labels->text().split(u',', Qt::SkipEmptyParts))
        if (!label.trimmed().isEmpty())
            s.labels << label.trimmed();
    s.maxMarking = m_maxMarking->currentText();
    s.initialDays = m_initialDays->value();
    QJsonObject json = m_settings;
    const QJsonObject edited = s.toJson();
    for (auto it = edited.begin(); it != edited.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QStringList OpenCtiSourceEditor::problems() const
{
    // The core names settings by key; people read the field's label.
    const QList<std::pair<QString, QString>> fields {{QStringLiteral("minScore:"), tr("Minimum score:")},
        {QStringLiteral("labels:"), tr("Labels:")}, {QStringLiteral("maxMarking:"), tr("Maximum marking:")},
        {QStringLiteral("initialDays:"), tr("Initial range:")},
        {QStringLiteral("pageSize:"), tr("Page size:")}};
    QStringList problems;
    for (QString problem : OpenCtiIndicatorPullJob::settingsProblems(settings())) {
        for (const auto &[key, label] : fields)
            if (problem.startsWith(key))
                problem = label + problem.mid(key.size());
        problems << problem;
    }
    return problems;
}
