#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

// The bytes of a log: held in memory (a stored run, a run growing live) or
// read from a file block by block, so a log of any size costs no more memory
// than the block being read. Copies are cheap and may be read on any thread.
class LogSource
{
public:
    LogSource() = default;
    static LogSource fromBytes(QByteArray bytes);
    static Result<LogSource> fromFile(const QString& path);

    bool isFile() const { return !m_path.isEmpty(); }
    QString filePath() const { return m_path; }
    qint64 size() const { return isFile() ? m_fileSize : m_bytes.size(); }

    // A run's log grows as rsync writes it; files are opened as they were.
    void append(QByteArrayView chunk);

    QByteArray read(qint64 offset, qint64 length) const;

    // Calls visit(block, offsetOfBlock) for blocks covering [from, to) in
    // order, each at most blockSize long and, but for the last, cut after a
    // line end where the block has one; visit returns false to stop early.
    // False when the file could not be read.
    using BlockVisitor = std::function<bool(QByteArrayView block, qint64 offset)>;
    bool forEachBlock(qint64 from, qint64 to, qint64 blockSize, const BlockVisitor& visit) const;
    // The same from the end: blocks covering [from, to), last first, each but
    // the first starting after a line end where it can.
    bool forEachBlockBackward(qint64 from, qint64 to, qint64 blockSize,
                              const BlockVisitor& visit) const;

private:
    QByteArray m_bytes;
    QString m_path;
    qint64 m_fileSize = 0;
};
