// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryImportDialog.h"

#include "firewall/IpEntry.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace firewall;

namespace {

// Qt 6.4 has no setTabOrder(list): one pair at a time.
void tabChain(const QList<QWidget *> &order)
{
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}
constexpr int PreviewRows = 2000; // the list shows this many entries to add; the count says the rest
} // namespace

EntryImportDialog::EntryImportDialog(const QStringList &existing, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_addList(new QListWidget(this))
    , m_rejected(new QTableWidget(0, 3, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("entryImportDialog"));
    setWindowTitle(tr("Paste or import entries"));
    // What is typed already, canonical where it reads, so a paste of the same addresses adds nothing.
    for (const QString &e : existing) {
        const IpEntryResult r = IpEntry::parse(e);
        m_existing << (r.ok ? r.entry.canonical() : e.trimmed());
    }
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setAccessibleName(tr("Entries to import"));
    m_text->setPlaceholderText(tr("Paste addresses, CIDR blocks or ranges: one per line, or a CSV with an "
                                  "address column. # starts a comment."));
    m_text->setTabChangesFocus(true);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File to read"));
    m_path->setPlaceholderText(tr("A text or CSV file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *read = new QPushButton(tr("&Read the file"), this);
    read->setObjectName(QStringLiteral("readFileButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(read);
    connect(browse, &QPushButton::clicked, this, &EntryImportDialog::chooseFile);
    connect(read, &QPushButton::clicked, this, [this] { readFile(m_path->text().trimmed()); });

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_addList->setObjectName(QStringLiteral("importAddList"));
    m_addList->setAccessibleName(tr("Entries that will be added"));
    m_rejected->setObjectName(QStringLiteral("importRejected"));
    m_rejected->setAccessibleName(tr("Refused lines and their reasons"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Text"), tr("Reason")});
    m_rejected->verticalHeader()->setVisible(false);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setWordWrap(false);

    auto *addBox = new QWidget(this);
    auto *addColumn = new QVBoxLayout(addBox);
    addColumn->setContentsMargins(0, 0, 0, 0);
    addColumn->addWidget(new QLabel(tr("Will be added:"), addBox));
    addColumn->addWidget(m_addList);
    auto *rejectedBox = new QWidget(this);
    auto *rejectedColumn = new QVBoxLayout(rejectedBox);
    rejectedColumn->setContentsMargins(0, 0, 0, 0);
    rejectedColumn->addWidget(new QLabel(tr("Refused (nothing of these is stored):"), rejectedBox));
    rejectedColumn->addWidget(m_rejected);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(addBox);
    split->addWidget(rejectedBox);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 2);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(split, 3);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A paste of many lines is read once, after typing pauses.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_text, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &EntryImportDialog::preview);
    tabChain({m_text, m_path, browse, read, m_addList, m_rejected, m_buttons});
    resize(760, 560);
    preview();
}

void EntryImportDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    m_debounce->stop();
    preview();
}

bool EntryImportDialog::readFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 cannot be read: %2. Choose a readable text or CSV file.")
                               .arg(path.isEmpty() ? tr("The file") : path, file.errorString()));
        return false;
    }
    if (file.size() > MaxFileBytes) {
        m_summary->setText(
            tr("%1 is larger than %L2 MB: split it, or add it as a source read at each export.")
                .arg(path)
                .arg(MaxFileBytes >> 20));
        return false;
    }
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    setText(QString::fromUtf8(data));
    return true;
}

void EntryImportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import entries from a file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Text and CSV files (*.txt *.csv *.tsv *.list)"), tr("Every file (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_path->setText(path);
        readFile(path);
    });
    dialog->open();
}

void EntryImportDialog::preview()
{
    m_parsed = IpCollectionParser::parse(m_text->toPlainText());
    m_toAdd.clear();
    QSet<QString> have(m_existing.cbegin(), m_existing.cend());
    int already = 0;
    for (const IpEntry &e : std::as_const(m_parsed.entries)) {
        const QString value = e.canonical();
        if (have.contains(value)) {
            ++already;
            continue;
        }
        have.insert(value);
        m_toAdd << value;
    }
    m_addList->clear();
    for (qsizetype i = 0; i < m_toAdd.size() && i < PreviewRows; ++i)
        m_addList->addItem(m_toAdd.at(i));
    if (m_toAdd.size() > PreviewRows)
        m_addList->addItem(tr("… and %L1 more").arg(m_toAdd.size() - PreviewRows));
    const QList<LineProblem> shown = m_parsed.rejected + m_parsed.warnings;
    m_rejected->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const LineProblem &p = shown.at(row);
        auto *line = new QTableWidgetItem(QString::number(p.line));
        line->setData(Qt::TextAlignmentRole, QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
        m_rejected->setItem(row, 0, line);
        m_rejected->setItem(row, 1, new QTableWidgetItem(p.text));
        auto *reason = new QTableWidgetItem(
            row < m_parsed.rejected.size() ? p.reason : tr("Accepted, changed: %1").arg(p.reason));
        reason->setToolTip(reason->text());
        m_rejected->setItem(row, 2, reason);
    }
    m_rejected->resizeColumnToContents(0);
    QStringList parts {tr("%Ln entry(ies) will be added", nullptr, int(m_toAdd.size()))};
    if (already > 0)
        parts << tr("%Ln already in the collection", nullptr, already);
    parts << tr("%Ln line(s) refused", nullptr, int(m_parsed.rejected.size()));
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!m_parsed.notes.isEmpty())
        text += QLatin1Char(' ') + m_parsed.notes.join(QLatin1Char(' '));
    m_summary->setText(text);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add %Ln entry(ies)", nullptr, int(m_toAdd.size())));
    ok->setEnabled(!m_toAdd.isEmpty());
    Q_EMIT previewed();
}
