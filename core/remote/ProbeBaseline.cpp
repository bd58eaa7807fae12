#include "remote/ProbeBaseline.h"

#include <algorithm>

namespace {

// df rounds its percentages up.
QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg((part * 100 + whole - 1) / whole)
                     : QStringLiteral("-");
}

// The "fs" section: per line "frsize blocks bfree bavail files ffree", of
// DocumentRoot then home; df -P and df -Pi as they would have printed them.
std::optional<QPair<QByteArray, QByteArray>>
dfFrom(const ProbeSection& fs, const QList<DiskUsage>& blocks, const QList<DiskUsage>& inodes)
{
    const QList<QByteArray> lines = fs.content.trimmed().split('\n');
    if (fs.exitStatus != 0 || lines.size() != blocks.size() || lines.size() != inodes.size())
        return std::nullopt;
    QString df = QStringLiteral("Filesystem 1024-blocks Used Available Capacity Mounted on\n");
    QString dfi = QStringLiteral("Filesystem Inodes IUsed IFree IUse% Mounted on\n");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).split(' ');
        qint64 n[6] = {};
        bool ok = f.size() == 6;
        for (int k = 0; ok && k < 6; ++k)
            n[k] = f.at(k).toLongLong(&ok);
        const qint64 frsize = n[0];
        if (!ok || frsize <= 0 || frsize % 1024 != 0)
            return std::nullopt;
        const qint64 kib = frsize / 1024;
        const qint64 used = (n[1] - n[2]) * kib, available = n[3] * kib;
        df += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                  .arg(blocks.at(i).filesystem)
                  .arg(n[1] * kib)
                  .arg(used)
                  .arg(available)
                  .arg(percent(used, used + available), blocks.at(i).mountPoint);
        const qint64 iused = n[4] - n[5];
        dfi += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(inodes.at(i).filesystem)
                   .arg(n[4])
                   .arg(iused)
                   .arg(n[5])
                   .arg(percent(iused, n[4]), inodes.at(i).mountPoint);
    }
    return QPair<QByteArray, QByteArray>{df.toUtf8(), dfi.toUtf8()};
}

} // namespace

QStringList ProbeBaseline::cachedSections()
{
    return {QStringLiteral("meta"),     QStringLiteral("tools"),    QStringLiteral("conf"),
            QStringLiteral("keys"),     QStringLiteral("modes"),    QStringLiteral("docroot"),
            QStringLiteral("database"), QStringLiteral("firewall"), QStringLiteral("nft"),
            QStringLiteral("reach")};
}

std::optional<ProbeBaseline> ProbeBaseline::of(const ProbeOutput& full)
{
    const ProbeSection* signature = full.section(QStringLiteral("static"));
    if (!full.complete || isLight(full) || !signature || signature->content.isEmpty())
        return std::nullopt;
    ProbeBaseline baseline;
    baseline.signature = signature->content;
    baseline.documentRoot = full.value(QStringLiteral("docroot"), QStringLiteral("to"));
    baseline.hostname = full.value(QStringLiteral("meta"), QStringLiteral("hostname"));
    if (baseline.documentRoot.isEmpty() || baseline.hostname.isEmpty())
        return std::nullopt;
    const ProbeSection* df = full.section(QStringLiteral("df"));
    const ProbeSection* dfi = full.section(QStringLiteral("dfi"));
    if (!df || !dfi)
        return std::nullopt;
    const auto blocks = DiskUsageParser::parse(df->content);
    const auto inodes = DiskUsageParser::parse(dfi->content);
    // DocumentRoot and home, as the script asks.
    if (!blocks || !inodes || blocks->size() != 2 || inodes->size() != 2)
        return std::nullopt;
    baseline.blocks = *blocks;
    baseline.inodes = *inodes;
    baseline.disk = {*df, *dfi};
    qsizetype bytes = baseline.signature.size();
    const QStringList cached = cachedSections();
    for (const ProbeSection& section : full.sections) {
        if (!cached.contains(section.name))
            continue;
        bytes += section.content.size();
        if (bytes > kLargestBytes)
            return std::nullopt;
        baseline.sections.append(section);
    }
    return baseline;
}

bool ProbeBaseline::isLight(const ProbeOutput& probe)
{
    return probe.section(QStringLiteral("light")) != nullptr;
}

ProbeOutput ProbeBaseline::complete(const ProbeOutput& light) const
{
    ProbeOutput out;
    out.complete = light.complete;
    out.sections = sections;
    // Unchanged, or the probe would have been full: the script does not send it back.
    out.sections.append({QStringLiteral("static"), {}, signature, 0});
    for (const ProbeSection& section : light.sections) {
        if (section.name != QLatin1String("light") && section.name != QLatin1String("fs"))
            out.sections.append(section);
    }
    const ProbeSection* fs = light.section(QStringLiteral("fs"));
    if (fs && !light.section(QStringLiteral("df"))) {
        if (const auto df = dfFrom(*fs, blocks, inodes)) {
            out.sections.append({QStringLiteral("df"), {}, df->first, 0});
            out.sections.append({QStringLiteral("dfi"), {}, df->second, 0});
        } else {
            // What statfs said stands where df's lines would: unreadable, not zero.
            out.sections.append({QStringLiteral("df"), {}, fs->content, 1});
            out.sections.append({QStringLiteral("dfi"), {}, fs->content, 1});
        }
    } else if (!fs && !light.section(QStringLiteral("df"))) {
        out.sections.append(disk);
    }
    return out;
}

bool ProbeBaseline::readsDiskAt(int lightProbe) const
{
    if (lightProbe % 2 == 1)
        return true;
    const auto df = std::find_if(disk.cbegin(), disk.cend(), [](const ProbeSection& s) {
        return s.name == QLatin1String("df");
    });
    if (df == disk.cend() || df->exitStatus != 0)
        return true;
    const auto rows = DiskUsageParser::parse(df->content);
    return !rows || rows->isEmpty() ||
           std::any_of(rows->cbegin(), rows->cend(),
                       [](const DiskUsage& row) { return row.available < kCloseToFullKiB; });
}

ProbeBaseline ProbeBaseline::withDiskOf(const ProbeOutput& completed) const
{
    ProbeBaseline next = *this;
    const ProbeSection* df = completed.section(QStringLiteral("df"));
    const ProbeSection* dfi = completed.section(QStringLiteral("dfi"));
    if (df && dfi)
        next.disk = {*df, *dfi};
    return next;
}
