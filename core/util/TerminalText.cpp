#include "util/TerminalText.h"

#include <QList>

namespace TerminalText {

QString visible(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t u : text.toUcs4()) {
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        if (u == '\n' || u == '\t' ||
            (!control && QChar::category(u) != QChar::Other_Format &&
             QChar::category(u) != QChar::Other_Surrogate)) {
            out += QString::fromUcs4(&u, 1);
        } else if (u == 0x1b) {
            out += QLatin1String("\\e");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u < 0x100) {
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        } else {
            // Bidirectional overrides, tags and other invisible format characters.
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString visible(QByteArrayView utf8)
{
    return visible(QString::fromUtf8(utf8));
}

} // namespace TerminalText
