#include "logs/LogDocument.h"

#include "logs/LogTimestamp.h"
#include "util/WorkerPriority.h"

#include <QThread>

namespace {

// How far apart stamped lines may be for a jump to time to find them: a
// sync run's own log is a few hundred lines under its heading.
constexpr qint64 stampedLinesApart = 4096;

} // namespace

void LogDocument::ThreadStopper::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

LogDocument::LogDocument(QObject* parent)
    : QObject(parent), m_thread(new QThread), m_worker(new LogWorker)
{
    m_thread->setObjectName(QStringLiteral("log reader"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LogWorker::indexed, this, &LogDocument::takeIndex);
    connect(m_worker, &LogWorker::found, this, [this](LogWorker::JobId job, qint64 offset) {
        if (job != m_searchJob)
            return;
        if (offset < 0)
            emit notFound(m_searchForward);
        else
            emit found(m_index.lineAt(offset));
    });
    connect(m_worker, &LogWorker::linesFound, this,
            [this](LogWorker::JobId job, const QList<qint64>& lineStarts, bool done) {
                if (job != m_searchJob)
                    return;
                QList<qint64> lines;
                lines.reserve(lineStarts.size());
                for (const qint64 start : lineStarts)
                    lines.append(m_index.lineAt(start));
                emit linesFound(lines, done);
            });
    connect(m_worker, &LogWorker::failed, this, [this](LogWorker::JobId job, const QString& why) {
        if (job == m_searchJob || job == m_indexJob)
            emit failed(why);
    });
    QMetaObject::invokeMethod(m_worker, &WorkerPriority::lowerCurrentThread);
    m_thread->start();
}

LogDocument::~LogDocument()
{
    m_worker->stopAll();
}

void LogDocument::open(LogSource source)
{
    m_worker->stopAll();
    m_searchJob = 0;
    const qint64 oldCount = m_index.lineCount();
    m_index.clear();
    m_source = std::move(source);
    if (oldCount > 0)
        emit grew(oldCount, 0);
    m_indexing = true;
    m_indexJob = m_worker->nextIndexJob();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, source = m_source, job = m_indexJob] {
        worker->index(source, 0, job);
    });
}

void LogDocument::append(QByteArrayView chunk)
{
    m_source.append(chunk);
    if (m_indexing)
        return; // the rest is indexed when the worker is done
    const qint64 oldCount = m_index.lineCount();
    m_index.add(chunk);
    emit grew(oldCount, m_index.lineCount());
}

void LogDocument::takeIndex(LogWorker::JobId job, const QList<qint64>& newlines, qint64 upTo,
                            bool done)
{
    if (job != m_indexJob)
        return;
    const qint64 oldCount = m_index.lineCount();
    m_index.addNewlines(newlines, upTo);
    if (done) {
        // What a live run wrote while the worker read.
        if (m_source.size() > upTo && !m_source.isFile())
            m_index.add(m_source.read(upTo, m_source.size() - upTo));
        m_indexing = false;
    }
    emit grew(oldCount, m_index.lineCount());
    if (done)
        emit indexingFinished();
}

QList<QByteArray> LogDocument::lines(qint64 first, qint64 count, qint64 maxLineBytes) const
{
    QList<QByteArray> result;
    const qint64 last = qMin(first + count, m_index.lineCount()) - 1;
    if (first < 0 || last < first)
        return result;
    const qint64 begin = m_index.lineStart(first);
    const qint64 end = m_index.lineEnd(last);
    const QByteArray bytes = m_source.read(begin, end - begin);
    for (qint64 line = first; line <= last; ++line) {
        const qint64 start = m_index.lineStart(line) - begin;
        qint64 length = m_index.lineEnd(line) - begin - start;
        if (start >= bytes.size()) {
            result.append(QByteArray());
            continue;
        }
        QByteArray text = bytes.mid(start, qMin(length, maxLineBytes));
        if (text.endsWith('\r'))
            text.chop(1);
        result.append(text);
    }
    return result;
}

void LogDocument::find(const LogQuery& query, qint64 fromLine, bool forward)
{
    m_searchForward = forward;
    m_searchJob = m_worker->nextSearchJob();
    qint64 from = 0;
    if (forward)
        from = fromLine < 0 ? 0 : m_index.lineEnd(fromLine);
    else
        from = fromLine < 0 ? m_source.size() : m_index.lineStart(fromLine);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, source = m_source, query, from, forward, job = m_searchJob] {
            worker->find(source, query, from, forward, job);
        });
}

void LogDocument::findLines(const LogQuery& query)
{
    m_searchJob = m_worker->nextSearchJob();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, source = m_source, query, job = m_searchJob] {
                                  worker->findLines(source, query, job);
                              });
}

void LogDocument::stopSearch()
{
    m_searchJob = m_worker->nextSearchJob();
}

std::optional<std::pair<qint64, QDateTime>> LogDocument::nextStamped(qint64 from, qint64 end) const
{
    constexpr qint64 linesPerRead = 256;
    end = qMin(end, from + stampedLinesApart);
    for (qint64 line = from; line < end; line += linesPerRead) {
        const QList<QByteArray> texts = lines(line, qMin(linesPerRead, end - line), 32);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (const auto time = LogTimestampParser::parse(texts.at(i)))
                return std::pair{line + i, *time};
        }
    }
    return std::nullopt;
}

std::optional<qint64> LogDocument::lineAtTime(const QDateTime& time) const
{
    // Binary search over the stamped lines, skipping the unstamped ones
    // between them; a log's times only grow.
    qint64 low = 0;
    qint64 high = m_index.lineCount();
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        const auto stamped = nextStamped(middle, high);
        if (!stamped)
            high = middle;
        else if (stamped->second < time)
            low = stamped->first + 1;
        else
            high = middle;
    }
    if (const auto stamped = nextStamped(low, m_index.lineCount()))
        return stamped->first;
    // Everything is earlier: the last stamped line, if there is one.
    const qint64 count = m_index.lineCount();
    const qint64 from = qMax<qint64>(0, count - stampedLinesApart);
    const QList<QByteArray> texts = lines(from, count - from, 32);
    for (qsizetype i = texts.size() - 1; i >= 0; --i) {
        if (LogTimestampParser::parse(texts.at(i)))
            return from + i;
    }
    return std::nullopt;
}
