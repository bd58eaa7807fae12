#include "parsers/CurrentVersions.h"

#include <QCoreApplication>

namespace CurrentVersionsParser {

Result<CurrentVersions, ParseProblem> parse(QByteArrayView txt)
{
    auto problem = [](const char* text) {
        return fail(ParseProblem{0, QCoreApplication::translate("CurrentVersionsParser", text)});
    };
    QByteArray record = txt.trimmed().toByteArray();
    if (record.startsWith('"') && record.endsWith('"') && record.size() >= 2)
        record = record.mid(1, record.size() - 2);
    const QList<QByteArray> f = record.split(':');
    if (f.size() < 3)
        return problem(
            "the versions record needs at least ClamAV, main and daily versions (a:b:c)");
    CurrentVersions v;
    v.clamavVersion = QString::fromLatin1(f.at(0));
    bool mainOk = false, dailyOk = false;
    v.main = f.at(1).toInt(&mainOk);
    v.daily = f.at(2).toInt(&dailyOk);
    if (!mainOk || !dailyOk || v.main <= 0 || v.daily <= 0)
        return problem("main and daily versions in the versions record must be positive numbers");
    auto optionalNumber = [&](int index, auto* out) {
        if (index >= f.size() || f.at(index).isEmpty())
            return true;
        bool ok = false;
        const qint64 value = f.at(index).toLongLong(&ok);
        if (ok)
            *out = std::remove_reference_t<decltype(**out)>(value);
        return ok;
    };
    std::optional<int> warning;
    if (!optionalNumber(3, &v.recordTime) || !optionalNumber(4, &warning) ||
        !optionalNumber(5, &v.functionalityLevel) || !optionalNumber(6, &v.safebrowsing) ||
        !optionalNumber(7, &v.bytecode))
        return problem("a field of the versions record that must be a number is not");
    v.versionWarning = warning.value_or(0) != 0;
    return v;
}

} // namespace CurrentVersionsParser
