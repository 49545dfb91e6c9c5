// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanView.h"

#include "firewall/FirewallExportJob.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace firewall;
using Kind = PlannedAction::Kind;

namespace {

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return PlanView::tr("create");
    case Kind::Update:
        return PlanView::tr("update");
    case Kind::Rename:
        return PlanView::tr("rename");
    case Kind::Delete:
        return PlanView::tr("delete");
    case Kind::Unchanged:
        return PlanView::tr("unchanged");
    case Kind::Conflict:
        return PlanView::tr("conflict");
    }
    return {};
}

// A row of two read-only cells (change, details) under `parent`; returns its first cell.
QStandardItem *child(QStandardItem *parent, const QString &text, const QString &detail = {})
{
    auto *first = new QStandardItem(text);
    auto *second = new QStandardItem(detail);
    second->setToolTip(detail);
    for (QStandardItem *item : {first, second})
        item->setEditable(false);
    parent->appendRow({first, second});
    return first;
}

// "10.0.0.1, 10.0.0.2 … (120 in all)"
QString sample(const QStringList &values, int count)
{
    QString text = values.join(QStringLiteral(", "));
    if (count > values.size())
        text = PlanView::tr("%1 … (%L2 in all)").arg(text).arg(count);
    return text;
}

} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
{
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setAccessibleName(tr("Plan per target"));
    m_model->setHorizontalHeaderLabels({tr("Change"), tr("Details")});
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    showMessage(tr("Plan shows what an export would change in each target, without changing anything."));
}

void PlanView::clear()
{
    m_model->removeRows(0, m_model->rowCount());
    m_targets = 0;
}

void PlanView::showMessage(const QString &text)
{
    clear();
    m_summary->setText(text);
}

void PlanView::showJob(const FirewallExportJob &job)
{
    clear();
    const Resolution &r = job.resolution();
    const bool withdraw = job.mode() == FirewallExportJob::Mode::Withdraw;
    QString head;
    if (job.state() != jobs::Job::State::Succeeded)
        head = tr("The run failed: %1").arg(job.error().userMessage());
    else if (job.mode() == FirewallExportJob::Mode::DryRun)
        head = tr(
            "Plan: %L1 entries in %Ln rule(s). Nothing was changed.", nullptr, int(job.layout().slots.size()))
                   .arg(job.layout().entryCount());
    else if (withdraw)
        head = tr("Withdrawn: %1").arg(job.summary());
    else
        head = tr("Exported: %1").arg(job.summary());
    m_summary->setText(head);

    for (const TargetRun &run : job.targets()) {
        ++m_targets;
        QStringList counts;
        for (Kind k :
            {Kind::Create, Kind::Update, Kind::Rename, Kind::Delete, Kind::Unchanged, Kind::Conflict})
            if (const int n = run.plan.count(k))
                counts << tr("%L1 %2").arg(n).arg(kindText(k));
        QStandardItem *target
            = child(m_model->invisibleRootItem(), m_namer ? m_namer(run.target) : run.target.scope.text(),
                counts.isEmpty() ? tr("nothing to do")
                                 : tr("%1; %Ln request(s)", nullptr, run.plan.writes())
                                       .arg(counts.join(QStringLiteral(", "))));
        target->setData(QStringLiteral("target"), KindRole);
        if (!run.error.isEmpty())
            child(target, tr("error"), run.error);
        for (const PlannedAction &a : run.plan.actions) {
            if (a.forget)
                continue;
            QString detail;
            switch (a.kind) {
            case Kind::Create:
            case Kind::Unchanged:
                detail = tr("\"%1\", %L2 entries").arg(a.name).arg(a.rule.entryCount());
                break;
            case Kind::Update:
                detail = tr("\"%1\": %2").arg(a.name, a.fields.join(QStringLiteral(", ")));
                break;
            case Kind::Rename:
                detail = tr("\"%1\" to \"%2\"").arg(a.previousName, a.name);
                break;
            case Kind::Delete:
                detail = tr("\"%1\"").arg(a.previousName.isEmpty() ? a.name : a.previousName);
                break;
            case Kind::Conflict:
                detail = tr("\"%1\": %2").arg(a.name, a.reason);
                break;
            }
            if (a.adopt)
                detail += tr(" (taken over)");
            auto *item = child(target, kindText(a.kind), detail);
            item->setData(PlannedAction::kindName(a.kind), KindRole);
            if (!a.fields.isEmpty() && a.kind != Kind::Update)
                child(item, tr("fields"), a.fields.join(QStringLiteral(", ")));
            if (a.addedCount > 0)
                child(item, tr("+%L1 entries").arg(a.addedCount), sample(a.added, a.addedCount));
            if (a.removedCount > 0)
                child(item, tr("−%L1 entries").arg(a.removedCount), sample(a.removed, a.removedCount));
        }
        m_tree->expand(target->index());
        if (target->rowCount() > 0 && target->child(0)->hasChildren()) // one example of what moves
            m_tree->expand(target->child(0)->index());
    }
    if (!withdraw) {
        QStandardItem *left = child(m_model->invisibleRootItem(), tr("Left out"),
            tr("%Ln protected, ", nullptr, int(r.protectedEntries.size()))
                + tr("%Ln refused", nullptr, int(r.rejected.size()))
                + (r.savedByAggregation > 0
                        ? tr(", %L1 fewer entries by aggregation").arg(r.savedByAggregation)
                        : r.savedByAggregation < 0
                        ? tr(", %L1 more entries (ranges written as CIDR blocks)").arg(-r.savedByAggregation)
                        : QString()));
        left->setData(QStringLiteral("left-out"), KindRole);
        for (const ProtectedList::Protection &p : r.protectedEntries)
            child(left, tr("protected %1").arg(p.entry), p.reason);
        for (const LineProblem &p : r.rejected)
            child(left, tr("refused %1").arg(p.text), p.reason);
        if (!r.error.isEmpty())
            child(left, tr("error"), r.error);
        if (r.protectedEntries.size() + r.rejected.size() <= 20)
            m_tree->expand(left->index());
    }
    m_tree->resizeColumnToContents(0);
    // The details column keeps at least half of the width (long target names are elided).
    m_tree->setColumnWidth(
        0, std::min(m_tree->columnWidth(0), std::max(200, m_tree->viewport()->width() / 2)));
}

int PlanView::actionCount(int target, const QString &kind) const
{
    int n = 0;
    int seen = -1;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        QStandardItem *top = m_model->item(i);
        if (top->data(KindRole).toString() != QLatin1String("target") || ++seen != target)
            continue;
        for (int c = 0; c < top->rowCount(); ++c)
            n += top->child(c)->data(KindRole).toString() == kind ? 1 : 0;
    }
    return n;
}
