// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocImportDialog.h"

#include "exchange/IocPush.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <functional>

using namespace exchange;

namespace {

const QString kManual = QStringLiteral("Manual");

// A read-only table over rows the dialog keeps (the parsed IOCs, the rejected lines).
class RowsModel : public QAbstractTableModel
{
public:
    using Cell = std::function<QString(int row, int column)>;
    RowsModel(QStringList headers, QObject *parent)
        : QAbstractTableModel(parent)
        , m_headers(std::move(headers))
    { }
    void setRows(int count, Cell cell)
    {
        beginResetModel();
        m_count = count;
        m_cell = std::move(cell);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_count; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole || !m_cell)
            return {};
        return m_cell(index.row(), index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QStringList m_headers;
    int m_count = 0;
    Cell m_cell;
};

QTableView *previewTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

IocImportDialog::IocImportDialog(
    IocStore *store, const QString &profileId, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_profileId(profileId)
    , m_path(path)
    , m_summary(new QLabel(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), this))
    , m_target(new QComboBox(this))
    , m_newName(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("iocImportDialog"));
    setWindowTitle(tr("Import IOCs"));
    resize(760, 560);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText); // names the file
    m_summary->setWordWrap(true);
    auto *acceptedModel = new RowsModel({tr("Type"), tr("Value"), tr("Description")}, this);
    auto *rejectedModel = new RowsModel({tr("Line"), tr("Reason"), tr("Text")}, this);
    m_accepted = previewTable(acceptedModel, QStringLiteral("importAccepted"), this);
    m_rejected = previewTable(rejectedModel, QStringLiteral("importRejected"), this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *acceptedBox = new QWidget(splitter);
    auto *acceptedLayout = new QVBoxLayout(acceptedBox);
    acceptedLayout->setContentsMargins(0, 0, 0, 0);
    acceptedLayout->addWidget(new QLabel(tr("To be added:"), acceptedBox));
    acceptedLayout->addWidget(m_accepted);
    auto *rejectedBox = new QWidget(splitter);
    auto *rejectedLayout = new QVBoxLayout(rejectedBox);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addWidget(new QLabel(tr("Rejected lines:"), rejectedBox));
    rejectedLayout->addWidget(m_rejected);
    splitter->addWidget(acceptedBox);
    splitter->addWidget(rejectedBox);

    // Where the IOCs go: the profile's manual sources ("Manual" first, made when missing) or a new one.
    m_target->setObjectName(QStringLiteral("importTarget"));
    m_target->addItem(kManual, kManual);
    if (m_store) {
        for (const IocSource &source : m_store->sources(profileId))
            if (source.kind == QLatin1String("manual") && source.name != kManual)
                m_target->addItem(source.name, source.name);
    }
    m_target->addItem(tr("New manual source…"), QString());
    m_newName->setObjectName(QStringLiteral("importNewSource"));
    m_newName->setPlaceholderText(tr("name of the new source"));
    m_newName->setEnabled(false);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *targetLabel = new QLabel(tr("Add to &source:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_newName);
    form->addRow(nameLabel, m_newName);

    QPushButton *importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IocImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_storing) // a transaction under way ends by itself; its result closes the dialog
            reject();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_newName->setEnabled(m_target->currentData().toString().isEmpty());
        updateButtons();
    });
    connect(m_newName, &QLineEdit::textChanged, this, &IocImportDialog::updateButtons);

    // Parsed in a worker: a feed of a million lines takes seconds.
    const QPointer<IocImportDialog> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        IocParseResult result;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            result.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        else
            result = IocFileParser::parse(&file);
        // Through the application object: the dialog may be gone (its QPointer is read on its thread).
        QMetaObject::invokeMethod(
            qApp,
            [self, r = std::move(result)]() mutable {
                if (self)
                    self->onParsed(std::move(r));
            },
            Qt::QueuedConnection);
    });
}

IocImportDialog::~IocImportDialog() = default;

