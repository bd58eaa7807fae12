#include "logs/LogTimestamp.h"

namespace {

std::optional<int> digits(QByteArrayView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> LogTimestampParser::parse(QByteArrayView line)
{
    // yyyy?mm?dd?hh:mm:ss, the separators being / / space or - - T or - - space
    if (line.size() < 19)
        return std::nullopt;
    const char dateSeparator = line[4];
    if ((dateSeparator != '/' && dateSeparator != '-') || line[7] != dateSeparator ||
        (line[10] != ' ' && !(dateSeparator == '-' && line[10] == 'T')) || line[13] != ':' ||
        line[16] != ':')
        return std::nullopt;
    const auto year = digits(line, 0, 4);
    const auto month = digits(line, 5, 2);
    const auto day = digits(line, 8, 2);
    const auto hour = digits(line, 11, 2);
    const auto minute = digits(line, 14, 2);
    const auto second = digits(line, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    const QTime time(*hour, *minute, *second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}
