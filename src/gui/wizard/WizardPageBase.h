// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class SetupWizard;
struct WizardState;

// Base of every wizard page (one class per page, forms in ui/). It gives each page:
// - Back keeps what was typed (cleanupPage does not reset fields);
// - field errors shown next to the field (showFieldError);
// - the asynchronous server check of the house style: validatePage() calls startCheck() and returns
//   false; a busy bar with Cancel shows; when the answer comes, checkPassed() records the verified
//   input and advances the wizard, checkFailed() shows the sentence. The window never freezes.
class WizardPageBase : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPageBase(SetupWizard *wizard);

    void cleanupPage() override { }
    bool validatePage() override;
    bool isChecking() const { return m_checking; }
    // The result line of the last check (plain text), for tests and screenshots.
    QString checkText() const;

protected:
    SetupWizard *setupWizard() const { return m_wizard; }
    WizardState &state() const;

    // A key of the input a check verifies (e.g. URL + token); empty: the page needs no check.
    virtual QString checkKey() const { return {}; }
    // Starts the check; must end in checkPassed() or checkFailed(). Default: none.
    virtual void runCheck() { }
    // Called for a check-free page or a verified one, before leaving: store the page's values.
    virtual bool commitValues() { return true; }
    // Cancel the running check (abort the job).
    virtual void cancelCheck() { }

    void checkPassed(const QString &message);
    void checkFailed(const QString &message);
    void invalidateCheck();
    // The input changed: the last check's result belonged to the old value, so it goes.
    void clearCheckResult();
    // Puts the status area (busy bar, text, Cancel) at the end of the page's layout.
    void addStatusArea();

    static void showFieldError(QLabel *label, const QString &message);

private:
    void setChecking(bool checking, const QString &text);

    SetupWizard *m_wizard;
    QWidget *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_statusText = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_verifiedKey;
    bool m_checking = false;
    bool m_advancing = false;
};