void IocImportDialog::onParsed(IocParseResult result)
{
    m_result = std::move(result);
    m_parsed = true;
    const QLocale locale;
    if (!m_result.error.isEmpty()) {
        m_summary->setText(m_result.error);
    } else {
        m_summary->setText(
            tr("%1: %Ln IOC(s) to add (%2 format); ", nullptr, int(m_result.iocs.size()))
                .arg(QDir::toNativeSeparators(m_path), IocFileParser::formatName(m_result.format))
            + tr("%Ln line(s) rejected.", nullptr, int(m_result.rejected.size())));
    }
    const IocParseResult *r = &m_result;
    static_cast<RowsModel *>(m_accepted->model())->setRows(int(r->iocs.size()), [r](int row, int column) {
        const Ioc &ioc = r->iocs.at(row);
        return column == 0 ? iocTypeName(ioc.type) : column == 1 ? ioc.value : ioc.description;
    });
    static_cast<RowsModel *>(m_rejected->model())
        ->setRows(int(r->rejected.size()), [r, locale](int row, int column) {
            const IocParseIssue &issue = r->rejected.at(row);
            return column == 0 ? locale.toString(issue.line) : column == 1 ? issue.reason : issue.text;
        });
    m_accepted->resizeColumnToContents(0);
    m_rejected->resizeColumnToContents(0);
    updateButtons();
    Q_EMIT parsed();
}

void IocImportDialog::updateButtons()
{
    QPushButton *importButton = nullptr;
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            importButton = qobject_cast<QPushButton *>(b);
    const bool newSource = m_target->currentData().toString().isEmpty();
    const bool named = !newSource || !m_newName->text().trimmed().isEmpty();
    if (importButton)
        importButton->setEnabled(m_parsed && !m_storing && !m_result.iocs.isEmpty() && named && m_store);
}

QString IocImportDialog::summary() const
{
    return m_summary->text();
}

void IocImportDialog::startImport()
{
    if (!m_parsed || m_storing || m_result.iocs.isEmpty() || !m_store)
        return;
    const bool newSource = m_target->currentData().toString().isEmpty();
    const QString name = newSource ? m_newName->text().trimmed() : m_target->currentData().toString();
    if (name.isEmpty()) {
        m_problem->setText(tr("Name the new source, or choose an existing one."));
        return;
    }
    // The source: found by name, or made now (a manual source holds no settings).
    IocSource source;
    if (const auto existing = m_store->sourceByName(m_profileId, name)) {
        if (newSource || existing->kind != QLatin1String("manual")) {
            m_problem->setText(
                tr("The profile has a source named \"%1\" already; choose another name.").arg(name));
            return;
        }
        source = *existing;
    } else {
        source.profileId = m_profileId;
        source.name = name;
        source.kind = QStringLiteral("manual");
        QString error;
        if (!m_store->saveSource(&source, &error)) {
            m_problem->setText(error);
            return;
        }
    }
    m_sourceName = name;
    m_storing = true;
    m_problem->setText(tr("Storing %Ln IOC(s)…", nullptr, int(m_result.iocs.size())));
    updateButtons();
    IocStore *store = m_store;
    const QString sourceId = source.id;
    const QList<Ioc> iocs = m_result.iocs;
    const QPointer<IocImportDialog> self(this);
    QThreadPool::globalInstance()->start([self, store, sourceId, iocs] {
        UpsertCounts counts;
        QString error;
        const bool ok = IocPush::store(store, sourceId, iocs, &counts, &error);
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, counts, error] {
                if (self)
                    self->onStored(ok, counts, error);
            },
            Qt::QueuedConnection);
    });
}

void IocImportDialog::onStored(bool ok, const UpsertCounts &counts, const QString &error)
{
    m_storing = false;
    m_counts = counts;
    if (!ok) {
        m_problem->setText(error);
        updateButtons();
        Q_EMIT importFinished(false, error);
        return;
    }
    const QString message = tr("Imported %Ln IOC(s) into %1: ", nullptr, counts.total()).arg(m_sourceName)
        + tr("%Ln new, ", nullptr, counts.added) + tr("%Ln updated, ", nullptr, counts.updated)
        + tr("%Ln unchanged.", nullptr, counts.unchanged);
    Q_EMIT importFinished(true, message);
    accept();
}
