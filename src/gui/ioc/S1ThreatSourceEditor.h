// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceEditor.h"
#include "s1/ListJobs.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

// The source editor of kind "s1-threats": the console's threats as IOCs (exchange::
// S1ThreatSourceSettings): sites chosen by name from the console's list (fetched asynchronously;
// none: the profile's scope), analyst verdicts, classifications, confidence levels, hash types and
// how far back the first pull looks.
class S1ThreatSourceEditor : public SourceEditor
{
    Q_OBJECT
public:
    explicit S1ThreatSourceEditor(const IocAreaContext &context, QWidget *parent = nullptr);
    ~S1ThreatSourceEditor() override;

    void load(const exchange::IocSource &source) override;
    QJsonObject settings() const override;
    QStringList problems() const override;

    QListWidget *sitesList() const { return m_sites; }
    bool sitesLoading() const { return m_job != nullptr; }

Q_SIGNALS:
    void sitesLoaded();

private:
    void fetchSites();
    void fillSites();

    IocAreaContext m_context;
    QListWidget *m_sites;
    QLabel *m_sitesNote;
    QList<std::pair<QCheckBox *, QString>> m_verdicts;
    QList<std::pair<QCheckBox *, QString>> m_confidence;
    QList<std::pair<QCheckBox *, QString>> m_hashes;
    QLineEdit *m_classifications;
    QSpinBox *m_days;
    QPointer<s1::SiteListJob> m_job;
    QList<std::pair<QString, QString>> m_consoleSites; // id, name
    QStringList m_chosenIds; // as loaded: kept checked when the list arrives
    QStringList m_chosenNames;
    bool m_sitesKnown = false;
};
