// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedSourceEditor.h"

#include "exchange/FeedPullJob.h"
#include "exchange/IocFileParser.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>

using namespace exchange;

namespace {

// What a preview shows: the format, the first values, the refused lines.
QString describePreview(const IocParseResult &result)
{
    if (!result.error.isEmpty())
        return FeedSourceEditor::tr("Cannot read it: %1").arg(result.error);
    QStringList lines;
    lines << FeedSourceEditor::tr("Format: %1. %n value(s) read, ", nullptr, int(result.iocs.size()))
                 .arg(IocFileParser::formatName(result.format))
            + FeedSourceEditor::tr("%n line(s) refused.", nullptr, int(result.rejected.size()));
    const int shown = int(std::min<qsizetype>(result.iocs.size(), FeedSourceEditor::PreviewValues));
    if (shown > 0)
        lines << FeedSourceEditor::tr("First values:");
    for (int i = 0; i < shown; ++i)
        lines << QStringLiteral("  %1 %2").arg(iocTypeName(result.iocs.at(i).type), result.iocs.at(i).value);
    if (!result.rejected.isEmpty())
        lines << FeedSourceEditor::tr("Refused lines:");
    for (int i = 0; i < std::min<qsizetype>(result.rejected.size(), FeedSourceEditor::PreviewValues); ++i) {
        const IocParseIssue &issue = result.rejected.at(i);
        lines << FeedSourceEditor::tr("  line %1: %2 (%3)").arg(issue.line).arg(issue.reason, issue.text);
    }
    return lines.join(u'\n');
}

IocFileFormat formatOf(const QString &name)
{
    if (name == QLatin1String("text"))
        return IocFileFormat::PlainText;
    if (name == QLatin1String("csv"))
        return IocFileFormat::Csv;
    if (name == QLatin1String("stix"))
        return IocFileFormat::Stix;
    return IocFileFormat::Auto;
}

} // namespace

FeedSourceEditor::FeedSourceEditor(const IocAreaContext &context, QWidget *parent)
    : SourceEditor(parent)
    , m_context(context)
    , m_from(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_format(new QComboBox(this))
    , m_credential(new QLineEdit(this))
    , m_credentialNote(new QLabel(this))
    , m_previewButton(new QPushButton(tr("Pre&view"), this))
    , m_preview(new QPlainTextEdit(this))
{
    m_pool.setMaxThreadCount(1);
    m_from->setObjectName(QStringLiteral("feedFrom"));
    m_from->addItem(tr("A URL (http or https)"), QStringLiteral("url"));
    m_from->addItem(tr("A local file"), QStringLiteral("file"));
    m_location->setObjectName(QStringLiteral("feedLocation"));
    m_location->setPlaceholderText(tr("https://feeds.example.com/iocs.txt"));
    m_browse->setObjectName(QStringLiteral("feedBrowse"));
    m_format->setObjectName(QStringLiteral("feedFormat"));
    m_format->addItem(tr("Detect"), QStringLiteral("auto"));
    m_format->addItem(tr("Text, one value a line"), QStringLiteral("text"));
    m_format->addItem(tr("CSV with a header row"), QStringLiteral("csv"));
    m_format->addItem(tr("STIX 2.1 bundle"), QStringLiteral("stix"));
    m_credential->setObjectName(QStringLiteral("feedCredential"));
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("Authorization header value, e.g. Bearer <token>"));
    m_credentialNote->setWordWrap(true);
    m_credentialNote->setTextFormat(Qt::PlainText);
    m_previewButton->setObjectName(QStringLiteral("feedPreview"));
    m_preview->setObjectName(QStringLiteral("feedPreviewText"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(
        tr("Preview shows the first %1 values and the refused lines.").arg(PreviewValues));

    auto *locationRow = new QHBoxLayout;
    locationRow->setContentsMargins(0, 0, 0, 0);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Read &from:"), m_from);
    form->addRow(tr("&Location:"), locationRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Cre&dential:"), m_credential);
    form->addRow(QString(), m_credentialNote);
    form->addRow(QString(), m_previewButton);
    form->addRow(m_preview);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_location, &QLineEdit::textChanged, this, &SourceEditor::changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &SourceEditor::changed);
    connect(m_credential, &QLineEdit::textChanged, this, &SourceEditor::changed);
    connect(m_browse, &QPushButton::clicked, this, &FeedSourceEditor::browse);
    connect(m_previewButton, &QPushButton::clicked, this, &FeedSourceEditor::preview);
    updateEnabled();
}

FeedSourceEditor::~FeedSourceEditor()
{
    ++m_previewGeneration;
    if (m_reply)
        m_reply->abort();
    m_pool.waitForDone();
}

void FeedSourceEditor::load(const IocSource &source)
{
    const QString file = source.settings.value(QLatin1String("file")).toString();
    m_from->setCurrentIndex(file.isEmpty() ? 0 : 1);
    m_location->setText(file.isEmpty() ? source.settings.value(QLatin1String("url")).toString() : file);
    const int format
        = m_format->findData(source.settings.value(QLatin1String("format")).toString().toLower());
    m_format->setCurrentIndex(std::max(format, 0));
    m_hadCredential = FeedPullJob::needsCredential(source);
    m_credential->clear();
    updateEnabled();
}

bool FeedSourceEditor::isUrl() const
{
    return m_from->currentData().toString() == QLatin1String("url");
}

QJsonObject FeedSourceEditor::settings() const
{
    QJsonObject s;
    s.insert(isUrl() ? QStringLiteral("url") : QStringLiteral("file"), m_location->text().trimmed());
    const QString format = m_format->currentData().toString();
    if (format != QLatin1String("auto"))
        s.insert(QStringLiteral("format"), format);
    if (isUrl() && (m_hadCredential || !m_credential->text().trimmed().isEmpty()))
        s.insert(QStringLiteral("authorization"), true);
    return s;
}

QStringList FeedSourceEditor::problems() const
{
    if (m_location->text().trimmed().isEmpty())
        return {isUrl() ? tr("Location: give the feed's http or https address.")
                        : tr("Location: choose the file to read.")};
    QStringList problems = FeedPullJob::settingsProblems(settings());
    const QString credential = m_credential->text();
    if (isUrl() && (credential.contains(u'\n') || credential.contains(u'\r')))
        problems << tr("Credential: one line, the Authorization header's value, e.g. \"Bearer <token>\".");
    if (isUrl() && !credential.trimmed().isEmpty() && !m_context.secrets)
        problems << tr("Credential: no keychain is available to keep it; leave it empty.");
    return problems;
}

QString FeedSourceEditor::secret() const
{
    return isUrl() ? m_credential->text().trimmed() : QString();
}

QString FeedSourceEditor::secretKey(const QString &sourceId) const
{
    return FeedPullJob::credentialKey(sourceId);
}

void FeedSourceEditor::updateEnabled()
{
    const bool url = isUrl();
    m_browse->setEnabled(!url);
    m_credential->setEnabled(url);
    m_location->setPlaceholderText(url ? tr("https://feeds.example.com/iocs.txt") : tr("/path/to/iocs.csv"));
    m_credentialNote->setText(!url ? tr("A file takes no credential.")
            : m_hadCredential ? tr("The keychain holds a credential for this feed; type one to replace it.")
                              : tr("Optional; kept in the keychain, sent to this host only."));
}

void FeedSourceEditor::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a file of IOCs"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("IOC files (*.txt *.csv *.json)"), tr("All files (*)")});
    connect(
        dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_location->setText(path); });
    dialog->open();
}

