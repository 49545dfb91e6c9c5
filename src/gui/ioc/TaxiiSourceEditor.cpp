// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxiiSourceEditor.h"

#include "config/SecretStore.h"
#include "exchange/TaxiiDiscovery.h"
#include "exchange/TaxiiPullJob.h"
#include "session/ProfileSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using exchange::TaxiiConfig;
using exchange::TaxiiPullJob;

namespace {
// What a collection item of the combo carries.
enum Role { ApiRootRole = Qt::UserRole, CollectionIdRole, CollectionTitleRole };
} // namespace

TaxiiSourceEditor::TaxiiSourceEditor(const IocAreaContext &context, QWidget *parent)
    : SourceEditor(parent)
    , m_context(context)
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_discover(new QPushButton(tr("Discover"), this))
    , m_collection(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_initialDays(new QSpinBox(this))
{
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("https://taxii.example.com/taxii2/"));
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("None"), QStringLiteral("none"));
    m_auth->addItem(tr("User name and password"), QStringLiteral("basic"));
    m_auth->addItem(tr("Token (bearer)"), QStringLiteral("bearer"));
    m_username->setObjectName(QStringLiteral("username"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_discover->setObjectName(QStringLiteral("discover"));
    m_discover->setToolTip(tr("Ask the server for its API roots and collections."));
    m_collection->setObjectName(QStringLiteral("collection"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // the server's words: never rich text
    m_status->setWordWrap(true);
    m_initialDays->setObjectName(QStringLiteral("initialDays"));
    m_initialDays->setRange(1, 3650);
    m_initialDays->setSuffix(tr(" days"));
    m_initialDays->setToolTip(tr("The first pull reads what was added this far back; later pulls continue "
                                 "from where the last one ended."));

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_discover);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Server URL:"), urlRow);
    form->addRow(tr("Authentication:"), m_auth);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password or token:"), m_secret);
    form->addRow(tr("Collection:"), m_collection);
    form->addRow(m_status);
    form->addRow(tr("Initial range:"), m_initialDays);

    connect(m_url, &QLineEdit::textChanged, this, &SourceEditor::changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        Q_EMIT changed();
    });
    connect(m_username, &QLineEdit::textChanged, this, &SourceEditor::changed);
    connect(m_secret, &QLineEdit::textChanged, this, &SourceEditor::changed);
    connect(m_collection, &QComboBox::currentIndexChanged, this, &SourceEditor::changed);
    connect(m_initialDays, &QSpinBox::valueChanged, this, &SourceEditor::changed);
    connect(m_discover, &QPushButton::clicked, this, &TaxiiSourceEditor::discover);
    load(exchange::IocSource {});
}

TaxiiSourceEditor::~TaxiiSourceEditor()
{
    if (m_discovery) {
        m_discovery->disconnect(this); // nothing to show any more
        m_discovery->cancel();
    }
}

void TaxiiSourceEditor::load(const exchange::IocSource &source)
{
    m_settings = source.settings;
    m_sourceId = source.id;
    m_profileId = source.profileId;
    const QJsonObject &s = source.settings;
    m_url->setText(s.value(QLatin1String("url")).toString());
    const int auth = m_auth->findData(
        TaxiiConfig::authName(TaxiiConfig::authFromName(s.value(QLatin1String("auth")).toString())
                                  .value_or(TaxiiConfig::Auth::None)));
    m_auth->setCurrentIndex(std::max(auth, 0));
    m_username->setText(s.value(QLatin1String("username")).toString());
    m_secret->clear();
    m_secret->setPlaceholderText(
        source.id.isEmpty() ? QString() : tr("kept in the keychain; type to replace"));
    m_collection->clear();
    const QString id = s.value(QLatin1String("collectionId")).toString();
    if (!id.isEmpty()) {
        const QString title = s.value(QLatin1String("collectionTitle")).toString(id);
        const QString root = s.value(QLatin1String("apiRoot")).toString();
        m_collection->addItem(root.isEmpty() ? title : tr("%1 (%2)").arg(title, root));
        m_collection->setItemData(0, root, ApiRootRole);
        m_collection->setItemData(0, id, CollectionIdRole);
        m_collection->setItemData(0, title, CollectionTitleRole);
    }
    m_initialDays->setValue(s.value(QLatin1String("initialDays")).toInt(30));
    setStatus(id.isEmpty() ? tr("Enter the server's URL, then Discover lists its collections.") : QString());
    updateAuthFields();
}

QJsonObject TaxiiSourceEditor::settings() const
{
    QJsonObject s = m_settings;
    s.insert(QStringLiteral("url"), m_url->text().trimmed());
    s.insert(QStringLiteral("auth"), m_auth->currentData().toString());
    if (m_auth->currentData().toString() == QLatin1String("basic"))
        s.insert(QStringLiteral("username"), m_username->text().trimmed());
    else
        s.remove(QStringLiteral("username"));
    const int index = m_collection->currentIndex();
    const auto set = [&s](const char *key, const QString &value) {
        if (value.isEmpty())
            s.remove(QLatin1String(key));
        else
            s.insert(QLatin1String(key), value);
    };
    set("apiRoot", index >= 0 ? m_collection->itemData(index, ApiRootRole).toString() : QString());
    set("collectionId", index >= 0 ? m_collection->itemData(index, CollectionIdRole).toString() : QString());
    set("collectionTitle",
        index >= 0 ? m_collection->itemData(index, CollectionTitleRole).toString() : QString());
    s.insert(QStringLiteral("initialDays"), m_initialDays->value());
    return s;
}

QStringList TaxiiSourceEditor::problems() const
{
    const QList<std::pair<QString, QString>> fields {{QStringLiteral("url:"), tr("Server URL:")},
        {QStringLiteral("apiRoot:"), tr("Collection:")}, {QStringLiteral("collectionId:"), tr("Collection:")},
        {QStringLiteral("auth:"), tr("Authentication:")}, {QStringLiteral("username:"), tr("User name:")},
        {QStringLiteral("initialDays:"), tr("Initial range:")},
        {QStringLiteral("pageSize:"), tr("Page size:")}};
    QStringList problems;
    for (QString problem : TaxiiPullJob::settingsProblems(settings())) {
        for (const auto &[key, label] : fields)
            if (problem.startsWith(key))
                problem = label + problem.mid(key.size());
        problems << problem;
    }
    // A new source that signs in needs its secret; a stored one keeps the keychain's.
    if (m_auth->currentData().toString() != QLatin1String("none") && m_sourceId.isEmpty()
        && secret().isEmpty())
        problems << tr("Password or token: the server needs one for this authentication.");
    return problems;
}

QString TaxiiSourceEditor::secret() const
{
    return m_auth->currentData().toString() == QLatin1String("none") ? QString() : m_secret->text();
}

QString TaxiiSourceEditor::secretKey(const QString &sourceId) const
{
    return TaxiiPullJob::credentialKey(sourceId);
}

void TaxiiSourceEditor::updateAuthFields()
{
    const QString auth = m_auth->currentData().toString();
    m_username->setEnabled(auth == QLatin1String("basic"));
    m_secret->setEnabled(auth != QLatin1String("none"));
}

void TaxiiSourceEditor::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void TaxiiSourceEditor::discover()
{
    if (m_discovery)
        return; // one at a time
    if (const QString problem = exchange::TaxiiClient::urlProblem(tr("Server URL"), m_url->text());
        !problem.isEmpty())
        return setStatus(problem);
    const bool signsIn = m_auth->currentData().toString() != QLatin1String("none");
    if (signsIn && m_secret->text().isEmpty() && !m_sourceId.isEmpty()) {
        // A stored source: its secret is in the keychain; read it without blocking.
        session::ProfileSession *session = m_context.sessionOf(m_profileId);
        if (config::SecretStore *secrets = session ? session->secretStore() : nullptr) {
            m_discover->setEnabled(false);
            setStatus(tr("Reading the password or token from the keychain…"));
            secrets->read(TaxiiPullJob::credentialKey(m_sourceId), this,
                [this](const std::optional<QString> &secret, const QString &error) {
                    m_discover->setEnabled(true);
                    if (!secret) {
                        setStatus(error.isEmpty() ? tr("Password or token: type it; the keychain has none.")
                                                  : error);
                        return Q_EMIT discovered();
                    }
                    startDiscovery(*secret);
                });
            return;
        }
    }
    if (signsIn && m_secret->text().isEmpty())
        return setStatus(
            tr("Password or token: type it first, the server needs it to list its collections."));
    startDiscovery(m_secret->text());
}

void TaxiiSourceEditor::startDiscovery(const QString &secret)
{
    TaxiiConfig config;
    config.url = QUrl(m_url->text().trimmed());
    config.auth
        = TaxiiConfig::authFromName(m_auth->currentData().toString()).value_or(TaxiiConfig::Auth::None);
    config.username = m_username->text().trimmed();
    config.secret = secret;
    config.transport.maxAttempts = 2;
    config.transport.timeoutMs = 30000;
    m_discovery = new exchange::TaxiiDiscovery(config, this);
    connect(m_discovery, &exchange::TaxiiDiscovery::progress, this, &TaxiiSourceEditor::setStatus);
    connect(m_discovery, &exchange::TaxiiDiscovery::finished, this, &TaxiiSourceEditor::onDiscovered);
    m_discover->setEnabled(false);
    m_discovery->start();
}

void TaxiiSourceEditor::onDiscovered()
{
    exchange::TaxiiDiscovery *discovery = m_discovery;
    m_discovery = nullptr;
    discovery->deleteLater();
    m_discover->setEnabled(true);
    if (!discovery->errorString().isEmpty()) {
        setStatus(discovery->errorString());
        return Q_EMIT discovered();
    }
    const QString chosen = m_collection->currentData(CollectionIdRole).toString();
    const QSignalBlocker blocker(m_collection);
    m_collection->clear();
    QStringList errors;
    int readable = 0;
    for (const exchange::TaxiiDiscovery::Root &root : discovery->roots()) {
        if (!root.error.isEmpty())
            errors << root.error;
        for (const exchange::TaxiiCollection &c : root.collections) {
            if (!c.canRead)
                continue;
            const int i = m_collection->count();
            m_collection->addItem(tr("%1 (%2)").arg(c.title, root.url.toDisplayString(QUrl::RemoveUserInfo)));
            m_collection->setItemData(i, root.url.toString(), ApiRootRole);
            m_collection->setItemData(i, c.id, CollectionIdRole);
            m_collection->setItemData(i, c.title, CollectionTitleRole);
            m_collection->setItemData(i, c.description, Qt::ToolTipRole);
            if (c.id == chosen)
                m_collection->setCurrentIndex(i);
            ++readable;
        }
    }
    if (readable == 0)
        setStatus(
            errors.isEmpty() ? tr("The server has no collection this user may read.") : errors.join(u' '));
    else
        setStatus(tr("%n readable collection(s) found.", nullptr, readable)
            + (errors.isEmpty() ? QString() : u' ' + errors.join(u' ')));
    Q_EMIT changed();
    Q_EMIT discovered();
}
