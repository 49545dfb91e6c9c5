// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirewallExportJob.h"

#include "Logging.h"
#include "net/ApiCall.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace firewall {

using Kind = PlannedAction::Kind;

QJsonObject TargetRun::counts() const
{
    return QJsonObject {{u"created"_s, created}, {u"updated"_s, updated}, {u"renamed"_s, renamed},
        {u"deleted"_s, deleted}, {u"unchanged"_s, unchanged}, {u"conflicts"_s, conflicts},
        {u"failed"_s, failed}, {u"rules"_s, int(plan.actions.size()) - plan.count(Kind::Delete)}};
}

FirewallExportJob::FirewallExportJob(FirewallStore *store, s1::S1Client *client, const QString &profileId,
    const QString &collection, Mode mode, QObject *parent)
    : jobs::Job(mode == Mode::Withdraw ? WithdrawKindPrefix + collection
            : mode == Mode::DryRun     ? PlanKindPrefix + collection
                                       : kindFor(collection),
        mode == Mode::Withdraw     ? tr("Withdraw the firewall rules of %1").arg(collection)
            : mode == Mode::DryRun ? tr("Plan the firewall export of %1").arg(collection)
                                   : tr("Export %1 as firewall rules").arg(collection),
        parent)
    , m_store(store)
    , m_client(client)
    , m_profileId(profileId)
    , m_collectionName(collection)
    , m_mode(mode)
{
    connect(&m_resolver, &CollectionResolver::resolved, this, &FirewallExportJob::onResolved);
}

QString FirewallExportJob::targetText(const ExportTarget &target) const
{
    return target.scope.text();
}

void FirewallExportJob::run()
{
    const auto collection = m_store ? m_store->collection(m_collectionName) : std::nullopt;
    if (!collection)
        return fail(tr("There is no firewall collection named \"%1\".").arg(m_collectionName));
    if (!m_client)
        return fail(tr("The profile's console is not connected: connect it, then export again."));
    m_collection = *collection;
    QList<ExportTarget> targets = m_targetsOverride;
    if (targets.isEmpty() && m_mode == Mode::Withdraw) {
        for (const QString &key : m_store->targetsWithRules(m_collection.id)) {
            const qsizetype bar = key.indexOf(u'|');
            const auto scope = s1::IocScope::fromString(key.mid(bar + 1));
            if (bar >= 0 && key.left(bar) == m_profileId && scope)
                targets << ExportTarget {m_profileId, *scope};
        }
        if (targets.isEmpty())
            return succeed(tr("The collection \"%1\" has no rules on this console: nothing to withdraw.")
                               .arg(m_collection.name));
    } else if (targets.isEmpty()) {
        for (const ExportTarget &t : std::as_const(m_collection.targets))
            if (t.profileId == m_profileId || t.profileId.isEmpty())
                targets << ExportTarget {m_profileId, t.scope};
    }
    if (targets.isEmpty())
        return fail(
            tr("The collection \"%1\" has no site, account or group to export to in this profile: choose "
               "where its rules go, then export again.")
                .arg(m_collection.name));
    for (const ExportTarget &t : std::as_const(targets)) {
        TargetRun run;
        run.target = t;
        m_runs << run;
    }
    if (m_mode == Mode::Withdraw) {
        m_change.layout = m_store->layout(m_collection.id);
        for (int i = 0; i < m_change.layout.slots.size(); ++i)
            m_change.origin << i;
        m_desired.clear(); // nothing wanted: every rule of ours is deleted
        return listConsole(0);
    }
    if (const QStringList problems = m_collection.problems(); !problems.isEmpty())
        return fail(problems.join(u' '));
    setProgress(0, -1, tr("Reading the collection's entries"));
    m_resolver.resolve(m_collection, m_protectedHosts, m_iocStore);
}

void FirewallExportJob::onCancel()
{
    m_resolver.cancel();
    if (auto *job = qobject_cast<jobs::Job *>(m_pending.data()))
        job->cancel();
    else if (auto *call = qobject_cast<net::ApiCall *>(m_pending.data()))
        call->deleteLater();
    finishCancelled();
}

void FirewallExportJob::onResolved()
{
    if (isFinished())
        return;
    if (isCancelRequested())
        return finishCancelled();
    const Resolution &r = m_resolver.result();
    if (!r.error.isEmpty())
        return fail(r.error);
    for (const LineProblem &p : r.rejected)
        addFailure(p.text, p.reason, false);
    m_change = RulePlanner::relayout(r.values, m_store->layout(m_collection.id), m_collection.maxEntries);
    m_desired = RulePlanner::desiredRules(m_collection, m_change.layout);
    listConsole(0);
}

