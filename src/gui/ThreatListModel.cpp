// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatListModel.h"

#include "net/ApiError.h"
#include "s1/ThreatNote.h"
#include "s1/ThreatPageFetcher.h"

#include <QLocale>
#include <QThread>

namespace {
// Whether a reloaded threat is the same as the one loaded before (the console moves updatedAt when
// a threat changes; the endpoint fields can change without it).
bool sameRecord(const s1::Threat &a, const s1::Threat &b)
{
    return a.updatedAt == b.updatedAt && a.name == b.name && a.incidentStatus == b.incidentStatus
        && a.analystVerdict == b.analystVerdict && a.mitigationStatus == b.mitigationStatus
        && a.confidenceLevel == b.confidenceLevel && a.classification == b.classification
        && a.computerName == b.computerName && a.osName == b.osName && a.siteId == b.siteId
        && a.siteName == b.siteName && a.accountName == b.accountName && a.groupName == b.groupName
        && a.agentIpV4 == b.agentIpV4 && a.agentIpV6 == b.agentIpV6 && a.externalIp == b.externalIp
        && a.interfaces.size() == b.interfaces.size() && a.indicators.size() == b.indicators.size()
        && a.detectionEngines == b.detectionEngines;
}
} // namespace

void ThreatListModel::Rows::clear()
{
    rows = {};
    rowById = {};
}

std::vector<std::shared_ptr<const s1::Threat>> ThreatListModel::Rows::add(
    const QList<s1::Threat> &page, const Rows *reuse) const
{
    std::vector<std::shared_ptr<const s1::Threat>> fresh;
    fresh.reserve(std::size_t(page.size()));
    const auto held = std::make_shared<const QList<s1::Threat>>(page); // shares the page's data: no copy
    QSet<QStringView> inPage;
    for (const s1::Threat &t : *held) {
        // A threat seen on an earlier page (the console's order changed under the cursor) keeps its row.
        if (rowById.contains(IdKey(t.id)) || inPage.contains(t.id))
            continue;
        inPage.insert(t.id);
        if (!reuse) {
            fresh.push_back(std::shared_ptr<const s1::Threat>(held, &t)); // owned through the page
            continue;
        }
        const int row = reuse->rowOf(t.id);
        if (row >= 0 && row < int(reuse->rows.size()) && reuse->rows[std::size_t(row)]->id == t.id
            && sameRecord(*reuse->rows[std::size_t(row)], t)) {
            fresh.push_back(reuse->rows[std::size_t(row)]);
        } else {
            // A copy of its own (its strings are shared, not copied): the new page itself is dropped.
            fresh.push_back(std::make_shared<const s1::Threat>(t));
        }
    }
    return fresh;
}

void ThreatListModel::Rows::append(const std::vector<std::shared_ptr<const s1::Threat>> &fresh)
{
    rows.reserve(rows.size() + fresh.size());
    for (const std::shared_ptr<const s1::Threat> &t : fresh) {
        rowById.insert(IdKey(t->id), int(rows.size()));
        rows.push_back(t);
    }
}

ThreatListModel::ThreatListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ThreatListModel::~ThreatListModel()
{
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater();
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        // The thread deletes what was deleteLater()'d when it finishes; anything left goes now.
        delete m_fetcher.data();
    }
}

void ThreatListModel::setConsole(const s1::ConsoleConfig &config, const QString &flag)
{
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        QMetaObject::invokeMethod(m_fetcher, &s1::ThreatPageFetcher::cancel, Qt::QueuedConnection);
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    m_config = config;
    m_flag = flag;
    m_consoleGeneration = ++m_generation;
    m_refreshing = false;
    m_staged.clear();
    m_fetchAll = false;
    m_flags.clear();
    m_flagBatch.clear();
    m_flagPending.clear();
    clearRows();
    setLoading(false);
    if (!config.url.isValid() || config.url.host().isEmpty())
        return;
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("s1bridge-threat-fetcher"));
        m_thread->start();
    }
    auto *fetcher = new s1::ThreatPageFetcher(config);
    fetcher->moveToThread(m_thread);
    m_fetcher = fetcher;
    connect(fetcher, &s1::ThreatPageFetcher::pageReady, this, &ThreatListModel::onPageReady);
    connect(fetcher, &s1::ThreatPageFetcher::pagesFinished, this, &ThreatListModel::onPagesFinished);
    connect(fetcher, &s1::ThreatPageFetcher::failed, this, &ThreatListModel::onFailed);
    connect(fetcher, &s1::ThreatPageFetcher::notesReady, this, &ThreatListModel::onNotesReady);
    connect(fetcher, &s1::ThreatPageFetcher::notesFailed, this, &ThreatListModel::onNotesFailed);
}

