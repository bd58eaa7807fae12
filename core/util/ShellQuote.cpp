#include "util/ShellQuote.h"

namespace ShellQuote {

QString quote(const QString& word)
{
    QString quoted;
    quoted.reserve(word.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : word) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString command(const QString& program, const QStringList& arguments)
{
    QStringList words{quote(program)};
    for (const QString& argument : arguments)
        words << quote(argument);
    return words.join(QLatin1Char(' '));
}

} // namespace ShellQuote
