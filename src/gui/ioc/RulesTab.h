// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class RuleEditor;

// The business rules: their list on the left, the editor of the selected one on the right (every
// filter, problems per field, a live count of the matching IOCs, the exclusion list); New, Save,
// Delete (refused while a sharing configuration uses the rule).
class RulesTab : public QWidget
{
    Q_OBJECT
public:
    explicit RulesTab(QWidget *parent = nullptr);
    void setContext(const IocAreaContext &context);

    RuleEditor *editor() const { return m_editor; }
    QListWidget *list() const { return m_list; }
    void newRule();
    bool save(); // false: not saved (problems or the store's error shown)
    bool deleteSelected(); // false: refused (the reason shown)
    void selectRule(const QString &name);
    void reload();
    QString message() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showSelected();
    void say(const QString &text);
    void updateButtons();
    // The sharing configuration that uses the rule, if any.
    QString userOf(qint64 ruleId, const QString &ruleName) const;

    IocAreaContext m_context;
    QListWidget *m_list;
    RuleEditor *m_editor;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_message;
    qint64 m_ruleId = 0; // the rule in the editor (0: new)
};
