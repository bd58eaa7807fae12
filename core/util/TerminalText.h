#pragma once

#include <QByteArrayView>
#include <QString>

// Text from a mirror made safe to print on an operator's terminal: control
// characters and escape sequences (which could retitle the window, clear the
// screen or fake a line) are shown as \e, \r, \x07, \x9b, \u202e ... Tabs and line
// breaks stay. Bytes that are not UTF-8 show as U+FFFD.
namespace TerminalText {

QString visible(QStringView text);
QString visible(QByteArrayView utf8);

} // namespace TerminalText
