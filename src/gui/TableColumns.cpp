// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableColumns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>

namespace {

// Keeps the free-text column as wide as the room the other columns leave.
class Stretcher : public QObject
{
public:
    Stretcher(QTableView *view, int column, int minWidth)
        : QObject(view)
        , m_view(view)
        , m_column(column)
        , m_minWidth(minWidth)
    {
        setObjectName(QStringLiteral("columnStretcher"));
        view->viewport()->installEventFilter(this);
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
            if (section != m_column)
                apply();
        });
        apply();
    }

    void setColumn(int column, int minWidth)
    {
        m_column = column;
        m_minWidth = minWidth;
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_column < 0 || m_column >= header->count() || header->isSectionHidden(m_column))
            return;
        int others = 0;
        for (int i = 0; i < header->count(); ++i)
            if (i != m_column && !header->isSectionHidden(i))
                others += header->sectionSize(i);
        const int width = std::max(m_minWidth, m_view->viewport()->width() - others);
        if (header->sectionSize(m_column) != width)
            header->resizeSection(m_column, width);
    }

    QTableView *m_view;
    int m_column;
    int m_minWidth;
};

} // namespace

namespace TableColumns {

void fit(QTableView *view, int stretchColumn, int minStretchWidth)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(200);
    const int columns = view->model() ? view->model()->columnCount() : 0;
    for (int column = 0; column < columns; ++column) {
        if (column == stretchColumn || header->isSectionHidden(column))
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column,
            std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
                header->sectionSizeHint(column)));
    }
    stretch(view, stretchColumn, minStretchWidth);
}

void stretch(QTableView *view, int stretchColumn, int minStretchWidth)
{
    auto *existing = dynamic_cast<Stretcher *>(
        view->findChild<QObject *>(QStringLiteral("columnStretcher"), Qt::FindDirectChildrenOnly));
    if (existing)
        existing->setColumn(stretchColumn, minStretchWidth);
    else
        new Stretcher(view, stretchColumn, minStretchWidth);
}

} // namespace TableColumns
