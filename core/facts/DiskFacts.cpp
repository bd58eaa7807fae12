#include "facts/DiskFacts.h"

#include "remote/ProbeOutput.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

DiskTrendPoint DiskFacts::trendPoint(const QDateTime& at) const
{
    DiskTrendPoint point;
    point.at = at;
    point.databaseBytes = databaseBytes;
    if (documentRoot) {
        point.documentRootUsed = documentRoot->used;
        point.documentRootAvailable = documentRoot->available;
    }
    if (home) {
        point.homeUsed = home->used;
        point.homeAvailable = home->available;
    }
    return point;
}

namespace {

constexpr std::pair<const char*, std::optional<qint64> DiskTrendPoint::*> kTrendFields[] = {
    {"documentRootUsed", &DiskTrendPoint::documentRootUsed},
    {"documentRootAvailable", &DiskTrendPoint::documentRootAvailable},
    {"homeUsed", &DiskTrendPoint::homeUsed},
    {"homeAvailable", &DiskTrendPoint::homeAvailable}};

} // namespace

QJsonObject DiskTrendPoint::toJson() const
{
    QJsonObject json{{QStringLiteral("databaseBytes"), databaseBytes}};
    for (const auto& [key, field] : kTrendFields) {
        if (this->*field)
            json.insert(QLatin1String(key), *(this->*field));
    }
    return json;
}

DiskTrendPoint DiskTrendPoint::fromJson(const QJsonObject& json, const QDateTime& at)
{
    DiskTrendPoint point;
    point.at = at;
    point.databaseBytes = json.value(QStringLiteral("databaseBytes")).toInteger();
    for (const auto& [key, field] : kTrendFields) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isDouble())
            point.*field = value.toInteger();
    }
    return point;
}

namespace DiskFactsReader {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DiskFactsReader", text);
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

DiskFacts read(const ProbeOutput& probe, qint64 freeFloorBytes)
{
    DiskFacts facts;
    if (const ProbeSection* df = probe.section(QStringLiteral("df"))) {
        if (const auto rows = DiskUsageParser::parse(df->content); rows && !rows->isEmpty()) {
            facts.documentRoot = rows->first();
            if (rows->size() > 1)
                facts.home = rows->at(1);
        }
    }
    if (const ProbeSection* dfi = probe.section(QStringLiteral("dfi"))) {
        if (const auto rows = DiskUsageParser::parse(dfi->content); rows && !rows->isEmpty())
            facts.documentRootInodes = rows->first();
    }
    if (const ProbeSection* database = probe.section(QStringLiteral("database"))) {
        for (const QByteArray& line : database->content.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            bool ok = false;
            const qint64 bytes = f.value(0).toLongLong(&ok);
            if (!ok || f.size() < 3 || f.last().endsWith("/local_test"))
                continue;
            facts.databaseBytes += bytes;
            ++facts.databaseFiles;
            const QByteArray path = f.mid(2).join(' ');
            facts.files.append({QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1)), bytes,
                                QDateTime::fromSecsSinceEpoch(f.value(1).toLongLong(), Qt::UTC)});
        }
        std::sort(
            facts.files.begin(), facts.files.end(),
            [](const DatabaseFile& a, const DatabaseFile& b) { return a.modified > b.modified; });
    }
    if (!facts.documentRoot) {
        facts.warnings << tr("the space of DocumentRoot could not be read");
        return facts;
    }
    // The database's own files count towards the web space it needs.
    const qint64 webSpace = facts.documentRoot->available * 1024 + facts.databaseBytes;
    if (webSpace < DiskFacts::kRequiredWebSpaceBytes)
        facts.warnings
            << tr("only %1 of web space for the database; the How-to asks for at least 200 MB")
                   .arg(size(webSpace));
    for (const auto& [usage, what] : {std::pair{facts.documentRoot, tr("DocumentRoot")},
                                      std::pair{facts.home, tr("the home")}}) {
        if (usage && usage->available * 1024 < freeFloorBytes)
            facts.warnings << tr("%1 has %2 free, under the floor of %3")
                                  .arg(what, size(usage->available * 1024), size(freeFloorBytes));
    }
    if (facts.documentRootInodes && facts.documentRootInodes->usedPercent >= 95)
        facts.warnings << tr("%1% of the inodes of DocumentRoot's filesystem are used")
                              .arg(facts.documentRootInodes->usedPercent);
    return facts;
}

} // namespace DiskFactsReader
