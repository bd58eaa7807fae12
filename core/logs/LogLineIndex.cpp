#include "logs/LogLineIndex.h"

#include <algorithm>
#include <cstring>

void LogLineIndex::findNewlines(QByteArrayView block, qint64 offset, QList<qint64>& out)
{
    const char* begin = block.data();
    const char* end = begin + block.size();
    for (const char* p = begin; p < end;) {
        const auto* hit = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        if (!hit)
            break;
        out.push_back(offset + (hit - begin));
        p = hit + 1;
    }
}

void LogLineIndex::add(QByteArrayView block)
{
    findNewlines(block, m_indexed, m_newlines);
    m_indexed += block.size();
}

void LogLineIndex::addNewlines(const QList<qint64>& newlines, qint64 indexedUpTo)
{
    m_newlines.append(newlines);
    m_indexed = indexedUpTo;
}

void LogLineIndex::clear()
{
    m_newlines = {};
    m_indexed = 0;
}

qint64 LogLineIndex::lineCount() const
{
    const qint64 ended = m_newlines.size();
    return m_indexed > lineStart(ended) ? ended + 1 : ended;
}

qint64 LogLineIndex::lineStart(qint64 line) const
{
    return line <= 0 ? 0 : m_newlines[line - 1] + 1;
}

qint64 LogLineIndex::lineEnd(qint64 line) const
{
    return line < m_newlines.size() ? m_newlines[line] : m_indexed;
}

qint64 LogLineIndex::lineAt(qint64 offset) const
{
    const auto after = std::lower_bound(m_newlines.begin(), m_newlines.end(), offset);
    return qMin<qint64>(after - m_newlines.begin(), qMax<qint64>(0, lineCount() - 1));
}
