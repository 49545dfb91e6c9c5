// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceEditor.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace exchange {
class TaxiiDiscovery;
}

// The source editor of kind "taxii": a TAXII 2.1 collection: discovery or API root URL, the
// collection chosen from the server's list (Discover asks the server asynchronously: API roots and
// their collections, progress and errors shown here), basic or bearer authentication (the secret
// goes to the keychain under exchange::TaxiiPullJob::credentialKey()), initial range.
class TaxiiSourceEditor : public SourceEditor
{
    Q_OBJECT
public:
    explicit TaxiiSourceEditor(const IocAreaContext &context, QWidget *parent = nullptr);
    ~TaxiiSourceEditor() override;

    void load(const exchange::IocSource &source) override;
    QJsonObject settings() const override;
    QStringList problems() const override;
    QString secret() const override;
    QString secretKey(const QString &sourceId) const override;

    // Asks the server for its API roots and collections (what the Discover button does).
    void discover();
    bool isDiscovering() const { return !m_discovery.isNull(); }

Q_SIGNALS:
    // A discovery ended (the combo holds what it found; the status line says what went wrong).
    void discovered();

private:
    void startDiscovery(const QString &secret);
    void onDiscovered();
    void updateAuthFields();
    void setStatus(const QString &text);

    IocAreaContext m_context;
    QJsonObject m_settings; // as loaded: settings this editor does not show are kept
    QString m_sourceId;
    QString m_profileId;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QLineEdit *m_username;
    QLineEdit *m_secret;
    QPushButton *m_discover;
    QComboBox *m_collection;
    QLabel *m_status;
    QSpinBox *m_initialDays;
    QPointer<exchange::TaxiiDiscovery> m_discovery;
};
