// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceDialog.h"

#include "ManualSourceEditor.h"
#include "SourceEditor.h"
#include "SourceListModel.h"
#include "config/SecretStore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace exchange;

SourceDialog::SourceDialog(const IocAreaContext &context, const IocSource &source, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_source(source)
    , m_name(new QLineEdit(this))
    , m_editor(SourceEditor::create(source.kind, context, this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(source.id.isEmpty() ? tr("Add a source: %1").arg(SourceListModel::kindText(source.kind))
                                       : tr("Edit the source \"%1\"").arg(source.name));
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setText(source.name);
    m_problems->setObjectName(QStringLiteral("sourceProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    // Room for three lines at all times: problems appearing do not move the buttons.
    m_problems->setMinimumHeight(3 * m_problems->fontMetrics().lineSpacing());
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_editor) {
        m_editor->load(source);
        layout->addWidget(m_editor, 1);
        connect(m_editor, &SourceEditor::changed, this, &SourceDialog::validate);
    }
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &SourceDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    resize(620, 520);
    validate();
}

QStringList SourceDialog::problems() const
{
    QStringList problems;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        problems << tr("Name: a source needs a name.");
    else if (m_context.store) {
        if (const auto other = m_context.store->sourceByName(m_source.profileId, name);
            other && other->id != m_source.id)
            problems
                << tr("Name: another source of this profile is called \"%1\"; choose another.").arg(name);
    }
    if (!m_editor)
        problems << tr("Kind: \"%1\" sources cannot be edited here.").arg(m_source.kind);
    else
        problems += m_editor->problems();
    if (!m_context.store)
        problems << tr("The IOC database is not open: nothing can be saved.");
    return problems;
}

QString SourceDialog::problemText() const
{
    return m_problems->text();
}

void SourceDialog::validate()
{
    const QStringList all = problems();
    m_problems->setText(all.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(all.isEmpty());
}

void SourceDialog::accept()
{
    validate();
    if (!problems().isEmpty())
        return;
    IocSource source = m_source;
    source.name = m_name->text().trimmed();
    source.settings = m_editor->settings();
    QString error;
    if (!m_context.store->saveSource(&source, &error)) {
        m_problems->setText(tr("Not saved: %1").arg(error));
        return;
    }
    if (auto *manual = qobject_cast<ManualSourceEditor *>(m_editor)) {
        const QList<Ioc> iocs = manual->iocs();
        UpsertCounts counts;
        if (!iocs.isEmpty()
            && !m_context.store->upsert(
                source.id, iocs, QDateTime::currentMSecsSinceEpoch(), &counts, &error)) {
            m_problems->setText(tr("The source is saved, its values are not: %1").arg(error));
            return;
        }
        if (!iocs.isEmpty())
            Q_EMIT statusMessage(
                tr("Added %n value(s) to \"%1\".", nullptr, int(iocs.size())).arg(source.name));
    }
    if (const QString secret = m_editor->secret(); !secret.isEmpty() && m_context.secrets) {
        // The keychain answers later; the dialog may be gone by then: the tab says the outcome.
        const QString name = source.name;
        QPointer<QObject> receiver(parent() ? parent() : this);
        auto report = [receiver, name](bool ok, const QString &why) {
            if (!ok && receiver)
                QMetaObject::invokeMethod(receiver, "statusMessage", Qt::QueuedConnection,
                    Q_ARG(QString, tr("The credential of \"%1\" is not in the keychain: %2").arg(name, why)));
        };
        m_context.secrets->write(m_editor->secretKey(source.id), secret, parent() ? parent() : this, report);
    }
    m_source = source;
    Q_EMIT saved(source);
    QDialog::accept();
}