// The rules of the collection's names in each target, read now (not only what this tool remembers).
void FirewallExportJob::listConsole(int index)
{
    if (index >= m_runs.size())
        return planAll();
    setProgress(index, m_runs.size(), tr("Reading the rules of %1").arg(targetText(m_runs.at(index).target)));
    s1::FirewallRuleFilter filter;
    filter.scope = m_runs.at(index).target.scope;
    const QString base = m_collection.baseName();
    if (base.size() >= 2)
        filter.nameContains = base;
    auto *list = new s1::FirewallRuleListJob(m_client, filter, this);
    m_pending = list;
    connect(list, &jobs::Job::finished, this, [this, list, index, base] {
        list->deleteLater();
        m_requests += list->pagesFetched();
        if (isFinished())
            return;
        if (list->state() != jobs::Job::State::Succeeded) {
            if (isCancelRequested())
                return finishCancelled();
            return fail(list->error());
        }
        QList<s1::FirewallRule> ours;
        for (const s1::FirewallRule &rule : list->rules())
            if (RulePlanner::isRuleName(base, rule.name))
                ours << rule;
        m_console.insert(index, ours);
        listConsole(index + 1);
    });
    list->start();
}

void FirewallExportJob::planAll()
{
    for (int i = 0; i < m_runs.size(); ++i) {
        TargetRun &run = m_runs[i];
        const QList<OwnedRule> owned
            = RulePlanner::relabel(m_store->rules(m_collection.id, run.target.key()), m_change.origin);
        run.plan = RulePlanner::plan(m_desired, m_console.value(i), owned, m_adopt);
        m_writesTotal += run.plan.writes();
    }
    if (m_mode == Mode::DryRun) {
        int writes = 0, conflicts = 0;
        for (const TargetRun &run : std::as_const(m_runs)) {
            writes += run.plan.writes();
            conflicts += run.plan.count(Kind::Conflict);
        }
        return succeed(tr("Plan for \"%1\": %L2 entries in %n rule(s); %L3 change(s) in %L4 target(s), %L5 "
                          "conflict(s). Nothing was changed.",
            nullptr, int(m_change.layout.slots.size()))
                           .arg(m_collection.name)
                           .arg(m_change.layout.entryCount())
                           .arg(writes)
                           .arg(m_runs.size())
                           .arg(conflicts));
    }
    // The layout first (records relabelled with it), so a run killed from here on resumes with it.
    QString error;
    if (m_mode == Mode::Export && !m_store->saveLayout(m_collection.id, m_change, &error))
        return failLocal(jobs::JobError::Kind::Database, error);
    applyTarget(0);
}

bool FirewallExportJob::record(bool ok, const QString &error)
{
    if (!ok)
        failLocal(jobs::JobError::Kind::Database, error);
    return ok;
}

void FirewallExportJob::applyTarget(int index)
{
    m_target = index;
    if (index >= m_runs.size())
        return finishAll();
    m_queue.clear();
    TargetRun &run = m_runs[index];
    const QString key = run.target.key();
    QString error;
    for (const PlannedAction &a : std::as_const(run.plan.actions)) {
        switch (a.kind) {
        case Kind::Unchanged:
            ++run.unchanged;
            // a pending record found, or an adopted rule: it is ours from now on
            if (a.adopt
                && !record(m_store->confirm(m_collection.id, key, a.slot, a.ruleId, a.name, &error), error))
                return;
            break;
        case Kind::Conflict:
            ++run.conflicts;
            addFailure(a.name, a.reason, false);
            break;
        case Kind::Update:
        case Kind::Rename:
        case Kind::Create:
            m_queue << a;
            break;
        case Kind::Delete:
            break;
        }
    }
    setProgress(m_writesDone, m_writesTotal, tr("Changing the rules of %1").arg(targetText(run.target)));
    sendDeletes();
}

