#include "logs/LogMatcher.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace {

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

} // namespace

Result<LogMatcher> LogMatcher::make(const LogQuery& query)
{
    if (query.pattern.isEmpty())
        return fail(QCoreApplication::translate("LogMatcher", "nothing to search for"));
    LogMatcher matcher;
    if (!query.regex) {
        matcher.m_foldCase = !query.caseSensitive;
        matcher.m_needle = query.pattern.toUtf8();
        if (matcher.m_foldCase)
            std::transform(matcher.m_needle.begin(), matcher.m_needle.end(),
                           matcher.m_needle.begin(), lowerAscii);
        return matcher;
    }
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    matcher.m_isRegex = true;
    matcher.m_regex = QRegularExpression(QString::fromLatin1(query.pattern.toUtf8()), options);
    if (!matcher.m_regex.isValid())
        return fail(QCoreApplication::translate("LogMatcher", "the regular expression %1 is wrong "
                                                              "at character %2: %3")
                        .arg(query.pattern)
                        .arg(matcher.m_regex.patternErrorOffset() + 1)
                        .arg(matcher.m_regex.errorString()));
    matcher.m_regex.optimize();
    return matcher;
}

qsizetype LogMatcher::textIndexIn(QByteArrayView block, qsizetype from) const
{
    const char* begin = block.data() + from;
    const char* end = block.data() + block.size();
    if (!m_foldCase) {
        const std::boyer_moore_horspool_searcher searcher(m_needle.cbegin(), m_needle.cend());
        const char* hit = std::search(begin, end, searcher);
        return hit == end ? -1 : hit - block.data();
    }
    const auto equalFolded = [](char inBlock, char inNeedle) {
        return lowerAscii(inBlock) == inNeedle;
    };
    // The first byte decides where to look: each of its two cases found by
    // memchr, and found again only once the search has passed it.
    const char first = m_needle.front();
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - ('a' - 'A')) : first;
    const qsizetype length = m_needle.size();
    const auto next = [end](const char* at, char c) {
        const auto* hit = static_cast<const char*>(memchr(at, c, size_t(end - at)));
        return hit ? hit : end;
    };
    const char* lower = next(begin, first);
    const char* upper = firstUpper == first ? end : next(begin, firstUpper);
    for (;;) {
        const char* hit = std::min(lower, upper);
        if (end - hit < length)
            return -1;
        if (std::equal(hit + 1, hit + length, m_needle.cbegin() + 1, equalFolded))
            return hit - block.data();
        if (hit == lower)
            lower = next(hit + 1, first);
        else
            upper = next(hit + 1, firstUpper);
    }
}

qsizetype LogMatcher::indexIn(QByteArrayView block, qsizetype from) const
{
    if (from > block.size())
        return -1;
    if (!m_isRegex)
        return textIndexIn(block, from);
    const QString text = QString::fromLatin1(block);
    const QRegularExpressionMatch match = m_regex.match(text, from);
    return match.hasMatch() ? match.capturedStart() : -1;
}

qsizetype LogMatcher::lastIndexIn(QByteArrayView block) const
{
    qsizetype last = -1;
    if (!m_isRegex) {
        for (qsizetype at = textIndexIn(block, 0); at >= 0; at = textIndexIn(block, at + 1))
            last = at;
        return last;
    }
    const QString text = QString::fromLatin1(block);
    for (auto matches = m_regex.globalMatch(text); matches.hasNext();)
        last = matches.next().capturedStart();
    return last;
}

void LogMatcher::forEachMatchingLine(QByteArrayView block,
                                     const std::function<void(qsizetype lineStart)>& hit) const
{
    const QString text = m_isRegex ? QString::fromLatin1(block) : QString();
    for (qsizetype at = 0; at < block.size();) {
        qsizetype match = -1;
        if (!m_isRegex) {
            match = textIndexIn(block, at);
        } else if (const auto found = m_regex.match(text, at); found.hasMatch()) {
            match = found.capturedStart();
        }
        if (match < 0)
            return;
        hit(block.first(match).lastIndexOf('\n') + 1);
        const qsizetype end = block.indexOf('\n', match);
        if (end < 0)
            return;
        at = end + 1;
    }
}

QList<std::pair<qsizetype, qsizetype>> LogMatcher::spansIn(QByteArrayView line) const
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (!m_isRegex) {
        const qsizetype length = m_needle.size();
        for (qsizetype at = textIndexIn(line, 0); at >= 0;
             at = at + length <= line.size() ? textIndexIn(line, at + length) : -1)
            spans.append({at, length});
        return spans;
    }
    for (auto matches = m_regex.globalMatch(QString::fromLatin1(line)); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedLength() > 0)
            spans.append({match.capturedStart(), match.capturedLength()});
    }
    return spans;
}
