#pragma once

#include <QList>
#include <QString>

// Why a line of some input could not be taken; line is 1-based, 0 when the
// problem is with the input as a whole.
struct ParseProblem
{
    int line = 0;
    QString reason;

    QString describe() const
    {
        return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(reason) : reason;
    }
    friend bool operator==(const ParseProblem&, const ParseProblem&) = default;
};

using ParseProblems = QList<ParseProblem>;
