#pragma once

#include <QString>

#include <optional>

class QWidget;

// Every question the console asks goes through here, so a dangerous act
// always names the mirror and defaults to Cancel, and a test can answer
// without a human.
namespace Confirmation {

// True when the operator said yes.
bool ask(QWidget* parent, const QString& title, const QString& question, const QString& yesLabel);

// For tests: answer every question with this until reset with nullopt.
void setAutomaticAnswer(std::optional<bool> answer);
// The last question asked, for tests to check what was asked.
QString lastQuestion();

} // namespace Confirmation
