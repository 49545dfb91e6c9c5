// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectionEditor.h"

#include "EntryImportDialog.h"
#include "EntryTableModel.h"
#include "PlanView.h"
#include "TargetsEditor.h"
#include "exchange/IocStore.h"
#include "firewall/FirewallStore.h"
#include "firewall/ProtectedList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace firewall;

namespace {

// Qt 6.4 has no setTabOrder(list): one pair at a time.
void tabChain(const QList<QWidget *> &order)
{
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

QString osLabel(const QString &os)
{
    if (os == QLatin1String("windows"))
        return CollectionEditor::tr("Windows");
    if (os == QLatin1String("windows_legacy"))
        return CollectionEditor::tr("Windows legacy");
    if (os == QLatin1String("macos"))
        return CollectionEditor::tr("macOS");
    if (os == QLatin1String("linux"))
        return CollectionEditor::tr("Linux");
    return os;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets, bool stretch = true)
{
    auto *layout = new QHBoxLayout;
    for (QWidget *w : widgets)
        layout->addWidget(w);
    if (stretch)
        layout->addStretch();
    return layout;
}

} // namespace

CollectionEditor::CollectionEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_entries(new EntryTableModel(this))
    , m_targets(new TargetsEditor(this))
    , m_plan(new PlanView(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("collectionEditor"));
    m_name->setObjectName(QStringLiteral("collectionName"));
    m_name->setAccessibleName(tr("Collection name"));
    m_name->setPlaceholderText(tr("A name for the collection, e.g. Blocked scanners"));
    m_tabs->setObjectName(QStringLiteral("collectionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildEntriesTab(), tr("&Entries"));
    m_tabs->addTab(buildSourcesTab(), tr("Sour&ces"));
    m_tabs->addTab(buildRuleTab(), tr("R&ule"));
    m_tabs->addTab(m_targets, tr("Tar&gets"));
    m_tabs->addTab(buildProtectedTab(), tr("Pr&otected"));
    m_tabs->addTab(m_plan, tr("P&lan"));
    m_problems->setObjectName(QStringLiteral("collectionProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #9c1c1c; }"));
    m_save->setObjectName(QStringLiteral("saveCollectionButton"));
    m_revert->setObjectName(QStringLiteral("revertCollectionButton"));

    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Name:"), m_name);
    auto *buttons = row({m_problems}, false);
    buttons->setStretch(0, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(nameRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &CollectionEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &CollectionEditor::revert);
    connect(m_name, &QLineEdit::textChanged, this, &CollectionEditor::updateState);
    connect(m_entries, &EntryTableModel::entriesChanged, this, &CollectionEditor::updateState);
    connect(m_targets, &TargetsEditor::changed, this, &CollectionEditor::updateState);
    setTabOrder(m_name, m_tabs);
    m_plan->setTargetNamer([this](const ExportTarget &target) { return m_targets->targetText(target); });
    setCollection(Collection());
}

QWidget *CollectionEditor::buildEntriesTab()
{
    auto *tab = new QWidget(this);
    m_entryView = new QTableView(tab);
    m_entryView->setObjectName(QStringLiteral("entryView"));
    m_entryView->setAccessibleName(tr("Typed entries and their problems"));
    m_entryView->setModel(m_entries);
    m_entryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryView->setWordWrap(false);
    m_entryView->horizontalHeader()->setStretchLastSection(true);
    m_entryView->horizontalHeader()->setSectionResizeMode(EntryTableModel::Entry, QHeaderView::Interactive);
    m_entryView->setColumnWidth(EntryTableModel::Entry, 200);
    m_entryView->setColumnWidth(EntryTableModel::Kind, 200);
    m_entryView->verticalHeader()->setDefaultSectionSize(m_entryView->fontMetrics().height() + 6);
    m_entryEdit = new QLineEdit(tab);
    m_entryEdit->setObjectName(QStringLiteral("entryEdit"));
    m_entryEdit->setAccessibleName(tr("New entry"));
    m_entryEdit->setPlaceholderText(tr("10.0.0.1, 198.51.100.0/24, 203.0.113.5-203.0.113.9, 2001:db8::/32"));
    m_addEntry = new QPushButton(tr("Add entr&y"), tab);
    m_addEntry->setObjectName(QStringLiteral("addEntryButton"));
    m_import = new QPushButton(tr("Paste or &import…"), tab);
    m_import->setObjectName(QStringLiteral("importEntriesButton"));
    m_removeEntries = new QPushButton(tr("Re&move selected"), tab);
    m_removeEntries->setObjectName(QStringLiteral("removeEntriesButton"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_entryView, 1);
    auto *edit = row({m_entryEdit, m_addEntry}, false);
    edit->setStretch(0, 1);
    layout->addLayout(edit);
    layout->addLayout(row({m_import, m_removeEntries}));
    connect(m_addEntry, &QPushButton::clicked, this, &CollectionEditor::addTypedEntry);
    connect(m_entryEdit, &QLineEdit::returnPressed, this, &CollectionEditor::addTypedEntry);
    connect(m_import, &QPushButton::clicked, this, &CollectionEditor::openImport);
    connect(m_removeEntries, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_entryView->selectionModel()->selectedRows())
            rows << index.row();
        m_entries->removeRowsAt(rows);
    });
    tabChain({m_entryView, m_entryEdit, m_addEntry, m_import, m_removeEntries});
    return tab;
}

QWidget *CollectionEditor::buildSourcesTab()
{
    auto *tab = new QWidget(this);
    m_sources = new QListWidget(tab);
    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_sources->setAccessibleName(tr("Sources read at each export"));
    m_sourceEdit = new QLineEdit(tab);
    m_sourceEdit->setObjectName(QStringLiteral("sourceEdit"));
    m_sourceEdit->setAccessibleName(tr("File path or URL"));
    m_sourceEdit->setPlaceholderText(tr("/path/to/list.txt or https://example.org/blocklist.txt"));
    m_addSource = new QPushButton(tr("Add &file or URL"), tab);
    m_addSource->setObjectName(QStringLiteral("addSourceButton"));
    m_iocSources = new QListWidget(tab);
    m_iocSources->setObjectName(QStringLiteral("iocSourceList"));
    m_iocSources->setAccessibleName(tr("IOC sources to read (none checked: every source)"));
    m_iocSources->setMaximumHeight(m_iocSources->fontMetrics().height() * 5);
    m_iocRule = new QComboBox(tab);
    m_iocRule->setObjectName(QStringLiteral("iocRuleCombo"));
    m_iocRule->setAccessibleName(tr("Business rule the IOCs pass"));
    m_addIocSource = new QPushButton(tr("Add &IOC source"), tab);
    m_addIocSource->setObjectName(QStringLiteral("addIocSourceButton"));
    m_removeSource = new QPushButton(tr("Re&move selected"), tab);
    m_removeSource->setObjectName(QStringLiteral("removeSourceButton"));
    auto *layout = new QVBoxLayout(tab);
    auto *intro
        = new QLabel(tr("Besides the typed entries, the collection reads these at each export:"), tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_sources, 1);
    layout->addLayout(row({m_removeSource}));
    auto *fileRow = row({m_sourceEdit, m_addSource}, false);
    fileRow->setStretch(0, 1);
    layout->addLayout(fileRow);
    auto *iocLabel = new QLabel(tr("IPv4 and IPv6 IOCs of these sources (none checked: every source), "
                                   "through this business rule:"),
        tab);
    iocLabel->setWordWrap(true);
    layout->addWidget(iocLabel);
    layout->addWidget(m_iocSources);
    auto *iocRow = row({m_iocRule, m_addIocSource}, false);
    iocRow->setStretch(0, 1);
    layout->addLayout(iocRow);
    connect(m_addSource, &QPushButton::clicked, this, [this] {
        const QString text = m_sourceEdit->text().trimmed();
        if (text.isEmpty())
            return;
        CollectionSource s;
        const QUrl url(text);
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            s.kind = CollectionSource::Kind::Url;
            s.url = url;
        } else {
            s.kind = CollectionSource::Kind::File;
            s.path = QFileInfo(text).absoluteFilePath();
        }
        if (!m_sourceItems.contains(s))
            m_sourceItems << s;
        m_sourceEdit->clear();
        fillSources();
    });
    connect(m_addIocSource, &QPushButton::clicked, this, [this] {
        CollectionSource s;
        s.kind = CollectionSource::Kind::Iocs;
        for (int i = 0; i < m_iocSources->count(); ++i)
            if (m_iocSources->item(i)->checkState() == Qt::Checked)
                s.iocSources << m_iocSources->item(i)->text();
        s.rule = m_iocRule->currentData().toString();
        if (!m_sourceItems.contains(s))
            m_sourceItems << s;
        fillSources();
    });
    connect(m_removeSource, &QPushButton::clicked, this, [this] {
        const int r = m_sources->currentRow();
        if (r >= 0 && r < m_sourceItems.size())
            m_sourceItems.removeAt(r);
        fillSources();
    });
    tabChain({m_sources, m_removeSource, m_sourceEdit, m_addSource, m_iocSources, m_iocRule, m_addIocSource});
    return tab;
}

QWidget *CollectionEditor::buildRuleTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *tab = new QWidget(scroll);
    m_ruleName = new QLineEdit(tab);
    m_ruleName->setObjectName(QStringLiteral("ruleNameEdit"));
    m_ruleName->setAccessibleName(tr("Rule name"));
    m_ruleName->setPlaceholderText(tr("The collection's name"));
    m_description = new QLineEdit(tab);
    m_description->setObjectName(QStringLiteral("ruleDescriptionEdit"));
    m_description->setAccessibleName(tr("Rule description"));
    m_action = new QComboBox(tab);
    m_action->setObjectName(QStringLiteral("ruleActionCombo"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItems(RuleTemplate::actions());
    m_direction = new QComboBox(tab);
    m_direction->setObjectName(QStringLiteral("ruleDirectionCombo"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItems(RuleTemplate::directions());
    auto *osRow = new QHBoxLayout;
    for (const QString &os : RuleTemplate::osTypeNames()) {
        auto *box = new QCheckBox(osLabel(os), tab);
        box->setObjectName(QStringLiteral("os_") + os);
        box->setProperty("os", os);
        box->setAccessibleName(tr("OS type %1").arg(osLabel(os)));
        m_os << box;
        osRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CollectionEditor::updateState);
    }
    osRow->addStretch();
    m_status = new QComboBox(tab);
    m_status->setObjectName(QStringLiteral("ruleStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItems(RuleTemplate::statuses());
    m_protocol = new QLineEdit(tab);
    m_protocol->setObjectName(QStringLiteral("ruleProtocolEdit"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_protocol->setPlaceholderText(tr("any"));
    m_maxEntries = new QSpinBox(tab);
    m_maxEntries->setObjectName(QStringLiteral("maxEntriesSpin"));
    m_maxEntries->setAccessibleName(tr("Entries per rule at most"));
    m_maxEntries->setRange(1, Collection::MaxMaxEntries);
    m_maxEntries->setGroupSeparatorShown(true);
    m_aggregate = new QCheckBox(tr("Aggregate into CIDR &blocks"), tab);
    m_aggregate->setObjectName(QStringLiteral("aggregateBox"));
    m_aggregate->setToolTip(tr("Adjacent addresses and blocks become fewer, larger blocks (on by default "
                               "for Block rules)."));
    m_allowPrivate = new QCheckBox(tr("Private ranges ma&y be blocked"), tab);
    m_allowPrivate->setObjectName(QStringLiteral("allowPrivateBox"));
    m_enabled = new QCheckBox(tr("&Include in the scheduled runs"), tab);
    m_enabled->setObjectName(QStringLiteral("enabledBox"));
    auto *form = new QFormLayout(tab);
    form->addRow(tr("Rule name:"), m_ruleName);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(tr("OS types (none: all):"), osRow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(tr("Entries per rule:"), m_maxEntries);
    form->addRow(QString(), m_aggregate);
    form->addRow(QString(), m_allowPrivate);
    form->addRow(QString(), m_enabled);
    for (QLineEdit *edit : {m_ruleName, m_description, m_protocol})
        connect(edit, &QLineEdit::textChanged, this, &CollectionEditor::updateState);
    for (QComboBox *combo : {m_action, m_direction, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &CollectionEditor::updateState);
    connect(m_maxEntries, &QSpinBox::valueChanged, this, &CollectionEditor::updateState);
    connect(m_aggregate, &QCheckBox::clicked, this, [this] {
        m_aggregateChosen = true;
        updateState();
    });
    connect(m_action, &QComboBox::currentTextChanged, this, [this](const QString &action) {
        if (!m_loading && !m_aggregateChosen) // follows the action's default
            m_aggregate->setChecked(action == QLatin1String("Block"));
    });
    for (QCheckBox *box : {m_aggregate, m_allowPrivate, m_enabled})
        connect(box, &QCheckBox::toggled, this, &CollectionEditor::updateState);
    QList<QWidget *> order {m_ruleName, m_description, m_action, m_direction};
    for (QCheckBox *box : std::as_const(m_os))
        order << box;
    order << m_status << m_protocol << m_maxEntries << m_aggregate << m_allowPrivate << m_enabled;
    tabChain(order);
    scroll->setWidget(tab);
    return scroll;
}

QWidget *CollectionEditor::buildProtectedTab()
{
    auto *tab = new QWidget(this);
    auto *builtIn = new QLabel(
        tr("Never blocked, whatever the collection holds: loopback (127.0.0.0/8, ::1), link-local "
           "(169.254.0.0/16, fe80::/10), multicast (224.0.0.0/4, ff00::/8), this network (0.0.0.0/8, ::), "
           "the limited broadcast 255.255.255.255, the addresses of the SentinelOne console and of OpenCTI, "
           "and unless the Rule tab allows it the private ranges (10.0.0.0/8, 172.16.0.0/12, "
           "192.168.0.0/16, 100.64.0.0/10, fc00::/7). An entry overlapping one of them is left out whole; "
           "the plan names it."),
        tab);
    builtIn->setObjectName(QStringLiteral("builtInProtected"));
    builtIn->setWordWrap(true);
    builtIn->setTextFormat(Qt::PlainText);
    m_own = new QListWidget(tab);
    m_own->setObjectName(QStringLiteral("ownNetworkList"));
    m_own->setAccessibleName(tr("Your own networks, never blocked"));
    m_ownEdit = new QLineEdit(tab);
    m_ownEdit->setObjectName(QStringLiteral("ownNetworkEdit"));
    m_ownEdit->setAccessibleName(tr("Network to protect"));
    m_ownEdit->setPlaceholderText(tr("203.0.113.0/24 # office"));
    m_addOwn = new QPushButton(tr("Add entr&y"), tab);
    m_addOwn->setObjectName(QStringLiteral("addOwnNetworkButton"));
    m_removeOwn = new QPushButton(tr("Re&move selected"), tab);
    m_removeOwn->setObjectName(QStringLiteral("removeOwnNetworkButton"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(builtIn);
    layout->addWidget(new QLabel(tr("Your own networks (never blocked either):"), tab));
    layout->addWidget(m_own, 1);
    auto *edit = row({m_ownEdit, m_addOwn, m_removeOwn}, false);
    edit->setStretch(0, 1);
    layout->addLayout(edit);
    connect(m_addOwn, &QPushButton::clicked, this, [this] {
        const QString text = m_ownEdit->text().trimmed();
        if (text.isEmpty())
            return;
        m_own->addItem(text);
        m_ownEdit->clear();
        updateState();
    });
    connect(m_ownEdit, &QLineEdit::returnPressed, m_addOwn, &QPushButton::click);
    connect(m_removeOwn, &QPushButton::clicked, this, [this] {
        delete m_own->takeItem(m_own->currentRow());
        updateState();
    });
    tabChain({m_own, m_ownEdit, m_addOwn, m_removeOwn});
    return tab;
}

void CollectionEditor::setContext(const FirewallAreaContext &context)
{
    m_context = context;
    m_targets->setContext(context);
    fillIocLists();
    setCollection(Collection());
}

void CollectionEditor::fillIocLists()
{
    m_iocSources->clear();
    m_iocRule->clear();
    m_iocRule->addItem(tr("(no rule: every IPv4 and IPv6 IOC)"), QString());
    if (!m_context.iocStore)
        return;
    QSet<QString> names;
    for (const exchange::IocSource &s : m_context.iocStore->sources()) {
        if (names.contains(s.name))
            continue;
        names.insert(s.name);
        auto *item = new QListWidgetItem(s.name, m_iocSources);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const exchange::NamedDefinition &rule : m_context.iocStore->rules())
        m_iocRule->addItem(rule.name, rule.name);
}

void CollectionEditor::fillSources()
{
    m_sources->clear();
    for (const CollectionSource &s : std::as_const(m_sourceItems))
        m_sources->addItem(s.text());
    updateState();
}

QCheckBox *CollectionEditor::osBox(const QString &os) const
{
    for (QCheckBox *box : m_os)
        if (box->property("os").toString() == os)
            return box;
    return nullptr;
}

void CollectionEditor::setCollection(const Collection &c)
{
    m_loading = true;
    m_original = c;
    m_name->setText(c.name);
    m_entries->setEntries(c.entries);
    m_sourceItems = c.sources;
    fillSources();
    m_ruleName->setText(c.rule.name);
    m_description->setText(c.rule.description);
    m_action->setCurrentIndex(std::max(0, m_action->findText(c.rule.action)));
    m_direction->setCurrentIndex(std::max(0, m_direction->findText(c.rule.direction)));
    for (QCheckBox *box : std::as_const(m_os))
        box->setChecked(c.rule.osTypes.contains(box->property("os").toString()));
    m_status->setCurrentIndex(std::max(0, m_status->findText(c.rule.status)));
    m_protocol->setText(c.rule.protocol);
    m_maxEntries->setValue(c.maxEntries);
    m_aggregate->setChecked(c.aggregates());
    m_aggregateChosen = c.aggregate.has_value();
    m_allowPrivate->setChecked(c.allowPrivate);
    m_enabled->setChecked(c.enabled);
    m_targets->setTargets(c.targets);
    m_own->clear();
    m_own->addItems(c.ownNetworks);
    m_loading = false;
    updateState();
}

Collection CollectionEditor::collection() const
{
    Collection c = m_original;
    c.name = m_name->text().trimmed();
    c.entries = m_entries->entries();
    c.sources = m_sourceItems;
    c.rule.name = m_ruleName->text().trimmed();
    c.rule.description = m_description->text();
    c.rule.action = m_action->currentText();
    c.rule.direction = m_direction->currentText();
    c.rule.osTypes.clear();
    for (QCheckBox *box : m_os)
        if (box->isChecked())
            c.rule.osTypes << box->property("os").toString();
    c.rule.status = m_status->currentText();
    c.rule.protocol = m_protocol->text().trimmed();
    c.maxEntries = m_maxEntries->value();
    // Unset (on for Block, off for Allow) unless the user chose.
    if (m_aggregateChosen)
        c.aggregate = m_aggregate->isChecked();
    else
        c.aggregate.reset();
    c.allowPrivate = m_allowPrivate->isChecked();
    c.enabled = m_enabled->isChecked();
    c.targets = m_targets->targets();
    c.ownNetworks.clear();
    for (int i = 0; i < m_own->count(); ++i)
        c.ownNetworks << m_own->item(i)->text();
    return c;
}

QStringList CollectionEditor::problems() const
{
    const Collection c = collection();
    QStringList out = c.problems();
    out << m_entries->problems();
    ProtectedList check;
    for (const QString &refused : check.setOwnEntries(c.ownNetworks))
        out << tr("Protected: %1").arg(refused);
    return out;
}

bool CollectionEditor::isModified() const
{
    const Collection c = collection();
    return m_original.id == 0 || c.name != m_original.name || c.entries != m_original.entries
        || c.toDefinition() != m_original.toDefinition();
}

bool CollectionEditor::hasUnsavedWork() const
{
    if (m_original.id != 0)
        return isModified();
    return m_entries->rowCount() > 0 || !m_sourceItems.isEmpty() || !m_targets->targets().isEmpty();
}

void CollectionEditor::updateState()
{
    if (m_loading)
        return;
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    const bool modified = isModified();
    m_save->setEnabled(m_context.store && modified);
    m_revert->setEnabled(modified && m_original.id != 0);
    m_removeEntries->setEnabled(m_entries->rowCount() > 0);
}

bool CollectionEditor::save()
{
    if (!m_context.store)
        return false;
    const QStringList problems = this->problems();
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Not saved: %1").arg(problems.join(QLatin1Char('\n'))));
        Q_EMIT statusMessage(tr("The collection was not saved: correct the problems named below."));
        return false;
    }
    Collection c = collection();
    QString error;
    if (!m_context.store->save(&c, &error)) {
        m_problems->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    setCollection(c);
    Q_EMIT statusMessage(tr("Saved the collection \"%1\".").arg(c.name));
    Q_EMIT saved(c.name);
    return true;
}

void CollectionEditor::revert()
{
    if (m_context.store && m_original.id != 0)
        if (const auto stored = m_context.store->collection(m_original.id))
            return setCollection(*stored);
    setCollection(m_original);
}

void CollectionEditor::addTypedEntry()
{
    const QStringList values
        = m_entryEdit->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    if (values.isEmpty())
        return;
    m_entries->append(values);
    m_entryEdit->clear();
    m_entryView->scrollToBottom();
    const QString problem = m_entries->problem(int(m_entries->rowCount() - 1));
    if (!problem.isEmpty())
        Q_EMIT statusMessage(problem);
}

void CollectionEditor::openImport()
{
    if (m_importDialog)
        return m_importDialog->raise();
    m_importDialog = new EntryImportDialog(m_entries->entries(), this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QDialog::accepted, this, [this, dialog = m_importDialog] {
        const int added = m_entries->append(dialog->entries());
        Q_EMIT statusMessage(tr("%Ln entry(ies) added: Save stores them.", nullptr, added));
    });
    m_importDialog->open();
}

EntryImportDialog *CollectionEditor::importDialog() const
{
    return m_importDialog;
}
