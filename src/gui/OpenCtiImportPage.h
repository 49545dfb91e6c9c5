// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opencti/ImportStore.h"
#include "opencti/OpenCtiConfig.h"
#include "opencti/OpenCtiImportJob.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace jobs {
class Job;
}
namespace s1 {
class S1Client;
}
namespace opencti {
class OpenCtiClient;
}

// The OpenCTI import area: what the profile imports and where, "Import now", the threats imported
// (their OpenCTI state and a link to the incident), and the bundle a selected threat becomes.
class OpenCtiImportPage : public QWidget
{
    Q_OBJECT
public:
    // Runs the import on the profile's one job path (the scheduler); false: not started.
    using JobSubmitter = std::function<bool(jobs::Job *)>;

    explicit OpenCtiImportPage(QWidget *parent = nullptr);
    void setSubmitter(JobSubmitter submit) { m_submit = std::move(submit); }

    // store may be null (no database); openCti null: OpenCTI is not set up for this profile.
    void setContext(s1::S1Client *s1, opencti::OpenCtiClient *openCti, opencti::ImportStore *store,
        const opencti::ImportSettings &settings, const QString &openCtiProblem = {});
    // Imports these threats now (the threat browser's "Import now"), or the profile's candidates.
    void importNow(const QStringList &threatIds = {});
    void reloadList();
    QTableWidget *table() const { return m_table; }
    QString bundlePreview() const;
    // The marking the profile's bundles carry (e.g. TLP:RED).
    QString marking() const { return m_settings.bundle.tlp; }

Q_SIGNALS:
    void imported(const QStringList &threatIds);
    // Every threat of the profile the import database knows, with its state in words.
    void importStatesChanged(const QHash<QString, QString> &stateById);
    void message(const QString &text);

private:
    void showBundle(const QString &threatId);

    JobSubmitter m_submit;
    QPointer<s1::S1Client> m_s1;
    QPointer<opencti::OpenCtiClient> m_openCti;
    opencti::ImportStore *m_store = nullptr;
    opencti::ImportSettings m_settings;
    QLabel *m_summary;
    QLabel *m_counts;
    QPushButton *m_importButton;
    QTableWidget *m_table;
    QPlainTextEdit *m_preview;
};
