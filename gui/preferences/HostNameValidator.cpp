#include "preferences/HostNameValidator.h"

#include "util/Addresses.h"

QValidator::State HostNameValidator::validate(QString& input, int&) const
{
    if (Addresses::isHostName(input) || Addresses::isIpAddress(input))
        return Acceptable;
    for (const QChar c : std::as_const(input)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u':')
            return Invalid;
    }
    return Intermediate;
}
