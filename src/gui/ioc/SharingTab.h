// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QWidget>

class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class SharingDialog;
class SharingListModel;

namespace exchange {
struct SharingConfig;
}
namespace session {
class ProfileSession;
}

// The sharing configurations: sources -> rule -> destination, target, last run, counts, enabled; Add,
// Edit (SharingDialog), Remove (refused while shared), Test (a dry run through the scheduler: what
// would be created, renewed and retracted, with a sample; nothing is sent) and Run now (through the
// scheduler: progress in the status bar, recorded in Jobs). The table is read again after each run.
class SharingTab : public QWidget
{
    Q_OBJECT
public:
    explicit SharingTab(QWidget *parent = nullptr);
    void setContext(const IocAreaContext &context);

    SharingListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SharingDialog *addSharing();
    SharingDialog *editSelected();
    QMessageBox *removeSelected(); // asks first; the question, opened
    bool testSelected(); // false: cannot start (the reason in the result panel)
    bool runSelected();
    void selectSharing(const QString &name);
    void reload();
    QString resultText() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void testFinished();

private:
    int selectedRow() const;
    void updateButtons();
    void showResult(const QString &text);
    session::ProfileSession *sessionFor(const exchange::SharingConfig &config) const;

    IocAreaContext m_context;
    SharingListModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_run;
    QPlainTextEdit *m_result;
    QMetaObject::Connection m_schedulerConnection;
};
