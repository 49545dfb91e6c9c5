// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingListModel.h"

#include "exchange/IocShareJob.h"
#include "exchange/IocStore.h"
#include "session/ProfileSession.h"
#include "storage/JobHistory.h"

#include <QDir>
#include <QLocale>

using namespace exchange;

SharingListModel::SharingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SharingListModel::setContext(const IocAreaContext &context)
{
    m_context = context;
    reload();
}

void SharingListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_context.store) {
        for (const NamedDefinition &definition : m_context.store->sharings())
            m_rows << makeRow(definition);
    }
    endResetModel();
}

int SharingListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).definition.name == name)
            return i;
    }
    return -1;
}

QString SharingListModel::destinationText(SharingConfig::DestinationKind kind)
{
    switch (kind) {
    case SharingConfig::DestinationKind::S1ThreatIntel:
        return tr("SentinelOne threat intelligence");
    case SharingConfig::DestinationKind::OpenCti:
        return tr("OpenCTI");
    case SharingConfig::DestinationKind::File:
        return tr("File");
    }
    return {};
}

QString SharingListModel::profileName(const QString &profileId) const
{
    const QString id = profileId.isEmpty() && m_context.session ? m_context.session->id() : profileId;
    for (const auto &[pid, name] : m_context.profiles) {
        if (pid == id)
            return name;
    }
    return id.isEmpty() ? tr("this profile") : id;
}

QString SharingListModel::targetText(const SharingConfig &config) const
{
    switch (config.destination) {
    case SharingConfig::DestinationKind::S1ThreatIntel:
        return tr("%1: %2").arg(profileName(config.profileId), config.scope.text());
    case SharingConfig::DestinationKind::OpenCti:
        return tr("OpenCTI of %1").arg(profileName(config.profileId));
    case SharingConfig::DestinationKind::File:
        return tr("%1 (%2)").arg(QDir::toNativeSeparators(config.filePath),
            config.fileFormat == SharingConfig::FileFormat::Stix ? tr("STIX 2.1") : tr("CSV"));
    }
    return {};
}

SharingListModel::Row SharingListModel::makeRow(const NamedDefinition &definition) const
{
    Row row;
    row.definition = definition;
    row.config = SharingConfig::fromDefinition(definition, &row.problems);
    if (row.config) {
        const SharingConfig &c = *row.config;
        QStringList sources;
        for (const QString &id : c.sourceIds) {
            const std::optional<IocSource> s = m_context.store->source(id);
            sources << (s ? s->name : tr("(removed source)"));
        }
        const QString rule = c.ruleId == 0 && c.ruleName.isEmpty() ? tr("everything")
            : c.ruleName.isEmpty()                                 ? tr("rule %1").arg(c.ruleId)
                                                                   : c.ruleName;
        row.flow = tr("%1 → %2 → %3")
                       .arg(sources.isEmpty() ? tr("every source") : sources.join(QLatin1String(", ")), rule,
                           destinationText(c.destination));
        row.target = targetText(c);
    } else {
        row.flow = tr("Cannot be read: %1").arg(row.problems.join(QLatin1Char(' ')));
    }
    row.shared = m_context.store->countShares(definition.id, IocShare::State::Shared);
    row.pending = m_context.store->countShares(definition.id, IocShare::State::Pending);
    row.failed = m_context.store->countShares(definition.id, IocShare::State::Failed);
    row.retracted = m_context.store->countShares(definition.id, IocShare::State::Retracted);
    if (m_context.history) {
        storage::JobRunFilter filter;
        filter.kind = IocShareJob::kindFor(definition.name);
        filter.limit = 1;
        const QList<storage::JobRun> runs = m_context.history->list(filter);
        if (runs.isEmpty()) {
            row.lastRun = tr("never");
        } else {
            const storage::JobRun &run = runs.first();
            const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
            switch (run.state) {
            case storage::JobRun::State::Running:
                row.lastRun = tr("%1, running").arg(when);
                break;
            case storage::JobRun::State::Succeeded:
                row.lastRun = tr("%1, succeeded").arg(when);
                break;
            case storage::JobRun::State::Failed:
                row.lastRun = tr("%1, failed").arg(when);
                break;
            case storage::JobRun::State::Cancelled:
                row.lastRun = tr("%1, cancelled").arg(when);
                break;
            }
        }
    }
    return row;
}

int SharingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SharingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return (r.config && r.config->enabled) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && (index.column() == FlowColumn || index.column() == TargetColumn))
        return index.column() == FlowColumn ? r.flow : r.target;
    if (role == Qt::TextAlignmentRole && index.column() >= SharedColumn && index.column() <= RetractedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.definition.name;
    case FlowColumn:
        return r.flow;
    case TargetColumn:
        return r.target;
    case LastRunColumn:
        return r.lastRun;
    case SharedColumn:
        return locale.toString(r.shared);
    case PendingColumn:
        return locale.toString(r.pending);
    case FailedColumn:
        return locale.toString(r.failed);
    case RetractedColumn:
        return locale.toString(r.retracted);
    case EnabledColumn:
        return (r.config && r.config->enabled) ? tr("enabled") : tr("disabled");
    default:
        return {};
    }
}

bool SharingListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != EnabledColumn || role != Qt::CheckStateRole || !m_context.store)
        return false;
    Row &r = m_rows[index.row()];
    if (!r.config)
        return false;
    SharingConfig config = *r.config;
    config.enabled = value.value<Qt::CheckState>() == Qt::Checked;
    QString error;
    if (!config.save(m_context.store, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    r.config = config;
    if (const std::optional<NamedDefinition> stored = m_context.store->sharing(config.id))
        r.definition = *stored;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags SharingListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EnabledColumn && m_rows.at(index.row()).config)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SharingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FlowColumn:
        return tr("Sources → rule → destination");
    case TargetColumn:
        return tr("Target");
    case LastRunColumn:
        return tr("Last run");
    case SharedColumn:
        return tr("Shared");
    case PendingColumn:
        return tr("Pending");
    case FailedColumn:
        return tr("Failed");
    case RetractedColumn:
        return tr("Retracted");
    case EnabledColumn:
        return tr("Enabled");
    default:
        return {};
    }
}
