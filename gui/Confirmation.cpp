#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Confirmation {
namespace {

std::optional<bool> g_automaticAnswer;
QString g_lastQuestion;

} // namespace

bool ask(QWidget* parent, const QString& title, const QString& question, const QString& yesLabel)
{
    g_lastQuestion = question;
    if (g_automaticAnswer)
        return *g_automaticAnswer;
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(yesLabel, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    // Enter must never do the dangerous thing.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void setAutomaticAnswer(std::optional<bool> answer)
{
    g_automaticAnswer = answer;
}

QString lastQuestion()
{
    return g_lastQuestion;
}

} // namespace Confirmation
