#pragma once

#include "logs/LogQuery.h"
#include "logs/LogSource.h"

#include <QList>
#include <QObject>

#include <atomic>

// Reads a log off the GUI thread: its line index and searches through it.
// Lives in its own thread; jobs run one after another in the order asked,
// and a job stops as soon as a newer one of its kind is asked for.
class LogWorker : public QObject
{
    Q_OBJECT

public:
    using JobId = quint64;

    // Called from any thread: the id the next job of that kind must carry.
    JobId nextIndexJob() { return ++m_indexJob; }
    JobId nextSearchJob() { return ++m_searchJob; }
    void stopAll();

    void index(const LogSource& source, qint64 from, JobId job);
    void find(const LogSource& source, const LogQuery& query, qint64 from, bool forward, JobId job);
    void findLines(const LogSource& source, const LogQuery& query, JobId job);

signals:
    void indexed(LogWorker::JobId job, const QList<qint64>& newlines, qint64 upTo, bool done);
    void found(LogWorker::JobId job, qint64 offset); // -1: no match
    // lineStarts: the byte offset of the start of every matching line.
    void linesFound(LogWorker::JobId job, const QList<qint64>& lineStarts, bool done);
    void failed(LogWorker::JobId job, const QString& why);

private:
    bool stale(JobId job, const std::atomic<JobId>& latest) const { return job != latest; }

    std::atomic<JobId> m_indexJob = 0;
    std::atomic<JobId> m_searchJob = 0;
};
