// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocTableModel.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <functional>

using namespace exchange;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString stateWord(IocShare::State state)
{
    switch (state) {
    case IocShare::State::Pending:
        return IocTableModel::tr("pending");
    case IocShare::State::Shared:
        return IocTableModel::tr("shared");
    case IocShare::State::Failed:
        return IocTableModel::tr("failed");
    case IocShare::State::Retracted:
        return IocTableModel::tr("retracted");
    }
    return {};
}

// A tooltip showing text as it is: a tooltip that looks like HTML would be shown as rich text, and
// values and the console's reasons are attacker-controlled.
QString plainTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

IocTableModel::IocTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
}

IocTableModel::~IocTableModel()
{
    ++*m_generation; // a running scan stops at its next row
    m_pool.waitForDone();
}

void IocTableModel::setStore(IocStore *store)
{
    m_store = store;
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_complete = store == nullptr;
    m_idsGeneration = 0;
    m_sourceNames = store ? store->sourceNames() : QHash<QString, QString>();
    endResetModel();
    Q_EMIT totalCountChanged(totalCount());
    if (store)
        startScan(ScanKind::New);
}

void IocTableModel::setFilter(const IocFilter &filter)
{
    m_filter = filter;
    if (m_store)
        startScan(ScanKind::New);
}

void IocTableModel::refresh()
{
    if (!m_store)
        return;
    m_sourceNames = m_store->sourceNames();
    startScan(ScanKind::Refresh);
}

void IocTableModel::startScan(ScanKind kind)
{
    const quint64 generation = ++*m_generation;
    setLoading(true);
    if (kind == ScanKind::New && m_complete) {
        m_complete = false; // the count shown is the old filter's until the new one is in
        Q_EMIT totalCountChanged(-1);
    }
    IocStore *store = m_store;
    const IocFilter filter = m_filter;
    const auto current = m_generation;
    // The destructor waits for the pool: the model outlives the task.
    IocTableModel *self = this;
    m_pool.start([store, filter, current, generation, kind, self] {
        if (*current != generation)
            return;
        // A first screenful as soon as it is found, then what was found every PartialMs while a
        // slow filter (a text over a million rows) reads on: the table grows as the scan goes. A
        // refresh keeps the rows on screen until the whole answer is in.
        QList<qint64> ids;
        qsizetype posted = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 lastPost = 0;
        const auto post = [&] {
            QMetaObject::invokeMethod(
                self,
                [self, generation, offset = posted, chunk = ids.mid(posted)]() mutable {
                    self->onPartial(generation, offset, std::move(chunk));
                },
                Qt::QueuedConnection);
            posted = ids.size();
            lastPost = clock.elapsed();
        };
        store->scanIds(filter, true, [&](qint64 id) {
            if (*current != generation)
                return false;
            ids.append(id);
            if (kind == ScanKind::New
                && ((posted == 0 && ids.size() == FirstRows)
                    || (posted > 0 && (ids.size() & 1023) == 0 && clock.elapsed() - lastPost >= PartialMs)))
                post();
            return true;
        });
        if (*current != generation)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, generation, kind, all = std::move(ids)]() mutable {
                self->onScanned(generation, std::move(all), kind);
            },
            Qt::QueuedConnection);
    });
}

void IocTableModel::onPartial(quint64 generation, qsizetype offset, QList<qint64> ids)
{
    if (generation != *m_generation || ids.isEmpty())
        return;
    if (m_idsGeneration == generation && offset == m_ids.size()) {
        // More of the same scan: appended.
        dropPartialPage();
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + ids.size()) - 1);
        m_ids += ids;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_idsGeneration = generation;
    m_complete = false;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

void IocTableModel::onScanned(quint64 generation, QList<qint64> ids, ScanKind kind)
{
    if (generation != *m_generation)
        return;
    const bool wasComplete = m_complete;
    if (m_idsGeneration == generation && ids.size() >= m_ids.size()
        && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin())) {
        // The first page came before: the rest follows it.
        if (ids.size() > m_ids.size()) {
            dropPartialPage();
            beginInsertRows({}, int(m_ids.size()), int(ids.size()) - 1);
            m_ids = std::move(ids);
            m_complete = true;
            endInsertRows();
        }
    } else if (kind == ScanKind::Refresh && ids == m_ids) {
        // Nothing came or went: the rows' contents (shares, times) may have changed.
        m_pages.clear();
        m_pageOrder.clear();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        m_pages.clear();
        m_pageOrder.clear();
        m_idsGeneration = generation;
        m_complete = true;
        endResetModel();
        if (kind == ScanKind::Refresh)
            Q_EMIT refreshed();
    }
    m_idsGeneration = generation;
    m_complete = true;
    setLoading(false);
    if (!wasComplete || kind == ScanKind::Refresh)
        Q_EMIT totalCountChanged(totalCount());
}

