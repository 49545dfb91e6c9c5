// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"
#include "exchange/BusinessRule.h"

#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

// Edits one business rule: an input for every filter of exchange::BusinessRule, its problems named
// per field, and a live count of the store's IOCs the rule lets through. The count reads the store
// in a worker thread (exchange::countMatchingIocs over up to a million IOCs takes seconds), a moment
// after the last edit; an edit while it runs cancels the stale count.
class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int CountDelayMs = 300;

    explicit RuleEditor(QWidget *parent = nullptr);
    ~RuleEditor() override;

    void setContext(const IocAreaContext &context);
    // Shows a rule (a new one: default-constructed) and starts its count.
    void setRule(const exchange::BusinessRule &rule);
    exchange::BusinessRule rule() const;
    // The rule's problems, one sentence per field (empty: valid).
    QStringList problems() const;
    // The last finished count: matching and total IOCs (-1 while unknown).
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }
    bool counting() const { return m_running > 0 || isCountPending(); }
    QString countText() const;

    // The inputs (tests, and the tab's focus handling).
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *typeBox(exchange::IocType type) const;

Q_SIGNALS:
    void edited();
    // A count ended (not a cancelled one).
    void countFinished(qint64 matching, qint64 total);

private:
    bool isCountPending() const;
    void onEdited();
    void startCount();
    void fillSources(const QStringList &chosen);

    IocAreaContext m_context;
    QLineEdit *m_name;
    QList<std::pair<QCheckBox *, exchange::IocType>> m_types;
    QListWidget *m_sources;
    QLineEdit *m_labels;
    QSpinBox *m_severity;
    QSpinBox *m_score;
    QSpinBox *m_days;
    QPlainTextEdit *m_include;
    QPlainTextEdit *m_exclude;
    QPlainTextEdit *m_exclusion;
    QLabel *m_problems;
    QLabel *m_count;
    QTimer *m_countTimer;
    QStringList m_unknownSources; // ids of the rule not of this profile: kept as they are
    bool m_loading = false;
    int m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_matching = -1;
    qint64 m_total = -1;
    QThreadPool m_pool; // one counting thread; waited for on destruction
};
