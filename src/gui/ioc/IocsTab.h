// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"
#include "exchange/IocStore.h"

#include <QMetaObject>
#include <QWidget>

class IocDetailPane;
class IocTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

// The IOCs of the store: a lazy table over SQLite (IocTableModel: newest first, built for 1,000,000
// rows) with filters (type, source, share state, destination, text), the selected IOC's details
// (IocDetailPane) and actions: Add… (IocAddDialog, into the profile's "Manual" source), Import file…
// (IocImportDialog), Retract (from every destination or one configuration: asked in the store, then
// the affected sharing configurations run now through the scheduler), Copy values, Export CSV… (an
// exchange::IocCsvExportJob through the scheduler), Refresh. The table refreshes when a pull or a share
// job of the scheduler ends, keeping the selection.
class IocsTab : public QWidget
{
    Q_OBJECT
public:
    explicit IocsTab(QWidget *parent = nullptr);
    ~IocsTab() override;
    void setContext(const IocAreaContext &context);

    IocTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    IocDetailPane *detailPane() const { return m_detail; }
    QString countText() const;
    QList<qint64> selectedIds() const;
    // Selects these IOCs (those in the rows) and makes the first current.
    void selectIocs(const QList<qint64> &ids);

    // The actions (toolbar row, context menu, keyboard).
    QAction *addIocAction() const { return m_addAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *retractAction() const { return m_retractAction; } // from every destination
    QAction *copyAction() const { return m_copyAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *clearFiltersAction() const { return m_clearAction; }

    // The filter widgets (tests).
    QComboBox *typeFilter() const { return m_typeCombo; }
    QComboBox *sourceFilter() const { return m_sourceCombo; }
    QComboBox *stateFilter() const { return m_stateCombo; }
    QComboBox *destinationFilter() const { return m_destinationCombo; }
    QLineEdit *textFilter() const { return m_textEdit; }

    // Without a dialog (tests; the actions' dialogs end here): import the file through the preview
    // dialog, export the filtered IOCs to path, retract the selection (sharingId 0: every destination).
    void importFile(const QString &path);
    void exportCsv(const QString &path);
    void retractSelection(qint64 sharingId);
    void refresh();
    void clearFilters();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void buildFilterBar(QWidget *bar);
    void buildActions(QWidget *bar);
    void reloadChoices(); // sources and destinations of the combos
    exchange::IocFilter currentFilter() const;
    void applyFilters();
    void updateCount();
    void updateActions();
    void showCurrent();
    void showContextMenu(const QPoint &pos);
    void fillRetractMenu(QMenu *menu);
    void openAddDialog();
    void openImportDialog();
    void openExportDialog();
    void copyValues();
    void rememberSelection();
    void restoreSelection(bool scroll);
    QString profileId() const;

    IocAreaContext m_context;
    IocTableModel *m_model;
    QTableView *m_view;
    IocDetailPane *m_detail;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QComboBox *m_destinationCombo = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_textDebounce;
    QTimer *m_refreshDebounce;
    QAction *m_addAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_retractAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_clearAction = nullptr;
    QMenu *m_retractMenu = nullptr;
    QMetaObject::Connection m_jobConnection;
    QList<qint64> m_keepIds; // the selection across a reset of the model
    qint64 m_keepCurrent = 0;
    qint64 m_keepTop = 0;
    bool m_columnsFitted = false;
};
