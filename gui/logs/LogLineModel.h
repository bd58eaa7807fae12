#pragma once

#include <QAbstractTableModel>
#include <QList>

class LogDocument;

// The lines of a log as table rows, read from the document page by page as
// the view scrolls; or, filtered, only the lines the worker found.
class LogLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        TextColumn,
        ColumnCount
    };
    // The line's bytes as the log holds them, for finding a match inside.
    static constexpr int BytesRole = Qt::UserRole;

    explicit LogLineModel(LogDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    bool isFiltered() const { return m_filtered; }
    // Shows only these lines (in order), added to as the worker finds more.
    void setFilter(const QList<qint64>& lines);
    void addToFilter(const QList<qint64>& lines);
    void clearFilter();

    qint64 lineOfRow(int row) const;
    // The row showing line, or, filtered, the first row after it (-1: none).
    int rowOfLine(qint64 line) const;

private:
    void documentGrew(qint64 oldCount, qint64 newCount);
    QByteArray lineText(qint64 line) const;

    LogDocument& m_document;
    qint64 m_lines = 0; // the document's, as last told to views
    bool m_filtered = false;
    QList<qint64> m_filter;
    mutable qint64 m_pageFirst = -1;
    mutable QList<QByteArray> m_page;
};