void ThreatListModel::setQuery(const s1::ThreatQuery &query)
{
    m_query = query;
    ++m_generation;
    m_refreshing = false;
    m_staged.clear();
    m_fetchAll = false;
    clearRows();
    if (!m_fetcher)
        return setLoading(false);
    startLoad({}, 1);
}

void ThreatListModel::refresh()
{
    if (!m_fetcher)
        return;
    ++m_generation;
    m_staged.clear();
    m_refreshing = true;
    m_refreshTarget = std::max(1, rowCount());
    startLoad({}, m_refreshTarget);
}

void ThreatListModel::fetchAll()
{
    if (!m_fetcher)
        return;
    m_fetchAll = true;
    if (m_loading)
        return; // goes on when the pages in flight are in
    if (!m_started)
        return startLoad({}, -1);
    if (!m_nextCursor.isEmpty())
        return startLoad(m_nextCursor, -1);
    m_fetchAll = false; // everything is in already
}

void ThreatListModel::startLoad(const QString &cursor, qint64 maxItems)
{
    m_started = true;
    setLoading(true);
    const quint64 generation = m_generation;
    s1::ThreatPageFetcher *fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher,
        [fetcher, generation, query = m_query, cursor, maxItems] {
            fetcher->fetchPages(generation, query, cursor, PageSize, maxItems);
        },
        Qt::QueuedConnection);
}

bool ThreatListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetcher && !m_nextCursor.isEmpty();
}

void ThreatListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_loading)
        return;
    startLoad(m_nextCursor, 1);
}

void ThreatListModel::onPageReady(
    quint64 generation, const QList<s1::Threat> &threats, const QString &nextCursor, qint64 totalItems)
{
    if (generation != m_generation)
        return;
    if (m_refreshing) {
        m_staged.append(m_staged.add(threats, &m_rows));
        m_stagedCursor = nextCursor;
        m_stagedTotal = totalItems;
        return;
    }
    m_nextCursor = nextCursor;
    const std::vector<std::shared_ptr<const s1::Threat>> fresh = m_rows.add(threats);
    if (!fresh.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    setTotal(totalItems);
}

void ThreatListModel::onPagesFinished(quint64 generation)
{
    if (generation != m_generation)
        return;
    const bool wasRefresh = m_refreshing;
    if (m_refreshing) {
        m_refreshing = false;
        applyRefresh();
    }
    if (m_fetchAll && !m_nextCursor.isEmpty()) {
        startLoad(m_nextCursor, -1);
    } else {
        m_fetchAll = false;
        setLoading(false);
    }
    if (wasRefresh)
        Q_EMIT refreshed();
}

void ThreatListModel::onFailed(quint64 generation, const net::ApiError &error)
{
    if (generation != m_generation)
        return;
    if (m_refreshing) { // the rows on screen stay
        m_refreshing = false;
        m_staged.clear();
    }
    m_fetchAll = false;
    setLoading(false);
    Q_EMIT loadFailed(error.userMessage());
}

// Replaces the loaded rows by the staged ones: the row count is adjusted at the end first, then
// the rows are swapped as a layout change that carries persistent indexes (selection, current
// row) to the row of the same threat.
void ThreatListModel::applyRefresh()
{
    const int oldCount = int(m_rows.rows.size());
    const int newCount = int(m_staged.rows.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.rows.resize(std::size_t(newCount));
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.rows.insert(m_rows.rows.end(), m_staged.rows.begin() + oldCount, m_staged.rows.end());
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from) {
        const int row = m_staged.rowOf(m_rows.rows[std::size_t(i.row())]->id);
        to.append(row < 0 ? QModelIndex() : createIndex(row, i.column()));
    }
    changePersistentIndexList(from, to);
    m_rows = std::move(m_staged);
    m_staged.clear();
    m_nextCursor = m_stagedCursor;
    Q_EMIT layoutChanged();
    setTotal(m_stagedTotal);
    if (m_flagFirst >= 0)
        requestFlagStates(m_flagFirst, m_flagLast); // threats whose updatedAt changed are asked again
}

void ThreatListModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_started = false;
    // Requests waiting for the batch in flight concern rows that are gone.
    for (const QString &id : std::as_const(m_flagPending))
        m_flags.remove(id);
    m_flagPending.clear();
    m_flagFirst = m_flagLast = -1;
    m_dirtyFirst = m_dirtyLast = -1;
    endResetModel();
    setTotal(-1);
}

void ThreatListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ThreatListModel::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}

int ThreatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

int ThreatListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const s1::Threat *ThreatListModel::threatAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.rows[std::size_t(row)].get() : nullptr;
}

int ThreatListModel::rowOfThreat(const QString &threatId) const
{
    const int row = m_rows.rowOf(threatId);
    return row >= 0 && row < rowCount() && m_rows.rows[std::size_t(row)]->id == threatId ? row : -1;
}

QVariant ThreatListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()
        || index.column() >= ColumnCount)
        return {};
    const s1::Threat &t = *m_rows.rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return t.filePath.isEmpty() ? t.displayName() : t.filePath;
        return {};
    case ThreatIdRole:
        return t.id;
    case FlagStateRole:
        return QVariant::fromValue(rowFlagState(t));
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return t.displayName();
    case Classification:
        return t.classification;
    case Confidence:
        if (t.confidenceLevel == QLatin1String("malicious"))
            return tr("Malicious");
        if (t.confidenceLevel == QLatin1String("suspicious"))
            return tr("Suspicious");
        return t.confidenceLevel == QLatin1String("n/a") ? tr("N/A") : t.confidenceLevel;
    case Verdict:
        return t.analystVerdictDescription.isEmpty() ? t.analystVerdict : t.analystVerdictDescription;
    case IncidentStatus:
        return t.incidentStatusDescription.isEmpty() ? t.incidentStatus : t.incidentStatusDescription;
    case Endpoint:
        return t.computerName;
    case Site:
        return t.siteName;
    case Created:
        return t.createdAt.isValid() ? QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString();
    case Updated:
        return t.updatedAt.isValid() ? QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString();
    case Flagged:
        switch (rowFlagState(t)) {
        case FlagState::Flagged:
            return tr("Flagged");
        case FlagState::Checking:
            return tr("…");
        default:
            return QString();
        }
    case Imported:
        return m_importStates.value(t.id);
    default:
        return {};
    }
}

QVariant ThreatListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Classification:
        return tr("Classification");
    case Confidence:
        return tr("Confidence");
    case Verdict:
        return tr("Verdict");
    case IncidentStatus:
        return tr("Incident status");
    case Endpoint:
        return tr("Endpoint");
    case Site:
        return tr("Site");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Flagged:
        return tr("OpenCTI flag");
    case Imported:
        return tr("In OpenCTI");
    default:
        return {};
    }
}

QString ThreatListModel::sortField(int column)
{
    switch (column) {
    case Created:
        return QStringLiteral("createdAt");
    case Updated:
        return QStringLiteral("updatedAt");
    default:
        return {};
    }
}

bool ThreatListModel::isServerSortable(int column)
{
    return !sortField(column).isEmpty();
}

int ThreatListModel::sortColumn() const
{
    if (m_query.sortBy.isEmpty() || m_query.sortBy == QLatin1String("createdAt"))
        return Created;
    if (m_query.sortBy == QLatin1String("updatedAt"))
        return Updated;
    return -1;
}

Qt::SortOrder ThreatListModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ThreatListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortField(column);
    if (field.isEmpty())
        return;
    if (column == sortColumn() && order == sortOrder())
        return;
    s1::ThreatQuery query = m_query;
    query.sortBy = field;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

// --- Flag state

ThreatListModel::FlagState ThreatListModel::rowFlagState(const s1::Threat &threat) const
{
    const auto it = m_flags.constFind(threat.id);
    if (it == m_flags.constEnd() || it->updatedAt != threat.updatedAt)
        return FlagState::Unknown; // never asked, or the threat changed since
    return it->state;
}

ThreatListModel::FlagState ThreatListModel::flagState(const QString &threatId) const
{
    if (const s1::Threat *t = threatAt(rowOfThreat(threatId)))
        return rowFlagState(*t);
    return m_flags.value(threatId).state;
}

