// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatFilterProxy.h"

#include "ThreatListModel.h"

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
    m_threats = threats;
    QSortFilterProxyModel::setSourceModel(threats);
}

void ThreatFilterProxy::setQuickFilter(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    m_needleIsHex = !needle.isEmpty() && std::all_of(needle.cbegin(), needle.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
    // invalidate() rebuilds the mapping in one pass (one layout change); invalidateFilter() would
    // announce every removed interval separately, which is slow at 100,000 rows.
    invalidate();
}

void ThreatFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_threats)
        m_threats->sort(column, order);
}

bool ThreatFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return true;
    const s1::Threat *t = m_threats ? m_threats->threatAt(sourceRow) : nullptr;
    if (!t)
        return false;
    const auto has = [this](const QString &field) { return field.contains(m_needle, Qt::CaseInsensitive); };
    if (has(t->name) || has(t->filePath) || has(t->computerName) || has(t->siteName) || has(t->classification))
        return true;
    if (t->fileDisplayName != t->name && has(t->fileDisplayName))
        return true;
    if (t->name.trimmed().isEmpty() && t->fileDisplayName.isEmpty() && t->filePath.isEmpty()
        && has(t->displayName())) // "Unnamed threat", as shown
        return true;
    return m_needleIsHex && (has(t->sha256) || has(t->sha1) || has(t->md5));
}
