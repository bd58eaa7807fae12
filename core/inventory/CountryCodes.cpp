#include "inventory/CountryCodes.h"

#include <QHash>
#include <QLocale>

namespace CountryCodes {
namespace {

// Names people write in e-mails that Qt's English territory names do not cover.
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("uk"), QStringLiteral("GB")},
        {QStringLiteral("great britain"), QStringLiteral("GB")},
        {QStringLiteral("england"), QStringLiteral("GB")},
        {QStringLiteral("usa"), QStringLiteral("US")},
        {QStringLiteral("united states of america"), QStringLiteral("US")},
        {QStringLiteral("czech republic"), QStringLiteral("CZ")},
        {QStringLiteral("russian federation"), QStringLiteral("RU")},
        {QStringLiteral("korea"), QStringLiteral("KR")},
        {QStringLiteral("republic of korea"), QStringLiteral("KR")},
        {QStringLiteral("the netherlands"), QStringLiteral("NL")},
        {QStringLiteral("holland"), QStringLiteral("NL")},
        {QStringLiteral("viet nam"), QStringLiteral("VN")},
        {QStringLiteral("turkey"), QStringLiteral("TR")},
    };
    return table;
}

const QHash<QString, QString>& byName()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> names;
        for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                names.insert(QLocale::territoryToString(territory).toLower(), code);
        }
        return names;
    }();
    return table;
}

} // namespace

bool isValid(const QString& code)
{
    if (code.size() != 2 || code != code.toUpper())
        return false;
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory != QLocale::AnyTerritory;
}

QString fromNameOrCode(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (isValid(trimmed.toUpper()))
        return trimmed.toUpper();
    const QString key = trimmed.toLower();
    if (const auto alias = aliases().constFind(key); alias != aliases().cend())
        return alias.value();
    return byName().value(key);
}

QString name(const QString& code)
{
    return isValid(code) ? QLocale::territoryToString(QLocale::codeToTerritory(code)) : QString();
}

} // namespace CountryCodes