void ThreatListModel::requestFlagStates(int firstRow, int lastRow)
{
    if (!m_fetcher || m_flag.isEmpty() || rowCount() == 0)
        return;
    firstRow = std::max(firstRow, 0);
    lastRow = std::min({lastRow, rowCount() - 1, firstRow + MaxFlagRows - 1});
    if (firstRow > lastRow)
        return;
    m_flagFirst = firstRow;
    m_flagLast = lastRow;

    QStringList ids;
    QSet<QString> inRange;
    for (int row = firstRow; row <= lastRow; ++row) {
        const s1::Threat &t = *m_rows.rows[std::size_t(row)];
        inRange.insert(t.id);
        if (rowFlagState(t) == FlagState::Unknown) {
            ids << t.id;
            m_flags.insert(t.id, {FlagState::Checking, t.updatedAt});
            markFlagChanged(t.id);
        }
    }
    if (m_flagBatch.isEmpty()) {
        if (!ids.isEmpty())
            sendFlagBatch(ids);
        return;
    }
    // A batch is in flight: this request waits for it, and replaces the one waiting before (the
    // rows of which are no longer on screen, unless they are in this range too).
    for (const QString &id : std::as_const(m_flagPending)) {
        if (inRange.contains(id)) {
            ids << id;
        } else {
            m_flags.remove(id);
            markFlagChanged(id);
        }
    }
    m_flagPending = ids;
}

void ThreatListModel::sendFlagBatch(const QStringList &ids)
{
    m_flagBatch = QSet<QString>(ids.cbegin(), ids.cend());
    const quint64 generation = m_generation;
    s1::ThreatPageFetcher *fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher, [fetcher, generation, ids] { fetcher->fetchNotes(generation, ids); }, Qt::QueuedConnection);
}

void ThreatListModel::flagBatchDone(const QString &threatId)
{
    m_flagBatch.remove(threatId);
    if (!m_flagBatch.isEmpty())
        return;
    QStringList pending;
    for (const QString &id : std::exchange(m_flagPending, {})) {
        const auto it = m_flags.constFind(id);
        if (it != m_flags.constEnd() && it->state == FlagState::Checking)
            pending << id;
    }
    if (!pending.isEmpty())
        sendFlagBatch(pending);
}

void ThreatListModel::onNotesReady(
    quint64 generation, const QString &threatId, const QList<s1::ThreatNote> &notes)
{
    if (generation < m_consoleGeneration)
        return; // another console's
    const auto it = m_flags.find(threatId);
    // Not Checking any more: setFlagState() said it meanwhile, and that is newer than this answer.
    if (it != m_flags.end() && it->state == FlagState::Checking) {
        const bool flagged = std::any_of(
            notes.cbegin(), notes.cend(), [this](const s1::ThreatNote &n) { return n.containsFlag(m_flag); });
        it->state = flagged ? FlagState::Flagged : FlagState::NotFlagged;
        markFlagChanged(threatId);
    }
    flagBatchDone(threatId);
}

void ThreatListModel::onNotesFailed(quint64 generation, const QStringList &threatIds, const net::ApiError &)
{
    if (generation < m_consoleGeneration)
        return;
    for (const QString &id : threatIds) {
        const auto it = m_flags.constFind(id);
        if (it != m_flags.constEnd() && it->state == FlagState::Checking) {
            m_flags.remove(id); // unknown: asked again when the rows are requested again
            markFlagChanged(id);
        }
        flagBatchDone(id);
    }
}

void ThreatListModel::setFlagState(const QStringList &threatIds, bool flagged)
{
    for (const QString &id : threatIds) {
        const s1::Threat *t = threatAt(rowOfThreat(id));
        m_flags.insert(
            id, {flagged ? FlagState::Flagged : FlagState::NotFlagged, t ? t->updatedAt : QDateTime()});
        m_flagPending.removeAll(id);
        markFlagChanged(id);
    }
}

void ThreatListModel::markFlagChanged(const QString &threatId)
{
    const int row = rowOfThreat(threatId);
    if (row < 0)
        return;
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &ThreatListModel::flushFlagChanges, Qt::QueuedConnection);
    }
}

// One dataChanged for the flag changes of one pass of the event loop.
void ThreatListModel::flushFlagChanges()
{
    m_flushQueued = false;
    const int first = m_dirtyFirst, last = std::min(m_dirtyLast, rowCount() - 1);
    m_dirtyFirst = m_dirtyLast = -1;
    if (first < 0 || first > last)
        return;
    Q_EMIT dataChanged(index(first, Flagged), index(last, Flagged), {Qt::DisplayRole, FlagStateRole});
}

void ThreatListModel::setImportStates(const QHash<QString, QString> &stateById)
{
    m_importStates = stateById;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Imported), index(rowCount() - 1, Imported), {Qt::DisplayRole});
}
