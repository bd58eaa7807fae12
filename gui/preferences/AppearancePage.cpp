#include "preferences/AppearancePage.h"

#include "app/Translations.h"

#include <QComboBox>
#include <QFormLayout>

AppearancePage::AppearancePage(QWidget* parent)
    : QWidget(parent), m_theme(new QComboBox(this)), m_language(new QComboBox(this))
{
    for (const ConsoleTheme::Choice choice : ConsoleTheme::choices())
        m_theme->addItem(ConsoleTheme::title(choice), int(choice));
    m_theme->setCurrentIndex(m_theme->findData(int(ConsoleTheme::kept())));
    m_theme->setAccessibleName(tr("Theme"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language by its own name, not translated: anyone finds theirs
    // whatever language is shown now.
    const std::pair<QString, QString> languages[]{{QStringLiteral("English"), QStringLiteral("en")},
                                                  {QStringLiteral("Deutsch"), QStringLiteral("de")},
                                                  {QStringLiteral("日本語"), QStringLiteral("ja")}};
    for (const auto& [name, code] : languages)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(m_language->findData(Translations::chosenLanguage()));
    m_language->setAccessibleName(tr("Language"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Language (from the next start)"), m_language);
}

ConsoleTheme::Choice AppearancePage::chosenTheme() const
{
    return ConsoleTheme::Choice(m_theme->currentData().toInt());
}

QString AppearancePage::chosenLanguage() const
{
    return m_language->currentData().toString();
}
