#include "StatusColours.h"

#include <QGuiApplication>
#include <QLabel>

#include <cmath>

namespace StatusColours {
namespace {

double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

QColor text(Status status, const QPalette& palette)
{
    const bool dark = luminance(palette.color(QPalette::Base)) < 0.2;
    switch (status) {
    case Status::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Status::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa6, 0x5a, 0x00);
    case Status::Bad:
        break;
    }
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor text(Status status)
{
    return text(status, QGuiApplication::palette());
}

Status ofVerdict(const QString& verdict)
{
    if (verdict == QLatin1String("fresh"))
        return Status::Good;
    if (verdict == QLatin1String("lagging"))
        return Status::Warning;
    return Status::Bad;
}

void markAsProblems(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, text(Status::Bad, palette));
    label->setPalette(palette);
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace StatusColours
