// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedLayout;
class QTableView;
class QTimer;
class ThreatDetailPane;
class ThreatFilterProxy;
class ThreatListModel;

namespace jobs {
class Job;
class Job;
} // namespace jobs
namespace s1 {
class S1Client;
}

// The analyst's daily view: server-side filters, a quick filter over the loaded rows, the threat
// table (pages load as it scrolls; sorting through the API), the detail pane, and the actions: flag
// for OpenCTI / remove the flag (one request for all selected threats), refresh, CSV export.
class ThreatBrowserPage : public QWidget
{
    Q_OBJECT
public:
    // Runs a job (flag, unflag, CSV export) on the profile's one job path; false: not started.
    using JobSubmitter = std::function<bool(jobs::Job *)>;

    explicit ThreatBrowserPage(QWidget *parent = nullptr);
    ~ThreatBrowserPage() override;

    // client: the connection's client (sites, notes, flag jobs). syncSeconds: auto-refresh period (0: off).
    void setConsole(
        s1::S1Client *client, const s1::ConsoleConfig &config, const QString &flag, int syncSeconds);
    void setSubmitter(JobSubmitter submit) { m_submit = std::move(submit); }

    ThreatListModel *model() const { return m_model; }
    ThreatFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ThreatDetailPane *detailPane() const { return m_detail; }
    QStringList selectedThreatIds() const;
    QString countsText() const;

    QAction *flagAction() const { return m_flagAction; }
    QAction *unflagAction() const { return m_unflagAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportAction() const { return m_exportAction; }
    // The empty-results panel shown in the table's place when no row matches (for tests).
    QWidget *emptyResults() const { return m_emptyResults; }

public Q_SLOTS:
    void refresh();
    void applyFilters();
    void flagSelection();
    void unflagSelection();
    // Flags (or unflags) these threats: one request; confirms first for more than one threat.
    void changeFlag(bool flag, const QStringList &threatIds);
    // With a path: writes there (tests); without: asks where (a non-blocking file dialog). Several
    // selected rows: those, at once. Otherwise every threat matching the server filters and the quick
    // filter, loaded or not: a ThreatCsvExportJob fetches the pages; message() tells the outcome.
    void exportCsv(const QString &path = {});
    // Every server filter and the quick filter back to "any", then a new listing.
    void clearFilters();

Q_SIGNALS:
    void countsChanged(const QString &text);
    void message(const QString &text);
    // The threats the actions act on changed (always rows that are visible).
    void actionSelectionChanged();
    // A flag/unflag job ended with per-threat failures (for tests and the status bar).
    void flagFailures(const QStringList &lines);

private:
    void buildFilterBar(QWidget *bar);
    void onFlagJobFinished(jobs::Job *job, bool flag);
    void updateCounts();
    void updateActions();
    // The selection the actions and the detail pane use: only rows that are visible.
    void syncSelection();
    void updateEmptyState();
    void scheduleFlagStates();
    void requestVisibleFlagStates();
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &pos);
    void saveHeaderState();
    bool restoreHeaderState();
    void loadSites();

    JobSubmitter m_submit;
    bool m_columnsFitted = false;
    int m_writesInFlight = 0;
    QPointer<s1::S1Client> m_client;
    QString m_flag;
    ThreatListModel *m_model;
    ThreatFilterProxy *m_proxy;
    QTableView *m_view;
    ThreatDetailPane *m_detail;
    QSplitter *m_splitter;
    QComboBox *m_siteCombo;
    QComboBox *m_statusCombo;
    QComboBox *m_classificationCombo;
    QComboBox *m_confidenceCombo;
    QComboBox *m_verdictCombo;
    QCheckBox *m_dateCheck;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLineEdit *m_textEdit;
    QCheckBox *m_notesCheck;
    QLineEdit *m_quickEdit;
    QLabel *m_countsLabel;
    QStackedLayout *m_tableStack;
    QWidget *m_emptyResults;
    QLabel *m_emptyText;
    QAction *m_flagAction;
    QAction *m_unflagAction;
    QAction *m_refreshAction;
    QAction *m_exportAction;
    QAction *m_quickFilterAction;
    QAction *m_copyIdAction;
    QTimer *m_flagStateTimer;
    QTimer *m_autoRefresh;
    QTimer *m_textDebounce;
    QStringList m_keepSelection;
    QString m_keepTopId;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