void FeedSourceEditor::preview()
{
    const int generation = ++m_previewGeneration;
    if (m_reply)
        m_reply->abort();
    const QString location = m_location->text().trimmed();
    if (location.isEmpty())
        return showPreview(problems().value(0));
    m_preview->setPlainText(tr("Reading %1…").arg(location));
    if (!isUrl())
        return parseInBackground({}, location);
    const QUrl url(location);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return showPreview(problems().value(0));
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    if (const QString credential = secret(); !credential.isEmpty()) {
        request.setRawHeader("Authorization", credential.toUtf8());
        // A credential is never carried to another host.
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    }
    m_reply = m_nam->get(request);
    m_reply->setProperty("generation", generation);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxPreviewBytes && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &FeedSourceEditor::onReply);
}

void FeedSourceEditor::onReply()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->property("generation").toInt() != m_previewGeneration)
        return;
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return showPreview(status > 0
                ? tr("The feed answered HTTP %1: %2").arg(status).arg(reply->errorString())
                : tr("Cannot read the feed: %1").arg(reply->errorString()));
    }
    parseInBackground(reply->readAll(), {});
}

void FeedSourceEditor::parseInBackground(const QByteArray &bytes, const QString &path)
{
    const int generation = m_previewGeneration;
    const IocFileFormat format = formatOf(m_format->currentData().toString());
    const QPointer<FeedSourceEditor> self(this);
    m_pool.start([self, generation, bytes, path, format] {
        QString text;
        if (path.isEmpty()) {
            text = describePreview(IocFileParser::parse(bytes, format));
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                text = tr("Cannot read %1: %2").arg(path, file.errorString());
            else
                text = describePreview(IocFileParser::parse(file.read(MaxPreviewBytes), format));
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, text] {
                if (self && generation == self->m_previewGeneration)
                    self->showPreview(text);
            },
            Qt::QueuedConnection);
    });
}

void FeedSourceEditor::showPreview(const QString &text)
{
    m_preview->setPlainText(text);
    Q_EMIT previewFinished();
}

QString FeedSourceEditor::previewText() const
{
    return m_preview->toPlainText();
}
