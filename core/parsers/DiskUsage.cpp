#include "parsers/DiskUsage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace DiskUsageParser {

Result<QList<DiskUsage>, ParseProblem> parse(QByteArrayView dfOutput)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("DiskUsageParser", text);
    };
    const QStringList lines =
        QString::fromUtf8(dfOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return fail(ParseProblem{0, tr("df printed nothing")});
    const QString header = lines.first();
    DiskUsage::Unit unit;
    if (header.contains(QLatin1String("Inodes")))
        unit = DiskUsage::Unit::Inodes;
    else if (header.contains(QLatin1String("1024-blocks")) ||
             header.contains(QLatin1String("1K-blocks")))
        unit = DiskUsage::Unit::KibiBytes;
    else
        return fail(ParseProblem{
            1, tr("not df -P output: the header names neither 1024-blocks nor Inodes")});
    // Both ends can hold spaces; the four numbers in the middle cannot.
    static const QRegularExpression row(
        QStringLiteral(R"(^(.+?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+%|-)\s+(/.*)$)"));
    QList<DiskUsage> rows;
    for (int n = 1; n < lines.size(); ++n) {
        const auto m = row.match(lines.at(n).trimmed());
        if (!m.hasMatch())
            return fail(ParseProblem{n + 1, tr("not a df -P line: %1").arg(lines.at(n))});
        DiskUsage d;
        d.unit = unit;
        d.filesystem = m.captured(1);
        d.total = m.captured(2).toLongLong();
        d.used = m.captured(3).toLongLong();
        d.available = m.captured(4).toLongLong();
        d.usedPercent = m.captured(5) == QLatin1String("-") ? -1 : m.captured(5).chopped(1).toInt();
        d.mountPoint = m.captured(6);
        rows.append(d);
    }
    return rows;
}

} // namespace DiskUsageParser
