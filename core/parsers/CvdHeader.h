#pragma once

#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// The 512-byte header of a .cvd file, space-padded, fields split on ':'.
struct CvdHeader
{
    QString buildTimeText; // "16 Sep 2021 08-32 -0400": '-' stands for ':'
    int version = 0;
    int signatures = 0;
    int functionalityLevel = 0;
    QString md5;
    QString digitalSignature;
    QString builder;
    std::optional<qint64> buildTime; // epoch seconds, missing in old files
};

namespace CvdHeaderParser {

inline constexpr int kHeaderSize = 512;

// The first 512 bytes of a .cvd (more are ignored).
Result<CvdHeader, ParseProblem> parse(QByteArrayView bytes);

} // namespace CvdHeaderParser