void IocTableModel::dropPartialPage()
{
    // The last page was read with fewer rows than it holds once rows are appended.
    const int last = int(m_ids.size() / PageSize);
    if (m_pages.remove(last))
        m_pageOrder.removeOne(last);
}

void IocTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int IocTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IocTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IocTableModel::rowOfIoc(qint64 id) const
{
    // Descending: the first id not greater than the one sought.
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id, std::greater<qint64>());
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

const IocTableModel::Page *IocTableModel::page(int pageIndex) const
{
    const auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.constEnd()) {
        if (m_pageOrder.last() != pageIndex) {
            m_pageOrder.removeOne(pageIndex);
            m_pageOrder.append(pageIndex);
        }
        return &*it;
    }
    if (!m_store)
        return nullptr;
    const int first = pageIndex * PageSize;
    const int last = std::min<int>(first + PageSize, int(m_ids.size()));
    if (first >= last)
        return nullptr;
    const QList<qint64> ids = m_ids.mid(first, last - first);
    // By primary key: the records in id order, placed by row (ids descending).
    const QList<IocRecord> records = m_store->iocs(ids);
    QHash<qint64, qsizetype> byId;
    byId.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        byId.insert(records.at(i).id, i);
    Page p;
    p.records.resize(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (const auto found = byId.constFind(ids.at(i)); found != byId.constEnd())
            p.records[i] = records.at(*found);
    p.shares = m_store->sharesOf(ids);
    if (m_pageOrder.size() >= MaxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(pageIndex);
    return &*m_pages.insert(pageIndex, std::move(p));
}

const IocRecord *IocTableModel::recordAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const Page *p = page(row / PageSize);
    if (!p)
        return nullptr;
    const int at = row % PageSize;
    if (at >= p->records.size())
        return nullptr;
    const IocRecord &r = p->records.at(at);
    return r.id ? &r : nullptr;
}

QList<IocShare> IocTableModel::sharesAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return {};
    const Page *p = page(row / PageSize);
    return p ? p->shares.value(m_ids.at(row)) : QList<IocShare>();
}

QString IocTableModel::sharesSummary(const QList<IocShare> &shares)
{
    if (shares.isEmpty())
        return tr("not shared");
    QStringList parts;
    for (const IocShare::State state : {IocShare::State::Shared, IocShare::State::Pending,
             IocShare::State::Failed, IocShare::State::Retracted}) {
        const auto n = std::count_if(
            shares.cbegin(), shares.cend(), [state](const IocShare &s) { return s.state == state; });
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(stateWord(state)).arg(n);
    }
    const bool asked = std::any_of(shares.cbegin(), shares.cend(),
        [](const IocShare &s) { return s.retractRequested && s.state != IocShare::State::Retracted; });
    if (asked)
        parts << tr("retraction asked");
    return parts.join(QStringLiteral(" · "));
}

QVariant IocTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= ColumnCount)
        return {};
    if (role == IocIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const IocRecord *record = recordAt(index.row());
    if (!record)
        return role == Qt::DisplayRole && index.column() == Value ? tr("(removed)") : QVariant();
    const Ioc &ioc = record->ioc;
    switch (index.column()) {
    case Type:
        return iocTypeName(ioc.type);
    case Value:
        return role == Qt::DisplayRole ? ioc.value : plainTip(ioc.value);
    case Sources: {
        QStringList names;
        for (const QString &id : record->sourceIds)
            names << m_sourceNames.value(id, id);
        names.sort(Qt::CaseInsensitive);
        return names.join(QStringLiteral(", "));
    }
    case FirstSeen:
        return timeText(ioc.firstSeen);
    case LastSeen:
        return timeText(ioc.lastSeen);
    case ValidUntil:
        return timeText(ioc.validUntil);
    case Shared: {
        const QList<IocShare> shares = sharesAt(index.row());
        if (role == Qt::DisplayRole)
            return sharesSummary(shares);
        // Per configuration, with the console's words on a failure.
        QStringList lines;
        for (const IocShare &s : shares) {
            QString line = tr("%1: %2").arg(s.sharingName, stateWord(s.state));
            if (s.state == IocShare::State::Failed && !s.reason.isEmpty())
                line += QStringLiteral(" — ") + s.reason;
            lines << line;
        }
        return lines.isEmpty() ? QString() : plainTip(lines.join(u'\n'));
    }
    }
    return {};
}

QVariant IocTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Type");
    case Value:
        return tr("Value");
    case Sources:
        return tr("Sources");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    case ValidUntil:
        return tr("Valid until");
    case Shared:
        return tr("Shared");
    }
    return {};
}
