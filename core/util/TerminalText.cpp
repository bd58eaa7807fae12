#include "util/TerminalText.h"

namespace TerminalText {

QString visible(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n' || u == '\t' || (u >= 0x20 && u < 0x7f) ||
            (u > 0x9f && c.category() != QChar::Other_Format)) {
            out += c;
        } else if (u == 0x1b) {
            out += QLatin1String("\\e");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u < 0x100) {
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        } else {
            // Bidirectional overrides and other invisible format characters.
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString visible(QByteArrayView utf8)
{
    return visible(QString::fromUtf8(utf8));
}

} // namespace TerminalText
