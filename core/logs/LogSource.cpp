#include "logs/LogSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

// Where to cut a block so that it ends after a line end, when it has one.
qsizetype cutAfterLastNewline(QByteArrayView block)
{
    const qsizetype last = block.lastIndexOf('\n');
    return last < 0 ? block.size() : last + 1;
}

qsizetype cutAfterFirstNewline(QByteArrayView block)
{
    const qsizetype first = block.indexOf('\n');
    return first < 0 ? 0 : first + 1;
}

} // namespace

LogSource LogSource::fromBytes(QByteArray bytes)
{
    LogSource source;
    source.m_bytes = std::move(bytes);
    return source;
}

Result<LogSource> LogSource::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("LogSource", "cannot open %1: %2")
                        .arg(path, file.errorString()));
    if (QFileInfo(path).isDir())
        return fail(QCoreApplication::translate("LogSource", "%1 is a directory").arg(path));
    LogSource source;
    source.m_path = path;
    source.m_fileSize = file.size();
    return source;
}

void LogSource::append(QByteArrayView chunk)
{
    if (!isFile())
        m_bytes.append(chunk);
}

QByteArray LogSource::read(qint64 offset, qint64 length) const
{
    offset = qBound<qint64>(0, offset, size());
    length = qBound<qint64>(0, length, size() - offset);
    if (!isFile())
        return m_bytes.mid(offset, length);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(length);
}

bool LogSource::forEachBlock(qint64 from, qint64 to, qint64 blockSize,
                             const BlockVisitor& visit) const
{
    to = qMin(to, size());
    if (!isFile()) {
        while (from < to) {
            QByteArrayView block(m_bytes.constData() + from, qMin(blockSize, to - from));
            if (from + block.size() < to)
                block = block.first(cutAfterLastNewline(block));
            if (!visit(block, from))
                return true;
            from += block.size();
        }
        return true;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return false;
    QByteArray buffer;
    buffer.resize(blockSize);
    qint64 carried = 0; // bytes of an unfinished line kept at the buffer's start
    while (from < to) {
        const qint64 wanted = qMin(blockSize - carried, to - from - carried);
        const qint64 got = file.read(buffer.data() + carried, wanted);
        if (got < 0)
            return false;
        QByteArrayView block(buffer.constData(), carried + got);
        if (block.isEmpty())
            break;
        const bool last = got == 0 || from + block.size() >= to;
        const qsizetype cut = last ? block.size() : cutAfterLastNewline(block);
        if (!visit(block.first(cut), from))
            return true;
        from += cut;
        carried = block.size() - cut;
        if (got == 0)
            break;
        if (carried > 0)
            memmove(buffer.data(), buffer.constData() + cut, size_t(carried));
    }
    return true;
}

bool LogSource::forEachBlockBackward(qint64 from, qint64 to, qint64 blockSize,
                                     const BlockVisitor& visit) const
{
    from = qMax<qint64>(0, from);
    to = qMin(to, size());
    QFile file(m_path);
    if (isFile() && !file.open(QIODevice::ReadOnly))
        return false;
    QByteArray buffer;
    while (to > from) {
        const qint64 start = qMax(from, to - blockSize);
        QByteArrayView block;
        if (isFile()) {
            if (!file.seek(start))
                return false;
            buffer = file.read(to - start);
            if (buffer.size() != to - start)
                return false;
            block = buffer;
        } else {
            block = QByteArrayView(m_bytes.constData() + start, to - start);
        }
        qsizetype cut = start > from ? cutAfterFirstNewline(block) : 0;
        if (cut == block.size())
            cut = 0; // one line longer than a block: cut it anywhere
        if (!visit(block.sliced(cut), start + cut))
            return true;
        to = start + cut;
    }
    return true;
}
