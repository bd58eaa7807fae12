#include "logs/LogLineDelegate.h"

#include "logs/LogLineKind.h"
#include "logs/LogLineModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

// Longer lines are shown as they are: laying one out costs more than a
// mark is worth.
constexpr qsizetype kLongestMarked = 16 * 1024;

} // namespace

QList<std::pair<int, int>> LogLineDelegate::marks(const QByteArray& line) const
{
    QList<std::pair<int, int>> marks;
    if (!m_matcher || line.size() > kLongestMarked)
        return marks;
    // The view shows the bytes as UTF-8: offsets are counted again in characters.
    for (const auto& [start, length] : m_matcher->spansIn(line)) {
        const auto begin = QString::fromUtf8(line.first(start)).size();
        const auto size = QString::fromUtf8(line.sliced(start, length)).size();
        marks.append({int(begin), int(size)});
    }
    return marks;
}

void LogLineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == LogLineModel::TextColumn &&
        LogLineKinds::classify(index.data(LogLineModel::BytesRole).toByteArray()) ==
            LogLineKind::Separator)
        option->font.setBold(true);
}

void LogLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const QList<std::pair<int, int>> found =
        index.column() == LogLineModel::TextColumn
            ? marks(index.data(LogLineModel::BytesRole).toByteArray())
            : QList<std::pair<int, int>>();
    if (found.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    // Marked as a browser marks what it found: dark text on yellow, in any theme.
    QTextCharFormat mark;
    mark.setBackground(QColor(255, 214, 0));
    mark.setForeground(QColor(0, 0, 0));
    QList<QTextLayout::FormatRange> ranges;
    for (const auto& [start, length] : found)
        ranges.append({start, length, mark});
    QTextLayout layout(text, item.font);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e7);
    layout.endLayout();

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(item.palette.color(
        item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter,
                QPointF(area.left() + margin, area.top() + (area.height() - line.height()) / 2));
    painter->restore();
}
