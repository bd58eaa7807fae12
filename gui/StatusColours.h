#pragma once

#include <QColor>
#include <QPalette>

class QLabel;

// The console's few status colours, in one place, chosen for the palette in
// use: dark text on a light base, light text on a dark one, so a word stays
// readable in both. Colour only repeats what the text says.
namespace StatusColours {

enum class Status
{
    Good,
    Warning,
    Bad
};

// For text drawn on the palette's base (table cells, labels).
QColor text(Status status, const QPalette& palette);
// The application palette's.
QColor text(Status status);
// A verdict's: fresh is good, lagging a warning, the rest bad.
Status ofVerdict(const QString& verdict);
// Problems and refusals shown in a label, in the bad colour of its palette.
void markAsProblems(QLabel* label);
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b);

} // namespace StatusColours
