// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceEditor.h"

#include <QPointer>
#include <QThreadPool>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QNetworkReply;
class QPlainTextEdit;
class QPushButton;

// The source editor of kind "feed": an http(s) URL or a local file, its format, an optional
// credential for a URL (an Authorization header value, kept in the keychain) and a preview of the
// first values, parsed off the GUI thread with exchange::IocFileParser.
class FeedSourceEditor : public SourceEditor
{
    Q_OBJECT
public:
    static constexpr int PreviewValues = 20;
    static constexpr qint64 MaxPreviewBytes = 16LL * 1024 * 1024;

    explicit FeedSourceEditor(const IocAreaContext &context, QWidget *parent = nullptr);
    ~FeedSourceEditor() override;

    void load(const exchange::IocSource &source) override;
    QJsonObject settings() const override;
    QStringList problems() const override;
    QString secret() const override;
    QString secretKey(const QString &sourceId) const override;

    // Starts a preview of what the location holds (shown in previewText() when it ends).
    void preview();
    QString previewText() const;

Q_SIGNALS:
    void previewFinished();

private:
    bool isUrl() const;
    void browse();
    void updateEnabled();
    void parseInBackground(const QByteArray &bytes, const QString &path);
    void showPreview(const QString &text);
    void onReply();

    IocAreaContext m_context;
    QComboBox *m_from;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QComboBox *m_format;
    QLineEdit *m_credential;
    QLabel *m_credentialNote;
    QPushButton *m_previewButton;
    QPlainTextEdit *m_preview;
    bool m_hadCredential = false;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    int m_previewGeneration = 0;
    QThreadPool m_pool; // the parser's thread; waited for on destruction
};
