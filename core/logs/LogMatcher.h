#pragma once

#include "logs/LogQuery.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>

#include <functional>

// Finds a query in blocks of a log's bytes. Text is matched byte for byte
// (ASCII letters folded when not case-sensitive); a regular expression runs on
// the block read as Latin-1, which keeps each character at its byte's offset
// and leaves UTF-8 in the pattern matching the same bytes in the log.
class LogMatcher
{
public:
    static Result<LogMatcher> make(const LogQuery& query);

    // Offset in block of the first match at or after from, or -1.
    qsizetype indexIn(QByteArrayView block, qsizetype from = 0) const;
    // Offset of the last match that starts in block, or -1.
    qsizetype lastIndexIn(QByteArrayView block) const;
    // Calls hit(offset of the line's start) once for every line of block
    // holding a match, in order.
    void forEachMatchingLine(QByteArrayView block,
                             const std::function<void(qsizetype lineStart)>& hit) const;
    // Where it matches inside one line, as (offset, length) in bytes, in
    // order and not overlapping; empty matches left out.
    QList<std::pair<qsizetype, qsizetype>> spansIn(QByteArrayView line) const;

private:
    LogMatcher() = default;
    qsizetype textIndexIn(QByteArrayView block, qsizetype from) const;

    QByteArray m_needle; // lower case when case is folded
    bool m_foldCase = false;
    QRegularExpression m_regex;
    bool m_isRegex = false;
};
