#include "parsers/NetDevCounters.h"

#include <QCoreApplication>

namespace NetDevParser {

Result<QList<NetDevCounters>, ParseProblem> parse(QByteArrayView procNetDev)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("NetDevParser", text);
    };
    const QList<QByteArray> lines = procNetDev.toByteArray().split('\n');
    if (lines.size() < 2 || !lines.at(0).contains("Receive") || !lines.at(1).contains("bytes"))
        return fail(ParseProblem{1, tr("not /proc/net/dev: its two header lines are missing")});
    QList<NetDevCounters> interfaces;
    for (int n = 2; n < lines.size(); ++n) {
        const QByteArray& line = lines.at(n);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return fail(ParseProblem{n + 1, tr("no \"interface:\" at the start of the line")});
        const QList<QByteArray> fields = line.mid(colon + 1).simplified().split(' ');
        if (fields.size() < 16)
            return fail(ParseProblem{
                n + 1, tr("%1 counters where /proc/net/dev has 16").arg(fields.size())});
        NetDevCounters c;
        c.interface = QString::fromLatin1(line.left(colon).trimmed());
        bool ok[4] = {};
        c.receivedBytes = fields.at(0).toULongLong(&ok[0]);
        c.receivedPackets = fields.at(1).toULongLong(&ok[1]);
        c.sentBytes = fields.at(8).toULongLong(&ok[2]);
        c.sentPackets = fields.at(9).toULongLong(&ok[3]);
        if (!(ok[0] && ok[1] && ok[2] && ok[3]))
            return fail(
                ParseProblem{n + 1, tr("a counter of %1 is not a number").arg(c.interface)});
        interfaces.append(c);
    }
    return interfaces;
}

} // namespace NetDevParser
