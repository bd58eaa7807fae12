#include "logs/LogWorker.h"

#include "logs/LogLineIndex.h"
#include "logs/LogMatcher.h"

#include <QCoreApplication>

namespace {

constexpr qint64 blockSize = 4 * 1024 * 1024;
// Enough lines for a screen, soon: the first batch goes out after one block.
constexpr qint64 batchBytes = 32 * 1024 * 1024;

QString unreadable(const LogSource& source)
{
    return QCoreApplication::translate("LogWorker", "cannot read %1").arg(source.filePath());
}

} // namespace

void LogWorker::stopAll()
{
    ++m_indexJob;
    ++m_searchJob;
}

void LogWorker::index(const LogSource& source, qint64 from, JobId job)
{
    QList<qint64> newlines;
    qint64 upTo = from;
    qint64 sentAt = from;
    bool first = true;
    const bool read = source.forEachBlock(from, source.size(), blockSize,
                                          [&](QByteArrayView block, qint64 offset) {
                                              if (stale(job, m_indexJob))
                                                  return false;
                                              LogLineIndex::findNewlines(block, offset, newlines);
                                              upTo = offset + block.size();
                                              if (first || upTo - sentAt >= batchBytes) {
                                                  emit indexed(job, newlines, upTo, false);
                                                  newlines.clear();
                                                  sentAt = upTo;
                                                  first = false;
                                              }
                                              return true;
                                          });
    if (stale(job, m_indexJob))
        return;
    if (!read)
        emit failed(job, unreadable(source));
    emit indexed(job, newlines, upTo, true);
}

void LogWorker::find(const LogSource& source, const LogQuery& query, qint64 from, bool forward,
                     JobId job)
{
    const auto matcher = LogMatcher::make(query);
    if (!matcher) {
        emit failed(job, matcher.error());
        return;
    }
    qint64 hit = -1;
    const auto visit = [&](QByteArrayView block, qint64 offset) {
        if (stale(job, m_searchJob))
            return false;
        const qsizetype at = forward ? matcher->indexIn(block) : matcher->lastIndexIn(block);
        if (at >= 0)
            hit = offset + at;
        return at < 0;
    };
    const bool read = forward ? source.forEachBlock(from, source.size(), blockSize, visit)
                              : source.forEachBlockBackward(0, from, blockSize, visit);
    if (stale(job, m_searchJob))
        return;
    if (!read)
        emit failed(job, unreadable(source));
    else
        emit found(job, hit);
}

void LogWorker::findLines(const LogSource& source, const LogQuery& query, JobId job)
{
    const auto matcher = LogMatcher::make(query);
    if (!matcher) {
        emit failed(job, matcher.error());
        return;
    }
    QList<qint64> lineStarts;
    qint64 scanned = 0;
    qint64 sentAt = 0;
    const bool read =
        source.forEachBlock(0, source.size(), blockSize, [&](QByteArrayView block, qint64 offset) {
            if (stale(job, m_searchJob))
                return false;
            matcher->forEachMatchingLine(
                block, [&](qsizetype lineStart) { lineStarts.append(offset + lineStart); });
            scanned = offset + block.size();
            if (scanned - sentAt >= batchBytes) {
                emit linesFound(job, lineStarts, false);
                lineStarts.clear();
                sentAt = scanned;
            }
            return true;
        });
    if (stale(job, m_searchJob))
        return;
    if (!read)
        emit failed(job, unreadable(source));
    emit linesFound(job, lineStarts, true);
}
