#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>

// What every benchmark driver reports of itself, and how: one JSON line.
namespace BenchFigures {

inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

inline double peakRssMB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024;
}

inline void print(const QJsonObject& figures)
{
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
}

} // namespace BenchFigures