// Every rule to delete in one request (a plan has at most a few), then the updates and creates.
void FirewallExportJob::sendDeletes()
{
    TargetRun &run = m_runs[m_target];
    QStringList ids;
    QList<int> slots;
    for (const PlannedAction &a : std::as_const(run.plan.actions)) {
        if (a.kind != Kind::Delete)
            continue;
        slots << a.slot;
        if (!a.forget)
            ids << a.ruleId;
    }
    const QString key = run.target.key();
    QString problem;
    if (ids.isEmpty()) {
        if (!slots.isEmpty() && !record(m_store->forget(m_collection.id, key, slots, &problem), problem))
            return;
        return applyNext();
    }
    net::ApiCall *call = m_client->deleteFirewallRules(ids, this);
    m_pending = call;
    ++m_requests;
    connect(call, &net::ApiCall::finished, this, [this, call, slots, ids, key] {
        call->deleteLater();
        if (isFinished())
            return;
        if (call->error().isError())
            return failTarget(s1::firewall_api::errorMessage(*call));
        QString error;
        if (!record(m_store->forget(m_collection.id, key, slots, &error), error))
            return;
        m_runs[m_target].deleted += int(ids.size());
        m_writesDone += ids.size();
        applyNext();
    });
}

void FirewallExportJob::applyNext()
{
    if (isCancelRequested())
        return finishCancelled();
    if (m_queue.isEmpty())
        return targetDone();
    const PlannedAction a = m_queue.takeFirst();
    setProgress(
        m_writesDone, m_writesTotal, tr("%1: %2").arg(targetText(m_runs.at(m_target).target), a.name));
    if (a.kind == Kind::Create)
        return sendCreate(a, 1);
    sendUpdate(a);
}

void FirewallExportJob::sendUpdate(const PlannedAction &action)
{
    net::ApiCall *call = m_client->updateFirewallRule(action.ruleId, action.rule, this);
    m_pending = call;
    ++m_requests;
    connect(call, &net::ApiCall::finished, this, [this, call, action] {
        call->deleteLater();
        if (isFinished())
            return;
        TargetRun &run = m_runs[m_target];
        if (s1::firewall_api::isRuleNotFound(call->error())) { // deleted on the console meanwhile
            PlannedAction create = action;
            create.kind = Kind::Create;
            create.ruleId.clear();
            return sendCreate(create, 1);
        }
        if (call->error().isError())
            return failTarget(s1::firewall_api::errorMessage(*call));
        QString error;
        if (!record(m_store->confirm(
                        m_collection.id, run.target.key(), action.slot, action.ruleId, action.name, &error),
                error))
            return;
        ++(action.kind == Kind::Rename ? run.renamed : run.updated);
        ++m_writesDone;
        applyNext();
    });
}

void FirewallExportJob::sendCreate(const PlannedAction &action, int attempt)
{
    const ExportTarget target = m_runs.at(m_target).target;
    QString problem;
    // Recorded before it is sent: killed from here on, the next run reads the rule back by name.
    if (!record(
            m_store->markPending(m_collection.id, target.key(), action.slot, action.name, &problem), problem))
        return;
    net::ApiCall *call = m_client->addFirewallRule(target.scope, action.rule, this);
    m_pending = call;
    ++m_requests;
    connect(call, &net::ApiCall::finished, this, [this, call, action, attempt] {
        call->deleteLater();
        if (isFinished())
            return;
        TargetRun &run = m_runs[m_target];
        const net::ApiError &e = call->error();
        if (e.outcomeUnknown || s1::firewall_api::isAlreadyExists(e))
            return readBack(action, attempt); // it may be there: read it back before sending again
        if (e.isError()) {
            QString error;
            m_store->forget(m_collection.id, run.target.key(), {action.slot}, &error);
            return failTarget(s1::firewall_api::errorMessage(*call));
        }
        const QList<s1::FirewallRule> rules = s1::firewall_api::rulesFromData(call->data());
        if (rules.isEmpty() || rules.first().id.isEmpty())
            return readBack(action, attempt);
        QString error;
        if (!record(m_store->confirm(m_collection.id, run.target.key(), action.slot, rules.first().id,
                        action.name, &error),
                error))
            return;
        ++run.created;
        ++m_writesDone;
        applyNext();
    });
}

