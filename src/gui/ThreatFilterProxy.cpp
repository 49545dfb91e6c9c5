// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatFilterProxy.h"

#include "ThreatListModel.h"

#include <string_view>

namespace {
// Writes text case-folded (QChar::toCaseFolded, the folding of Qt::CaseInsensitive) as UTF-8 at
// out, then a NUL that no needle contains (a match never spans two fields); returns the end.
// out must have room for 3 bytes per UTF-16 unit, plus 1.
char *writeFolded(char *out, QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            *out++ = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]))
            c = QChar::surrogateToUcs4(char16_t(c), p[++i]); // two units in, at most four bytes out
        c = QChar::toCaseFolded(c);
        if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
        } else {
            if (c < 0x10000) {
                *out++ = char(0xE0 | (c >> 12));
            } else {
                *out++ = char(0xF0 | (c >> 18));
                *out++ = char(0x80 | ((c >> 12) & 0x3F));
            }
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *out++ = char(0x80 | (c & 0x3F));
    }
    *out++ = '\0';
    return out;
}

QByteArray folded(const QString &text)
{
    QByteArray out(text.size() * 3 + 1, Qt::Uninitialized);
    out.truncate(writeFolded(out.data(), text) - out.constData() - 1); // without the field end
    return out;
}

// Appends the threat's searchable fields to out, case-folded, each ended by a NUL.
void appendSearchText(QByteArray &out, const s1::Threat &t)
{
    const QString name = t.displayName();
    const bool ownFileName = t.fileDisplayName != name && !t.filePath.endsWith(t.fileDisplayName);
    const QString *fields[] = {&name, &t.filePath, &t.computerName, &t.siteName, &t.classification, &t.sha256,
        &t.sha1, &t.md5, &t.fileDisplayName};
    const std::size_t count = ownFileName ? std::size(fields) : std::size(fields) - 1;
    qsizetype room = 0;
    for (std::size_t f = 0; f < count; ++f)
        room += fields[f]->size() * 3 + 1;
    const qsizetype at = out.size();
    out.resize(at + room); // grows geometrically
    char *end = out.data() + at;
    for (std::size_t f = 0; f < count; ++f)
        end = writeFolded(end, *fields[f]);
    out.truncate(end - out.constData());
}
} // namespace

ThreatFilterProxy::ThreatFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The filter reads fields that dataChanged() never concerns (only the flag column changes in
    // place): re-filtering on every dataChanged would be wasted work.
    setDynamicSortFilter(false);
}

void ThreatFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *threats = qobject_cast<ThreatListModel *>(sourceModel);
    if (sourceModel && !threats) {
        qWarning("ThreatFilterProxy: the source model must be a ThreatListModel");
        return;
    }
    if (m_threats)
        m_threats->disconnect(this);
    dropIndex();
    m_threats = threats;
    if (threats) {
        // Rows only ever arrive at the end; anything else rebuilds the index from scratch, before
        // the proxy looks at the changed rows.
        connect(threats, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                if (first < int(m_rowEnd.size()))
                    dropIndex();
            });
        connect(threats, &QAbstractItemModel::rowsInserted, this, &ThreatFilterProxy::indexSome);
        connect(threats, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { dropIndex(); });
        connect(threats, &QAbstractItemModel::modelAboutToBeReset, this, [this] { dropIndex(); });
        connect(threats, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { dropIndex(); });
    }
    QSortFilterProxyModel::setSourceModel(threats);
    indexSome();
}

// After a reset or a refresh the index is rebuilt in slices between events (a few ms each), so
// the GUI thread never stalls on 100,000 rows; a filter that needs it sooner finishes it at once.
void ThreatFilterProxy::dropIndex()
{
    m_text = QByteArray();
    m_rowEnd = {};
    m_accepted = {};
    if (!m_indexQueued) {
        m_indexQueued = true;
        QMetaObject::invokeMethod(this, &ThreatFilterProxy::indexSome, Qt::QueuedConnection);
    }
}

void ThreatFilterProxy::indexSome()
{
    m_indexQueued = false;
    extendIndex(IndexSlice);
    if (m_threats && int(m_rowEnd.size()) < m_threats->rowCount() && !m_indexQueued) {
        m_indexQueued = true;
        QMetaObject::invokeMethod(this, &ThreatFilterProxy::indexSome, Qt::QueuedConnection);
    }
}

void ThreatFilterProxy::extendIndex(int maxRows) const
{
    if (!m_threats)
        return;
    const int from = int(m_rowEnd.size());
    const int rows = int(std::min<qint64>(m_threats->rowCount(), qint64(from) + maxRows));
    if (rows <= from)
        return;
    m_rowEnd.reserve(std::size_t(rows));
    for (int row = from; row < rows; ++row) {
        appendSearchText(m_text, *m_threats->threatAt(row));
        m_rowEnd.push_back(quint32(m_text.size()));
        if (!m_folded.isEmpty())
            m_accepted.push_back(rowMatches(row));
    }
}

bool ThreatFilterProxy::rowMatches(int row) const
{
    const std::size_t begin = row > 0 ? m_rowEnd[std::size_t(row - 1)] : 0;
    const std::string_view text(m_text.constData() + begin, m_rowEnd[std::size_t(row)] - begin);
    return text.find(std::string_view(m_folded.constData(), std::size_t(m_folded.size())))
        != std::string_view::npos;
}

void ThreatFilterProxy::setQuickFilter(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    m_folded = needle.isEmpty() ? QByteArray() : folded(needle);
    // One scan of the whole index: each hit accepts its row, the search goes on at the next row.
    extendIndex();
    m_accepted.assign(m_folded.isEmpty() ? 0 : m_rowEnd.size(), false);
    if (!m_folded.isEmpty()) {
        const std::string_view all(m_text.constData(), std::size_t(m_text.size()));
        const std::string_view pattern(m_folded.constData(), std::size_t(m_folded.size()));
        std::size_t at = 0;
        while ((at = all.find(pattern, at)) != std::string_view::npos) {
            const auto end = std::upper_bound(m_rowEnd.cbegin(), m_rowEnd.cend(), quint32(at));
            m_accepted[std::size_t(end - m_rowEnd.cbegin())] = true;
            at = *end;
        }
    }
    // invalidate() rebuilds the mapping in one pass (one layout change); invalidateFilter() would
    // announce every removed interval separately, which is slow at 100,000 rows.
    invalidate();
}

std::function<bool(const s1::Threat &)> ThreatFilterProxy::quickFilterPredicate() const
{
    if (m_folded.isEmpty())
        return {};
    return [needle = m_folded](const s1::Threat &t) {
        QByteArray text;
        appendSearchText(text, t);
        return std::string_view(text.constData(), std::size_t(text.size()))
                   .find(std::string_view(needle.constData(), std::size_t(needle.size())))
            != std::string_view::npos;
    };
}

void ThreatFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_threats)
        m_threats->sort(column, order);
}

bool ThreatFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty() || sourceParent.isValid())
        return true;
    if (sourceRow >= int(m_rowEnd.size()))
        extendIndex(); // also answers the rows it adds
    return sourceRow < int(m_accepted.size()) && m_accepted[std::size_t(sourceRow)];
}
