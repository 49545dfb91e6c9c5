// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/IpCollectionParser.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

// Paste or import entries into a collection: the text (pasted, or read from a file) is parsed as
// the CLI's import parses it (IpCollectionParser: lines or CSV), and the preview lists what will be
// added and every refused line with its reason before anything is stored. OK hands the entries to
// add (entries()); Cancel changes nothing. Opened with open().
class EntryImportDialog : public QDialog
{
    Q_OBJECT
public:
    // existing: the collection's entries (those already there are not added again).
    explicit EntryImportDialog(const QStringList &existing, QWidget *parent = nullptr);

    // The canonical entries OK adds (those of the text not already in the collection).
    QStringList entries() const { return m_toAdd; }
    const firewall::ParsedCollection &parsed() const { return m_parsed; }

    // Sets the text and previews it at once (tests; a paste previews after a short pause).
    void setText(const QString &text);
    // Reads a file into the text (a local file, at most MaxFileBytes): false with a sentence shown.
    bool readFile(const QString &path);
    static constexpr qint64 MaxFileBytes = 64LL << 20;

    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *addList() const { return m_addList; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QLabel *summaryLabel() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    void preview();

Q_SIGNALS:
    void previewed();

private:
    void chooseFile();

    QStringList m_existing;
    QStringList m_toAdd;
    firewall::ParsedCollection m_parsed;
    QPlainTextEdit *m_text;
    QLineEdit *m_path;
    QLabel *m_summary;
    QListWidget *m_addList;
    QTableWidget *m_rejected;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
};
