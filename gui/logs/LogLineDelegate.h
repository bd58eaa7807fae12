#pragma once

#include "logs/LogMatcher.h"

#include <QStyledItemDelegate>

#include <optional>

// Paints a log line with what the search matches marked inside it, and a
// run's heading in bold.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // None: nothing is marked.
    void setMatcher(std::optional<LogMatcher> matcher) { m_matcher = std::move(matcher); }
    // The marked ranges of a line, in characters of its text as shown.
    QList<std::pair<int, int>> marks(const QByteArray& line) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    std::optional<LogMatcher> m_matcher;
};