// After a POST whose answer was lost (or "already exists"): is the rule there, by its exact name?
void FirewallExportJob::readBack(const PlannedAction &action, int attempt)
{
    s1::FirewallRuleFilter filter;
    filter.scope = m_runs.at(m_target).target.scope;
    filter.name = action.name;
    auto *list = new s1::FirewallRuleListJob(m_client, filter, this);
    m_pending = list;
    connect(list, &jobs::Job::finished, this, [this, list, action, attempt] {
        list->deleteLater();
        m_requests += list->pagesFetched();
        if (isFinished())
            return;
        if (list->state() != jobs::Job::State::Succeeded)
            return failTarget(list->error().userMessage()); // the record stays pending: read back next run
        TargetRun &run = m_runs[m_target];
        const QString key = run.target.key();
        const s1::FirewallRule *found = nullptr;
        for (const s1::FirewallRule &r : list->rules())
            if (r.name == action.name)
                found = &r;
        QString error;
        if (found && found->differences(action.rule).isEmpty()) {
            if (!record(m_store->confirm(m_collection.id, key, action.slot, found->id, action.name, &error),
                    error))
                return;
            ++run.created;
            ++m_writesDone;
            return applyNext();
        }
        if (found) { // a rule of this name that is not what we sent: someone else's
            m_store->forget(m_collection.id, key, {action.slot}, &error);
            ++run.conflicts;
            addFailure(action.name,
                tr("A rule named \"%1\" appeared in %2 while exporting, and it is not the one S1 Bridge "
                   "sent: it is "
                   "left alone. Rename or delete it on the console, or adopt it.")
                    .arg(action.name, targetText(run.target)),
                false);
            return applyNext();
        }
        if (attempt >= 3)
            return failTarget(
                tr("The console did not confirm the rule \"%1\" after %2 attempts: try again later.")
                    .arg(action.name)
                    .arg(attempt));
        sendCreate(action, attempt + 1); // surely not there: sending again creates it once
    });
    list->start();
}

void FirewallExportJob::failTarget(const QString &message)
{
    TargetRun &run = m_runs[m_target];
    run.error = message;
    ++run.failed;
    QString error;
    m_store->recordExport(m_collection.id,
        ExportRecord {
            run.target.key(), QDateTime::currentDateTimeUtc(), tr("failed: %1").arg(message), run.counts()},
        &error);
    fail(tr("%1: %2").arg(targetText(run.target), message));
}

void FirewallExportJob::targetDone()
{
    TargetRun &run = m_runs[m_target];
    QString error;
    const QString state = m_mode == Mode::Withdraw ? u"withdrawn"_s : u"succeeded"_s;
    if (!record(m_store->recordExport(m_collection.id,
                    ExportRecord {run.target.key(), QDateTime::currentDateTimeUtc(), state, run.counts()},
                    &error),
            error))
        return;
    applyTarget(m_target + 1);
}

void FirewallExportJob::finishAll()
{
    int created = 0, updated = 0, renamed = 0, deleted = 0, unchanged = 0, conflicts = 0;
    for (const TargetRun &run : std::as_const(m_runs)) {
        created += run.created;
        updated += run.updated;
        renamed += run.renamed;
        deleted += run.deleted;
        unchanged += run.unchanged;
        conflicts += run.conflicts;
    }
    auto &t = tally();
    t.done = created + updated + renamed + deleted;
    t.skipped = unchanged + conflicts;
    setProgress(m_writesDone, m_writesDone, tr("Done"));
    if (m_mode == Mode::Withdraw) {
        // The scopes withdrawn are no longer targets: the schedule must not put the rules back.
        if (auto c = m_store->collection(m_collection.id)) {
            QList<ExportTarget> kept;
            for (const ExportTarget &target : std::as_const(c->targets)) {
                const bool withdrawn
                    = std::any_of(m_runs.cbegin(), m_runs.cend(), [&target, this](const TargetRun &r) {
                          return r.target.scope == target.scope
                              && (target.profileId == m_profileId || target.profileId.isEmpty());
                      });
                if (!withdrawn)
                    kept << target;
            }
            c->targets = kept;
            QString error;
            if (!record(m_store->save(&*c, &error), error))
                return;
        }
    }
    if (m_mode == Mode::Withdraw)
        return succeed(tr("Withdrew \"%1\": %Ln rule(s) deleted (%2 request(s)).", nullptr, deleted)
                           .arg(m_collection.name)
                           .arg(m_requests));
    succeed(tr("Exported \"%1\" (%L2 entries in %n rule(s)) to %L3 target(s): %L4 created, %L5 updated, %L6 "
               "renamed, %L7 deleted, %L8 unchanged, %L9 conflict(s); %L10 request(s).",
        nullptr, int(m_change.layout.slots.size()))
                .arg(m_collection.name)
                .arg(m_change.layout.entryCount())
                .arg(m_runs.size())
                .arg(created)
                .arg(updated)
                .arg(renamed)
                .arg(deleted)
                .arg(unchanged)
                .arg(conflicts)
                .arg(m_requests));
}

} // namespace firewall
