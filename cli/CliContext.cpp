#include "CliContext.h"

#include "util/TerminalText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QStringList& arguments,
                                     const QString& synopsis)
{
    m_synopsis = synopsis;
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("mirrorctl",
                                    "The inventory database (default: the console's own)."),
        QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("mirrorctl", "Print data as JSON."));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        QCoreApplication::translate("mirrorctl",
                                    "Print what mirrors sent as it came, control characters and "
                                    "escape sequences included (shown made visible otherwise)."));
    parser.addOptions({db, json, raw});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("mirrorctl")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << QCoreApplication::translate("mirrorctl", "Usage: mirrorctl %1").arg(synopsis)
              << '\n'
              << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        return kOk;
    }
    m_dbPath = parser.isSet(db) ? QFileInfo(parser.value(db)).absoluteFilePath()
                                : InventoryDatabase::defaultPath();
    m_json = parser.isSet(json);
    m_raw = parser.isSet(raw);
    return std::nullopt;
}

bool CliContext::openInventory()
{
    m_db = std::make_unique<InventoryDatabase>();
    if (auto opened = m_db->open(m_dbPath); !opened) {
        failure(opened.error());
        return false;
    }
    m_inventory = std::make_unique<MirrorInventory>(*m_db);
    m_audit = std::make_unique<AuditTrail>(*m_db);
    return true;
}

std::optional<int> CliContext::mirrorsNamed(const QStringList& names, QList<MirrorRecord>* mirrors)
{
    if (!openInventory())
        return kFailure;
    if (names.isEmpty()) {
        for (const MirrorRecord& m : m_inventory->all())
            if (m.enabled)
                *mirrors << m;
    }
    for (const QString& name : names) {
        const auto mirror = m_inventory->find(name);
        if (!mirror)
            return failure(QCoreApplication::translate("mirrorctl", "no mirror %1 in the inventory")
                               .arg(name));
        *mirrors << *mirror;
    }
    return std::nullopt;
}

QString CliContext::dataDirectory() const
{
    return QFileInfo(m_dbPath).absolutePath();
}

ConsoleSettings& CliContext::settings()
{
    if (!m_settings)
        m_settings =
            std::make_unique<ConsoleSettings>(dataDirectory() + QStringLiteral("/settings.ini"));
    return *m_settings;
}

QString CliContext::knownHostsPath() const
{
    return dataDirectory() + QStringLiteral("/known_hosts");
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson() << Qt::flush;
}

int CliContext::usage(const QString& message)
{
    m_err << "mirrorctl: " << message << '\n';
    if (!m_synopsis.isEmpty())
        m_err << QCoreApplication::translate("mirrorctl", "usage: mirrorctl %1").arg(m_synopsis)
              << '\n';
    m_err.flush();
    return kUsage;
}

int CliContext::failure(const QString& message)
{
    // Failures often quote what a mirror said.
    m_err << "mirrorctl: " << mirrorText(message) << Qt::endl;
    return kFailure;
}

QString CliContext::mirrorText(const QByteArray& bytes) const
{
    return m_raw ? QString::fromUtf8(bytes) : TerminalText::visible(bytes);
}

QString CliContext::mirrorText(const QString& text) const
{
    return m_raw ? text : TerminalText::visible(text);
}
