#pragma once

#include <QString>

// What the operator looks for in a log: text as typed, or a regular
// expression; either matches within one line.
struct LogQuery
{
    QString pattern;
    bool regex = false;
    bool caseSensitive = false;
};
