// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"
#include "s1/Threat.h"
#include "s1/ThreatNote.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace s1 {
class S1Client;
class NoteListJob;
} // namespace s1

// The selected threat in full: every hash with a copy button, file path, endpoint, site and account,
// MITRE tactics and techniques (linked to attack.mitre.org by their ids), statuses, the threat's
// notes (loaded when it is selected) and "Open in console". Attacker-controlled text is plain text.
class ThreatDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ThreatDetailPane(QWidget *parent = nullptr);

    void setConsole(s1::S1Client *client, const QString &flag);
    void showThreat(const s1::Threat *threat); // nullptr: nothing selected
    void reloadNotes();
    // How links open (default QDesktopServices::openUrl); false: no browser could be started.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // Tab goes from `widget` to the pane's Copy buttons, notes and Open in console, in that order.
    void setFocusAfter(QWidget *widget);
    void openInConsole();
    QString threatId() const { return m_threat.id; }
    // For tests: the notes as shown, and the text of a field.
    QString notesText() const;
    QString fieldText(const QString &objectName) const;

Q_SIGNALS:
    void notesLoaded(const QString &threatId, const QList<s1::ThreatNote> &notes);

private:
    void clearForm();
    void chainFocus();
    void addField(
        const QString &label, const QString &value, const QString &objectName, bool copyable = false);
    static QUrl mitreUrl(const QString &techniqueId);

    QPointer<s1::S1Client> m_client;
    QString m_flag;
    s1::Threat m_threat;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_body;
    QScrollArea *m_scroll;
    QFormLayout *m_form;
    QLabel *m_mitre;
    QPlainTextEdit *m_notes;
    QPushButton *m_openInConsole;
    QPointer<s1::NoteListJob> m_notesJob;
    QPointer<QWidget> m_focusAnchor;
    QList<QWidget *> m_copyButtons;
    UrlOpener m_openUrl;
};
