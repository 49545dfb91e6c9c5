// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleEditor.h"

#include "exchange/IocStore.h"
#include "session/ProfileSession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTimer>

using namespace exchange;

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (const QString t = line.trimmed(); !t.isEmpty())
            out << t;
    }
    return out;
}

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',')) {
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    }
    return out;
}

QPlainTextEdit *patternEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(RuleEditor::tr("One a line: 10.0.0.0/8, example.com, re:^evil, or a value"));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_sources(new QListWidget(this))
    , m_labels(new QLineEdit(this))
    , m_severity(new QSpinBox(this))
    , m_score(new QSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_include(patternEdit(this, QStringLiteral("ruleInclude")))
    , m_exclude(patternEdit(this, QStringLiteral("ruleExclude")))
    , m_exclusion(patternEdit(this, QStringLiteral("ruleExclusionList")))
    , m_problems(new QLabel(this))
    , m_count(new QLabel(this))
    , m_countTimer(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(1);
    m_name->setObjectName(QStringLiteral("ruleName"));
    auto *types = new QGridLayout;
    types->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    for (const IocType type : allIocTypes()) {
        auto *box = new QCheckBox(iocTypeName(type), this);
        box->setObjectName(QStringLiteral("ruleType_") + iocTypeName(type));
        connect(box, &QCheckBox::toggled, this, &RuleEditor::onEdited);
        types->addWidget(box, column / 4, column % 4);
        ++column;
        m_types.append({box, type});
    }
    m_sources->setObjectName(QStringLiteral("ruleSources"));
    m_sources->setMaximumHeight(80);
    m_labels->setObjectName(QStringLiteral("ruleLabels"));
    m_labels->setPlaceholderText(tr("e.g. malware, phishing (any of them; empty: any)"));
    m_severity->setObjectName(QStringLiteral("ruleMinSeverity"));
    m_severity->setRange(-1, 7);
    m_severity->setSpecialValueText(tr("any"));
    m_score->setObjectName(QStringLiteral("ruleMinScore"));
    m_score->setRange(-1, 100);
    m_score->setSpecialValueText(tr("any"));
    m_days->setObjectName(QStringLiteral("ruleSeenWithin"));
    m_days->setRange(0, 36500);
    m_days->setSpecialValueText(tr("any time"));
    m_days->setSuffix(tr(" days"));
    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setMinimumHeight(2 * m_problems->fontMetrics().lineSpacing());
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_count->setObjectName(QStringLiteral("ruleCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("Types (none: every type):"), types);
    form->addRow(tr("Sou&rces (none: any):"), m_sources);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(tr("&Minimum severity:"), m_severity);
    form->addRow(tr("Minimum s&core:"), m_score);
    form->addRow(tr("Seen &within:"), m_days);
    form->addRow(tr("Incl&ude values:"), m_include);
    form->addRow(tr("E&xclude values:"), m_exclude);
    form->addRow(tr("Never share (alwa&ys wins):"), m_exclusion);
    form->addRow(QString(), m_problems);
    form->addRow(tr("Matching:"), m_count);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &RuleEditor::startCount);
    connect(m_name, &QLineEdit::textChanged, this, &RuleEditor::onEdited);
    connect(m_sources, &QListWidget::itemChanged, this, &RuleEditor::onEdited);
    connect(m_labels, &QLineEdit::textChanged, this, &RuleEditor::onEdited);
    for (QSpinBox *spin : {m_severity, m_score, m_days})
        connect(spin, &QSpinBox::valueChanged, this, &RuleEditor::onEdited);
    for (QPlainTextEdit *edit : {m_include, m_exclude, m_exclusion})
        connect(edit, &QPlainTextEdit::textChanged, this, &RuleEditor::onEdited);
    // Reading order (the type boxes were made after the other inputs).
    QList<QWidget *> order {m_name};
    for (const auto &[box, type] : m_types)
        order << box;
    order << m_sources << m_labels << m_severity << m_score << m_days << m_include << m_exclude
          << m_exclusion;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setRule({});
}

RuleEditor::~RuleEditor()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void RuleEditor::setContext(const IocAreaContext &context)
{
    m_context = context;
    setRule(rule());
}

QCheckBox *RuleEditor::typeBox(IocType type) const
{
    for (const auto &[box, t] : m_types) {
        if (t == type)
            return box;
    }
    return nullptr;
}

void RuleEditor::fillSources(const QStringList &chosen)
{
    m_sources->clear();
    m_unknownSources = chosen;
    const QString profileId = m_context.session ? m_context.session->id() : QString();
    const QList<IocSource> sources
        = m_context.store ? m_context.store->sources(profileId) : QList<IocSource>();
    for (const IocSource &s : sources) {
        auto *item = new QListWidgetItem(s.name, m_sources);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        m_unknownSources.removeAll(s.id);
    }
}

void RuleEditor::setRule(const BusinessRule &rule)
{
    m_loading = true;
    m_name->setText(rule.name);
    for (auto &[box, type] : m_types)
        box->setChecked(rule.types.contains(type));
    fillSources(rule.sourceIds);
    m_labels->setText(rule.labels.join(QLatin1String(", ")));
    m_severity->setValue(rule.minSeverity);
    m_score->setValue(rule.minScore);
    m_days->setValue(rule.seenWithinDays);
    m_include->setPlainText(rule.include.join(u'\n'));
    m_exclude->setPlainText(rule.exclude.join(u'\n'));
    m_exclusion->setPlainText(rule.exclusionList.join(u'\n'));
    m_loading = false;
    onEdited();
}

BusinessRule RuleEditor::rule() const
{
    BusinessRule r;
    r.name = m_name->text().trimmed();
    for (const auto &[box, type] : m_types) {
        if (box->isChecked())
            r.types << type;
    }
    for (int row = 0; row < m_sources->count(); ++row) {
        if (m_sources->item(row)->checkState() == Qt::Checked)
            r.sourceIds << m_sources->item(row)->data(Qt::UserRole).toString();
    }
    r.sourceIds += m_unknownSources;
    r.labels = commaList(m_labels->text());
    r.minSeverity = m_severity->value();
    r.minScore = m_score->value();
    r.seenWithinDays = m_days->value();
    r.include = lines(m_include);
    r.exclude = lines(m_exclude);
    r.exclusionList = lines(m_exclusion);
    return r;
}

QStringList RuleEditor::problems() const
{
    return rule().validate(); // the same sentences as the CLI's 'rules add'
}

void RuleEditor::onEdited()
{
    if (m_loading)
        return;
    m_problems->setText(problems().join(u'\n'));
    // The count on screen is stale from now on: cancel a running one, count again after a pause.
    m_cancel->store(true);
    m_countTimer->start();
    m_count->setText(tr("Counting…"));
    Q_EMIT edited();
}

bool RuleEditor::isCountPending() const
{
    return m_countTimer->isActive();
}

QString RuleEditor::countText() const
{
    return m_count->text();
}

void RuleEditor::startCount()
{
    if (!m_context.store) {
        m_count->setText(tr("The IOC database is not open."));
        return;
    }
    BusinessRule r = rule();
    if (r.name.isEmpty())
        r.name = QStringLiteral("-"); // a rule being named still counts
    if (!r.validate().isEmpty()) {
        m_count->setText(tr("Correct the rule to see what it matches."));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    ++m_running;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const IocStore *store = m_context.store;
    const QPointer<RuleEditor> self(this);
    m_pool.start([self, store, r, cancel, generation] {
        bool complete = false;
        const qint64 matching = countMatchingIocs(
            *store, r, QDateTime::currentDateTimeUtc(), [cancel] { return cancel->load(); }, &complete);
        const qint64 total = complete ? store->count() : -1;
        QMetaObject::invokeMethod(
            self.data(),
            [self, matching, total, complete, generation] {
                if (!self)
                    return;
                --self->m_running;
                if (!complete || generation != self->m_generation)
                    return; // a later edit asked for another count
                self->m_matching = matching;
                self->m_total = total;
                const QLocale locale;
                self->m_count->setText(tr("%1 of %2 IOCs in the store match")
                                           .arg(locale.toString(matching), locale.toString(total)));
                Q_EMIT self->countFinished(matching, total);
            },
            Qt::QueuedConnection);
    });
}
