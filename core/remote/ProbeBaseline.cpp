#include "remote/ProbeBaseline.h"

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
    for (const ProbeSection& section : light.sections) {
        if (section.name != QLatin1String("light"))
            out.sections.append(section);
    }
    return out;
}
