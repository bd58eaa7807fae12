#include "logs/LogLineModel.h"

#include "logs/LogDocument.h"
#include "logs/LogLineKind.h"

#include <QColor>
#include <QLocale>

namespace {

constexpr qint64 pageLines = 512;
// A view shows at most this many rows: QTableView's rows are ints.
constexpr qint64 maxRows = std::numeric_limits<int>::max() - 1;

} // namespace

LogLineModel::LogLineModel(LogDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&m_document, &LogDocument::grew, this, &LogLineModel::documentGrew);
}

int LogLineModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin(m_filtered ? m_filter.size() : m_lines, maxRows));
}

int LogLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 LogLineModel::lineOfRow(int row) const
{
    if (row < 0)
        return -1;
    if (m_filtered)
        return row < m_filter.size() ? m_filter.at(row) : -1;
    return row < m_lines ? row : -1;
}

int LogLineModel::rowOfLine(qint64 line) const
{
    if (line < 0)
        return -1;
    if (!m_filtered)
        return line < rowCount() ? int(line) : -1;
    const auto at = std::lower_bound(m_filter.cbegin(), m_filter.cend(), line);
    return at == m_filter.cend() ? -1 : int(at - m_filter.cbegin());
}

QByteArray LogLineModel::lineText(qint64 line) const
{
    if (m_pageFirst < 0 || line < m_pageFirst || line >= m_pageFirst + m_page.size()) {
        // Pages start a little before the line: views scroll both ways.
        m_pageFirst = m_filtered ? line : qMax<qint64>(0, line - pageLines / 4);
        m_page = m_document.lines(m_pageFirst, m_filtered ? 1 : pageLines);
    }
    return m_page.value(line - m_pageFirst);
}

QVariant LogLineModel::data(const QModelIndex& index, int role) const
{
    const qint64 line = lineOfRow(index.row());
    if (!index.isValid() || line < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return QLocale().toString(line + 1);
        return QString::fromUtf8(lineText(line));
    case BytesRole:
        return index.column() == TextColumn ? QVariant(lineText(line)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case Qt::BackgroundRole:
        // Tints, not colours, so the text stays readable in light and dark.
        switch (LogLineKinds::classify(lineText(line))) {
        case LogLineKind::Error:
            return QColor(220, 40, 40, 70);
        case LogLineKind::Warning:
            return QColor(230, 160, 0, 60);
        case LogLineKind::Separator:
            return QColor(128, 128, 128, 60);
        case LogLineKind::Plain:
            return {};
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() != TextColumn)
            return {};
        switch (LogLineKinds::classify(lineText(line))) {
        case LogLineKind::Error:
            return tr("error");
        case LogLineKind::Warning:
            return tr("warning");
        case LogLineKind::Separator:
            return tr("the heading of a run");
        case LogLineKind::Plain:
            return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant LogLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LineColumn ? tr("Line") : tr("Text");
}

void LogLineModel::setFilter(const QList<qint64>& lines)
{
    beginResetModel();
    m_filtered = true;
    m_filter = lines;
    m_pageFirst = -1;
    endResetModel();
}

void LogLineModel::addToFilter(const QList<qint64>& lines)
{
    if (!m_filtered || lines.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(lines.size()) - 1);
    m_filter += lines;
    endInsertRows();
}

void LogLineModel::clearFilter()
{
    beginResetModel();
    m_lines = m_document.lineCount();
    m_filtered = false;
    m_filter = {};
    m_pageFirst = -1;
    endResetModel();
}

void LogLineModel::documentGrew(qint64 oldCount, qint64 newCount)
{
    m_pageFirst = -1;
    if (newCount < oldCount) { // another log
        beginResetModel();
        m_lines = newCount;
        m_filtered = false;
        m_filter = {};
        endResetModel();
        return;
    }
    if (m_filtered) {
        m_lines = newCount; // the filter's owner asks the worker about them
        return;
    }
    const int oldRows = rowCount();
    const int newRows = int(qMin(newCount, maxRows));
    if (oldRows > 0)
        emit dataChanged(index(oldRows - 1, 0), index(oldRows - 1, ColumnCount - 1));
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_lines = newCount;
        endInsertRows();
    }
}
