#include "preferences/SettingsPage.h"

#include "app/ConsoleSettings.h"
#include "preferences/HostNameValidator.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace {

// The first part of a setting's name and the page it belongs on; the
// transfer limits are SSH's.
const std::pair<QLatin1String, SettingsPage::Kind> kPrefixes[]{
    {QLatin1String("ssh/"), SettingsPage::Kind::Ssh},
    {QLatin1String("limits/"), SettingsPage::Kind::Ssh},
    {QLatin1String("freshness/"), SettingsPage::Kind::Freshness},
    {QLatin1String("history/"), SettingsPage::Kind::Freshness},
    {QLatin1String("http/"), SettingsPage::Kind::Http},
    {QLatin1String("sync/"), SettingsPage::Kind::Syncs},
    {QLatin1String("dns/"), SettingsPage::Kind::Dns},
    {QLatin1String("alerts/"), SettingsPage::Kind::Alerts},
    {QLatin1String("monitor/"), SettingsPage::Kind::Alerts},
    {QLatin1String("mail/"), SettingsPage::Kind::Mail},
};

QString firstUpper(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QList<SettingsPage::Kind> SettingsPage::kinds()
{
    return {Kind::Ssh, Kind::Freshness, Kind::Http, Kind::Syncs,
            Kind::Dns, Kind::Alerts,    Kind::Mail};
}

QString SettingsPage::title(Kind kind)
{
    switch (kind) {
    case Kind::Ssh:
        return tr("SSH");
    case Kind::Freshness:
        return tr("Freshness");
    case Kind::Http:
        return tr("HTTP");
    case Kind::Syncs:
        return tr("Syncs");
    case Kind::Dns:
        return tr("DNS");
    case Kind::Alerts:
        return tr("Alerts");
    case Kind::Mail:
        return tr("Mail");
    }
    return {};
}

SettingsPage::Kind SettingsPage::kindOf(const QString& settingName)
{
    for (const auto& [prefix, kind] : kPrefixes) {
        if (settingName.startsWith(prefix))
            return kind;
    }
    return Kind::Ssh;
}

SettingsPage::SettingsPage(Kind kind, const QString& settingsPath, QWidget* parent)
    : QWidget(parent)
{
    const ConsoleSettings settings(settingsPath);
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ConsoleSettings::Key& key : ConsoleSettings::keys()) {
        const QString name = QLatin1String(key.name);
        if (kindOf(name) != kind)
            continue;
        const QString meaning =
            firstUpper(QCoreApplication::translate("ConsoleSettings", key.meaning));
        auto* label = new QLabel(meaning, this);
        label->setWordWrap(true);
        label->setToolTip(name);
        QWidget* edit = editorFor(key, settings.value(name));
        edit->setToolTip(key.defaultValue.typeId() == QMetaType::QString
                             ? tr("%1; default %2").arg(name, key.defaultValue.toString())
                             : tr("%1: %2 to %3; default %4")
                                   .arg(name)
                                   .arg(key.minimum)
                                   .arg(key.maximum)
                                   .arg(key.defaultValue.toString()));
        form->addRow(label, edit);
    }
}

QWidget* SettingsPage::editorFor(const ConsoleSettings::Key& key, const QVariant& value)
{
    using Text = ConsoleSettings::Text;
    const QString name = QLatin1String(key.name);
    QWidget* editor = nullptr;
    QWidget* focus = nullptr;
    if (value.typeId() != QMetaType::QString) {
        auto* number = new QSpinBox(this);
        number->setRange(key.minimum, key.maximum);
        number->setValue(value.toInt());
        number->setAccelerated(true);
        editor = focus = number;
    } else if (key.text == Text::Choice) {
        auto* choice = new QComboBox(this);
        choice->addItems(QString::fromLatin1(key.choices).split(QLatin1Char(' ')));
        choice->setCurrentText(value.toString());
        editor = focus = choice;
    } else if (key.text == Text::File) {
        auto* row = new QWidget(this);
        auto* path = new QLineEdit(value.toString(), row);
        path->setPlaceholderText(
            name == QLatin1String("ssh/key-file") ? tr("none: the agent's keys only") : tr("none"));
        auto* browse = new QPushButton(tr("Choose…"), row);
        browse->setAccessibleName(tr("Choose the file"));
        connect(browse, &QPushButton::clicked, this, [this, path] {
            const QString chosen =
                QFileDialog::getOpenFileName(this, tr("Choose a file"), path->text());
            if (!chosen.isEmpty())
                path->setText(chosen);
        });
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(path, 1);
        layout->addWidget(browse);
        editor = row;
        focus = path;
    } else {
        auto* line = new QLineEdit(value.toString(), this);
        if (key.text == Text::HostName)
            line->setValidator(new HostNameValidator(line));
        else
            line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(key.text == Text::Address
                                       ? QStringLiteral("[^\\s<>,;\"()\\\\]{0,254}")
                                   : key.text == Text::Path || key.text == Text::Command
                                       ? QStringLiteral("[^\\x00-\\x1f\\x7f]{0,1024}")
                                       : QStringLiteral("\\S{0,256}")),
                line));
        if (key.text == Text::Path || key.text == Text::Command)
            line->setPlaceholderText(tr("none"));
        editor = focus = line;
    }
    focus->setAccessibleName(name);
    m_editors.insert(name, focus);
    return editor;
}

void SettingsPage::addRow(QWidget* label, QWidget* field)
{
    static_cast<QFormLayout*>(layout())->addRow(label, field);
}

QWidget* SettingsPage::editor(const QString& settingName) const
{
    return m_editors.value(settingName);
}

QList<std::pair<QString, QString>> SettingsPage::values() const
{
    QList<std::pair<QString, QString>> values;
    for (const ConsoleSettings::Key& key : ConsoleSettings::keys()) {
        const QString name = QLatin1String(key.name);
        const QWidget* edit = m_editors.value(name);
        if (const auto* number = qobject_cast<const QSpinBox*>(edit))
            values.append({name, QString::number(number->value())});
        else if (const auto* choice = qobject_cast<const QComboBox*>(edit))
            values.append({name, choice->currentText()});
        else if (const auto* line = qobject_cast<const QLineEdit*>(edit))
            values.append({name, line->text().trimmed()});
    }
    return values;
}
