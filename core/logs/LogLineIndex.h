#pragma once

#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

// Where each line of a log starts, built block by block as the log is read
// (or as it grows): 8 bytes a line, and nothing of the text itself.
class LogLineIndex
{
public:
    // Block: the next bytes of the log, starting where the last block ended.
    void add(QByteArrayView block);
    // What a worker found in a block of its own: the offsets of its line ends.
    void addNewlines(const QList<qint64>& newlines, qint64 indexedUpTo);
    void clear();

    // Lines, counting a last one not yet ended by a line end.
    qint64 lineCount() const;
    qint64 indexedBytes() const { return m_indexed; }
    qint64 lineStart(qint64 line) const;
    // Offset of the line's end, its line end excluded.
    qint64 lineEnd(qint64 line) const;
    // The line holding the byte at offset (the last line past the end).
    qint64 lineAt(qint64 offset) const;

    // The offsets of every line end in block, which starts at offset.
    static void findNewlines(QByteArrayView block, qint64 offset, QList<qint64>& out);

private:
    QList<qint64> m_newlines;
    qint64 m_indexed = 0;
};
