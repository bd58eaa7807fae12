#pragma once

#include "logs/LogLineIndex.h"
#include "logs/LogQuery.h"
#include "logs/LogSource.h"
#include "logs/LogWorker.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

// A log opened for reading: its bytes, its line index as the worker builds
// it, and searches run by the worker; lines are read on demand, so a log of a
// gigabyte costs its index (8 bytes a line), never its text.
class LogDocument : public QObject
{
    Q_OBJECT

public:
    explicit LogDocument(QObject* parent = nullptr);
    ~LogDocument() override;

    void open(LogSource source);
    // A live run's next output, indexed at once.
    void append(QByteArrayView chunk);

    const LogSource& source() const { return m_source; }
    const LogLineIndex& index() const { return m_index; }
    qint64 lineCount() const { return m_index.lineCount(); }
    bool isIndexing() const { return m_indexing; }

    // Lines [first, first + count), without their line ends; lines longer
    // than maxLineBytes are cut there.
    QList<QByteArray> lines(qint64 first, qint64 count, qint64 maxLineBytes = 4096) const;

    // The next line holding a match after fromLine (forward) or the previous
    // one before it; fromLine -1 searches from the start (or the end).
    void find(const LogQuery& query, qint64 fromLine, bool forward);
    // Every line holding a match, for a filtered view.
    void findLines(const LogQuery& query);
    void stopSearch();

    // The first line stamped at or after time, the last stamped line when all
    // are earlier; nothing when no line carries a time.
    std::optional<qint64> lineAtTime(const QDateTime& time) const;

signals:
    // The index grew from oldCount lines to newCount; the last old line may
    // have grown too.
    void grew(qint64 oldCount, qint64 newCount);
    void indexingFinished();
    void found(qint64 line);
    void notFound(bool forward);
    // Lines: found so far, in order, to be added to those of earlier signals.
    void linesFound(const QList<qint64>& lines, bool done);
    void failed(const QString& why);

private:
    struct ThreadStopper
    {
        void operator()(QThread* thread) const;
    };

    void takeIndex(LogWorker::JobId job, const QList<qint64>& newlines, qint64 upTo, bool done);
    // The first line from `from` on (before `end`) that carries a time.
    std::optional<std::pair<qint64, QDateTime>> nextStamped(qint64 from, qint64 end) const;

    LogSource m_source;
    LogLineIndex m_index;
    bool m_indexing = false;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    LogWorker* m_worker; // lives in m_thread
    LogWorker::JobId m_indexJob = 0;
    LogWorker::JobId m_searchJob = 0;
    bool m_searchForward = true;
};
